import { agent, type TrafficExample } from './build.js';
import { bash, call, claudeCode, glob, grep, read, sdkAgent } from './agentic-second.js';

/**
 * Third agentic batch (session 8, names `a3-`), written blind (the router was not run while writing): mostly
 * Claude Code's shape (its cached system prompt and tools, `cat -n` reads, several calls a turn), a few Agent
 * SDK apps. Trivial steps whose tool answered the question, everyday coding steps, and hard investigations
 * whose tool results show no explicit failure (memory that grows, a balance debited twice with two 200s, an
 * upload handler to review, a latency shift with no deploy, rows silently emptied by a migration).
 */

const CLAUDE_MD = '# Ledger service\n- pnpm, Node 20, TypeScript strict\n- tests: `pnpm test`; never commit without them passing\n- money is integer cents everywhere';
const SHOP = 'You are the order assistant of Lumen Home. Answer customers briefly using the tools. Never guess delivery dates.';
const SHOP_TOOLS = ['lookup_order', 'track_parcel', 'search_help_center'];
const ANALYST = 'You are the analytics assistant of Fernwood. Query the warehouse and explain results to business users in plain words, with the numbers.';
const ANALYST_TOOLS = ['run_warehouse_sql', 'describe_table', 'post_slack_message'];
const SRE = 'You are an SRE assistant with read access to our Kubernetes clusters, logs and dashboards. Investigate carefully and report findings with evidence.';
const SRE_TOOLS = ['kubectl', 'query_logs', 'query_prometheus', 'get_deploy_history', 'get_node_events'];

const trivial: TrafficExample[] = [
  agent('a3-cc-branch', 'haiku', claudeCode('which branch am i on', [{ calls: [bash('git branch --show-current', 'feature/ledger-export')] }])),
  agent('a3-cc-todo-count', 'haiku', claudeCode('how many TODOs are left in src?', [
    { calls: [grep('TODO', 'src/ledger/post.ts:14:  // TODO: batch inserts\nsrc/ledger/export.ts:3:// TODO: stream instead of buffering\nsrc/api/routes.ts:88:    // TODO: pagination\nsrc/api/routes.ts:120:  // TODO remove after v2 launch')] },
  ])),
  agent('a3-cc-push', 'haiku', claudeCode('push it', [
    { calls: [bash('git push -u origin feature/ledger-export', "Enumerating objects: 9, done.\nWriting objects: 100% (5/5), 1.12 KiB | 1.12 MiB/s, done.\nTo github.com:fernwood/ledger.git\n * [new branch]      feature/ledger-export -> feature/ledger-export\nbranch 'feature/ledger-export' set up to track 'origin/feature/ledger-export'.")] },
  ], { claudeMd: CLAUDE_MD })),
  agent('a3-cc-add-dep', 'haiku', claudeCode('add dayjs', [
    { calls: [bash('pnpm add dayjs', 'Packages: +1\n+\nProgress: resolved 412, reused 411, downloaded 1, added 1, done\n\ndependencies:\n+ dayjs 1.11.13\n\nDone in 2.1s')] },
  ])),
  agent('a3-cc-prettier', 'haiku', claudeCode('run prettier on what I changed', [
    { calls: [bash('git diff --name-only | xargs pnpm prettier --write', 'src/ledger/export.ts 48ms\nsrc/api/routes.ts 61ms (unchanged)\ntest/ledger/export.test.ts 22ms')] },
  ])),
  agent('a3-shop-order-status', 'haiku', sdkAgent(SHOP, SHOP_TOOLS, "where's my order LH-30112?", [
    { calls: [call('lookup_order', { order_id: 'LH-30112' }, '{"order_id":"LH-30112","status":"shipped","carrier":"DHL","tracking":"JD0146000032811","shipped":"2026-12-04"}'), call('track_parcel', { tracking: 'JD0146000032811' }, '{"status":"out_for_delivery","estimated":"2026-12-07","last_scan":"Hamburg depot 06:12"}')] },
  ])),
  agent('a3-cc-dev-port', 'haiku', claudeCode('what port does the dev server run on?', [
    { calls: [glob('.env*', '/home/dev/project/.env.example\n/home/dev/project/.env.development'), grep('PORT', '.env.development:1:PORT=5173\n.env.example:1:PORT=')] },
  ])),
];

