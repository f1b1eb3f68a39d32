import v8 from 'node:v8';
const msg = (i) => `{"role":"${i % 2 ? 'assistant' : 'user'}","content":"tiny message number ${String(i).padStart(7, '0')} ......."}`;
const parts = []; for (let i = 0; i < 500_000; i++) parts.push(msg(i));
const text = `{"model":"auto","max_tokens":10,"messages":[${parts.join(',')}]}`;
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  const o = JSON.parse(text); const p = performance.now() - t;
  const ser = v8.serialize(o); t = performance.now();
  v8.deserialize(ser); const d = performance.now() - t;
  console.log('parse', Math.round(p), 'deserialize', Math.round(d), 'bytes', ser.length);
}
