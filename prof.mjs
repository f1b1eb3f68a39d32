import { messagesBodySchema } from '/work/wt-20/dist/messages/schema.js';
import { estimateInputTokens } from '/work/wt-20/dist/limits/estimate.js';
import { viewRequest } from '/work/wt-20/dist/routing/request-view.js';
import { classify } from '/work/wt-20/dist/routing/classifier.js';
const msg = (i) => `{"role":"${i % 2 ? 'assistant' : 'user'}","content":"tiny message number ${String(i).padStart(7, '0')} ......."}`;
const parts = []; for (let i = 0; i < 500_000; i++) parts.push(msg(i));
const buf = Buffer.from(`{"model":"auto","max_tokens":10,"messages":[${parts.join(',')}]}`);
for (let r = 0; r < 3; r++) {
  let t = performance.now(); const lap = (n) => { const x = performance.now(); console.log(n, Math.round(x - t)); t = x; };
  const text = buf.toString('utf8'); lap('toString');
  const json = JSON.parse(text); lap('JSON.parse');
  const body = messagesBodySchema.parse(json); lap('zod');
  viewRequest(body); lap('viewRequest');
  estimateInputTokens(body); lap('estimate');
}
