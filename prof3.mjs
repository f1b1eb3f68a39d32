import { messagesBodySchema } from '/work/wt-20/dist/messages/schema.js';
import { scanTopLevel } from '/work/wt-20/dist/messages/top-level.js';
const msg = (i) => `{"role":"${i % 2 ? 'assistant' : 'user'}","content":"tiny message number ${String(i).padStart(7, '0')} ......."}`;
const parts = []; for (let i = 0; i < 500_000; i++) parts.push(msg(i));
const buf = Buffer.from(`{"model":"auto","max_tokens":10,"messages":[${parts.join(',')}]}`);
for (let r = 0; r < 3; r++) {
  let t = performance.now(); const lap = (n) => { const x = performance.now(); process.stdout.write(`${n} ${Math.round(x - t)}  `); t = x; };
  const text = buf.toString('utf8'); lap('toString');
  const json = JSON.parse(text); lap('JSON.parse');
  scanTopLevel(text); lap('scanTopLevel');
  messagesBodySchema.safeParse(json); lap('zod'); console.log();
}
