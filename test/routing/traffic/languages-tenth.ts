import type { Tier } from '../../../src/config/schema.js';
import { agent, agentLoop, lang, pad, type ToolStep, type TrafficExample } from './build.js';

/**
 * Tenth non-English batch (session 10, names `l10-<lang>-`), written blind (the router was not run while writing):
 * 60 rows in nineteen languages, 42 single asks, twelve latest turns of four short conversations (variants of one
 * conversation share a group) and six agent steps whose user writes in another language. Travel times, grammar doubts,
 * unit and date sums, tables and lists to reformat (some inside long pasted material); everyday code, CI, scripts,
 * mails, policies and explanations, often mixed with English terms; and hard asks in plain words: peeking at A/B tests,
 * upload abuse and quotas, a small business outgrowing its tax regime, backup and failover targets, geometric
 * probability, functional equations, leaked video-call links, double billing across time zones and lost stock updates.
 */
const l10 = (code: string, name: string, tier: Tier, texts: string | readonly string[], options: { group?: string; system?: string } = {}): TrafficExample => {
  const e = lang(code, name, tier, texts, options.system ? { system: options.system } : {});
  return { ...e, name: `l10-${e.name}`, group: `l10-${options.group ? `${code}-${options.group}` : e.group}` };
};

const CODE_TOOLS = ['read_file', 'bash', 'grep', 'edit_file'];
const CODE_SYSTEM = 'You are a coding agent working in the user\'s repository. Use the tools to inspect and change code; run the tests before saying you are done. Answer in the user\'s language.';
const step = (call: string, input: Record<string, unknown>, result: string, say?: string): ToolStep => ({ call, input, result, ...(say ? { say } : {}) });
const l10agent = (code: string, name: string, tier: Tier, task: string, steps: readonly ToolStep[], options: { after?: string; system?: string; tools?: readonly string[] } = {}): TrafficExample =>
  agent(`l10-${code}-${name}`, tier, agentLoop(task, steps, { system: options.system ?? CODE_SYSTEM, tools: options.tools ?? CODE_TOOLS, ...(options.after ? { after: options.after } : {}) }), code);

// ── Pasted material ──
const zhJson = `[
  {"sku": "TB-1001", "name": "竹纤维毛巾（灰）", "price": 29.9, "stock": 412, "warehouse": "杭州仓"},
  {"sku": "TB-1002", "name": "竹纤维毛巾（米白）", "price": 29.9, "stock": 0, "warehouse": "杭州仓"},
  {"sku": "TB-1010", "name": "浴巾 70x140", "price": 69.0, "stock": 138, "warehouse": "广州仓"},
  {"sku": "TB-1011", "name": "浴巾 80x160 加厚", "price": 89.0, "stock": 57, "warehouse": "广州仓"},
  {"sku": "TB-2001", "name": "儿童方巾 5 条装", "price": 39.9, "stock": 960, "warehouse": "杭州仓"},
  {"sku": "TB-2005", "name": "酒店款地巾", "price": 49.0, "stock": 23, "warehouse": "成都仓"},
  {"sku": "TB-3001", "name": "运动速干毛巾", "price": 35.0, "stock": 301, "warehouse": "成都仓"}
]`;

const esGastos = `Fecha	Concepto	Pagado por	Importe
02/11	Súper Mercadona	Lucía	84,30
04/11	Internet Digi	Álex	30,00
07/11	Luz Iberdrola	Marta	61,75
09/11	Súper Lidl	Álex	47,12
15/11	Bombona butano	Lucía	19,50
18/11	Productos limpieza	Marta	22,80
23/11	Súper Mercadona	Marta	96,41
28/11	Agua Canal	Lucía	27,90`;

const deNamen = `Weber, Anja
Krüger Tobias
Özdemir, Selin
Schmidt, Jonas
al-Hassan, Rami
Bauer Lena
Zimmermann, Eva
Nguyen, Minh
Fischer, Paul
Ahrens, Ute`;

const frBacklog = pad('2026-12-05 02:00:07 INFO  Backup start: stanza=prod type=diff repo1=s3:ovh-gra/pgbackrest\n2026-12-05 02:03:41 INFO  backup size = 38.2GB, database size = 611GB\n2026-12-05 02:03:42 INFO  archive-push OK segment=000000030000A41B00000037\n2026-12-05 02:03:55 WARN  archive-push slow: 41s for segment=000000030000A41B00000038 (s3 PutObject retry 2/4)', 1400);

