import type { CompiledConfig } from '../config/compiled.js';
import { TIERS, tierRank, tierSchema, type OrgConfig, type Tier } from '../config/schema.js';
import { resolveModelName } from '../routing/model-names.js';
import { invalidRequest } from '../errors.js';
import { bodyFacts, type BodyFacts } from '../messages/body-facts.js';
import type { MessagesBody } from '../messages/schema.js';
import { inheritedTier } from '../routing/conversation.js';
import type { StickyRoutes } from '../routing/sticky.js';
import { clampTier, tierForScore } from '../routing/tiers.js';
import type { RequestContext, RouteDecision } from './context.js';

export interface RouteInput {
  readonly body: MessagesBody;
  readonly org: OrgConfig;
  readonly conf: CompiledConfig;
  /** The `x-gateway-max-tier` request header, if sent. */
  readonly maxTierHeader?: string | string[];
  readonly sticky?: StickyRoutes;
  /** Whether a model can take traffic now (its breaker is not open); sticky routing only sticks to those. */
  readonly isAvailable?: (modelId: string) => boolean;
  /** A lower ceiling from the org's `policy.downgrade` marks, and why (docs/money.md). */
  readonly budgetCeiling?: { readonly tier: Tier; readonly reason: string };
  /** The highest tier this conversation reached on earlier turns, on any replica (the shared conversation store). */
  readonly conversationTier?: Tier;
  /** What walking the body tells (computed off the event loop for a large body); read from `body` when absent. */
  readonly facts?: BodyFacts;
}

interface Bounds {
  readonly min: Tier;
  readonly max: Tier;
}

function bounds(org: OrgConfig, header: string | string[] | undefined, ceiling: Tier | undefined): Bounds {
  const min = org.policy?.minTier ?? 'haiku';
  const policyMax = org.policy?.maxTier ?? 'opus';
  const orgMax = ceiling ? clampTier(ceiling, { minTier: min, maxTier: policyMax }) : policyMax;
  if (header === undefined) return { min, max: orgMax };
  const parsed = tierSchema.safeParse(Array.isArray(header) ? header[0] : header);
  if (!parsed.success) throw invalidRequest(`x-gateway-max-tier: must be one of ${TIERS.join(', ')}`);
  return { min, max: clampTier(parsed.data, { minTier: min, maxTier: orgMax }) };
}

/** fallbackChain's answers, per config and org: a handful of arrays shared by every request (read only). */
const chains = new WeakMap<CompiledConfig, WeakMap<OrgConfig, Map<Tier, readonly string[]>>>();

function sharedChain(tier: Tier, org: OrgConfig, conf: CompiledConfig): readonly string[] {
  let byOrg = chains.get(conf);
  if (!byOrg) chains.set(conf, (byOrg = new WeakMap()));
  let byTier = byOrg.get(org);
  if (!byTier) byOrg.set(org, (byTier = new Map()));
  let chain = byTier.get(tier);
  if (!chain) byTier.set(tier, (chain = fallbackChain(tier, org, conf)));
  return chain;
}

/** The chosen model first, then the cheaper tiers after it in `fallback.order`, within the org's policy. */
function fallbackChain(tier: Tier, org: OrgConfig, conf: CompiledConfig): string[] {
  const { config } = conf;
  const chosen = config.models[tier].id;
  if (org.policy?.fallback === false) return [chosen];
  const allowed = org.policy?.allowedModels;
  const minRank = tierRank(org.policy?.minTier ?? 'haiku');
  const start = config.fallback.order.indexOf(tier);
  const after = start < 0 ? [] : config.fallback.order.slice(start + 1);
  const chain = [chosen];
  for (const next of after) {
    const id = config.models[next].id;
    if (tierRank(next) >= minRank && !chain.includes(id) && (!allowed || allowed.includes(id))) chain.push(id);
  }
  return chain;
}

function decision(tier: Tier, route: RouteDecision['route'], reason: string, input: RouteInput): RouteDecision {
  const model = input.conf.config.models[tier].id;
  return { tier, model, chain: sharedChain(tier, input.org, input.conf), route, reason };
}

function notAllowed(model: string, org: OrgConfig, why: string): never {
  throw invalidRequest(`model: "${model}" is not available to org "${org.id}" (${why})`, 'GW_MODEL_NOT_ALLOWED');
}

