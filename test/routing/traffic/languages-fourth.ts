import type { Tier } from '../../../src/config/schema.js';
import { lang, type TrafficExample } from './build.js';

/**
 * Fourth non-English batch (session 8, names `l4-<lang>-`), written blind (the router was not run while writing):
 * fifteen languages (ja, zh, de, es, fr, ko, pt, ru, it, nl, pl, tr, ar, hi, vi), four of the asks the latest turn
 * of a conversation, several mixed with English code or error messages. Lookups, translations and rewordings;
 * everyday code, letters and explanations; and proofs, designs, causal analyses and concurrency investigations
 * asked in plain words.
 */
const l4 = (code: string, name: string, tier: Tier, texts: string | readonly string[]): TrafficExample => {
  const e = lang(code, name, tier, texts);
  return { ...e, name: `l4-${e.name}`, group: `l4-${e.group}` };
};

const rebase = [
  'git rebase と git merge の違いを、チームに説明できるように簡単に教えてください。',
  '一言でいうと、**merge は履歴をそのまま残して合流させる**、**rebase は自分のコミットを相手の先端の上に付け替えて一直線の履歴にする**、という違いです。\n\n例えば main から feature ブランチを切って作業している間に、main にも新しいコミットが入ったとします。\n\n```\n      A---B  feature\n     /\nC---D---E---F  main\n```\n\n**git merge main**（feature 上で実行）すると、両方の履歴を保ったまま「マージコミット」M が作られます。\n\n```\n      A---B---M  feature\n     /       /\nC---D---E---F  main\n```\n\n**git rebase main** すると、A と B が F の後ろに作り直されます（A\', B\' はハッシュが変わった別のコミット）。\n\n```\n              A\'--B\'  feature\n             /\nC---D---E---F  main\n```\n\nチーム向けのポイント：\n- merge は安全で、何が起きたかが履歴に正確に残る。その代わり履歴が枝分かれして読みにくくなる。\n- rebase は履歴がきれいになり、レビューや `git bisect` がしやすい。その代わりコミットを作り直すので、**他の人と共有しているブランチでは注意が必要**。\n- よくある運用は「自分だけの作業ブランチは rebase で main に追従し、main への取り込みは merge（または squash merge）」です。',
];

const kafka = [
  'Wie funktioniert Exactly-once in Kafka eigentlich? Idempotenter Producer, Transaktionen, read_committed — ich verstehe die Teile, aber nicht, wie sie zusammenspielen.',
  'Die drei Teile lösen drei verschiedene Probleme:\n\n**1. Idempotenter Producer** (`enable.idempotence=true`): Jeder Producer bekommt eine Producer-ID (PID), jede Nachricht pro Partition eine fortlaufende Sequenznummer. Der Broker verwirft Duplikate, die durch Retries entstehen (gleiche PID, gleiche Sequenz). Das verhindert Duplikate *innerhalb einer Producer-Sitzung und einer Partition* — mehr nicht.\n\n**2. Transaktionen** (`transactional.id`): Sie machen mehrere Schreibvorgänge über Partitionen hinweg atomar, inklusive der Consumer-Offsets (`sendOffsetsToTransaction`). Der Transaction Coordinator schreibt den Zustand der Transaktion in das interne Topic `__transaction_state`; beim Commit schreibt er Commit-Marker in alle beteiligten Partitionen. Die `transactional.id` überlebt Neustarts: Ein neuer Producer mit derselben ID bekommt eine höhere *Epoch*, und der alte („Zombie") wird abgewiesen (Fencing).\n\n**3. `isolation.level=read_committed`** beim Consumer: Er liest nur Nachrichten bis zum *Last Stable Offset* und überspringt Nachrichten abgebrochener Transaktionen.\n\nZusammen ergibt das Exactly-once für **Read-Process-Write innerhalb von Kafka**: Eingabe lesen, verarbeiten, Ausgabe schreiben und Eingabe-Offsets committen — alles in einer Transaktion. Entweder ist beides sichtbar oder nichts.\n\nWichtig ist die Grenze: Sobald ein externer Seiteneffekt dazukommt (eine Datenbank, eine HTTP-API), gilt das nicht mehr automatisch. Dort brauchst du Idempotenz auf der Gegenseite oder das Outbox-Muster.',
];