// ── Conversations (latest turns vary; each history shared within its group) ──
const jaUpload = [
  'Next.js（App Router）で、プロフィール画像をブラウザから直接 S3 に上げたいです。API Route で presigned URL を発行して fetch で PUT してるんですが、ブラウザで\n\nAccess to fetch at \'https://myapp-avatars.s3.ap-northeast-1.amazonaws.com/...\' from origin \'http://localhost:3000\' has been blocked by CORS policy: Response to preflight request doesn\'t pass access control check: No \'Access-Control-Allow-Origin\' header is present on the requested resource.\n\nって出ます。サーバー側で署名は成功してます。',
  '署名は正しくても、S3 バケット側に CORS 設定がないとブラウザのプリフライト（OPTIONS）が通りません。バケットの「アクセス許可」→「CORS」に次のような設定を入れてください。\n\n```json\n[\n  {\n    "AllowedOrigins": ["http://localhost:3000", "https://myapp.example.com"],\n    "AllowedMethods": ["PUT", "GET"],\n    "AllowedHeaders": ["Content-Type", "x-amz-*"],\n    "ExposeHeaders": ["ETag"],\n    "MaxAgeSeconds": 3000\n  }\n]\n```\n\nポイント：\n- presigned URL に `ContentType` を含めて署名した場合、fetch の `Content-Type` ヘッダーも完全に同じ値にする必要があります（違うと 403 SignatureDoesNotMatch）。\n- `AllowedHeaders` に送るヘッダーが全部含まれていること。\n- 設定の反映には数十秒かかることがあります。',
];
const zhMath = [
  '孩子四年级，鸡兔同笼这种题我该怎么给他讲？我自己用方程会，但他还没学方程。',
  '不用方程的话，最直观的是“假设法”（也叫抬腿法）：\n\n以“头 10 个，脚 28 只”为例：\n1. 假设全是鸡：10 × 2 = 20 只脚。\n2. 实际多了 28 − 20 = 8 只脚。\n3. 每把一只鸡换成一只兔，脚多 2 只，所以兔有 8 ÷ 2 = 4 只。\n4. 鸡就是 10 − 4 = 6 只。\n\n讲的时候可以让孩子真的“让所有动物抬起两条腿”：剩下还站着的腿都是兔子的，每只兔子剩 2 条，这样他更容易记住为什么要除以 2。也可以先用画图（画 10 个圆圈当头，每个先画两条腿）让他自己数。',
];
const ptDoces = [
  'Oi! Comecei a vender doces (brigadeiro gourmet, bem-casado, bolo no pote) em casa aqui em Campinas, pelo Instagram e WhatsApp. Sou MEI. Como eu calculo o preço certo? Hoje eu só somo os ingredientes e dobro.',
  'Dobrar o custo dos ingredientes costuma deixar muita coisa de fora. Um jeito mais seguro:\n\n1. **Custo direto por unidade**: ingredientes + embalagem (forminha, caixinha, fita, adesivo).\n2. **Custos indiretos rateados**: gás, luz, água, internet, DAS do MEI, taxa da maquininha, desgaste de utensílios. Some o mês e divida pelo número de unidades que você produz.\n3. **Sua mão de obra**: defina quanto quer ganhar por hora e quantas unidades faz por hora.\n4. **Preço** = custo total por unidade ÷ (1 − margem desejada). Ex.: custo R$ 1,20 e margem de 35% → 1,20 ÷ 0,65 ≈ R$ 1,85.\n\nDepois compare com a concorrência da sua região e ajuste. E revise sempre que o leite condensado ou o chocolate subirem.',
];
const frBackup = [
  'Salut, on a un PostgreSQL 16 sur Debian 12 (une seule instance, ~600 Go) et aujourd\'hui les sauvegardes c\'est un pg_dump nocturne vers un NAS. Le pg_dump prend maintenant 5 h. Tu me conseilles quoi ? On m\'a parlé de pgBackRest.',
  'Pour 600 Go, pgBackRest est un bon choix : sauvegardes physiques (pas de dump logique), parallèles, compressées, avec archivage continu des WAL, ce qui permet une restauration à un instant précis (PITR).\n\nMise en place rapide :\n\n```ini\n# /etc/pgbackrest/pgbackrest.conf\n[global]\nrepo1-type=s3\nrepo1-s3-bucket=pgbackrest\nrepo1-s3-endpoint=s3.gra.io.cloud.ovh.net\nrepo1-s3-region=gra\nrepo1-path=/prod\nrepo1-retention-full=2\nprocess-max=4\ncompress-type=zst\n\n[prod]\npg1-path=/var/lib/postgresql/16/main\n```\n\nDans `postgresql.conf` :\n\n```\narchive_mode = on\narchive_command = \'pgbackrest --stanza=prod archive-push %p\'\n```\n\nPuis `pgbackrest --stanza=prod stanza-create`, `pgbackrest --stanza=prod check`, et une première sauvegarde `--type=full`. Garde le pg_dump hebdomadaire en complément si tu veux aussi une copie logique.',
];

