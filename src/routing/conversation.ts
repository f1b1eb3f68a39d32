import { TIERS, tierRank, type Tier } from '../config/schema.js';
import { DEFAULT_CUT_LOGITS } from './tiers.js';

/**
 * Conversation-aware routing. A conversation does not fall below the tier its earlier asks
 * needed: "continue", "now the general case" or "why exactly?" in a proof conversation need
 * the proof's model, though the words alone read as a short, easy ask. Two exceptions:
 * - a clear simple transform ("format as LaTeX", "make it shorter") may drop one tier below
 *   the conversation's, never further: reformatting a proof still needs to read the proof;
 * - an acknowledgement ("thanks!") or a question the user marks as unrelated ("Side question: ...") needs
 *   nothing of the history.
 *
 * The history is in the request itself (the Messages API is stateless: every turn carries
 * the whole conversation), so this needs no store and holds across replicas as it is.
 */

/** About one tier of the default thresholds, in logit units (sonnet 0.35 -> -0.62, opus 0.70 -> 0.85). */
export const ONE_TIER_LOGIT = 1.5;

const CONTINUE = new RegExp(
  [
    '^\\s*(?:continue|cont\\b|go on|keep going|carry on|more\\b|and then|finish|elaborate|go deeper|more detail|expand on|proceed)',
    '^\\s*(?:weiter|fahre? fort|mach weiter|continúa|continua|sigue|continuez|continue|vas-y|prosegui|ga door|kontynuuj|devam|tiếp tục|продолжай|дальше|давай дальше)',
    '^\\s*(?:続けて|続き|つづけて|继续|接着|계속)',
    '^\\s*(?:fortsätt|ga verder|pokračuj|dalej|prossiga|lanjut|devam et|продовжуй|далі|συνέχισε|המשך|תמשיך|تابع|أكمل|जारी रखें|आगे बढ़ें|ต่อเลย|ต่อ\\s*$)',
  ].join('|'),
  'i',
);

/** Words of thanks, one token each; the scripts written without spaces are matched inside the text (`THANKS_IN_TEXT`). */
const THANKS = new Set(
  'thanks thank thx ty tysm danke merci gracias obrigado obrigada valeu grazie спасибо ありがとう ありがとうございます 谢谢 감사합니다 bedankt tack dziękuję dzięki děkuji díky дякую teşekkürler teşekkür ơn kasih makasih شكرا شكراً धन्यवाद תודה ευχαριστώ ขอบคุณ 고마워 고맙습니다 多谢'.split(' '),
);
const THANKS_IN_TEXT = /ありがと|谢谢|多谢|感谢|謝謝|감사합|고마워|고맙|ขอบคุณ/;
/**
 * An acknowledgement is made of these words ("ok thanks", "perfect, that works", "super clair, merci beaucoup"),
 * optionally followed by what the user will do next ("thanks, I will try that tomorrow"), with no question or new
 * request in it.
 */
const ACK_WORDS = new Set([
  ...THANKS,
  ...'ok okay k great perfect cool nice awesome excellent brilliant got it you so much a lot very many that works is clear makes sense ah ahh aha oh ohh wow yes yep yeah alright right sure understood schön super klasse prima toll alles klar verstanden beaucoup parfait génial compris très muchas mil genial perfecto vale entendido claro perfeito ótimo entendi muito grazie mille perfetto capito ottimo понял поняла отлично хорошо ясно mille dank je wel så mycket ederim cảm bạn terima רבה ครับ ค่ะ'.split(' '),
]);
/**
 * After the thanks, a statement that closes the matter: what the user will do ("I will try that tomorrow"), that it
 * worked or made sense ("that finally clicked", "found it, the ground wire was shared", "オ、今やっと分かりました"), or
 * that they stop ("that is enough for today"). Not a request, a question, or a report that something still fails, in
 * English or in the other languages' commonest words for them.
 */
