import { conversation, lang, type TrafficExample } from './build.js';

const ja: TrafficExample[] = [
  lang('ja', 'dist-design', 'opus', '世界中に3つのリージョンを持つ決済システムを設計してください。ネットワーク分断が起きても二重決済が起きないこと、各リージョンの障害時にも書き込みを継続できることが要件です。一貫性と可用性のトレードオフ、合意アルゴリズムの選択、冪等性キーの扱いを詳しく説明してください。'),
  lang('ja', 'proof-primes', 'opus', '素数が無限に存在することを、ユークリッドの方法とは異なる方法で厳密に証明してください。各ステップの根拠も示してください。'),
  lang('ja', 'translate', 'haiku', '次の文を英語に翻訳してください：「会議は来週の火曜日に延期されました。」'),
  lang('ja', 'sentiment', 'haiku', '次のレビューの感情を「ポジティブ」か「ネガティブ」の一語で答えてください：「配送が遅く、箱も潰れていました。」'),
  lang('ja', 'email', 'sonnet', '取引先に納期が一週間遅れることを伝える丁寧なビジネスメールを書いてください。理由は部品の入荷遅延です。'),
  lang('ja', 'python', 'sonnet', 'PythonでCSVファイルを読み込み、列「売上」の月ごとの合計を計算してグラフにするスクリプトを書いてください。'),
  lang('ja', 'explain', 'sonnet', 'TCPとUDPの違いを、初心者にもわかるように具体例を使って説明してください。'),
  lang('ja', 'deadlock', 'opus', '本番環境のJavaサービスで、負荷が高いときだけ数時間に一度スレッドが全て停止します。スレッドダンプでは二つのロックを逆順に取得しているように見えますが、再現できません。根本原因の調べ方と、再発しない設計への直し方を教えてください。'),
  lang('ja', 'capital', 'haiku', 'カナダの首都はどこですか？'),
];

const zh: TrafficExample[] = [
  lang('zh', 'algo-proof', 'opus', '请证明 Dijkstra 算法在所有边权非负的图上能够正确求出单源最短路径，并说明为什么存在负权边时证明不成立。请给出严格的归纳证明。'),
  lang('zh', 'design', 'opus', '我们需要设计一个支持每秒十万次写入的分布式消息队列，要求消息不丢失、分区内有序、并且节点故障时能在十秒内恢复。请详细说明架构、复制策略和各种权衡。'),
  lang('zh', 'translate', 'haiku', '把这句话翻译成英文：“请在周五之前提交报告。”'),
  lang('zh', 'classify', 'haiku', '判断下面这条评论是正面还是负面，只回答一个词：“质量很好，物流也很快，非常满意。”'),
  lang('zh', 'report', 'sonnet', '帮我写一份关于公司第三季度销售情况的总结报告提纲，包括主要数据、问题分析和下季度计划。'),
  lang('zh', 'sql', 'sonnet', '写一个SQL查询，找出过去30天内下单次数最多的前10名客户，表结构是 orders(id, customer_id, created_at)。'),
  lang('zh', 'explain', 'sonnet', '请解释一下什么是区块链，以及它为什么被认为是去中心化的。'),
  lang('zh', 'research', 'opus', '请综述近年来关于大语言模型幻觉问题的主要研究方向，比较不同方法的实验证据和局限性，并指出尚未解决的开放问题。'),
  lang('zh', 'typo', 'haiku', '请改正这句话中的错别字：“我门明天一起去公圆玩吧。”'),
];