function routeAuto(input: RouteInput, b: Bounds): RouteDecision {
  const { body, org, conf } = input;
  const facts = input.facts ?? bodyFacts(body);
  // A conversation with a cached prefix stays where its cache is, while that model is within bounds and up.
  const stuck = input.sticky?.find(facts.stickyLookupKeys(org.id));
  const stuckModel = stuck ? conf.modelsById.get(stuck.modelId) : undefined;
  if (stuckModel && tierRank(stuckModel.tier) >= tierRank(b.min) && tierRank(stuckModel.tier) <= tierRank(b.max)) {
    if (input.isAvailable?.(stuckModel.entry.id) ?? true) {
      return decision(stuckModel.tier, 'auto', 'sticky: cached prompt prefix', input);
    }
  }
  const { score, reasons, conversation, followUp } = facts.classify(conf.classify);
  const thresholds = org.policy?.thresholds ?? conf.config.routing.thresholds;
  const own = tierForScore(score, thresholds);
  // Earlier turns, on this replica or another, may have needed more than this request's own history shows.
  const kept = input.conversationTier && inheritedTier(input.conversationTier, followUp);
  const shared = kept !== undefined && tierRank(kept) > tierRank(own);
  const wanted = shared ? kept : own;
  const tier = clampTier(wanted, { minTier: b.min, maxTier: b.max });
  const why = shared ? `conversation reached ${input.conversationTier} on earlier turns` : reasons.length > 0 ? reasons.slice(0, 2).join(', ') : 'simple request';
  const clamp = tier === wanted ? '' : ` (${wanted} clamped to ${tier} by policy)`;
  // The score is the conversation's when an earlier ask needed more than the latest one.
  return decision(tier, conversation || shared ? 'conversation' : 'auto', `score ${score.toFixed(2)}: ${why}${clamp}`, input);
}

/** A model named by family: served by that family's catalogue model, kept within the org's bounds. */
function routeFamily(input: RouteInput, family: Tier, b: Bounds): RouteDecision {
  const { body, org, conf } = input;
  const tier = clampTier(family, { minTier: b.min, maxTier: b.max });
  const modelId = conf.config.models[tier].id;
  const allowed = org.policy?.allowedModels;
  if (allowed && !allowed.includes(modelId)) notAllowed(body.model, org, `${modelId} is not in its allowedModels`);
  const clamp = tier === family ? '' : ` (${family} clamped to ${tier} by policy)`;
  return decision(tier, 'family', `family: "${body.model}" served by ${modelId}${clamp}`, input);
}

/** Stage 3: a pure decision from the request and the org's policy to a tier, a model and a fallback chain. */
export function route(input: RouteInput): RouteDecision {
  const decided = routeWithinBounds(input);
  const ceiling = input.budgetCeiling;
  return ceiling ? Object.assign({}, decided, { reason: `${decided.reason}; ${ceiling.reason}` }) : decided;
}

function routeWithinBounds(input: RouteInput): RouteDecision {
  const { body, org, conf } = input;
  const b = bounds(org, input.maxTierHeader, input.budgetCeiling?.tier);
  if (body.model === 'auto') return routeAuto(input, b);

  const named = resolveModelName(body.model, org, conf);
  if (named.kind === 'family') return routeFamily(input, named.tier, b);
  const { tier, kind } = named;
  const modelId = conf.config.models[tier].id;
  const allowed = org.policy?.allowedModels;
  if (allowed && !allowed.includes(modelId)) notAllowed(body.model, org, 'not in its allowedModels');
  if (tierRank(tier) < tierRank(b.min)) notAllowed(body.model, org, `below its minTier ${b.min}`);
  const orgMax = org.policy?.maxTier ?? 'opus';
  if (tierRank(tier) > tierRank(orgMax)) notAllowed(body.model, org, `above its maxTier ${orgMax}`);

  if (tierRank(tier) > tierRank(b.max)) {
    const by = input.maxTierHeader === undefined ? 'the budget' : 'x-gateway-max-tier';
    return decision(b.max, kind, `${kind} ${body.model} lowered to ${b.max} by ${by}`, input);
  }
  const asked = body.model === modelId ? '' : ` (asked as ${body.model})`;
  return decision(tier, kind, kind === 'alias' ? `alias ${tier}` : `pinned ${modelId}${asked}`, input);
}

/** What routing reads beyond the request: sticky routes, the body's facts, the conversation's shared tier. */
export interface RouteExtras {
  readonly sticky?: StickyRoutes;
  readonly facts: BodyFacts;
  readonly conversationTier?: Tier;
}

/** The tier an `auto` request's conversation reached on earlier turns, on any replica (the shared conversation store). */
export async function sharedConversationTier(ctx: RequestContext, body: MessagesBody, org: OrgConfig, facts: BodyFacts): Promise<Tier | undefined> {
  const store = ctx.services.conversations;
  return body.model === 'auto' && store ? store.lookup(facts.routedConversationId(org.id), org.id) : undefined;
}

/** Stage 3 for a request: the decision from the request's headers, the breakers and the org's money, counted. */
export function routeRequest(ctx: RequestContext, body: MessagesBody, org: OrgConfig, extras: RouteExtras): RouteDecision {
  const { services } = ctx;
  const decision = route({
    body,
    org,
    conf: ctx.conf,
    maxTierHeader: ctx.req.headers['x-gateway-max-tier'],
    isAvailable: (model) => services.breakers.state(model) !== 'open',
    budgetCeiling: ctx.money?.ceiling,
    ...extras,
  });
  if (decision.route === 'auto' || decision.route === 'conversation') services.conversations?.remember(extras.facts.routedConversationId(org.id), org.id, decision.tier);
  services.metrics.routingDecisions.inc({ org: org.id, tier: decision.tier, route: decision.route });
  return decision;
}
