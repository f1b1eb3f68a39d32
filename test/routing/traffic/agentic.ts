import { agent, agentLoop, type ToolStep, type TrafficExample } from './build.js';

const CODING = ['read_file', 'write_file', 'run_command', 'search_code', 'list_dir'];
const ASSISTANT = ['get_weather', 'web_search', 'get_calendar', 'create_event', 'send_email', 'get_time'];
const DATA = ['run_sql', 'list_tables', 'describe_table'];
const CODER_SYSTEM = 'You are a coding agent working in the user\'s repository. Use the tools to read, edit and run code.';

const run = (cmd: string, result: string, error = false): ToolStep => ({ call: 'run_command', input: { cmd }, result, error });
const read = (path: string, result: string): ToolStep => ({ call: 'read_file', input: { path }, result });
const write = (path: string): ToolStep => ({ call: 'write_file', input: { path, content: '...' }, result: 'ok' });
const search = (query: string, result: string): ToolStep => ({ call: 'search_code', input: { query }, result });
const web = (query: string, result: string): ToolStep => ({ call: 'web_search', input: { query }, result });
const sql = (query: string, result: string, error = false): ToolStep => ({ call: 'run_sql', input: { query }, result, error });

const coder = (task: string, steps: ToolStep[], after?: string) =>
  agentLoop(task, steps, { system: CODER_SYSTEM, tools: CODING, ...(after ? { after } : {}) });
const helper = (task: string, steps: ToolStep[], after?: string) =>
  agentLoop(task, steps, { system: 'You are a helpful assistant with tools.', tools: ASSISTANT, max_tokens: 1024, ...(after ? { after } : {}) });
const analyst = (task: string, steps: ToolStep[]) => agentLoop(task, steps, { tools: DATA });

const flakyRun = (n: number): ToolStep =>
  run(
    'go test -race -run TestTransferConcurrent -count=20 ./ledger/...',
    n % 2 === 0
      ? `--- FAIL: TestTransferConcurrent (30.01s)\npanic: test timed out after 30s\ngoroutine 41 [semacquire]:\nsync.(*Mutex).Lock(...)\nledger.(*Account).Debit(0xc0001a2000)\n\tledger/account.go:58\ngoroutine 42 [semacquire]:\nledger.(*Account).Credit(0xc0001a2080)\n\tledger/account.go:71\nFAIL\tledger\t30.2s`
      : `ok  \tledger\t4.1s\n(run ${n}: passed 20/20)`,
    n % 2 === 0,
  );

