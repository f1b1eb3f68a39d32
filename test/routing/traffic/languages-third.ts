import type { Tier } from '../../../src/config/schema.js';
import { lang, type TrafficExample } from './build.js';

/**
 * Third non-English batch (session 8, names `l3-<lang>-`), written blind (the router was not run while
 * writing): Japanese, Chinese, German, Spanish, French, Korean, Portuguese and Russian, three of them mixed with
 * English error messages or code. Lookups and translations, everyday work, and hard designs, proofs, research
 * syntheses and concurrency or security investigations asked in each language's own words.
 */
const l3 = (code: string, name: string, tier: Tier, texts: string | readonly string[]): TrafficExample => {
  const e = lang(code, name, tier, texts);
  return { ...e, name: `l3-${e.name}`, group: `l3-${e.group}` };
};

export const thirdLanguageExamples: TrafficExample[] = [
  // Japanese
  l3('ja', 'haneda-train', 'haiku', '東京駅から羽田空港まで電車で何分くらいかかりますか？'),
  l3('ja', 'inventory-partition', 'opus', '複数リージョンで在庫を管理するECシステムを設計しています。リージョン間のネットワークが分断されても売り越し（在庫以上の注文受付）を絶対に起こさず、かつ各リージョンで注文を受け付け続けたいです。整合性と可用性のトレードオフ、在庫の事前割り当てや予約の仕組み、分断が解消したときの調整、各コンポーネントが故障したときの挙動を詳しく検討してください。'),
  l3('ja', 'map-undefined', 'sonnet', "このエラーの原因と直し方を教えてください。ページを開いた直後だけ出ます。\n\nTypeError: Cannot read properties of undefined (reading 'map')\n    at OrderList (OrderList.tsx:14:23)\n\nconst OrderList = () => {\n  const [orders, setOrders] = useState();\n  useEffect(() => { fetch('/api/orders').then(r => r.json()).then(setOrders); }, []);\n  return <ul>{orders.map(o => <li key={o.id}>{o.name}</li>)}</ul>;\n};"),
  // Chinese
  l3('zh', 'maintenance-email', 'sonnet', '帮我给企业客户写一封邮件，说明我们的系统将在下周六凌晨2点到4点进行数据库升级维护，期间无法登录和下单，已经提交的订单不受影响。语气正式但友好，并说明如有紧急问题如何联系我们。'),
  l3('zh', 'ramsey-proof', 'opus', '证明：任意 6 个人中，一定有 3 个人两两互相认识，或者 3 个人两两互不认识。然后说明为什么 5 个人不够，并证明 R(3,4) = 9。请给出严谨的证明。'),
  l3('zh', 'json-format', 'haiku', '把这个 JSON 格式化一下，缩进两个空格：{"id":7,"tags":["a","b"],"owner":{"name":"王芳"}}'),
  // German
  l3('de', 'urlaub-gesetz', 'haiku', 'Wie viele Urlaubstage stehen mir in Deutschland gesetzlich mindestens zu, bei einer 5-Tage-Woche?'),
  l3('de', 'iban-funktion', 'sonnet', 'Schreib mir bitte eine Python-Funktion, die IBANs prüft (Länge je Land für DE, AT, CH und die Prüfsumme nach ISO 13616), und pytest-Tests dazu mit gültigen und ungültigen Beispielen.'),
  l3('de', 'cache-scheduled', 'opus', 'Unser Spring-Service benutzt einen Cache als normale HashMap, die ein @Scheduled-Job alle 30 Sekunden neu befüllt, während Requests gleichzeitig daraus lesen. Unter Last hängen manchmal einzelne Request-Threads mit 100% CPU, und selten fehlen Einträge, die eigentlich da sein müssten. In Tests passiert das nie. Finde heraus, was hier genau passiert, und schlag eine korrekte Lösung vor, ohne jeden Zugriff zu synchronisieren.\n\n```java\nprivate Map<String, Rate> rates = new HashMap<>();\n\n@Scheduled(fixedRate = 30000)\nvoid refresh() {\n    rates.clear();\n    for (Rate r : client.fetchAll()) rates.put(r.currency(), r);\n}\n\npublic Rate get(String currency) { return rates.get(currency); }\n```'),
  // Spanish
  l3('es', 'traduce-reunion', 'haiku', 'Traduce al inglés: "La reunión se ha aplazado al lunes que viene a las diez."'),
  l3('es', 'semana-cuatro-dias', 'opus', 'Compara la evidencia sobre la semana laboral de cuatro días: los pilotos del Reino Unido de 2022, los de Islandia y el programa piloto de España. Explica por qué sus resultados podrían no trasladarse a una empresa de 800 empleados con turnos en logística, qué sesgos tienen esos estudios y cómo diseñarías un piloto riguroso para decidir con datos.'),
  l3('es', 'refactor-async', 'sonnet', 'Necesito pasar esto a async/await sin perder el manejo de errores, y que las tres llamadas se hagan en paralelo:\n\nfunction loadDashboard(userId, cb) {\n  getUser(userId, (err, user) => {\n    if (err) return cb(err);\n    getOrders(userId, (err, orders) => {\n      if (err) return cb(err);\n      getInvoices(userId, (err, invoices) => {\n        if (err) return cb(err);\n        cb(null, { user, orders, invoices });\n      });\n    });\n  });\n}'),
  // French
  l3('fr', 'jours-feries', 'haiku', 'Combien y a-t-il de jours fériés en France métropolitaine ?'),
  l3('fr', 'fiche-poste', 'sonnet', 'Rédige une fiche de poste pour un·e développeur·se backend senior (Node.js, PostgreSQL, AWS) dans une fintech lyonnaise de 60 personnes : missions, profil recherché, ce que nous offrons, processus de recrutement. Ton direct, sans jargon RH.'),
  // Korean
  l3('ko', 'zero-rtt', 'opus', 'TLS 1.3의 0-RTT 데이터에서 재전송(replay) 공격이 왜 가능한지 설명하고, 결제 API에서 0-RTT를 켜도 안전하려면 서버와 로드밸런서가 어떤 조건을 지켜야 하는지, 여러 데이터센터에 걸친 환경까지 포함해 자세히 분석해 주세요.'),
  l3('ko', 'onboarding-list', 'sonnet', '다음 달에 신입 백엔드 개발자 두 명이 입사합니다. 첫 2주 동안의 온보딩 체크리스트를 만들어 주세요. 계정 발급, 개발 환경 설정, 코드베이스 소개, 첫 과제, 멘토와의 면담 일정을 포함해 주세요.'),
  // Portuguese
  l3('pt', 'polegada', 'haiku', 'Quantos centímetros tem uma polegada?'),
  l3('pt', 'mrr-sql', 'sonnet', 'Escreva uma query em PostgreSQL que calcule a receita recorrente mensal (MRR) por plano nos últimos 12 meses, a partir da tabela subscriptions(id, plan, price_cents, started_at, cancelled_at), contando uma assinatura em cada mês em que ela esteve ativa em algum dia.'),
  // Russian
  l3('ru', 'perevod', 'haiku', 'Переведи на английский: "Спасибо, документ получил, посмотрю завтра утром."'),
  l3('ru', 'bidirectional-replication', 'opus', 'У нас две базы PostgreSQL в разных дата-центрах с двусторонней логической репликацией, и приложение пишет в обе. Иногда обновления баланса клиента теряются: в одной базе значение одно, в другой другое, и ошибок в логах нет. Разберите, почему это происходит при такой схеме, какие ещё аномалии возможны, и предложите архитектуру, при которой баланс всегда корректен.'),
];