const mailEs = [
  'Escríbeme un correo corto para nuestros clientes anunciando que a partir del 1 de enero abrimos también los sábados de 10 a 14 h en la tienda de Valencia.',
  'Asunto: ¡Ahora también abrimos los sábados!\n\nHola:\n\nTenemos una buena noticia: a partir del **1 de enero**, nuestra tienda de Valencia abrirá también los **sábados de 10:00 a 14:00**.\n\nSabemos que entre semana no siempre es fácil pasarse, así que esperamos que este nuevo horario os lo ponga más fácil para venir a ver las novedades, recoger vuestros pedidos o simplemente saludarnos.\n\nEl horario de lunes a viernes no cambia.\n\n¡Os esperamos!\n\nUn saludo,\nEl equipo de la tienda de Valencia',
];

const meetingFr = [
  'Fais un compte rendu de cette réunion en quelques lignes : on a décidé de repousser le lancement de l\'appli mobile au 15 mars parce que les tests de paiement ne sont pas finis, Claire s\'occupe de prévenir les partenaires, Mehdi refait le planning QA, et on se revoit jeudi.',
  '**Compte rendu – réunion projet appli mobile**\n\n- **Décision :** le lancement de l\'application mobile est reporté au **15 mars**, les tests du parcours de paiement n\'étant pas terminés.\n- **Actions :**\n  - Claire informe les partenaires du nouveau calendrier.\n  - Mehdi met à jour le planning de la recette (QA).\n- **Prochaine réunion :** jeudi.',
];