const trivial: TrafficExample[] = [
  agent('weather-echo', 'haiku', helper('What is the weather in Paris right now?', [{ call: 'get_weather', input: { city: 'Paris' }, result: '{"temp_c": 14, "conditions": "light rain", "wind_kph": 12}' }])),
  agent('time-echo', 'haiku', helper('What time is it in Tokyo?', [{ call: 'get_time', input: { tz: 'Asia/Tokyo' }, result: '2024-05-02T21:14:07+09:00' }])),
  agent('calendar-create', 'haiku', helper('Put a dentist appointment on my calendar next Tuesday at 3pm.', [{ call: 'create_event', input: { title: 'Dentist', start: '2024-05-07T15:00' }, result: '{"id": "evt_81", "status": "created"}' }])),
  agent('calendar-list', 'haiku', helper('What meetings do I have tomorrow?', [{ call: 'get_calendar', input: { date: '2024-05-03' }, result: '[{"title":"Standup","start":"09:30"},{"title":"1:1 with Priya","start":"14:00"}]' }])),
  agent('search-fact', 'haiku', helper('Who won the 2022 World Cup?', [web('2022 FIFA World Cup winner', 'Argentina won the 2022 FIFA World Cup, beating France on penalties in the final in Lusail.')])),
  agent('email-sent', 'haiku', helper('Email Dana that I will be 10 minutes late.', [{ call: 'send_email', input: { to: 'dana@example.com', body: 'Running 10 minutes late, sorry!' }, result: '{"status":"sent"}' }])),
  agent('ls-dir', 'haiku', coder('List the files in the src folder.', [{ call: 'list_dir', input: { path: 'src' }, result: 'app.ts\nconfig.ts\nindex.ts\nroutes/\nutils/' }])),
  agent('read-version', 'haiku', coder('What version is in package.json?', [read('package.json', '{\n  "name": "shop-api",\n  "version": "3.4.1",\n  "private": true\n}')])),
  agent('run-tests-pass', 'haiku', coder('Run the tests and tell me if they pass.', [run('npm test', 'Test Files  42 passed (42)\n     Tests  318 passed (318)\n  Duration  21.4s')])),
  agent('grep-count', 'haiku', coder('How many files import lodash?', [search('from \'lodash\'', 'src/utils/array.ts:1\nsrc/routes/cart.ts:3\nsrc/routes/search.ts:2')])),
  agent('table-count', 'haiku', analyst('How many rows are in the orders table?', [sql('SELECT count(*) FROM orders', '[{"count": 1843221}]')])),
  agent('list-tables', 'haiku', analyst('Which tables do we have?', [{ call: 'list_tables', input: {}, result: 'customers\norders\norder_items\nproducts\nrefunds' }])),
  agent('weather-two', 'haiku', helper('Is it warmer in Rome or Madrid today?', [
    { call: 'get_weather', input: { city: 'Rome' }, result: '{"temp_c": 22}' },
    { call: 'get_weather', input: { city: 'Madrid' }, result: '{"temp_c": 25}' },
  ])),
  agent('git-branch', 'haiku', coder('Which branch am I on?', [run('git branch --show-current', 'feature/checkout-v2')])),
  agent('echo-after', 'haiku', helper('Look up the population of Norway.', [web('population of Norway 2024', 'Norway population 2024: about 5.55 million (Statistics Norway).')], 'Just tell me the number.')),
  agent('format-date', 'haiku', helper('When is my flight?', [{ call: 'get_calendar', input: { query: 'flight' }, result: '[{"title":"Flight LH 1234 FRA→LIS","start":"2024-06-14T07:35"}]' }])),
  agent('lint-clean', 'haiku', coder('Run the linter.', [run('npx eslint .', '')])),
  agent('disk-usage', 'haiku', coder('How big is the dist folder?', [run('du -sh dist', '14M\tdist')])),
  agent('currency', 'haiku', helper('How much is 250 euros in dollars?', [web('EUR to USD rate', '1 EUR = 1.0832 USD (ECB reference rate)')])),
  agent('status-ok', 'haiku', coder('Is the staging deploy healthy?', [run('curl -s https://staging.example.com/healthz', '{"status":"ok","version":"3.4.1"}')])),
];