const de: TrafficExample[] = [
  lang('de', 'proof', 'opus', 'Beweisen Sie, dass die Wurzel aus 2 irrational ist, und verallgemeinern Sie den Beweis auf die Wurzel aus jeder natürlichen Zahl, die keine Quadratzahl ist. Bitte vollständig und streng.'),
  lang('de', 'design', 'opus', 'Entwerfen Sie eine Architektur für ein Buchungssystem mit 20 Millionen Nutzern, das auch bei einem Rechenzentrumsausfall keine Doppelbuchungen zulässt. Diskutieren Sie Konsistenzmodelle, Replikation und die Kompromisse ausführlich.'),
  lang('de', 'translate', 'haiku', 'Übersetze ins Englische: "Die Lieferung verzögert sich um zwei Tage."'),
  lang('de', 'grammar', 'haiku', 'Korrigiere die Rechtschreibfehler: "Ich habe gestern einen sehr interesanten Artikel gelessen."'),
  lang('de', 'letter', 'sonnet', 'Schreib mir ein Kündigungsschreiben für meinen Fitnessstudio-Vertrag zum nächstmöglichen Termin, höflich aber bestimmt.'),
  lang('de', 'code', 'sonnet', 'Schreibe eine Java-Methode, die prüft, ob eine IBAN gültig ist, inklusive Prüfsummenberechnung, und erkläre den Algorithmus kurz.'),
  lang('de', 'explain', 'sonnet', 'Erkläre mir den Unterschied zwischen einer GmbH und einer UG, und wann sich welche Rechtsform lohnt.'),
  lang('de', 'race', 'opus', 'Unser Go-Dienst verliert unter Last sporadisch Zählerstände, obwohl wir überall Mutexe verwenden. Der Fehler tritt nur in Produktion auf und lässt sich lokal nicht reproduzieren. Wie finden wir die Ursache und wie beheben wir sie dauerhaft?'),
  lang('de', 'date', 'haiku', 'Wann ist Ostern 2025?'),
];

const es: TrafficExample[] = [
  lang('es', 'research', 'opus', 'Haz una síntesis de la investigación sobre el efecto del salario mínimo en el empleo: compara los principales estudios empíricos, sus métodos y por qué llegan a conclusiones distintas, y señala qué resultados son sólidos.'),
  lang('es', 'proof', 'opus', 'Demuestra que toda función continua en un intervalo cerrado y acotado alcanza su máximo. Da una demostración rigurosa paso a paso.'),
  lang('es', 'translate', 'haiku', 'Traduce al inglés: "El pedido llegará mañana por la tarde."'),
  lang('es', 'extract', 'haiku', 'Extrae el nombre y el correo electrónico de este texto: "Hola, soy Lucía Fernández, pueden escribirme a lucia.f@example.com."'),
  lang('es', 'cv', 'sonnet', 'Ayúdame a redactar una carta de presentación para un puesto de analista de datos. Tengo dos años de experiencia con Python y SQL.'),
  lang('es', 'react', 'sonnet', 'Escribe un componente de React con TypeScript que muestre una lista de tareas con la opción de marcarlas como hechas y filtrarlas.'),
  lang('es', 'explain', 'sonnet', '¿Cómo funciona la inflación y por qué los bancos centrales suben los tipos de interés para controlarla?'),
  lang('es', 'incident', 'opus', 'Tras una migración, nuestra base de datos PostgreSQL replica con un retraso que crece hasta 40 minutos solo durante la noche, y a veces los lectores ven datos inconsistentes. Analiza las posibles causas raíz y propón cómo investigarlo y corregirlo.'),
  lang('es', 'greeting', 'haiku', 'Clasifica este mensaje como spam o no spam: "¡Has ganado un iPhone! Haz clic aquí para reclamarlo."'),
];

const fr: TrafficExample[] = [
  lang('fr', 'proof', 'opus', 'Montrez que tout groupe d\'ordre p², où p est premier, est abélien. Donnez une démonstration complète et rigoureuse.'),
  lang('fr', 'arch', 'opus', 'Concevez l\'architecture d\'un système de messagerie chiffrée de bout en bout pour 50 millions d\'utilisateurs, avec synchronisation multi-appareils. Discutez en détail la gestion des clés, la tolérance aux pannes et les compromis de sécurité.'),
  lang('fr', 'translate', 'haiku', 'Traduis en anglais : « Merci de confirmer votre présence avant vendredi. »'),
  lang('fr', 'summary-one', 'haiku', 'Résume cette phrase en cinq mots : « Le conseil municipal a voté hier soir la rénovation complète de la piscine, qui fermera pendant un an. »'),
  lang('fr', 'email', 'sonnet', 'Rédige un e-mail à mon équipe pour annoncer le report du lancement produit de deux semaines, en expliquant les raisons et le nouveau planning.'),
  lang('fr', 'bash', 'sonnet', 'Écris un script bash qui sauvegarde un dossier chaque nuit, garde les sept dernières sauvegardes et envoie un e-mail en cas d\'échec.'),
  lang('fr', 'explain', 'sonnet', 'Explique-moi comment fonctionne l\'index B-tree dans une base de données et pourquoi il accélère les recherches.'),
  lang('fr', 'debug', 'opus', 'Notre application Rust plante de façon intermittente avec une corruption mémoire, uniquement en production et seulement dans du code unsafe lié à une bibliothèque C. Comment trouver la cause racine et sécuriser cette frontière FFI ?'),
  lang('fr', 'sentiment', 'haiku', 'Ce commentaire est-il positif ou négatif ? Réponds par un seul mot : « Service impeccable, je recommande. »'),
];

