import { validateMessages } from '/work/wt-20/dist/pipeline/validate.js';
import { estimateInputTokens } from '/work/wt-20/dist/limits/estimate.js';
import { classify } from '/work/wt-20/dist/routing/classifier.js';
const msg = (i) => `{"role":"${i % 2 ? 'assistant' : 'user'}","content":"tiny message number ${String(i).padStart(7, '0')} ......."}`;
const parts = []; for (let i = 0; i < 500_000; i++) parts.push(msg(i));
const buf = Buffer.from(`{"model":"auto","max_tokens":10,"messages":[${parts.join(',')}]}`);
for (let r = 0; r < 3; r++) {
  let t = performance.now(); const lap = (n) => { const x = performance.now(); process.stdout.write(`${n} ${Math.round(x - t)}  `); t = x; };
  const v = validateMessages(buf); lap('validate');
  classify(v.body); lap('classify');
  estimateInputTokens(v.body); lap('estimate');
  v.bodyFor('claude-haiku-4-5'); lap('bodyFor'); console.log();
}
