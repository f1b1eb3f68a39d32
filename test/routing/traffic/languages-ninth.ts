import type { Tier } from '../../../src/config/schema.js';
import { agent, agentLoop, lang, pad, type ToolStep, type TrafficExample } from './build.js';

/**
 * Ninth non-English batch (session 10, names `l9-<lang>-`), written blind (the router was not run while writing):
 * 60 rows in twenty languages, 42 single asks, twelve latest turns of four short conversations (variants of one
 * conversation share a group) and six agent steps whose user writes in another language. Holiday and tax lookups,
 * spelling questions, unit conversions, register changes and extractions (some inside long pasted mail or lists);
 * everyday code, scripts, letters, explanations, teaching and patient material, often mixed with English terms and
 * errors; and hard asks in plain words: statistics of repeated measures, two-way calendar sync, memory ordering,
 * secret storage, verifiable voting, interval scheduling, competition maths and long multi-constraint plans.
 */
const l9 = (code: string, name: string, tier: Tier, texts: string | readonly string[], options: { group?: string; system?: string } = {}): TrafficExample => {
  const e = lang(code, name, tier, texts, options.system ? { system: options.system } : {});
  return { ...e, name: `l9-${e.name}`, group: `l9-${options.group ? `${code}-${options.group}` : e.group}` };
};

const CODE_TOOLS = ['read_file', 'bash', 'grep', 'edit_file'];
const CODE_SYSTEM = 'You are a coding agent working in the user\'s repository. Use the tools to inspect and change code; run the tests before saying you are done. Answer in the user\'s language.';
const step = (call: string, input: Record<string, unknown>, result: string, say?: string): ToolStep => ({ call, input, result, ...(say ? { say } : {}) });
const l9agent = (code: string, name: string, tier: Tier, task: string, steps: readonly ToolStep[], options: { after?: string; system?: string; tools?: readonly string[] } = {}): TrafficExample =>
  agent(`l9-${code}-${name}`, tier, agentLoop(task, steps, { system: options.system ?? CODE_SYSTEM, tools: options.tools ?? CODE_TOOLS, ...(options.after ? { after: options.after } : {}) }), code);

// ── Pasted material ──
const jaAddresses = `株式会社みなと物産　東京都港区芝浦3-4-1
有限会社たかはし　大阪府堺市堺区南瓦町2-1
カフェ・ルポ　東京都世田谷区三軒茶屋1-12-3
北斗商事　北海道札幌市中央区北3条西4丁目
さくら歯科クリニック　福岡県福岡市博多区博多駅前2-1-1
丸善工務店　大阪府大阪市北区梅田1-3-1
やまびこ農園　長野県安曇野市穂高5620
オフィスK　東京都渋谷区神南1-19-11
ひまわり保育園　福岡県北九州市小倉北区魚町3-2
岡田印刷所　大阪府東大阪市高井田元町1-2-9
ナカムラ電機　東京都大田区蒲田5-37-1
ブルームーン　沖縄県那覇市久茂地3-1-1`;

const ptBoleto = `De: cobranca@imobiliariapinheiros.com.br
Assunto: Boleto aluguel dezembro/2026 - Rua Cardeal Arcoverde, 1420 ap 52

Prezado(a) locatário(a) Sr. Rodrigo Almeida,

Segue abaixo o boleto referente ao aluguel e encargos do mês de dezembro/2026.

Beneficiário: Imobiliária Pinheiros Administração de Bens Ltda - CNPJ 12.345.678/0001-90
Composição: aluguel R$ 3.200,00 + condomínio R$ 890,40 + IPTU (parcela 10/10) R$ 214,77
Valor do documento: R$ 4.305,17
Vencimento: 10/12/2026
Linha digitável: 34191.79001 01043.510047 91020.150008 8 12345000430517

Após o vencimento, multa de 2% e juros de 1% ao mês pro rata die. Pagamentos via Pix devem ser feitos exclusivamente pelo QR Code impresso no boleto.

${pad('AVISO: A Imobiliária Pinheiros nunca solicita pagamentos por WhatsApp ou por transferência para contas de pessoas físicas. Em caso de dúvida, entre em contato pelos canais oficiais: (11) 3030-4040, de segunda a sexta, das 9h às 18h. Esta mensagem foi enviada automaticamente, por favor não responda. As informações contidas neste e-mail são confidenciais e destinadas exclusivamente ao destinatário. Se você recebeu esta mensagem por engano, favor apagá-la e comunicar ao remetente. Conforme a LGPD (Lei 13.709/2018), seus dados pessoais são tratados apenas para fins de execução do contrato de locação.', 2600)}`;

const frContacts = `Bonjour, voici la liste des bénévoles pour la brocante du 14, tu peux me la mettre en CSV (nom;prénom;téléphone;créneau) ? Merci !

- DUPUIS Jeanine 06 12 45 78 90 matin
- Karim Benali – 07.81.22.33.10 – toute la journée
- martin paul, 0645129987, après-midi
- Mme LEROY Christiane (06 98 76 54 32) matin
- Théo Garnier 0777889900 installation 6h
- GOMES Ana-Sofia – 06 01 02 03 04 – après-midi
- Lucas Petit matin 06.55.44.33.22
- BERNARD Michel, tél 06 70 80 90 11, rangement 18h`;