const everyday: TrafficExample[] = [
  agent('add-endpoint', 'sonnet', coder('Add a GET /health endpoint to the Express app that returns the git commit.', [read('src/app.ts', "import express from 'express';\nconst app = express();\napp.use(express.json());\napp.use('/orders', ordersRouter);\nexport default app;"), write('src/app.ts'), run('npm test', 'Tests  319 passed (319)')], 'Now also add a test for it.')),
  agent('fix-type-error', 'sonnet', coder('Fix the TypeScript build.', [run('npx tsc --noEmit', "src/routes/cart.ts(41,18): error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.", true), read('src/routes/cart.ts', 'const coupon = req.query.coupon as string | undefined;\nconst discount = lookupDiscount(coupon);')])),
  agent('write-tests', 'sonnet', coder('Write unit tests for src/utils/money.ts.', [read('src/utils/money.ts', 'export const addCents = (a: number, b: number) => a + b;\nexport const formatEUR = (cents: number) => `€${(cents / 100).toFixed(2)}`;\nexport const splitEvenly = (cents: number, n: number) => { const q = Math.floor(cents / n); ... }')])),
  agent('refactor-callbacks', 'sonnet', coder('Refactor the file loader from callbacks to async/await.', [read('src/loader.js', "function load(path, cb) {\n  fs.readFile(path, 'utf8', (err, text) => {\n    if (err) return cb(err);\n    parse(text, (err2, doc) => { if (err2) return cb(err2); cb(null, doc); });\n  });\n}")])),
  agent('one-failing-test', 'sonnet', coder('The CI is red, fix it.', [run('npm test', "FAIL test/cart.test.ts > applies a 10% coupon\nAssertionError: expected 90.00000000000001 to be 90", true), read('src/cart.ts', 'export const applyCoupon = (total: number, pct: number) => total * (1 - pct / 100);')])),
  agent('sql-report', 'sonnet', analyst('Give me revenue by month for 2023 and point out anything unusual.', [{ call: 'describe_table', input: { table: 'orders' }, result: 'id bigint, customer_id bigint, total numeric, status text, created_at timestamptz' }, sql("SELECT date_trunc('month', created_at) m, sum(total) FROM orders WHERE status='paid' AND created_at >= '2023-01-01' GROUP BY 1 ORDER BY 1", '[{"m":"2023-01","sum":412000},{"m":"2023-02","sum":398000},{"m":"2023-03","sum":1210000},{"m":"2023-04","sum":405000}]')])),
  agent('dockerfile', 'sonnet', coder('Write a production Dockerfile for this Node app.', [read('package.json', '{"name":"shop-api","scripts":{"build":"tsc","start":"node dist/index.js"},"engines":{"node":">=20"}}'), { call: 'list_dir', input: { path: '.' }, result: 'package.json\npackage-lock.json\ntsconfig.json\nsrc/\ntest/' }])),
  agent('search-summarize', 'sonnet', helper('Find recent news about the EU AI Act and summarize what changes for startups.', [web('EU AI Act startups obligations 2024', 'The AI Act entered into force on 1 August 2024. Obligations are phased: bans after 6 months, general-purpose AI rules after 12 months, high-risk rules after 24-36 months. SMEs get reduced fees and regulatory sandboxes...')])),
  agent('migrate-lib', 'sonnet', coder('Replace moment.js with date-fns across the project.', [search('moment(', 'src/utils/dates.ts:4: moment(d).format("YYYY-MM-DD")\nsrc/routes/report.ts:22: moment().subtract(7, "days")\nsrc/jobs/cleanup.ts:9: moment(row.created_at).isBefore(cutoff)')])),
  agent('api-client', 'sonnet', coder('Generate a typed client for our OpenAPI spec.', [read('openapi.yaml', 'openapi: 3.0.0\npaths:\n  /orders:\n    get: ...\n    post: ...\n  /orders/{id}:\n    get: ...')])),
  agent('pr-review', 'sonnet', coder('Review the diff of my branch and point out problems.', [run('git diff main...HEAD', "+export async function getUser(id) {\n+  const rows = await db.query(`SELECT * FROM users WHERE id = ${id}`);\n+  return rows[0];\n+}")])),
  agent('lint-fix', 'sonnet', coder('Fix the lint errors.', [run('npx eslint src', "src/routes/cart.ts\n  12:7  error  'total' is never reassigned. Use 'const' instead  prefer-const\n  40:3  error  Unexpected console statement  no-console\nsrc/utils/array.ts\n  3:10 error  'chunk' is defined but never used", true)])),
  agent('csv-parse', 'sonnet', coder('Write a script that imports customers.csv into the customers table, skipping duplicates by email.', [read('customers.csv', 'email,name,country\nana@example.com,Ana Lima,PT\nbo@example.com,Bo Chen,SE')])),
  agent('trip-plan', 'sonnet', helper('Plan my Friday: I have meetings, and I want to go running when it is dry.', [
    { call: 'get_calendar', input: { date: '2024-05-03' }, result: '[{"title":"Standup","start":"09:30","end":"09:45"},{"title":"Design review","start":"13:00","end":"14:30"}]' },
    { call: 'get_weather', input: { city: 'Berlin', hourly: true }, result: '{"07":"dry","10":"rain","12":"rain","15":"dry","18":"dry"}' },
  ])),
  agent('explain-module', 'sonnet', coder('Explain how authentication works in this codebase.', [search('authenticate', 'src/middleware/auth.ts:5\nsrc/routes/login.ts:12'), read('src/middleware/auth.ts', "export const auth = async (req, res, next) => {\n  const token = req.headers.authorization?.slice(7);\n  const session = await sessions.get(token);\n  if (!session) return res.status(401).end();\n  req.user = session.user; next();\n};")])),
  agent('pagination-bug', 'sonnet', coder('Page 2 of /orders repeats items from page 1. Fix it.', [read('src/routes/orders.ts', "const rows = await db.query('SELECT * FROM orders LIMIT $1 OFFSET $2', [size, page * size]);")])),
  agent('k8s-manifest', 'sonnet', coder('Write Kubernetes manifests for the api with 3 replicas and a readiness probe.', [read('src/index.ts', "app.get('/readyz', ...); app.listen(process.env.PORT ?? 8080);")])),
  agent('slow-query', 'sonnet', analyst('This dashboard query takes 40 seconds. Make it faster.', [sql("EXPLAIN ANALYZE SELECT * FROM orders WHERE lower(email) = 'a@b.c'", 'Seq Scan on orders (cost=0.00..412000.00 rows=9000) (actual time=0.02..39871.3 rows=3)\nFilter: (lower(email) = \'a@b.c\')')])),
  agent('changelog', 'sonnet', coder('Write the changelog entry for this release.', [run('git log --oneline v3.4.0..HEAD', 'a1b2 add coupon codes\nc3d4 fix rounding in cart totals\ne5f6 bump express to 5.1\n9a8b remove legacy /v1/cart endpoint')])),
  agent('retry-wrapper', 'sonnet', coder('Our HTTP client should retry on 503 with backoff. Add that.', [read('src/http.ts', 'export const get = (url: string) => fetch(url).then((r) => r.json());')])),
];

