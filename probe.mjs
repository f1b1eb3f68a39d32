const r = await fetch('http://127.0.0.1:18733/readyz'); console.log(await r.text());
let s = []; for (let i = 0; i < 130; i++) { const res = await fetch('http://127.0.0.1:18733/v1/messages', { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'fault-key' }, body: JSON.stringify({ model: 'haiku', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }) }); s.push(res.status); if (i==0) console.log([...res.headers].filter(([k])=>k.includes('ratelimit'))); await res.arrayBuffer(); }
console.log(s.join(','));
