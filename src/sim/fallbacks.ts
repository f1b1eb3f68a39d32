import type { Checked } from './validate.js';

/**
 * Server-side fallback (beta `server-side-fallback-*`): the request's `fallbacks` list models to try, in
 * order, when the requested one declines. The answer carries a `fallback` block per hop and reports every
 * attempt in `usage.iterations`, each billed. Tests make models decline with `[sim:refuse=N]`.
 */
export interface FallbackPlan {
  /** The models that declined, in order (the requested model first). */
  readonly declined: readonly string[];
  /** The model that served the answer; when every model declined, the last one (its answer is a refusal). */
  readonly servedBy: string;
  readonly allDeclined: boolean;
}

const FALLBACK_BETA = /(^|,)\s*server-side-fallback-\d{4}-\d{2}-\d{2}\s*(?=,|$)/;
/** Output tokens a declining model spends on its refusal. */
export const REFUSAL_TOKENS = 6;

const modelOf = (entry: unknown): string | undefined =>
  typeof entry === 'object' && entry !== null && typeof (entry as { model?: unknown }).model === 'string' ? (entry as { model: string }).model : undefined;

/** Undefined when the request has no `fallbacks`; a 400 message when it is malformed or its beta is missing. */
export function planFallbacks(body: { model: string; fallbacks?: unknown }, betaHeader: string | string[] | undefined, refuse: number): Checked<FallbackPlan> | undefined {
  if (body.fallbacks === undefined || body.fallbacks === null) return undefined;
  const beta = Array.isArray(betaHeader) ? betaHeader.join(',') : (betaHeader ?? '');
  if (!FALLBACK_BETA.test(beta)) return { ok: false, message: 'fallbacks: Extra inputs are not permitted' };
  if (!Array.isArray(body.fallbacks)) return { ok: false, message: 'fallbacks: Input should be a valid list' };
  const chain = [body.model];
  for (const [i, entry] of body.fallbacks.entries()) {
    const model = modelOf(entry);
    if (model === undefined) return { ok: false, message: `fallbacks.${i}.model: Field required` };
    chain.push(model);
  }
  const served = Math.min(refuse, chain.length - 1);
  return {
    ok: true,
    value: { declined: chain.slice(0, served), servedBy: chain[served] as string, allDeclined: refuse >= chain.length },
  };
}

/** The `usage.iterations` of a fallback answer: one `message` entry per declined hop, then the serving one. */
export function iterationsFor(plan: FallbackPlan, inputTokens: number, outputTokens: number): object[] {
  const entry = (type: string, model: string, output: number): object => ({
    type,
    model,
    input_tokens: inputTokens,
    cache_creation_input_tokens: 0,
    cache_read_input_tokens: 0,
    cache_creation: { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 },
    output_tokens: output,
  });
  const served = plan.declined.length > 0 && !plan.allDeclined ? 'fallback_message' : 'message';
  return [...plan.declined.map((model) => entry('message', model, REFUSAL_TOKENS)), entry(served, plan.servedBy, outputTokens)];
}