const REQUEST_WORDS = new Set(
  "but also next can could would please need want why how what still though however not fail fails failing error wrong broken doesn't didn't isn't bitte kannst aber noch puedes pero hazlo pouvez peux mais fais puoi pode podes mas пожалуйста можешь но ещё еще".split(' '),
);
const REQUEST_PHRASES = /\bnow (?:do|can|could|write|make|add|show|give)\b|por favor|per favore|请|能不能|可以|但是|还是|ください|でも|まだ|주세요|해줘|근데/;
const asksForMore = (ask: string, words: readonly string[]): boolean =>
  /[?？]/.test(ask) || words.some((w) => REQUEST_WORDS.has(w)) || REQUEST_PHRASES.test(words.join(' '));
const ACK_SPLIT = /[\s,.!?;:。！？、，；：…~]+/;
const isThanks = (word: string): boolean => THANKS.has(word) || THANKS_IN_TEXT.test(word);
const isAck = (ask: string): boolean => {
  const words = ask.toLowerCase().split(ACK_SPLIT).filter((w) => w !== '');
  let lead = 0;
  while (lead < words.length && ACK_WORDS.has(words[lead] as string)) lead += 1;
  if (lead === words.length) return lead > 0;
  // Thanks may open the turn or close it ("DISTINCT ON 知らなかったです、ありがとうございます！").
  let tail = words.length;
  while (tail > lead && ACK_WORDS.has(words[tail - 1] as string)) tail -= 1;
  const thanked = words.slice(0, lead).some(isThanks) || words.slice(tail).some(isThanks) || isThanks(words[words.length - 1] as string);
  return thanked && !asksForMore(ask, words.slice(lead, tail));
};

/** A new question the user marks as unrelated ("Side question: ...", "Unrelated quick one: ..."): it needs nothing of the conversation. */
const UNRELATED = /^\s*(?:unrelated|side question|different (?:question|topic|thing)|totally different|off[- ]topic|quick question|random question|btw|by the way)\b/i;
/** What an acronym stands for needs nothing of the conversation, whatever the conversation is about. */
const ACRONYM = /^\s*what does \S+ stand for\b[^\n]{0,30}\?\s*$/i;
/**
 * A short question for a fact ("Who owns the spec?", "When was v2 released?") that refers to nothing said
 * before (no it / this / your ...) and asks for no judgement (no would / should / could). Unmarked, it may still
 * be about the conversation's hard part ("How many rounds does the protocol need?"), so it may fall one tier, as
 * a simple transform does, never further.
 */
