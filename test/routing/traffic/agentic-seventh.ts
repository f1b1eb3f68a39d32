import type { MessagesBody } from '../../../src/messages/schema.js';
import { agent, type TrafficExample } from './build.js';
import { bash, call, claudeCode, edit, glob, grep, read, sdkAgent, write, type Call, type Round } from './agentic-second.js';

/**
 * Seventh agentic batch (session 10, names `a7-`), written blind (the router was not run while writing). Two thirds
 * in Claude Code's shape (cached system prompt, Read/Edit/Write/Bash/Grep/Glob/TodoWrite/Task, 32k budget, CLAUDE.md
 * and other `<system-reminder>` blocks in user turns, histories of 2 to 25 steps), one third Agent SDK / internal
 * agents with their own tools (ticketing, CRM, SQL, browser, Kubernetes, security, procurement). The label is the next
 * step as an operator would route it: report what a tool said or run the obvious next command, everyday coding and
 * data work, or a hard investigation or design, some whose tool results show no failure and some after repeated
 * failed attempts.
 */

const CLAUDE_MD_TS = '# harbor\n- npm workspaces, Node 22, TypeScript strict\n- apps/api (NestJS + TypeORM, Postgres), apps/web (React 18 + Vite), packages/shared\n- `npm test -w apps/api` (jest), `npm run lint`\n- never edit src/gen/* by hand (generated from openapi.yaml)';
const CLAUDE_MD_GO = '# relay (Go 1.23)\n- `make test` (with -race), `make lint` (golangci-lint)\n- cmd/relayd daemon, internal/* packages, pkg/client public SDK\n- log with slog, wrap errors with %w';
const CLAUDE_MD_PY = '# sable (FastAPI, Python 3.12)\n- uv, pytest, ruff, mypy --strict\n- app code in src/sable, alembic migrations in migrations/\n- async SQLAlchemy 2 everywhere, no sync sessions';
const CLAUDE_MD_RS = '# meridian (Rust 1.83, tokio)\n- cargo nextest run, cargo clippy -- -D warnings\n- crates/: api, core, store, worker\n- no unwrap() outside tests';

const H = '/home/dev/harbor';
const R = '/home/dev/relay';
const S = '/srv/sable';
const M = '/home/dev/meridian';

const TASK_TOOL = { name: 'Task', description: 'Launch a new agent to handle complex, multi-step tasks autonomously.', input_schema: { type: 'object', properties: { description: { type: 'string' }, prompt: { type: 'string' }, subagent_type: { type: 'string' } }, required: ['description', 'prompt'] } };

type Text = { type: 'text'; text: string };
/**
 * Claude Code with Task as well; `reminders` puts `<system-reminder>` text blocks beside the tool results of the given
 * rounds (0-based), as Claude Code does for todo nudges, edited files and IDE selections.
 */
const cc = (task: string, rounds: readonly Round[], options: { claudeMd?: string; after?: string; reminders?: Record<number, string> } = {}): MessagesBody => {
  const body = claudeCode(task, rounds, options);
  const messages = body.messages.map((message, i) => {
    const round = (i - 2) / 2;
    const text = options.reminders?.[round];
    if (!text || !Array.isArray(message.content)) return message;
    const block: Text = { type: 'text', text: `<system-reminder>\n${text}\n</system-reminder>` };
    return { ...message, content: [...message.content, block] };
  });
  return { ...body, messages, tools: [...(body.tools ?? []), TASK_TOOL] };
};
const TODO_NUDGE = "The TodoWrite tool hasn't been used recently. If you're working on tasks that would benefit from tracking progress, consider using the TodoWrite tool to track progress. Only use it if it's relevant to the current work. This is just a gentle reminder - ignore if not applicable.";
const modified = (file: string, snippet: string): string =>
  `Note: ${file} was modified, either by the user or by a linter. Don't tell the user this, since they are already aware. This change was intentional, so make sure to take it into account as you proceed. Here are the relevant changes:\n${snippet}`;
const opened = (file: string): string => `The user opened the file ${file} in the IDE. This may or may not be related to the current task.`;

