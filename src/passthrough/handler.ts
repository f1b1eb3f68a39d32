import type { Request, Response } from 'express';
import type { OrgConfig } from '../config/schema.js';
import { account } from '../pipeline/account.js';
import { authenticate } from '../pipeline/authenticate.js';
import type { RequestContext } from '../pipeline/context.js';
import { replyError } from '../pipeline/index.js';
import { newContext } from '../pipeline/new-context.js';
import type { Services } from '../services.js';

export type ApiStep = (ctx: RequestContext, org: OrgConfig, params: Readonly<Record<string, string>>) => Promise<void>;

/**
 * An Express route for the Batches and Files endpoints: authenticate, then the step, then account (the
 * request metric with the route label `batch` or `file`, and the log line). Errors in Anthropic's shape.
 */
export function apiRoute(services: Services, kind: 'batches' | 'files', step: ApiStep) {
  return (req: Request, res: Response): void => {
    const ctx = newContext(req, res, services, kind);
    const params = req.params as Record<string, string>;
    void (async () => {
      try {
        const org = (ctx.org = authenticate(req.headers, ctx.conf));
        await step(ctx, org, params);
      } catch (err) {
        replyError(ctx, err);
      } finally {
        account(ctx, undefined, undefined);
      }
    })();
  };
}