const everyday: TrafficExample[] = [
  agent('a3-cc-health-endpoint', 'sonnet', claudeCode('add GET /health returning the version from package.json and the uptime in seconds, with a test', [
    { calls: [read('/home/dev/project/src/api/server.ts', "import Fastify from 'fastify';\nimport { registerRoutes } from './routes.js';\n\nexport const buildServer = () => {\n  const app = Fastify({ logger: true });\n  registerRoutes(app);\n  return app;\n};"), glob('test/api/*.test.ts', '/home/dev/project/test/api/routes.test.ts')] },
    { calls: [read('/home/dev/project/test/api/routes.test.ts', "import { buildServer } from '../../src/api/server.js';\n\ndescribe('GET /accounts/:id', () => {\n  it('returns 404 for an unknown account', async () => {\n    const app = buildServer();\n    const res = await app.inject({ method: 'GET', url: '/accounts/nope' });\n    expect(res.statusCode).toBe(404);\n  });\n});")] },
  ], { claudeMd: CLAUDE_MD })),
  agent('a3-cc-rounding-test', 'sonnet', claudeCode('fix the failing fee test', [
    { calls: [bash('pnpm vitest run test/ledger/fees.test.ts', " FAIL  test/ledger/fees.test.ts > fee > rounds half up to the cent\nAssertionError: expected 1 to be 2\n - Expected: 2\n + Received: 1\n  ❯ test/ledger/fees.test.ts:18:30\n Tests  1 failed | 5 passed (6)", true)] },
    { calls: [read('/home/dev/project/src/ledger/fees.ts', '/** Fee of 0.3% in integer cents, rounded half up. */\nexport const fee = (amountCents: number): number => Math.floor(amountCents * 0.003);')] },
  ], { claudeMd: CLAUDE_MD })),
  agent('a3-cc-tests-parse-duration', 'sonnet', claudeCode('write tests for parseDuration', [
    { calls: [read('/home/dev/project/src/util/duration.ts', "const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };\n\n/** \"1h30m\" -> 5400000. Throws on anything else. */\nexport const parseDuration = (text: string): number => {\n  const parts = [...text.matchAll(/(\\d+)(ms|s|m|h|d)/g)];\n  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) throw new Error(`bad duration: ${text}`);\n  return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit], 0);\n};")] },
  ])),
  agent('a3-cc-eslint-flat', 'sonnet', claudeCode('migrate our .eslintrc.json to the new flat config format', [
    { calls: [read('/home/dev/project/.eslintrc.json', '{\n  "root": true,\n  "parser": "@typescript-eslint/parser",\n  "parserOptions": { "project": "./tsconfig.json" },\n  "plugins": ["@typescript-eslint", "import"],\n  "extends": ["eslint:recommended", "plugin:@typescript-eslint/recommended-type-checked", "prettier"],\n  "rules": {\n    "import/order": ["error", { "newlines-between": "always" }],\n    "@typescript-eslint/no-floating-promises": "error"\n  },\n  "ignorePatterns": ["dist", "coverage"]\n}'), bash('pnpm ls eslint typescript-eslint', 'eslint 9.14.0\ntypescript-eslint (not installed)')] },
  ])),
  agent('a3-cc-explain-retry-queue', 'sonnet', claudeCode('explain how the retry queue works, I have to present it tomorrow', [
    { calls: [read('/home/dev/project/src/jobs/retry-queue.ts', "export class RetryQueue {\n  constructor(private redis: Redis, private name: string) {}\n\n  async push(job: Job, attempt = 0) {\n    const delay = Math.min(2 ** attempt * 1000, 15 * 60_000);\n    await this.redis.zadd(`${this.name}:delayed`, Date.now() + delay, JSON.stringify({ ...job, attempt }));\n  }\n\n  async promoteDue() {\n    const due = await this.redis.zrangebyscore(`${this.name}:delayed`, 0, Date.now(), 'LIMIT', 0, 100);\n    for (const raw of due) {\n      if (await this.redis.zrem(`${this.name}:delayed`, raw)) await this.redis.lpush(`${this.name}:ready`, raw);\n    }\n  }\n}"), read('/home/dev/project/src/jobs/worker.ts', "while (running) {\n  const raw = await redis.brpoplpush('ledger:ready', 'ledger:processing', 5);\n  if (!raw) { await queue.promoteDue(); continue; }\n  const job = JSON.parse(raw);\n  try { await handle(job); }\n  catch (e) { if (job.attempt < 8) await queue.push(job, job.attempt + 1); else await deadLetter(job, e); }\n  await redis.lrem('ledger:processing', 1, raw);\n}")] },
  ])),
  agent('a3-analyst-churn', 'sonnet', sdkAgent(ANALYST, ANALYST_TOOLS, 'What was monthly churn by plan over the last 6 months? Our CFO wants to know if the price change in September hurt us.', [
    { calls: [call('run_warehouse_sql', { sql: 'SELECT month, plan, churned, active_start FROM churn_monthly WHERE month >= 2026-06 ORDER BY 1, 2' }, 'month,plan,churned,active_start\n2026-06,basic,410,14200\n2026-06,plus,95,6100\n2026-07,basic,398,14350\n2026-07,plus,101,6240\n2026-08,basic,420,14500\n2026-08,plus,99,6380\n2026-09,basic,655,14610\n2026-09,plus,118,6450\n2026-10,basic,590,14120\n2026-10,plus,104,6510\n2026-11,basic,430,13790\n2026-11,plus,97,6600')] },
  ])),
  agent('a3-cc-axios-bump', 'sonnet', claudeCode('bump axios to 1.7 and fix whatever breaks', [
    { calls: [bash('pnpm add axios@^1.7.7 && pnpm tsc --noEmit', "dependencies:\n- axios 0.27.2\n+ axios 1.7.7\n\nsrc/clients/fx.ts(12,34): error TS2339: Property 'data' does not exist on type 'AxiosError<unknown, any>'.\nsrc/clients/fx.ts(20,5): error TS2322: Type 'AxiosRequestHeaders' is not assignable to type 'Record<string, string>'.", true)] },
    { calls: [read('/home/dev/project/src/clients/fx.ts', "import axios, { AxiosError } from 'axios';\n\nexport const getRate = async (from: string, to: string) => {\n  try {\n    const res = await axios.get(`https://fx.internal/rates/${from}/${to}`);\n    return res.data.rate as number;\n  } catch (e) {\n    const err = e as AxiosError;\n    throw new Error(`fx failed: ${err.data}`);\n  }\n};\n\nexport const defaultHeaders: Record<string, string> = axios.defaults.headers.common;", 1)] },
  ])),
];

