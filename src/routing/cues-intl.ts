/**
 * A few high-precision cues in the languages the English cue lists miss. They mark only
 * the two ends: the Opus kinds of ask (proof, system design and trade-offs, root-cause
 * debugging of concurrency or memory faults, research synthesis) and clear simple transforms
 * (translate, fix spelling, classify, extract, answer in one word). Everything between is
 * left to the length in tokens and to the "never below Sonnet" floor for non-English asks. Since session 10 also the
 * domain-general words of hard work (risks, constraints, scenarios ...) and the shape of a long ask of many parts.
 * Patterns run on lower-cased text; stems without a trailing \b catch inflections.
 */

import { alternatives } from './cue-pattern.js';

/**
 * One regex over many literal-led alternatives, grouped by their first character ("r(?:isik|iesgo)|c(?:ompar|...)"):
 * the engine then tests one character at each position instead of every alternative (session 10: 5.6 µs for a
 * non-English ask of 180 characters against 8.7 µs ungrouped, under load).
 */
const cueRegex = (parts: readonly string[]): RegExp => {
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const alt of alternatives(parts.join('|'))) {
    const first = alt[0] as string;
    if ('\\([.^$'.includes(first) || alt.length < 2 || /^.[?*+{]/u.test(alt)) rest.push(alt);
    else groups.set(first, [...(groups.get(first) ?? []), alt.slice(1)]);
  }
  const grouped = [...groups].map(([first, tails]) => (tails.length === 1 ? `${first}${tails[0]}` : `${first}(?:${tails.join('|')})`));
  return new RegExp([...grouped, ...rest].join('|'), 'g');
};

const HARD_INTL = cueRegex([
  // proof, rigour
  '証明|厳密|证明|严格|증명|엄밀|beweis|bewiesen|demuestr|demostr|démontr|démonstration|montrez que|prove que|demonstra[çr]|dimostr|доказ|строг|أثبت|برهان|सिद्ध|bewijs|udowodnij|dowód|kanıtla|ispatla|chứng minh|chặt chẽ',
  'พิสูจน์|הוכח|buktikan|pembuktian|bevisa|rigorös|αποδείξ|απόδειξ|доведіть|доведи|доведення|dokažte|dokaž|důkaz|اثبات کنید',
  // system design, distributed systems, trade-offs, network partitions
  '設計|分散|トレードオフ|设计|分布式|架构|权衡|설계|분산|트레이드오프|diseñ|arquitectura|distribuid|entwerfen|entwurf|architektur|verteilt|kompromiss|concevez|architecture|distribué|compromis|projete|arquitetura|progetta|architettura|distribuit|compromess|спроектир|архитектур|распредел|компромисс|संरचना|समझौत|architectuur|zaprojektuj|tasarla|mimari|ödünleşim|thiết kế|一貫性|一致性|일관성|konsistenz|consistencia|cohérence|consistência|coerenza|согласованност',
  'ออกแบบระบบ|สถาปัตยกรรม|ความสอดคล้อง|ארכיטקטורה|מבוזר|עקביות|rancang arsitektur|rancang sistem|arsitektur|terdistribusi|konsistensi|arkitektur|distribuerad|konsistens|avvägning|αρχιτεκτονικ|κατανεμημέν|спроектуй|архітектур|розподілен|узгодженіст|distribuovan|konzistenc|معماری|توزیع‌شده|صمّم نظام|صمم نظام|معمارية|موزع|الاتساق|المفاضلة|वितरित|dağıtık|tutarlılık|kiến trúc|phân tán|nhất quán|đánh đổi|rozproszon|spójnoś|gedistribueerd|consistentie',
  'ネットワーク分断|网络分区|네트워크 분할|netzwerkpartition|partición de red|partition réseau|partição de rede|partizione di rete|разделени[ея] сети|podział sieci|ağ bölünmesi|phân vùng mạng|انقسام الشبكة|partisi jaringan|nätverkspartition',
  // root-cause debugging: deadlocks, races, memory corruption and leaks, intermittent faults
  'デッドロック|根本原因|再現できません|间歇|偶尔|死锁|竞态|교착|근본 원인|causa raíz|causas raíz|intermitente|ursache|sporadisch|verklemmung|cause racine|intermittent|corruption mémoire|causa principale|intermittente|causa raiz|первопричин|взаимная блокировка|не можем её воспроизвести|pierwotną przyczynę|uszkodzenia pamięci',
  'メモリリーク|競合状態|内存泄漏|根因|메모리 누수|경쟁 조건|speicherleck|fuga de memoria|condición de carrera|interbloqueo|fuite (?:de )?mémoire|condition de course|interblocage|vazamento de memória|condição de corrida|perdita di memoria|утечк[аи] памяти|состояни[ея] гонки|wyciek pamięci|zakleszczeni|geheugenlek|grondoorzaak|kök neden|bellek sızıntısı|yarış durumu|nguyên nhân gốc|rò rỉ bộ nhớ|السبب الجذري|تسرب الذاكرة|मूल कारण|สาเหตุที่แท้จริง|ต้นเหตุ|หน่วยความจำรั่ว|שורש הבעיה|דליפת זיכרון|מצב מרוץ|akar masalah|kebocoran memori|kondisi balapan|grundorsak|minnesläcka|βασική αιτία|διαρροή μνήμης|першопричин|витік пам|взаємн[еа] блокуван|únik paměti|příčin[auy] chyby',
  // research synthesis
  '综述|総説|研究を総合|研究들을 종합|종합하고|síntesis de la investigación|revisión crítica|revisão crítica|revisione critica|synthèse de la recherche|forschungsstand|обзор исследований|開放問題|开放问题|open problem|problemas abiertos',
  'revisión de la literatura|revue de la littérature|état de l.art|síntese (?:crítica )?da literatura|revisão da literatura|revisione della letteratura|stato dell.arte|stand der forschung|обзор литературы|огляд (?:досліджень|літератури)|przegląd literatury|literatuuronderzoek|literatür taraması|tổng quan nghiên cứu|مراجعة الأدبيات|साहित्य समीक्षा|ทบทวนวรรณกรรม|סקירת ספרות|tinjauan pustaka|sintesis penelitian|forskningsläget|litteraturöversikt|přehled literatury',
]);

