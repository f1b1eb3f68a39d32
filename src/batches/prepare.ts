import { z } from 'zod';
import type { OrgConfig } from '../config/schema.js';
import type { CompiledConfig } from '../config/compiled.js';
import { GatewayError, invalidRequest } from '../errors.js';
import { citedFileIds } from '../files/citations.js';
import { stringifyOrUndefined } from '../messages/bounded-json.js';
import type { MessagesBody } from '../messages/schema.js';
import type { RouteDecision } from '../pipeline/context.js';
import { route } from '../pipeline/route.js';
import { parse, validateMessages } from '../pipeline/validate.js';
import type { UpstreamBody } from '../upstream/client.js';

const batchBodySchema = z.looseObject({
  requests: z
    .array(z.looseObject({ custom_id: z.string().min(1), params: z.record(z.string(), z.unknown()) }))
    .min(1, 'at least one request is required')
    .max(100_000, 'at most 100000 requests'),
});

export interface PreparedBatch {
  /** The body to send upstream: each item's `model` set to the model its routing chose. */
  readonly body: UpstreamBody;
  readonly decisions: readonly RouteDecision[];
  /** Every file_id the items cite, for the ownership check. */
  readonly fileIds: ReadonlySet<string>;
}

/**
 * A batch checked as its items would be one by one on /v1/messages: each validated, routed (`auto` and
 * aliases resolved) and held to the org's policy. The first refused item refuses the whole batch, its
 * custom_id named. Batches wait for no breaker, so routing here ignores breaker state.
 */
export function prepareBatch(raw: Buffer, org: OrgConfig, conf: CompiledConfig, maxTierHeader: string | string[] | undefined): PreparedBatch & { body: string } {
  const batch = parse(raw, batchBodySchema).body;
  const decisions: RouteDecision[] = [];
  const fileIds = new Set<string>();
  const tooDeep = (what: string): GatewayError => invalidRequest(`${what} is nested too deeply`);
  batch.requests.forEach((item, index) => {
    let body: MessagesBody;
    try {
      const params = stringifyOrUndefined(item.params);
      if (params === undefined) throw tooDeep('params');
      body = validateMessages(Buffer.from(params)).body;
      decisions.push(route({ body, org, conf, maxTierHeader }));
    } catch (err) {
      if (!(err instanceof GatewayError)) throw err;
      throw invalidRequest(`requests.${index} (custom_id "${item.custom_id}"): ${err.message}`, err.code);
    }
    for (const id of citedFileIds(body)) fileIds.add(id);
    item.params.model = decisions[index]?.model;
  });
  const body = stringifyOrUndefined(batch);
  if (body === undefined) throw tooDeep('requests');
  return { body, decisions, fileIds };
}