const todo = (items: string[], done = 0): Call => ({
  name: 'TodoWrite',
  input: { todos: items.map((content, i) => ({ content, status: i < done ? 'completed' : i === done ? 'in_progress' : 'pending', id: String(i + 1) })) },
  result: 'Todos have been modified successfully. Ensure that you continue to use the todo list to track your progress. Please proceed with the current tasks if applicable',
});
const task = (description: string, prompt: string, result: string): Call => call('Task', { description, prompt, subagent_type: 'general-purpose' }, result);

const HELPDESK = 'You are Tessa, the internal IT and facilities helpdesk agent of Harbor Freight Systems. Use the ticketing tools for everything; never promise dates the tools did not give. Keep replies short.';
const HELPDESK_TOOLS = ['servicedesk_search', 'servicedesk_get_ticket', 'servicedesk_create_ticket', 'servicedesk_comment', 'asset_lookup'];
const CRM = 'You are the account assistant inside Salesforce for Harbor\'s sales team. Answer from CRM records; say when a field is empty. Log changes only when asked.';
const CRM_TOOLS = ['sf_query', 'sf_get_account', 'sf_get_opportunity', 'sf_update', 'sf_log_activity'];
const SQL = 'You are the data assistant for Harbor\'s operations team. You query the Snowflake warehouse with run_query (read-only) and explain results in plain words with the exact numbers. Mention caveats about data freshness (tables load at 06:00 UTC).';
const SQL_TOOLS = ['run_query', 'list_tables', 'describe_table', 'create_chart'];
const BROWSER = 'You are a browser agent. You control a Chromium tab with the tools below. Do exactly what the user asks, confirm before submitting any form that spends money or sends messages, and report what you saw.';
const BROWSER_TOOLS = ['navigate', 'screenshot', 'read_page', 'click', 'type_text', 'select_option'];
const K8S = 'You are the platform on-call copilot for Harbor. You can run read-only kubectl, query Prometheus and Loki, and read ArgoCD. Changes are proposed as patches for a human to apply. Separate evidence from guesses.';
const K8S_TOOLS = ['kubectl', 'promql', 'logql', 'argocd_app', 'node_events'];
const SEC = 'You are the cloud security triage agent for Harbor. Use CloudTrail, GuardDuty and IAM tools. Classify findings as benign, needs-human or incident, and justify with evidence.';
const SEC_TOOLS = ['cloudtrail_lookup', 'guardduty_findings', 'iam_get_key', 'iam_list_policies', 'page_security_oncall'];
const SUPPORT = 'You are the support copilot for Harbor\'s customer success team (Zendesk). You read tickets and macros and draft replies for an agent to send. Follow the refund and SLA policy exactly.';
const SUPPORT_TOOLS = ['zd_get_ticket', 'zd_search', 'zd_macros', 'zd_draft_reply', 'billing_lookup'];
const RESEARCH = 'You are a policy research agent for Harbor\'s legal and product teams. Browse primary sources first (official texts, regulators), cite every claim with its URL, and say where sources are ambiguous.';
const RESEARCH_TOOLS = ['web_search', 'open_url', 'read_pdf'];
const PLANNER = 'You are the sales operations planning assistant. You have CRM and HR data tools. Show your working and the constraints you applied.';
const PLANNER_TOOLS = ['sf_query', 'hr_roster', 'run_python'];