const hard: TrafficExample[] = [
  agent('deadlock-intermittent', 'opus', coder('TestTransferConcurrent hangs intermittently in CI. Find out why and fix it properly.', [flakyRun(1), flakyRun(2), flakyRun(3), flakyRun(4), read('ledger/account.go', 'func Transfer(from, to *Account, amt int64) {\n    from.mu.Lock()\n    defer from.mu.Unlock()\n    to.mu.Lock()\n    defer to.mu.Unlock()\n    from.balance -= amt\n    to.balance += amt\n}')])),
  agent('deadlock-after', 'opus', coder('The integration suite sometimes hangs.', [flakyRun(2), flakyRun(1), flakyRun(4)], 'It only happens under load. Keep digging until you know the root cause.')),
  agent('heap-corruption', 'opus', coder('The server segfaults a few times a day in production, never locally.', [
    run('gdb -batch -ex bt ./server core.12345', '#0  0x00007f3a malloc_consolidate ()\n#1  _int_free ()\n#2  conn_close (c=0x55d0c8a0) at conn.c:88\n#3  on_timeout (c=0x55d0c8a0) at timer.c:41', true),
    read('src/conn.c', 'void conn_close(struct conn *c) { free(c->buf); free(c); }\nvoid on_timeout(struct conn *c) { conn_close(c); log_event("timeout", c->buf, c->len); }'),
    run('valgrind ./server --selftest', '==9== Invalid read of size 8\n==9==    at log_event (log.c:22)\n==9==  Address 0x4a8b0 is 16 bytes inside a block of size 48 free\'d', true),
  ])),
  agent('auth-audit', 'opus', coder('Audit the login and session code for security vulnerabilities before our SOC 2 review.', [
    search('jwt.verify', "src/auth/session.ts:14: jwt.verify(token, key, { algorithms: ['HS256', 'none'] })"),
    read('src/auth/reset.ts', "const token = Math.random().toString(36).slice(2);\nawait db.query(`UPDATE users SET reset_token='${token}' WHERE email='${req.body.email}'`);"),
  ])),
  agent('data-loss', 'opus', analyst('Some orders from last Tuesday are missing from the warehouse table but exist in Postgres. Figure out what happened.', [
    sql("SELECT count(*) FROM orders WHERE created_at::date = '2024-04-30'", '[{"count": 48211}]'),
    sql("SELECT count(*) FROM warehouse.orders WHERE created_at::date = '2024-04-30'", '[{"count": 47506}]'),
    sql("SELECT min(created_at), max(created_at) FROM orders o WHERE created_at::date='2024-04-30' AND NOT EXISTS (SELECT 1 FROM warehouse.orders w WHERE w.id=o.id)", '[{"min":"2024-04-30T01:59:58Z","max":"2024-04-30T03:00:02Z"}]'),
    sql('SELECT * FROM etl_runs WHERE started_at::date = \'2024-04-30\'', 'ERROR: canceling statement due to conflict with recovery', true),
  ])),
  agent('memory-leak', 'opus', coder('The Node service grows to 4 GB over two days and gets OOM-killed. Find the leak.', [
    run('node --inspect dist/index.js & sleep 600; curl localhost:9229/heap', 'Retained size by constructor: Closure 1.9 GB (AsyncLocalStorage store), Map 410 MB', true),
    search('AsyncLocalStorage', 'src/tracing/context.ts:3\nsrc/middleware/request-id.ts:8'),
    read('src/tracing/context.ts', 'const als = new AsyncLocalStorage();\nexport const spans = new Map();\nexport const withSpan = (name, fn) => { const s = start(name); spans.set(s.id, s); return als.run(s, fn); };'),
  ])),
  agent('race-kafka', 'opus', coder('Consumers occasionally process the same Kafka message twice after a rebalance and our balances drift. Investigate and propose a fix.', [
    search('commitSync', 'src/consumer/worker.ts:77: consumer.commitSync() // after batch'),
    read('src/consumer/worker.ts', 'for (const msg of batch) { await applyBalance(msg); }\nconsumer.commitSync();'),
    run('grep -c "Revoking partitions" logs/consumer-*.log', 'logs/consumer-1.log:14\nlogs/consumer-2.log:9'),
  ])),
  agent('perf-regression', 'opus', coder('p99 latency went from 80 ms to 900 ms after last week\'s release, only on ARM nodes. Find out why.', [
    run('git log --oneline v3.3.0..v3.4.0', 'f00d switch json parser to simdjson binding\nbeef enable http keep-alive pool=256\ncafe upgrade node 20.11 -> 20.12'),
    run('perf record -g -p 4242 -- sleep 30; perf report --stdio | head', '41.2%  node  [kernel]  futex_wait\n22.0%  node  libsimdjson.so  fallback::parse', true),
    run('wrk -t4 -c256 -d30s http://localhost:8080/orders', 'Latency p99 912ms (arm64) vs 84ms (x86_64)'),
  ])),
  agent('flaky-e2e', 'opus', coder('The checkout e2e test fails about 1 in 30 runs. Three people tried already. Get to the root cause.', [
    run('npx playwright test checkout --repeat-each=30', '29 passed, 1 failed\nError: expected "Order confirmed" got "Payment pending"', true),
    run('npx playwright test checkout --repeat-each=30', '28 passed, 2 failed\nError: expected "Order confirmed" got "Payment pending"', true),
    read('src/payments/webhook.ts', 'await db.orders.update(id, { status: "paid" });\nawait cache.del(`order:${id}`);'),
    read('src/routes/confirm.ts', 'const order = (await cache.get(`order:${id}`)) ?? (await db.orders.get(id));\nawait cache.set(`order:${id}`, order);'),
  ])),
  agent('ssrf', 'opus', coder('A bug bounty report says our image proxy allows SSRF. Confirm it and design a fix that cannot be bypassed.', [
    read('src/routes/proxy.ts', "const url = new URL(req.query.u);\nif (url.hostname.endsWith('.example-cdn.com')) return pipe(await fetch(url), res);\nres.status(400).end();"),
    run('curl -s "http://localhost:8080/proxy?u=http://169.254.169.254.nip.io.example-cdn.com/latest/meta-data/"', '{"error":"upstream timeout"}'),
  ])),
  agent('distributed-lock', 'opus', coder('Two cron workers sometimes both run the nightly billing job despite our Redis lock. Find out how and make it safe.', [
    read('src/jobs/lock.ts', "const ok = await redis.set('billing-lock', host, 'NX', 'PX', 60000);\nif (!ok) return;\nawait runBilling();\nawait redis.del('billing-lock');"),
    run('grep "billing started" logs/*.log', 'worker-a 2024-05-01T02:00:00Z billing started\nworker-b 2024-05-01T02:01:03Z billing started\nworker-a 2024-05-01T02:03:41Z billing finished'),
  ])),
  agent('schema-migration', 'opus', analyst('We must split the users table into users and profiles on a 200M-row Postgres with zero downtime. Plan the migration and check what blocks it.', [
    { call: 'describe_table', input: { table: 'users' }, result: 'id bigint pk, email text unique, name text, bio text, avatar_url text, settings jsonb, created_at timestamptz; 14 foreign keys reference users.id' },
    sql("SELECT count(*) FROM pg_stat_activity WHERE state = 'active'", '[{"count": 312}]'),
    sql('SELECT relname, n_live_tup FROM pg_stat_user_tables ORDER BY 2 DESC LIMIT 3', '[{"relname":"events","n_live_tup":2100000000},{"relname":"users","n_live_tup":201000000}]'),
  ])),
  agent('tls-handshake', 'opus', coder('After rotating certificates, 3% of mobile clients fail TLS handshakes intermittently. Investigate.', [
    run('openssl s_client -connect api.example.com:443 -servername api.example.com </dev/null | head -20', 'depth=1 C = US, O = NewCA, CN = NewCA Intermediate R3\nverify error:num=20:unable to get local issuer certificate', true),
    run('for i in $(seq 20); do curl -s -o /dev/null -w "%{ssl_verify_result} " https://api.example.com; done', '0 0 0 20 0 0 0 0 0 20 0 0 0 0 0 0 0 20 0 0', true),
  ])),
  agent('consensus-bug', 'opus', coder('Our Raft implementation lost a committed write in the Jepsen-style test. Find the bug.', [
    run('go test ./raft -run TestLinearizable -count=50', '--- FAIL: TestLinearizable (12.3s)\n    checker.go:88: history not linearizable: write 41 acknowledged, later read returned 40', true),
    read('raft/append.go', 'if args.PrevLogIndex > len(rf.log)-1 { reply.Success = false; return }\nrf.log = append(rf.log[:args.PrevLogIndex+1], args.Entries...)\nif args.LeaderCommit > rf.commitIndex { rf.commitIndex = args.LeaderCommit }'),
    run('go test ./raft -run TestLinearizable -count=50', '--- FAIL: TestLinearizable (11.9s)\n    checker.go:88: history not linearizable', true),
  ])),
  agent('crypto-review', 'opus', coder('Review our homemade encryption of backups for weaknesses.', [
    read('src/backup/crypto.ts', "const iv = Buffer.alloc(16, 0);\nconst cipher = createCipheriv('aes-256-cbc', key, iv);\nconst mac = createHash('sha256').update(key).update(data).digest();"),
  ])),
  agent('oom-spark', 'opus', analyst('The nightly join between events and users started failing with OOM after events doubled. Diagnose and redesign the job.', [
    sql('SELECT user_id, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC LIMIT 3', '[{"user_id":0,"count":890000000},{"user_id":1842,"count":120000}]'),
    sql('EXPLAIN SELECT * FROM events e JOIN users u ON u.id = e.user_id', 'Hash Join (rows=2100000000) -> Hash (users) ...', false),
  ])),
  agent('websocket-drop', 'opus', coder('WebSocket connections drop every 60-90 minutes for some users, with no error in our logs. Three retries of our fix failed.', [
    run('kubectl logs deploy/gateway --since=3h | grep -i close', 'close code 1006 (abnormal) x 412', true),
    run('kubectl describe svc gateway', 'Annotations: service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout: 3600'),
    run('kubectl logs deploy/gateway --since=3h | grep -c ping', '0', true),
  ])),
  agent('gc-pauses', 'opus', coder('Our JVM service has 2-second GC pauses under load despite G1 tuning. Find the cause.', [
    run('jcmd 1 GC.heap_info', 'garbage-first heap total 16G, used 14.9G; humongous regions 2310', true),
    run('grep "Humongous" gc.log | tail -3', 'Pause Young (Concurrent Start) (G1 Humongous Allocation) 1980ms\nPause Full (G1 Compaction Pause) 2410ms', true),
  ])),
  agent('supply-chain', 'opus', coder('A dependency we use was reported compromised. Work out if we are affected and what an attacker could have done.', [
    run('npm ls event-stream', 'shop-api@3.4.1\n└─┬ some-logger@2.1.0\n  └── event-stream@3.3.6'),
    search('require("flatmap-stream")', 'node_modules/event-stream/index.js:12'),
  ])),
  agent('clock-skew', 'opus', coder('Session tokens randomly expire early for some users in one region. Find out why.', [
    run('for h in api-1 api-2 api-3; do ssh $h date -u +%s; done', '1714650000\n1714650000\n1714649712'),
    read('src/auth/session.ts', 'if (Date.now() / 1000 > payload.iat + TTL) throw new Expired();'),
    run('chronyc tracking', 'Leap status: Not synchronised', true),
  ])),
];

export const agenticExamples: TrafficExample[] = [...trivial, ...everyday, ...hard];