// ── Conversations (latest turns vary; each history shared within its group) ──
const esKotlin = [
  'Mi app Android peta nada más abrir la pantalla de pedidos con esto:\n\nandroid.os.NetworkOnMainThreadException\n    at android.os.StrictMode$AndroidBlockGuardPolicy.onNetwork(StrictMode.java:1668)\n    at okhttp3.internal.connection.RealCall.execute(RealCall.kt:154)\n    at com.tiendafacil.pedidos.PedidosRepository.cargar(PedidosRepository.kt:31)\n    at com.tiendafacil.pedidos.PedidosViewModel.<init>(PedidosViewModel.kt:18)\n\n¿Qué significa?',
  'Android no deja hacer operaciones de red en el hilo principal (el de la interfaz), porque bloquearían la pantalla. En tu traza, `PedidosViewModel` llama a `PedidosRepository.cargar()` en su constructor, y `cargar()` hace `call.execute()` de OkHttp, que es síncrono.\n\nLa forma habitual de arreglarlo con corrutinas:\n\n```kotlin\nclass PedidosRepository(private val client: OkHttpClient) {\n    suspend fun cargar(): List<Pedido> = withContext(Dispatchers.IO) {\n        val request = Request.Builder().url(URL_PEDIDOS).build()\n        client.newCall(request).execute().use { resp ->\n            parsear(resp.body!!.string())\n        }\n    }\n}\n\nclass PedidosViewModel(private val repo: PedidosRepository) : ViewModel() {\n    private val _pedidos = MutableStateFlow<List<Pedido>>(emptyList())\n    val pedidos: StateFlow<List<Pedido>> = _pedidos\n\n    init {\n        viewModelScope.launch {\n            _pedidos.value = repo.cargar()\n        }\n    }\n}\n```\n\n`withContext(Dispatchers.IO)` mueve la llamada a un hilo de fondo, y `viewModelScope` cancela la petición si se cierra la pantalla. Falta manejar errores (sin conexión, 500...): envuelve la llamada en `try/catch` o usa `runCatching` y expón un estado de error a la UI.',
];
const deVerein = [
  'Ich bin seit diesem Jahr Kassenwart in unserem Sportverein (TSV, ca. 430 Mitglieder). Die Mitgliederliste ist in Excel: Spalte A Name, B Geburtsdatum, C Eintrittsdatum, D Beitragsart (Erwachsener / Jugend / Familie / passiv). Wie kann ich mir automatisch den Jahresbeitrag ausrechnen lassen? Erwachsene 96 €, Jugend 48 €, Familie 180 €, passiv 36 €.',
  'Am einfachsten mit einer kleinen Tabelle für die Beiträge und einem SVERWEIS (oder XVERWEIS, wenn du Excel 365 hast):\n\n1. Lege ein zweites Blatt „Beiträge" an:\n\n| A | B |\n|---|---|\n| Erwachsener | 96 |\n| Jugend | 48 |\n| Familie | 180 |\n| passiv | 36 |\n\n2. In der Mitgliederliste in E2:\n\n`=XVERWEIS(D2;Beiträge!A:A;Beiträge!B:B;"Beitragsart fehlt")`\n\n(mit älterem Excel: `=SVERWEIS(D2;Beiträge!A:B;2;FALSCH)`)\n\n3. Formel nach unten ziehen, Summe mit `=SUMME(E:E)`.\n\nTipp: Wenn sich die Beiträge ändern, musst du nur das Blatt „Beiträge" anpassen. Und wenn Jugendliche automatisch mit 18 zu Erwachsenen werden sollen, kann man die Beitragsart auch aus dem Geburtsdatum berechnen – sag Bescheid, dann zeige ich dir die Formel.',
];
const jaStats = [
  '修論で実験データを解析しています。薬剤を投与した群（n=12）と対照群（n=12）で体重の変化を比べたいのですが、t検定とマン・ホイットニーのU検定、どっちを使えばいいですか？ データは正規分布してるか微妙です。',
  'どちらを選ぶかは、主に次の点で考えます。\n\n1. **データの分布**：各群 n=12 だと正規性の検定（シャピロ・ウィルク検定など）は検出力が低く、「有意でない＝正規分布」とは言えません。ヒストグラムや Q-Q プロットで大きな歪みや外れ値がないかを見るほうが実用的です。\n2. **t検定の頑健さ**：群のサイズが同じで極端な外れ値がなければ、t検定（分散が等しいと仮定しない Welch の t検定がおすすめ）は多少の非正規性にはかなり強いです。\n3. **U検定の注意点**：マン・ホイットニーは「平均の差」ではなく「一方の値が他方より大きくなりやすいか」を見る検定です。分布の形が群で違うと解釈が難しくなります。\n\n体重変化のような連続量で外れ値が目立たないなら Welch の t検定を主解析にして、平均差と95%信頼区間を報告するのが一般的です。論文には「正規性は Q-Q プロットで確認した」などと書き、念のため U検定の結果を補足に載せることもあります。',
];
const zhWs = [
  '我们做的是一个在线客服工作台（React + TypeScript），坐席用 WebSocket 接收新消息。现在的问题是网络一抖或者电脑休眠醒来之后，连接就断了，页面也不提示，坐席以为没有新消息。怎么做断线重连比较靠谱？',
  '一个比较稳的断线重连方案一般包括这几块：\n\n1. **心跳检测**：浏览器休眠或者 NAT 超时后，连接可能“假活着”，onclose 根本不触发。客户端每 25 秒发一次 ping，服务端回 pong；超过 10 秒没收到 pong 就主动 close 然后重连。\n2. **指数退避 + 随机抖动**：重连间隔 1s、2s、4s……最多 30s，再加 0~1s 的随机值，避免服务端重启时所有坐席同时涌进来。\n3. **监听浏览器事件**：`online` 事件和 `visibilitychange`（页面重新可见）时立刻检查连接，不用等退避计时器。\n4. **补拉断线期间的消息**：每条消息带一个递增的 seq，客户端记住最后收到的 seq，重连成功后先调 HTTP 接口 `GET /messages?after=seq` 把漏掉的补回来，再继续收推送。\n5. **界面提示**：断线时在顶部显示“连接已断开，正在重连…”，重连失败超过一分钟就提示刷新页面。\n\n需要的话我可以把这些写成一个 React hook。',
];