/** A long feature session (18 rounds, everything green) used by two trivial rows. */
const exportSession: Round[] = [
  { calls: [todo(['entity + migration for export_jobs', 'POST /exports enqueues a job', 'worker writes CSV to S3', 'GET /exports/:id with signed URL', 'tests'])] },
  { calls: [glob('apps/api/src/**/*.entity.ts', `${H}/apps/api/src/shipments/shipment.entity.ts\n${H}/apps/api/src/customers/customer.entity.ts\n${H}/apps/api/src/invoices/invoice.entity.ts`)] },
  { calls: [read(`${H}/apps/api/src/invoices/invoice.entity.ts`, "@Entity('invoices')\nexport class Invoice {\n  @PrimaryGeneratedColumn('uuid') id!: string;\n  @Column() customerId!: string;\n  @Column('bigint') totalCents!: string;\n  @CreateDateColumn() createdAt!: Date;\n}")] },
  { calls: [write(`${H}/apps/api/src/exports/export-job.entity.ts`)] },
  { calls: [bash('npm run typeorm -w apps/api -- migration:generate src/migrations/ExportJobs', 'Migration /home/dev/harbor/apps/api/src/migrations/1765130212345-ExportJobs.ts has been generated successfully.')] },
  { calls: [todo(['entity + migration for export_jobs', 'POST /exports enqueues a job', 'worker writes CSV to S3', 'GET /exports/:id with signed URL', 'tests'], 1)] },
  { calls: [write(`${H}/apps/api/src/exports/exports.controller.ts`), write(`${H}/apps/api/src/exports/exports.service.ts`)] },
  { calls: [grep('BullModule.registerQueue', "apps/api/src/app.module.ts:31:    BullModule.registerQueue({ name: 'emails' }, { name: 'webhooks' }),")] },
  { calls: [edit(`${H}/apps/api/src/app.module.ts`, "BullModule.registerQueue({ name: 'emails' }, { name: 'webhooks' }),", "BullModule.registerQueue({ name: 'emails' }, { name: 'webhooks' }, { name: 'exports' }),")] },
  { calls: [write(`${H}/apps/api/src/exports/exports.processor.ts`)] },
  { calls: [todo(['entity + migration for export_jobs', 'POST /exports enqueues a job', 'worker writes CSV to S3', 'GET /exports/:id with signed URL', 'tests'], 3)] },
  { calls: [edit(`${H}/apps/api/src/exports/exports.controller.ts`, "  // TODO: GET /:id", "  @Get(':id')\n  async get(@Param('id') id: string, @CurrentOrg() org: Org) {\n    return this.exports.findWithUrl(org.id, id);\n  }")] },
  { calls: [write(`${H}/apps/api/test/exports.e2e-spec.ts`)] },
  { calls: [bash('npm test -w apps/api -- exports', ' PASS  test/exports.e2e-spec.ts (6.1 s)\n  exports\n    ✓ POST /exports returns 202 with a job id (412 ms)\n    ✓ the worker writes a CSV with a header and one row per invoice (988 ms)\n    ✓ GET /exports/:id returns a signed URL once done (301 ms)\n    ✓ GET /exports/:id of another org is 404 (122 ms)\n\nTest Suites: 1 passed, 1 total\nTests:       4 passed, 4 total')] },
  { calls: [bash('npm run lint && npm test -w apps/api', '> harbor@2.8.0 lint\n> eslint . --max-warnings 0\n\n Test Suites: 38 passed, 38 total\nTests:       402 passed, 402 total\nSnapshots:   0 total\nTime:        41.8 s')] },
  { calls: [todo(['entity + migration for export_jobs', 'POST /exports enqueues a job', 'worker writes CSV to S3', 'GET /exports/:id with signed URL', 'tests'], 5)] },
  { calls: [bash('git checkout -b feat/invoice-exports && git add -A && git commit -m "feat(api): async invoice CSV exports"', "Switched to a new branch 'feat/invoice-exports'\n[feat/invoice-exports 91b7c2e] feat(api): async invoice CSV exports\n 9 files changed, 318 insertions(+), 1 deletion(-)\n create mode 100644 apps/api/src/exports/export-job.entity.ts\n create mode 100644 apps/api/src/exports/exports.controller.ts\n create mode 100644 apps/api/src/exports/exports.processor.ts\n create mode 100644 apps/api/src/exports/exports.service.ts\n create mode 100644 apps/api/src/migrations/1765130212345-ExportJobs.ts\n create mode 100644 apps/api/test/exports.e2e-spec.ts")] },
  { calls: [bash('git push -u origin feat/invoice-exports && gh pr create --fill', "branch 'feat/invoice-exports' set up to track 'origin/feat/invoice-exports'.\nCreating pull request for feat/invoice-exports into main in harbor-fs/harbor\n\nhttps://github.com/harbor-fs/harbor/pull/2214")] },
];
const EXPORT_TASK = 'add async CSV export of invoices: POST /exports starts a job, a bull worker writes the CSV to S3, GET /exports/:id returns status and a signed url when done. tests too. then open a PR';