/**
 * Domain-general words of hard work, in the languages the English cue lists miss: causes, risks, comparisons,
 * guarantees and error bounds, edge cases, constraints, formulating a problem, uncertainty, working systematically,
 * scenarios. Weaker than the hard cues above (one of them is no proof or design): they count half as much.
 */
const DEPTH_INTL = cueRegex([
  '原因|起因|원인|ursache|causas? (?:posibles|possíveis|probables)|causes? (?:possibles|probables|profondes)|cause possibili|possibili cause|przyczyn|oorzaak|причин|nguyên nhân|السبب|कारण|penyebab|orsak|příčin|αιτί|סיבה|สาเหตุ',
  'リスク|风险|風險|위험|risik|riesgo|risque|risco|rischi|риск|ryzyk|risico|riski|rủi ro|مخاطر|जोखिम|riziko|κίνδυν|סיכון|ความเสี่ยง',
  '比較|比较|비교|vergleich|compar|сравн|porówn|vergelijk|karşılaştır|so sánh|قارن|तुलना|bandingkan|jämför|porovn|σύγκρι|השווה|เปรียบเทียบ',
  '保証|保证|보장|garanti|гарант|gwarant|上界|上限|誤差|误差|오차',
  'エッジケース|境界条件|边界情况|极端情况|엣지 케이스|randfäll|grenzfäll|casos? (?:límite|borde|extremos?)|cas limites?|casi limite|граничн|krańcow|uç durum|trường hợp biên',
  '制約|约束|제약|randbedingung|einschränkung|restricci|contrainte|restriç|vincol|ограничени|ograniczeni|beperking|kısıt|ràng buộc|قيود|बाधा|batasan|kendala|begränsning|omezení|περιορισμ|אילוצ|ข้อจำกัด',
  '定式化|形式化|정식화|formalisier|formul|формализ|сформулир|sformułuj|formaliz|biçimsel|merumuskan|rumuskan',
  '不確実|不确定|불확실|unsicherheit|incertidumbre|incertitude|incerteza|incertezza|неопределённост|неопределенност|niepewnoś|onzekerheid|belirsizlik|bất định|ketidakpastian|osäkerhet|nejistot',
  '体系的|系统地|체계적|systematisch|sistemáticamente|systématiquement|sistematicamente|систематическ|systematycznie|sistematik|có hệ thống|sistematis|systematiskt|systematicky',
  'シナリオ|场景|시나리오|szenari|escenario|scénario|cenário|scenari|сценари|scenariusz|senaryo|kịch bản|سيناريو|skenario|scénář',
]);

