import type { Tier } from '../../../src/config/schema.js';
import { agent, agentLoop, lang, pad, type ToolStep, type TrafficExample } from './build.js';

/**
 * Sixth non-English batch (session 9, names `l6-<lang>-`), written blind (the router was not run while writing).
 * Mostly single requests, some latest turns of conversations (variants of one conversation share a group) and a few
 * agent steps whose user writes in another language. Lookups, translations and reformatting; everyday code, mails
 * and explanations, often mixed with English code, errors or terms; and hard asks in plain words.
 */
const l6 = (code: string, name: string, tier: Tier, texts: string | readonly string[], group?: string): TrafficExample => {
  const e = lang(code, name, tier, texts);
  return { ...e, name: `l6-${e.name}`, group: `l6-${group ? `${code}-${group}` : e.group}` };
};

const CODE_TOOLS = ['read_file', 'bash', 'grep', 'edit_file'];
const CODE_SYSTEM = 'You are a coding agent working in the user\'s repository. Use the tools to inspect and change code; run the tests before saying you are done. Answer in the user\'s language.';
const step = (call: string, input: Record<string, unknown>, result: string, say?: string): ToolStep => ({ call, input, result, ...(say ? { say } : {}) });
const l6agent = (code: string, name: string, tier: Tier, task: string, steps: readonly ToolStep[], after?: string, system = CODE_SYSTEM, tools = CODE_TOOLS): TrafficExample =>
  agent(`l6-${code}-${name}`, tier, agentLoop(task, steps, { system, tools, ...(after ? { after } : {}) }), code);

const accessLog = pad('2026-11-30T09:14:02Z INFO  api  GET /v1/orders?page=2 200 41ms user=8812 region=eu-west-1\n2026-11-30T09:14:02Z INFO  api  POST /v1/cart 201 88ms user=1290 region=eu-west-1\n2026-11-30T09:14:03Z WARN  api  GET /v1/search?q=schuhe 200 1840ms user=5521 region=eu-central-1 slow_query=true', 7800);
const contract = pad('第5条（秘密保持）甲及び乙は、本契約の履行に関して知り得た相手方の技術上又は営業上の情報を、相手方の書面による事前の承諾なく第三者に開示し、又は本契約の目的以外に使用してはならない。ただし、次の各号のいずれかに該当する情報はこの限りでない。', 4200);
const csvDe = 'Kundennr;Name;PLZ;Ort;Umsatz 2025\n10021;Bäckerei Huber GmbH;80331;München;48.210,50\n10022;Schreinerei Lang;93047;Regensburg;12.980,00\n10023;Café Sonnenschein;86150;Augsburg;7.455,20\n10024;Metzgerei Wolf KG;84028;Landshut;31.002,75\n10025;Blumen Kraus;94032;Passau;5.119,90';

// Conversations (latest turns vary; each history shared within its group)
const zhRedis = [
  '我们用 Redis 做分布式锁，SET key value NX PX 30000，释放的时候直接 DEL。最近发现偶尔两个实例同时拿到锁，这是为什么？',
  '最常见的原因有两个：\n\n1. **锁过期后被别人拿走，原持有者还在执行**：如果任务执行超过 30 秒（比如遇到 GC 停顿或慢查询），锁自动过期，另一个实例就能拿到锁。此时两个实例都认为自己持有锁。\n2. **直接 DEL 会误删别人的锁**：实例 A 的锁过期后被 B 拿到，A 执行完后执行 DEL，删掉的是 B 的锁，于是 C 又能拿到锁。\n\n修复释放问题：value 用唯一的随机值（比如 UUID），释放时用 Lua 脚本先比较再删除：\n\nif redis.call("get", KEYS[1]) == ARGV[1] then\n  return redis.call("del", KEYS[1])\nelse\n  return 0\nend\n\n对于执行时间过长的问题，可以用“看门狗”定期续期（Redisson 就是这样做的），或者把过期时间设得足够长。',
];
const deUrlaub = [
  'Kannst du mir helfen, eine Abwesenheitsnotiz für Outlook zu schreiben? Ich bin vom 22.12. bis 6.1. weg, Vertretung ist Frau Yilmaz (yilmaz@kessler-bau.de).',
  'Gern, hier ein Vorschlag:\n\nBetreff: Abwesenheitsnotiz\n\nVielen Dank für Ihre Nachricht.\n\nIch bin vom 22. Dezember bis einschließlich 6. Januar nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Yilmaz (yilmaz@kessler-bau.de).\n\nAb dem 7. Januar bin ich wieder für Sie erreichbar.\n\nIch wünsche Ihnen schöne Feiertage und einen guten Start ins neue Jahr!\n\nMit freundlichen Grüßen',
];
const jaSql = [
  'PostgreSQL で、ユーザーごとに最新の注文1件だけを取りたいです。orders(id, user_id, created_at, amount) です。',
  'いくつか書き方がありますが、PostgreSQL なら DISTINCT ON が一番簡潔です。\n\nSELECT DISTINCT ON (user_id) id, user_id, created_at, amount\nFROM orders\nORDER BY user_id, created_at DESC;\n\nウィンドウ関数を使う書き方もあります（他のDBでも使えます）：\n\nSELECT id, user_id, created_at, amount\nFROM (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY created_at DESC) AS rn\n  FROM orders\n) t\nWHERE rn = 1;\n\n件数が多い場合は (user_id, created_at DESC) の複合インデックスを作ると速くなります。',
];
const esTesis = [
  'Estoy escribiendo mi TFG sobre el impacto del teletrabajo en la productividad de pymes españolas. ¿Me ayudas a estructurar el capítulo de metodología? Tengo una encuesta a 140 empresas y 12 entrevistas.',
  'Claro. Una estructura habitual para un diseño mixto como el tuyo:\n\n**3. Metodología**\n3.1 Enfoque y diseño de la investigación (mixto secuencial explicativo: primero la encuesta, luego entrevistas para interpretar los resultados)\n3.2 Población y muestra (criterios de inclusión, cómo contactaste a las 140 empresas, tasa de respuesta, representatividad por sector y tamaño)\n3.3 Instrumentos (cuestionario: bloques, escalas, validación/piloto; guion de entrevista)\n3.4 Variables y cómo se miden (qué entiendes por productividad y de dónde sale el dato)\n3.5 Procedimiento de recogida de datos (fechas, canal)\n3.6 Análisis de datos (estadística descriptiva, pruebas de diferencias o regresión; análisis temático de las entrevistas)\n3.7 Consideraciones éticas y limitaciones\n\nSi me dices qué preguntas tiene la encuesta, te ayudo con el apartado de análisis.',
];
const frBail = [
  'Mon propriétaire veut augmenter mon loyer de 12 % au renouvellement du bail, à Lyon. Il a le droit ?',
  'À Lyon, deux règles vous protègent :\n\n1. **L\'encadrement des loyers** (en vigueur à Lyon et Villeurbanne depuis novembre 2021) : le loyer ne peut pas dépasser le loyer de référence majoré fixé par arrêté préfectoral pour votre type de logement et votre quartier, sauf complément de loyer justifié.\n2. **La révision annuelle est plafonnée par l\'IRL** (indice de référence des loyers) : en cours de bail, l\'augmentation ne peut pas dépasser la variation de l\'IRL, soit environ 3 % ces dernières années.\n\nAu renouvellement, une hausse plus forte n\'est possible que si le loyer est « manifestement sous-évalué », avec une procédure précise (proposition au moins 6 mois avant la fin du bail, références de loyers du voisinage, étalement de la hausse). Une hausse de 12 % sans cette procédure n\'est donc pas valable. Vous pouvez saisir gratuitement la commission départementale de conciliation.',
];
const ptApi = [
  'Como faço pra chamar uma API REST no Node com fetch e tratar erro direito?',
  'No Node 18+ o fetch já vem embutido. Um padrão simples:\n\nasync function getUser(id) {\n  const res = await fetch("https://api.exemplo.com/users/" + id, {\n    headers: { Authorization: "Bearer " + process.env.API_TOKEN },\n    signal: AbortSignal.timeout(5000),\n  });\n  if (!res.ok) {\n    const body = await res.text();\n    throw new Error("HTTP " + res.status + ": " + body);\n  }\n  return res.json();\n}\n\nPontos importantes:\n- fetch só rejeita em erro de rede; status 4xx/5xx você tem que checar com res.ok.\n- Sempre coloque timeout (AbortSignal.timeout).\n- Em chamadas repetidas, trate 429 e 503 com retry e backoff.',
];
const koRust = [
  'Rust에서 소유권이랑 빌림(borrowing) 개념이 잘 이해가 안 돼요. 쉽게 설명해 주세요.',
  '비유로 설명해 볼게요.\n\n**소유권(ownership)**: 책 한 권에는 주인이 딱 한 명 있어요. 주인이 떠나면(스코프를 벗어나면) 책은 폐기됩니다(메모리 해제). 다른 사람에게 책을 주면(move) 원래 주인은 더 이상 그 책을 쓸 수 없어요.\n\n**빌림(borrowing)**: 책을 주지 않고 빌려줄 수도 있어요.\n- 읽기만 하는 빌림(&T)은 여러 명에게 동시에 해 줄 수 있어요.\n- 고쳐 쓰는 빌림(&mut T)은 한 번에 한 명에게만 해 줄 수 있고, 그동안은 아무도 읽을 수 없어요.\n\n이 규칙 덕분에 컴파일러가 "누가 동시에 고치고 있는데 다른 사람이 읽는" 상황(데이터 경쟁)을 컴파일 시점에 막아 줍니다.',
];