const hard: TrafficExample[] = [
  agent('a3-cc-rss-growth', 'opus', claudeCode('the export service RSS grows about 200 MB a day until the pod is restarted. no errors anywhere. heap snapshots look normal. find out why', [
    { calls: [bash('kubectl top pod -l app=ledger-export --containers', 'POD                             NAME     CPU(cores)   MEMORY(bytes)\nledger-export-7c9f8d6b54-kq2xw  export   210m         1893Mi')] },
    { calls: [bash("kubectl exec ledger-export-7c9f8d6b54-kq2xw -- node -e \"fetch('http://localhost:9464/debug/memory').then(r=>r.text()).then(console.log)\"", '{"rss":1984823296,"heapTotal":212860928,"heapUsed":171255040,"external":1402331136,"arrayBuffers":1391001600}')] },
    { calls: [grep('zlib|createGzip|Buffer.alloc', 'src/ledger/export.ts:5:import { createGzip } from \'node:zlib\';\nsrc/ledger/export.ts:41:    const gzip = createGzip({ level: 6 });\nsrc/ledger/export.ts:58:  const chunk = Buffer.allocUnsafe(64 * 1024);')] },
    { calls: [read('/home/dev/project/src/ledger/export.ts', "export async function exportDay(day: string, res: ServerResponse) {\n  const cursor = db.cursor(sql`SELECT * FROM entries WHERE day = ${day}`);\n  const gzip = createGzip({ level: 6 });\n  gzip.pipe(res);\n  for await (const rows of cursor) gzip.write(toCsv(rows));\n  gzip.end();\n}", 38)] },
  ], { claudeMd: CLAUDE_MD })),
  agent('a3-cc-double-debit', 'opus', claudeCode('two customers say one purchase was taken from their balance twice. we cannot reproduce it. look into it', [
    { calls: [bash("grep -h 'acct_81723' logs/api-2026-12-05.log | head", '2026-12-05T18:21:04.118Z POST /purchases acct=acct_81723 amount=4999 idem=9b1f... status=200 ms=84\n2026-12-05T18:21:04.161Z POST /purchases acct=acct_81723 amount=4999 idem=9b1f... status=200 ms=71')] },
    { calls: [grep('idempotency', 'src/api/purchases.ts:22:  const seen = await redis.get(`idem:${key}`);\nsrc/api/purchases.ts:30:  await redis.set(`idem:${key}`, JSON.stringify(result), \'EX\', 86400);')] },
    { calls: [read('/home/dev/project/src/api/purchases.ts', "app.post('/purchases', async (req, reply) => {\n  const key = req.headers['idempotency-key'];\n  const seen = await redis.get(`idem:${key}`);\n  if (seen) return reply.send(JSON.parse(seen));\n  const account = await db.one('SELECT balance_cents FROM accounts WHERE id = $1', [req.body.account]);\n  if (account.balance_cents < req.body.amount) return reply.code(402).send();\n  await db.none('UPDATE accounts SET balance_cents = $1 WHERE id = $2', [account.balance_cents - req.body.amount, req.body.account]);\n  const result = await db.one('INSERT INTO purchases ... RETURNING id', [...]);\n  await redis.set(`idem:${key}`, JSON.stringify(result), 'EX', 86400);\n  return reply.send(result);\n});", 18)] },
  ], { claudeMd: CLAUDE_MD })),
  agent('a3-cc-upload-review', 'opus', claudeCode('we ship the avatar upload on Monday. go over it before we do', [
    { calls: [grep('avatar', 'src/api/avatar.ts:9:app.post(\'/me/avatar\', upload)\nsrc/api/avatar.ts:30:app.get(\'/avatars/:file\', serve)\nsrc/web/profile.tsx:41:  <img src={`/avatars/${user.avatar}`} />')] },
    { calls: [read('/home/dev/project/src/api/avatar.ts', "async function upload(req, reply) {\n  const file = await req.file();\n  if (!file.mimetype.startsWith('image/')) return reply.code(400).send();\n  const name = `${req.user.id}-${file.filename}`;\n  await pipeline(file.file, fs.createWriteStream(path.join(AVATAR_DIR, name)));\n  await db.none('UPDATE users SET avatar = $1 WHERE id = $2', [name, req.user.id]);\n  return reply.send({ avatar: name });\n}\n\nasync function serve(req, reply) {\n  return reply.sendFile(req.params.file, AVATAR_DIR);\n}", 1)] },
  ])),
  agent('a3-sre-p99-shift', 'opus', sdkAgent(SRE, SRE_TOOLS, 'p99 on the ledger API went from 180 ms to 420 ms on Tuesday and stayed there. No errors, no alerts, and nobody deployed. What changed?', [
    { calls: [call('get_deploy_history', { service: 'ledger-api', days: 7 }, '[{"version":"4.12.0","at":"2026-11-28T10:04Z"}]'), call('query_prometheus', { query: 'histogram_quantile(0.5, sum by (le) (rate(http_request_duration_seconds_bucket{service="ledger-api"}[5m])))' }, 'before Tue: 0.031  after Tue: 0.033')] },
    { calls: [call('get_node_events', { pool: 'general', days: 7 }, '2026-12-01T02:00Z node pool general: upgrade 1.29.8 -> 1.30.4 (surge 1), all 14 nodes replaced\n2026-12-01T02:40Z instance type unchanged: m6i.2xlarge'), call('query_prometheus', { query: 'sum by (pod) (rate(container_cpu_cfs_throttled_periods_total{container="ledger-api"}[5m])) / sum by (pod) (rate(container_cpu_cfs_periods_total{container="ledger-api"}[5m]))' }, 'before Tue: 0.02-0.04  after Tue: 0.21-0.35'), call('kubectl', { args: 'get pod -l app=ledger-api -o jsonpath={..resources}' }, '{"limits":{"cpu":"1","memory":"1Gi"},"requests":{"cpu":"500m","memory":"1Gi"}}')] },
  ])),
  agent('a3-cc-go-hang', 'opus', claudeCode('TestSettlementBatch hangs maybe one run in twenty, only with -race. figure out why', [
    { calls: [bash('go test -race -run TestSettlementBatch -count=20 ./settlement/', 'ok  \tfernwood/ledger/settlement\t14.204s')] },
    { calls: [bash('go test -race -run TestSettlementBatch -count=40 -timeout 60s ./settlement/', "panic: test timed out after 1m0s\n\ngoroutine 1873 [chan send]:\nfernwood/ledger/settlement.(*Batcher).flush(0xc0001a4000)\n\t/home/dev/project/settlement/batch.go:71 +0x1c5\n\ngoroutine 1874 [sync.Mutex.Lock]:\nfernwood/ledger/settlement.(*Batcher).Add(0xc0001a4000, ...)\n\t/home/dev/project/settlement/batch.go:48 +0x85\n\ngoroutine 1860 [select]:\nfernwood/ledger/settlement.(*Batcher).run(0xc0001a4000)\n\t/home/dev/project/settlement/batch.go:90 +0x12f", true)] },
    { calls: [read('/home/dev/project/settlement/batch.go', "func (b *Batcher) Add(e Entry) {\n\tb.mu.Lock()\n\tdefer b.mu.Unlock()\n\tb.pending = append(b.pending, e)\n\tif len(b.pending) >= b.size {\n\t\tb.flush()\n\t}\n}\n\nfunc (b *Batcher) flush() {\n\tbatch := b.pending\n\tb.pending = nil\n\tb.out <- batch\n}\n\nfunc (b *Batcher) run() {\n\tticker := time.NewTicker(b.every)\n\tfor {\n\t\tselect {\n\t\tcase <-ticker.C:\n\t\t\tb.mu.Lock()\n\t\t\tb.flush()\n\t\t\tb.mu.Unlock()\n\t\tcase batch := <-b.out:\n\t\t\tb.sink(batch)\n\t\t}\n\t}\n}", 44)] },
  ])),
  agent('a3-cc-migration-nulls', 'opus', claudeCode('since last night\'s migration about 0.3% of orders have an empty shipping address. the migration log says it completed fine. work out what happened and whether we can get the data back', [
    { calls: [bash('tail -5 logs/migrate-2026-12-06.log', '[02:14:09] 0042_split_address: copying addresses in batches of 5000\n[02:51:40] 0042_split_address: 1,204,331 rows copied\n[02:51:41] 0042_split_address: dropping column orders.shipping_address_legacy\n[02:51:44] 0042_split_address: done\n[02:51:44] all migrations completed')] },
    { calls: [read('/home/dev/project/migrations/0042_split_address.ts', "export async function up(db) {\n  await db.none('ALTER TABLE orders ADD COLUMN shipping_address jsonb');\n  let last = 0;\n  for (;;) {\n    const rows = await db.any('SELECT id, shipping_address_legacy FROM orders WHERE id > $1 ORDER BY id LIMIT 5000', [last]);\n    if (rows.length === 0) break;\n    await db.tx((t) => t.batch(rows.map((r) => t.none('UPDATE orders SET shipping_address = $1 WHERE id = $2', [parse(r.shipping_address_legacy), r.id]))));\n    last = rows[rows.length - 1].id;\n  }\n  await db.none('ALTER TABLE orders DROP COLUMN shipping_address_legacy');\n}"), bash("psql -c \"select count(*), min(created_at), max(created_at) from orders where shipping_address is null\"", ' count |          min           |          max\n-------+------------------------+------------------------\n  3617 | 2026-12-06 02:14:11+00 | 2026-12-06 02:51:43+00')] },
  ], { claudeMd: CLAUDE_MD })),
];

export const thirdAgenticExamples: TrafficExample[] = [...trivial, ...everyday, ...hard];