const pt: TrafficExample[] = [
  lang('pt', 'proof', 'opus', 'Prove que existem infinitos números primos da forma 4k + 3. Apresente uma demonstração rigorosa e completa.'),
  lang('pt', 'design', 'opus', 'Projete a arquitetura de um sistema de pagamentos instantâneos que precisa processar 30 mil transações por segundo com consistência forte e tolerância a falhas de um datacenter inteiro. Explique os trade-offs.'),
  lang('pt', 'translate', 'haiku', 'Traduza para o inglês: "A reunião foi cancelada por causa da chuva."'),
  lang('pt', 'fix', 'haiku', 'Corrija a ortografia: "Eu nao sei aonde fica a estaçao de trem."'),
  lang('pt', 'post', 'sonnet', 'Escreva um post para o LinkedIn anunciando que nossa startup recebeu um investimento semente, agradecendo à equipe e aos clientes.'),
  lang('pt', 'code', 'sonnet', 'Escreva uma função em Python que valide um CPF brasileiro, incluindo o cálculo dos dígitos verificadores.'),
  lang('pt', 'explain', 'sonnet', 'Explique a diferença entre juros simples e compostos com um exemplo de investimento de 10 mil reais por cinco anos.'),
  lang('pt', 'research', 'opus', 'Faça uma revisão crítica das evidências sobre a eficácia de programas de transferência de renda condicionada na América Latina, comparando metodologias e resultados contraditórios.'),
];

const it: TrafficExample[] = [
  lang('it', 'proof', 'opus', 'Dimostra che la serie armonica diverge e che la serie dei reciproci dei quadrati converge, con dimostrazioni rigorose e complete.'),
  lang('it', 'design', 'opus', 'Progetta un sistema distribuito per la gestione dell\'inventario di 500 negozi che funzioni anche offline, con sincronizzazione e risoluzione dei conflitti. Discuti le alternative e i compromessi.'),
  lang('it', 'translate', 'haiku', 'Traduci in inglese: "Il negozio apre alle nove e chiude alle venti."'),
  lang('it', 'classify', 'haiku', 'Classifica questa richiesta come "fatturazione", "tecnica" o "altro": "Non riesco a scaricare la fattura di marzo."'),
  lang('it', 'email', 'sonnet', 'Scrivi una lettera di reclamo alla compagnia aerea per un bagaglio arrivato danneggiato, chiedendo un rimborso.'),
  lang('it', 'code', 'sonnet', 'Scrivi un endpoint REST in Node.js con Express che gestisca la registrazione degli utenti con validazione e hashing della password.'),
  lang('it', 'explain', 'sonnet', 'Spiegami come funziona il sistema elettorale italiano in modo semplice.'),
  lang('it', 'debug', 'opus', 'Il nostro servizio Kafka perde messaggi in modo intermittente dopo un ribilanciamento dei consumer, ma solo sotto carico elevato. Aiutami a trovare la causa principale e a progettare una soluzione.'),
];

