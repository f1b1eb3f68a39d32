import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A thirteenth batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router on them and without looking at which earlier rows it gets wrong. Developer traffic as Claude Code and IDE
 * assistants send it when a developer asks one thing: write, fix, refactor, test or explain code in Python,
 * TypeScript, Go, Rust, Java, C#, C++, Kotlin, Swift, SQL and bash; pasted errors and stack traces; git, regex,
 * shell one-liners, build and CI configs, Dockerfiles, Kubernetes, Terraform, cloud IAM, API and schema design,
 * query tuning, performance, security review, incident analysis from pasted logs, architecture and migrations.
 * Opus rows are genuinely hard engineering, many in plain words; about one row in five is a trap either way.
 * Names start with "b13-"; 70 per tier.
 */
const s = batch('b13-');
/** A request as a coding assistant or internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b13-${name}`, tier, text, { system });

const CLI_AGENT =
  'You are an interactive CLI coding assistant. You help users with software engineering tasks in their repository. Be concise: answer in fewer than 4 lines unless the user asks for detail. Never invent file contents; when unsure, say what you would check. Working directory: /home/dev/src/ledger-api (git repo, branch feature/refunds). Platform: linux.';
const IDE =
  'You are the coding assistant inside the user\'s IDE. The user has the file shown open. Prefer minimal diffs. Use the language and conventions of the open file. Do not explain basics unless asked.';
const COMMIT_BOT =
  'You write git commit messages. Given a diff, reply with one subject line in the imperative mood (max 72 characters), a blank line, and at most three short body lines. No other text.';
const PR_REVIEW =
  'You are the automated pull-request reviewer for the payments platform team. Review only the diff given. Flag correctness, security and performance problems with file:line references; skip style nits that the linter already enforces. End with APPROVE, COMMENT or REQUEST_CHANGES.';
const SQL_GEN =
  'You translate analysts\' questions into a single PostgreSQL 15 query over the schema below. Return only the SQL.\n\nSchema:\norders(id bigint pk, customer_id bigint, created_at timestamptz, status text, total_cents int, currency char(3))\ncustomers(id bigint pk, email text, country char(2), created_at timestamptz, plan text)\norder_items(order_id bigint, sku text, qty int, unit_cents int)';
const ONCALL =
  'You are the on-call assistant for the SRE team at a fintech. You are given alerts, logs and dashboards. Be precise about what the evidence shows and what it does not; propose the next diagnostic step before any fix that changes production.';

const pyTrace = `Traceback (most recent call last):
  File "/app/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "/app/venv/lib/python3.11/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
  File "/app/billing/views.py", line 88, in invoice_pdf
    lines = build_lines(invoice)
  File "/app/billing/pdf.py", line 41, in build_lines
    total += Decimal(line.amount) * line.quantity
TypeError: unsupported operand type(s) for +=: 'float' and 'decimal.Decimal'
[07/Dec/2026 10:14:22] "GET /billing/invoices/99812/pdf HTTP/1.1" 500 145
`;
const goPanic = `fatal error: concurrent map writes

goroutine 218 [running]:
internal/runtime/maps.fatal({0xb3e0c1?, 0xc0004a1e60?})
	/usr/local/go/src/runtime/panic.go:1058 +0x18
github.com/acme/edge/session.(*Store).Touch(0xc000122000, {0xc0003f8a20, 0x24})
	/src/session/store.go:57 +0x9c
github.com/acme/edge/http.(*Server).handle(0xc00011e0f0, {0xc91f40, 0xc0002ba1c0}, 0xc0001f4240)
	/src/http/server.go:133 +0x2f1
net/http.HandlerFunc.ServeHTTP(...)
	/usr/local/go/src/net/http/server.go:2220

goroutine 1 [IO wait]:
internal/poll.runtime_pollWait(0x7f2c5c1e3e28, 0x72)
	/usr/local/go/src/runtime/netpoll.go:351 +0x85
`;
const podDescribe = `Name:             orders-worker-7d9f8c6b5-x2kqp
Namespace:        shop
Node:             ip-10-2-33-17.eu-west-1.compute.internal/10.2.33.17
Status:           Running
Containers:
  worker:
    Image:          123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders-worker:2.14.3
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Mon, 07 Dec 2026 09:41:02 +0000
      Finished:     Mon, 07 Dec 2026 09:43:48 +0000
    Ready:          False
    Restart Count:  14
    Limits:
      cpu:     500m
      memory:  512Mi
    Requests:
      cpu:     250m
      memory:  256Mi
Events:
  Type     Reason     Age                  From     Message
  ----     ------     ----                 ----     -------
  Warning  BackOff    2m (x61 over 47m)    kubelet  Back-off restarting failed container worker in pod orders-worker-7d9f8c6b5-x2kqp
`;
const pgExplain = `EXPLAIN (ANALYZE, BUFFERS) SELECT o.id, o.total_cents FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE c.country = 'DE' AND o.created_at >= now() - interval '30 days' AND o.status = 'paid' ORDER BY o.created_at DESC LIMIT 50;

 Limit  (cost=1.13..9921.40 rows=50 width=20) (actual time=4211.331..4388.902 rows=50 loops=1)
   Buffers: shared hit=1822311 read=90211
   ->  Nested Loop  (cost=1.13..3921877.12 rows=19766 width=20) (actual time=4211.329..4388.871 rows=50 loops=1)
         ->  Index Scan Backward using orders_created_at_idx on orders o  (cost=0.56..2210331.80 rows=2811022 width=28) (actual time=0.031..3120.114 rows=1904410 loops=1)
               Filter: ((status = 'paid'::text) AND (created_at >= (now() - '30 days'::interval)))
               Rows Removed by Filter: 211802
         ->  Index Scan using customers_pkey on customers c  (cost=0.56..0.61 rows=1 width=8) (actual time=0.001..0.001 rows=0 loops=1904410)
               Index Cond: (id = o.customer_id)
               Filter: (country = 'DE'::bpchar)
               Rows Removed by Filter: 1
 Planning Time: 0.412 ms
 Execution Time: 4389.020 ms
`;
const tfPlan = `Terraform will perform the following actions:

  # aws_db_instance.main must be replaced
-/+ resource "aws_db_instance" "main" {
      ~ arn                        = "arn:aws:rds:eu-west-1:123456789012:db:ledger-prod" -> (known after apply)
      ~ engine_version             = "15.4" -> "16.2"
      ~ id                         = "ledger-prod" -> (known after apply)
      ~ storage_encrypted          = false -> true # forces replacement
        # (31 unchanged attributes hidden)
    }

  # aws_security_group_rule.db_ingress will be updated in-place
  ~ resource "aws_security_group_rule" "db_ingress" {
      ~ cidr_blocks = [
          - "10.0.0.0/16",
          + "0.0.0.0/0",
        ]
    }

Plan: 1 to add, 1 to change, 1 to destroy.
`;
const workflow = `name: ci
on:
  pull_request:
  push:
    branches: [main]
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        node: [18, 20, 22]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: \${{ matrix.node }}
      - run: npm ci
      - run: npm test
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh
        env:
          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
`;
const rustErr = `error[E0502]: cannot borrow \`self.entries\` as mutable because it is also borrowed as immutable
  --> src/cache.rs:42:13
   |
38 |         let first = self.entries.iter().next();
   |                     ------------ immutable borrow occurs here
...
42 |             self.entries.remove(&key);
   |             ^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
43 |         }
44 |         first.map(|(k, _)| k.clone())
   |         ----- immutable borrow later used here
`;
const javaTrace = `Exception in thread "scheduler-3" java.util.ConcurrentModificationException
	at java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)
	at java.base/java.util.ArrayList$Itr.next(ArrayList.java:1049)
	at com.northwind.jobs.RetryQueue.drain(RetryQueue.java:64)
	at com.northwind.jobs.RetryScheduler.lambda$start$0(RetryScheduler.java:31)
	at java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:572)
	at java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:358)
`;
const iamPolicy = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "ReadReports", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"] },
    { "Sid": "Pipeline", "Effect": "Allow", "Action": ["iam:PassRole", "lambda:*"], "Resource": "*" },
    { "Sid": "Kms", "Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:123456789012:key/4f1c2e7a-9b1d-4c55-a2f0-3d8e6b7c9a10" }
  ]
}`;
const dockerfile = `FROM node:20
WORKDIR /app
COPY . .
RUN npm install
RUN npm run build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["npm", "start"]
`;
const tsModule = `import { db } from './db';
import { sendEmail } from './mail';

export async function closeExpiredTrials(now: Date) {
  const trials = await db.query('SELECT id, email, trial_ends_at FROM accounts WHERE plan = $1', ['trial']);
  for (const t of trials.rows) {
    if (new Date(t.trial_ends_at) < now) {
      await db.query('UPDATE accounts SET plan = $1 WHERE id = $2', ['free', t.id]);
      await sendEmail(t.email, 'Your trial has ended', 'Upgrade any time from the billing page.');
    }
  }
}
`;
const appLog = pad(
  `2026-12-07T03:12:04.118Z INFO  payments-api req=7f3a2c route=POST /v1/charges status=201 dur_ms=184 merchant=m_4417 psp=adyen
2026-12-07T03:12:04.402Z WARN  payments-api req=7f3a31 route=POST /v1/charges psp=adyen msg="psp timeout after 3000ms, retrying (attempt 2/3)" idem_key=ik_88a1
2026-12-07T03:12:05.009Z INFO  payments-api req=7f3a31 route=POST /v1/charges status=201 dur_ms=3611 merchant=m_0912 psp=adyen idem_key=ik_88a1
2026-12-07T03:12:05.311Z ERROR ledger-writer msg="duplicate key value violates unique constraint \\"ledger_entries_psp_ref_key\\"" psp_ref=ADY-8812-XK
2026-12-07T03:12:05.990Z INFO  payments-api req=7f3a40 route=GET /v1/charges/ch_1123 status=200 dur_ms=12
2026-12-07T03:12:06.221Z WARN  pgbouncer msg="pool payments size=40 waiting clients=17"`,
  9000,
);
const ktSnippet = `class ProfileViewModel(private val repo: ProfileRepository) : ViewModel() {
    val state = MutableLiveData<Profile?>()
    fun load(id: String) {
        GlobalScope.launch {
            val p = repo.fetch(id)
            state.value = p
        }
    }
}`;
const swiftSnippet = `func loadAvatar(url: URL, into imageView: UIImageView) {
    URLSession.shared.dataTask(with: url) { data, _, _ in
        if let data = data {
            imageView.image = UIImage(data: data)
        }
    }.resume()
}`;
const diffSmall = `diff --git a/src/refunds/service.ts b/src/refunds/service.ts
@@ -21,7 +21,10 @@ export class RefundService {
   async refund(chargeId: string, amountCents: number) {
     const charge = await this.charges.get(chargeId);
-    if (amountCents > charge.amountCents) throw new RefundTooLarge();
+    const already = await this.refunds.sumFor(chargeId);
+    if (amountCents + already > charge.amountCents) throw new RefundTooLarge();
     return this.psp.refund(charge.pspRef, amountCents);
   }
`;

const haiku: TrafficExample[] = [
  s('py-trace-what-line', 'haiku', `${pyTrace}\nwhich file and line does this blow up on`),
  s('go-panic-which-func', 'haiku', `${goPanic}\nwhat function is the panic in? just the name`),
  s('pod-exit-code', 'haiku', `${podDescribe}\nwhy did it restart, one line`),
  s('pod-memory-limit', 'haiku', `${podDescribe}\nWhat's the memory limit set on this container?`),
  s('explain-exec-time', 'haiku', `${pgExplain}\nhow long did the query take`),
  s('tfplan-count', 'haiku', `${tfPlan}\nHow many resources get destroyed?`),
  s('workflow-node-versions', 'haiku', `${workflow}\nwhich node versions does this test on`),
  s('rust-err-line', 'haiku', `${rustErr}\nWhat's the error code here?`),
  s('java-trace-thread', 'haiku', `${javaTrace}\nwhich thread threw`),
  s('iam-bucket-name', 'haiku', `${iamPolicy}\nWhat bucket does this policy give read access to?`),
  s('dockerfile-port', 'haiku', `${dockerfile}\nwhat port does it expose`),
  s('applog-psp-name', 'haiku', `${appLog}\nWhich PSP shows up in these logs?`),
  svc('cli-current-branch', 'haiku', CLI_AGENT, 'what branch am i on'),
  svc('cli-run-one-test', 'haiku', CLI_AGENT, 'how do i run just the refunds tests with vitest'),
  svc('commit-msg-refund-sum', 'haiku', COMMIT_BOT, diffSmall),
  svc('commit-msg-readme-typo', 'haiku', COMMIT_BOT, 'diff --git a/README.md b/README.md\n@@ -3,7 +3,7 @@\n-Instal the CLI with `npm i -g ledgerctl`.\n+Install the CLI with `npm i -g ledgerctl`.\n'),
  svc('sqlgen-count-paid', 'haiku', SQL_GEN, 'how many paid orders yesterday'),
  svc('sqlgen-emails-de', 'haiku', SQL_GEN, 'emails of customers in Germany on the pro plan'),
  svc('ide-rename-camel', 'haiku', IDE, 'File: utils/format.py\n\ndef FormatPrice(Value, CurrencyCode):\n    return f"{Value:.2f} {CurrencyCode}"\n\nrename to snake_case'),
  svc('ide-add-type-hint', 'haiku', IDE, 'File: app/slug.py\n\ndef slugify(title):\n    return "-".join(title.lower().split())\n\nadd type hints'),
  s('git-amend-message', 'haiku', 'change the message of my last commit, not pushed yet'),
  s('git-list-remote-branches', 'haiku', 'git command to list remote branches'),
  s('git-discard-file', 'haiku', 'How do I throw away my local changes to one file, config/dev.yml?'),
  s('git-show-file-at-commit', 'haiku', 'show a file as it was at commit abc123 without checking it out'),
  s('regex-hex-color', 'haiku', 'regex for a hex colour like #fff or #a1b2c3'),
  s('regex-ipv4-loose', 'haiku', 'Quick regex to pull anything that looks like an IPv4 address out of a log line, doesn\'t need to validate ranges'),
  s('bash-count-lines-py', 'haiku', 'count lines of all .py files in a dir recursively, one liner'),
  s('bash-kill-port', 'haiku', 'whats using port 8080 and how do i kill it (mac)'),
  s('bash-replace-in-files', 'haiku', 'sed one-liner to replace "api.old.example.com" with "api.example.com" in every .env file under ./deploy'),
  s('bash-tail-grep', 'haiku', 'follow a log file and only show lines with ERROR'),
  s('docker-exec-shell', 'haiku', 'get a shell inside a running container named web'),
  s('k8s-scale-deploy', 'haiku', 'kubectl scale deployment api to 5 replicas in namespace prod'),
  s('k8s-secret-decode', 'haiku', 'how do I read the value of key DB_PASSWORD in secret app-secrets? it\'s base64'),
  s('py-dict-merge', 'haiku', 'python: merge two dicts, second wins'),
  s('py-fstring-pad', 'haiku', 'Python f-string to zero-pad an int to 6 digits'),
  s('ts-readonly-array', 'haiku', 'TypeScript type for a readonly array of strings?'),
  s('js-array-last', 'haiku', 'get last element of an array in js'),
  s('go-string-to-int', 'haiku', 'go: convert "42" to int'),
  s('rust-vec-contains', 'haiku', 'rust check if a Vec<String> contains "admin"'),
  s('java-list-of', 'haiku', 'java immutable list with 3 strings'),
  s('csharp-string-interp', 'haiku', 'C# string interpolation syntax example'),
  s('cpp-vector-sort-desc', 'haiku', 'C++ sort a std::vector<int> descending'),
  s('kotlin-null-default', 'haiku', 'kotlin: use "unknown" when name is null'),
  s('swift-optional-unwrap', 'haiku', 'Swift: what does `if let` do? one sentence'),
  s('sql-add-column-default', 'haiku', 'postgres: add a boolean column is_archived default false to table projects'),
  s('sql-rename-table', 'haiku', 'rename table user_logs to audit_logs in mysql'),
  s('http-status-422', 'haiku', 'http 422 vs 400?'),
  s('semver-tilde', 'haiku', 'what does ~1.4.2 allow in package.json'),
  s('json-pretty-jq', 'haiku', 'pretty print a json file with jq'),
  s('yaml-to-json-convert', 'haiku', 'Convert to JSON:\n\nservice:\n  name: billing\n  port: 8443\n  tags: [payments, internal]\n  tls: true'),
  s('cron-first-monday', 'haiku', 'cron expression for 06:30 on the 1st of every month'),
  s('base64-decode', 'haiku', 'decode this base64: ZGVwbG95LWJvdDpzM2NyZXQ='),
  s('epoch-to-date', 'haiku', 'what date is unix time 1767225600'),
  s('mb-per-sec', 'haiku', '1 Gbps in MB/s?'),
  s('typo-ssh-copy', 'haiku', 'how do i copy my ssh key to a server so i dont need pasword'),
  s('caps-npm-cache', 'haiku', 'HOW DO I CLEAR NPM CACHE'),
  s('terse-tsc-noemit', 'haiku', 'tsc typecheck only no output flag?'),
  s('word-race-condition-trap', 'haiku', 'Our PM keeps saying "race condition" in standups. Is that a bug category or a performance thing? One sentence please.'),
  s('word-proof-of-work-trap', 'haiku', 'What does "proof of work" mean, in one line, for a crypto glossary?'),
  s('word-design-doc-template', 'haiku', 'list the usual section headings of a software design doc'),
  s('word-distributed-trap', 'haiku', 'Is "distributed tracing" the same thing as logging? yes/no and a sentence.'),
  s('wrapper-long-license-q', 'haiku', 'Background so you know where I\'m coming from: we are a 40-person team building a B2B scheduling product on a TypeScript monorepo with pnpm workspaces, Turborepo for builds, about 60 packages, Next.js for the web app and a Fastify API, Postgres with Prisma, deployed on ECS with Terraform, and we have been slowly carving the old Express monolith into services over the last year and a half. The legal team is doing a dependency audit before a big enterprise deal and asked engineering to confirm a few basics. My question is tiny though: is the MIT license permissive, i.e. can we use MIT packages in closed-source commercial software?'),
  s('wrapper-long-k8s-abbr', 'haiku', `We\'re mid-way through migrating 30 services from a self-managed kops cluster to EKS, with ArgoCD app-of-apps, Karpenter for nodes, external-dns, cert-manager, and a Vault agent injector for secrets; the old cluster still runs the stateful bits (Kafka, Redis) until the MSK and ElastiCache cut-over in Q1. The runbook I\'m writing for the on-call rota is full of abbreviations and the juniors asked for a glossary. Just this one: what does HPA stand for?`),
  s('extract-versions-lockfile', 'haiku', 'From this, list package name and version as a table:\n\n"node_modules/express": { "version": "4.19.2" },\n"node_modules/zod": { "version": "3.23.8" },\n"node_modules/pino": { "version": "9.3.2" },\n"node_modules/undici": { "version": "6.19.8" }'),
  s('classify-ticket-area', 'haiku', 'Label each ticket FRONTEND, BACKEND or INFRA:\n1. Login button overlaps footer on iPhone SE\n2. /v1/orders returns 500 when currency is null\n3. Staging cluster out of disk\n4. Date picker shows wrong month in Safari'),
  s('convert-curl-to-httpie', 'haiku', 'turn into httpie: curl -X POST https://api.example.com/v1/items -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d \'{"name":"pen","qty":3}\''),
  s('env-example-file', 'haiku', 'write a .env.example with DATABASE_URL, REDIS_URL, PORT and LOG_LEVEL, placeholder values'),
  s('gitignore-python', 'haiku', 'minimal .gitignore for a python project with a venv'),
  s('markdown-table', 'haiku', 'Make a markdown table: endpoints GET /users (list users), POST /users (create), DELETE /users/:id (remove)'),
  s('explain-flag-rm-rf', 'haiku', 'what does the -f in rm -rf do'),
];

const sonnet: TrafficExample[] = [
  s('py-trace-fix', 'sonnet', `${pyTrace}\nfix this. amounts are stored as strings in the db, quantity is int. show the corrected build_lines`),
  s('go-panic-fix-store', 'sonnet', `${goPanic}\nThe Store is a struct with a plain map[string]time.Time. Fix it so Touch and Get are safe from many goroutines, and tell me whether sync.Map or a mutex is the better fit here.`),
  s('pod-oom-next-steps', 'sonnet', `${podDescribe}\nthe worker processes batches of 500 orders. what should I check and what would you change in the manifest`),
  s('explain-slow-fix-index', 'sonnet', `${pgExplain}\nWhy is this slow and what index would you add? ~2M orders a month, 3% of customers are DE.`),
  s('workflow-add-cache-lint', 'sonnet', `${workflow}\nadd npm caching, a lint job that runs before test, and make deploy use OIDC instead of the static keys`),
  s('rust-borrow-fix', 'sonnet', `${rustErr}\nThe function should evict the first entry and return its key. entries is a BTreeMap<String, Entry>. Fix it.`),
  s('java-cme-fix', 'sonnet', `${javaTrace}\nRetryQueue has a List<Job> pending, add() is called from request threads and drain() from the scheduler. Fix it properly, show the class.`),
  s('iam-tighten', 'sonnet', `${iamPolicy}\nreview this policy, what's too broad and how would you tighten it? the pipeline deploys two lambdas: report-gen and report-mailer`),
  s('dockerfile-multistage', 'sonnet', `${dockerfile}\nMake this a proper production image: multi-stage, slim runtime, non-root user, only prod deps, and a healthcheck on /healthz.`),
  s('ts-module-refactor', 'sonnet', `${tsModule}\nrefactor: do the filtering in SQL, one UPDATE ... RETURNING, and send the emails after, with a concurrency limit of 5. keep it readable`),
  s('ts-module-tests', 'sonnet', `${tsModule}\nWrite vitest tests for closeExpiredTrials with db and mail mocked: expired, not expired, and the email failing.`),
  s('kotlin-viewmodel-fix', 'sonnet', `${ktSnippet}\nthis crashes sometimes with "Cannot invoke setValue on a background thread". fix it the idiomatic way`),
  s('swift-avatar-fix', 'sonnet', `${swiftSnippet}\nThis updates UI off the main thread and the wrong avatar shows when cells are reused. Rewrite with async/await and handle reuse.`),
  svc('pr-review-refund-sum', 'sonnet', PR_REVIEW, diffSmall),
  svc('cli-add-endpoint', 'sonnet', CLI_AGENT, 'add a GET /refunds/:id endpoint next to the existing POST /refunds in src/refunds/routes.ts, same auth middleware, return 404 if not found, and a test'),
  svc('cli-fix-failing-test', 'sonnet', CLI_AGENT, 'npm test fails:\n\n FAIL  test/refunds.test.ts > refunds > rejects refund above charge\nAssertionError: expected [Function] to throw error including \'RefundTooLarge\' but got \'Cannot read properties of undefined (reading \'amountCents\')\'\n  at test/refunds.test.ts:44:5\n\nfix it'),
  svc('sqlgen-repeat-buyers', 'sonnet', SQL_GEN, 'share of customers who placed a second paid order within 60 days of their first, by signup month, for 2026'),
  svc('sqlgen-top-skus-revenue', 'sonnet', SQL_GEN, 'top 10 SKUs by revenue last quarter in EUR only, with their share of total EUR revenue and the number of distinct customers who bought them'),
  svc('ide-extract-function', 'sonnet', IDE, 'File: src/report.go\n\nfunc BuildReport(rows []Row) string {\n\tvar b strings.Builder\n\ttotal := 0.0\n\tfor _, r := range rows {\n\t\tif r.Status != "paid" { continue }\n\t\ttotal += r.Amount\n\t\tb.WriteString(fmt.Sprintf("%s\\t%.2f\\n", r.ID, r.Amount))\n\t}\n\tb.WriteString(fmt.Sprintf("TOTAL\\t%.2f\\n", total))\n\treturn b.String()\n}\n\nsplit the filtering and the formatting into separate functions and add a table-driven test'),
  svc('ide-csharp-async', 'sonnet', IDE, 'File: Services/ExportService.cs\n\npublic string Export(int id) {\n    var data = _client.GetAsync($"/exports/{id}").Result.Content.ReadAsStringAsync().Result;\n    File.WriteAllText($"/tmp/export-{id}.json", data);\n    return data;\n}\n\nmake this properly async and explain why .Result here can deadlock in ASP.NET'),
  s('py-retry-decorator', 'sonnet', 'Write a Python decorator that retries a function on given exception types with exponential backoff and jitter, max attempts configurable, works for both sync and async functions. Include type hints.'),
  s('py-pandas-merge-asof', 'sonnet', 'I have trades(df, timestamp, symbol, price) and quotes(timestamp, symbol, bid, ask). For each trade I need the latest quote at or before it for the same symbol. pandas code please, and how to handle trades with no earlier quote.'),
  s('py-fastapi-pagination', 'sonnet', 'FastAPI + SQLAlchemy 2.0: add cursor pagination to GET /items (sorted by created_at desc, id desc). Show the endpoint and the query.'),
  s('ts-zod-env', 'sonnet', 'Write a config loader in TypeScript with zod: reads env vars PORT (number, default 3000), DATABASE_URL (url), LOG_LEVEL (enum), FEATURE_FLAGS (comma list), fails fast with a readable error listing every bad var.'),
  s('ts-discriminated-union', 'sonnet', 'How should I type API responses that are either { ok: true, data: T } or { ok: false, error: { code: string, message: string } } so that narrowing works? Example with a fetch wrapper.'),
  s('react-use-effect-loop', 'sonnet', 'my useEffect runs in a loop:\n\nuseEffect(() => {\n  fetch(`/api/items?filter=${JSON.stringify(filter)}`).then(r => r.json()).then(setItems)\n}, [filter, items])\n\nfilter is an object built in the parent on every render. explain and fix'),
  s('go-worker-pool', 'sonnet', 'Go: write a worker pool that processes jobs from a channel with N workers, stops cleanly on context cancel, and collects errors. Show usage.'),
  s('go-http-timeouts', 'sonnet', 'What timeouts should I set on a Go http.Server and http.Client in production and why? Our service calls two upstreams.'),
  s('rust-parse-cli', 'sonnet', 'Rust CLI with clap derive: subcommands `import <file>` and `export --format json|csv`, a global --verbose flag. Give me main.rs.'),
  s('rust-lifetime-explain', 'sonnet', 'explain this error and fix:\n\nfn longest(a: &str, b: &str) -> &str { if a.len() > b.len() { a } else { b } }\n\nerror[E0106]: missing lifetime specifier'),
  s('java-spring-validation', 'sonnet', 'Spring Boot 3: validate a CreateUserRequest (email valid, name 1-80 chars, age >= 18) and return a 400 with a list of field errors in JSON. Controller + advice.'),
  s('java-optional-refactor', 'sonnet', 'Refactor to use Optional properly:\n\nUser u = repo.findById(id);\nif (u == null) return "anonymous";\nAddress a = u.getAddress();\nif (a == null) return "anonymous";\nString c = a.getCity();\nreturn c == null ? "anonymous" : c.toUpperCase();'),
  s('cpp-raii-file', 'sonnet', 'C++17: wrap a C FILE* in an RAII class with move semantics, no copy. Show the class and a short usage example.'),
  s('cpp-segfault-vector', 'sonnet', 'why does this segfault sometimes?\n\nstd::vector<Order> orders = load();\nOrder& first = orders[0];\nfor (auto& o : extra) orders.push_back(o);\nstd::cout << first.id;\n'),
  s('csharp-linq-groupby', 'sonnet', 'C#: from a List<Sale> (Region, Product, Amount, Date) get per region the top 3 products by total amount this year, with LINQ. Readable please.'),
  s('kotlin-coroutines-parallel', 'sonnet', 'Kotlin: call three suspend functions in parallel and fail fast if any throws, then combine results. What\'s the difference between coroutineScope and supervisorScope here?'),
  s('swift-codable-dates', 'sonnet', 'Swift Codable: the API sends dates as "2026-12-07T10:14:22.123Z" and some fields as snake_case. Decoder setup please.'),
  s('sql-window-running-total', 'sonnet', 'Postgres: running total of daily revenue per merchant, resetting each month, plus a 7-day moving average. Table payments(merchant_id, paid_at, amount_cents).'),
  s('sql-upsert-dedupe', 'sonnet', 'We import a CSV daily into staging_contacts and need to upsert into contacts by lower(email), keeping the newest updated_at. Postgres SQL, and what index does it need?'),
  s('sql-schema-review-blog', 'sonnet', 'Review this schema for a multi-author blog and suggest changes:\n\nposts(id serial, author text, title text, body text, tags text, created text)\ncomments(id serial, post_title text, author text, body text)'),
  s('bash-script-deploy', 'sonnet', 'write a bash script that builds a docker image tagged with the git sha, pushes to ECR, and updates the ECS service, with set -euo pipefail, clear errors, and a --dry-run flag'),
  s('bash-explain-oneliner', 'sonnet', 'explain each part: find . -name "*.log" -mtime +7 -print0 | xargs -0 -r gzip -9 && du -sh .'),
  s('git-rebase-conflicts', 'sonnet', 'I rebased my feature branch on main and got conflicts in 6 files, resolved 3 and now I\'m confused. How do I see where I am, continue, or bail out, and how do I avoid this next time with a long-lived branch?'),
  s('git-split-commit', 'sonnet', 'I made one huge commit with a refactor and a bug fix mixed. Not pushed. How do I split it into two commits?'),
  s('regex-explain-complex', 'sonnet', 'explain this regex and give 3 strings it matches and 3 it doesn\'t: ^(?=.*\\d)(?=.*[A-Z])(?!.*\\s).{12,64}$'),
  s('k8s-hpa-manifest', 'sonnet', 'Write a Deployment + Service + HPA for a Node API: 3 replicas min, 12 max, scale on CPU 65%, rolling update with zero downtime, readiness on /ready, resources sized for ~300MB RSS.'),
  s('k8s-ingress-tls', 'sonnet', 'nginx ingress with cert-manager letsencrypt for api.example.com and app.example.com routing to two services, with HTTP->HTTPS redirect'),
  s('tf-s3-module', 'sonnet', 'Terraform module for a private S3 bucket: versioning, SSE-KMS with a given key, lifecycle to Glacier after 90 days, block public access, and outputs. Variables for name and tags.'),
  s('tfplan-review', 'sonnet', `${tfPlan}\nis it safe to apply this? what will happen to the database`),
  s('compose-local-stack', 'sonnet', 'docker-compose for local dev: postgres 16 with a volume, redis, our api built from ./api with hot reload, and a mailhog. api waits for postgres to be healthy.'),
  s('api-design-webhooks', 'sonnet', 'Design the webhook delivery API for our SaaS: event payload shape, signing, retries and backoff, idempotency for receivers, and how customers replay missed events. Keep it practical.'),
  s('api-versioning-choice', 'sonnet', 'URL versioning (/v2/) vs header versioning for a public REST API with ~200 integrators. Pros/cons and what you would pick.'),
  s('perf-python-loop', 'sonnet', 'This takes 40s on 2M rows, speed it up:\n\nresult = []\nfor i, row in df.iterrows():\n    if row["country"] in allowed and row["amount"] > 0:\n        result.append(row["amount"] * rates[row["currency"]])\ntotal = sum(result)'),
  s('perf-node-event-loop', 'sonnet', 'Our Express API p99 jumps to 2s when someone exports a large CSV. Export builds the whole file in memory with JSON -> CSV in a loop. How do I find out it\'s the event loop and how should the export be written?'),
  s('security-review-login', 'sonnet', 'security review of this login handler:\n\napp.post("/login", async (req, res) => {\n  const u = await db.one(`SELECT * FROM users WHERE email = \'${req.body.email}\'`);\n  if (u && md5(req.body.password) === u.pw) {\n    res.cookie("uid", u.id);\n    return res.redirect(req.query.next || "/");\n  }\n  res.status(401).send("bad login for " + req.body.email);\n});'),
  s('security-cors-config', 'sonnet', 'our API sets Access-Control-Allow-Origin to the request Origin header and Allow-Credentials true. is that bad? what should it be'),
  s('explain-error-cors-preflight', 'sonnet', 'Access to fetch at \'https://api.example.com/v1/me\' from origin \'https://app.example.com\' has been blocked by CORS policy: Response to preflight request doesn\'t pass access control check: No \'Access-Control-Allow-Origin\' header is present on the requested resource.\n\nthe GET works in curl. why and how to fix in express'),
  s('explain-error-eaddrinuse', 'sonnet', 'Error: listen EADDRINUSE: address already in use :::3000 — only happens when nodemon restarts after I save. What\'s going on and how do I make shutdown clean?'),
  s('explain-error-module-esm', 'sonnet', 'SyntaxError: Cannot use import statement outside a module\n    at internalCompileFunction (node:internal/vm:76:18)\n\nrunning jest on a TS project that uses ESM packages. what do I change'),
  s('applog-summarise', 'sonnet', `${appLog}\nsummarise what is happening in these logs for the incident channel, and what you would look at next`),
  svc('oncall-pod-oom', 'sonnet', ONCALL, `${podDescribe}\nAlert: orders-worker restarting. Triage please.`),
  s('ci-gitlab-from-gha', 'sonnet', `${workflow}\nconvert this to .gitlab-ci.yml with the same matrix and the deploy only on main`),
  s('makefile-go-project', 'sonnet', 'Makefile for a Go service: build, test with race detector, lint with golangci-lint, docker build with version from git describe, and a help target.'),
  s('migration-plan-rename-column', 'sonnet', 'We need to rename users.fullname to users.display_name in Postgres with a Rails app deployed with rolling deploys. Steps so nothing breaks mid-deploy.'),
  s('arch-queue-vs-cron', 'sonnet', 'We send ~50k reminder emails a day from a cron that loops over the DB. It\'s getting slow and sometimes double-sends after a crash. Should we move to a queue? Sketch what you\'d do.'),
  s('db-index-choice', 'sonnet', 'Table events(tenant_id, type, created_at, payload jsonb), 400M rows. Queries: last 100 events for a tenant; count by type for a tenant in a date range; find events where payload->>\'order_id\' = X. What indexes?'),
  s('eli5-docker-vs-vm', 'sonnet', 'explain docker vs VMs to a new grad who knows linux basics, with an analogy and then what actually happens under the hood (namespaces, cgroups)'),
  s('typo-pytest-fixture', 'sonnet', 'how do i make a pytest fixture that spins up a temp postgres db per test session and rollsback after every test, using sqlalchemy. we use psycopg3'),
  s('caps-redis-keys-slow', 'sonnet', 'WHY IS REDIS KEYS * KILLING PROD AND WHAT DO I USE INSTEAD TO FIND ALL session:* KEYS'),
  s('long-wrapper-easy-fix', 'sonnet', `For context: we run a fleet of 140 microservices on GKE, with Istio, Spinnaker for CD, a Bazel monorepo, and a custom service template that bakes in OpenTelemetry, structured logging and feature flags. Teams own their services end to end and we have an SRE team of 9 that builds the platform. We are doing a quarter of hygiene work and one of the small tasks landed on me. Anyway, here's the function that our linter flags, can you clean it up and add a docstring:\n\ndef get_cfg(n, d=None):\n    import os\n    v = os.environ.get(n)\n    if v == None:\n        return d\n    if v.lower() in ["true","1","yes"]:\n        return True\n    if v.lower() in ["false","0","no"]:\n        return False\n    return v`),
];

const opus: TrafficExample[] = [
  s('applog-double-charge', 'opus', `${appLog}\nFinance says ~0.3% of charges last night were captured twice at the PSP but we only have one ledger row each. Using these logs, reconstruct how that can happen with our retry + idempotency key setup, what the unique-constraint errors are telling us, and design the fix so retries can never double-capture even if the process dies mid-request.`),
  svc('oncall-replica-lag-split', 'opus', ONCALL, 'Since the failover at 02:10, about 1 in 200 users sees their balance go backwards after a payment and then correct itself a few seconds later. Writes go to the new primary, reads go through a pgbouncer pool that mixes the primary and two replicas, sticky sessions are off, and the mobile app retries GETs. Replica lag graphs show under 50 ms. Figure out what is going on and what we should change, given we cannot take the read replicas out.'),
  svc('pr-review-refund-race', 'opus', PR_REVIEW, `${diffSmall}\nContext: refunds are requested concurrently by support agents and by the automated dispute flow; the DB is Postgres at READ COMMITTED, and refunds and charges tables are separate. Review whether this change actually prevents over-refunding.`),
  svc('cli-flaky-deadlock', 'opus', CLI_AGENT, 'the integration suite hangs about 1 run in 30, always somewhere in the ledger batch-close tests, no error, just times out after 10 min. it started after we moved batch close into a worker thread pool and added an advisory lock. how would you hunt this down and what are the likely culprits'),
  s('go-panic-deeper', 'opus', `${goPanic}\nWe "fixed" this last month by wrapping Touch in a mutex, but Store also has an eviction goroutine that iterates the map and calls a callback that can call back into Store.Get. Now it deadlocks under load instead. Redesign the store so eviction, touch and get are all safe without lock-order problems, and explain how you'd test it convincingly.`),
  s('explain-plan-regression', 'opus', `${pgExplain}\nThis query was 30 ms last week on the same data volume. Nothing deployed. Autovacuum ran an ANALYZE on orders last night. Explain exactly why the planner chose this plan now, why it's catastrophic for DE, and give a fix that is robust to the statistics changing again (not just a hint or a new index that happens to work today).`),
  s('tfplan-rds-migration', 'opus', `${tfPlan}\nWe need both the encryption and the major upgrade on a 3 TB ledger database that takes payments 24/7, with an RPO of zero and at most 60 seconds of write downtime. Ignore the SG change for now. Plan the migration end to end: approach, cut-over, verification, rollback, and what in Terraform has to change so it doesn't just destroy the instance.`),
  s('plain-cache-wrong-user', 'opus', 'after we turned on the CDN for our api, a couple of users say they saw someone else\'s account page for a second. we only cache GETs and we set cache-control private on account pages. how is this possible'),
  s('plain-counter-drift', 'opus', 'we count page views in redis with INCR and flush to postgres every minute, and the totals are always a bit lower than the logs say, more so on busy days. what are all the ways that can happen and how do we make it exact'),
  s('plain-sleep-fixed-it', 'opus', 'someone added a 50ms sleep before we publish the "order created" event and the bug where consumers could not find the order went away. i hate this. what is the actual problem and the real fix'),
  s('plain-migrate-ids', 'opus', 'we have to move from int ids to uuids on 80 tables that reference each other, with the mobile apps caching old ids for months and partners storing them too. how do we do this without downtime'),
  s('plain-clock-jump-leases', 'opus', 'our job scheduler gives each worker a 30s lease stored in postgres with the worker\'s own clock. twice a year we see the same job run on two workers at once. explain why and how to make it correct'),
  s('plain-bigger-machine-slower', 'opus', 'we moved our java service from 8 cores to 64 cores and throughput went down. heap is the same, gc logs look fine. what could cause that and how do we find out'),
  s('plain-p99-every-5-min', 'opus', 'our api p99 spikes to 800ms every 5 minutes exactly, p50 is flat. no cron on the box. k8s, go, postgres, redis. how do i find it'),
  s('plain-tls-only-some-clients', 'opus', 'after renewing our cert some android clients fail TLS but browsers and iphones are fine. the chain looks valid in ssllabs. what are all the things it could be, ranked'),
  s('plain-dedupe-exactly-once', 'opus', 'our consumer reads from kafka, calls a partner api that has no idempotency, and writes to postgres. partner says we sometimes send the same request twice. can we make this exactly once, and if not what is the best we can do'),
  s('one-liner-memory-model', 'opus', 'Is double-checked locking safe in Java if the field is not volatile but the object is effectively immutable?'),
  s('one-liner-raft-reads', 'opus', 'Can a Raft leader serve linearizable reads from local state without a round trip, and what exactly can go wrong?'),
  s('one-liner-gcm-nonces', 'opus', 'is it safe for two services to share one AES-GCM key with random 96-bit nonces at about 2^33 messages a day between them, and for how long'),
  s('one-liner-aba', 'opus', 'explain the ABA problem in a Treiber stack and every practical way to avoid it in Rust without a GC'),
  s('one-liner-read-skew', 'opus', 'can snapshot isolation give me a wrong bank transfer total if each transaction checks the balance first?'),
  s('eli5-hard-vector-clocks', 'opus', 'Explain like I\'m 5, and then properly: why can\'t servers just use timestamps to decide which write came last, and when do vector clocks, hybrid logical clocks or TrueTime each actually fix that? We are choosing one for a multi-region shopping cart.'),
  s('eli5-hard-side-channel', 'opus', 'ELI5 why comparing API tokens with == is a security bug, then tell me whether it is actually exploitable over the internet against our Node service behind a load balancer, with the real numbers on timing noise and how many requests an attacker would need.'),
  s('concurrency-rust-async-mutex', 'opus', 'In our tokio service a std::sync::Mutex guarding a HashMap is held across an .await in one code path (behind a feature flag). Under load the whole runtime stalls. Explain precisely why, whether tokio::sync::Mutex is the right fix, and redesign the shared state so there is no lock across await and no lost updates when two tasks update the same key.'),
  s('concurrency-cpp-memory-order', 'opus', 'We have a single-producer single-consumer ring buffer in C++ using std::atomic<size_t> head and tail with memory_order_relaxed everywhere. It works on x86 but corrupts data on our ARM servers. Explain exactly which reorderings break it, give the minimal correct memory orders with the happens-before argument, and say how to test this.'),
  s('concurrency-go-context-leak', 'opus', 'We fan out each request to 12 backends with goroutines, take the first 3 good answers, and return. Memory grows slowly for days and goroutine count climbs. Design the fan-out so cancellation, partial failures, timeouts and result collection are all correct, and prove to me no goroutine can outlive the request.'),
  s('concurrency-python-asyncio-gather', 'opus', 'asyncio.gather with return_exceptions=False: when one task fails the others keep running, and in our service they keep holding DB connections from the pool, so under partial outage we exhaust the pool and everything dies. Redesign with TaskGroup or otherwise, and explain the cancellation semantics and shielding pitfalls including what happens to a transaction mid-commit.'),
  s('concurrency-java-virtual-threads', 'opus', 'We switched our Spring service to virtual threads and throughput improved, but now under load some requests hang forever. Thread dumps show many virtual threads parked inside synchronized blocks in our JDBC driver and a connection pool. Explain pinning, why it can deadlock with a bounded pool, and what we should change, for JDK 21 and for 24+.'),
  s('dist-outbox-ordering', 'opus', 'We use the transactional outbox pattern with a poller that reads outbox rows by id order and publishes to Kafka. Under concurrent transactions, ids commit out of order and the poller skips rows that commit later with a lower id. Design a poller that never loses events and keeps per-aggregate order, compare it with logical decoding (Debezium), and state the failure modes of each.'),
  s('dist-saga-compensation', 'opus', 'Our checkout saga: reserve stock, authorize payment, create shipment, capture payment. Compensations sometimes run while the forward step is still in flight after a timeout, so we have refunded uncaptured payments and released stock that was then shipped. Redesign the saga so every step and compensation is safe under timeouts, retries and reordering, with a state machine.'),
  s('dist-multi-region-uniqueness', 'opus', 'We run active-active in two regions with DynamoDB global tables. Usernames must be globally unique, but two people in different regions registered the same name within a second and both succeeded. What are the correct options (conditional writes in a home region, a consensus-backed reservation table, etc), with latency and availability trade-offs, and what do we do about the existing duplicates?'),
  s('dist-quorum-sloppy', 'opus', 'Cassandra with RF=3, writes and reads at QUORUM, but we still read stale values after a node was down for a few hours and came back. Explain how that is possible (hinted handoff, read repair, clock issues, tombstones), and what configuration and operational changes make reads after writes reliable.'),
  s('dist-rate-limit-global', 'opus', 'Design a global rate limiter for an API gateway running in 6 regions with 40 nodes each: per-customer limits like 1000 req/min, must not let a customer exceed 110% of their limit, must keep working if a region is cut off, and must add under 1 ms per request. Compare the designs and pick one with the maths on error bounds.'),
  s('dist-cache-consistency-db', 'opus', 'We cache user profiles in Redis with cache-aside: read miss -> load from DB -> SET; write -> update DB -> DEL. We still get stale profiles that stay stale until TTL. Walk through the interleavings that cause it, and design an approach that bounds staleness without making writes slow, including for the case where Redis is briefly unreachable.'),
  s('security-oauth-redirect', 'opus', 'Review the security of our OAuth authorization server: we allow redirect_uri prefixes that match a registered base URL, support the implicit flow for old SPAs, and issue refresh tokens that never expire to mobile apps. Walk through concrete attacks on each choice and a migration to a safe setup that does not break the 300 existing client apps.'),
  s('security-webhook-replay', 'opus', 'Our webhook receiver checks an HMAC-SHA256 signature over the body with a shared secret. A pentester says they could still replay and reorder events. Design the full scheme: what to sign, timestamps and tolerance, nonce storage, secret rotation without downtime, and how receivers in serverless functions without shared state should dedupe.'),
  s('security-multi-tenant-escape', 'opus', 'We let customers upload Python scripts that we run in Docker containers on shared EC2 hosts to transform their data. Do a threat model: container escape paths, metadata service credential theft, noisy neighbours, data exfiltration, and compare hardening this setup with gVisor, Firecracker or a WASM sandbox, given we need pandas and numpy.'),
  s('security-jwt-key-rotation', 'opus', 'We sign JWTs with one RSA key shared by 14 services, tokens live 24h, and the private key may have leaked in a CI log. Plan the emergency rotation and the longer-term design (kid, JWKS caching, token lifetime, revocation) so a leak next time is contained, with the order of steps so no user gets logged out in the middle of the day.'),
  s('security-csp-bypass', 'opus', 'Our CSP is script-src \'self\' https://cdn.jsdelivr.net \'unsafe-inline\' with nonces added recently. A researcher reported XSS anyway. Explain the likely bypasses given this policy and our use of a JSONP endpoint and AngularJS on one legacy page, and write a policy plus migration plan that actually stops them.'),
  s('security-sql-second-order', 'opus', 'Everything in our app uses parameterized queries, yet a pentest found SQL injection via the "saved report" feature, where users save a sort column and filter that get interpolated into a report query later by a nightly job. Explain second-order injection here and redesign the saved-report feature safely without losing flexibility.'),
  s('perf-false-sharing', 'opus', 'Our C++ metrics library has per-thread counters in an array of structs, and throughput drops as we add threads even though there is no locking. perf shows high cycles on the increment. Explain the cause, how to confirm it with perf c2c, and design the counter layout, considering NUMA and the cost of reading the totals.'),
  s('perf-gc-tail-dotnet', 'opus', 'A .NET 8 API with 24 GB heap has p999 of 1.8s caused by gen2 blocking GCs, triggered by large object heap fragmentation from big JSON buffers. Work through server GC vs workstation, concurrent/background GC, GCHeapHardLimit, ArrayPool/RecyclableMemoryStream and System.Text.Json streaming, and give a plan with how to measure each step.'),
  s('perf-postgres-bloat-hot', 'opus', 'A Postgres table with 50M rows gets 3k updates/s to a status column, and it has grown from 20 GB to 180 GB, queries got 10x slower, autovacuum never finishes. Explain HOT updates, fillfactor, why autovacuum is losing, the impact of a long-running replica query with hot_standby_feedback, and a plan to recover without downtime.'),
  s('perf-hash-join-spill', 'opus', 'Spark job joining a 2 TB fact table with a 40 GB dimension: one task of 2000 takes 3 hours, others 2 minutes. Skew on a few customer ids. Compare salting, AQE skew join, broadcast of a filtered dimension and splitting hot keys out, and the correctness pitfalls of salting with outer joins.'),
  s('perf-linux-tcp-tuning', 'opus', 'Our service behind an NLB gets random 1s and 3s latency spikes on new connections at about 20k conn/s. Explain SYN backlog and accept queue overflow, SYN cookies, TIME_WAIT and ephemeral port exhaustion on the client side, conntrack table limits, and how to tell which one it is from nstat and ss output.'),
  s('algo-interval-tree-calendars', 'opus', 'Design an algorithm for finding the earliest 45-minute slot when at least 5 of 8 required attendees are free, across 8 calendars with thousands of events each, with working hours in different timezones and DST changes. Give the complexity and prove it returns the earliest slot.'),
  s('algo-consistent-hashing-bounded', 'opus', 'Consistent hashing with bounded loads: prove the load bound for capacity factor 1+eps, and explain how many keys move when a node is added compared with plain consistent hashing with virtual nodes.'),
  s('algo-streaming-quantiles', 'opus', 'We need p50/p99/p999 latency per endpoint across 300 servers, merged every 10s, within 1% relative error at p999. Compare t-digest, KLL, HDR histogram and DDSketch on accuracy guarantees and mergeability, and say which gives a real worst-case bound for the tail.'),
  s('algo-diff-large-files', 'opus', 'Write an algorithm to diff two 5 GB CSV exports that have the same rows in different orders with some modified, using at most 512 MB of memory, reporting added, removed and changed rows by primary key. Give complexity and how you handle keys that repeat.'),
  s('algo-regex-engine', 'opus', 'Implement a regex matcher supporting ., *, +, ?, character classes and alternation that runs in linear time in the input length, in TypeScript, and explain why backtracking engines can be exponential and which features you would have to give up.'),
  s('algo-scheduling-np', 'opus', 'We assign 2,000 delivery jobs per day to 120 drivers with time windows, vehicle capacity and driver shifts. The greedy heuristic wastes ~18% of driving time. Formulate this precisely, explain why exact methods do not scale, and design a solver approach (construction + local search or CP-SAT) with how to evaluate it against the current heuristic.'),
  s('migration-monolith-db-split', 'opus', 'We are splitting a 10-year-old Rails monolith with one 2 TB MySQL database into billing, catalog and orders services. 340 tables, lots of cross-domain joins and foreign keys, reports that join everything, and we cannot freeze features. Plan the data migration: order of extraction, how to break joins, dual writes vs CDC, consistency during the transition, and how to keep reporting working.'),
  s('migration-python2-scale', 'opus', 'We still have 600k lines of Python 2.7 in a trading back office, with C extensions, pickle files in storage from 2014, and str/bytes mixed everywhere in the FIX message handling. Plan a migration to 3.12 that never stops trading: sequencing, tooling, how to find behaviour changes the tests won\'t catch, and the pickle problem.'),
  s('migration-kafka-to-pulsar', 'opus', 'Leadership wants to move 900 Kafka topics used by 70 teams to a managed Pulsar service to save money. Evaluate whether it is worth it, then plan a migration that keeps ordering and exactly-once semantics where teams rely on them, handles consumer offset translation, and can be rolled back per topic.'),
  s('migration-auth-provider', 'opus', 'We have 4M users in a homegrown auth system with bcrypt, SHA1 (old) and scrypt password hashes, TOTP MFA, and social logins, and we need to move to Auth0 with no forced password reset and no downtime for the mobile apps pinned to our old token format. Plan it, including the edge cases.'),
  s('arch-event-sourcing-choice', 'opus', 'Should our insurance claims platform be event sourced? 40 engineers, complex regulatory audit needs, claims that change for years, reporting teams that want SQL, and a history of painful schema changes. Weigh event sourcing, a temporal (bitemporal) relational model, and CRUD + audit log, with the failure modes each has in year 3.'),
  s('arch-multi-tenant-isolation', 'opus', 'B2B SaaS with 3,000 tenants on one Postgres cluster; the largest 20 tenants are 60% of the load and two of them demand data residency in the EU and their own encryption keys. Decide between shared schema with RLS, schema per tenant, and database per tenant for a hybrid model, including migrations, noisy neighbours, backups per tenant, and the cost of moving a tenant.'),
  s('arch-offline-sync-mobile', 'opus', 'Field technicians use our app offline for days, editing the same work orders and inventory counts, then sync. We have lost updates and negative stock. Design the sync protocol and conflict resolution (per-field LWW, CRDT counters, server-side validation, user-facing conflicts), and explain what is impossible to get right automatically.'),
  s('incident-cascading-retries', 'opus', 'Postmortem help: a 40 s database failover turned into a 2 hour outage. Clients retried 3x with no jitter, the API retried the DB 5x, the gateway retried the API 2x, health checks failed so the autoscaler killed pods, and new pods stampeded the cold cache. Analyse the dynamics quantitatively (retry amplification), and lay out a defence in depth so the next failover stays a 40 s blip.'),
  s('incident-leap-second-like', 'opus', 'At 00:00 UTC on the 1st, our billing service generated duplicate invoices for 2% of customers across two regions. Cron runs in both regions, with a "leader" elected by a Redis SETNX with 60s TTL, and NTP had just corrected a 90s drift on one node. Reconstruct the failure and redesign monthly billing so it runs exactly once per customer per month even under clock jumps and split-brain.'),
  s('incident-memory-leak-native', 'opus', 'A Node service\'s RSS grows by ~1 GB a day but the V8 heap snapshots are flat at 300 MB. It uses sharp for images, a native gRPC addon, and zlib streams. How do we find a leak outside the JS heap? Give the concrete tools and steps (jemalloc profiling, heaptrack, LD_PRELOAD, malloc arenas) and the usual culprits for each library.'),
  s('incident-dns-negative-cache', 'opus', 'During a failover we updated a Route53 record, but 30% of clients kept failing for 15 minutes although TTL is 60 s. Some services run on Alpine, some on Java, some use a sidecar. Explain every layer that could be caching (negative caching, SOA minimum, JVM networkaddress.cache.ttl, musl behaviour, connection pooling), and design the failover so clients move in under a minute.'),
  s('crypto-envelope-rotation', 'opus', 'We encrypt 2 billion rows of PII with per-tenant data keys wrapped by a KMS key. We must rotate all data keys after an incident without downtime, while the app reads and writes, and support crypto-shredding of a tenant on request. Design the key hierarchy, rotation process, and how to prove to auditors that old keys are gone.'),
  s('crypto-e2e-group-chat', 'opus', 'We want end-to-end encrypted group chat for up to 500 members with members joining and leaving often and multiple devices per user. Compare Sender Keys and MLS on forward secrecy, post-compromise security and cost of membership changes, and say what server-side features (search, moderation, backups) we lose with each.'),
  s('hard-typo-distributed-lock', 'opus', 'using redlock for a lock arround our inventory decrement, 5 redis nodes. someone sent me the kleppmann post saying its unsafe. is it actualy unsafe for us, and if so whats the simplest correct thing, we cant add zookeeper'),
  s('hard-caps-data-loss', 'opus', 'WE LOST WRITES AFTER A KAFKA BROKER DIED EVEN WITH acks=all. min.insync.replicas IS 1, unclean.leader.election IS FALSE, RF 3. HOW, AND WHAT SETTINGS AND PRODUCER CONFIG STOP IT FOR GOOD'),
  s('hard-bullets-platform', 'opus', '- 12 teams, 85 services\n- half on ECS, half on k8s\n- 3 CI systems\n- deploys take 45 min, 1 in 8 fails\n- no staging parity\n- platform team of 4\nplan for the next 12 months. what do we standardize first and why, what do we not touch'),
  s('hard-wrapper-small-looking', 'opus', 'quick one, probably simple: our idempotency keys are stored in redis with a 24h TTL and we check-then-set them (GET, if missing process the payment then SET). good enough?'),
  s('hard-proof-lock-free', 'opus', 'Prove or disprove that this lock-free MPSC queue is linearizable: producers do `n.next = null; prev = XCHG(&tail, n); prev.next = n`, and the single consumer follows head.next. What does the consumer see if a producer is preempted between the XCHG and the store, and is the queue still lock-free in the formal sense?'),
  s('hard-consensus-config-change', 'opus', 'Why is changing Raft cluster membership from 3 to 5 nodes by switching the config on all nodes at once unsafe? Give a concrete schedule that elects two leaders in one term, then explain joint consensus and single-server changes, and the bug that was found in the single-server approach.'),
];

export const thirteenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
