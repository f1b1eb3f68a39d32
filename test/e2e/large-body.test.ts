import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { hashKey } from '../../src/pipeline/authenticate.js';
import { startGateway, type Gateway } from '../../src/server.js';
import { KEYS, MODELS, testConfig } from '../helpers/config.js';
import { spawnGateway } from '../helpers/process.js';
import { MESSAGE_JSON } from '../helpers/raw-upstream.js';

const sha = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** A body of `count` tiny messages of about `bytesEach` bytes, the last one a user turn marked for the prompt cache (sticky keys). */
function tinyMessagesBody(count: number, bytesEach: number, extra = ''): Buffer {
  const parts: string[] = [];
  for (let i = 0; i < count - 1; i++) {
    const text = `m${i} `.padEnd(bytesEach - 30, 'x');
    parts.push(`{"role":"${i % 2 === 0 ? 'user' : 'assistant'}","content":"${text}"}`);
  }
  parts.push('{"role":"user","content":[{"type":"text","text":"ok?","cache_control":{"type":"ephemeral"}}]}');
  return Buffer.from(`{"model":"auto",${extra}"max_tokens":16,"messages":[${parts.join(',')}]}`);
}

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

function post(url: string, key: string, body: Buffer, path = '/v1/messages'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, {
      method: 'POST',
      headers: { 'x-api-key': key, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'content-length': body.length },
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The two large-body metrics, read from /metrics. */
async function parseLine(url: string): Promise<{ parsing: number; parsed: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (pattern: RegExp): number => [...text.matchAll(pattern)].reduce((sum, m) => sum + Number(m[1]), 0);
  return { parsing: value(/^gateway_large_bodies_parsing (\S+)$/gm), parsed: value(/^gateway_large_bodies_parsed_total\{[^}]*\} (\S+)$/gm) };
}

/**
 * Whether /healthz and org "batch"'s small request were answered while a large body was being parsed: bracketed by
 * two scrapes that show the same parse still under way (in the line, none finished between). On the event loop,
 * nothing answers meanwhile.
 */
async function answeredWhileParsing(url: string, done: () => boolean): Promise<boolean> {
  const small = Buffer.from(JSON.stringify({ model: 'haiku', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }));
  for (let i = 0; i < 5_000 && !done(); i++) {
    const before = await parseLine(url);
    if (before.parsing === 0) continue;
    const health = await fetch(`${url}/healthz`);
    const other = await post(url, KEYS.batch, small);
    const after = await parseLine(url);
    expect(health.status).toBe(200);
    expect(other.status).toBe(200);
    if (after.parsing > 0 && after.parsed === before.parsed) return true;
  }
  return false;
}

/** Issue 20 item 6: one org's 32 MiB body of 500,000 tiny messages must not stop the replica answering everyone else. */
describe('large bodies are parsed off the event loop', () => {
  let upstream: Server;
  let gateway: Gateway;
  /** sha256 of every body the upstream received. */
  const received: string[] = [];
  /** The last batch create the upstream received. */
  let batchSent: Buffer | undefined;

  beforeAll(async () => {
    // An upstream that reads each body as bytes (no parsing of its own on this event loop) and answers one message.
    upstream = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        received.push(sha(body));
        if (req.url?.startsWith('/v1/messages/batches')) batchSent = body;
        if (body.subarray(0, 40).includes(`"${MODELS.opus}"`)) {
          res.writeHead(529, { 'content-type': 'application/json' }).end('{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}');
        } else res.writeHead(200, { 'content-type': 'application/json', 'request-id': 'req_up' }).end(MESSAGE_JSON);
      });
    });
    await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
    const address = upstream.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const config = testConfig({ upstream: { baseUrl: `http://127.0.0.1:${address.port}` } });
    gateway = await startGateway({ config, apiKey: 'k', port: 0, host: '127.0.0.1', logger: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => {
    await gateway?.drain(1_000);
    await new Promise((done) => upstream?.close(done));
  });

  it('answers /healthz, /metrics and another org while a 32 MiB body is parsed, then forwards that body byte for byte', async () => {
    const big = tinyMessagesBody(500_000, 64);
    expect(big.length).toBeGreaterThan(31 * 1024 * 1024);
    let bigDone = false;
    const bigAnswer = post(gateway.url, KEYS.search, big).finally(() => (bigDone = true));

    expect(await answeredWhileParsing(gateway.url, () => bigDone)).toBe(true);

    const answer = await bigAnswer;
    expect(answer.status).toBe(200);
    const model = String(answer.headers['x-gateway-model']);
    const forwarded = Buffer.concat([Buffer.from(`{"model":${JSON.stringify(model)}`), big.subarray('{"model":"auto"'.length)]);
    expect(received).toContain(sha(forwarded));
  });

  it('refuses a large body with the same 400 as a small one', async () => {
    const cases = ['"stream":"yes",', '"model":"haiku",'];
    for (const extra of cases) {
      const large = await post(gateway.url, KEYS.search, tinyMessagesBody(30_000, 64, extra));
      const smallOne = await post(gateway.url, KEYS.search, tinyMessagesBody(3, 64, extra));
      expect(large.status).toBe(400);
      expect(JSON.parse(large.body).error).toEqual(JSON.parse(smallOne.body).error);
      expect(large.headers['x-gateway-error-code']).toBe('GW_INVALID_REQUEST');
    }
  });
  it('sends the same bytes again, with the next model, when the first is overloaded', async () => {
    // The upstream answers 529 to Opus: the gateway falls back to Sonnet, rewriting `model` in the caller's bytes again.
    const body = tinyMessagesBody(30_000, 64);
    const answer = await post(gateway.url, KEYS.search, Buffer.concat([Buffer.from('{"model":"opus"'), body.subarray('{"model":"auto"'.length)]));
    expect(answer.status).toBe(200);
    expect(answer.headers['x-gateway-model']).toBe(MODELS.sonnet);
    const asSent = (model: string): string => sha(Buffer.concat([Buffer.from(`{"model":"${model}"`), body.subarray('{"model":"auto"'.length)]));
    expect(received).toContain(asSent(MODELS.opus));
    expect(received).toContain(asSent(MODELS.sonnet));
  });

  it('parses a large count_tokens body off the event loop too, and passes its bytes on with model rewritten', async () => {
    const body = tinyMessagesBody(30_000, 64);
    const before = await parseLine(gateway.url);
    const answer = await post(gateway.url, KEYS.search, body, '/v1/messages/count_tokens');
    expect(answer.status).toBe(200);
    const model = String(answer.headers['x-gateway-model']);
    expect(received).toContain(sha(Buffer.concat([Buffer.from(`{"model":${JSON.stringify(model)}`), body.subarray('{"model":"auto"'.length)])));
    expect((await parseLine(gateway.url)).parsed).toBe(before.parsed + 1);
  });

  it('parses a large chat completion off the event loop too, and passes its bytes on with model rewritten', async () => {
    const messages = Array.from({ length: 30_000 }, (_, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content: `m${i} `.padEnd(40, 'x') }));
    const body = Buffer.from(JSON.stringify({ model: 'auto', max_tokens: 16, messages }));
    const before = await parseLine(gateway.url);
    const answer = await post(gateway.url, KEYS.search, body, '/v1/chat/completions');
    expect(answer.status).toBe(200);
    const model = String(answer.headers['x-gateway-model']);
    expect(received).toContain(sha(Buffer.concat([Buffer.from(`{"model":${JSON.stringify(model)}`), body.subarray('{"model":"auto"'.length)])));
    expect((await parseLine(gateway.url)).parsed).toBe(before.parsed + 1);
  });

  it('prepares a large batch create off the event loop too: every item validated and routed, others answered meanwhile', async () => {
    const ask = (i: number): string => `Question ${i}: ${'explain the tradeoffs of this design in detail. '.repeat(60)}`;
    const requests = Array.from({ length: 10_000 }, (_, i) => ({ custom_id: `r${i}`, params: { model: i % 2 ? 'auto' : 'haiku', max_tokens: 16, messages: [{ role: 'user', content: ask(i) }] } }));
    const body = Buffer.from(JSON.stringify({ requests }));
    expect(body.length).toBeGreaterThan(20 * 1024 * 1024);
    const before = await parseLine(gateway.url);
    let done = false;
    const created = post(gateway.url, KEYS.search, body, '/v1/messages/batches').finally(() => (done = true));
    expect(await answeredWhileParsing(gateway.url, () => done)).toBe(true);
    expect((await created).status).toBe(200);
    expect((await parseLine(gateway.url)).parsed).toBeGreaterThan(before.parsed);
    const sent = JSON.parse(String(batchSent)) as { requests: { custom_id: string; params: { model: string } }[] };
    expect(sent.requests).toHaveLength(10_000);
    expect(sent.requests[0]?.params.model).toBe(MODELS.haiku);
    expect(Object.values(MODELS)).toContain(sent.requests[1]?.params.model);
    expect(sent.requests.every((r) => r.params.model !== 'auto' && r.params.model !== 'haiku')).toBe(true);
  });

  it('refuses a large batch item with the same 400 as a small batch', async () => {
    const item = (i: number, params: Record<string, unknown>): Record<string, unknown> => ({ custom_id: `r${i}`, params });
    const good = { model: 'haiku', max_tokens: 16, messages: [{ role: 'user', content: 'x'.repeat(200) }] };
    const bad = { model: 'haiku', messages: [{ role: 'user', content: 'no max_tokens' }] };
    const large = Buffer.from(JSON.stringify({ requests: [...Array.from({ length: 6_000 }, (_, i) => item(i, good)), item(6_000, bad)] }));
    const small = Buffer.from(JSON.stringify({ requests: [item(0, good), item(6_000, bad)] }));
    expect(large.length).toBeGreaterThan(1024 * 1024);
    const [a, b] = [await post(gateway.url, KEYS.search, large, '/v1/messages/batches'), await post(gateway.url, KEYS.search, small, '/v1/messages/batches')];
    expect(a.status).toBe(400);
    const small400 = JSON.parse(b.body).error as { message: string };
    expect(small400.message).toMatch(/^requests\.1 \(custom_id "r6000"\): max_tokens/);
    expect(JSON.parse(a.body).error).toEqual({ ...small400, message: small400.message.replace('requests.1 ', 'requests.6000 ') });
    expect(a.headers['x-gateway-error-code']).toBe(b.headers['x-gateway-error-code']);
  });

  it('refuses a large body of an org with no request left this minute before parsing it, as a small one', async () => {
    // Org "tiny": rpm 3, maxQueueMs 0.
    const small = Buffer.from(JSON.stringify({ model: 'haiku', max_tokens: 8, messages: [{ role: 'user', content: 'hi' }] }));
    for (let i = 0; i < 3; i++) expect((await post(gateway.url, KEYS.tiny, small)).status).toBe(200);
    const before = await (await fetch(`${gateway.url}/metrics`)).text();
    const large = await post(gateway.url, KEYS.tiny, tinyMessagesBody(30_000, 64));
    const after = await (await fetch(`${gateway.url}/metrics`)).text();
    const smallOne = await post(gateway.url, KEYS.tiny, small);
    expect(large.status).toBe(429);
    expect(JSON.parse(large.body).error).toEqual(JSON.parse(smallOne.body).error);
    expect(large.headers['retry-after']).toBeDefined();
    expect(large.headers['x-gateway-error-code']).toBe(smallOne.headers['x-gateway-error-code']);
    const refused = (text: string): number => Number(/^gateway_large_bodies_parsed_total\{result="refused"\} (\S+)$/m.exec(text)?.[1] ?? 0);
    const parsedOk = (text: string): number => Number(/^gateway_large_bodies_parsed_total\{result="ok"\} (\S+)$/m.exec(text)?.[1] ?? 0);
    expect(refused(after)).toBe(refused(before) + 1);
    expect(parsedOk(after)).toBe(parsedOk(before));
  });
});

describe('large bodies in the built gateway', () => {
  it('finds its parse worker from dist/ and answers through the simulator', async () => {
    const key = 'large-body-test-key';
    const doc = parseYaml(readFileSync('config/gateway.yaml', 'utf8')) as Record<string, unknown>;
    doc.server = { port: 0, host: '127.0.0.1' };
    doc.orgs = [{ id: 'search', keys: [`sha256:${hashKey(key)}`] }];
    const path = join(mkdtempSync(join(tmpdir(), 'large-body-')), 'gateway.yaml');
    writeFileSync(path, stringify(doc));
    const proc = await spawnGateway(path);
    try {
      const answer = await post(proc.url, key, tinyMessagesBody(20_000, 64));
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).type).toBe('message');
      expect(await parseLine(proc.url)).toEqual({ parsing: 0, parsed: 1 });
    } finally {
      proc.kill();
    }
  });
});