const SIMPLE_INTL = cueRegex([
  '翻訳|英語に|翻译|译成|翻成|번역|traduc|übersetz|tradu[zi]|перевед|ترجم|अनुवाद|vertaal|przetłumacz|çevir|dịch sang|översätt|แปล|תרגם|terjemahkan|bahasa inggrisnya|переклади|μετάφρασ|přelož|ترجمه کن',
  '誤字|错别字|改正|맞춤법|korrigiere|rechtschreib|corrige|corrija|ortografia|ortografía|исправь|popraw\\b',
  'ポジティブ|ネガティブ|正面还是负面|一个词|一語|한 단어|분류해|分类|分類|clasifica|klassifizier|classifi|классифиц|тональность|sınıflandır',
  'extrae|extrahier|extraire|extrai|estrai|извлеки|抽出|提取|추출',
  'un seul mot|ein wort|una palabra|одним словом|spam o no spam|positif ou négatif|positivo o negativo|résume cette phrase',
  // The English family's reformatting asks (shorter, into English, as a list or table, in one sentence, conjugate, how to read a word)
  'más corto|mas corto|más breve|plus court|plus concis|kürzer|knapper|più corto|più breve|mais curt[oa]|короче|krócej|korter|daha kısa|ngắn hơn|أقصر|lebih pendek|kortare|kratší|συντομότερ|קצר יותר|สั้นลง|更短|短一点|短く|짧게',
  'en anglais|en inglés|en ingles|auf englisch|ins englische|in inglese|em inglês|на английск|po angielsku|in het engels|ingilizceye|sang tiếng anh|إلى الإنجليزية|ke bahasa inggris|på engelska|do angličtiny|στα αγγλικά|לאנגלית|เป็นภาษาอังกฤษ|英訳|영어로',
  'formato iso|format iso|iso-format|格式化|整形して|포맷해|formatier|lista numerada|liste numérotée|liste à puces|nummerierte liste|aufzählung|elenco puntato|elenco numerato|нумерованн|маркированн|lista numerowana|genummerde lijst|箇条書き|번호 목록|글머리',
  'en una tabla|en tableau|sous forme de tableau|als tabelle|in una tabella|em uma tabela|в виде таблицы|w tabeli|表にして|做成表格|표로',
  '一言で|一句话|한 문장으로|en una frase|en une phrase|in einem satz|ein satz reicht|in una frase|em uma frase|одним предложением|jednym zdaniem|conjugue|conjuga|konjugier|спряги|coniuga|なんて読む|何と読む|読み方|怎么读|读音|어떻게 읽',
]);

/**
 * Asking why or how something works: explanation, not a lookup, however short. Lower-cased text, no word
 * boundaries (they do not work outside ASCII); a word that is also "as" ("come") is only taken with its verb.
 */
