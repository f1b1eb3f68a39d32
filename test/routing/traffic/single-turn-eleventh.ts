import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * An eleventh batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router on them and without looking at which earlier rows it gets wrong. Developer and internal-service
 * traffic: Claude Code-style single asks (write, fix, refactor or test a function, explain an error, shell, git,
 * regex, SQL, Dockerfiles, Kubernetes YAML, CI configs, API design, performance, security reviews) and internal
 * services with their own system prompts (classifiers, extractors, summarisers, moderation, translation, report
 * writers, SQL generators, code reviewers). Many Opus rows are hard asks in plain words, without "prove" or
 * "design"; traps both ways. Names start with "b11-"; 60 per tier.
 */
const s = batch('b11-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b11-${name}`, tier, text, { system });

const CODE_AGENT =
  'You are a coding assistant working in the user\'s repository from the terminal. Be concise. Prefer small, correct changes. Show code in fenced blocks and say which file it belongs in.';
const INTENT =
  'You are the intent classifier of the developer-portal chatbot. Reply with exactly one label from: access_request, bug_report, how_to, billing, outage, other. No explanation.';
const EXTRACT =
  'You extract fields for the vendor-onboarding service. Return JSON only with the keys you are asked for; use null when a value is missing. Never invent values.';
const SUMMARY =
  'You are the incident summariser of the SRE team. Write summaries for a busy engineering audience: short, factual, no speculation beyond what the material says.';
const MODERATION =
  'You are the moderation filter of the internal Q&A forum. Answer with ALLOW or FLAG, then a reason of at most ten words. Flag harassment, leaked secrets (keys, passwords, tokens) and personal data of customers.';
const TRANSLATE =
  'You are the localisation service of the product team. Translate the given UI strings into the requested language. Preserve placeholders like {name} and %s, markup, and keys exactly. Output only the translation.';
const SQLGEN =
  'You are the SQL assistant of the analytics warehouse (PostgreSQL 15). Tables: users(id, created_at, country, plan), orders(id, user_id, created_at, amount_cents, status), events(id, user_id, name, ts, props jsonb). Answer with one SQL query in a fenced block and one sentence of explanation.';
const REVIEWER =
  'You are code-review-bot for the platform monorepo. Review what you are given like a senior engineer: correctness first, then security, then performance, then style. Give a verdict line, then findings with line references.';
const REPORTER =
  'You write the weekly engineering status report for the CTO from the notes the teams paste. Plain prose, headings per team, under 400 words, no hype.';
const COMMITS =
  'You write git commit messages in the Conventional Commits style from a diff. Subject line under 72 characters, then a short body explaining why.';

const dockerfile =
  'FROM node:20-bullseye\nWORKDIR /app\nCOPY . .\nRUN npm install\nRUN npm run build\nENV NODE_ENV=production\nEXPOSE 8080\nUSER root\nCMD ["node", "dist/server.js"]\n';
const deployYaml =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ledger-api\n  namespace: payments\nspec:\n  replicas: 4\n  selector:\n    matchLabels:\n      app: ledger-api\n  template:\n    metadata:\n      labels:\n        app: ledger-api\n    spec:\n      containers:\n        - name: api\n          image: registry.internal/payments/ledger-api:2.14.3\n          ports:\n            - containerPort: 9000\n          resources:\n            requests: { cpu: 250m, memory: 512Mi }\n            limits: { cpu: "1", memory: 1Gi }\n          readinessProbe:\n            httpGet: { path: /healthz, port: 9000 }\n            periodSeconds: 5\n          env:\n            - name: DB_POOL_SIZE\n              value: "20"\n            - name: LOG_LEVEL\n              value: info\n';
const workflow =
  'name: ci\non:\n  pull_request:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-22.04\n    strategy:\n      matrix:\n        node: [18, 20, 22]\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: ${{ matrix.node }}\n          cache: npm\n      - run: npm ci\n      - run: npm run lint\n      - run: npm test -- --coverage\n  deploy:\n    needs: test\n    if: github.ref == \'refs/heads/main\'\n    runs-on: ubuntu-22.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh staging\n        env:\n          DEPLOY_TOKEN: ${{ secrets.DEPLOY_TOKEN }}\n';
const pyTrace =
  'Traceback (most recent call last):\n  File "/srv/reports/app/jobs/nightly.py", line 88, in run\n    totals = summarise(rows)\n  File "/srv/reports/app/jobs/nightly.py", line 41, in summarise\n    key = (row["region"], row["sku"])\nKeyError: \'region\'\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File "/srv/reports/app/worker.py", line 19, in <module>\n    main()\n  File "/srv/reports/app/worker.py", line 15, in main\n    job.run()\n  File "/srv/reports/app/jobs/nightly.py", line 92, in run\n    log.error("failed for %s", rows[0]["id"])\nIndexError: list index out of range\n';
const schemaSql =
  'CREATE TABLE accounts (\n  id          BIGSERIAL PRIMARY KEY,\n  org_id      BIGINT NOT NULL REFERENCES orgs(id),\n  email       TEXT NOT NULL,\n  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),\n  deleted_at  TIMESTAMPTZ\n);\nCREATE UNIQUE INDEX accounts_email_uq ON accounts (lower(email)) WHERE deleted_at IS NULL;\nCREATE INDEX accounts_org_idx ON accounts (org_id);\n\nCREATE TABLE invoices (\n  id          BIGSERIAL PRIMARY KEY,\n  account_id  BIGINT NOT NULL REFERENCES accounts(id),\n  issued_on   DATE NOT NULL,\n  due_on      DATE NOT NULL,\n  total_cents BIGINT NOT NULL CHECK (total_cents >= 0),\n  currency    CHAR(3) NOT NULL,\n  status      TEXT NOT NULL CHECK (status IN (\'draft\', \'open\', \'paid\', \'void\'))\n);\nCREATE INDEX invoices_account_status_idx ON invoices (account_id, status);\n';
const goCache =
  'package cache\n\nimport (\n\t"sync"\n\t"time"\n)\n\ntype entry struct {\n\tval     []byte\n\texpires time.Time\n}\n\ntype Cache struct {\n\tmu    sync.RWMutex\n\titems map[string]entry\n\tload  func(key string) ([]byte, error)\n\tttl   time.Duration\n}\n\nfunc (c *Cache) Get(key string) ([]byte, error) {\n\tc.mu.RLock()\n\te, ok := c.items[key]\n\tc.mu.RUnlock()\n\tif ok && time.Now().Before(e.expires) {\n\t\treturn e.val, nil\n\t}\n\tv, err := c.load(key)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tc.mu.Lock()\n\tc.items[key] = entry{val: v, expires: time.Now().Add(c.ttl)}\n\tc.mu.Unlock()\n\treturn v, nil\n}\n';
const tsRetry =
  'export async function withRetry<T>(fn: () => Promise<T>, attempts = 3, delayMs = 200): Promise<T> {\n  let lastErr: unknown;\n  for (let i = 0; i <= attempts; i++) {\n    try {\n      return await fn();\n    } catch (err) {\n      lastErr = err;\n      await new Promise((r) => setTimeout(r, delayMs * 2 ** i));\n    }\n  }\n  throw lastErr;\n}\n';
const gitLog =
  'commit 9f3c1ab (HEAD -> feature/invoice-pdf)\nAuthor: Priya Nair <priya@corp.example>\nDate:   Thu Dec 3 16:12:40 2026 +0000\n\n    wip\n\ncommit 77e20d4\nAuthor: Priya Nair <priya@corp.example>\nDate:   Thu Dec 3 11:05:02 2026 +0000\n\n    fix typo\n\ncommit 1b8a9c2\nAuthor: Priya Nair <priya@corp.example>\nDate:   Wed Dec 2 17:44:19 2026 +0000\n\n    feat(invoices): render invoice PDFs with the new template\n\ncommit e04d51f (origin/main, main)\nAuthor: Tom Becker <tom@corp.example>\nDate:   Wed Dec 2 09:30:11 2026 +0000\n\n    chore: bump pdfkit to 0.15\n';
const accessLog =
  '10.4.1.17 - - [06/Dec/2026:22:14:03 +0000] "GET /api/v2/orders?page=1 HTTP/1.1" 200 5123 "-" "okhttp/4.12"\n10.4.1.17 - - [06/Dec/2026:22:14:04 +0000] "GET /api/v2/orders?page=2 HTTP/1.1" 200 4980 "-" "okhttp/4.12"\n10.4.9.3 - - [06/Dec/2026:22:14:04 +0000] "POST /api/v2/login HTTP/1.1" 401 88 "-" "python-requests/2.31"\n10.4.9.3 - - [06/Dec/2026:22:14:04 +0000] "POST /api/v2/login HTTP/1.1" 401 88 "-" "python-requests/2.31"\n10.4.9.3 - - [06/Dec/2026:22:14:05 +0000] "POST /api/v2/login HTTP/1.1" 401 88 "-" "python-requests/2.31"\n10.4.2.50 - - [06/Dec/2026:22:14:06 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n10.4.1.17 - - [06/Dec/2026:22:14:07 +0000] "GET /api/v2/orders/8812 HTTP/1.1" 404 61 "-" "okhttp/4.12"\n10.4.9.3 - - [06/Dec/2026:22:14:07 +0000] "POST /api/v2/login HTTP/1.1" 200 412 "-" "python-requests/2.31"\n10.4.7.21 - - [06/Dec/2026:22:14:09 +0000] "GET /api/v2/reports/export HTTP/1.1" 504 167 "-" "Mozilla/5.0"\n';
const incidentNotes =
  'INC-4471 timeline (all UTC, 5 Dec 2026)\n13:02 deploy of checkout-svc 3.8.0 starts (canary 10%)\n13:09 canary error rate 0.4% (baseline 0.3%), promoted to 100%\n13:21 PagerDuty: checkout p99 latency 4.8 s (SLO 1.5 s)\n13:24 on-call (Dana) sees DB connection pool exhausted on checkout-svc pods\n13:31 rollback to 3.7.2 started\n13:38 rollback complete, latency back to normal by 13:41\n13:55 root cause found: 3.8.0 opened a new DB transaction per line item in the cart instead of one per order; carts over ~30 items held connections for seconds\n14:30 fix merged (3.8.1), not yet deployed\nImpact: about 2,100 checkouts failed or timed out; 19 min of degraded service; no data loss.\n';
const pkgJson =
  '{\n  "name": "@corp/notify-worker",\n  "version": "3.2.0",\n  "private": true,\n  "type": "module",\n  "engines": { "node": ">=20" },\n  "scripts": {\n    "build": "tsc -p tsconfig.build.json",\n    "start": "node dist/index.js",\n    "test": "vitest run",\n    "lint": "eslint ."\n  },\n  "dependencies": {\n    "@aws-sdk/client-sqs": "^3.600.0",\n    "pino": "^9.3.2",\n    "undici": "^6.19.2",\n    "zod": "^3.23.8"\n  },\n  "devDependencies": {\n    "typescript": "^5.5.4",\n    "vitest": "^2.0.5",\n    "eslint": "^9.9.0"\n  }\n}\n';
const terraform =
  'resource "aws_s3_bucket" "exports" {\n  bucket = "corp-analytics-exports-prod"\n}\n\nresource "aws_s3_bucket_public_access_block" "exports" {\n  bucket                  = aws_s3_bucket.exports.id\n  block_public_acls       = true\n  block_public_policy     = false\n  ignore_public_acls      = true\n  restrict_public_buckets = false\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "exports" {\n  bucket = aws_s3_bucket.exports.id\n  rule {\n    id     = "expire-old"\n    status = "Enabled"\n    expiration { days = 30 }\n  }\n}\n';
const vendorEmail =
  'From: accounts@brightline-logistics.example\nSubject: Onboarding documents - Brightline Logistics GmbH\n\nHello procurement team,\n\nplease find our details for the supplier set-up below.\n\nCompany: Brightline Logistics GmbH\nRegistered address: Hafenstrasse 12, 20457 Hamburg, Germany\nVAT ID: DE298114572\nIBAN: DE44 2005 0550 1234 5678 90\nPayment terms requested: 30 days net\nContact for invoices: Lena Vogt, +49 40 555 0192\n\nOur insurance certificate will follow next week.\n\nKind regards,\nLena\n';
const pyPagination =
  'def fetch_all(client, url):\n    items = []\n    page = 1\n    while True:\n        resp = client.get(url, params={"page": page, "per_page": 100})\n        data = resp.json()\n        items += data["items"]\n        if len(data["items"]) < 100:\n            break\n        page += 1\n    return items\n';
const designDoc = pad(
  'Notifications platform v2 - design notes. Today every product team sends email, push and SMS through its own integration with the providers; templates live in four repositories and unsubscribes are honoured inconsistently. v2 puts one notify-api in front of the providers. Producers publish a NotificationRequested event (recipient id, template id, variables, channel preference, idempotency key) to the notifications topic; notify-worker consumers render the template, check the preference service (opt-outs, quiet hours by the recipient\'s time zone), pick a provider with failover, and record a delivery row. Delivery receipts from providers arrive by webhook and update the row. Targets: p99 enqueue-to-send under 30 seconds for transactional messages, 10 minutes for marketing; 40 million messages a day at peak, 5x on Black Friday.',
  6000,
);
const sloDoc = pad(
  'Payments API service level objectives, 2027. Availability: 99.95% of valid requests succeed over a rolling 28-day window, measured at the load balancer, excluding 4xx responses other than 429. Latency: 99% of POST /payments under 800 ms and 99.9% under 2 s, measured at the load balancer. Error budget policy: when more than 50% of the monthly budget is spent, feature releases need the SRE lead\'s approval; when 100% is spent, releases stop except for reliability fixes until the budget recovers. Alerting: multi-window burn-rate alerts at 14.4x over 1 hour (page) and 6x over 6 hours (page), 1x over 3 days (ticket). Owners: payments-core team, SRE on-call rotation "pay-sre".',
  4000,
);

const haiku: TrafficExample[] = [
  s('docker-exposed-port', 'haiku', `${dockerfile}\nwhat port does this container expose`),
  s('docker-base-image', 'haiku', `${dockerfile}\nWhich base image and Node version is this Dockerfile using?`),
  s('deploy-replicas', 'haiku', `${deployYaml}\nHow many replicas does ledger-api run with, and what's the memory limit?`),
  s('deploy-image-tag', 'haiku', `${deployYaml}\nwhat image tag is deployed here`),
  s('deploy-to-json', 'haiku', `${deployYaml}\nConvert this manifest to JSON, same structure, nothing else.`),
  s('ci-node-versions', 'haiku', `${workflow}\nWhich Node versions does the test job run on?`),
  s('ci-deploy-branch', 'haiku', `${workflow}\nunder what condition does the deploy job run?`),
  s('trace-first-error', 'haiku', `${pyTrace}\nWhat was the original exception and on which line?`),
  s('schema-list-tables', 'haiku', `${schemaSql}\nList the tables and their columns as a bullet list.`),
  s('schema-status-values', 'haiku', `${schemaSql}\nwhat statuses can an invoice have`),
  s('gitlog-authors', 'haiku', `${gitLog}\nWho made the commits on this branch that aren't on main yet?`),
  s('gitlog-main-head', 'haiku', `${gitLog}\nwhich commit is main at`),
  s('accesslog-504', 'haiku', `${accessLog}\nWhich request got a 504?`),
  s('accesslog-count-401', 'haiku', `${accessLog}\nHow many 401s are in this log, and from which IP?`),
  s('incident-duration', 'haiku', `${incidentNotes}\nHow long was the service degraded and how many checkouts were hit?`),
  s('pkg-node-engine', 'haiku', `${pkgJson}\nwhat node version does this package require`),
  s('pkg-deps-table', 'haiku', `${pkgJson}\nMake a markdown table of the runtime dependencies and their version ranges.`),
  s('tf-bucket-name', 'haiku', `${terraform}\nWhat is the bucket called and after how many days do objects expire?`),
  s('design-doc-peak', 'haiku', `${designDoc}\nWhat peak volume per day do the notes give?`),
  s('slo-page-burn', 'haiku', `${sloDoc}\nwhat burn rate pages over the 1 hour window?`),
  s('slo-owner', 'haiku', `${sloDoc}\nWho owns these SLOs?`),
  s('tar-extract', 'haiku', 'command to extract a .tar.gz into a specific folder'),
  s('git-undo-last-commit', 'haiku', 'git: undo my last commit but keep the changes staged'),
  s('git-rename-branch', 'haiku', 'how do I rename my local git branch'),
  s('curl-post-json', 'haiku', 'curl one-liner to POST {"name":"test"} as JSON to http://localhost:3000/items'),
  s('regex-uk-postcode', 'haiku', 'Give me a regex that matches a 5 digit US ZIP code, optionally followed by a dash and 4 more digits.'),
  s('jq-names', 'haiku', 'I have a JSON array of objects with a "name" field in users.json. jq command to print just the names, one per line?'),
  s('sql-count-by-country', 'haiku', 'SQL: count users per country from a users table with a country column, biggest first.'),
  s('python-reverse-dict', 'haiku', 'python: swap keys and values of a dict in one line'),
  s('ts-pick-type', 'haiku', 'In TypeScript, what does Pick<User, "id" | "email"> do?'),
  s('chmod-meaning', 'haiku', 'what does chmod 640 mean'),
  s('http-409', 'haiku', 'When should an API return 409 instead of 400?'),
  s('cron-weekdays-9', 'haiku', 'cron expression for 9:30 every weekday'),
  s('k8s-logs-previous', 'haiku', 'kubectl command to see the logs of the previous crashed container of a pod'),
  s('docker-prune', 'haiku', 'how do I delete all stopped docker containers and dangling images'),
  s('race-condition-word', 'haiku', 'Quick one for a glossary I am writing for new hires: define "race condition" in one sentence.'),
  s('proof-of-concept-abbr', 'haiku', 'what does PoC stand for in a security advisory'),
  s('design-pattern-name', 'haiku', 'What is the name of the design pattern where one object wraps another to add behaviour without changing its interface?'),
  s('semver-caret', 'haiku', 'does ^1.4.2 allow 1.10.0 and 2.0.0 in npm?'),
  s('utc-convert', 'haiku', 'convert 2026-12-07T18:30:00Z to unix epoch seconds'),
  s('snake-to-camel', 'haiku', 'Rename these to camelCase: user_id, created_at, is_active, last_login_ip, billing_address_line_2'),
  s('env-to-yaml', 'haiku', 'Turn these into a YAML env: list for a k8s container:\nDB_HOST=postgres.payments.svc\nDB_PORT=5432\nCACHE_TTL=300\nFEATURE_NEW_CHECKOUT=true'),
  s('wrapper-sort-flag', 'haiku', `Context: I am on the platform team and we are migrating our build farm from Jenkins to GitHub Actions runners on our own Kubernetes cluster, autoscaled with ARC, with a shared NFS cache for node_modules and a nightly job that compacts the cache. While cleaning up one of the old shell scripts I found this line:\n\n  du -sh /cache/* | sort -h | tail -20\n\nWhat does the -h on sort do?`),
  s('wrapper-ts-error-code', 'haiku', `We run a monorepo of 140 TypeScript packages with project references, incremental builds, a custom ESLint plugin, Turborepo remote caching and a pre-commit hook that type-checks only the changed packages. After the upgrade to TypeScript 5.6 one package fails with:\n\nsrc/index.ts(3,8): error TS1192: Module '"./config"' has no default export.\n\nWhat does this error mean, in one or two sentences?`),
  svc('intent-sso-access', 'haiku', INTENT, 'hey can someone give me access to the grafana org for payments? my manager approved it'),
  svc('intent-api-500', 'haiku', INTENT, 'POST /v1/webhooks returns 500 for me since this morning, payload below is the same as yesterday when it worked'),
  svc('intent-pagination', 'haiku', INTENT, 'how do I page through the audit log endpoint? docs only show the first page'),
  svc('extract-vendor', 'haiku', EXTRACT, `${vendorEmail}\nKeys: company_name, vat_id, iban, payment_terms_days, invoice_contact_name, insurance_certificate_attached`),
  svc('extract-stack-meta', 'haiku', EXTRACT, `${pyTrace}\nKeys: file, line, exception_type for the last exception raised`),
  svc('moderation-aws-key', 'haiku', MODERATION, 'Anyone know why this fails? aws s3 ls with AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY gives AccessDenied'),
  svc('moderation-normal-q', 'haiku', MODERATION, 'What is the recommended way to rotate the service account tokens in the staging cluster? The runbook link is dead.'),
  svc('translate-de-buttons', 'haiku', TRANSLATE, 'Target: German\n\n"save": "Save changes",\n"discard": "Discard",\n"deleted": "{count} items deleted",\n"welcome": "Hi %s, welcome back!"'),
  svc('translate-ja-error', 'haiku', TRANSLATE, 'Target: Japanese\n\n"error.network": "Can\'t reach the server. Check your connection and try again."'),
  svc('sqlgen-signups-today', 'haiku', SQLGEN, 'how many users signed up today'),
  svc('sqlgen-paid-orders-de', 'haiku', SQLGEN, 'total amount of paid orders from German users last month, in euros'),
  svc('summary-incident-oneliner', 'haiku', SUMMARY, `${incidentNotes}\nOne sentence for the status page.`),
  svc('commit-msg-typo', 'haiku', COMMITS, 'diff --git a/README.md b/README.md\n@@ -12,7 +12,7 @@\n-Run `npm run buidl` to compile.\n+Run `npm run build` to compile.\n'),
  svc('agent-add-gitignore', 'haiku', CODE_AGENT, 'add .env and coverage/ to the .gitignore'),
  svc('agent-rename-var', 'haiku', CODE_AGENT, 'in src/utils/date.ts rename the variable `d` to `parsedDate` in formatDay()'),
  svc('agent-what-port', 'haiku', CODE_AGENT, 'what port does the dev server start on? it\'s in vite.config.ts I think'),
];

const sonnet: TrafficExample[] = [
  s('docker-harden', 'sonnet', `${dockerfile}\nRewrite this Dockerfile as a multi-stage build: smaller final image, no dev dependencies, not running as root, and good layer caching for npm. Explain each change briefly.`),
  s('deploy-add-probes', 'sonnet', `${deployYaml}\nAdd a liveness probe, a PodDisruptionBudget allowing one pod down, and a HorizontalPodAutoscaler from 4 to 12 replicas on 70% CPU. Give me the full YAML.`),
  s('ci-cache-and-split', 'sonnet', `${workflow}\nLint runs three times here for no reason. Restructure the workflow so lint runs once, tests run on the matrix, coverage is uploaded only from Node 20, and deploy waits for both.`),
  s('trace-fix-job', 'sonnet', `${pyTrace}\nHere's summarise() and run():\n\ndef summarise(rows):\n    out = {}\n    for row in rows:\n        key = (row["region"], row["sku"])\n        out[key] = out.get(key, 0) + row["qty"]\n    return out\n\ndef run(self):\n    rows = self.fetch()\n    try:\n        totals = summarise(rows)\n    except Exception:\n        log.error("failed for %s", rows[0]["id"])\n        raise\n\nFix both problems. Some rows legitimately have no region; those should be counted under "unknown".`),
  s('schema-overdue-query', 'sonnet', `${schemaSql}\nWrite a query listing, per org, the number and total of open invoices that are overdue, only for accounts that are not deleted, with the oldest due date. Then say which index would help it.`),
  s('gitlog-squash', 'sonnet', `${gitLog}\nI want to squash "wip" and "fix typo" into the feat commit and then rebase onto the latest main before opening the PR. Walk me through the exact commands, including what to do in the rebase editor and how to push afterwards.`),
  s('accesslog-awk-report', 'sonnet', `${accessLog}\nWrite an awk or a small Python script that reads a log like this and prints, per status code, the count and the top 3 paths, and flags IPs with more than 5 failed logins within a minute.`),
  s('incident-postmortem', 'sonnet', `${incidentNotes}\nDraft a blameless postmortem from these notes: summary, impact, timeline, root cause, what went well, what went badly, and action items with owners left as TBD.`),
  s('go-cache-tests', 'sonnet', `${goCache}\nWrite table-driven tests for this cache: hit, miss, expiry (inject the clock somehow, you may change the struct), and loader errors not being cached.`),
  s('ts-retry-review', 'sonnet', `${tsRetry}\nReview this helper. I think the attempts count is off by one and it sleeps after the last failure. Fix it, add jitter and an option to only retry some errors, and keep it small.`),
  s('pagination-generator', 'sonnet', `${pyPagination}\nRefactor this into a generator that yields items lazily, handles 429 with Retry-After, and stops on an empty page too. Add type hints.`),
  s('tf-review-public', 'sonnet', `${terraform}\nIs anything wrong with this from a security standpoint? Fix the config and add server-side encryption and versioning.`),
  s('pkg-esm-jest', 'sonnet', `${pkgJson}\nWe want to publish this as a library too, usable from both ESM and CommonJS consumers. What changes to package.json and the build do we need? Show the final package.json.`),
  s('design-doc-questions', 'sonnet', `${designDoc}\nI am reviewing this design tomorrow. Give me the ten most useful questions to ask the authors, grouped by theme.`),
  s('slo-alert-rules', 'sonnet', `${sloDoc}\nWrite the Prometheus alerting rules for the availability SLO's burn-rate alerts described here. Assume a counter http_requests_total{service="payments-api",code=...}.`),
  s('react-debounce-search', 'sonnet', 'Write a React hook useDebouncedSearch(query, fetcher, delay) in TypeScript that debounces, cancels in-flight requests with AbortController when the query changes, and exposes {results, loading, error}. Include a short usage example.'),
  s('python-csv-dedupe', 'sonnet', 'I have a 2 GB CSV of customer records with duplicates that differ only in case and whitespace of email. Write a Python script that dedupes on normalised email, keeps the most recently updated row, and doesn\'t load the whole file into memory at once if possible.'),
  s('bash-backup-rotate', 'sonnet', 'write a bash script that dumps a postgres db with pg_dump every night, gzips it, uploads to s3, and keeps only the last 14 local dumps. should exit non-zero and not delete anything if the dump fails'),
  s('sql-window-retention', 'sonnet', 'Postgres: table events(user_id, ts). For each weekly signup cohort, I want the share of users active in weeks 1 through 8 after their first event. Write the query with window functions / CTEs and explain it.'),
  s('regex-log-parse', 'sonnet', 'Write a Python regex with named groups to parse lines like\n2026-12-06 22:14:03,512 WARN [worker-7] c.corp.billing.Sync - retry 3/5 for invoice=INV-88121 after 1200ms\ninto timestamp, level, thread, logger, message, and also pull retry, max, invoice and delay when present. Show tests for two or three lines.'),
  s('explain-cors-error', 'sonnet', 'My frontend on localhost:5173 calls my API on localhost:8080 and the browser says "Response to preflight request doesn\'t pass access control check: No \'Access-Control-Allow-Origin\' header". The API is Express with cookies for auth. Explain what\'s happening and how to configure it properly, including credentials.'),
  s('explain-n-plus-one', 'sonnet', 'Our Django list view for orders takes 3 seconds with 200 orders, each showing the customer name and the number of items. Django debug toolbar says 401 queries. Explain the problem and show how to fix it with select_related / prefetch_related / annotate.'),
  s('eli5-consensus', 'sonnet', 'explain like I\'m five how a database cluster agrees on who the leader is when machines can crash. no maths please, for a talk to our support team'),
  s('eli5-tls-handshake', 'sonnet', 'Explain the TLS handshake to a junior frontend dev who has never thought about it: what happens between the browser and the server before the first byte of HTML, in plain words with an analogy.'),
  s('api-design-pagination', 'sonnet', 'We\'re adding a GET /v1/invoices list endpoint. Offset or cursor pagination? Recommend one for our case (sorted by created_at, rows get inserted constantly), and sketch the request/response shapes and the SQL behind it.'),
  s('openapi-from-desc', 'sonnet', 'Write an OpenAPI 3.1 spec for a small API: create a webhook subscription (url, events[], secret), list them, delete one, and send a test event. Include error responses and an example per operation.'),
  s('unit-tests-parser', 'sonnet', 'Write Vitest tests for a function parseDuration(s: string): number that accepts "90s", "15m", "2h", "1h30m" and returns milliseconds, throwing on anything else. Cover edge cases you think matter.'),
  s('refactor-callbacks', 'sonnet', 'Refactor to async/await, keep behaviour the same including error handling:\n\nfunction loadUser(id, cb) {\n  db.get(id, function (err, user) {\n    if (err) return cb(err);\n    fetchAvatar(user.avatarId, function (err2, avatar) {\n      if (err2) { user.avatar = null; return cb(null, user); }\n      user.avatar = avatar;\n      cache.set(id, user, function () { cb(null, user); });\n    });\n  });\n}'),
  s('k8s-crashloop-explain', 'sonnet', 'Pod is in CrashLoopBackOff. kubectl describe shows "Last State: Terminated, Reason: OOMKilled, Exit Code: 137" and the limit is 512Mi. It\'s a JVM service (Java 17, Spring Boot). What\'s going on and what should I change — JVM flags, limits, or both?'),
  s('nginx-to-caddy', 'sonnet', 'Convert this nginx server block to a Caddyfile:\n\nserver {\n  listen 443 ssl;\n  server_name docs.corp.example;\n  root /srv/docs;\n  location /api/ { proxy_pass http://127.0.0.1:4000; }\n  location / { try_files $uri $uri/ /index.html; }\n  gzip on;\n}'),
  s('perf-slow-endpoint', 'sonnet', 'Our GET /dashboard endpoint went from 200 ms to 1.4 s after we added a "recent activity" widget. It does: load user, load 50 recent events, for each event load the related project. Node + Prisma + Postgres. How would you profile it and what are the likely fixes?'),
  s('security-review-upload', 'sonnet', 'Review this Express upload handler for security problems and fix them:\n\napp.post("/avatar", upload.single("file"), (req, res) => {\n  const dest = path.join("/srv/uploads", req.body.userId, req.file.originalname);\n  fs.renameSync(req.file.path, dest);\n  res.json({ url: "/uploads/" + req.body.userId + "/" + req.file.originalname });\n});'),
  s('sql-injection-explain', 'sonnet', 'A pentest report flagged this as SQL injection:\n\n  cursor.execute(f"SELECT * FROM products WHERE name LIKE \'%{term}%\' ORDER BY {sort}")\n\nExplain how it could be exploited and rewrite it safely, including the ORDER BY part which can\'t be a bound parameter.'),
  s('git-bisect-howto', 'sonnet', 'A test started failing somewhere in the last ~300 commits on main. Show me how to use git bisect run with our test command to find the commit automatically, and what to do about commits that don\'t build.'),
  s('makefile-write', 'sonnet', 'Write a Makefile for a Go service with targets build, test (with race detector), lint (golangci-lint), docker (tagged with the git sha), and run; build should only rebuild when .go files change.'),
  s('long-wrapper-helm', 'sonnet', 'Background: our team (4 people) owns the internal feature-flag service. It\'s deployed with a hand-written set of YAML files per environment (dev, staging, prod), which drift all the time — last month prod had a different readiness path than staging for two weeks before anyone noticed. We\'d like to move to Helm. The service needs a Deployment, a Service, a ConfigMap with flags.yaml, an Ingress only in staging and prod, and different replica counts and resource requests per environment. Can you write the chart (Chart.yaml, values.yaml, values-prod.yaml, and the templates) and tell me how we should roll it out without downtime?'),
  s('word-proof-but-easy', 'sonnet', 'Our product manager asked for "a proof" that the new caching layer works. What she actually needs is a short test plan: what to measure before and after, which dashboards, and what result would count as success. Write that for a non-engineer.'),
  svc('review-sonnet-diff', 'sonnet', REVIEWER, 'diff --git a/src/billing/discount.ts b/src/billing/discount.ts\n@@ -1,14 +1,22 @@\n-export function applyDiscount(total: number, code?: string) {\n-  if (code === "WELCOME10") return total * 0.9;\n-  return total;\n+const CODES: Record<string, number> = { WELCOME10: 0.1, BLACKFRIDAY: 0.3, STAFF: 0.5 };\n+\n+export function applyDiscount(total: number, code?: string, isStaff = false) {\n+  let pct = 0;\n+  if (code) pct = CODES[code.toUpperCase()];\n+  if (code === "STAFF" && !isStaff) pct = 0;\n+  const discounted = total - total * pct;\n+  return Math.round(discounted * 100) / 100;\n }\n'),
  svc('review-python-endpoint', 'sonnet', REVIEWER, 'from flask import request, jsonify\n\n@app.route("/api/users/<int:user_id>/export")\ndef export_user(user_id):\n    user = User.query.get(user_id)\n    orders = Order.query.filter_by(user_id=user_id).all()\n    data = {"user": user.to_dict(), "orders": [o.to_dict() for o in orders]}\n    with open(f"/tmp/export_{user_id}.json", "w") as f:\n        json.dump(data, f)\n    return send_file(f"/tmp/export_{user_id}.json")\n'),
  svc('report-weekly', 'sonnet', REPORTER, 'Payments: shipped 3DS2 for the remaining EU markets; chargeback rate down from 0.41% to 0.33%; one incident (INC-4471, checkout latency, 19 min). Hiring: one backend offer accepted.\nPlatform: Kubernetes 1.29 upgrade done on staging, prod planned next Tuesday; build times down 22% after moving to ARC runners; cost of CI up 8% due to bigger runners.\nMobile: Android release 5.12 stuck in review for 4 days because of a new permissions declaration; iOS 5.12 out, crash-free sessions 99.6%.\nData: dbt migration 70% done; the finance revenue dashboard disagrees with Stripe by 0.8% and they are investigating.'),
  svc('summary-design-doc', 'sonnet', SUMMARY, `${designDoc}\nSummarise this design for the SRE team in about 200 words: what changes operationally, what new things we will be paged for, and the open risks.`),
  svc('sqlgen-cohort-ltv', 'sonnet', SQLGEN, 'average revenue per user in their first 90 days, by signup month and plan, only completed orders, for 2026'),
  svc('sqlgen-funnel', 'sonnet', SQLGEN, 'funnel for last week: how many users had a "view_pricing" event, then "start_checkout" after it, then a paid order within 24h of starting checkout'),
  svc('translate-fr-release-notes', 'sonnet', TRANSLATE, 'Target: French. This is a full release note for our admin console, keep the markdown.\n\n## What\'s new in 4.2\n- **Bulk actions**: select up to 500 users and suspend, reactivate or change their role in one go.\n- **Audit log export**: download the audit log as CSV for any date range up to 1 year.\n- **SSO**: you can now require SSO for admins only, while other users keep password login.\n\n## Fixes\n- The "Last active" column no longer shows dates in the future for users in UTC+13.\n- Invites sent to addresses with a plus sign (e.g. jo+test@corp.example) now arrive.\n\nQuestions? Contact {support_email}.'),
  svc('extract-contract-dates', 'sonnet', EXTRACT, 'Keys: parties (list), effective_date, term_months, auto_renewal (bool), renewal_notice_days, governing_law, liability_cap\n\nMASTER SERVICES AGREEMENT\nThis agreement is made on 1 March 2026 ("Effective Date") between Corp Platforms Ltd ("Customer") and Nimbus Observability Inc. ("Provider").\n2. Term. The initial term is twenty-four (24) months from the Effective Date. Thereafter the agreement renews automatically for successive twelve (12) month periods unless either party gives written notice of non-renewal at least ninety (90) days before the end of the then-current term.\n9. Limitation of liability. Except for breaches of Section 7 (Confidentiality), each party\'s total liability shall not exceed the fees paid by Customer in the twelve (12) months preceding the claim.\n14. Governing law. This agreement is governed by the laws of the State of New York.'),
  svc('moderation-borderline', 'sonnet', MODERATION, 'Honestly the on-call handover from the Berlin team is a joke again. Third week in a row nobody wrote down that the replica was lagging, and I got paged at 3am for something they knew about. Can we please make the handover doc mandatory? @lead-sre'),
  svc('agent-add-endpoint', 'sonnet', CODE_AGENT, 'Add a GET /health/ready endpoint to our Express app that checks the Postgres pool and the Redis client and returns 503 with details if either fails. Put it in src/routes/health.ts and wire it in src/app.ts. Add a supertest test.'),
  svc('agent-fix-flaky-date', 'sonnet', CODE_AGENT, 'test/report.test.ts fails only between midnight and 1am UTC: expected "2026-12-07" got "2026-12-06". The code does new Date().toISOString().slice(0,10) in one place and date-fns format(new Date(), "yyyy-MM-dd") in another. Explain and fix.'),
  svc('agent-write-migration', 'sonnet', CODE_AGENT, 'Write a Knex migration that splits the users.name column into first_name and last_name, backfills them (split on the first space), and is reversible. The table has about 2 million rows in prod.'),
  svc('agent-explain-repo-module', 'sonnet', CODE_AGENT, `Explain what this Go code does, how it behaves when many goroutines ask for the same missing key at once, and whether that matters for us (the loader calls a slow pricing API):\n\n${goCache}`),
  s('typo-docker-compose', 'sonnet', 'need a docker-compose for local dev: postgres 16 with a volume, redis, our api (build from ./api, hot reload with nodemon, waits for db healthy), and mailhog. env from .env file pls'),
  s('terse-ts-generic', 'sonnet', 'typescript: typed groupBy<T, K extends PropertyKey>(items, keyFn) returning Record<K, T[]>, plus tests'),
  s('caps-prod-disk-full', 'sonnet', 'PROD BOX DISK 100% FULL, /var/log IS 40GB, APP IS DOWN. what do i run right now to free space safely and how do i stop it happening again (logrotate?)'),
  s('bullet-migration-plan', 'sonnet', 'Need a migration plan for moving our cron jobs off a single VM:\n- 23 cron jobs, mostly python scripts, some shell\n- some must not run twice at the same time\n- we already have a k8s cluster\n- want alerts when a job fails or doesn\'t run\nWhat would you use (k8s CronJobs? something else?) and how do we move them over?'),
  s('explain-async-rust', 'sonnet', 'I get "future cannot be sent between threads safely" in Rust when I call tokio::spawn on an async fn that holds a std::sync::MutexGuard across an .await. Explain why and show the two or three usual fixes.'),
  s('cost-logging-analysis', 'sonnet', 'Our Datadog log bill doubled to $38k/month. 60% of volume is INFO logs from three services, 25% is health-check access logs, the rest is mixed. Propose a plan to cut it by at least half without losing what we need for incidents, with the order we should do things in.'),
  s('threat-model-light', 'sonnet', 'We\'re adding "log in with a magic link by email" to our internal admin tool. List the main security risks and the standard mitigations we should implement, as a checklist for the PR.'),
  s('code-explain-bitwise', 'sonnet', 'What does this do and why would someone write it this way?\n\nfunction nextPow2(n) {\n  n--;\n  n |= n >> 1; n |= n >> 2; n |= n >> 4; n |= n >> 8; n |= n >> 16;\n  return n + 1;\n}'),
  s('graphql-vs-rest', 'sonnet', 'Our mobile team wants GraphQL, the backend team wants to keep REST. We have 40 endpoints, 2 clients (iOS, Android) and a web app. Give a balanced comparison for our situation and a recommendation.'),
  s('gha-reusable-workflow', 'sonnet', 'We have the same 60-line GitHub Actions test workflow copied into 25 repos. Turn it into a reusable workflow in our .github repo with inputs for node version and working directory, show how a repo calls it, and how we roll out changes without breaking everyone at once.'),
];

const opus: TrafficExample[] = [];

export const eleventhSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
