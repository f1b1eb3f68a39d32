/**
 * Hand-built cues: what kind of ask a text is. Each family is one precompiled regex; we count
 * matches up to a small cap, so scanning stops early on texts full of matches.
 * Word patterns are lower-case and run on lower-cased text; codeSyntax runs on the original.
 */

import { wordScanner, type WordScanner } from './cue-scan.js';

export const CUE_FAMILIES = [
  'codeSyntax',
  'codeTopic',
  'math',
  'proof',
  'quantitative',
  'design',
  'debugging',
  'research',
  'depth',
  'everyday',
  'simple',
  'lookup',
  'numbers',
] as const;
export type CueFamily = (typeof CUE_FAMILIES)[number];
export type CueCounts = Record<CueFamily, number>;

const w = (words: string): string => `\\b(?:${words})\\b`;

/**
 * Code syntax, as three scans whose counts add up: each starts with a literal or a line start, so the regex engine
 * skips ahead quickly, where one alternation of all of them tried every alternative at every position (twice the cost).
 */
const CODE_SYNTAX_PARTS: readonly RegExp[] = [
  /```|=>|::|!==?|===|\+\+|\+=|-=|\);\s*$|[{}]\s*$|#include\b|Traceback \(most recent call last\)/gm,
  /\b(?:(?:def|fn|func) \w+\(|(?:console\.log|System\.out|printf|println!?)\b|(?:SELECT|INSERT|UPDATE|DELETE)\b[^\n]{0,80}\b(?:FROM|INTO|SET|WHERE)\b)/g,
  /(?:^|\n)[ \t]*(?:import|from|const|let|var|return|public|private|class|struct|interface|async|#define)\b|(?:^|\n)[ \t]+at [\w.$<>]+ ?\(/g,
];

export const PATTERNS: Readonly<Record<CueFamily, RegExp>> = {
  codeSyntax: new RegExp(CODE_SYNTAX_PARTS.map((part) => part.source).join('|'), 'gm'),
  codeTopic: new RegExp(
    w(
      'code|coding|program(?:s|ming)?|function|method|class (?=\\w+ ?[({:])|variable|compiler?|runtime|python|javascript|typescript|java|golang|rust|c\\+\\+|kotlin|swift|sql|regex|api|endpoint|bug|exception|stack ?trace|algorithm|recursion|recursive|pointer|array|linked list|hash ?map|binary tree|big-?o|time complexity|git|docker|kubernetes|react|node\\.?js|database|query|schema|unit tests?|refactor|repo(?:sitory)?|script|library|framework|thread|mutex|async',
    ),
    'g',
  ),
  math: new RegExp(
    [
      '\\\\(?:frac|sum|int|sqrt|mathbb|mathcal|forall|exists|lim|prod|binom|partial|nabla|infty|leq|geq)',
      '[∀∃∑∫√≤≥≠∈∉⊂⊆∞∂∇λπ]',
      '\\b[a-z]\\^\\{?\\d',
      '\\b\\d+\\^\\d',
      w(
        'equations?|integral|derivative|differential|matri(?:x|ces)|eigen\\w*|polynomials?|probability|theorem|lemma|corollary|primes?|modulo|modular|isomorphi\\w*|homomorphi\\w*|topolog\\w*|manifold|vector space|convergen\\w*|divergen\\w*|asymptotic|combinatori\\w*|logarithm|bayes(?:ian)?|variance|stochastic|markov|entropy|continuous|real numbers|positive reals|integers|how likely|expected value|birthday (?:problem|paradox|bound)|for all (?:real|x|n)|functions? f|converges?|perfect squares?|divisible by|factorials?|trailing zeros|irrational|fair (?:coin|die|dice)|binary strings?|how many ways|planar|colou?rable|triangle|incircle|circumcircle|collinear|concyclic',
      ),
    ].join('|'),
    'g',
  ),
  proof: new RegExp(
    w(
      'intuition (?:is |was )?wrong|holds for (?:all|every|any)|(?:justify|derive) the (?:formula|number|bound|estimate)|show how you (?:get|got|arrive|derive)|work out the (?:numbers|maths?|probability|odds)|do the (?:numbers|maths?)|(?:give|make|spell out) (?:me )?the argument|can (?:i|we|you) always|if not,? why not|does (?:it|this|that|something like (?:it|this|that)) (?:always )?hold|(?:cleanest|simplest|shortest|most convincing) argument|counter-?intuitive|prove|proof|proving|show that|demonstrate that|rigorous(?:ly)?|formally (?:prove|verify|show|specify|define|check)|(?:prove|show|verify) (?:it |this |that )?formally|derive|derivation|by induction|invariants?|counter-?example|if and only if|iff|q\\.e\\.d|axioms?|soundness|unsound|provabl[ey]|justify (?:your|that|optimality)|(?:full|complete|rigorous) argument|settle it either way|and why (?:it|this|that) works|show (?:that )?(?:it|this) always works|fewest (?:number of )?(?:races|weighings|moves|comparisons|rounds)|(?:can(?:no|\')t|can ?not) be done in fewer|can it not be done|and why does (?:it|this|that) work|why (?:it|this|that) is correct|why is (?:it|this|that) (?:fast|efficient|correct)|completeness|decidab\\w*|p ?= ?np|(?:can|could) (?:any|a) program (?:decide|determine|tell)|np-hard|np-complete|reduction from|find all (?:functions|positive integers|integers|real numbers|pairs|triples|primes|polynomials)|determine all',
    ),
    'g',
  ),
  quantitative: new RegExp(
    w(
      'how many|how much|calculate|compute|what is the (?:value|probability|total|cost|number)|total|each|per|percent(?:age)?|average|ratio|rate|interest|profit|remaining|left over|twice|half|times as',
    ),
    'g',
  ),
  design: new RegExp(
    w(
      'design(?:ing)? (?:a|an|the) (?!(?:short |simple |quick )?(?:survey|questionnaire|quiz|logo|poster|flyer|form|workshop|slide))|system design|architect\\w*|trade-?offs?|scalab\\w*|distributed|consensus|raft|paxos|shard\\w*|partition(?:ing|ed)?|replicat\\w*|consistency|linearizab\\w*|fault[- ]toleran\\w*|high availability|multi-region|failovers?|exactly-once|at-least-once|idempoten\\w*|two-phase commit|snapshot isolation|isolation levels?|serializab(?:le isolation|ility)|write skew|event sourcing|cqrs|crdts?|leader election|split-brain|network (?:splits?|partitions?)|back-?pressure|capacity planning|migration strategy|zero-downtime|without breaking (?:anyone|anybody|anything|existing|clients|customers|callers|integrations)|bloom filters?|hyperloglog|count-min|(?:stays|remains|is still) correct|how (?:these|the|they|those) (?:\\w+ ){0,2}interact',
    ),
    'g',
  ),
  debugging: new RegExp(
    w(
      'race conditions?|data races?|deadlocks?|livelocks?|memory corruption|heap corruption|use-after-free|double free|segfaults?|segmentation fault|undefined behaviou?r|memory leaks?|intermittent(?:ly)?|interleavings?|flaky|heisenbug|non-?deterministic(?:ally)?|core dumps?|lock-free|memory ordering|atomics?|valgrind|asan|tsan|sanitizer|corrupt(?:ed|s)?|root causes?|only (?:happens|fails|occurs)|can(?:no|\')t reproduce|production incident|post-?mortem|oom(?:-killed)?|out of memory|randomly|sporadic(?:ally)?|occasionally|(?:sometimes|occasionally) (?:hangs?|fails?|crash(?:es)?|drops?|loses?)|vulnerabilit(?:y|ies)|security (?:audit|review)|ssrf|sql injection|xss|csrf|privilege escalation|attackers?|threat model|compromised|investigate|diagnose|find out (?:why|how)|figure out (?:what|why|how)|get to the (?:bottom|root)|keep digging|(?:likely|possible|plausible) explanations|what could explain|what (?:is|could be|might be) (?:really |actually )?(?:going on|happening)|pentest\\w*|re-?identif\\w*|de-?anonymi\\w*|k-anonymity|differential privacy|(?:made|makes|making) (?:it|things|this|everything) (?:much |even |a lot )?worse|how (?:is|was) (?:that|this|it) (?:even )?possible|what exactly goes wrong|exact (?:scenario|sequence|interleaving)s?|exactly how (?:\\w+ ){0,3}happens?|p99 (?:latency )?(?:went|jumped|spiked|doubled|regress\\w*)|tail latency|performance regression|cve-\\d+',
    ),
    'g',
  ),
  research: new RegExp(
    w(
      'what does the (?:evidence|research|literature|data) (?:actually |really )?say|reconcile (?:these|the|their|conflicting|two|three|four)|(?:why|where) do (?:they|these|the \\w+) disagree|randomi[sz]ed (?:controlled )?trials?|rcts?|observational (?:study|studies|data)|field stud(?:y|ies)|study designs?|literature|synthesi[sz]e|synthesis|survey|systematic review|meta-analys[ie]s|state of the art|state-of-the-art|research (?:question|agenda|proposal|directions?)|hypothes[ie]s|open problems?|novel|critique|critically|competing (?:theories|hypotheses|explanations|definitions)|causal(?:ly)?|causation|confound\\w*|selection bias|self-select\\w*|what is (?:actually |really )?known about|empirical evidence|papers|studies|experiments|ablations?',
    ),
    'g',
  ),
  depth: new RegExp(
    w(
      'step[- ]by[- ]step|precisely|exactly why|show (?:the|your|all) (?:steps|work)|check that|flag any|inconsisten\\w*|in[- ]depth|comprehensive(?:ly)?|thorough(?:ly)?|detailed|end-to-end|roadmap|strategy|pros and cons|evaluate|optimi[sz]e|edge cases|failure modes|justify|reason (?:about|through)|think (?:it )?through|(?:could|might) go (?:badly )?wrong|is it worth|is (?:that|this) (?:enough|secure)|analy[sz]e|compare|implications|second-order|worst case|guarantees?',
    ),
    'g',
  ),
  everyday: new RegExp(
    w(
      'compare (?:them|these|the two|\\w+ (?:and|with|to|against))|under the hood|how (?:does|do) (?:\\w+ ){1,4}work|when (?:should|would|do) (?:i|we|you) (?:use|pick|choose|prefer)|what does each|how (?:should|would) (?:i|we)|how (?:do|can) (?:i|we)(?! (?:install|uninstall|undo|revert|delete|remove|rename|list|see|show|check|print|read|open|extract|unzip|copy|send|follow|tail|mark|cent(?:er|re)|exit|quit|comment|uncomment|kill|restart|stop|enable|disable|clear|set|unset)\\b)|how would you|what would you (?:check|do|look at|try|change)|what else could|(?:convert|port|rewrite|translate) (?:this|it) (?:to|into) (?:async ?/ ?await|asyncio|promises|coroutines|typescript|python|java|go|rust|kotlin|swift|c#|c\\+\\+)|how should|differences? between|pros and cons|advantages and disadvantages|change|modify|write|draft|implement|refactor|review|explain|describe|suggest|recommend|analy[sz]e|analysis|trends?|summari[sz]e|summary|debug|fix|improve|rewrite|email|essay|blog|report|outline|proposal|plan|prepare|component|endpoint|tests?|query|cover letter|presentation|feedback|help me|replace|migrate|generate|add (?:a|an|support|tests?)|comparison|recommendation|set up|estimate|what (?:questions )?would you ask|group (?:them|these|the \\w+) (?:by|into)|give me (?:\\d+|a few|some|several) (?:\\w+ )?(?:interview )?(?:questions|ideas|options)',
    ),
    'g',
  ),
  simple: new RegExp(
    w(
      '(?:a|one) (?:short|brief|quick|two-line|one-line) (?:reply|note|message|thank-you (?:note|message)|out-of-office reply)|function that (?:reverses|capitali[sz]es|sums|adds two|counts the (?:vowels|words|characters)|checks (?:if|whether) (?:a|the) (?:number|string|year|word) is (?:even|odd|a palindrome|prime|a leap year|empty))|translate|translation|classify|classification|categori[sz]e|label|tag (?:this|these|each|it|them)|extract|sentiment|spam|yes or no|true or false|one word|single word|only (?:output|respond|answer|return|reply)|respond with|reply with|return only|format (?:this|as|into|the)|convert (?:this|to|into)(?! (?:to |into )?(?:async|asyncio|promises|coroutines)\\b)|fix (?:the )?(?:typo|typos|grammar|spelling)|spell-?check|capitali[sz]e|rephrase|paraphrase|shorten|tl;?dr|one[- ]sentence|one[- ]line (?:reply|answer|response|summary|description)|just the names|names only|shorter|more concise|(?:more|less) formal(?:ly)?|suggest (?:better |new |clearer )?names|(?:in|into|as|to) (?:\\w+ )?(?:bullet points|bullets)|(?:three|four|five|\\d) bullets|(?:as|in|into) (?:a )?(?:markdown )?table(?! (?:with|called|named|of|that|where|in|for)\\b)|in latex|keywords?|subject line|(?:british|american|uk|us) (?:english|spelling)|named entities|detect the language|what language|alphabeti[sz]e|what (?:does|do) [\\w .&-]{1,40} stand for|(?:in|into) (?:date|alphabetical|chronological|numerical) order|(?:active|passive) voice|sort (?:these|this|the)|word count|title case|lower ?case|upper ?case|normali[sz]e (?:these|this|the)|remove the emojis?|alt text|commit message|(?:a |short |one-line )docstring|expand (?:these|this|the) (?:abbreviations|acronyms)|pull (?:out )?(?:the|all|every) (?:\\w+ ){0,3}out of|pull out|in (?:french|spanish|german|english|japanese|chinese|italian|portuguese)',
    ),
    'g',
  ),
  lookup: new RegExp(w('how (?:do|can) (?:i|we) (?:install|uninstall|undo|revert|delete|remove|rename|list|see|show|check|print|read|open|extract|unzip|copy|send|follow|tail|mark|cent(?:er|re)|exit|quit|comment|uncomment|kill|restart|stop|enable|disable|clear|set|unset)|what is|what are|who (?:is|was)|when (?:is|was|did)|where is|define|definition of|meaning of|synonym'), 'g'),
  numbers: /\d+(?:[.,]\d+)*/g,
};

const CAP = 8;

const count = (re: RegExp, text: string): number => {
  if (!text) return 0;
  re.lastIndex = 0;
  let n = 0;
  while (n < CAP && re.exec(text) !== null) n += 1;
  return n;
};

const ZERO: CueCounts = Object.fromEntries(CUE_FAMILIES.map((f) => [f, 0])) as CueCounts;

/** The families matched on lower-cased text by one walk (`cue-scan.ts`); codeSyntax reads the original case, numbers are cheap. */
const WORD_FAMILIES = CUE_FAMILIES.filter((f) => f !== 'codeSyntax' && f !== 'numbers');
/** Below this many word families, a regex scan per family is cheaper than one walk in JavaScript. */
const MIN_FOR_WALK = 4;
const oneScanPerFamily = (families: readonly CueFamily[]): WordScanner => ({
  count(lower, out) {
    for (const family of families) out[family] = count(PATTERNS[family], lower);
  },
});
const scanners = new Map<readonly CueFamily[], WordScanner>();
const scannerFor = (families: readonly CueFamily[]): WordScanner => {
  let scanner = scanners.get(families);
  if (scanner === undefined) {
    const words = WORD_FAMILIES.filter((f) => families.includes(f));
    scanner = words.length < MIN_FOR_WALK ? oneScanPerFamily(words) : wordScanner(words.map((family) => ({ family, pattern: PATTERNS[family] })));
    scanners.set(families, scanner);
  }
  return scanner;
};

/** Match counts (capped) per family; families not asked for stay 0, so callers scan only what they use. */
export const countCues = (text: string, families: readonly CueFamily[] = CUE_FAMILIES): CueCounts => {
  const out = { ...ZERO };
  if (!text) return out;
  // Lower-casing once is much cheaper than case-insensitive matching in every pattern.
  scannerFor(families).count(text.toLowerCase(), out);
  if (families.includes('codeSyntax')) out.codeSyntax = Math.min(CAP, CODE_SYNTAX_PARTS.reduce((n, part) => n + count(part, text), 0));
  if (families.includes('numbers')) out.numbers = count(PATTERNS.numbers, text);
  return out;
};

/**
 * An ask, or one of its sentences, that opens like a theorem ("Prove that", "Show that") is one even when it
 * is short and has no other telltale word. Weaker openings ("Find all", "Determine whether", "Suppose",
 * "Let a_1 = ...", "In triangle") count only beside a maths or proof cue or a formula: "Find all the typos" is
 * no problem.
 */
const STRONG_OPENING = /(?:^|[.?!]\s+)(?:prove\b|show that|show there)/i;
const WEAK_OPENING = /(?:^|[.?!]\s+)(?:find all|determine (?:all|whether)|let [a-z](?:_\{?\w+\}?)? ?(?:=|>|<|≥|≤|be\b|and\b|,)|in (?:a )?triangle\b|suppose\b)/i;
/** A comparison or power between two operands: "n + S(n) = 2025", "x^2", "a_n < 1". */
const FORMULA = /[\w)]\s?[=<>≤≥^]\s?[\w(]/;
export const opensLikeProblem = (text: string, mathOrProof: boolean): boolean =>
  STRONG_OPENING.test(text) || (WEAK_OPENING.test(text) && (mathOrProof || FORMULA.test(text)));

/** Numbered or bulleted lines: a list of requirements is a multi-step ask (a list of quoted texts is data, session 7). */
const LIST_LINE = /^\s*(?:\d{1,2}[.)]|[-*•])\s+(?!["“'])\S/gm;
export const countListLines = (text: string): number => count(LIST_LINE, text);