export const ninthLanguageExamples: TrafficExample[] = [
  // ── Japanese ──
  l9('ja', 'todofuken-count', 'haiku', `取引先リストを都道府県ごとに件数でまとめてください。表だけでいいです。\n\n${jaAddresses}`),
  l9('ja', 'heihou-narabe', 'opus', '1 から n までの整数を一列に並べて、隣どうしの和がすべて平方数になるようにしたいです。n=15 だと 8,1,15,10,6,3,13,12,4,5,11,14,2,7,9 でできるのは見つけたんですが、n=18 とかだとうまくいきません。どの n ならできるのか、ある程度大きい n なら必ずできるのか、考え方を教えてほしいです。パソコンで探すとしたら n=1000 くらいまでどうやって探せばいいかも知りたい。'),
  l9('ja', 'stats-pvalue', 'haiku', [...jaStats, 'Welch でやったら p = 0.032 でした。有意水準 5% なら「有意差あり」って書いていいんですよね？'], { group: 'stats' }),
  l9('ja', 'stats-r-code', 'sonnet', [...jaStats, 'R でやりたいです。CSV は group（drug / control）と before, after の列があります。体重変化を計算して Welch の t検定、平均差の95%信頼区間、箱ひげ図に個々の点を重ねたグラフ（ggplot2）まで出すコードをお願いします。'], { group: 'stats' }),
  l9('ja', 'stats-cage-dropout', 'opus', [...jaStats, 'すみません、先生と話したら前提が全然違ってました。実際は、マウスは1ケージ4匹で6ケージあって、投与はケージ単位で決めています。体重は投与前と1〜8週目まで毎週測っていて、途中で薬剤群の3匹が体調を崩して安楽死になり、その後のデータがありません（対照群は脱落なし）。あと2ケージだけ別の飼育室でした。先生は「最終週だけで t検定すればいい」と言うんですが、なんか違う気がします。何が問題で、どう解析するのが筋なのか、論文にどう書けばいいのか教えてください。'], { group: 'stats' }),
  // ── Chinese ──
  l9('zh', 'riqi-geshi', 'haiku', '把下面这段里的日期都统一改成 YYYY-MM-DD 格式，其他文字不要动：\n\n项目启动会定在2027年1月5号，需求评审 1/12，UI 稿 2027.1.20 前交付，开发从一月二十五日开始，3月1日提测，上线暂定 2027/03/15。'),
  l9('zh', 'geren-yanglaojin', 'sonnet', '我爸妈（都是 55 岁，还在上班，月薪一个 9000 一个 6000）问我个人养老金账户要不要开。网上说能抵税，又说钱要到退休才能取。你帮我用他们能听懂的话解释一下这个东西怎么回事，对他们俩来说到底划不划算，大概能省多少税，有什么要注意的。'),
  l9('zh', 'ws-pr-en', 'haiku', [...zhWs, '先不用写代码。把你上面这五条翻译成英文，我要贴到 PR 描述里给海外同事看。'], { group: 'ws' }),
  l9('zh', 'ws-hook', 'sonnet', [...zhWs, '好，写成一个 useReconnectingSocket(url) hook 吧，返回 { status, lastSeq, send }，收到消息通过回调传出去。心跳、退避、online/visibilitychange、补拉消息都要有，补拉接口就是 GET /api/messages?after=seq。顺便写几个用 fake timers 的测试。'], { group: 'ws' }),
  l9('zh', 'ws-multi-tab', 'opus', [...zhWs, '上线之后又冒出新问题。很多坐席同时开好几个标签页，为了省连接我们用 BroadcastChannel 让一个“主标签页”持有 WebSocket，再把消息转发给其他标签页；主标签页关掉时由其他页接管。服务端是 4 个节点，前面 Nginx 做负载均衡，seq 是每个节点自己的 Redis INCR 生成的。现在偶尔出现：同一条消息显示两次、消息顺序乱、接管之后漏消息，而且两个标签页同时认为自己是主页。请帮我分析根本原因是什么，以及整个方案应该怎么改才能保证不丢、不重、顺序对。'], { group: 'ws' }),
  // ── German ──
  l9('de', 'ostern-2027', 'haiku', 'Wann ist 2027 Ostern? Ich brauch Karfreitag und Ostermontag für die Urlaubsplanung.'),
  l9('de', 'kalender-sync', 'opus', 'Wir sind ein kleines Softwarehaus und bauen für Arztpraxen eine Terminverwaltung. Jetzt wollen die Kunden, dass sich die Termine in beide Richtungen mit Google Calendar und Outlook (Microsoft Graph) synchronisieren. Unser Praktikant hat einen ersten Wurf gebaut: alle 5 Minuten werden die Änderungen von beiden Seiten geholt, und wer zuletzt geändert hat, gewinnt (nach updated-Zeitstempel). In der Testphase passiert Folgendes: Termine tauchen doppelt auf, gelöschte Termine kommen zurück, bei Serienterminen mit einer verschobenen Einzelinstanz wird manchmal die ganze Serie verschoben, und nach der Zeitumstellung Ende Oktober lagen einige Termine eine Stunde daneben. Was läuft da grundsätzlich schief, und wie baut man so eine Synchronisation, dass sie verlässlich ist?'),
  l9('de', 'verein-jugend-18', 'haiku', [...deVerein, 'Ja, zeig mal bitte die Formel: Jugend bis einschließlich dem Jahr, in dem man 18 wird, danach Erwachsener. Familie und passiv sollen bleiben, wie sie sind.'], { group: 'verein' }),
  l9('de', 'verein-mahnung-serienbrief', 'sonnet', [...deVerein, 'Super, klappt. Jetzt haben 37 Leute ihren Beitrag noch nicht bezahlt (Spalte F „bezahlt" ist leer). Ich will denen eine freundliche Zahlungserinnerung schicken, per Serienbrief in Word mit Name, Beitragsart und offenem Betrag, und den Leuten mit E-Mail-Adresse lieber per Mail. Kannst du mir den Text schreiben und Schritt für Schritt erklären, wie ich das mit Word und Outlook mache?'], { group: 'verein' }),
  l9('de', 'verein-gemeinnuetzigkeit', 'opus', [...deVerein, 'Danke! Jetzt kommt das eigentliche Problem, bei dem mir keiner im Vorstand helfen kann. Beim Durchgehen der Kasse ist mir aufgefallen: Unser Vereinsheim-Ausschank hat 2025 etwa 52.000 € Umsatz gemacht, dazu kommen 9.000 € Bandenwerbung und ein Sponsor, der für 15.000 € auf den Trikots steht. Die Trainer bekommen alle 250 € im Monat „Aufwandsentschädigung" ohne Verträge, einer davon trainiert drei Mannschaften und bekommt 750 €. Außerdem haben wir letztes Jahr 40.000 € Rücklage für die Sanierung der Umkleiden gebildet, ohne dass es dazu einen Vorstandsbeschluss gibt. Der alte Kassenwart hat nie eine Steuererklärung für den Verein gemacht, der Freistellungsbescheid ist von 2021. Wie schlimm ist das, was davon gefährdet die Gemeinnützigkeit oder macht uns als Vorstand persönlich haftbar, und in welcher Reihenfolge sollten wir das aufräumen, ohne dass der Verein daran kaputtgeht?'], { group: 'verein' }),
  // ── Spanish ──
  l9('es', 'fisio-tobillo', 'sonnet', 'Soy fisio en una clínica de Zaragoza. Necesito una hoja para darle a un paciente de 34 años con esguince de tobillo grado II (ligamento peroneoastragalino anterior), ya en la semana 3, que camina sin dolor pero se nota inestable. Ejercicios para casa durante 3 semanas: propiocepción, fortalecimiento de peroneos y movilidad, con series, repeticiones y cómo progresar. Lenguaje sencillo, que lo entienda sin mí delante, y avisos de cuándo parar.'),
  l9('es', 'liga-padel', 'opus', 'Organizo la liga de pádel del club: 18 parejas, 4 pistas, jugamos martes y jueves de 19:00 a 22:30 (partidos de hora y media, o sea 2 turnos por pista y día, más un tercer turno corto que solo sirve para 1 pista si el partido anterior no se alarga). Cada pareja tiene que jugar contra todas las demás una vez antes de mayo, empezando la segunda semana de enero. Problemas: 5 parejas no pueden los martes, 3 solo pueden el turno de las 21:00 por trabajo, nadie quiere jugar dos semanas seguidas el último turno, y en Semana Santa el club cierra. El año pasado lo hice a mano en Excel y a mitad de liga había parejas con 4 partidos menos que otras. ¿Cabe siquiera en el calendario? Y si cabe, ¿cómo lo monto para que salga justo y aguante cuando se suspenden partidos por lluvia (las pistas 3 y 4 son descubiertas)?'),
  l9('es', 'kotlin-commit', 'haiku', [...esKotlin, 'Perfecto, ya no peta. Dame un mensaje de commit en inglés, una línea.'], { group: 'kotlin' }),
  l9('es', 'kotlin-room-cache', 'sonnet', [...esKotlin, 'Vale. Ahora quiero que los pedidos se vean aunque no haya conexión: guardarlos en Room y mostrarlos al momento, y refrescar desde la API por debajo. ¿Me reescribes el repositorio y el ViewModel para que la pantalla observe un Flow de Room? Con un estado de carga y de error, y que tire de la caché si la API falla.'], { group: 'kotlin' }),
  l9('es', 'kotlin-otro-usuario', 'opus', [...esKotlin, 'Lo subimos con lo de Room y ahora tenemos algo rarísimo: algunos usuarios dicen que, después de cerrar sesión y entrar con otra cuenta en el mismo móvil, ven durante unos segundos (a veces hasta que reinician la app) los pedidos de la cuenta anterior. Y un repartidor jura que le apareció un pedido de otra tienda. No lo conseguimos reproducir en nuestros móviles. Usamos Hilt con el repositorio como @Singleton, la base de Room es una sola para toda la app, OkHttp con caché en disco activada, y el token lo mete un Interceptor que lo lee de DataStore. Al cerrar sesión borramos el token y navegamos al login. ¿Qué puede estar pasando y cómo lo dejamos bien cerrado? Son datos de clientes, así que no me vale un parche.'], { group: 'kotlin' }),
  // ── French ──
  l9('fr', 'delai-retractation', 'haiku', 'C\'est combien de jours le délai de rétractation pour un achat sur internet en France ? Ça compte à partir de la commande ou de la livraison ?'),
  l9('fr', 'benevoles-csv', 'haiku', frContacts),
  l9('fr', 'powershell-archive', 'sonnet', 'Salut, mon script PowerShell doit zipper les logs de plus de 30 jours dans un dossier d\'archive puis les supprimer, mais il ne fait rien du tout, pas d\'erreur. On le lance via le Planificateur de tâches sur un Windows Server 2019.\n\n$source = "D:\\Apps\\Facturation\\logs"\n$archive = "D:\\Archives\\logs_$(Get-Date -Format yyyy-MM).zip"\n$limite = (Get-Date).AddDays(30)\n\n$fichiers = Get-ChildItem $source -Filter *.log | Where-Object { $_.LastWriteTime -lt $limite }\nif ($fichiers.Count -gt 0) {\n    Compress-Archive -Path $fichiers -DestinationPath $archive -Update\n    $fichiers | Remove-Item\n}\n\nQuand je le lance à la main dans ISE, il zippe TOUT le dossier, même les logs d\'aujourd\'hui. Tu vois ce qui cloche ? Et j\'aimerais un petit fichier de log de ce que le script a fait.'),
  l9('fr', 'pea-assurance-vie', 'sonnet', 'J\'ai 28 ans, CDI, je mets de côté environ 400 € par mois et tout dort sur un livret A qui est plein. Mon père me dit d\'ouvrir une assurance-vie, un collègue ne jure que par le PEA et les ETF. Tu peux m\'expliquer simplement la différence (fiscalité, quand je peux récupérer l\'argent, les frais, les risques) et ce qui aurait du sens dans ma situation ? Je voudrais peut-être acheter un appart dans 5-6 ans.'),
  l9('fr', 'aspirine-74-ans', 'opus', 'Je suis médecin généraliste. Une patiente de 74 ans, diabétique de type 2 (HbA1c 7,4 %), hypertendue traitée, LDL à 1,1 g/L sous statine, pas d\'antécédent cardiovasculaire, mais un ulcère gastrique en 2019 (H. pylori éradiqué), me demande si elle doit continuer le Kardégic 75 mg que son ancien médecin lui avait mis « au cas où ». J\'ai en tête ASPREE, ASCEND, ARRIVE et la méta-analyse de Zheng dans le JAMA, les recommandations de l\'USPSTF de 2022 et celles de l\'ESC, mais elles ne tirent pas toutes dans le même sens et la plupart excluent ou sous-représentent des patients comme elle. Est-ce que tu peux m\'aider à faire la synthèse de ce que ces données disent vraiment pour elle, ce qu\'on ne sait pas, et comment lui présenter la décision (y compris l\'arrêt et ses éventuels risques) ?'),
  // ── Portuguese ──
  l9('pt', 'plural-cidadao', 'haiku', 'plural de cidadão é cidadões ou cidadãos?'),
  l9('pt', 'boleto-campos', 'haiku', `Me diz só o valor total, o vencimento e a linha digitável desse boleto, pra eu pagar pelo app do banco:\n\n${ptBoleto}`),
  l9('pt', 'nest-pets', 'sonnet', 'Tô montando o back de um app de petshop em NestJS com Prisma e Postgres. Preciso do CRUD de pets (nome, espécie, raça, data de nascimento, peso, tutorId) com validação usando class-validator, paginação na listagem e filtro por espécie. O tutor só pode ver e editar os próprios pets (já tenho um JwtAuthGuard que coloca o user no request). Pode me passar o schema do Prisma, o module, o controller, o service e os DTOs?'),
  l9('pt', 'terraform-state-lock', 'sonnet', 'O pipeline do GitLab começou a falhar no terraform plan com isso:\n\nError: Error acquiring the state lock\n\nError message: ConditionalCheckFailedException: The conditional request failed\nLock Info:\n  ID:        5f2c1a9e-7d44-b1c3-2e9a-0c8f77aa1d52\n  Path:      infra-prod-tfstate/network/terraform.tfstate\n  Operation: OperationTypeApply\n  Who:       runner@gitlab-runner-7c9d8f-x2kq\n  Version:   1.6.6\n  Created:   2026-12-07 21:14:03.118 UTC\n\nTerraform acquires a state lock to protect the state from being written\nby multiple users at the same time.\n\nOntem à noite um job de apply foi cancelado no meio porque estourou o timeout. Posso simplesmente rodar force-unlock? Tenho medo de bagunçar o state de produção. Me explica o que aconteceu e qual o passo a passo seguro.'),
  l9('pt', 'certificado-a1-clientes', 'opus', 'Somos uma software house que faz sistema de emissão de NF-e para escritórios de contabilidade. Hoje o escritório sobe o certificado digital A1 (.pfx) de cada empresa cliente e a senha, e a gente guarda os dois no banco (a senha com AES, a chave fica numa variável de ambiente do servidor) pra conseguir emitir nota de madrugada sem ninguém digitar nada. São uns 3.800 certificados. Um cliente grande pediu uma auditoria de segurança e isso virou a discussão principal: se vazar, alguém emite nota e assina documento em nome de milhares de empresas. Não dá pra exigir A3 (token físico) porque a emissão é automática. Como vocês fariam isso direito? Pensa em onde o certificado e a senha ficam, quem e o que consegue usar, como limitar o estrago se um servidor ou um funcionário for comprometido, rotação quando o certificado vence, e o que dá pra fazer no curto prazo sem reescrever o sistema todo.'),
  // ── Korean ──
  l9('ko', 'seollal-2027', 'haiku', '2027년 설 연휴가 언제부터 언제까지예요? 대체공휴일 있으면 그것도요.'),
  l9('ko', 'gugan-seontaek', 'opus', '코테 준비하다 막힌 문제입니다. 구간이 N개(N ≤ 2×10^5) 있고 각 구간마다 [l, r]과 점수 w가 있어요. 구간을 골라서 점수 합을 최대로 하고 싶은데, 수직선의 어떤 점도 고른 구간에 K번 넘게 덮이면 안 됩니다 (K ≤ 10, 좌표는 10^9까지). K=1이면 정렬하고 DP로 되는데 K가 커지니까 그리디도 DP도 다 반례가 나와요. 어떻게 풀어야 하고 왜 그게 맞는지 알고 싶어요. 시간 안에 돌아가는지도요.'),
  // ── Russian ──
  l9('ru', 'zarplata-na-ruki', 'haiku', 'Оклад 85 000 ₽, НДФЛ 13%. Сколько получу на руки в месяц?'),
  l9('ru', 'tz-lending', 'sonnet', 'Помоги составить ТЗ для фрилансера на лендинг для нашей стоматологии в Казани. Что есть: логотип, фото кабинетов, 6 врачей, прайс на 40 услуг в Excel, онлайн-запись через сервис ИДЕНТ (у них есть виджет). Хотим: мобильная версия в приоритете, блок акций, отзывы с Яндекс.Карт, квиз «подберите имплант», аналитика (Метрика, цели на запись и звонок). Сроки месяц, бюджет до 120 тысяч. Распиши разделы ТЗ и требования так, чтобы потом не было споров, что входило в работу, а что нет.'),
  // ── Italian ──
  l9('it', 'ne-accento', 'haiku', 'Si scrive "non voglio né il pane né la pasta" con l\'accento o senza? E quando invece "ne" va senza?'),
  l9('it', 'bnb-occupazione', 'sonnet', 'Gestisco tre B&B in Puglia e ho le prenotazioni in un database MySQL: tabella prenotazioni (id, struttura_id, camera_id, check_in, check_out, prezzo_totale, canale, stato) e tabella camere (id, struttura_id, nome). Mi servirebbe una query che per ogni struttura e per ogni mese del 2026 mi dia il tasso di occupazione (notti vendute / notti disponibili), il prezzo medio a notte e la percentuale che arriva da Booking. Attenzione che una prenotazione può stare a cavallo di due mesi e quelle con stato "cancellata" non contano.'),
  l9('it', 'peronospora-rame', 'opus', 'Sono un\'agronoma e seguo un\'azienda di 40 ettari in Franciacorta, convertita al biologico dal 2022. Dopo il 2023 e il 2024 (peronospora disastrosa, perso il 60% in alcune vigne) il titolare vuole sapere se restare in bio. Il limite del rame è 28 kg/ha in sette anni e noi nel 2024 ne abbiamo già usati 6,5. Ho letto lavori contrastanti su fosfonati (non ammessi in bio), estratti vegetali, modelli previsionali tipo quelli dei servizi regionali, varietà resistenti PIWI (che però il disciplinare DOCG non ammette), e sull\'effetto del rame sul suolo nel lungo periodo. Mi aiuti a mettere insieme cosa dicono davvero gli studi, quali strategie reggono con annate come il 2023, e quali sono i pro e contro economici e di mercato per il titolare, tenendo conto che il 70% del fatturato viene da un importatore tedesco che compra solo bio?'),
  // ── Dutch ──
  l9('nl', 'dobbelsteen-twee-keer', 'opus', 'Hoe vaak moet je gemiddeld met een dobbelsteen gooien voordat je elk getal minstens twee keer hebt gegooid? Voor één keer ken ik de 14,7, maar hier kom ik er niet uit. Liefst een exacte uitkomst en hoe je eraan komt, niet alleen een simulatie.'),
  // ── Polish ──
  l9('pl', 'na-pewno', 'haiku', 'na pewno czy napewno? bo word mi podkreśla jedno i drugie xd'),
  // ── Turkish ──
  l9('tr', 'kesirler-plan', 'sonnet', 'Kızım 5. sınıfta, kesirlerde çok zorlanıyor (özellikle paydaları farklı kesirleri toplarken ve kesirleri sıralarken). Öğretmeni evde çalışmamızı önerdi. Akşamları 20-25 dakika ayırabiliyoruz. Bana 10 günlük bir çalışma planı hazırlar mısın? Her gün için kısa bir açıklama, evdeki eşyalarla yapılabilecek bir etkinlik (pizza, çikolata vs.) ve 4-5 alıştırma sorusu olsun, cevaplar en sonda.'),
  l9('tr', 'kooperatif-enflasyon', 'opus', 'Eskişehir\'de 120 üyeli bir konut kooperatifinin yönetim kurulundayız. Arsa alındı, proje onaylandı, inşaat 30 ay sürecek. Müteahhitle anahtar teslim 540 milyon TL\'ye anlaştık ama sözleşmede fiyat farkı maddesi var (TÜİK yİ-ÜFE\'ye endeksli). Üyeler şu an ayda 45.000 TL aidat ödüyor ve 18 üyenin 3 aydır borcu var. Enflasyon yüzde 40 civarı, banka kredisi faizleri çok yüksek. Bir kısım üye aidatın sabit kalmasını, bir kısım da daire büyüklüğüne göre (2+1, 3+1, 4+1) farklılaştırılmasını istiyor. Ayrıca bazı üyeler üyeliklerini üçüncü kişilere devretmek istiyor. İnşaat yarıda kalmasın, üyeler arasında adaletsizlik olmasın ve yönetim olarak hukuki sorumluluğa düşmeyelim; önümüzdeki 30 ay için nasıl bir finansman ve aidat planı yapmalıyız, hangi riskler için önceden karar almalıyız?'),
  // ── Arabic ──
  l9('ar', 'wasf-wazifa-muhasib', 'sonnet', 'اكتب لي إعلان وظيفة لمحاسب أول في شركة مقاولات متوسطة في جدة (حوالي ٢٥٠ موظفاً). المطلوب: خبرة ٥ سنوات في المقاولات، معرفة بنظام الزكاة وضريبة القيمة المضافة والفوترة الإلكترونية (فاتورة)، وإجادة SAP أو Odoo، ويفضل حامل شهادة SOCPA. اذكر المهام والمزايا (سكن، تأمين طبي عائلي، تذاكر سنوية) بأسلوب جذاب ومختصر يصلح للنشر على لينكدإن.'),
  l9('ar', 'miyah-faqd', 'opus', 'أعمل في شركة مياه في إحدى محافظات الأردن. نسبة الفاقد عندنا (المياه غير المحاسب عليها) حوالي ٤٨٪: جزء منها تسربات في شبكة قديمة عمرها أكثر من ٤٠ سنة، وجزء اعتداءات وتوصيلات غير قانونية، وجزء عدادات قديمة لا تقيس الاستهلاك المنخفض. المياه تُضخ من آبار بعيدة والكهرباء هي أكبر بند في التكاليف، والتزويد للمشتركين متقطع (مرة أو مرتين في الأسبوع) مما يزيد الضغط على الأنابيب عند إعادة التشغيل. الميزانية المتاحة للسنوات الثلاث القادمة حوالي ٩ ملايين دينار، وهناك منحة محتملة مشروطة بخفض الفاقد ١٠ نقاط خلال سنتين. كيف نرتب الأولويات بين استبدال الشبكة، وتقسيمها إلى مناطق قياس، واستبدال العدادات، وملاحقة الاعتداءات، وإدارة الضغط؟ وما الأرقام التي نحتاج جمعها أولاً لنقرر، وأين قد نخطئ؟'),
  // ── Hindi ──
  l9('hi', 'whatsapp-chat-count', 'sonnet', 'bhai mere paas society ke WhatsApp group ka exported chat hai (.txt, Android se export kiya). Python script chahiye jo har member ke kitne messages hain wo count kare, media wale "<Media omitted>" alag gine, aur month-wise ek table bana ke Excel me daal de. Lines kuch aise hain:\n\n12/03/26, 9:41 pm - Sharma ji B-204: Kal paani nahi aayega, tanki saaf hogi\n12/03/26, 9:43 pm - +91 98xxx xxx21: <Media omitted>\n13/03/26, 7:02 am - Priya Secretary: Maintenance ki last date 15 hai\n\nKuch messages multi-line bhi hote hain.'),
  l9('hi', 'school-samay-sarini', 'opus', 'मैं एक सरकारी सीनियर सेकेंडरी स्कूल का प्रिंसिपल हूँ। 1,450 बच्चे, कक्षा 6 से 12, 34 सेक्शन, दो शिफ़्ट (सुबह लड़कियाँ, दोपहर लड़के), 41 शिक्षक जिनमें से कई दोनों शिफ़्ट में पढ़ाते हैं। 11वीं-12वीं में साइंस, कॉमर्स, आर्ट्स तीनों स्ट्रीम हैं और कुछ बच्चे वैकल्पिक विषय मिलाकर लेते हैं। लैब सिर्फ़ दो हैं (एक फ़िज़िक्स-केमिस्ट्री, एक बायो), कंप्यूटर लैब एक। तीन शिक्षक BLO ड्यूटी की वजह से हफ़्ते में दो दिन नहीं आते, और बोर्ड की नई गाइडलाइन कहती है कि 9वीं-10वीं में हर हफ़्ते कम से कम 2 पीरियड खेल और 1 पीरियड कौशल विषय होना ज़रूरी है। हर साल टाइमटेबल बनाने में तीन हफ़्ते लग जाते हैं और फिर भी टकराव रह जाते हैं। मुझे समझाइए कि इसे व्यवस्थित तरीक़े से कैसे बनाया जाए, किन नियमों को पहले तय करना चाहिए, कहाँ समझौता करना पड़ेगा, और क्या कोई मुफ़्त सॉफ़्टवेयर इसमें सच में मदद कर सकता है।'),
  // ── Vietnamese ──
  l9('vi', 'doi-don-vi', 'haiku', 'Cho mình hỏi 2,5 tấn là bao nhiêu kg, với 3 sào Bắc Bộ là bao nhiêu m² vậy?'),
  l9('vi', 'day-can-bac-hai', 'opus', 'Cho dãy số a₁ = 1, aₙ₊₁ = aₙ + 1/aₙ. Tìm phần nguyên của a₂₀₂₇. Em thấy đề bảo chỉ cần bình phương lên là ra nhưng em làm mãi chỉ được chặn dưới, chặn trên thì không đủ chặt. Mong được giải chi tiết từng bước.'),
  // ── Indonesian ──
  l9('id', 'bahasa-baku', 'haiku', 'Tolong ubah jadi bahasa baku buat email ke klien ya: "gue udah kirim filenya kemaren, coba dicek aja, kalo ada yg kurang kabarin aja"'),
  l9('id', 'sheets-query-rekap', 'sonnet', 'Aku punya Google Sheets data penjualan: kolom A tanggal, B nama sales, C produk, D qty, E harga satuan. Mau bikin rekap di sheet lain: total omzet per sales per bulan (baris sales, kolom bulan Jan–Des), plus kolom total dan ranking. Maunya pakai QUERY() biar otomatis update kalau ada data baru. Tolong buatin rumusnya dan jelasin tiap bagian, soalnya aku belum pernah pakai QUERY.'),
  // ── Swedish ──
  l9('sv', 'home-assistant-hall', 'sonnet', 'Kan du skriva en automation i Home Assistant (YAML) som tänder hallampan (light.hall_tak) när rörelsesensorn (binary_sensor.hall_rorelse) slår till, men bara när det är mörkt ute, och släcker efter 3 minuter utan rörelse? Mellan 23 och 06 ska den bara gå på 15 %. Och om någon har tänt lampan manuellt med strömbrytaren ska automationen inte släcka den.'),
  // ── Ukrainian ──
  l9('uk', 'u-v-lvovi', 'haiku', 'Як правильно: "живу в Львові" чи "живу у Львові"? Пишу пост, не хочу ганьбитися 🙂'),
  l9('uk', 'osbb-golosuvannya', 'opus', 'Я голова ОСББ на 240 квартир у Києві. Половина мешканців зараз за кордоном або в інших містах, тож збори наживо не набирають кворуму. Хочемо зробити онлайн-голосування (через Дію не виходить для наших питань), але є конфлікт між двома групами мешканців щодо великого ремонту, і кожна сторона вже заздалегідь звинувачує іншу в підтасовках. Потрібно, щоб голос був таємним, щоб кожен міг сам перевірити, що його голос пораховано правильно, щоб один власник не проголосував двічі (а в когось по 2-3 квартири, і голоси рахуються пропорційно площі), і щоб не можна було довести покупцеві, як ти проголосував. Чи це взагалі можливо одночасно, і як таке реально побудувати без великого бюджету?'),
  // ── Greek ──
  l9('el', 'apantisi-kritiki', 'sonnet', 'Έχω ένα μικρό ξενοδοχείο 14 δωματίων στη Νάξο. Πήραμε αυτή την κριτική στο Booking (4/10): «Το δωμάτιο ήταν καθαρό αλλά ο κλιματισμός δεν δούλευε δύο βράδια και κανείς δεν ήρθε να το φτιάξει. Το πρωινό τελείωνε στις 9:30, πολύ νωρίς για διακοπές. Η θέα πάντως υπέροχη.» Πράγματι χάλασε το κλιματιστικό και ο τεχνικός ήρθε τη δεύτερη μέρα. Γράψε μου μια απάντηση στα αγγλικά (ο πελάτης είναι Βρετανός), ευγενική, χωρίς δικαιολογίες αλλά και χωρίς να παραδεχτούμε κάτι παραπάνω, και να αναφέρει ότι από του χρόνου το πρωινό θα είναι μέχρι τις 10:30.'),
  // ── Czech ──
  l9('cs', 'ring-buffer-arm', 'opus', 'Máme v C++ jednoduchý SPSC ring buffer mezi vláknem, které čte z kamery, a vláknem, které snímky zpracovává. Index head a tail jsou std::atomic<size_t>, ale všude používáme memory_order_relaxed, protože „je to jen jeden producent a jeden konzument". Na x86 to běží měsíce bez problému. Teď jsme to přenesli na ARM (Jetson Orin) a jednou za pár hodin konzument dostane snímek, kde je polovina obrazu ze starého snímku. Když přidáme logování, chyba zmizí. Proč se to děje, jak přesně to opravit (jaké memory ordery a kam) a jak bychom si mohli být jistí, že je to opravené, když se to neprojevuje spolehlivě? Sdílíme mezi vlákny i velikost snímku a timestamp, které se zapisují mimo ten atomic.'),
];