const EXPLAIN_INTL =
  /warum|wieso|weshalb|wie funktioniert|por ?qu[eé]|c[oó]mo|pourquoi|comment|perch[eé]|come funziona|почему|зачем|как работает|как устроен|なぜ|どうして|どのように|为什么|为何|怎么|如何|왜|어떻게|لماذا|كيف|क्यों|कैसे|neden|niçin|nasıl|tại sao|vì sao|như thế nào|làm sao|dlaczego|jak działa|waarom|hoe werkt|varför|hur fungerar|למה|מדוע|איך|mengapa|kenapa|bagaimana|ทำไม|อย่างไร|ยังไง|чому|як працю|proč|jak funguje|γιατί|πώς/;
/** Asking for a judgement or a comparison ("which should we choose", "is X better"): not a lookup either. */
const JUDGE_INTL =
  /sollten|sollen|könnte|würde|besser|deber[ií]a|mejor|devrait|meilleur|dovre[im]|migliore|должн|следует|лучше|deveria|melhor|powin|lepsz|zouden|moeten|beter|bör|skulle|bättre|sebaiknya|harus|lebih baik|nên|tốt hơn|měl|lepší|πρέπει|καλύτερ|צריך|טוב יותר|ควร|ดีกว่า|べき|より良い|应该|更好|해야|더 나은|يجب|أفضل|चाहिए|बेहतर|gerek|lazım|daha iyi|треба|краще|باید|بهتر/;
/** A question mark closing the ask, in any script (Greek writes ";", Arabic "؟", CJK full width). */
const QUESTION_END = /[?？؟;\u037e]\s*["'»”」)]?\s*$/;
/** Short enough to be one factual question (estimated tokens). */
const SHORT_QUESTION_TOKENS = 24;

/**
 * A short factual question ("Wann ist Ostern 2025?", "1 किलोग्राम में कितने पाउंड होते हैं?"): one
 * sentence closed by a question mark, no line breaks or code, not asking why or how, nor for a judgement. The English cue lists
 * see such asks as quick lookups; in other languages nothing else would.
 */
export const isShortIntlQuestion = (lower: string, tokens: number): boolean => {
  if (tokens > SHORT_QUESTION_TOKENS || !QUESTION_END.test(lower) || lower.includes('\n') || EXPLAIN_INTL.test(lower) || JUDGE_INTL.test(lower)) return false;
  // A ";" ends a Greek question only.
  return !lower.trimEnd().endsWith(';') || /[\u0370-\u03ff]/.test(lower);
};

const CAP = 4;

const count = (re: RegExp, lower: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (n < CAP && re.exec(lower) !== null) n += 1;
  return n;
};

/** Matches (capped) of the hard and the simple cues; `lower` is already lower-cased. */
export const countIntlCues = (lower: string): { hard: number; simple: number; depth: number } => ({
  hard: count(HARD_INTL, lower),
  simple: count(SIMPLE_INTL, lower),
  depth: count(DEPTH_INTL, lower),
});

/** Clause separators in prose, in any script: a comma or semicolon before a space, or a full-width one (a CSV's commas are no clauses). */
const SEPARATORS = /[,;،]\s|[，、；]/g;
/** Estimated tokens and clause separators from which an ask is long and lists several constraints or questions. */
const MANY_PARTS = { tokens: 100, separators: 4 } as const;
/** Line breaks in a few paragraphs of prose: more, and the text is a list, a table, a log or pasted notes. */
const PROSE_LINES = 4;

/** A paragraph or a few of prose: a CSV, a stack trace or pasted notes have ", " and words of any kind on every line. */
export const isProse = (text: string): boolean => {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= PROSE_LINES; i = text.indexOf('\n', i + 1)) lines += 1;
  return lines <= PROSE_LINES;
};

/**
 * A long ask (in prose) that lists several constraints or sub-questions ("..., ..., and what risks ...?"), whatever
 * its words: without a learned part in its language, this structure is the evidence left of a hard ask.
 */
export const isManyPartAsk = (text: string, tokens: number): boolean => {
  if (tokens < MANY_PARTS.tokens) return false;
  SEPARATORS.lastIndex = 0;
  let n = 0;
  while (n < MANY_PARTS.separators && SEPARATORS.exec(text) !== null) n += 1;
  return n >= MANY_PARTS.separators;
};
