import { citedFileIds, type Cites } from '../files/citations.js';
import { estimateInputTokens } from '../limits/estimate.js';
import { conversationId, toolTurns } from '../money/guards.js';
import type { Classification } from '../routing/classifier.js';
import { conversationId as routedConversationId } from '../routing/conversation-store.js';
import { lookupKeys, rememberKeys } from '../routing/sticky.js';
import type { MessagesBody } from './schema.js';

export type Classifier = (body: MessagesBody) => Classification;

/**
 * What the pipeline learns by walking a Messages body's content, beyond its top-level fields. For a body
 * parsed on the event loop each is computed when asked (`bodyFacts`); for a large body every one is computed
 * once in a worker thread and read back here (`digestedFacts`), so the event loop never walks it.
 */
export interface BodyFacts {
  /** The admission estimate of the input tokens (limits/estimate.ts). */
  inputTokens(): number;
  /** Every `file_id` the request cites. */
  citedFileIds(): ReadonlySet<string>;
  /** Assistant turns of the history that call a tool (money/guards.ts). */
  toolTurns(): number;
  /** The conversation as the USD guard counts it: system prompt and first user turn (money/guards.ts). */
  conversationId(orgId: string): string;
  /** The conversation as the shared routing store keys it, first answer included; undefined on a first turn (routing/conversation-store.ts). */
  routedConversationId(orgId: string): string | undefined;
  classify(classifier: Classifier): Classification;
  /** Sticky-routing keys (routing/sticky.ts). */
  stickyLookupKeys(orgId: string): readonly string[];
  stickyRememberKeys(orgId: string): readonly string[];
}

const NO_FILES: ReadonlySet<string> = new Set();

/**
 * The facts of a parsed body, each computed when first asked. `namesFiles` false (the parse saw no `"file_id"`,
 * `TopLevel.namesFileIds`) spares the walk for citations; `cites` is what the caller sent when `body` was converted
 * from it (a chat completion).
 */
export function bodyFacts(body: MessagesBody, namesFiles = true, cites: Cites = body): BodyFacts {
  return {
    inputTokens: () => estimateInputTokens(body),
    citedFileIds: () => (namesFiles ? citedFileIds(cites) : NO_FILES),
    toolTurns: () => toolTurns(body),
    conversationId: (orgId) => conversationId(orgId, body),
    routedConversationId: (orgId) => routedConversationId(body, orgId),
    classify: (classifier) => classifier(body),
    stickyLookupKeys: (orgId) => lookupKeys(body, orgId),
    stickyRememberKeys: (orgId) => rememberKeys(body, orgId),
  };
}

/** Every fact computed for one org and classifier, as plain data a worker can post back. */
export interface BodyDigest {
  readonly orgId: string;
  readonly inputTokens: number;
  readonly fileIds: readonly string[];
  readonly toolTurns: number;
  readonly conversationId: string;
  readonly routedConversationId: string | undefined;
  readonly classification: Classification;
  readonly stickyLookupKeys: readonly string[];
  readonly stickyRememberKeys: readonly string[];
}

export function digestFacts(facts: BodyFacts, orgId: string, classifier: Classifier): BodyDigest {
  return {
    orgId,
    inputTokens: facts.inputTokens(),
    fileIds: [...facts.citedFileIds()],
    toolTurns: facts.toolTurns(),
    conversationId: facts.conversationId(orgId),
    routedConversationId: facts.routedConversationId(orgId),
    classification: facts.classify(classifier),
    stickyLookupKeys: facts.stickyLookupKeys(orgId),
    stickyRememberKeys: facts.stickyRememberKeys(orgId),
  };
}

/** Facts read from a digest. It was computed for one org and the config's classifier: asking for another org is a bug. */
export function digestedFacts(digest: BodyDigest): BodyFacts {
  const forOrg = <T>(orgId: string, value: T): T => {
    if (orgId !== digest.orgId) throw new Error(`body digested for org ${digest.orgId}, asked for ${orgId}`);
    return value;
  };
  const fileIds = new Set(digest.fileIds);
  return {
    inputTokens: () => digest.inputTokens,
    citedFileIds: () => fileIds,
    toolTurns: () => digest.toolTurns,
    conversationId: (orgId) => forOrg(orgId, digest.conversationId),
    routedConversationId: (orgId) => forOrg(orgId, digest.routedConversationId),
    classify: () => digest.classification,
    stickyLookupKeys: (orgId) => forOrg(orgId, digest.stickyLookupKeys),
    stickyRememberKeys: (orgId) => forOrg(orgId, digest.stickyRememberKeys),
  };
}