export const sixthLanguageExamples: TrafficExample[] = [
  // ── Japanese ──
  l6('ja', 'translate-apology', 'haiku', '次の英文を自然な日本語に訳してください。\n\n"We apologize for the delay in shipping your order. Due to high demand, items will ship within 5 business days."'),
  l6('ja', 'katakana-check', 'haiku', '「サーバー」と「サーバ」、技術文書ではどっちが正しいですか？'),
  l6('ja', 'contract-summary', 'haiku', `以下の契約書の条文を3行で要約してください。\n\n${contract}`),
  l6('ja', 'react-useeffect', 'sonnet', 'React で useEffect の中で fetch していると、開発環境だけ API が2回呼ばれます。なぜですか？本番でも問題になりますか？正しい書き方も教えてください。\n\nuseEffect(() => {\n  fetch("/api/items").then(r => r.json()).then(setItems);\n}, []);'),
  l6('ja', 'retire-speech', 'sonnet', '30年勤めた上司が定年退職します。送別会で部下代表として2分くらいのスピーチをしたいので、原稿を書いてください。厳しいけど面倒見のいい人で、私が新人のとき大きなミスをかばってくれたことがあります。'),
  l6('ja', 'idempotent-payment', 'opus', '決済APIを呼ぶバッチがあって、タイムアウトしたときにリトライすると二重課金になることがあります。決済会社のAPIには冪等キーの仕組みがありません。こちら側だけでどうすれば二重課金を絶対に起こさず、かつ課金漏れもないようにできますか？バッチがどこで落ちても大丈夫な設計を、状態遷移まで含めて考えてください。'),
  l6('ja', 'prime-gap-proof', 'opus', '任意の自然数 n に対して、連続する n 個の合成数が存在することを示してください。さらに、ベルトランの仮説（n と 2n の間に必ず素数がある）を証明してください。'),
  l6('ja', 'flaky-go-test', 'opus', 'Go のテストが CI でだけ 50回に1回くらい落ちます。-race をつけても何も出ません。テストは goroutine を3つ立ててチャネルで結果を集め、time.After(100*time.Millisecond) でタイムアウトにしています。ローカルでは1万回回しても再現しません。何が原因として考えられるか、どう切り分けるか、筋道立てて教えてください。'),
  l6('ja', 'keigo-check', 'haiku', '「ご苦労様です」って上司に使っても大丈夫ですか？'),
  // ── Chinese ──
  l6('zh', 'translate-release', 'haiku', '把这段更新说明翻译成英文：\n\n1. 修复了在 iOS 17 上偶尔闪退的问题\n2. 优化了图片加载速度\n3. 新增深色模式'),
  l6('zh', 'json-extract', 'haiku', '从下面这段文字里提取姓名、电话和地址，输出 JSON：\n\n您好，我叫王建国，电话 138 0013 8000，收货地址是浙江省杭州市西湖区文三路 259 号 3 幢 501，麻烦周末前发货，谢谢！'),
  l6('zh', 'python-retry', 'sonnet', '帮我写一个 Python 装饰器，函数抛异常时自动重试，最多 3 次，每次等待时间指数增长（1s、2s、4s），只对 requests.exceptions.ConnectionError 和 Timeout 重试，其他异常直接抛出。要支持 async 函数。'),
  l6('zh', 'weekly-report', 'sonnet', '帮我把这周的工作整理成周报，给领导看的，语气正式一点：\n- 支付模块重构完成了80%，剩下退款部分\n- 修了3个线上bug，其中一个是优惠券叠加算错钱\n- 配合测试做了压测，QPS 从 800 提到 1500\n- 下周：退款模块、写技术文档\n- 风险：第三方支付沙箱环境不稳定，可能影响联调'),
  l6('zh', 'k8s-crashloop', 'sonnet', 'pod 一直 CrashLoopBackOff，kubectl logs 看到的是下面这个，怎么排查？\n\nError: Cannot find module \'/app/dist/main.js\'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n    at Module._load (node:internal/modules/cjs/loader:986:27)\n\nDockerfile 是多阶段构建，build 阶段 npm run build，运行阶段 COPY --from=build /app/dist ./dist'),
  l6('zh', 'inventory-consistency', 'opus', '秒杀活动的时候，库存在 Redis 里扣，订单写 MySQL，中间用 MQ 异步。活动结束后对账发现有超卖 23 件，而且 Redis 里剩余库存和 MySQL 订单数对不上，差了 41。没有任何报错日志。请帮我系统地分析可能在哪些环节出的问题，每个环节什么条件下会导致超卖或少卖，怎么验证，以及下次活动前应该怎么改设计才能保证不超卖也不少卖。'),
  l6('zh', 'probability-hard', 'opus', '一根长度为 1 的木棍，随机选两个点折成三段，能组成三角形的概率是多少？如果是随机选 n-1 个点折成 n 段，能组成 n 边形的概率是多少？请给出严格推导。'),
  // ── Korean ──
  l6('ko', 'translate-notice', 'haiku', '이 문장을 영어로 번역해 주세요: "시스템 점검으로 인해 12월 10일 새벽 2시부터 4시까지 서비스 이용이 제한됩니다."'),
  l6('ko', 'spring-n-plus-1', 'sonnet', 'JPA에서 N+1 문제가 생겼어요. Order를 조회하면 OrderItem을 하나씩 쿼리해요. fetch join, @EntityGraph, batch size 중에 뭘 써야 하나요? 페이징도 해야 해요.\n\n@Entity\npublic class Order {\n  @OneToMany(mappedBy = "order")\n  private List<OrderItem> items;\n}'),
  l6('ko', 'cover-letter', 'sonnet', '신입 백엔드 개발자로 지원하는 자기소개서의 "지원 동기" 항목을 800자 정도로 써 주세요. 저는 부트캠프 출신이고, 팀 프로젝트로 중고거래 앱을 만들면서 결제 연동과 채팅 서버를 담당했어요. 지원 회사는 물류 스타트업입니다.'),
  l6('ko', 'matrix-proof', 'opus', '실수 정사각행렬 A에 대해 A^T A와 A A^T의 0이 아닌 고윳값이 (중복도까지) 같다는 것을 증명하고, 이를 이용해 특이값 분해(SVD)가 항상 존재함을 증명해 주세요.'),
  l6('ko', 'game-economy', 'opus', '모바일 RPG 게임의 재화 인플레이션 문제로 고민입니다. 출시 8개월 차인데 골드가 너무 많이 풀려서 거래소 아이템 가격이 10배가 됐고, 신규 유저는 아무것도 못 사요. 골드 회수 수단을 넣으면 기존 유저가 반발하고, 안 넣으면 신규 유입이 끊깁니다. 데이터로 원인을 어떻게 파악할지, 어떤 조치를 어떤 순서로 할지, 각 조치의 부작용까지 포함해서 계획을 세워 주세요.'),
  // ── German ──
  l6('de', 'csv-sum', 'haiku', `Wie hoch ist der Gesamtumsatz 2025 in dieser Liste?\n\n${csvDe}`),
  l6('de', 'translate-error', 'haiku', 'Was heißt diese Fehlermeldung auf Deutsch? "The requested resource is temporarily unavailable. Please try again later."'),
  l6('de', 'das-dass', 'haiku', 'das oder dass: "Ich hoffe, ___ du kommst."'),
  l6('de', 'kuendigung', 'sonnet', 'Ich möchte meinen Fitnessstudio-Vertrag kündigen (Mitgliedsnummer 44871, FitOne Köln-Ehrenfeld), fristgerecht zum nächstmöglichen Termin. Schreib mir bitte ein Kündigungsschreiben und sag mir, worauf ich beim Versand achten sollte.'),
  l6('de', 'docker-compose', 'sonnet', 'Schreib mir eine docker-compose.yml für eine Django-App mit PostgreSQL 16, Redis und einem Celery-Worker. Die DB-Daten sollen in einem Volume bleiben, und die App soll erst starten, wenn Postgres bereit ist.'),
  l6('de', 'typescript-generics', 'sonnet', 'Kann mir jemand erklären, warum TypeScript hier meckert? Ich will nur einen Wert aus dem Objekt holen.\n\nfunction get<T>(obj: T, key: string) {\n  return obj[key];\n}\n\nerror TS7053: Element implicitly has an \'any\' type because expression of type \'string\' can\'t be used to index type \'unknown\'.'),
  l6('de', 'erbschaft', 'opus', 'Mein Vater ist verstorben, kein Testament. Erben sind meine Mutter (Zugewinngemeinschaft), ich und mein Bruder. Im Nachlass: ein Haus (Wert ca. 650.000 €), in dem meine Mutter wohnen bleiben will, ein Depot mit 180.000 €, ein vermietetes Apartment in Österreich und 40.000 € Schulden. Mein Bruder will sofort ausbezahlt werden. Wer erbt welche Quote, welche Steuern fallen an (auch wegen Österreich), und welche Wege gibt es, damit meine Mutter im Haus bleiben kann, ohne dass am Ende jemand unfair behandelt wird? Bitte die Vor- und Nachteile der Optionen abwägen.'),
  l6('de', 'lock-free-queue', 'opus', 'Ich habe eine lock-freie Single-Producer-Single-Consumer-Queue in C++ mit std::atomic geschrieben. Auf x86 läuft sie seit Monaten, auf ARM-Servern (Graviton) kommen ab und zu alte Werte beim Consumer an. Ich benutze überall memory_order_relaxed, weil es ja nur ein Producer und ein Consumer ist. Warum ist das falsch, welche Ordnung brauche ich an welcher Stelle genau, und wie kann ich beweisen, dass die korrigierte Version stimmt?'),
  // ── Spanish ──
  l6('es', 'translate-menu', 'haiku', 'Traduce al inglés para la carta del restaurante: "Croquetas caseras de jamón ibérico", "Pulpo a la gallega", "Tarta de queso al horno".'),
  l6('es', 'formato-fechas', 'haiku', 'Pasa estas fechas a formato ISO (AAAA-MM-DD): 3 de marzo de 2025, 15/11/2024, 7-1-2026, 30 de diciembre de 2023.'),
  l6('es', 'reclamacion-vuelo', 'sonnet', 'Mi vuelo Madrid–Buenos Aires se retrasó 6 horas y perdí la conexión a Córdoba. La aerolínea es Iberia. Redáctame una reclamación pidiendo la compensación que me corresponda por el reglamento europeo y el reembolso del hotel (89 €).'),
  l6('es', 'fastapi-auth', 'sonnet', 'Tengo una API en FastAPI y quiero añadir autenticación con JWT: endpoint de login, token que caduca en 30 minutos, refresh token y una dependencia para proteger rutas. Usuarios en PostgreSQL con SQLAlchemy. ¿Me lo montas?'),
  l6('es', 'pandas-error', 'sonnet', 'me sale esto y no se porq\n\nSettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame.\nTry using .loc[row_indexer,col_indexer] = value instead\n\ndf_activos = df[df["estado"] == "activo"]\ndf_activos["descuento"] = df_activos["precio"] * 0.1'),
  l6('es', 'cadena-suministro', 'opus', 'Somos una distribuidora de material eléctrico con 3 almacenes (Madrid, Zaragoza, Sevilla) y 4.000 referencias. Tenemos roturas de stock en el 8 % de los pedidos y a la vez 2,3 millones de euros en stock parado. La demanda de muchas referencias es intermitente (se venden 0 unidades casi todas las semanas y de repente 200). Quiero un plan para decidir cuánto stock tener de cada referencia y en qué almacén, sabiendo que entre almacenes se puede traspasar en 24 h. Explica qué métodos de previsión sirven para demanda intermitente, cómo fijar el nivel de servicio por referencia y cómo medir si el plan funciona.'),
  l6('es', 'grafo-demostracion', 'opus', 'Demuestra que todo grafo plano es 5-coloreable. Después explica por qué la misma idea de la demostración no basta para 4 colores (qué falla en el argumento de las cadenas de Kempe).'),
  // ── French ──
  l6('fr', 'traduction-slogan', 'haiku', 'Traduis en anglais : « Livraison offerte dès 50 € d\'achat, retours gratuits sous 30 jours. »'),
  l6('fr', 'accord-participe', 'haiku', 'On écrit « les fleurs que j\'ai acheté » ou « achetées » ?'),
  l6('fr', 'extraire-facture', 'haiku', 'Extrait le numéro de facture, la date, le montant TTC et le SIRET de ce texte :\n\nFACTURE N° FA-2026-0318 — émise le 14/11/2026\nPlomberie Martin SARL, 12 rue des Lilas, 69003 Lyon — SIRET 532 118 904 00027\nRemplacement chauffe-eau 200 L : 1 150,00 € HT\nTVA 10 % : 115,00 €\nTotal TTC : 1 265,00 €'),
  l6('fr', 'lettre-motivation', 'sonnet', 'Tu peux m\'écrire une lettre de motivation pour un poste d\'assistante RH en alternance chez Decathlon ? Je suis en BTS Support à l\'action managériale, j\'ai fait un stage de 2 mois dans un cabinet de recrutement et je fais du handball en club depuis 10 ans.'),
  l6('fr', 'git-reflog', 'sonnet', 'Au secours, j\'ai fait un git reset --hard HEAD~3 sur ma branche et j\'ai perdu trois commits que je n\'avais pas poussés. Il y a moyen de les récupérer ?'),
  l6('fr', 'strategie-prix', 'opus', 'Je dirige un éditeur de logiciel de gestion pour les cabinets vétérinaires (420 clients, abonnement 89 €/mois par cabinet, churn 1,2 %/mois). Un concurrent américain arrive en France à 49 €/mois avec une appli mobile que nous n\'avons pas. Nos clients les plus gros (plus de 5 vétérinaires) représentent 40 % du CA et demandent une tarification par praticien. Dois-je baisser mes prix, passer au prix par praticien, créer une offre d\'entrée de gamme, ou autre chose ? Analyse les effets de chaque option sur le CA, le churn et la perception, et propose une stratégie sur 18 mois avec les indicateurs à surveiller.'),
  l6('fr', 'preuve-irrationnel', 'opus', 'Montre que e est irrationnel, puis que π² est irrationnel. Je veux les démonstrations complètes, pas juste l\'idée.'),
  // ── Portuguese ──
  l6('pt', 'traduz-email', 'haiku', 'Traduz pro inglês, tom profissional: "Oi João, segue em anexo a proposta revisada. Qualquer dúvida estou à disposição."'),
  l6('pt', 'planilha-formula', 'haiku', 'Qual fórmula do Google Planilhas conta quantas células da coluna B têm o texto "pago"?'),
  l6('pt', 'post-linkedin', 'sonnet', 'Escreve um post de LinkedIn anunciando que eu saí da Nubank depois de 4 anos e vou entrar na Stone como head de dados. Quero agradecer o time sem ser piegas e sem parecer que estou falando mal de ninguém.'),
  l6('pt', 'spring-boot-erro', 'sonnet', 'Meu Spring Boot não sobe, dá isso aqui:\n\n***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nParameter 0 of constructor in com.loja.pedidos.PedidoService required a bean of type \'com.loja.pedidos.PedidoRepository\' that could not be found.\n\nO repository é uma interface que estende JpaRepository e está no pacote com.loja.repository. O que tá errado?'),
  l6('pt', 'lgpd-arquitetura', 'opus', 'Temos um app de saúde (agendamento e prontuário) com 2 milhões de usuários. Um usuário pediu a exclusão dos dados pela LGPD, mas os dados dele estão no banco principal, em 3 réplicas de leitura, no data lake (Parquet particionado por data), nos backups diários guardados por 5 anos, em logs e em um modelo de ML treinado com prontuários. Ao mesmo tempo, o CFM exige guardar prontuários por 20 anos. Como conciliar as duas obrigações e desenhar um processo de exclusão que dê para provar numa auditoria da ANPD? Quero a análise jurídica e a solução técnica juntas.'),
  l6('pt', 'sequencia-limite', 'opus', 'Seja a_1 = 1 e a_{n+1} = a_n + 1/a_n. Prove que a_n ~ √(2n) e encontre o próximo termo da expansão assintótica de a_n² − 2n, com demonstração.'),
  // ── Italian ──
  l6('it', 'traduci-recensione', 'haiku', 'Traduci in inglese questa recensione: "Camera pulita e personale gentilissimo, ma la colazione lasciava un po\' a desiderare."'),
  l6('it', 'mail-fornitore', 'sonnet', 'Scrivimi una mail a un fornitore che ci ha consegnato 200 sedie di cui 35 con lo schienale rotto. Vogliamo la sostituzione entro due settimane, altrimenti lo sconto sul prossimo ordine. Tono fermo ma cordiale, li conosciamo da anni.'),
  l6('it', 'sciopero-turni', 'opus', 'Gestisco la pianificazione dei turni di un pronto soccorso con 42 infermieri. Vincoli: riposo minimo di 11 ore tra turni, massimo 48 ore settimanali in media su 4 mesi, almeno 2 infermieri esperti per turno notturno, part-time con giorni fissi, ferie già approvate, e le preferenze per Natale e Capodanno distribuite in modo equo rispetto agli ultimi 3 anni. Come imposto il problema per risolverlo con un solver, quali vincoli sono rigidi e quali morbidi, e come garantisco l\'equità nel tempo senza che il modello diventi irrisolvibile?'),
  // ── Dutch ──
  l6('nl', 'python-csv', 'sonnet', 'Ik heb een map met 300 Excel-bestanden (elk één tabblad, zelfde kolommen). Kun je een Python-script schrijven dat ze allemaal samenvoegt tot één CSV, met een extra kolom voor de bestandsnaam, en rijen zonder klantnummer overslaat?'),
  l6('nl', 'pensioen', 'opus', 'Ik ben 52, zzp\'er sinds 10 jaar, heb 85.000 euro in een lijfrentebeleggingsrekening, een eigen huis met nog 210.000 hypotheek (rente 1,9 % vast tot 2031) en ongeveer 40.000 euro spaargeld. Ik wil op mijn 62e stoppen met werken. Wat moet ik afwegen tussen extra aflossen, meer in lijfrente stoppen, box 3 beleggen, en een buffer aanhouden, gegeven de nieuwe pensioenwet, de box 3-plannen en de AOW-leeftijd? Reken een paar scenario\'s door.'),
  // ── Polish ──
  l6('pl', 'sql-duplikaty', 'sonnet', 'Jak usunąć duplikaty z tabeli klienci w PostgreSQL, zostawiając tylko najnowszy rekord dla każdego adresu e-mail? Tabela ma id, email, utworzono. Chcę to zrobić bezpiecznie na produkcji (ok. 5 mln wierszy).'),
  l6('pl', 'dowod-indukcja', 'opus', 'Udowodnij, że dla każdej liczby pierwszej p > 3 liczba p² − 1 jest podzielna przez 24, a potem udowodnij twierdzenie Wilsona: (p − 1)! ≡ −1 (mod p) wtedy i tylko wtedy, gdy p jest pierwsza.'),
  // ── Russian ──
  l6('ru', 'nginx-502', 'sonnet', 'nginx отдаёт 502 Bad Gateway, в error.log вот это:\n\nupstream prematurely closed connection while reading response header from upstream, client: 10.0.3.14, server: api.shop.local, request: "POST /upload HTTP/1.1", upstream: "http://127.0.0.1:8000/upload"\n\nБэкенд на gunicorn, ошибка только при загрузке файлов больше ~20 МБ. Что смотреть?'),
  l6('ru', 'consensus-bug', 'opus', 'У нас самописная репликация с лидером: лидер принимает запись, рассылает двум репликам, ждёт подтверждения от одной и отвечает клиенту. Выбор лидера по таймауту heartbeat, у кого больше последний индекс лога, тот и лидер. После сетевого разделения клиенты иногда не находят данные, которые им подтвердили. Объясни, в каком именно сценарии теряются подтверждённые записи, и что нужно изменить в протоколе, чтобы это было невозможно. Можно сравнить с Raft.'),
  // ── Ukrainian ──
  l6('uk', 'pereklad', 'haiku', 'Перекладіть англійською: «Зустріч перенесено на четвер, 14:00. Посилання надішлю окремо.»'),
  l6('uk', 'lyst-klient', 'sonnet', 'Напиши лист клієнту, що ми не встигаємо здати сайт до 15 грудня через затримку з текстами з їхнього боку, і запропонуй два варіанти: запуск 22 грудня з усім, або 15 грудня без розділу «Блог». Ввічливо, але щоб було ясно, що затримка не з нашої вини.'),
  // ── Turkish ──
  l6('tr', 'flutter-state', 'sonnet', 'Flutter\'da Provider mı Riverpod mu kullanmalıyım? Orta büyüklükte bir e-ticaret uygulaması yapıyoruz, 3 kişilik ekip. Kısa bir karşılaştırma ve sepet için örnek kod yazar mısın?'),
  // ── Arabic ──
  l6('ar', 'tarjama', 'haiku', 'ترجم إلى الإنجليزية: "نعتذر عن الإزعاج، الموقع تحت الصيانة وسيعود خلال ساعة."'),
  // ── Hebrew ──
  l6('he', 'targum', 'haiku', 'תתרגם לאנגלית: "המשלוח יגיע תוך 3-5 ימי עסקים. ניתן לעקוב אחריו באתר."'),
  l6('he', 'startup-equity', 'opus', 'אני ושני שותפים מקימים סטארט-אפ. אחד מביא את הרעיון ו-200 אלף ש"ח, השני עובד במשרה מלאה בלי משכורת, ואני עובד בחצי משרה כי יש לי משכנתא. איך לחלק את המניות בצורה הוגנת, עם vesting, מה קורה אם מישהו עוזב אחרי שנה, ואיך זה ישפיע על גיוס סיד בעוד שנה? תשקול את כל הגורמים ותציע מבנה.'),
  // ── Hindi ──
  l6('hi', 'anuvad', 'haiku', 'इसे अंग्रेज़ी में अनुवाद करें: "आपका आवेदन सफलतापूर्वक जमा हो गया है। आगे की जानकारी ईमेल पर भेजी जाएगी।"'),
  // ── Vietnamese ──
  l6('vi', 'laravel-queue', 'sonnet', 'Laravel queue của mình cứ bị job chạy 2 lần khi dùng Redis driver, job gửi email nên khách nhận 2 mail. retry_after đang để 90, timeout của job là 120. Lỗi ở đâu và sửa thế nào?'),
  // ── Thai ──
  l6('th', 'plae', 'haiku', 'ช่วยแปลเป็นภาษาอังกฤษหน่อย: "ขอบคุณที่ใช้บริการ กรุณาให้คะแนนความพึงพอใจของท่าน"'),
  // ── Indonesian ──
  l6('id', 'arsitektur-ojek', 'opus', 'Kami bikin aplikasi ojek online untuk kota-kota kecil di Indonesia. Sinyal sering hilang, banyak pengemudi pakai HP murah, dan pembayaran sebagian besar tunai. Bagaimana merancang pencocokan penumpang-pengemudi dan pencatatan perjalanan supaya tetap benar saat HP pengemudi offline berjam-jam, tidak ada perjalanan yang ditagih dua kali, dan kecurangan GPS palsu bisa dideteksi? Jelaskan trade-off-nya.'),
  // ── Swedish ──
  l6('sv', 'oversatt', 'haiku', 'Översätt till engelska: "Vi har tyvärr slutsålt på den här varan, men den kommer in igen vecka 3."'),
  l6('sv', 'bash-backup', 'sonnet', 'Kan du skriva ett bash-skript som synkar min Bilder-mapp till en extern disk med rsync varje söndag, loggar vad som kopierades och varnar om disken inte är inkopplad?'),
  // ── Czech ──
  l6('cs', 'zkouska-statistika', 'sonnet', 'Vysvětli mi rozdíl mezi p-hodnotou a intervalem spolehlivosti, jako bych byl student druhého ročníku. Mám zítra zkoušku ze statistiky.'),
  // ── more single requests ──
  l6('de', 'poc-trap', 'haiku', 'Was bedeutet eigentlich „Proof of Concept"? Ein Satz reicht, ist für eine Präsentation.'),
  l6('pt', 'contar-log', 'haiku', `Quantas linhas desse log têm slow_query=true, e de qual região elas vêm?\n\n${accessLog}`),
  l6('ja', 'balls-bins', 'opus', 'n 個の箱に n 個の球をランダムに投げたとき、一番多く入った箱の球の数が高い確率で Θ(log n / log log n) になることを、上界と下界の両方について証明してください。'),
  l6('zh', 'stone-game', 'opus', '两个人轮流从一堆 n 个石子里取，每次可以取 1、3 或 4 个，取到最后一个的人赢。n=100 时先手有必胜策略吗？对一般的 n 找出规律并证明。如果改成取到最后一个的人输呢？'),
  l6('de', 'mutter-demenz', 'opus', 'Meine Mutter (81) hat seit Kurzem die Diagnose Demenz im Frühstadium. Sie lebt allein in ihrem Haus in Bielefeld, ich wohne in Hamburg, mein Bruder in der Nähe von ihr, aber er und ich sind uns über fast nichts einig. Es gibt keine Vorsorgevollmacht. Das Haus bräuchte eine neue Heizung, ihre Rente reicht knapp. Was sollten wir jetzt, solange sie noch geschäftsfähig ist, regeln, in welcher Reihenfolge, und wie gehen wir mit dem Streit um, ob sie zu Hause bleibt, ins betreute Wohnen zieht oder das Haus verkauft wird? Bitte alles abwägen, auch Pflegegrad, Kosten und was passiert, wenn wir nichts tun.'),
  l6('es', 'parada-explicada', 'opus', '¿Por qué es imposible hacer un programa que diga si cualquier otro programa termina o se queda colgado? Quiero entender la demostración de verdad, paso a paso, y por qué no se arregla simplemente con un programa más listo o con más memoria.'),
  l6('fr', 'cle-aws-fuite', 'opus', 'Un de nos développeurs a poussé une clé d\'accès AWS (droits admin, malheureusement) dans un dépôt GitHub public il y a trois semaines, on vient de s\'en rendre compte. On a de la prod dessus : RDS, S3 avec des données clients, des Lambdas. Qu\'est-ce qu\'on fait, dans quel ordre, comment savoir ce qui a été fait avec cette clé, et est-ce qu\'on doit notifier la CNIL ?'),
  l6('pt', 'primos-4k1', 'opus', 'Prove que existem infinitos primos da forma 4k+1.'),
  l6('ko', 'api-key-front', 'opus', '지도 API 키를 프론트엔드 코드에 넣어야 해서 난독화를 했는데, 이 정도면 안전한가요? 월 트래픽이 수천만 건인 공개 웹앱이라 키가 도용되면 요금 폭탄을 맞을 수 있어요. 로그인 없는 사용자도 써야 합니다. 현실적으로 도용을 막거나 피해를 제한하는 구조를 여러 안으로 비교해서 추천해 주세요.'),
  // ── latest turns of conversations ──
  l6('zh', 'redis-lock-thanks', 'haiku', [...zhRedis, '明白了，谢谢！'], 'redis-lock'),
  l6('zh', 'redis-lock-go', 'sonnet', [...zhRedis, '能把加锁、带唯一值的释放和看门狗续期用 Go（go-redis v9）写出来吗？'], 'redis-lock'),
  l6('zh', 'redis-lock-etcd', 'sonnet', [...zhRedis, '如果换成 etcd 的 lease 做锁，和现在 Redis 这套比有什么区别？我们是三个服务在抢一个定时任务。'], 'redis-lock'),
  l6('zh', 'redis-lock-fencing', 'opus', [...zhRedis, '看门狗续期也不能完全解决吧？如果持锁的进程停顿了 40 秒，续期线程也停了，醒来后它还以为自己有锁，接着写数据库。这种情况下用 Redis 单节点或者 Redlock 到底能不能保证互斥？如果不能，要怎么改才能在这种停顿下也不会写坏数据？请把每一步的时序推演一下。'], 'redis-lock'),
  l6('de', 'urlaub-englisch', 'haiku', [...deUrlaub, 'Super, jetzt bitte noch die gleiche Notiz auf Englisch für internationale Kunden.'], 'urlaub'),
  l6('de', 'urlaub-kuerzer', 'haiku', [...deUrlaub, 'etwas kürzer bitte, max 3 Sätze'], 'urlaub'),
  l6('de', 'urlaub-uebergabe', 'sonnet', [...deUrlaub, 'Danke! Kannst du mir noch eine Übergabe-Mail an Frau Yilmaz schreiben? Offen sind: Angebot Rohbau Dachau (muss bis 29.12. raus, Kalkulation liegt im Teams-Ordner), Reklamation Fenster Firma Brandl (wartet auf Gutachter), und die Rechnungsprüfung für Projekt Pasing. Sie soll wissen, was dringend ist und wen sie fragen kann.'], 'urlaub'),
  l6('ja', 'latest-order-thanks', 'haiku', [...jaSql, 'DISTINCT ON 知らなかったです、ありがとうございます！'], 'latest-order'),
  l6('ja', 'latest-order-tie', 'sonnet', [...jaSql, '同じユーザーで created_at が完全に同じ注文が2件ある場合、どっちが返ってくるんですか？毎回同じ結果にしたいです。'], 'latest-order'),
  l6('ja', 'latest-order-django', 'sonnet', [...jaSql, 'これを Django ORM で書くとどうなりますか？ Subquery と OuterRef を使うやり方も知りたいです。'], 'latest-order'),
  l6('ja', 'latest-order-replica', 'opus', [...jaSql, '実はこのクエリをリードレプリカで実行していて、注文直後にユーザーの画面で「最新注文」が一つ前の注文になることがあります。書き込みは秒間2000件、レプリカは3台でロードバランサ経由です。ユーザーが自分の注文を必ず見られるようにしつつ、プライマリへの負荷を増やしすぎない方法を、レプリカ遅延が数秒に跳ねる場合やフェイルオーバー時も含めて設計してください。'], 'latest-order'),
  l6('es', 'tfg-gracias', 'haiku', [...esTesis, 'genial, muchas gracias!!'], 'tfg'),
  l6('es', 'tfg-lista', 'haiku', [...esTesis, 'Pásamelo como lista numerada simple, sin negritas ni paréntesis, que lo pego en el índice de Word.'], 'tfg'),
  l6('es', 'tfg-analisis', 'sonnet', [...esTesis, 'Vale. La encuesta tiene: sector, nº de empleados, % de plantilla en teletrabajo, y una escala Likert de 1 a 5 sobre productividad percibida (5 ítems). Redáctame el apartado 3.6 de análisis de datos, con las pruebas que tendría sentido usar y por qué.'], 'tfg'),
  l6('es', 'tfg-sesgo', 'opus', [...esTesis, 'Mi tutora dice que mis resultados no valen porque solo contestaron las empresas a las que les va bien el teletrabajo, y que además la productividad es "percibida" por el propio gerente. Tengo datos del INE por sector y tamaño. ¿Cómo puedo estimar cuánto sesgo hay, corregirlo en lo posible y defender qué conclusiones siguen siendo válidas delante del tribunal?'], 'tfg'),
  l6('fr', 'loyer-merci', 'haiku', [...frBail, 'Super clair, merci beaucoup.'], 'loyer'),
  l6('fr', 'loyer-lettre', 'sonnet', [...frBail, 'Tu peux m\'écrire la lettre recommandée à mon propriétaire pour contester la hausse ? Bail signé le 1er février 2023, loyer actuel 780 € hors charges, 3e arrondissement.'], 'loyer'),
  l6('fr', 'loyer-complexe', 'opus', [...frBail, 'C\'est plus compliqué en fait : c\'est un bail meublé, on est en colocation à trois avec un bail unique et une clause de solidarité, une des colocataires part en mars, le propriétaire dit qu\'il y a déjà un complément de loyer pour la terrasse, et il menace de ne pas renouveler si on refuse. Qu\'est-ce qu\'il peut réellement faire, qu\'est-ce qu\'on risque, et quelle est la meilleure stratégie pour nous trois ?'], 'loyer'),
  l6('pt', 'fetch-valeu', 'haiku', [...ptApi, 'valeu!'], 'fetch'),
  l6('pt', 'fetch-typescript', 'sonnet', [...ptApi, 'Agora em TypeScript, com tipo genérico pro retorno e validando a resposta com zod.'], 'fetch'),
  l6('pt', 'fetch-retry', 'sonnet', [...ptApi, 'Como ficaria o retry com backoff exponencial e jitter, respeitando o header Retry-After quando vier 429?'], 'fetch'),
  l6('pt', 'fetch-limite-global', 'opus', [...ptApi, 'O problema real é outro: temos 40 pods chamando essa API, que tem limite GLOBAL de 100 req/s por conta, e se passar eles bloqueiam a conta por 1 hora. Os pods sobem e descem com autoscaling e não queremos um serviço central que vire gargalo ou ponto único de falha. Como garantir que nunca passamos do limite, sem desperdiçar muita capacidade, inclusive quando um pod trava no meio ou o relógio dos nós está dessincronizado?'], 'fetch'),
  l6('ko', 'ownership-thanks', 'haiku', [...koRust, '오 이제 좀 이해가 되네요 감사합니다'], 'ownership'),
  l6('ko', 'ownership-rc', 'sonnet', [...koRust, '그럼 Rc<RefCell<T>>는 언제 쓰는 건가요? 트리 구조에서 부모와 자식이 서로를 가리키는 예제 코드로 보여 주세요.'], 'ownership'),
  l6('ko', 'ownership-miri', 'opus', [...koRust, '실무 질문인데요, raw pointer로 만든 이중 연결 리스트가 테스트는 다 통과하는데 Miri에서 "not granting access to tag because that would remove [Unique] which is strongly protected" 에러가 나요. 노드를 Box::into_raw로 만들고, iter_mut에서 &mut Node를 만들었다가 next 포인터를 따라가요. 왜 이게 UB인지, 어떻게 고쳐야 Stacked Borrows와 Tree Borrows 둘 다 통과하는지 설명해 주세요.'], 'ownership'),
];