const FACT_QUESTION = /^\s*(?:who|when|where|what(?:'s| is| was| are) the|how (?:many|much|old|far|long)|which (?:year|city|country|port|version))\b[^\n]*\?\s*$/i;
const REFERS_BACK = /\b(?:it|its|this|that|these|those|them|they|their|there|then|above|here|your|you|we|our|us|same|such|would|should|could|can|might)\b/i;
const isFactQuestion = (ask: string): boolean => ask.length <= 80 && FACT_QUESTION.test(ask) && !REFERS_BACK.test(ask);

/**
 * Asks for something made from the conversation so far, for someone else or another format: a summary, a
 * status update, a title ("Write a short summary of what we found for the team channel"). Like a
 * simple transform, it may fall one tier below the conversation, never further.
 */
const DELIVERABLE = /\b(?:summar(?:y|ise|ize)|tl;?dr|recap|title|headline|subject line|status (?:page|update)|(?:slack|team) (?:channel|message|post)|tweet|(?:social(?: media)?|instagram|twitter|linkedin) (?:posts?|captions?)|posts? [^\n]{0,30}\bon (?:instagram|twitter|linkedin|social media))\b/i;
/** Puts what was said into another shape ("put the plan in a table with one row per week", "can you cut it down"). */
const RESHAPE = /\b(?:(?:put|turn|make|format|convert|redo|lay out|rewrite)\b[^\n]{0,40}\b(?:in|into|as)\b (?:an? )?(?:\w+ )?(?:table|list|bullets?|bullet points|csv|json|markdown|checklist)|cut it down|trim it|shorten it|make it shorter)\b/i;
/** Asks for something already written, again ("paste the final version again in one block", "just the code, without the explanation"). */
const REPEAT = /\b(?:(?:paste|show|give|send|post|repeat|print)\b[^\n]{0,60}\bagain|without (?:the|any) (?:explanations?|comments|commentary|prose)|just (?:the|give me the) (?:final )?(?:code|query|script|function))\b/i;

/** Words that ask for more depth of the conversation's work ("in full detail", "airtight"). */
const DEPTH_WORDS = String.raw`in (?:full )?detail|step by step|general case|rigorous(?:ly)?|airtight`;
/** Asks for more of the conversation's own work ("Now do the general case in full detail", "Now add sorting"). */
const MORE_WORK = new RegExp(String.raw`^\s*(?:ok(?:ay)?\b[,.!]?\s*)?(?:now|next|then)\b|\b(?:${DEPTH_WORDS})\b`, 'i');

/** Target formats of a reshaping ask ("as LaTeX", "in APA 7", "as CSV", "into a Python set literal", "in a simple table"). */
const FORMAT = String.raw`(?:latex|tex|apa(?: ?\d+| style)?|mla|chicago(?: style)?|bibtex|csv|tsv|json|yaml|toml|xml|html|markdown|tables?|bullets?|bullet points|(?:numbered |bulleted |plain )?list|checklist|plain text|(?:\w+ )?(?:set|dict|dictionary|list|array|tuple|map) literal|one-liner|one line|a single line)`;
/** The object points back at something already written ("that", "the last snippet", "my output", "the table above"). */
const BACK = String.raw`(?:that|this|it|these|those|them|the (?:\w+ ){0,3}(?:above|again)|(?:the|my|your) (?:\w+ ){0,2}(?:output|table|list|snippet|code|query|script|function|answer|version|result|proof|argument|solution|plan|chain|reference|comparison|recommendation|summary|schedule|text|draft|number|data|row|step)s?)`;
/** "give me that as LaTeX", "turn the table from my output into APA style", "format these in APA 7", "the table as CSV". */
const TO_FORMAT = new RegExp(
  String.raw`\b(?:give|send|write|put|turn|make|format|reformat|convert|condense|redo|rewrite|output|export|return|paste|show|render)\b(?: me| us)? ${BACK}\b[^\n]{0,40}?\b(?:as|in|into|to) (?:an? |proper |valid |one |plain |\d+ )?(?:simple |short |small |plain |clean )?${FORMAT}\b`,
  'i',
);
/** Shorter, or a few sentences at most ("can you cut it down", "one or two sentences", "give me one plain sentence I can send him"). */
const BRIEF = /\b(?:cut (?:it|this|that) down|trim (?:it|this|that)|shorten (?:it|this|that)|make (?:it|this|that) shorter|(?:in |give me )?(?:one|a single|1|one or two|two or three|1-2|2-3|[23]) (?:plain |short |simple )?sentences?)\b/i;
/** Renaming in what was written ("rename X to Y in that last snippet", "the column should be called 'Email Address'"). */
const RENAME = /\brename\b[^\n]{0,80}\bto\b|\bshould be (?:called|named)\b|\bcall (?:it|them|the \w+) [^\n]{1,40} instead\b/i;
/** Just a literal, a one-liner, a command ("just give me a Python set literal of ...", "what's the cron line to run it at 2:30am"). */
const JUST_A = new RegExp(
  String.raw`\b(?:just|only)\b(?: (?:give|show|send|write|paste) me)?(?: the| a| an)? (?:\w+ ){0,3}(?:literal|one-liner|command|formula|regex|line)s?\b|\bwhat(?:'s| is| are)? the (?:\w+ ){0,3}(?:command|flag|one-liner|cron line|shortcut|two lines|env(?:ironment)? var(?:iable)?)s?\b[^\n?]{0,120}(?:\?|$)`,
  'i',
);
/** Depth words, or a proof, asked for whatever form the ask takes. */
const DEPTH = new RegExp(String.raw`\b(?:${DEPTH_WORDS}|prove|proof of)\b`, 'i');
const smallForm = (text: string): boolean => TO_FORMAT.test(text) || BRIEF.test(text) || RENAME.test(text) || JUST_A.test(text);
/**
 * A small ask about what is already there, by its form (session 10, "small asks inside hard conversations"): what was
 * written put into a target format, cut down or renamed, a few sentences at most, just a literal or a command. An
 * ask longer than 300 characters counts when its first line is the small ask and the rest is what it applies to
 * ("can you format these in APA 7?" above a pasted reference list). Its answer is Haiku work whatever its words
 * say (a proof in LaTeX still says "proof"): its own score counts in the Haiku band at most, and it falls one tier
 * below the conversation's at most.
 */
export const isSmallAsk = (ask: string): boolean => {
  if (ask.length > 1500) return false;
  const head = ask.length <= 300 ? ask : (/^[^\n]{0,200}/.exec(ask)?.[0] ?? '');
  return !DEPTH.test(head) && smallForm(head);
};

export type FollowUp = 'continue' | 'ack' | 'new' | 'transform' | 'other';

/**
 * What kind of follow-up the latest ask is, given whether its cues make it a clear simple transform, whether
 * it scores Haiku work on its own (`light`) and whether it is a small ask (`isSmallAsk`, which the caller tests only
 * inside a conversation: it costs about 2 µs). A small ask counts as a transform, and so does a light ask that does
 * not ask for more of the conversation's work ("what does SameSite=Lax block?", "5 more subject lines"): one tier
 * below the conversation at most. Measured in src/routing/README.md, "Session 10: light follow-ups".
 */
export const followUpKind = (ask: string, simpleTransform: boolean, light = false, small = false): FollowUp => {
  if (ask.length <= 160 && isAck(ask)) return 'ack';
  if (ask.length <= 200 && CONTINUE.test(ask)) return 'continue';
  if (UNRELATED.test(ask) || ACRONYM.test(ask)) return 'new';
  if (small) return 'transform';
  if (ask.length > 400) return 'other';
  if (simpleTransform || DELIVERABLE.test(ask) || REPEAT.test(ask) || RESHAPE.test(ask) || isFactQuestion(ask)) return 'transform';
  return light && !MORE_WORK.test(ask) ? 'transform' : 'other';
};

/**
 * Where an acknowledgement lands at most: inside the Haiku band. Its answer is a line ("Glad it helped!"), whatever
 * the rest of the turn says ("thanks, I will try the O_TMPFILE change tomorrow") and in whatever language.
 */
const ACK_CEILING = DEFAULT_CUT_LOGITS.sonnet - 0.25;

/**
 * Where a transform falls to at most: one tier below the conversation, and out of the Opus band however high the
 * conversation's logit (since session 10, "small asks inside hard conversations": "format these in APA 7" under a
 * literature review kept Opus before).
 */
const transformFloor = (history: number): number => Math.min(history - ONE_TIER_LOGIT, DEFAULT_CUT_LOGITS.opus - 0.25);

/**
 * The logit the conversation keeps: the latest ask's own logit, or the history's when that is
 * higher (one tier lower for a simple transform; a new question keeps its own, an acknowledgement its own at most
 * `ACK_CEILING`). A small ask (`isSmallAsk`), whether a transform or a new question marked unrelated ("side question,
 * ... in one or two sentences"), counts its own logit at most inside the Haiku band.
 */
export const conversationLogit = (own: number, history: number, kind: FollowUp, small = false): { logit: number; inherited: boolean } => {
  if (kind === 'ack') return { logit: Math.min(own, ACK_CEILING), inherited: false };
  const mine = small ? Math.min(own, ACK_CEILING) : own;
  const floor = conversationFloor(history, kind);
  return floor > mine ? { logit: floor, inherited: true } : { logit: mine, inherited: false };
};

/**
 * The lowest logit the conversation lets its latest ask take: the history's, one tier less for a simple transform,
 * none (-Infinity) for an acknowledgement or a new question. Later steps (the calibrator) keep to it too.
 */
export const conversationFloor = (history: number, kind: FollowUp): number => {
  if (kind === 'ack' || kind === 'new') return -Infinity;
  return kind === 'transform' ? transformFloor(history) : history;
};

/**
 * The tier a follow-up keeps from the tier its conversation reached on earlier turns (the shared store,
 * `conversation-store.ts`): all of it, one tier less for a clear simple transform, none for an acknowledgement
 * or a new question.
 */
export const inheritedTier = (reached: Tier, kind: FollowUp): Tier | undefined => {
  if (kind === 'ack' || kind === 'new') return undefined;
  const rank = tierRank(reached) - (kind === 'transform' ? 1 : 0);
  return TIERS[Math.max(0, rank)];
};
