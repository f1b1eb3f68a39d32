import type { Tier } from '../../../src/config/schema.js';
import { agent, agentLoop, lang, type ToolStep, type TrafficExample } from './build.js';

/**
 * Seventh non-English batch (session 10, names `l7-<lang>-`), written blind (the router was not run while writing):
 * 60 rows in eighteen languages, mostly single asks, thirteen latest turns of short conversations (variants of one
 * conversation share a group) and six agent steps whose user writes in another language. Spelling and usage
 * lookups, short translations, extractions and reformatting (some inside long pasted lists, logs or XML); everyday
 * code, letters, configuration and explanations, often mixed with English terms and errors; and hard asks in plain
 * words: distributed-systems and concurrency bugs, security judgement, long plans and competition maths.
 */
const l7 = (code: string, name: string, tier: Tier, texts: string | readonly string[], options: { group?: string; system?: string } = {}): TrafficExample => {
  const e = lang(code, name, tier, texts, options.system ? { system: options.system } : {});
  return { ...e, name: `l7-${e.name}`, group: `l7-${options.group ? `${code}-${options.group}` : e.group}` };
};

const CODE_TOOLS = ['read_file', 'bash', 'grep', 'edit_file'];
const CODE_SYSTEM = 'You are a coding agent working in the user\'s repository. Use the tools to inspect and change code; run the tests before saying you are done. Answer in the user\'s language.';
const step = (call: string, input: Record<string, unknown>, result: string, say?: string): ToolStep => ({ call, input, result, ...(say ? { say } : {}) });
const l7agent = (code: string, name: string, tier: Tier, task: string, steps: readonly ToolStep[], options: { after?: string; system?: string; tools?: readonly string[] } = {}): TrafficExample =>
  agent(`l7-${code}-${name}`, tier, agentLoop(task, steps, { system: options.system ?? CODE_SYSTEM, tools: options.tools ?? CODE_TOOLS, ...(options.after ? { after: options.after } : {}) }), code);

// ── Pasted material ──
const jaPhones = `山田 太郎　０３（３２１２）４５６７
佐藤 花子　09012345678
鈴木 一郎　045-321-9876
高橋 美咲　＋８１ ９０ １１２２ ３３４４
田中 健　06.6341.2200
伊藤 由紀　(080)5566-7788
渡辺 翔　０５２－９６１－０００１
中村 真理子　0120 33 4455
小林 大輔　070-1234-0000
加藤 彩　+81-3-5555-0101
吉田 亮　092 771 8080
山本 さくら　０８０ー９９８８ー７７６６
松本 陽介　011(222)3333
井上 和也　03-3211-999
木村 千尋　０９０－２３４５－６７８９`;

const zhLog = `2026-12-07 10:02:11.204 INFO  [gateway] GET /api/v2/products?page=1 200 23ms
2026-12-07 10:02:11.310 INFO  [gateway] GET /api/v2/cart 200 12ms
2026-12-07 10:02:11.877 WARN  [order-svc] slow query 1204ms: SELECT * FROM order_item WHERE order_id IN (...)
2026-12-07 10:02:12.015 ERROR [gateway] POST /api/v2/orders 500 3012ms upstream=order-svc err="context deadline exceeded"
2026-12-07 10:02:12.340 INFO  [gateway] GET /api/v2/user/profile 200 9ms
2026-12-07 10:02:12.551 INFO  [order-svc] retry 1/3 after error: dial tcp 10.4.2.17:3306: i/o timeout
2026-12-07 10:02:12.902 INFO  [gateway] GET /api/v2/products/88123 200 18ms
2026-12-07 10:02:13.118 INFO  [gateway] GET /api/v2/products?page=2 200 21ms
2026-12-07 10:02:13.604 ERROR [payment-svc] callback verify failed: sign mismatch order_no=P20261207100213881
2026-12-07 10:02:13.700 INFO  [gateway] POST /api/v2/pay/callback 400 44ms
2026-12-07 10:02:14.021 INFO  [gateway] GET /api/v2/cart 200 10ms
2026-12-07 10:02:14.388 WARN  [gateway] rate limit near threshold ip=112.64.18.203 count=184/200
2026-12-07 10:02:14.912 INFO  [gateway] GET /api/v2/coupons 200 15ms
2026-12-07 10:02:15.230 ERROR [gateway] POST /api/v2/orders 500 3009ms upstream=order-svc err="context deadline exceeded"
2026-12-07 10:02:15.566 INFO  [gateway] GET /api/v2/user/addresses 200 11ms
2026-12-07 10:02:16.004 INFO  [order-svc] connection pool stats active=50 idle=0 waiting=37
2026-12-07 10:02:16.417 INFO  [gateway] GET /api/v2/products/10293 200 19ms
2026-12-07 10:02:16.902 ERROR [gateway] GET /api/v2/orders/history 502 88ms upstream=order-svc err="connection reset by peer"
2026-12-07 10:02:17.133 INFO  [gateway] GET /api/v2/cart 200 13ms
2026-12-07 10:02:17.650 INFO  [gateway] GET /api/v2/products?page=3 200 22ms`;

