import type { Request, Response } from 'express';
import { invalidRequest, notFound } from '../errors.js';
import { rowJson } from '../money/ledger.js';
import { runSpendQuery, spendQuery, spendQuerySchema } from '../money/query.js';
import type { Services } from '../services.js';
import { authenticate } from './authenticate.js';
import type { RequestContext } from './context.js';
import { replyError } from './index.js';
import { newContext } from './new-context.js';

/** The ledger of `orgs` for the query string's `from`, `to` and `by`, as JSON. */
async function answerSpend(ctx: RequestContext, req: Request, res: Response, orgs: readonly string[]): Promise<void> {
  const parsed = spendQuerySchema.safeParse(req.query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalidRequest(`${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
  }
  const report = await runSpendQuery((id, days) => ctx.services.money.budgets.ledger(id, days), spendQuery(parsed.data, orgs, Date.now()));
  res.json({ orgs: report.orgs, from: report.from, to: report.to, by: report.by, rows: report.rows.map((row) => rowJson(row, report.by)) });
}

/** GET /v1/gateway/spend?from=&to=&by= on the client port: the calling org's spend ledger, and only its own. */
export function spendHandler(services: Services) {
  return async (req: Request, res: Response): Promise<void> => {
    const ctx = newContext(req, res, services, 'count_tokens');
    try {
      await answerSpend(ctx, req, res, [authenticate(req.headers, ctx.conf).id]);
    } catch (err) {
      replyError(ctx, err);
    }
  };
}

/** The same on the admin port (admin key checked before): every org, or the one named by `?org=`. */
export function adminSpendHandler(services: Services) {
  return async (req: Request, res: Response): Promise<void> => {
    const ctx = newContext(req, res, services, 'count_tokens');
    try {
      const only = typeof req.query.org === 'string' ? req.query.org : undefined;
      if (only !== undefined && !ctx.conf.orgsById.has(only)) throw notFound(`no org "${only}"`);
      await answerSpend(ctx, req, res, only !== undefined ? [only] : [...ctx.conf.orgsById.keys()]);
    } catch (err) {
      replyError(ctx, err);
    }
  };
}