export const fourthLanguageExamples: TrafficExample[] = [
  // Japanese
  l4('ja', 'keigo', 'haiku', '次の文を取引先に送れる丁寧な敬語に直してください：「明日の打ち合わせ、ちょっと遅れます。ごめんなさい。」'),
  l4('ja', 'pandas-salary', 'sonnet', 'pandasでCSV（社員ID, 部署, 給与, 入社日）を読み込んで、部署ごとの平均給与と人数、それから入社5年以上の社員だけの平均も出すコードを書いてください。給与が空欄の行がある場合の扱いも説明してほしいです。'),
  l4('ja', 'float-sum', 'opus', '同じデータの浮動小数点の総和を並列に計算すると、スレッド数や実行ごとに結果が最後の数桁で変わってしまいます。金融の規制報告でビット単位の再現性が求められています。なぜ起きるのかを正確に説明し、スレッド数に依存せず再現可能で、かつ速度もあまり落とさない総和の方法をいくつか比較して、それぞれの誤差の上界も示してください。'),
  l4('ja', 'rebase-pushed', 'sonnet', [...rebase, 'ありがとう。じゃあ、すでに push して他の人もプルしているブランチを rebase してしまったら、具体的に何が起きますか？ もうやってしまった場合の復旧手順と、チームで安全に rebase する手順も教えてください。']),
  l4('ja', 'four-squares', 'opus', 'ラグランジュの四平方定理（すべての自然数は4つの平方数の和で表せる）を証明してください。オイラーの四平方恒等式は証明なしで使って構いませんが、素数の場合の議論は省略せずにお願いします。'),
  // Chinese
  l4('zh', 'formal-tone', 'haiku', '把下面这句话改成正式的书面语，用在给客户的邮件里：“这个事儿我们下周再说吧，现在实在忙不过来。”'),
  l4('zh', 'go-lru', 'sonnet', '用 Go 写一个带过期时间（TTL）的 LRU 缓存，要求并发安全，Get 和 Put 都是 O(1)，过期的条目在访问时清理。顺便写几个单元测试。'),
  l4('zh', 'payment-saga', 'opus', '我们的电商系统拆成了订单、支付、库存三个服务，用消息队列串起来。现在偶尔出现重复扣款和“付了钱却没发货”的情况，日志里没有任何报错。请分析在消息重复投递、乱序和消费者中途崩溃时分别会发生什么，比较 Saga、TCC 和事务消息（本地消息表）三种方案各自能保证什么、代价是什么，最后给出你推荐的设计以及每种故障场景下的处理方式。'),
  l4('zh', 'lock-wait', 'sonnet', '这个报错是什么意思？该怎么改？每天凌晨的批量任务跑的时候，白天的下单接口偶尔也会报这个错。\n\nERROR 1205 (HY000): Lock wait timeout exceeded; try restarting transaction\n\n批量任务：\nUPDATE orders SET status = \'expired\' WHERE status = \'pending\' AND created_at < NOW() - INTERVAL 1 DAY;\n\norders 表有 3000 万行，status 上没有索引。'),
  l4('zh', 'blockchain-eli5', 'sonnet', '用通俗的话给高中生解释一下区块链是什么，为什么说它“很难被篡改”，再举一个生活中的比喻。不要用太多术语。'),
  // German
  l4('de', 'seit-seid', 'haiku', 'Was ist nochmal der Unterschied zwischen „seit" und „seid"? Kurz bitte.'),
  l4('de', 'heizung-mail', 'sonnet', 'Formuliere eine höfliche, aber bestimmte E-Mail an unsere Hausverwaltung: Die Heizung in unserer Wohnung (3. OG links, Lindenstraße 12) ist seit zehn Tagen ausgefallen, wir haben zweimal angerufen und niemand kam. Wir setzen eine Frist bis Freitag und behalten uns eine Mietminderung vor.'),
  l4('de', 'zyklische-gruppe', 'opus', 'Beweise, dass jede endliche Untergruppe der multiplikativen Gruppe eines Körpers zyklisch ist. Erkläre danach genau, an welcher Stelle der Beweis scheitert, wenn man statt eines Körpers einen beliebigen kommutativen Ring mit Eins nimmt, und gib ein konkretes Gegenbeispiel an.'),
  l4('de', 'kafka-crash', 'opus', [...kafka, 'Und was passiert genau, wenn der Producer abstürzt, nachdem der Coordinator die Transaktion als committed markiert hat, aber bevor alle Commit-Marker in den Partitionen geschrieben sind — während ein Consumer mit read_committed parallel liest und gleichzeitig ein neuer Producer mit derselben transactional.id startet? Geh alle Fälle durch und sag, ob der Consumer jemals nur einen Teil der Transaktion sehen kann.']),
  l4('de', 'drei-rz', 'opus', 'Wir haben drei Rechenzentren und wollen, dass unsere Datenbank beim Ausfall eines kompletten RZ keine bestätigten Schreibvorgänge verliert und höchstens 30 Sekunden nicht schreibbar ist. Reichen zwei Replikas pro Shard, oder brauchen wir drei? Begründe genau, was bei jeder Variante im schlimmsten Fall passiert, auch wenn die Verbindung zwischen zwei RZ ausfällt statt eines ganzen RZ.'),
  // Spanish
  l4('es', 'iva', 'haiku', '¿Qué significa IVA y cuál es el tipo general en España ahora mismo?'),
  l4('es', 'backup-bash', 'sonnet', 'Escribe un script de bash que haga una copia de seguridad comprimida de /var/www cada noche, conserve solo las de los últimos 7 días y me mande un correo si algo falla. Incluye la línea de cron.'),
  l4('es', 'ecuacion-funcional', 'opus', 'Determina todas las funciones f: ℝ → ℝ tales que f(x + f(y)) = f(x) + y para todos los reales x, y. Demuestra que no hay otras. (Sin suponer continuidad.)'),
  l4('es', 'correo-gracias', 'haiku', [...mailEs, 'gracias, perfecto así']),
  l4('es', 'django-duplicado', 'sonnet', 'Me sale este error en producción y no entiendo por qué, si antes de crear el usuario compruebo que el email no existe. Pasa sobre todo cuando alguien hace doble clic en "Registrarse".\n\ndjango.db.utils.IntegrityError: duplicate key value violates unique constraint "accounts_user_email_key"\nDETAIL:  Key (email)=(ana@ejemplo.es) already exists.\n\ndef register(request):\n    email = request.POST["email"]\n    if User.objects.filter(email=email).exists():\n        return render(request, "register.html", {"error": "Ya existe"})\n    User.objects.create_user(email=email, password=request.POST["password"])\n    return redirect("home")'),
  // French
  l4('fr', 'passe-simple', 'haiku', 'Conjugue le verbe « résoudre » au passé simple, à toutes les personnes.'),
  l4('fr', 'entretien-annuel', 'sonnet', 'Je viens de devenir manager d\'une équipe de six personnes et je dois mener mes premiers entretiens annuels le mois prochain. Explique-moi comment les préparer et les conduire : la structure, les questions à poser, comment parler des points à améliorer, et les erreurs classiques à éviter.'),
  l4('fr', 'scoring-credit', 'opus', 'Notre modèle de scoring de crédit à la consommation a été entraîné sur des données 2019-2022. Depuis la hausse des taux, le taux de défaut observé est le double du taux prédit sur certains segments (jeunes actifs, crédits renouvelables), et à peu près juste ailleurs. Analyse les causes possibles (dérive de population, dérive de concept, biais de sélection dû aux dossiers refusés qu\'on n\'observe jamais), comment les distinguer avec les données dont on dispose, et comment recalibrer ou réentraîner sans refuser en masse des clients solvables, en tenant compte des attentes de l\'ACPR sur l\'explicabilité.'),
  l4('fr', 'cr-anglais', 'haiku', [...meetingFr, 'Parfait, mets-le en anglais pour l\'équipe de Londres.']),
  // Korean
  l4('ko', 'translate-meeting', 'haiku', '다음 문장을 자연스러운 영어로 번역해 주세요: "회의 자료는 내일 오전까지 공유드리겠습니다."'),
  l4('ko', 'transactional-self', 'sonnet', 'Spring Boot에서 같은 클래스 안의 메서드를 호출하면 @Transactional이 동작하지 않는 이유가 뭔가요? 해결 방법을 코드 예시와 함께 알려 주세요.\n\n@Service\npublic class OrderService {\n    public void placeAll(List<Order> orders) {\n        orders.forEach(this::place);\n    }\n\n    @Transactional\n    public void place(Order order) { ... }\n}'),
  l4('ko', 'offline-sync', 'opus', '메모 앱에 오프라인 편집 기능을 넣으려고 합니다. 사용자가 휴대폰, 태블릿, 웹에서 같은 메모를 각각 오프라인으로 고친 뒤 나중에 동기화할 때 어떤 편집도 잃어버리지 않게 하고 싶어요. 마지막 쓰기 우선(LWW), OT, CRDT를 비교하고, 서버 저장 구조와 동기화 프로토콜, 삭제된 메모와 휴지통 처리, 기기 시계가 틀린 경우까지 고려해서 설계해 주세요.'),
  // Portuguese
  l4('pt', 'mas-mais', 'haiku', 'Qual é a diferença entre "mas" e "mais"? Me dá um exemplo de cada.'),
  l4('pt', 'politica-ia', 'sonnet', 'Escreva uma política de uso aceitável de IA generativa (ChatGPT, Copilot etc.) para uma agência de marketing de 50 pessoas: o que pode, o que não pode, dados de clientes, revisão humana, direitos autorais. Linguagem simples, no máximo duas páginas.'),
  l4('pt', 'regime-tributario', 'opus', 'Minha empresa de software está no Simples Nacional (Anexo V, com fator R) e vai faturar R$ 5,1 milhões este ano, acima do limite. Compare Lucro Presumido e Lucro Real para o ano que vem, considerando folha de pagamento de 28% da receita, exportação de serviços para os EUA (40% da receita), créditos de PIS/COFINS, e a transição da reforma tributária (CBS/IBS) a partir de 2027. Diga qual regime escolher, por quê, e quais riscos essa escolha traz nos próximos três anos.'),
  // Russian
  l4('ru', 'odet-nadet', 'haiku', 'Как правильно: «одеть куртку» или «надеть куртку»? Объясни в двух словах.'),
  l4('ru', 'split-csv', 'sonnet', 'Напиши на Python функцию, которая разбивает большой CSV-файл (около 10 ГБ) на части по 100 000 строк, повторяя заголовок в каждой части и не загружая файл в память целиком. Учти, что в полях могут быть переносы строк внутри кавычек.'),
  l4('ru', 'tournament', 'opus', 'Докажите, что в любом турнире (полном ориентированном графе) есть гамильтонов путь. Затем докажите, что сильно связный турнир на n ≥ 3 вершинах содержит гамильтонов цикл, и что более того, он содержит циклы всех длин от 3 до n.'),
  // Italian
  l4('it', 'deadline', 'haiku', 'Come si dice "deadline" in italiano in una mail formale?'),
  l4('it', 'tre-mesi', 'sonnet', 'Mi serve una query SQL (PostgreSQL) che trovi i clienti che hanno fatto almeno un ordine in ciascuno di tre mesi consecutivi, da una tabella ordini(id, cliente_id, data_ordine). Spiegami anche come funziona.'),
  l4('it', 'ambulatori', 'opus', 'Gestiamo 40 ambulatori in 6 sedi con 120 medici, alcuni condivisi tra sedi. Ogni settimana dobbiamo assegnare turni rispettando contratti (ore massime, riposi di 11 ore), specializzazioni, preferenze dei medici, tempi di spostamento tra sedi e una lista d\'attesa con priorità cliniche diverse. Oggi lo facciamo a mano in Excel in due giorni. Formula il problema, dimmi quanto è difficile in teoria e in pratica, e proponi un approccio concreto (modello, solver, come gestire i vincoli che non si possono soddisfare tutti) che dia un piano buono in pochi minuti.'),
  // Dutch
  l4('nl', 'hun-hen', 'haiku', 'Wanneer gebruik je "hun" en wanneer "hen"?'),
  l4('nl', 'dockerfile-next', 'sonnet', 'Schrijf een Dockerfile voor onze Next.js 14 app (pnpm, output: "standalone") met een multi-stage build, een niet-root gebruiker en een zo klein mogelijke image. Leg kort uit wat elke stage doet.'),
  l4('nl', 'snapshot', 'opus', 'Leg uit hoe je in een gedistribueerd systeem zonder gedeelde klok toch een consistente momentopname van de globale toestand kunt maken (Chandy-Lamport). Bewijs dat de verzamelde toestand consistent is, en laat met een voorbeeld zien wat er misgaat als de kanalen niet FIFO zijn. Hoe zou je het algoritme aanpassen voor niet-FIFO-kanalen?'),
  // Polish
  l4('pl', 'faktura', 'haiku', 'Przetłumacz na angielski: „Proszę o potwierdzenie otrzymania faktury do końca tygodnia."'),
  l4('pl', 'zly-uzytkownik', 'opus', 'Nasza aplikacja w Node.js przy około 2000 zapytań na sekundę czasem zwraca odpowiedź przeznaczoną dla innego użytkownika. Kontekst żądania trzymamy w AsyncLocalStorage, a do Redisa używamy własnego wrappera na callbackach z pulą połączeń. W logach nie ma żadnych błędów, a lokalnie nie udaje się tego odtworzyć. Co może być przyczyną i jak to systematycznie zbadać?'),
  // Turkish
  l4('tr', 'tesekkur', 'haiku', '"Teşekkür ederim" ile "sağ ol" arasındaki fark nedir? Hangisini ne zaman kullanmalıyım?'),
  l4('tr', 'form-zod', 'sonnet', "React'ta react-hook-form ve zod ile bir kayıt formu örneği yazar mısın: e-posta, şifre (en az 8 karakter ve en az bir rakam) ve şifre tekrarı. Hata mesajları Türkçe olsun."),
  l4('tr', 'iade-politikasi', 'sonnet', 'Küçük bir online ev tekstili mağazası için iade ve değişim politikası metni yaz. 14 günlük cayma hakkını, hasarlı ürün sürecini, kişiye özel ürünlerin iade edilemeyeceğini ve kargo ücretinin kimde olduğunu anlaşılır bir dille anlatsın.'),
  // Arabic
  l4('ar', 'tarjama', 'haiku', 'ترجم إلى الإنجليزية: «سيُغلق المكتب يوم الخميس بمناسبة العطلة الرسمية.»'),
  l4('ar', 'min-wage', 'opus', 'نريد تقييم أثر رفع الحد الأدنى للأجور في مدينتنا على التوظيف في المطاعم الصغيرة. لدينا بيانات شهرية لخمس سنوات لمدينتنا ولمدينتين مجاورتين لم ترفعا الحد. صمّم منهجية سببية مناسبة (الفروق في الفروق، التحكم التركيبي)، وناقش افتراضات كل منهجية وكيف نختبرها، والعوامل التي قد تجعل النتيجة مضللة، مثل انتقال العمال أو المطاعم بين المدن.'),
  // Hindi
  l4('hi', 'anuvad', 'haiku', 'इस वाक्य का अंग्रेज़ी में अनुवाद करें: "कृपया कल शाम तक रिपोर्ट भेज दीजिए।"'),
  l4('hi', 'kirana-excel', 'sonnet', 'एक छोटी किराना दुकान के लिए Excel में स्टॉक का हिसाब रखने का तरीका समझाइए: कौन-कौन से कॉलम रखें, कौन से फ़ॉर्मूले लगाएँ, और जब किसी सामान का स्टॉक कम हो जाए तो अपने-आप चेतावनी कैसे दिखे।'),
  // Vietnamese
  l4('vi', 'do-c', 'haiku', 'Đổi 25 độ C sang độ F giúp mình.'),
  l4('vi', 'ban-trung-ghe', 'opus', 'Hệ thống đặt vé xem phim của chúng tôi thỉnh thoảng bán trùng một ghế cho hai người, khoảng 1 lần trên 10.000 đơn, dù đã dùng SELECT ... FOR UPDATE trên MySQL (REPEATABLE READ) và có Redis cache sơ đồ ghế ở phía trước. Log không có lỗi nào. Hãy phân tích tất cả các khả năng có thể gây ra việc này và đề xuất một thiết kế đảm bảo không bao giờ bán trùng, kể cả khi thanh toán thất bại giữa chừng.'),
];