const nfeItem = (n: number, code: string, desc: string, qty: string, unit: string, total: string): string =>
  `<det nItem="${n}"><prod><cProd>${code}</cProd><cEAN>SEM GTIN</cEAN><xProd>${desc}</xProd><NCM>85444200</NCM><CFOP>5102</CFOP><uCom>UN</uCom><qCom>${qty}</qCom><vUnCom>${unit}</vUnCom><vProd>${total}</vProd><indTot>1</indTot></prod><imposto><ICMS><ICMS00><orig>0</orig><CST>00</CST><modBC>3</modBC><vBC>${total}</vBC><pICMS>18.00</pICMS></ICMS00></ICMS><PIS><PISAliq><CST>01</CST><pPIS>1.65</pPIS></PISAliq></PIS><COFINS><COFINSAliq><CST>01</CST><pCOFINS>7.60</pCOFINS></COFINSAliq></COFINS></imposto></det>`;
const ptNfe = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<nfeProc xmlns="http://www.portalfiscal.inf.br/nfe" versao="4.00"><NFe><infNFe Id="NFe35261112345678000195550010000482131458392017" versao="4.00">',
  '<ide><cUF>35</cUF><cNF>45839201</cNF><natOp>VENDA DE MERCADORIA ADQUIRIDA DE TERCEIROS</natOp><mod>55</mod><serie>1</serie><nNF>48213</nNF><dhEmi>2026-11-28T14:32:07-03:00</dhEmi><dhSaiEnt>2026-11-28T16:00:00-03:00</dhSaiEnt><tpNF>1</tpNF><idDest>1</idDest><cMunFG>3550308</cMunFG><tpImp>1</tpImp><tpEmis>1</tpEmis><tpAmb>1</tpAmb><finNFe>1</finNFe><indFinal>0</indFinal><indPres>9</indPres></ide>',
  '<emit><CNPJ>12345678000195</CNPJ><xNome>DISTRIBUIDORA ALVORADA DE MATERIAIS ELETRICOS LTDA</xNome><xFant>ALVORADA ELETRICA</xFant><enderEmit><xLgr>RUA DOS BANDEIRANTES</xLgr><nro>1450</nro><xBairro>BOM RETIRO</xBairro><cMun>3550308</cMun><xMun>SAO PAULO</xMun><UF>SP</UF><CEP>01124010</CEP></enderEmit><IE>110042490114</IE><CRT>3</CRT></emit>',
  '<dest><CNPJ>98765432000110</CNPJ><xNome>CONSTRUTORA PEDRA FORTE LTDA</xNome><enderDest><xLgr>AV. INDUSTRIAL</xLgr><nro>300</nro><xBairro>JARDIM</xBairro><cMun>3547809</cMun><xMun>SANTO ANDRE</xMun><UF>SP</UF><CEP>09080500</CEP></enderDest><indIEDest>1</indIEDest><IE>626118905110</IE></dest>',
  nfeItem(1, 'CB-2.5-AZ', 'CABO FLEXIVEL 2,5MM AZUL ROLO 100M', '20.0000', '189.9000', '3798.00'),
  nfeItem(2, 'CB-2.5-PT', 'CABO FLEXIVEL 2,5MM PRETO ROLO 100M', '10.0000', '189.9000', '1899.00'),
  nfeItem(3, 'DJ-C20', 'DISJUNTOR MONOPOLAR CURVA C 20A', '60.0000', '14.7500', '885.00'),
  nfeItem(4, 'TM-10A', 'TOMADA 2P+T 10A BRANCA', '150.0000', '8.9000', '1335.00'),
  nfeItem(5, 'QD-12', 'QUADRO DE DISTRIBUICAO EMBUTIR 12 DISJ', '8.0000', '103.1875', '825.50'),
  '<total><ICMSTot><vBC>8742.50</vBC><vICMS>1573.65</vICMS><vICMSDeson>0.00</vICMSDeson><vBCST>0.00</vBCST><vST>0.00</vST><vProd>8742.50</vProd><vFrete>0.00</vFrete><vSeg>0.00</vSeg><vDesc>0.00</vDesc><vIPI>0.00</vIPI><vPIS>144.25</vPIS><vCOFINS>664.43</vCOFINS><vOutro>0.00</vOutro><vNF>8742.50</vNF></ICMSTot></total>',
  '<transp><modFrete>0</modFrete></transp><cobr><fat><nFat>48213</nFat><vOrig>8742.50</vOrig><vLiq>8742.50</vLiq></fat><dup><nDup>001</nDup><dVenc>2026-12-28</dVenc><vDup>4371.25</vDup></dup><dup><nDup>002</nDup><dVenc>2027-01-27</dVenc><vDup>4371.25</vDup></dup></cobr>',
  '<infAdic><infCpl>PEDIDO CLIENTE 7781/26. DOCUMENTO EMITIDO POR ME OU EPP OPTANTE PELO SIMPLES NACIONAL: NAO.</infCpl></infAdic></infNFe></NFe>',
  '<protNFe versao="4.00"><infProt><tpAmb>1</tpAmb><verAplic>SP_NFE_PL009_V4</verAplic><chNFe>35261112345678000195550010000482131458392017</chNFe><dhRecbto>2026-11-28T14:32:41-03:00</dhRecbto><nProt>135263918840217</nProt><cStat>100</cStat><xMotivo>Autorizado o uso da NF-e</xMotivo></infProt></protNFe></nfeProc>',
].join('\n');