const ru: TrafficExample[] = [
  lang('ru', 'proof', 'opus', 'Докажите, что любое конечное поле имеет p^n элементов для некоторого простого p и натурального n. Нужна полная строгая доказательство каждого шага.'),
  lang('ru', 'design', 'opus', 'Спроектируйте архитектуру системы бронирования билетов на концерты, выдерживающую пик в 1 миллион запросов в минуту без двойных продаж мест. Подробно обсудите компромиссы между согласованностью и доступностью.'),
  lang('ru', 'translate', 'haiku', 'Переведи на английский: «Пожалуйста, перезвоните мне завтра утром.»'),
  lang('ru', 'sentiment', 'haiku', 'Определи тональность отзыва одним словом: «Ужасный сервис, больше не приду.»'),
  lang('ru', 'letter', 'sonnet', 'Напиши сопроводительное письмо для вакансии backend-разработчика на Go, у меня три года опыта.'),
  lang('ru', 'code', 'sonnet', 'Напиши на Python асинхронный веб-скрейпер, который обходит список URL с ограничением в 10 одновременных запросов.'),
  lang('ru', 'explain', 'sonnet', 'Объясни, как работает сборщик мусора в Java и чем отличаются G1 и ZGC.'),
  lang('ru', 'investigate', 'opus', 'В нашем кластере PostgreSQL раз в несколько дней происходит взаимная блокировка между двумя транзакциями обновления заказов, и мы не можем её воспроизвести. Помогите найти первопричину и перестроить логику так, чтобы это не повторялось.'),
];

const ko: TrafficExample[] = [
  lang('ko', 'proof', 'opus', '모든 자연수 n에 대해 1부터 n까지의 세제곱의 합이 (n(n+1)/2)^2 임을 수학적 귀납법으로 엄밀하게 증명하고, 조합론적인 증명도 제시해 주세요.'),
  lang('ko', 'design', 'opus', '전 세계 사용자를 대상으로 하는 실시간 협업 문서 편집기를 설계해 주세요. 동시 편집 충돌 해결 방식(CRDT와 OT 비교), 복제, 장애 복구의 트레이드오프를 자세히 설명해 주세요.'),
  lang('ko', 'translate', 'haiku', '다음 문장을 영어로 번역해 주세요: "내일 오후 세 시에 회의가 있습니다."'),
  lang('ko', 'classify', 'haiku', '다음 문의를 "배송", "환불", "기타" 중 하나로 분류해 주세요: "주문한 상품이 아직 도착하지 않았어요."'),
  lang('ko', 'email', 'sonnet', '고객에게 서비스 점검 일정을 안내하는 공지 메일을 작성해 주세요. 점검은 토요일 새벽 2시부터 4시까지입니다.'),
  lang('ko', 'code', 'sonnet', '자바스크립트로 디바운스 함수를 구현하고, 어떻게 동작하는지 설명해 주세요.'),
  lang('ko', 'explain', 'sonnet', '쿠버네티스에서 파드와 디플로이먼트, 서비스의 차이를 예시와 함께 설명해 주세요.'),
  lang('ko', 'research', 'opus', '최근 10년간 한국의 저출산 정책에 대한 연구들을 종합하고, 정책 효과에 대한 상반된 실증 결과들을 비교 분석해 주세요.'),
];

const others: TrafficExample[] = [
  lang('ar', 'translate', 'haiku', 'ترجم إلى الإنجليزية: "سيصل الطلب يوم الخميس."'),
  lang('ar', 'explain', 'sonnet', 'اشرح لي الفرق بين التعلم الآلي والتعلم العميق مع أمثلة عملية.'),
  lang('ar', 'proof', 'opus', 'أثبت أن مجموع زوايا المثلث في الهندسة الإقليدية يساوي 180 درجة، ثم اشرح لماذا لا يصح ذلك في الهندسة الكروية مع برهان دقيق.'),
  lang('hi', 'translate', 'haiku', 'इस वाक्य का अंग्रेज़ी में अनुवाद करें: "कल सुबह बैठक है।"'),
  lang('hi', 'essay', 'sonnet', 'जलवायु परिवर्तन के भारत की कृषि पर प्रभाव के बारे में एक लेख लिखिए, जिसमें समाधान भी हों।'),
  lang('hi', 'design', 'opus', 'एक ऐसी डिजिटल भुगतान प्रणाली की संरचना बनाइए जो प्रति सेकंड एक लाख लेनदेन संभाल सके और डेटा सेंटर की विफलता में भी कोई लेनदेन न खोए। सभी समझौतों की विस्तार से चर्चा करें।'),
  lang('nl', 'translate', 'haiku', 'Vertaal naar het Engels: "De trein vertrekt om half negen."'),
  lang('nl', 'code', 'sonnet', 'Schrijf een Python-functie die een Nederlandse postcode valideert en leg uit hoe de reguliere expressie werkt.'),
  lang('nl', 'proof', 'opus', 'Bewijs dat er geen grootste priemgetal bestaat en bewijs vervolgens dat de som van de reciproque priemgetallen divergeert. Geef een volledig en streng bewijs.'),
  lang('pl', 'translate', 'haiku', 'Przetłumacz na angielski: "Sklep jest zamknięty w niedzielę."'),
  lang('pl', 'explain', 'sonnet', 'Wyjaśnij, jak działa protokół HTTPS i dlaczego certyfikaty są potrzebne.'),
  lang('pl', 'debug', 'opus', 'Nasz serwis w C++ od czasu do czasu ulega awarii z powodu uszkodzenia pamięci, tylko na produkcji przy dużym obciążeniu. Jak znaleźć pierwotną przyczynę i jak naprawić to na stałe?'),
  lang('tr', 'translate', 'haiku', 'İngilizceye çevir: "Toplantı yarın saat onda başlayacak."'),
  lang('tr', 'email', 'sonnet', 'Müşterilerimize yeni fiyat politikamızı açıklayan kibar bir e-posta yaz.'),
  lang('tr', 'design', 'opus', 'Bir bankanın çekirdek sistemini mikroservislere bölmek için bir geçiş stratejisi tasarla: veri tutarlılığı, dağıtık işlemler ve kesintisiz geçiş konusundaki ödünleşimleri ayrıntılı tartış.'),
  lang('vi', 'translate', 'haiku', 'Dịch sang tiếng Anh: "Cửa hàng mở cửa lúc tám giờ sáng."'),
  lang('vi', 'explain', 'sonnet', 'Giải thích sự khác nhau giữa cổ phiếu và trái phiếu cho người mới bắt đầu đầu tư.'),
];