/** Agent steps whose user writes in another language. */
export const sixthLanguageAgentExamples: TrafficExample[] = [
  l6agent('ja', 'tests-green', 'haiku', 'テストが全部通るか確認してください。', [
    step('bash', { command: 'npm test' }, '> shop-api@2.3.1 test\n> vitest run\n\n ✓ test/cart.test.ts (14 tests) 212ms\n ✓ test/orders.test.ts (22 tests) 431ms\n ✓ test/auth.test.ts (9 tests) 98ms\n\n Test Files  3 passed (3)\n      Tests  45 passed (45)\n   Duration  2.41s', 'テストを実行します。'),
  ]),
  l6agent('zh', 'express-version', 'haiku', 'package.json 里 express 是哪个版本？', [
    step('read_file', { path: 'package.json' }, '{\n  "name": "order-service",\n  "version": "1.8.0",\n  "dependencies": {\n    "express": "^4.19.2",\n    "pg": "^8.11.3",\n    "zod": "^3.23.8"\n  }\n}'),
  ]),
  l6agent('de', 'todo-count', 'haiku', 'Wie viele TODO-Kommentare gibt es im src-Ordner?', [
    step('grep', { pattern: 'TODO', path: 'src', count: true }, 'src/api/orders.ts:3\nsrc/api/users.ts:1\nsrc/lib/mailer.ts:2\nsrc/jobs/cleanup.ts:1'),
  ]),
  l6agent('es', 'rename-var', 'haiku', 'renombra la variable usr a usuario en app/utils.py, solo en ese archivo', [
    step('grep', { pattern: '\\busr\\b', path: 'app/utils.py' }, '12:    usr = get_current_user()\n13:    if usr is None:\n15:    return usr.email'),
    step('edit_file', { path: 'app/utils.py', replace_all: true, old: 'usr', new: 'usuario' }, 'Edited app/utils.py: 3 replacements.'),
  ]),
  l6agent('fr', 'prochaine-facture', 'haiku', 'Bonjour, c\'est quand ma prochaine facture et de combien ?', [
    step('lookup_account', { email: 'contact@boulangerie-leroy.fr' }, '{"account_id":"acc_88213","plan":"Pro","billing_cycle":"monthly","next_invoice_date":"2026-12-15","next_invoice_amount_eur":49.0,"status":"active"}'),
  ], undefined, 'Tu es l\'assistant support de Pallet, logiciel de facturation. Réponds brièvement, dans la langue du client, avec les faits des outils.', ['lookup_account', 'list_invoices', 'escalate_to_human']),
  l6agent('pt', 'zod-pedidos', 'sonnet', 'adiciona validação com zod no POST /pedidos: cliente_id obrigatório (uuid), itens com pelo menos 1 item, cada item com produto_id e quantidade inteira > 0. Retorna 400 com os erros se inválido.', [
    step('read_file', { path: 'src/routes/pedidos.ts' }, '1\timport { Router } from "express";\n2\timport { criarPedido } from "../services/pedidos.js";\n3\t\n4\texport const pedidos = Router();\n5\t\n6\tpedidos.post("/pedidos", async (req, res) => {\n7\t  const pedido = await criarPedido(req.body);\n8\t  res.status(201).json(pedido);\n9\t});'),
    step('grep', { pattern: 'zod', path: 'package.json' }, '    "zod": "^3.23.8",'),
  ]),
  l6agent('ko', 'tax-test-fail', 'sonnet', '테스트 하나가 깨졌는데 고쳐 주세요.', [
    step('bash', { command: 'npm test -- price' }, ' FAIL  test/price.test.ts > totalWithTax > applies 10% VAT after discount\nAssertionError: expected 1320 to be 1188\n  - Expected: 1188\n  + Received: 1320\n\n ❯ test/price.test.ts:18:32'),
    step('read_file', { path: 'src/price.ts' }, '1\texport function totalWithTax(price: number, discountRate: number): number {\n2\t  const withTax = price * 1.1;\n3\t  const discounted = withTax - price * discountRate;\n4\t  return Math.round(discounted);\n5\t}'),
    step('read_file', { path: 'test/price.test.ts' }, '15\tdescribe("totalWithTax", () => {\n16\t  it("applies 10% VAT after discount", () => {\n17\t    // 1200 - 10% = 1080, + 10% VAT = 1188\n18\t    expect(totalWithTax(1200, 0.1)).toBe(1188);\n19\t  });\n20\t});'),
  ]),
  l6agent('ja', 'csv-date-filter', 'sonnet', '注文のCSVエクスポートに、開始日と終了日で絞り込めるオプションを追加してください。指定がなければ今まで通り全件です。', [
    step('grep', { pattern: 'exportOrdersCsv', path: 'src' }, 'src/export/orders.ts:8:export async function exportOrdersCsv(db: Db, out: Writable) {\nsrc/routes/admin.ts:41:  await exportOrdersCsv(db, res);'),
    step('read_file', { path: 'src/export/orders.ts' }, '1\timport type { Writable } from "node:stream";\n2\timport { stringify } from "csv-stringify";\n3\timport type { Db } from "../db.js";\n4\t\n5\tconst COLUMNS = ["id", "customer", "total", "created_at"];\n6\t\n7\t/** Streams every order as CSV. */\n8\texport async function exportOrdersCsv(db: Db, out: Writable) {\n9\t  const rows = db.stream("SELECT id, customer, total, created_at FROM orders ORDER BY id");\n10\t  const csv = stringify({ header: true, columns: COLUMNS });\n11\t  csv.pipe(out);\n12\t  for await (const row of rows) csv.write(row);\n13\t  csv.end();\n14\t}'),
    step('read_file', { path: 'src/routes/admin.ts', offset: 35, limit: 10 }, '35\tadmin.get("/orders.csv", requireAdmin, async (req, res) => {\n36\t  res.setHeader("Content-Type", "text/csv; charset=utf-8");\n37\t  res.setHeader("Content-Disposition", "attachment; filename=orders.csv");\n38\t  // TODO: filters\n39\t\n40\t\n41\t  await exportOrdersCsv(db, res);\n42\t});'),
  ]),
  l6agent('zh', 'channel-conversion', 'sonnet', '上个月各渠道的转化率分别是多少？做个柱状图，给运营同事看。', [
    step('run_sql', { sql: "SELECT channel, COUNT(DISTINCT visitor_id) AS visitors, COUNT(DISTINCT CASE WHEN ordered THEN visitor_id END) AS buyers FROM sessions WHERE date >= '2026-11-01' AND date < '2026-12-01' GROUP BY channel ORDER BY visitors DESC" }, 'channel      | visitors | buyers\n-------------+----------+-------\n搜索广告      |   184203 |   5894\n信息流广告    |   152977 |   2142\n自然搜索      |    98410 |   4331\n小程序        |    61288 |   3922\n直接访问      |    40115 |   2487\n邮件/短信     |    12870 |    657'),
  ], undefined, '你是公司内部的数据分析助手。用 SQL 查询数据仓库，并用非技术同事能看懂的语言解释结果，写清数字和注意事项。', ['run_sql', 'describe_table', 'make_chart']),
  l6agent('de', 'verlorene-bestellungen', 'opus', 'Seit dem Deploy gestern Abend fehlen sporadisch Bestellungen: Kunden bekommen die Bestätigungsseite, aber die Bestellung taucht nie im ERP auf. Etwa 1 von 400. Im Log gibt es keinen einzigen Fehler. Finde heraus, was los ist.', [
    step('get_deploy_history', { service: 'checkout', limit: 3 }, 'rev 412  2026-12-06 21:40  checkout: switch order events from sync HTTP to outbox + relay (PR #1893)\nrev 411  2026-12-03 10:12  checkout: bump node 20.18\nrev 410  2026-11-28 15:55  checkout: copy changes'),
    step('kubectl', { args: 'get pods -l app=outbox-relay -o wide' }, 'NAME                            READY   STATUS    RESTARTS   AGE\noutbox-relay-6c9f7d8b5-2xkqp    1/1     Running   0          19h\noutbox-relay-6c9f7d8b5-h7mzl    1/1     Running   0          19h'),
    step('query_logs', { service: 'outbox-relay', query: 'level>=warn', since: '20h' }, 'No matching entries.'),
    step('query_prometheus', { query: 'sum(rate(outbox_relay_published_total[1h])) / sum(rate(checkout_orders_created_total[1h]))' }, '0.9976'),
  ], 'Der Relay liest die Outbox-Tabelle mit "SELECT ... WHERE id > last_seen_id ORDER BY id LIMIT 500" und merkt sich die höchste gesehene id. Die id ist ein BIGSERIAL.', 'You are the on-call assistant of the platform team. You can read Kubernetes state, logs, metrics and deploy history. Report what the evidence shows and say what is still unknown. Answer in the user\'s language.', ['kubectl', 'query_logs', 'query_prometheus', 'get_deploy_history']),
  l6agent('es', 'informe-no-cuadra', 'opus', 'El informe mensual de ingresos del dashboard da 1.284.550 € en noviembre y contabilidad dice 1.293.610 €. Ya he mirado que no sean devoluciones. Encuentra de dónde sale la diferencia.', [
    step('run_sql', { sql: "SELECT SUM(amount_eur) FROM fct_revenue WHERE invoice_date >= '2026-11-01' AND invoice_date < '2026-12-01'" }, '1284550.00'),
    step('run_sql', { sql: "SELECT currency, COUNT(*), SUM(amount), SUM(amount_eur) FROM fct_revenue WHERE invoice_date >= '2026-11-01' AND invoice_date < '2026-12-01' GROUP BY currency" }, 'currency | count | sum        | sum_eur\n---------+-------+------------+-----------\nEUR      | 10233 | 1101240.00 | 1101240.00\nGBP      |   812 |  118020.00 | 136940.00\nUSD      |   530 |   50600.00 |  46370.00'),
    step('describe_table', { table: 'fct_revenue' }, 'invoice_id string, invoice_date date, amount numeric, currency string, amount_eur numeric -- converted with fx_rates at invoice_date, customer_id string, country string, source string -- stripe|manual'),
  ], undefined, 'Eres el asistente de análisis de datos. Consultas el data warehouse con SQL y explicas los resultados con cifras y salvedades.', ['run_sql', 'describe_table']),
  l6agent('fr', 'doublons-sync', 'opus', 'Notre job de synchronisation CRM crée parfois des doublons dans la base cible quand deux pods tournent en même temps, alors qu\'on a un verrou. Trouve pourquoi le verrou ne protège pas.', [
    step('read_file', { path: 'sync/job.py' }, '1\tfrom sqlalchemy import text\n2\tfrom .db import engine\n3\t\n4\tdef run():\n5\t    with engine.connect() as conn:\n6\t        got = conn.execute(text("SELECT pg_try_advisory_lock(4242)")).scalar()\n7\t    if not got:\n8\t        return\n9\t    try:\n10\t        for contact in fetch_crm_changes():\n11\t            upsert_contact(contact)\n12\t    finally:\n13\t        with engine.connect() as conn:\n14\t            conn.execute(text("SELECT pg_advisory_unlock(4242)"))'),
    step('read_file', { path: 'sync/db.py' }, '1\tfrom sqlalchemy import create_engine\n2\timport os\n3\t\n4\t# through pgbouncer (pool_mode = transaction)\n5\tengine = create_engine(os.environ["DATABASE_URL"], pool_size=5, pool_pre_ping=True)'),
    step('grep', { pattern: 'def upsert_contact', path: 'sync', context: 8 }, 'sync/store.py:20:def upsert_contact(c):\nsync/store.py-21-    with engine.begin() as conn:\nsync/store.py-22-        row = conn.execute(text("SELECT id FROM contacts WHERE crm_id = :id"), {"id": c.id}).first()\nsync/store.py-23-        if row:\nsync/store.py-24-            conn.execute(text("UPDATE contacts SET data = :d WHERE id = :i"), {"d": c.json, "i": row.id})\nsync/store.py-25-        else:\nsync/store.py-26-            conn.execute(text("INSERT INTO contacts (crm_id, data) VALUES (:id, :d)"), {"id": c.id, "d": c.json})'),
  ]),
  l6agent('ko', 'websocket-latency', 'opus', '부하 테스트에서 WebSocket 동시 연결이 5만 개를 넘으면 메시지 지연이 20ms에서 2초로 갑자기 뛰어요. CPU는 40%밖에 안 쓰고 메모리도 여유 있어요. 원인을 찾아 주세요.', [
    step('query_prometheus', { query: 'histogram_quantile(0.99, rate(ws_send_latency_seconds_bucket[1m]))' }, '45k conns: 0.021\n48k conns: 0.024\n50k conns: 0.31\n52k conns: 1.87\n55k conns: 2.12'),
    step('bash', { command: 'ss -s && cat /proc/sys/net/core/somaxconn && ulimit -n' }, 'Total: 55324\nTCP:   55301 (estab 55012, closed 112, orphaned 0, timewait 101)\n4096\n1048576'),
    step('read_file', { path: 'src/hub.go', offset: 30, limit: 25 }, '30\tfunc (h *Hub) Broadcast(room string, msg []byte) {\n31\t\th.mu.Lock()\n32\t\tdefer h.mu.Unlock()\n33\t\tfor c := range h.rooms[room] {\n34\t\t\tselect {\n35\t\t\tcase c.send <- msg:\n36\t\t\tdefault:\n37\t\t\t\tgo h.slowClient(c, msg)\n38\t\t\t}\n39\t\t}\n40\t}\n41\t\n42\tfunc (h *Hub) slowClient(c *Client, msg []byte) {\n43\t\th.mu.Lock()\n44\t\tdefer h.mu.Unlock()\n45\t\tc.send <- msg\n46\t}'),
  ]),
  l6agent('pt', 'java21-p99', 'opus', 'Migramos o serviço de pagamentos de Java 11 para Java 21 (mesmo código, G1 nos dois) e o p99 de latência dobrou, de 80 ms para 160 ms, embora a CPU média tenha caído 15%. Os logs de GC parecem normais. Investiga.', [
    step('bash', { command: 'grep -h "Pause" gc-java21.log | awk \'{print $NF}\' | sort -n | tail -3' }, '11.204ms\n12.871ms\n14.022ms'),
    step('bash', { command: 'jcmd $(pgrep -f payments) VM.flags | tr " " "\\n" | grep -E "ActiveProcessorCount|ParallelGCThreads|ConcGCThreads|UseContainerSupport"' }, '-XX:ConcGCThreads=1\n-XX:ParallelGCThreads=2\n-XX:+UseContainerSupport'),
    step('read_file', { path: 'deploy/payments.yaml', offset: 40, limit: 12 }, '40\t        resources:\n41\t          requests:\n42\t            cpu: "2"\n43\t            memory: 3Gi\n44\t          limits:\n45\t            cpu: "2"\n46\t            memory: 3Gi\n47\t        env:\n48\t          - name: JAVA_TOOL_OPTIONS\n49\t            value: "-XX:MaxRAMPercentage=75 -Djdk.virtualThreadScheduler.parallelism=64"'),
  ]),
  l6agent('zh', 'go-rss-grows', 'opus', '这个 Go 服务的内存（RSS）一天涨 2 GB，重启才降下来，但 pprof heap 里 inuse_space 一直只有 300 MB 左右。帮我找出原因。', [
    step('bash', { command: 'curl -s localhost:6060/debug/pprof/goroutine?debug=1 | head -3' }, 'goroutine profile: total 1843\n1204 @ 0x43e1d6 0x44f0b8 0x6b2c45 0x6b2c26 0x4722e1\n#\t0x6b2c44\tgithub.com/acme/ingest/pkg/decode.(*Decoder).Run+0x64'),
    step('grep', { pattern: 'import "C"|C\\.malloc|C\\.free', path: 'pkg' }, 'pkg/decode/zstd.go:4:import "C"\npkg/decode/zstd.go:37:\tbuf := C.malloc(C.size_t(n))\npkg/decode/zstd.go:52:\tdefer C.free(unsafe.Pointer(out))'),
    step('bash', { command: 'cat /proc/$(pgrep ingest)/status | grep -E "VmRSS|Threads" && go version' }, 'VmRSS:\t 6120448 kB\nThreads:\t212\ngo version go1.22.5 linux/amd64'),
  ]),
];