// ── Conversations (latest turns vary; each history shared within its group) ──
const jaCsv = [
  'pandas で read_csv したら UnicodeDecodeError: \'utf-8\' codec can\'t decode byte 0x83 in position 0: invalid start byte って出ます。会社の基幹システムから出したCSVです。',
  '0x83 は Shift_JIS（CP932）の全角文字の先頭バイトによく出てくる値なので、基幹システムが Shift_JIS で出力しているのだと思います。encoding を指定して読み込んでください。\n\nimport pandas as pd\n\ndf = pd.read_csv("uriage.csv", encoding="cp932")\n\n"shift_jis" ではなく "cp932" にしておくと、①や髙のような機種依存文字が入っていてもエラーになりません。\n\n加工したあと Excel で開くCSVとして書き出すなら、df.to_csv("out.csv", index=False, encoding="utf-8-sig") にすると文字化けしません。',
];
const zhIndex = [
  'MySQL 里 orders 表的 created_at 有索引，但是下面这条 SQL 还是全表扫描，explain 里 type=ALL，为什么？\n\nSELECT * FROM orders WHERE DATE(created_at) = \'2026-12-01\';',
  '因为对索引列用了函数。DATE(created_at) 需要对每一行先算出结果再比较，优化器没法利用 created_at 上 B+ 树的有序性去做范围查找，只能全表扫描。\n\n改成范围条件就能走索引：\n\nSELECT * FROM orders\nWHERE created_at >= \'2026-12-01\' AND created_at < \'2026-12-02\';\n\n同类会让索引失效的情况还有：\n- 对列做运算：WHERE amount * 100 > 5000\n- 隐式类型转换：字符串列和数字比较\n- LIKE 以 % 开头\n- 联合索引不满足最左前缀\n\nMySQL 8.0.13 以后也可以建函数索引 INDEX ((DATE(created_at)))，不过一般改写 SQL 更简单，也不用多维护一个索引。',
];
const deMahnung = [
  'Kannst du mir eine freundliche, aber bestimmte Zahlungserinnerung schreiben? Kunde: Bauunternehmen Schulte GmbH, Rechnung Nr. 2026-118 vom 2. Oktober über 3.480,00 €, Zahlungsziel 30 Tage. Ist jetzt gut 5 Wochen drüber.',
  'Gern, hier ein Entwurf:\n\nBetreff: Zahlungserinnerung – Rechnung Nr. 2026-118\n\nSehr geehrte Damen und Herren,\n\nsicher ist es Ihrer Aufmerksamkeit entgangen: Für unsere Rechnung Nr. 2026-118 vom 2. Oktober 2026 über 3.480,00 € konnten wir bis heute keinen Zahlungseingang feststellen. Das Zahlungsziel ist am 1. November 2026 abgelaufen.\n\nWir bitten Sie, den offenen Betrag bis zum 15. Dezember 2026 auf das unten angegebene Konto zu überweisen. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\nBei Fragen zur Rechnung erreichen Sie mich gern telefonisch.\n\nMit freundlichen Grüßen',
];
const esComplejidad = [
  '¿Qué complejidad tiene esto?\n\ndef buscar_par(a, objetivo):\n    for i in range(len(a)):\n        for j in range(i + 1, len(a)):\n            if a[i] + a[j] == objetivo:\n                return (i, j)\n    return None',
  'Es **O(n²)** en el peor caso: para cada i recorres todos los j posteriores, así que haces n(n−1)/2 comparaciones. Si el par está al principio termina antes, pero la complejidad se da por el peor caso (que no haya par, por ejemplo).\n\nSe puede bajar a **O(n)** con un diccionario, guardando los valores que ya has visto:\n\ndef buscar_par(a, objetivo):\n    vistos = {}\n    for i, x in enumerate(a):\n        if objetivo - x in vistos:\n            return (vistos[objetivo - x], i)\n        vistos[x] = i\n    return None\n\nA cambio usas O(n) de memoria extra.',
];
const ruIpoteka = [
  'Чем отличаются аннуитетные и дифференцированные платежи по ипотеке? Банк предлагает оба варианта.',
  '**Аннуитетный платёж** — одинаковая сумма каждый месяц весь срок. В начале большая часть платежа уходит на проценты, и долг уменьшается медленно.\n\n**Дифференцированный платёж** — тело долга гасится равными частями, а проценты начисляются на остаток. Поэтому первые платежи самые большие, а потом они постепенно уменьшаются.\n\nЧто это значит на практике:\n- при дифференцированной схеме переплата по процентам меньше, но в первые годы нагрузка выше, и банк может одобрить меньшую сумму, потому что смотрит на первый платёж;\n- аннуитет проще планировать, а при досрочных погашениях переплата по нему тоже заметно снижается.\n\nЕсли первые платежи по дифференцированной схеме комфортны для вашего бюджета, она выгоднее. Если нет — берите аннуитет и гасите досрочно, когда получится.',
];
const frDocker = [
  'Tu peux m\'écrire un Dockerfile pour une appli Flask (Python 3.12) avec gunicorn ? requirements.txt à la racine, l\'app est dans app/__init__.py avec create_app().',
  'Voici un Dockerfile simple :\n\nFROM python:3.12-slim\n\nWORKDIR /srv\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\n\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt gunicorn\n\nCOPY . .\n\nEXPOSE 8000\nCMD ["gunicorn", "-w", "3", "-b", "0.0.0.0:8000", "app:create_app()"]\n\nCopier requirements.txt avant le reste du code permet de garder le cache des dépendances quand seul le code change. Pensez aussi à ajouter un .dockerignore pour ne pas envoyer le venv et le .git dans le contexte de build.',
];