export const tenthLanguageExamples: TrafficExample[] = [
  // ── Japanese ──
  l10('ja', 'upload-cors-yaml', 'haiku', [...jaUpload, 'ありがとう、通りました！このCORS設定、CloudFormation の YAML（AWS::S3::Bucket の CorsConfiguration）の形に書き直してもらえますか？'], { group: 'upload' }),
  l10('ja', 'upload-resize-webp', 'sonnet', [...jaUpload, '次はアップロード前にブラウザ側で画像を縮小したいです。長辺1024pxにして WebP に変換、EXIF の向きも考慮して、変換後のBlobをそのままさっきのPUTに渡せるようにしたい。TypeScriptでユーティリティ関数と、使う側のコンポーネント例をお願いします。'], { group: 'upload' }),
  l10('ja', 'upload-abuse-quota', 'opus', [...jaUpload, '動くようになったんですが、これ本番に出して大丈夫か心配になってきました。presigned URL を誰かに抜かれたら他の人のアバターのキーに上書きされたりしませんか？あと画像じゃない巨大ファイルを置かれたり、同じユーザーが何千回も上げてストレージ代が膨らんだり。ユーザーごとに合計 50MB までにしたいし、不適切画像のチェックもいずれ入れたい。S3 に直接上げる形はなるべく崩さずに、どこで何を制限するのが一番いいか、抜け道も含めて考えてほしいです。'], { group: 'upload' }),
  l10('ja', 'nozomi-jikan', 'haiku', '東京から新大阪まで のぞみで何分くらいですか？ だいたいでいいです'),
  l10('ja', 'ab-test-mainichi', 'opus', 'ECサイトでボタンの色のABテストをしてて、毎朝ダッシュボードを見て p 値が 0.05 を切った日に止めて勝ちを決めてました。そしたら上司に「そのやり方だと勝ちが出やすくなるからダメ」と言われました。正直なにがダメなのかピンときてません。どのくらい結果がおかしくなるのか、それでも毎日様子を見たい場合はどうやればいいのか、あと今までこのやり方で決めた 9 個のテスト結果はどう扱えばいいのか教えてください。1日の訪問は 8,000 くらい、CVR は 2.3% 前後です。'),
  // ── Chinese ──
  l10('zh', 'jitu-shuzi', 'haiku', [...zhMath, '懂了！那“头 35 个，脚 94 只”鸡和兔各多少？直接告诉我答案就行，我核对一下孩子算的。'], { group: 'jitu' }),
  l10('zh', 'jitu-chuti', 'sonnet', [...zhMath, '帮我出 10 道类似的题吧，难度一点点往上加，后面几道可以换成别的场景（比如自行车和三轮车、答对扣分那种）。每道附答案和一两句讲解，适合四年级。'], { group: 'jitu' }),
  l10('zh', 'jitu-yuan-fenkuai', 'opus', [...zhMath, '另外孩子问了我一个题，我也答不上来：圆上取 n 个点，两两连线，最多能把圆分成几块？他试了 1、2、3、4、5 个点，得到 1、2、4、8、16，就说答案是 2 的 n−1 次方。我觉得不对但说不清楚为什么。正确的个数是多少，是怎么来的？最好有个我能转述给他的思路。'], { group: 'jitu' }),
  l10('zh', 'json-biaoge', 'haiku', `下面这个 JSON 转成 Markdown 表格，列名用中文（编码、名称、价格、库存、仓库），库存为 0 的那行加粗：\n\n${zhJson}`),
  l10('zh', 'nginx-p95-go', 'sonnet', '想用 Go 写个小命令行工具：读 nginx 的 access.log（我们的 log_format 最后一列是 $request_time），按接口路径统计请求数、P50、P95、P99 和 5xx 比例，路径里的数字 ID 要归一成 :id（比如 /api/orders/12345 → /api/orders/:id）。日志一天大概 3GB，希望别一次性读进内存。输出按 P95 降序的表格就行。'),
  // ── Portuguese ──
  l10('pt', 'doces-margem', 'haiku', [...ptDoces, 'Entendi! Então se o custo total do cento de brigadeiro dá R$ 68 e eu quero margem de 40%, quanto cobro o cento?'], { group: 'doces' }),
  l10('pt', 'doces-ficha-tecnica', 'sonnet', [...ptDoces, 'Me ajuda a montar uma planilha no Google Sheets pra isso? Queria uma aba de insumos (preço do pacote e quantidade), uma aba de ficha técnica por receita puxando o custo dos insumos, e uma aba de preço final com margem e taxa da maquininha (3,2% no crédito). Explica as fórmulas.'], { group: 'doces' }),
  l10('pt', 'doces-limite-mei', 'opus', [...ptDoces, 'Agora surgiu um problema sério. Já faturei R$ 74 mil esse ano como MEI (limite 81 mil) e tenho R$ 15 mil de encomendas de Natal fechadas, metade já paga no Pix. Minha irmã quer entrar de sócia e a gente pensa em alugar uma cozinha em 2027 e vender pra duas cafeterias com nota. O contador da minha tia falou em “desenquadrar e ir pro Simples”, outra pessoa falou pra eu emitir parte das notas no CPF da minha irmã, que também pode abrir MEI. Não entendo as consequências de cada caminho: multa, imposto retroativo, o que acontece se eu passar de 81 mil ou de 97,2 mil, quanto pagaria no Simples. O que você faria no meu lugar, e o que eu tenho que decidir antes de 31 de dezembro?'], { group: 'doces' }),
  l10('pt', 'galao-litros', 'haiku', 'receita americana pede 1 gallon de leite, quanto é isso em litros? e 2 cups de farinha dá quantos gramas mais ou menos?'),
  l10('pt', 'politica-home-office', 'sonnet', 'Sou do RH de uma agência de marketing com 32 pessoas em Belo Horizonte. Depois de dois anos meio bagunçados, a diretoria quer formalizar o híbrido: 3 dias no escritório (terça a quinta), 2 remotos. Escreve uma política interna de trabalho híbrido: quem pode, horários de disponibilidade, ajuda de custo de internet (R$ 120), equipamento, o que acontece em dia de reunião com cliente, como pedir exceção. Tom próximo, nada de juridiquês, mas cobrindo o que a CLT exige pro teletrabalho.'),
  // ── French ──
  l10('fr', 'backup-full-diff-incr', 'haiku', [...frBackup, 'Ok merci. Juste pour être sûr : full, diff et incr, c\'est quoi la différence, en une phrase chacun ?'], { group: 'backup' }),
  l10('fr', 'backup-timer-systemd', 'sonnet', [...frBackup, `Top, c'est en place. Maintenant je voudrais un timer systemd + service qui lance une full le dimanche à 1h et une diff les autres nuits, avec un mail à l'équipe si ça échoue (on a msmtp configuré). Voilà à quoi ressemble le log quand ça tourne, si ça aide :\n\n${frBacklog}`], { group: 'backup' }),
  l10('fr', 'backup-rpo-bascule', 'opus', [...frBackup, 'Le client nous impose maintenant un RPO de 5 minutes et un RTO d\'une heure. On va ajouter un standby en streaming replication dans un autre datacenter OVH, avec Patroni pour la bascule auto. Du coup plein de questions : est-ce qu\'on sauvegarde depuis le standby, qui fait l\'archive_command après une bascule, comment être sûr qu\'on ne perd pas de WAL pendant la bascule ou qu\'on n\'en a pas deux qui écrivent dans le même repo, est-ce que 5 min de RPO c\'est tenable avec des WAL qui partent vers S3 avec des retries comme dans nos logs, et comment prouver au client qu\'on tient le RTO (on n\'a jamais restauré 600 Go). Donne-moi une organisation complète et ce qu\'il faut tester.'], { group: 'backup' }),
  l10('fr', 'apres-que-subjonctif', 'haiku', 'On dit « après qu\'il soit parti » ou « après qu\'il est parti » ? Mon chef corrige toujours mes mails et je veux être sûre.'),
  // ── German ──
  l10('de', 'namen-sortieren', 'haiku', `Kannst du die Namen alphabetisch nach Nachnamen sortieren und alle im Format „Nachname, Vorname" schreiben? Eine Zeile pro Name, sonst nichts.\n\n${deNamen}`),
  l10('de', 'gh-actions-pypi', 'sonnet', 'Ich maintaine ein kleines Python-Paket (pyproject.toml mit hatchling, Tests mit pytest, Linting mit ruff). Schreib mir bitte einen GitHub Actions Workflow: bei jedem Push und PR Tests auf Python 3.10, 3.11, 3.12 und 3.13 (Ubuntu, und 3.12 zusätzlich auf Windows), ruff check, und wenn ich einen Tag v* pushe, Build und Release auf PyPI über Trusted Publishing, ohne API-Token. Kurz erklären, was ich auf PyPI-Seite einstellen muss.'),
  l10('de', 'ingress-gateway-api', 'sonnet', 'Bei uns im Team kommt immer wieder die Frage: sollen wir von ingress-nginx auf die Gateway API wechseln? Kannst du mir den Unterschied so erklären, dass ich es in der Teamrunde vorstellen kann? Wir haben ca. 25 Services in einem EKS-Cluster, TLS über cert-manager, ein paar Canary-Deployments mit Annotations. Gerne mit einem Beispiel-Manifest vorher/nachher.'),
  l10('de', 'spitzwinklig-tetraeder', 'opus', 'Frage aus unserem Mathe-Stammtisch: Man wählt drei Punkte zufällig und unabhängig gleichverteilt auf einem Kreis. Wie wahrscheinlich ist das Dreieck spitzwinklig? Und dann: vier zufällige Punkte auf einer Kugeloberfläche – wie wahrscheinlich liegt der Mittelpunkt der Kugel im Tetraeder? Wir haben zwei verschiedene Ergebnisse und jeder hält seins für richtig. Bitte mit einer Herleitung, die man am Tisch nachvollziehen kann.'),
  // ── Spanish ──
  l10('es', 'gastos-piso-tabla', 'haiku', `Ponme esto en una tabla Markdown y añade abajo una fila con el total que ha pagado cada uno (Lucía, Álex, Marta):\n\n${esGastos}`),
  l10('es', 'indice-compuesto', 'sonnet', 'Explícame bien lo de los índices compuestos en PostgreSQL. Tengo una tabla facturas (cliente_id, fecha, estado, importe) con 20 millones de filas y las consultas típicas son "facturas de un cliente entre dos fechas" y "facturas pendientes de este mes". ¿Hago un índice (cliente_id, fecha), otro (estado, fecha), uno parcial...? ¿Importa el orden de las columnas? Con ejemplos de EXPLAIN si puedes.'),
  l10('es', 'apps-script-urgente', 'sonnet', 'Tenemos un Google Form para incidencias del colegio (aulas, proyectores, calefacción). Quiero que cuando alguien marque prioridad "Urgente" se mande un correo al conserje y a mí con los datos de la respuesta, y que las demás se acumulen y se mande un resumen diario a las 8:00. Hazme el Apps Script y dime cómo configurar los activadores, que no he tocado esto nunca.'),
  l10('es', 'videoconsulta-enlace', 'opus', 'Tenemos una app de telemedicina (clínicas privadas en Valencia). Para la videoconsulta mandamos por SMS y por email un enlace tipo https://consulta.ejemplo.es/v/8f3k2Q con un token de 6 caracteres, sin login, válido 24 h. Ayer un paciente entró en la consulta de otro: el médico lo vio en pantalla justo antes de empezar. No sabemos si fue un token adivinado, un SMS reenviado, un enlace que se cacheó en algún sitio o un fallo nuestro al asignar la sala. Necesito saber qué mirar primero en los logs, qué hacer hoy mismo sin dejar a los médicos sin consultas mañana, cómo debería funcionar el acceso sin obligar a pacientes mayores a crearse cuenta, y si esto hay que notificarlo a la AEPD.'),
  // ── Korean ──
  l10('ko', 'race-condition-yongeo', 'haiku', '문서 번역 중인데 race condition은 한국어로 뭐라고 쓰는 게 제일 일반적이에요? 경쟁 상태? 경쟁 조건? 경합?'),
  l10('ko', 'nextjs-middleware-login', 'sonnet', 'Next.js 14 App Router 쓰고 있고 인증은 NextAuth(v5, Auth.js)예요. /dashboard 하위 경로는 로그인 안 했으면 /login?callbackUrl=... 로 보내고, /admin은 role이 admin인 사람만 들어가게 middleware.ts 짜주세요. 정적 파일이랑 /api/auth는 건드리면 안 되고요. matcher 설정도 같이 설명해 주세요.'),
  l10('ko', 'sunyeol-gaesu', 'opus', '1부터 n까지의 순열 중에서, 어떤 i에 대해서도 p(i+1) = p(i) + 1 이 되지 않는 순열의 개수를 구하고 싶어요. n = 10일 때 값이랑, 일반 n에 대한 점화식이나 닫힌 식이 있으면 알려주세요. 포함배제로 하다가 꼬였어요.'),
  l10('ko', 'refresh-token-tabs', 'opus', '사내 그룹웨어 웹앱인데 access token 15분, refresh token 14일에 refresh token rotation(한 번 쓰면 폐기)을 적용했어요. 재사용이 감지되면 탈취로 보고 그 사용자의 모든 세션을 끊는데, 문제는 사용자들이 탭을 여러 개 열어두거나 노트북이 절전에서 깨어날 때 여러 요청이 동시에 refresh를 시도해서 멀쩡한 사람이 하루에도 몇 번씩 강제 로그아웃된다는 거예요. 보안팀은 탈취 감지를 빼면 안 된다고 하고, 현업은 난리고요. 모바일 앱도 같은 API를 씁니다. 둘 다 만족시키려면 어떻게 바꿔야 할까요?'),
  // ── Russian ──
  l10('ru', 'dni-mezhdu-datami', 'haiku', 'сколько дней между 14 марта и 3 июня 2027 года? включая оба дня'),
  l10('ru', 'dockerfile-go', 'sonnet', 'Напиши multi-stage Dockerfile для Go-сервиса (go 1.23, модули, есть приватная зависимость из нашего GitLab, embed со статикой). Итоговый образ — distroless или scratch, чтобы был маленький, запуск не от root, с CA-сертификатами и tzdata. И подскажи, как закешировать скачивание модулей в CI, чтобы сборка не качала всё каждый раз.'),
  l10('ru', 'funktsionalnoe-uravnenie', 'opus', 'Найти все функции f: ℝ → ℝ такие, что f(x + y) = f(x) + f(y) и f(xy) = f(x)f(y) для всех действительных x, y. Я понимаю, что ответ, скорее всего, f(x)=0 и f(x)=x, но без непрерывности не понимаю, как это аккуратно довести до конца.'),
  l10('ru', 'monetka-oro-orr', 'opus', 'Мы с сыном играем: подбрасываем монету, пока не выпадет подряд либо ООР (он), либо РОО (я). У кого шансы выше и во сколько раз? И сколько в среднем бросков длится партия? Интуиция говорит, что поровну, комбинации же одинаково вероятны, но по опыту я выигрываю заметно чаще.'),
  // ── Italian ──
  l10('it', 'sconto-percentuale', 'haiku', 'quanto fa il 18% di 2.340 €? e il prezzo finale scontato?'),
  l10('it', 'mail-commercialista', 'sonnet', 'Sono una grafica freelance in regime forfettario. Devo scrivere al mio commercialista perché quest\'anno ho avuto anche un piccolo contratto di collaborazione occasionale con un\'agenzia (1.800 € lordi, ritenuta del 20%) e due fatture a un cliente tedesco. Non so cosa gli serve e non voglio fare brutta figura: scrivimi una mail chiara con l\'elenco di cosa gli mando e le domande da fargli (anche se la collaborazione occasionale incide sul forfettario).'),
  l10('it', 'ombrelloni-offline', 'opus', 'Abbiamo una app per prenotare ombrelloni in 14 lidi della riviera romagnola: Flutter + Firestore con la cache offline attiva. Ad agosto ci sono state decine di doppie prenotazioni: due famiglie arrivano con lo stesso ombrellone pagato. Usiamo una transazione Firestore che controlla se il documento dell\'ombrellone per quella data è libero e lo segna occupato, poi il pagamento con Stripe avviene dopo, e se fallisce liberiamo il posto con una Cloud Function. In più i bagnini dal tablet possono segnare un ombrellone come occupato anche senza rete. Come può succedere nonostante la transazione, e come rifaccio il flusso perché non capiti la prossima estate senza perdere la modalità offline dei bagnini?'),
  // ── Dutch ──
  l10('nl', 'groter-als-dan', 'haiku', 'Is het nou "groter als" of "groter dan"? Mijn collega zegt dat allebei mag.'),
  l10('nl', 'exact-csv-omzetten', 'sonnet', 'Ik krijg uit Exact Online een CSV-export van onze verkoopfacturen (puntkomma als scheidingsteken, bedragen met komma, datum dd-mm-jjjj, één regel per factuurregel). Ons nieuwe BI-tool wil per factuur één regel in JSON Lines: factuurnummer, klantnummer, datum ISO, totaal excl. en incl. btw, en een lijst van regels. Kun je een Python-script schrijven dat dit doet, zonder pandas (draait op een kale server), en foute regels logt in plaats van te crashen?'),
  // ── Polish ──
  l10('pl', 'pytest-rabat', 'sonnet', 'Napisz testy w pytest do tej funkcji, chcę pokryć przypadki brzegowe. Użyj parametrize.\n\n```python\ndef oblicz_rabat(kwota: Decimal, liczba_zamowien: int, kod: str | None = None) -> Decimal:\n    if kwota <= 0:\n        raise ValueError("kwota musi być dodatnia")\n    rabat = Decimal("0")\n    if liczba_zamowien >= 10:\n        rabat = Decimal("0.05")\n    if liczba_zamowien >= 50:\n        rabat = Decimal("0.10")\n    if kod == "WIOSNA":\n        rabat += Decimal("0.05")\n    rabat = min(rabat, Decimal("0.12"))\n    return (kwota * (1 - rabat)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)\n```'),
  l10('pl', 'przesiadki-okna', 'opus', 'Robię wyszukiwarkę połączeń dla regionalnej kolei: mam rozkład (ok. 9 tys. kursów dziennie, 600 stacji), użytkownik podaje stację A, B i godzinę wyjazdu, i chcę znaleźć wszystkie połączenia, które nie są gorsze od innego jednocześnie pod względem godziny przyjazdu i liczby przesiadek (max 4), z minimalnym czasem na przesiadkę zależnym od stacji. Dijkstra na grafie stacji daje mi bzdury przy przesiadkach. Jak to policzyć porządnie i szybko (odpowiedź < 50 ms)?'),
  // ── Turkish ──
  l10('tr', 'kdv-haric', 'haiku', 'KDV dahil fiyat 4.720 TL, KDV %20. KDV hariç tutar ne oluyor?'),
  // ── Arabic ──
  l10('ar', 'rest-graphql', 'sonnet', 'أنا مطور Flutter مبتدئ، فريق الباك إند عندنا يفكر ينتقل من REST إلى GraphQL. اشرح لي الفرق بينهما بأمثلة بسيطة لنفس الطلب (قائمة طلبات مستخدم مع المنتجات)، وإيش اللي بيتغير عندي في التطبيق، ومتى يكون GraphQL غير مناسب.'),
  l10('ar', 'tarika-sharika', 'opus', 'توفي والدي رحمه الله في الرياض وترك: بيتاً نسكن فيه، ونسبة ٤٠٪ من شركة مقاولات (الباقي لعمي)، وديناً للبنك حوالي ٩٠٠ ألف ريال، ووصية مكتوبة بثلث ماله لبناء مسجد. الورثة: أمي، وأنا (ابن)، وأخي، وثلاث أخوات، وجدتي أم أبي ما زالت حية. عمي يريد شراء حصتنا في الشركة بسعر نراه منخفضاً، وأخي يريد البقاء شريكاً، وأمي تريد بيع كل شيء. كيف تُقسم التركة شرعاً بعد الدين والوصية، وما الذي يجب أن نفعله بالترتيب قبل أن نوقع أي شيء مع عمي؟'),
  // ── Hindi ──
  l10('hi', 'vakya-sahi', 'haiku', 'इसमें गलती बताओ: "मेरे को कल ऑफिस नहीं आना है क्योंकि मेरे घर पे मेहमान आ रहे हैं।" ऑफिस के ग्रुप में भेजना है।'),
  l10('hi', 'lis-count', 'opus', 'bhai ek problem me atka hu: array of n ≤ 2·10^5 integers (duplicates bhi ho sakte hain), mujhe longest strictly increasing subsequences ki COUNT chahiye modulo 1e9+7. O(n^2) DP TLE de raha hai. Aur follow-up me interviewer ne pucha tha ki agar har query me ek element update ho to? Dono ka approach samjha do.'),
  // ── Vietnamese ──
  l10('vi', 'luong-thuc-nhan', 'sonnet', 'Mình làm kế toán cho công ty nhỏ 25 người. Viết giúp mình hàm Python tính lương thực nhận từ lương gross: trừ BHXH 8%, BHYT 1,5%, BHTN 1% (có mức trần), giảm trừ gia cảnh 11 triệu bản thân và 4,4 triệu mỗi người phụ thuộc, thuế TNCN theo biểu lũy tiến 7 bậc. Đọc danh sách nhân viên từ Excel và xuất ra file mới. Giải thích từng bước để mình kiểm tra được.'),
  l10('vi', 'chinh-phuong', 'opus', 'Tìm tất cả số nguyên dương n sao cho n² + 2ⁿ là số chính phương. Em thử tới n = 20 chỉ thấy n = 6 thôi nhưng không biết chứng minh là không còn số nào.'),
  // ── Indonesian ──
  l10('id', 'mil-ke-km', 'haiku', '5 mil itu berapa km? sama 10K lari itu berapa mil'),
  l10('id', 'callback-bank-ganda', 'opus', 'Kami startup P2P lending kecil. Dana pencairan dan pembayaran cicilan lewat virtual account bank, bank kirim callback ke API kami. Bulan ini ada 6 kasus saldo peminjam tercatat lunas dua kali, dan 2 kasus pembayaran masuk di mutasi bank tapi tidak tercatat sama sekali. Callback kadang datang dua kali, kadang terlambat sampai 3 jam, dan tim ops juga bisa input pembayaran manual dari mutasi. Audit OJK bulan depan. Bagaimana seharusnya alur pencatatan dan rekonsiliasi harian kita supaya hal ini tidak terjadi lagi, dan bagaimana membereskan data yang sudah kacau?'),
  // ── Swedish ──
  l10('sv', 'fuktskada-mejl', 'sonnet', 'Hjälp mig skriva ett mejl till min hyresvärd (privat uthyrning, andrahand via Blocket). Det har kommit fukt och mögelfläckar bakom garderoben i sovrummet sedan oktober, jag har skickat bilder två gånger på sms utan svar. Jag vill att de skickar någon inom två veckor, och jag vill veta om jag kan få hyresreduktion. Sakligt men bestämt.'),
  // ── Ukrainian ──
  l10('uk', 'rozpodil-dopomohy', 'opus', 'Я координую волонтерський склад у Дніпрі. Щотижня маємо розподілити гуманітарку (продуктові набори, ліки, генератори, павербанки) між 40 пунктами видачі в прифронтових громадах. Обмеження: 3 вантажівки різної місткості, деякі дороги відкриті тільки вдень, ліки потребують температурного режиму, частина пунктів має пріоритет (лікарні, пункти незламності), а дані про потреби приходять неповні й запізнюються. Зараз усе в Excel і в голові однієї людини. Як побудувати процес і правила розподілу, щоб було справедливо, швидко і щоб це витримало, якщо ця людина захворіє?'),
  // ── Finnish ──
  l10('fi', 'deadline-suomeksi', 'haiku', 'Miten "deadline" kannattaa sanoa virallisessa suomenkielisessä tiedotteessa? Määräaika vai takaraja?'),
  // ── Agent steps whose user writes in another language ──
  l10agent('ja', 'raishu-aki', 'haiku', '来週の火曜の午後って空いてる？ 取引先と1時間くらいの打ち合わせを入れたい。', [
    step('list_events', { calendar: 'primary', from: '2026-12-15T12:00:00+09:00', to: '2026-12-15T19:00:00+09:00' }, '[{"title":"週次定例","start":"2026-12-15T13:00:00+09:00","end":"2026-12-15T14:00:00+09:00"},{"title":"1on1 佐藤さん","start":"2026-12-15T15:30:00+09:00","end":"2026-12-15T16:00:00+09:00"},{"title":"移動（渋谷→品川）","start":"2026-12-15T17:30:00+09:00","end":"2026-12-15T18:00:00+09:00"}]'),
  ], { system: 'あなたは社員のスケジュール管理アシスタントです。カレンダーツールの結果だけに基づいて、簡潔に日本語で答えてください。勤務時間は 9:00〜18:00 です。', tools: ['list_events', 'create_event'] }),
  l10agent('es', 'version-node', 'haiku', '¿Qué versión de Node usa este proyecto? Míralo tú, que no encuentro dónde está.', [
    step('bash', { command: 'ls -a' }, '.\n..\n.editorconfig\n.env.example\n.git\n.github\n.nvmrc\nREADME.md\npackage-lock.json\npackage.json\nsrc\ntsconfig.json'),
    step('bash', { command: 'cat .nvmrc; grep -n -A2 \'"engines"\' package.json; grep -rn "node-version" .github/workflows' }, '20.18.1\n14:  "engines": {\n15-    "node": ">=20.10 <21"\n16-  },\n.github/workflows/ci.yml:18:          node-version-file: .nvmrc'),
  ]),
  l10agent('de', 'csv-kostenstelle', 'sonnet', 'Im CSV-Export der Reisekostenabrechnungen fehlt die Kostenstelle. Bau die bitte als neue Spalte „Kostenstelle" direkt nach „Abteilung" ein, die Buchhaltung braucht das ab Januar. Tests anpassen.', [
    step('grep', { pattern: 'Abteilung', path: 'app' }, 'app/export/reisekosten_csv.py:14:    "Abteilung",\napp/export/reisekosten_csv.py:31:        abrechnung.mitarbeiter.abteilung.name,\napp/models.py:22:class Abteilung(models.Model):\ntests/test_export.py:19:    assert kopf == ["Belegnr", "Mitarbeiter", "Abteilung", "Reiseziel", "Von", "Bis", "Betrag"]'),
    step('read_file', { path: 'app/export/reisekosten_csv.py' }, '1\timport csv\n2\timport io\n3\t\n4\tfrom app.models import Abrechnung\n5\t\n6\t\n7\tdef _betrag(wert):\n8\t    return f"{wert:.2f}".replace(".", ",")\n9\t\n10\t\n11\tKOPF = [\n12\t    "Belegnr",\n13\t    "Mitarbeiter",\n14\t    "Abteilung",\n15\t    "Reiseziel",\n16\t    "Von",\n17\t    "Bis",\n18\t    "Betrag",\n19\t]\n20\t\n21\t\n22\tdef export(abrechnungen: list[Abrechnung]) -> str:\n23\t    puffer = io.StringIO()\n24\t    w = csv.writer(puffer, delimiter=";")\n25\t    w.writerow(KOPF)\n26\t    for abrechnung in abrechnungen:\n27\t        w.writerow(\n28\t            [\n29\t                abrechnung.belegnr,\n30\t                abrechnung.mitarbeiter.name,\n31\t                abrechnung.mitarbeiter.abteilung.name,\n32\t                abrechnung.reiseziel,\n33\t                abrechnung.von.strftime("%d.%m.%Y"),\n34\t                abrechnung.bis.strftime("%d.%m.%Y"),\n35\t                _betrag(abrechnung.betrag),\n36\t            ]\n37\t        )\n38\t    return puffer.getvalue()'),
    step('grep', { pattern: 'kostenstelle', path: 'app/models.py' }, '24:    kostenstelle = models.CharField(max_length=10, blank=True)\n41:    kostenstelle_override = models.CharField(max_length=10, blank=True, help_text="Abweichende Kostenstelle für Projektreisen")'),
  ]),
  l10agent('zh', 'print-logging', 'sonnet', '把 scripts/sync_orders.py 里的 print 全换成 logging，日志级别用环境变量 LOG_LEVEL 控制，默认 INFO；出错的地方要带上 traceback。别改业务逻辑。', [
    step('read_file', { path: 'scripts/sync_orders.py' }, '1\timport os\n2\timport sys\n3\timport time\n4\t\n5\timport requests\n6\t\n7\tfrom db import get_conn\n8\t\n9\tAPI = os.environ["ERP_API"]\n10\t\n11\t\n12\tdef fetch(page):\n13\t    r = requests.get(f"{API}/orders", params={"page": page}, timeout=10)\n14\t    r.raise_for_status()\n15\t    return r.json()\n16\t\n17\t\n18\tdef main():\n19\t    conn = get_conn()\n20\t    page, total = 1, 0\n21\t    while True:\n22\t        print(f"fetching page {page}")\n23\t        try:\n24\t            data = fetch(page)\n25\t        except Exception as e:\n26\t            print("fetch failed:", e)\n27\t            time.sleep(5)\n28\t            continue\n29\t        if not data["items"]:\n30\t            break\n31\t        for o in data["items"]:\n32\t            conn.execute("INSERT INTO orders (id, total, status) VALUES (%s, %s, %s) ON CONFLICT (id) DO UPDATE SET total = EXCLUDED.total, status = EXCLUDED.status", (o["id"], o["total"], o["status"]))\n33\t        total += len(data["items"])\n34\t        page += 1\n35\t    conn.commit()\n36\t    print(f"done, {total} orders")\n37\t\n38\t\n39\tif __name__ == "__main__":\n40\t    try:\n41\t        main()\n42\t    except Exception as e:\n43\t        print("FATAL", e, file=sys.stderr)\n44\t        sys.exit(1)'),
  ]),
  l10agent('fr', 'double-facturation-fuseau', 'opus', 'Le job de facturation mensuelle a facturé deux fois 14 clients le 1er décembre, et quasiment tous sont en Nouvelle-Zélande ou en Australie. Les autres clients sont bons. Trouve pourquoi, et dis-moi ce qu\'il faut corriger avant le run de janvier, sans refacturer ni rembourser quoi que ce soit toi-même.', [
    step('run_sql', { sql: "SELECT customer_id, count(*), array_agg(created_at ORDER BY created_at), array_agg(period_key) FROM invoices WHERE created_at >= '2026-11-30' GROUP BY customer_id HAVING count(*) > 1" }, 'customer_id | count | array_agg                                              | array_agg\n------------+-------+--------------------------------------------------------+-----------------------\n c_88120    |     2 | {2026-11-30 11:00:03+00,2026-12-01 11:00:02+00}        | {2026-12,2026-12}\n c_90311    |     2 | {2026-11-30 11:00:03+00,2026-12-01 11:00:04+00}        | {2026-12,2026-12}\n c_77045    |     2 | {2026-11-30 13:00:05+00,2026-12-01 11:00:03+00}        | {2026-12,2026-12}\n ... (14 rows)'),
    step('read_file', { path: 'billing/run_monthly.py' }, '1\tfrom datetime import datetime\n2\tfrom zoneinfo import ZoneInfo\n3\t\n4\t# launched every hour by cron (0 * * * *) so that each customer is billed at local midnight\n5\tdef run(now_utc: datetime):\n6\t    for c in customers_due(now_utc):\n7\t        local = now_utc.astimezone(ZoneInfo(c.tz))\n8\t        if local.day != 1 or local.hour != 0:\n9\t            continue\n10\t        period_key = local.strftime("%Y-%m")\n11\t        if already_billed(c.id, period_key, since=now_utc.date()):\n12\t            continue\n13\t        create_invoice(c, period_key)\n14\t\n15\tdef already_billed(customer_id, period_key, since):\n16\t    return db.exists("SELECT 1 FROM invoices WHERE customer_id = %s AND period_key = %s AND created_at::date >= %s", customer_id, period_key, since)'),
    step('bash', { command: 'kubectl get cronjob billing-monthly -o jsonpath="{.spec.schedule} {.spec.timeZone} {.spec.concurrencyPolicy}"; grep -rn "def customers_due" -A8 billing/' }, '0 * * * * Europe/Paris Allow\nbilling/customers.py:40:def customers_due(now_utc):\nbilling/customers.py-41-    # customers whose local date is the 1st, or who were missed in the last 48h\nbilling/customers.py-42-    return db.query("SELECT * FROM customers WHERE active AND (next_bill_at <= %s)", now_utc)\nbilling/customers.py-43-\nbilling/customers.py-44-# next_bill_at is advanced by the invoice service asynchronously (queue billing.invoice_created)'),
  ], { system: 'Tu es l\'assistant de l\'équipe facturation. Tu peux lire le code, interroger la base en lecture seule et lancer des commandes kubectl en lecture. Ne modifie rien en production. Réponds en français, sépare ce qui est établi de ce qui reste à vérifier.', tools: ['run_sql', 'read_file', 'bash'] }),
  l10agent('tr', 'stok-eksi', 'opus', 'Gece 02:00\'deki toplu stok güncellemesinden sonra bazı ürünlerin stoğu eksiye düşüyor, sabah mağazalar satış yapamıyor. Geçen hafta 3 gece oldu. Neden olduğunu bul, henüz düzeltme yapma.', [
    step('read_file', { path: 'stok/gece_senkron.go' }, '1\tfunc (s *Senkron) Calistir(ctx context.Context) error {\n2\t\tguncellemeler, err := s.erp.DegisenStoklar(ctx, s.sonCalisma)\n3\t\tif err != nil {\n4\t\t\treturn err\n5\t\t}\n6\t\tsem := make(chan struct{}, 8)\n7\t\tvar wg sync.WaitGroup\n8\t\tfor _, g := range guncellemeler {\n9\t\t\twg.Add(1)\n10\t\t\tsem <- struct{}{}\n11\t\t\tgo func(g Guncelleme) {\n12\t\t\t\tdefer wg.Done()\n13\t\t\t\tdefer func() { <-sem }()\n14\t\t\t\tmevcut, _ := s.okuma.Stok(ctx, g.Urun, g.Depo) // read replica\n15\t\t\t\tyeni := mevcut + g.Fark\n16\t\t\t\ts.db.Exec(ctx, "UPDATE stok SET adet = $1 WHERE urun = $2 AND depo = $3", yeni, g.Urun, g.Depo)\n17\t\t\t}(g)\n18\t\t}\n19\t\twg.Wait()\n20\t\ts.sonCalisma = time.Now()\n21\t\treturn nil\n22\t}'),
    step('run_sql', { sql: "SELECT urun, depo, count(*) FROM erp_degisiklik_log WHERE zaman BETWEEN '2026-12-03 01:55' AND '2026-12-03 02:10' GROUP BY 1,2 HAVING count(*) > 1 ORDER BY 3 DESC LIMIT 5" }, 'urun     | depo | count\n---------+------+------\n SK-40912 | IST2 |    4\n SK-11870 | ANK1 |    3\n SK-40913 | IST2 |    3\n SK-77210 | IZM1 |    2\n SK-11871 | ANK1 |    2'),
    step('bash', { command: 'grep -n "replica lag" logs/postgres-2026-12-03.log | tail -3; grep -c "satis_kaydi" logs/pos-2026-12-03-0200.log' }, '2026-12-03 02:00:41 WARN replica lag 2.8s (write burst)\n2026-12-03 02:01:12 WARN replica lag 4.1s (write burst)\n2026-12-03 02:02:05 WARN replica lag 1.9s\n318'),
  ], { system: 'Sen perakende ekibinin operasyon asistanısın. Kodu okuyabilir, veritabanını salt okunur sorgulayabilir ve logları inceleyebilirsin. Kanıtla gösterileni varsayımdan ayır. Türkçe cevap ver.', tools: ['read_file', 'run_sql', 'bash'] }),
];