const trivial: TrafficExample[] = [
  agent('a7-cc-diffstat', 'haiku', cc('how much have I changed since main?', [
    { calls: [bash('git diff --stat main...HEAD', ' apps/api/src/shipments/shipments.service.ts |  42 ++++++++---\n apps/api/src/shipments/tracking.ts          |  17 +++--\n apps/api/test/shipments.e2e-spec.ts         |  63 +++++++++++++++\n 3 files changed, 104 insertions(+), 18 deletions(-)')] },
  ], { claudeMd: CLAUDE_MD_TS })),
  agent('a7-cc-tag-release', 'haiku', cc('tag this as v0.14.0 and push the tag', [
    { calls: [bash('git tag -a v0.14.0 -m "v0.14.0"', '')] },
    { calls: [bash('git push origin v0.14.0', 'Enumerating objects: 1, done.\nWriting objects: 100% (1/1), 162 bytes | 162.00 KiB/s, done.\nTotal 1 (delta 0), reused 0 (delta 0)\nTo github.com:harbor-fs/relay.git\n * [new tag]         v0.14.0 -> v0.14.0')] },
  ], { claudeMd: CLAUDE_MD_GO })),
  agent('a7-cc-which-pm', 'haiku', cc('npm or pnpm in this repo?', [
    { calls: [glob('{package-lock.json,pnpm-lock.yaml,yarn.lock}', `${H}/package-lock.json`)] },
  ])),
  agent('a7-cc-rename-local', 'haiku', cc('rename `tmp` to `attempt` in internal/retry/backoff.go, it is confusing', [
    { calls: [read(`${R}/internal/retry/backoff.go`, 'func Backoff(base, max time.Duration, tmp int) time.Duration {\n\tif tmp > 16 {\n\t\ttmp = 16\n\t}\n\td := base << tmp\n\tif d > max || d <= 0 {\n\t\treturn max\n\t}\n\treturn d\n}', 12)] },
  ], { claudeMd: CLAUDE_MD_GO })),
  agent('a7-cc-cron-meaning', 'haiku', cc('when does the backup workflow actually run?', [
    { calls: [read(`${H}/.github/workflows/backup.yml`, "name: nightly-backup\non:\n  schedule:\n    - cron: '15 2 * * 1-5'\n  workflow_dispatch: {}\njobs:\n  backup:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/backup.sh")] },
  ])),
  agent('a7-cc-uv-sync', 'haiku', cc('install the deps', [
    { calls: [bash('uv sync', 'Using CPython 3.12.7\nCreating virtual environment at: .venv\nResolved 84 packages in 412ms\nPrepared 84 packages in 3.21s\nInstalled 84 packages in 118ms\n + alembic==1.14.0\n + asyncpg==0.30.0\n + fastapi==0.115.6\n + httpx==0.28.1\n + mypy==1.13.0\n + pydantic==2.10.3\n + pytest==8.3.4\n + ruff==0.8.2\n + sqlalchemy==2.0.36\n + uvicorn==0.32.1\n ...')] },
  ], { claudeMd: CLAUDE_MD_PY })),
  agent('a7-cc-e2e-report', 'haiku', cc('run the playwright suite and just tell me if it is green, don\'t fix anything', [
    { calls: [bash('npx playwright test --reporter=line', "Running 58 tests using 4 workers\n[chromium] › login.spec.ts:12:5 › login › shows an error for a wrong password\n[chromium] › invoices.spec.ts:41:5 › invoices › filters by status\n  1) [chromium] › invoices.spec.ts:41:5 › invoices › filters by status\n    Error: Timed out 5000ms waiting for expect(locator).toHaveCount(3)\n    Locator: getByTestId('invoice-row')\n    Expected: 3\n    Received: 4\n  2) [chromium] › settings.spec.ts:88:5 › settings › uploads an avatar\n    Error: page.setInputFiles: ENOENT: no such file or directory, stat 'fixtures/avatar.png'\n\n  2 failed\n  56 passed (1.4m)", true)] },
  ], { claudeMd: CLAUDE_MD_TS })),
  agent('a7-cc-vite-port', 'haiku', cc('make the web dev server use port 4000', [
    { calls: [read(`${H}/apps/web/vite.config.ts`, "import { defineConfig } from 'vite';\nimport react from '@vitejs/plugin-react';\n\nexport default defineConfig({\n  plugins: [react()],\n  server: { port: 5173, proxy: { '/api': 'http://localhost:3000' } },\n});")] },
  ], { claudeMd: CLAUDE_MD_TS })),
  agent('a7-cc-compose-log-level', 'haiku', cc('set LOG_LEVEL=debug for the worker service in docker-compose', [
    { calls: [read(`${S}/docker-compose.yml`, "services:\n  api:\n    build: .\n    command: uvicorn sable.main:app --host 0.0.0.0\n    environment:\n      DATABASE_URL: postgresql+asyncpg://sable:sable@db/sable\n      LOG_LEVEL: info\n  worker:\n    build: .\n    command: python -m sable.worker\n    environment:\n      DATABASE_URL: postgresql+asyncpg://sable:sable@db/sable\n      LOG_LEVEL: info\n  db:\n    image: postgres:16")] },
  ], { claudeMd: CLAUDE_MD_PY })),
  agent('a7-cc-task-flags-found', 'haiku', cc('where are feature flags evaluated? just tell me the files', [
    { calls: [task('Locate feature flag evaluation', 'Find where feature flags are defined and evaluated in this repo (api and web). Report file paths and the main function names only.', 'Feature flags are defined in packages/shared/src/flags.ts (the `FLAGS` const with defaults). The API evaluates them in apps/api/src/flags/flags.service.ts (`isEnabled(flag, orgId)`, reads overrides from the `org_flags` table, cached 60 s). The web app gets them from GET /me/flags and exposes them through the `useFlag` hook in apps/web/src/hooks/useFlag.ts. No other evaluation sites.')] },
  ], { claudeMd: CLAUDE_MD_TS })),
  agent('a7-cc-pr-after-long-session', 'haiku', cc(EXPORT_TASK, exportSession, { claudeMd: CLAUDE_MD_TS, after: 'link?' })),
  { ...agent('a7-cc-summary-after-long-session', 'haiku', cc(EXPORT_TASK, exportSession, { claudeMd: CLAUDE_MD_TS, after: 'nice. one line for the standup about what got done?' })), group: 'a7-cc-pr-after-long-session' },
  agent('a7-cc-go-mod-tidy', 'haiku', cc('go mod tidy and tell me what it dropped', [
    { calls: [bash('go mod tidy && git diff --stat go.mod go.sum', ' go.mod |  2 --\n go.sum | 12 ------------\n 2 files changed, 14 deletions(-)')] },
    { calls: [bash('git diff go.mod', 'diff --git a/go.mod b/go.mod\n@@ -9,8 +9,6 @@ require (\n \tgithub.com/prometheus/client_golang v1.20.5\n-\tgithub.com/pkg/errors v0.9.1\n-\tgithub.com/stretchr/objx v0.5.2 // indirect\n \tgolang.org/x/sync v0.10.0\n )')] },
  ], { claudeMd: CLAUDE_MD_GO })),
  agent('a7-cc-clippy-clean', 'haiku', cc('clippy after my changes?', [
    { calls: [bash('cargo clippy --all-targets -- -D warnings', '    Checking meridian-core v0.9.2 (/home/dev/meridian/crates/core)\n    Checking meridian-store v0.9.2 (/home/dev/meridian/crates/store)\n    Checking meridian-worker v0.9.2 (/home/dev/meridian/crates/worker)\n    Checking meridian-api v0.9.2 (/home/dev/meridian/crates/api)\n    Finished `dev` profile [unoptimized + debuginfo] target(s) in 14.62s')] },
  ], { claudeMd: CLAUDE_MD_RS, reminders: { 0: modified(`${M}/crates/store/src/pg.rs`, '    41→    let rows = sqlx::query_as::<_, Entry>(SELECT_ENTRIES)') } })),
  agent('a7-helpdesk-ticket-status', 'haiku', sdkAgent(HELPDESK, HELPDESK_TOOLS, 'hey is there any update on my laptop replacement? ticket HFS-30877', [
    { calls: [call('servicedesk_get_ticket', { id: 'HFS-30877' }, '{"id":"HFS-30877","summary":"Laptop replacement – battery swelling","requester":"j.amadi@harborfs.com","status":"Waiting for vendor","assignee":"IT Hardware","last_update":"2026-12-04T15:12:00Z","last_comment":"Dell replacement ordered, delivery to Rotterdam office expected 2026-12-10. We will message you when it is at the front desk."}')] },
  ])),
  agent('a7-helpdesk-printer-ticket', 'haiku', sdkAgent(HELPDESK, HELPDESK_TOOLS, 'the badge printer on floor 3 is jammed again. can you open a ticket', [
    { calls: [call('asset_lookup', { query: 'badge printer floor 3' }, '[{"asset":"PRN-3-014","model":"Zebra ZC350","location":"Rotterdam, floor 3, reception"}]')] },
    { calls: [call('servicedesk_create_ticket', { summary: 'Badge printer jammed', asset: 'PRN-3-014', category: 'Facilities / Printers', priority: 'P3' }, '{"id":"HFS-31102","status":"Open","queue":"Facilities","sla_first_response":"4 business hours"}')] },
  ])),
  agent('a7-crm-last-contact', 'haiku', sdkAgent(CRM, CRM_TOOLS, 'when did we last talk to Orbis Health and who was it with?', [
    { calls: [call('sf_query', { soql: "SELECT Subject, ActivityDate, Who.Name, Owner.Name FROM Task WHERE Account.Name = 'Orbis Health' ORDER BY ActivityDate DESC LIMIT 3" }, '[{"Subject":"Call – renewal scope","ActivityDate":"2026-11-27","Who":{"Name":"Dr. Helen Marsh"},"Owner":{"Name":"Luis Ortega"}},{"Subject":"Email – pricing sheet","ActivityDate":"2026-11-20","Who":{"Name":"Dr. Helen Marsh"},"Owner":{"Name":"Luis Ortega"}},{"Subject":"QBR","ActivityDate":"2026-09-12","Who":{"Name":"Sam Pike"},"Owner":{"Name":"Luis Ortega"}}]')] },
  ])),
  agent('a7-sql-canada-shipped', 'haiku', sdkAgent(SQL, SQL_TOOLS, 'how many orders did we ship to Canada in November?', [
    { calls: [call('run_query', { sql: "SELECT COUNT(*) AS orders FROM ops.shipments WHERE dest_country = 'CA' AND shipped_at >= '2026-11-01' AND shipped_at < '2026-12-01'" }, '[{"ORDERS":1284}]')] },
  ])),
  agent('a7-browser-status-page', 'haiku', sdkAgent(BROWSER, BROWSER_TOOLS, 'check status.stripe.com and tell me if payments are degraded right now', [
    { calls: [call('navigate', { url: 'https://status.stripe.com' }, 'Loaded https://status.stripe.com (200) in 1.2 s')] },
    { calls: [call('read_page', {}, 'Stripe System Status\nAll services online\nAPI  Operational · 99.99% uptime last 90 days\nDashboard  Operational\nCheckout  Operational\nPayments (card networks)  Operational\nWebhooks  Operational\nPast incidents: Dec 3 – Elevated webhook delivery latency (resolved)')] },
  ])),
  agent('a7-k8s-image-tag', 'haiku', sdkAgent(K8S, K8S_TOOLS, 'which image tag is checkout running in prod right now?', [
    { calls: [call('kubectl', { args: "-n checkout get deploy checkout -o jsonpath='{.spec.template.spec.containers[*].image}'", context: 'prod-eu-1' }, 'ghcr.io/harbor-fs/checkout:2026.12.05-3f9a1c2')] },
  ])),
];

export const seventhAgenticExamples: TrafficExample[] = [...trivial];