export const seventhLanguageExamples: TrafficExample[] = [
  // ── Japanese ──
  l7('ja', 'phone-format', 'haiku', `以下の顧客リストの電話番号を「03-1234-5678」の形式（半角数字、ハイフン区切り）に揃えてください。+81 で始まるものは 0 始まりに直してください。名前と並び順はそのままで、桁数がおかしいものは備考に「要確認」と書いてください。\n\n${jaPhones}`, { system: 'あなたは社内のデータ整形アシスタントです。指示どおりに整形した結果だけを返してください。説明は不要です。' }),
  l7('ja', 'csv-rename', 'haiku', [...jaCsv, 'cp932 で読めました！ついでに、列名の「売上金額（税込）」を「sales」に変えるにはどう書けばいいですか？'], { group: 'csv' }),
  l7('ja', 'csv-8gb', 'sonnet', [...jaCsv, '読めたんですが、実はファイルが月ごとに36個あって、全部で8GBくらいあります。まとめて読むとメモリ不足で落ちます。店舗ごと・月ごとの売上合計を出したいだけなんですが、どう書けばいいですか？列は「日付, 店舗コード, 商品コード, 数量, 売上金額（税込）」です。日付は 2025/04/01 みたいな形式です。'], { group: 'csv' }),
  l7('ja', 'points-two-dc', 'opus', 'ポイントサービスを東京と大阪の2つのDCでアクティブ・アクティブで動かしています。事業側から「DC間の回線が切れても、どちらのDCでもポイントを使えるようにしてほしい」と言われました。ただしポイント残高がマイナスになるのは絶対NGです（会計上の問題になるので）。回線断は年に数回、長いと数時間続きます。ユーザーの9割はどちらか片方のDCにしか来ませんが、残りはモバイル回線の都合で両方に振られます。どういう仕組みにすれば両立できますか？無理なら、どこまでなら保証できるのかを事業側にちゃんと説明したいです。'),
  l7('ja', 'chm-hang', 'opus', 'Java 8 のサービスで、本番だけたまにCPUが1コア100%に張り付いたまま戻らなくなります。スレッドダンプを取ると、毎回同じスレッドが ConcurrentHashMap.computeIfAbsent の中で RUNNABLE のままで、他のスレッドはその map の get で待っています。コードはこんな感じです。\n\nprivate final Map<String, BigDecimal> cache = new ConcurrentHashMap<>();\n\nBigDecimal rate(String pair) {\n    return cache.computeIfAbsent(pair, p -> {\n        if (!p.endsWith("/JPY")) {\n            String[] s = p.split("/");\n            return rate(s[0] + "/JPY").divide(rate(s[1] + "/JPY"), MathContext.DECIMAL64);\n        }\n        return fetchRate(p);\n    });\n}\n\nロックは自分では一切取っていないのに、なぜ固まるんでしょうか。ステージングでは一度も再現しません。直し方と、コードベースの他の場所に同じような地雷がないか探す方法も知りたいです。'),
  // ── Chinese ──
  l7('zh', 'log-errors', 'haiku', `下面这段日志里 ERROR 级别的一共有几条？分别是哪个服务、什么请求？列个表就行。\n\n${zhLog}`, { system: '你是运维平台内置的日志助手。用户会粘贴日志片段，请用中文简洁回答。' }),
  l7('zh', 'vue-search', 'sonnet', '用 Vue 3 的 <script setup> + TypeScript 写一个搜索框组件：输入停顿 300ms 后请求 /api/search?q=xxx，显示结果列表；请求中显示 loading；发新请求时要把上一个还没回来的请求取消掉（AbortController），避免旧结果覆盖新结果；输入为空时清空列表不请求。'),
  l7('zh', 'index-like', 'haiku', [...zhIndex, '那 LIKE \'abc%\' 这种能走索引吗？'], { group: 'index' }),
  l7('zh', 'index-rewrite', 'sonnet', [...zhIndex, '明白了。那帮我看看这几条慢查询怎么改：\n\n1. SELECT * FROM users WHERE phone = 13800138000;\n2. SELECT id, amount FROM orders WHERE YEAR(created_at) = 2025 AND status = \'paid\';\n3. SELECT * FROM orders WHERE user_id IN (SELECT id FROM users WHERE city = \'杭州\') ORDER BY created_at DESC LIMIT 20;\n4. SELECT COUNT(*) FROM orders WHERE remark LIKE \'%退款%\';\n\n表结构：users(id PK, phone varchar(20) 有索引, city varchar(20))，orders(id PK, user_id 有索引, status, amount, created_at 有索引, remark text)，orders 大概 8000 万行，MySQL 8.0。'], { group: 'index' }),
  l7('zh', 'index-gap-deadlock', 'opus', [...zhIndex, '另外一个问题。我们的注册接口是这样写的（RR 隔离级别）：\n\nBEGIN;\nSELECT id FROM accounts WHERE email = ? FOR UPDATE;\n-- 查不到就插入\nINSERT INTO accounts(email, nickname, created_at) VALUES (?, ?, NOW());\nCOMMIT;\n\nemail 上有唯一索引。本来是想用 FOR UPDATE 防止同一个邮箱重复注册，结果活动高峰的时候经常报 Deadlock found when trying to get lock; try restarting transaction。SHOW ENGINE INNODB STATUS 里两个事务都是 "lock_mode X locks gap before rec insert intention waiting"。为什么锁一个不存在的行会死锁？怎么改才能既不重复注册又不死锁？隔离级别不能改成 RC，别的业务依赖它。'], { group: 'index' }),
  // ── German ──
  l7('de', 'beweis-widerspruch', 'haiku', 'Meine Tochter (9. Klasse) fragt, was ein „Beweis durch Widerspruch" ist. Kannst du das in zwei, drei Sätzen mit einem ganz einfachen Beispiel erklären?'),
  l7('de', 'mahnung-datum', 'haiku', [...deMahnung, 'Mach bitte aus dem 15. Dezember den 18. Dezember und unterschreib mit „Jonas Becker, Buchhaltung".'], { group: 'mahnung' }),
  l7('de', 'mahnung-minderung', 'sonnet', [...deMahnung, 'So, jetzt hat der Kunde geantwortet: Er zahlt nicht, weil angeblich zwei der gelieferten Fenster Kratzer haben, und will 30 % Minderung auf die ganze Rechnung. Die Fenster wurden am 28.09. abgenommen, das Abnahmeprotokoll hat er ohne Vorbehalt unterschrieben. Was schreib ich ihm zurück? Ich will den Kunden eigentlich nicht verlieren, der bringt uns 3-4 Aufträge im Jahr.'], { group: 'mahnung' }),
  l7('de', 'oracle-weg', 'opus', 'Wir müssen bis Ende 2027 von Oracle 19c runter (Lizenzvertrag läuft aus) und wollen auf PostgreSQL. Eckdaten: ca. 4 TB, 600 Tabellen, rund 1.800 PL/SQL-Packages und Prozeduren, 30 Anwendungen greifen direkt auf die DB zu (teilweise mit Oracle-spezifischem SQL: CONNECT BY, Sequences, Synonyme über Schemas hinweg, DB-Links), ein Teil der Apps wird von externen Dienstleistern betreut, die nur quartalsweise releasen. Beim Buchungssystem darf die Downtime am Stichtag höchstens 30 Minuten sein. Team: 4 DBAs, 2 davon kennen Postgres ein bisschen. Wie würdest du da rangehen? Reihenfolge, größte Risiken, was man vorher testen muss, und woran man am Umstellungstag merkt, dass man zurückrollen muss.'),
  l7('de', 'ehepaare-tisch', 'opus', 'Knobelei aus der Mathe-AG, an der ich mir die Zähne ausbeiße: n Ehepaare sollen an einem runden Tisch mit 2n Plätzen sitzen, abwechselnd Frau und Mann, und kein Ehepaar darf nebeneinander sitzen. Wie viele Sitzordnungen gibt es? Ich hätte gern eine geschlossene Formel (Summe ist okay) mit sauberer Herleitung, nicht nur die Werte für kleine n.'),
  // ── Spanish ──
  l7('es', 'race-condition-termino', 'haiku', '¿Cómo se traduce "race condition" en la documentación técnica en español? ¿"Condición de carrera" suena bien o mejor dejarlo en inglés?'),
  l7('es', 'bases-sorteo', 'sonnet', 'Necesito las bases legales para un sorteo en Instagram de nuestra tienda de cosmética natural (Valencia). Premio: un lote de productos valorado en 120 €. Pueden participar mayores de 18 residentes en España; para participar hay que seguir la cuenta, dar like a la publicación y mencionar a dos amigos. Del 10 al 17 de diciembre, el ganador se elige al azar el 18. Que incluya lo de protección de datos y que Instagram no patrocina el sorteo.'),
  l7('es', 'lockstep-desync', 'opus', 'Estamos haciendo un juego de estrategia en tiempo real con multijugador lockstep determinista (solo se envían los inputs de cada jugador). Entre dos PCs con Windows va perfecto, pero en partidas PC contra Mac M1 se desincroniza a los 10-15 minutos, casi siempre en medio de un combate grande. Usamos Unity y C#, la física y el pathfinding los hemos hecho nosotros con float, y las unidades están en un Dictionary<int, Unit> que recorremos cada tick para aplicar el daño. ¿Qué puede estar pasando y cómo lo arreglamos sin reescribir el juego entero? También quiero una forma de saber en qué tick exacto y en qué dato se separan las dos simulaciones.'),
  l7('es', 'complejidad-hash', 'sonnet', [...esComplejidad, 'vale, pero ¿por qué mirar si algo está en un diccionario es O(1)? ¿siempre lo es o hay casos en que no?'], { group: 'complejidad' }),
  l7('es', 'complejidad-consultas', 'opus', [...esComplejidad, 'Perfecto. Ahora el de verdad, que es de un concurso: array de hasta 2·10^5 enteros (pueden ser negativos), un k fijo, y q ≤ 2·10^5 consultas (l, r): para cada una hay que decir cuántos pares i < j con l ≤ i < j ≤ r cumplen a[i] + a[j] = k. Las consultas van cifradas con la respuesta anterior, o sea que hay que responderlas online (nada de Mo). Límite 3 segundos y 256 MB. ¿Cómo se hace?'], { group: 'complejidad' }),
  // ── French ──
  l7('fr', 'dites-disez', 'haiku', 'c\'est « vous dites » ou « vous disez » ? j\'ai un doute d\'un coup 😅'),
  l7('fr', 'docker-ignore', 'haiku', [...frDocker, 'tu peux me donner le .dockerignore du coup ?'], { group: 'docker' }),
  l7('fr', 'docker-prod', 'sonnet', [...frDocker, 'Ok merci. Par contre en prod on nous impose : conteneur qui ne tourne pas en root, image de moins de 150 Mo, un HEALTHCHECK, et le nombre de workers gunicorn configurable par variable d\'env. En plus on utilise psycopg2 et là le pip install plante sur slim (pg_config executable not found). Tu peux adapter ?'], { group: 'docker' }),
  l7('fr', 'dominos-4n', 'opus', 'Mon fils en prépa m\'a posé ça et je sèche : de combien de façons peut-on recouvrir un rectangle de 4 sur n avec des dominos 2×1 ? Il veut une relation de récurrence démontrée proprement (pas juste devinée à partir des premières valeurs), et si possible savoir pourquoi la même méthode devient ingérable pour 8 sur n.'),
  // ── Portuguese ──
  l7('pt', 'nfe-campos', 'haiku', `Me passa só o CNPJ do emitente, o valor total da nota, a data de emissão e as datas de vencimento das parcelas dessa NF-e:\n\n${ptNfe}`, { system: 'Você é o assistente do time de contas a pagar. Responda em português, de forma direta, só com o que foi pedido.' }),
  l7('pt', 'por-extenso', 'haiku', 'Como fica R$ 1.450,75 por extenso pra eu colocar no recibo?'),
  l7('pt', 'cpf-ts', 'sonnet', 'Preciso de uma função em TypeScript que valide CPF de verdade (com os dígitos verificadores, não só o formato), aceitando com ou sem pontuação, e que rejeite 111.111.111-11 e parecidos. Manda também uns testes em vitest cobrindo os casos chatos.'),
  l7('pt', 'comunicado-condominio', 'sonnet', 'Me ajuda a escrever um comunicado pro grupo do condomínio avisando que a taxa vai subir de R$ 620 pra R$ 710 a partir de janeiro, por causa do dissídio dos porteiros (reajuste de 9%) e da troca da bomba d\'água que quebrou em outubro. O pessoal já anda reclamando de tudo, então precisa explicar bem de onde vem o valor e ser educado, sem parecer que estamos pedindo desculpa.'),
  l7('pt', 'token-reset-senha', 'opus', 'Descobri hoje que nossos tokens de redefinição de senha são gerados assim:\n\nconst token = Date.now().toString(36) + Math.random().toString(36).slice(2, 10);\n\nEles valem 24h e não são invalidados depois de usados. O link vai por e-mail e o endpoint de reset não tem rate limit. O app tem uns 300 mil usuários, backend em Node 18, e o mesmo processo também usa Math.random() pra gerar o código de convite que aparece na tela pro usuário. Isso é explorável de verdade ou é paranoia minha? Se for, quão fácil seria, o que eu faço agora com os tokens que já foram emitidos e como descubro se alguém já explorou?'),
  // ── Korean ──
  l7('ko', 'geumil', 'haiku', '\'금일\'이 무슨 뜻이에요? 공지에 "금일 마감"이라고 써 있는데 금요일 마감이라는 건가요?'),
  l7('ko', 'server-client-components', 'sonnet', 'Next.js 14 App Router 쓰는데 서버 컴포넌트랑 클라이언트 컴포넌트를 어떻게 나눠야 할지 감이 안 와요. 상품 상세 페이지에 상품 정보, 리뷰 목록(무한 스크롤), 장바구니 담기 버튼, 최근 본 상품(localStorage에 저장) 이렇게 있어요. 각각 어느 쪽에 두고 데이터는 어떻게 가져오는 게 좋을까요? 간단한 코드 구조도 보여 주세요.'),
  l7('ko', 'ab-marketplace', 'opus', '중고거래 앱에서 새 추천 알고리즘 A/B 테스트를 2주 돌렸는데 B군 구매 전환율이 A군보다 3.1% 높게 나왔어요. 근데 생각해 보니 판매자 한 명의 매물이 A군, B군 구매자 모두에게 노출되고, B군이 인기 매물을 먼저 사 가면 A군은 그 물건을 살 수가 없어요. 그리고 한 사람이 폰이랑 PC에서 서로 다른 그룹에 배정된 경우도 8% 정도 있었고요. 이 결과 믿고 전체 배포해도 되나요? 안 된다면 효과를 제대로 재려면 실험을 어떻게 다시 짜야 하고, 이미 모은 2주치 데이터에서 건질 수 있는 건 뭔지 알려 주세요.'),
  // ── Russian ──
  l7('ru', 'systemd-go', 'sonnet', 'Напиши systemd unit для сервиса на Go (бинарник /opt/billing/billing, конфиг /etc/billing/config.yaml): запуск от отдельного пользователя без shell, перезапуск при падении, но не чаще 5 раз за минуту, логи в journald, и чтобы сервис стартовал только после того, как поднялась сеть и postgresql. Плюс как посмотреть логи за последний час.'),
  l7('ru', 'ipoteka-formula', 'haiku', [...ruIpoteka, 'А какая формула у аннуитетного платежа? Просто формулу, без объяснений.'], { group: 'ipoteka' }),
  l7('ru', 'ipoteka-situatsiya', 'opus', [...ruIpoteka, 'Тогда опишу всю ситуацию. Двое детей, жена в декрете до осени 2027. Мой доход около 210 тыс. в месяц, из них примерно треть — квартальные премии, которые могут и не заплатить. Присмотрели квартиру за 11,5 млн, первоначальный взнос 2,5 млн — это почти все наши сбережения. Семейную ипотеку под 6% дают только на 6 млн, остальное — по рыночной ставке, сейчас около 21%. Есть вариант подождать год: сдать нашу однушку (сейчас живём в ней, можно сдавать за 35 тыс.) и копить, но цены растут и условия семейной ипотеки могут поменять. Ещё есть материнский капитал, но мы хотели оставить его на образование. Как нам лучше поступить: какие варианты реально есть, какие риски у каждого и на что смотреть при выборе?'], { group: 'ipoteka' }),
  // ── Italian ──
  l7('it', 'qual-e', 'haiku', 'si scrive qual è o qual\'è? me l\'ha chiesto mio figlio per i compiti e non voglio dirgli una cavolata'),
  l7('it', 'chiave-pubblica-bambino', 'sonnet', 'Spiegami come se avessi 10 anni come funziona la crittografia a chiave pubblica. Tipo quando sul sito della banca c\'è il lucchetto: come fanno il mio computer e la banca a parlarsi in segreto se non si sono mai messi d\'accordo prima su una password?'),
  l7('it', 'vba-timbrature', 'sonnet', 'Ho un file Excel con le timbrature dei dipendenti, una riga per timbratura, colonne: Matricola | Data | Ora | Tipo (E/U). Esempio:\n\n1042 | 02/12/2026 | 08:02 | E\n1042 | 02/12/2026 | 12:31 | U\n1042 | 02/12/2026 | 13:29 | E\n1042 | 02/12/2026 | 17:45 | U\n1077 | 02/12/2026 | 07:55 | E\n1077 | 02/12/2026 | 16:10 | U\n1090 | 02/12/2026 | 09:00 | E\n\nMi scrivi una macro VBA che in un nuovo foglio calcoli le ore lavorate per dipendente per giorno e segnali in rosso i giorni con timbrature dispari o un\'uscita senza entrata? Sono circa 40.000 righe al mese.'),
  // ── Dutch ──
  l7('nl', 'markdown-tabel', 'haiku', 'Kun je dit omzetten naar een Markdown-tabel met de kolommen Naam, Afdeling en Toestel, gesorteerd op afdeling?\n\nPetra de Vries - Inkoop - 2231\nMehmet Yildiz - Logistiek - 2245\nSanne Bakker - HR - 2210\nJoost van Dam - Inkoop - 2238\nFatima El Amrani - Financiën - 2272\nBram Hendriks - Logistiek - 2249'),
  l7('nl', 'corporatie-labels', 'opus', 'Wij zijn een woningcorporatie met ongeveer 9.000 woningen. Vóór 2030 moeten alle woningen met label E, F en G (ongeveer 2.100 stuks, verspreid over 14 complexen en veel losse eengezinswoningen) naar minimaal label B. We hebben zo\'n 60 miljoen budget, aannemers kunnen hooguit 400 woningen per jaar aan, in drie wijken is netcongestie waardoor warmtepompen voorlopig niet aangesloten kunnen worden, een flink deel van de huurders is 75+ en wil geen overlast of tijdelijke verhuizing, en bij renovatie mogen we de huur maar beperkt verhogen (en 70% van de huurders moet instemmen). Hoe pak je zo\'n planning aan: welke woningen eerst, welke maatregelen waar, en hoe ga je om met alles wat nog onzeker is?'),
  // ── Polish ──
  l7('pl', 'reklamacja-odkurzacz', 'sonnet', 'Napisz reklamację do sklepu internetowego: kupiłem odkurzacz Dyson V12 za 2499 zł (zamówienie 2026/08/44192, dostawa 14 sierpnia), po trzech miesiącach przestał się ładować. Sklep odsyła mnie do producenta na gwarancję, a ja chcę skorzystać z ustawowych uprawnień wobec sprzedawcy (niezgodność towaru z umową) i żądać naprawy albo wymiany. Podaj też, ile mają czasu na odpowiedź.'),
  l7('pl', 'drzewo-pary', 'opus', 'Zadanie z przygotowań do olimpiady: mamy drzewo z n ≤ 2·10^5 wierzchołkami i dodatnimi wagami na krawędziach (do 10^4) oraz liczbę K. Trzeba policzyć, ile jest par wierzchołków, których odległość w drzewie jest ≤ K. Brute force O(n²) oczywiście nie wchodzi. Jak to zrobić szybciej? Proszę o pomysł, pseudokod i uzasadnienie złożoności, bo kolega twierdzi, że się da w O(n log² n), a ja nie widzę jak.'),
  // ── Turkish ──
  l7('tr', 'gorusmek-uzere', 'haiku', '"Görüşmek üzere, iyi çalışmalar" resmi bir İngilizce mailin sonunda nasıl yazılır?'),
  l7('tr', 'atolye-kur', 'opus', 'Denizli\'de 35 kişilik bir havlu atölyem var. Satışların %80\'i Almanya\'ya, euro ile ve 90 gün vadeli. İplik ve boyayı dolar ile peşin alıyorum. Maaşlar ve enerji TL, asgari ücret yılda iki kez artıyor. Geçen yıl ciro arttı ama kâr neredeyse sıfırlandı, işletme sermayesi için bankadan %48 faizle spot kredi kullanıyorum. Ana müşterim fiyat artışını kabul etmiyor, yeni müşteri bulmak 6-12 ay sürüyor. Kur riskini, fiyatlamayı ve finansmanı birlikte nasıl ele almalıyım? Hangi adımları hangi sırayla atmalıyım, neyi yapmamalıyım?'),
  // ── Arabic ──
  l7('ar', 'talab-ta2jil', 'sonnet', 'اكتب لي خطاباً رسمياً إلى عمادة الدراسات العليا في جامعة الملك سعود أطلب فيه تأجيل الفصل الدراسي القادم بسبب مرض والدتي وحاجتها إلى رعايتي، مع الحفاظ على مقعدي في برنامج ماجستير إدارة الأعمال. اسمي خالد العتيبي والرقم الجامعي 443105872. أريده مختصراً ومهذباً.'),
  l7('ar', 'hajz-tadhakir', 'opus', 'عندنا منصة لبيع تذاكر مباريات الدوري. الملعب 60 ألف مقعد، البيع يفتح الساعة 12 ظهراً ويدخل حوالي 400 ألف مستخدم في أول دقيقة. المطلوب: لا يُباع المقعد مرتين أبداً، ولا يبقى مقعد محجوزاً لمستخدم لم يدفع، والمستخدم يختار مقعده بنفسه من الخريطة. المشكلة أن بوابة الدفع بطيئة (حتى 30 ثانية) وأحياناً ترد بنجاح الدفع بعد ما نكون ألغينا الحجز بسبب انتهاء المهلة. في الموسم الماضي انهار النظام وبعنا 300 مقعد مرتين. كيف نبني المسار من اختيار المقعد إلى تأكيد التذكرة بحيث يتحمل هذا الضغط، وماذا نفعل مع الدفعات المتأخرة؟'),
  // ── Hindi ──
  l7('hi', 'flask-cors', 'sonnet', 'bhai mere Flask app me CORS error aa raha hai jab React se call karta hu:\n\nAccess to fetch at \'http://localhost:5000/api/login\' from origin \'http://localhost:3000\' has been blocked by CORS policy: Response to preflight request doesn\'t pass access control check: The value of the \'Access-Control-Allow-Origin\' header in the response must not be the wildcard \'*\' when the request\'s credentials mode is \'include\'.\n\nflask-cors install kiya hai, CORS(app) bhi likha hai. login ke baad session cookie bhi chahiye isliye credentials: \'include\' lagaya hai. kya galat hai aur production me kaise setup karu?'),
  l7('hi', 'kafka-rebalance', 'opus', 'hamare Kafka consumer group me jab bhi rebalance hota hai (deploy ya autoscaling pe) tab kuch messages do baar process ho jaate hain aur kuch bilkul skip ho jaate hain. enable.auto.commit false hai, hum 500 messages ka batch poll karte hain, unko thread pool me parallel process karte hain aur sab khatam hone ke baad commitSync karte hain. ek batch me 40-90 second lagte hain, max.poll.interval.ms default hai. duplicate kyun ho rahe hain woh thoda samajh aata hai, lekin skip kyun ho rahe hain yeh bilkul samajh nahi aa raha. poora analysis chahiye aur aisa fix jo exactly-once jaisa behave kare; output Postgres me jaata hai.'),
  // ── Vietnamese ──
  l7('vi', 'dich-thong-bao-tet', 'haiku', 'Dịch sang tiếng Anh giúp mình: "Cửa hàng tạm nghỉ Tết từ 27 tháng Chạp đến hết mùng 6, mở cửa lại vào mùng 7. Kính chúc quý khách năm mới an khang thịnh vượng!"'),
  l7('vi', 'can-dong-xu', 'opus', 'Bài 12 đồng xu (có đúng 1 đồng giả, nặng hơn hoặc nhẹ hơn, cân đĩa 3 lần) thì mình biết rồi. Câu hỏi của mình là trường hợp tổng quát: với k lần cân và không có đồng xu thật nào để làm mẫu, thì nhiều nhất là bao nhiêu đồng xu mà vẫn chắc chắn tìm ra đồng giả và biết nó nặng hay nhẹ? Mình cần chứng minh cả cận trên lẫn cách cân đạt được cận đó.'),
  // ── Indonesian ──
  l7('id', 'di-rumah', 'haiku', 'Yang benar "di rumah" atau "dirumah"? Terus kalau "di tulis" atau "ditulis" gimana bedainnya?'),
  l7('id', 'caption-kopi', 'sonnet', 'Bikinin 3 versi caption Instagram buat promo kopi susu gula aren, beli 2 gratis 1 khusus hari Jumat bulan Desember. Target anak kuliahan di sekitar kampus, gaya santai, pakai emoji secukupnya, jangan lebay. Tambahin hashtag juga.'),
  // ── Swedish ──
  l7('sv', 'sie-fil', 'sonnet', 'Kan du skriva ett Python-skript som läser en SIE4-fil (export från Fortnox, kodad i CP437) och summerar saldot per konto för innevarande räkenskapsår, alltså #IB plus alla #TRANS-rader? Resultatet ska bli en CSV med konto, kontonamn och saldo. Verifikationer kan ha flera #TRANS-rader inom { }.'),
  // ── Ukrainian ──
  l7('uk', 'fop-za-kordonom', 'opus', 'У нас IT-компанія, 40 розробників працюють як ФОП 3-ї групи, замовник — американська компанія. З них 18 людей уже понад рік живуть у Польщі, Німеччині й Португалії (довше ніж 183 дні на рік) і продовжують працювати через свої ФОП. Які ризики це створює для нас і для самих людей (податкове резидентство, подвійне оподаткування, соціальні внески, постійне представництво для замовника), що треба зробити вже зараз і які є варіанти, щоб не втратити людей і не отримати проблем з податковими в жодній із країн?'),
];
