import type { Request, Response } from 'express';
import { invalidRequest } from '../errors.js';
import { rowJson } from '../money/ledger.js';
import { runSpendQuery, spendQuery, spendQuerySchema } from '../money/query.js';
import type { Services } from '../services.js';
import { authenticate } from './authenticate.js';
import { newContext } from './new-context.js';
import { replyError } from './index.js';

/** GET /v1/gateway/spend?from=&to=&by=: the calling org's spend ledger, and only its own. */
export function spendHandler(services: Services) {
  return async (req: Request, res: Response): Promise<void> => {
    const ctx = newContext(req, res, services, 'count_tokens');
    try {
      const org = authenticate(req.headers, ctx.conf);
      const parsed = spendQuerySchema.safeParse(req.query);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalidRequest(`${issue?.path.join('.') || 'query'}: ${issue?.message ?? 'invalid'}`);
      }
      const query = spendQuery(parsed.data, [org.id], Date.now());
      const report = await runSpendQuery((id, days) => services.money.budgets.ledger(id, days), query);
      res.json({ org: org.id, from: report.from, to: report.to, by: report.by, rows: report.rows.map((row) => rowJson(row, report.by)) });
    } catch (err) {
      replyError(ctx, err);
    }
  };
}
