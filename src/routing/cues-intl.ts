/**
 * A few high-precision cues in the languages the English cue lists miss. They mark only
 * the two ends: the Opus kinds of ask (proof, system design and trade-offs, root-cause
 * debugging of concurrency or memory faults, research synthesis) and clear simple transforms
 * (translate, fix spelling, classify, extract, answer in one word). Everything between is
 * left to the length in tokens and to the "never below Sonnet" floor for non-English asks.
 * Patterns run on lower-cased text; stems without a trailing \b catch inflections.
 */

const HARD_INTL = new RegExp(
  [
    // proof, rigour
    '証明|厳密|证明|严格|증명|엄밀|beweis|bewiesen|demuestr|demostr|démontr|démonstration|montrez que|prove que|demonstra[çr]|dimostr|доказ|строг|أثبت|برهان|सिद्ध|bewijs|udowodnij|dowód|kanıtla|chứng minh',
    // system design, distributed systems, trade-offs
    '設計|分散|トレードオフ|设计|分布式|架构|权衡|설계|분산|트레이드오프|diseñ|arquitectura|distribuid|entwerfen|entwurf|architektur|verteilt|kompromiss|concevez|architecture|distribué|compromis|projete|arquitetura|progetta|architettura|distribuit|compromess|спроектир|архитектур|распредел|компромисс|संरचना|समझौत|architectuur|zaprojektuj|tasarla|mimari|ödünleşim|thiết kế|一貫性|一致性|일관성|konsistenz|consistencia|cohérence|consistência|coerenza|согласованност',
    // root-cause debugging: deadlocks, races, memory corruption, intermittent faults
    'デッドロック|根本原因|再現できません|间歇|偶尔|死锁|竞态|교착|근본 원인|causa raíz|causas raíz|intermitente|ursache|sporadisch|verklemmung|cause racine|intermittent|corruption mémoire|causa principale|intermittente|causa raiz|первопричин|взаимная блокировка|не можем её воспроизвести|pierwotną przyczynę|uszkodzenia pamięci',
    // research synthesis
    '综述|総説|研究を総合|研究들을 종합|종합하고|síntesis de la investigación|revisión crítica|revisão crítica|revisione critica|synthèse de la recherche|forschungsstand|обзор исследований|開放問題|开放问题|open problem|problemas abiertos',
  ].join('|'),
  'g',
);

const SIMPLE_INTL = new RegExp(
  [
    '翻訳|英語に|翻译|译成|翻成|번역|traduc|übersetz|tradu[zi]|перевед|ترجم|अनुवाद|vertaal|przetłumacz|çevir|dịch sang',
    '誤字|错别字|改正|맞춤법|korrigiere|rechtschreib|corrige|corrija|ortografia|ortografía|исправь|opraw',
    'ポジティブ|ネガティブ|正面还是负面|一个词|一語|한 단어|분류해|分类|分類|clasifica|klassifizier|classifi|классифиц|тональность|sınıflandır',
    'extrae|extrahier|extraire|extrai|estrai|извлеки|抽出|提取|추출',
    'un seul mot|ein wort|una palabra|одним словом|spam o no spam|positif ou négatif|positivo o negativo|résume cette phrase',
  ].join('|'),
  'g',
);

const CAP = 4;

const count = (re: RegExp, lower: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (n < CAP && re.exec(lower) !== null) n += 1;
  return n;
};

/** Matches (capped) of the hard and the simple cues; `lower` is already lower-cased. */
export const countIntlCues = (lower: string): { hard: number; simple: number } => ({
  hard: count(HARD_INTL, lower),
  simple: count(SIMPLE_INTL, lower),
});