/** Non-English conversations: the same inheritance rules must hold in every language. */
const conversations: TrafficExample[] = [
  ...conversation(
    'ja-proof-chat',
    ['任意の正の整数nについて、n^5 - n が30で割り切れることを証明してください。', 'n^5 - n = n(n-1)(n+1)(n^2+1) と因数分解できます。連続する3整数の積なので6で割り切れます。5については、フェルマーの小定理より n^5 ≡ n (mod 5) です。よって30で割り切れます。∎'],
    [
      ['continue', 'opus', '続けて'],
      ['general', 'opus', 'では一般に、n^p - n が p で割り切れることを、フェルマーの小定理を使わずに証明してください。'],
    ],
    { lang: 'ja' },
  ),
  ...conversation(
    'de-design-chat',
    ['Wie sollten wir unsere monolithische Bestellverwaltung in Services aufteilen, ohne Konsistenz bei Bestellungen und Zahlungen zu verlieren?', 'Ein bewährter Weg ist das Strangler-Pattern: neue Services übernehmen schrittweise Funktionen, Bestellungen und Zahlungen werden über eine Saga mit kompensierenden Aktionen koordiniert...'],
    [
      ['weiter', 'opus', 'weiter'],
      ['saga', 'opus', 'Erkläre die Saga im Detail für den Fall, dass die Zahlung nach der Reservierung des Lagerbestands fehlschlägt.'],
      ['danke', 'haiku', 'Danke!'],
    ],
    { lang: 'de' },
  ),
  ...conversation(
    'es-email-chat',
    ['Escribe un correo para pedir a mi jefe un día libre el viernes.', 'Asunto: Solicitud de día libre\n\nHola Marta:\n\n¿Sería posible tomarme el viernes libre? Dejaré mis tareas cubiertas...\n\nGracias,\nPablo'],
    [
      ['shorter', 'haiku', 'Hazlo más corto.'],
      ['continue', 'sonnet', 'continúa'],
    ],
    { lang: 'es' },
  ),
  ...conversation(
    'zh-code-chat',
    ['用Go写一个LRU缓存，支持并发访问。', '```go\ntype LRU struct {\n    mu    sync.Mutex\n    cap   int\n    ll    *list.List\n    items map[string]*list.Element\n}\n...\n```'],
    [
      ['continue', 'sonnet', '继续'],
      ['ttl', 'sonnet', '再加上过期时间（TTL）支持。'],
    ],
    { lang: 'zh' },
  ),
];

export const languageExamples: TrafficExample[] = [...ja, ...zh, ...de, ...es, ...fr, ...pt, ...it, ...ru, ...ko, ...others, ...conversations];
