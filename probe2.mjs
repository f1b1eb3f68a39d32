const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const ask = async (port) => { const res = await fetch(`http://127.0.0.1:${port}/v1/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': 'fault-key' }, body: JSON.stringify({ model: 'haiku', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }) }); await res.arrayBuffer(); return [res.status, res.headers.get('anthropic-ratelimit-requests-remaining')]; };
let s = []; for (let i = 0; i < 140; i++) s.push((await ask(18733 + (i % 2)))[0]);
console.log(s.join(''));
const all = []; for (let i = 0; i < 50; i++) { all.push(ask(18733 + (i % 2))); await sleep(100); }
console.log(JSON.stringify(await Promise.all(all)));
