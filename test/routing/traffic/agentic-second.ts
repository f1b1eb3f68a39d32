import type { MessagesBody } from '../../../src/messages/schema.js';
import { agent, type TrafficExample } from './build.js';

/**
 * Second agentic batch (session 7, names `a2-`), written without running the router: tool_use /
 * tool_result histories in the shapes Claude Code and SDK agents send (several calls per turn, a
 * cached system prompt, `<system-reminder>` context, `cat -n` file reads, business tools), with
 * trivial steps, ordinary coding steps and hard investigations.
 */

export interface Call {
  name: string;
  input: Record<string, unknown>;
  result: string;
  error?: boolean;
}
/** One assistant turn: optional words, then one or more tool calls, answered in the next user turn. */
export interface Round {
  say?: string;
  calls: Call[];
}

type Message = MessagesBody['messages'][number];
type Tool = { name: string; description: string; input_schema: Record<string, unknown> };

const schema = (props: Record<string, string>, required: string[] = Object.keys(props)): Record<string, unknown> => ({
  type: 'object',
  properties: Object.fromEntries(Object.entries(props).map(([k, type]) => [k, { type }])),
  required,
});

const CLAUDE_CODE_TOOLS: Tool[] = [
  { name: 'Bash', description: 'Executes a given bash command in a persistent shell session with optional timeout, ensuring proper handling and security measures.', input_schema: schema({ command: 'string', description: 'string', timeout: 'number' }, ['command']) },
  { name: 'Glob', description: 'Fast file pattern matching tool that works with any codebase size. Supports glob patterns like "**/*.js".', input_schema: schema({ pattern: 'string', path: 'string' }, ['pattern']) },
  { name: 'Grep', description: 'A powerful search tool built on ripgrep. Supports full regex syntax; filter files with glob or type.', input_schema: schema({ pattern: 'string', path: 'string', glob: 'string', output_mode: 'string' }, ['pattern']) },
  { name: 'Read', description: 'Reads a file from the local filesystem. Results are returned using cat -n format, with line numbers starting at 1.', input_schema: schema({ file_path: 'string', offset: 'number', limit: 'number' }, ['file_path']) },
  { name: 'Edit', description: 'Performs exact string replacements in files. The edit will FAIL if old_string is not unique in the file.', input_schema: schema({ file_path: 'string', old_string: 'string', new_string: 'string' }) },
  { name: 'Write', description: 'Writes a file to the local filesystem. Overwrites the existing file if there is one.', input_schema: schema({ file_path: 'string', content: 'string' }) },
  { name: 'TodoWrite', description: 'Use this tool to create and manage a structured task list for your current coding session.', input_schema: schema({ todos: 'array' }) },
];

const CLAUDE_CODE_SYSTEM = [
  { type: 'text', text: "You are Claude Code, Anthropic's official CLI for Claude." },
  {
    type: 'text',
    text: 'You are an interactive CLI tool that helps users with software engineering tasks. Use the instructions below and the tools available to you to assist the user.\n\n# Tone and style\nYou should be concise, direct, and to the point. Your output will be displayed on a command line interface.\n\n# Doing tasks\nThe user will primarily request you perform software engineering tasks. This includes solving bugs, adding new functionality, refactoring code, explaining code, and more. Use the available search tools to understand the codebase. Implement the solution using all tools available to you. Verify the solution if possible with tests. NEVER commit changes unless the user explicitly asks you to.\n\n# Tool usage policy\nWhen doing file search, prefer to use the Task tool. You can call multiple tools in a single response.\n\nHere is useful information about the environment you are running in:\n<env>\nWorking directory: /home/dev/project\nIs directory a git repo: Yes\nPlatform: linux\n</env>',
    cache_control: { type: 'ephemeral' },
  },
];

const reminder = (claudeMd: string): string =>
  `<system-reminder>\nAs you answer the user's questions, you can use the following context:\n# claudeMd\nCodebase and user instructions are shown below. Be sure to adhere to these instructions.\n\nContents of /home/dev/project/CLAUDE.md (project instructions, checked into the codebase):\n\n${claudeMd}\n\n      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>`;

/** The rounds as alternating assistant tool_use and user tool_result messages after the task. */
const history = (first: Message, rounds: readonly Round[], after?: string): Message[] => {
  const messages: Message[] = [first];
  let n = 0;
  rounds.forEach((round, r) => {
    const ids = round.calls.map(() => `toolu_01${String((n += 1)).padStart(4, '0')}Xq`);
    messages.push({
      role: 'assistant',
      content: [...(round.say ? [{ type: 'text', text: round.say }] : []), ...round.calls.map((c, i) => ({ type: 'tool_use', id: ids[i], name: c.name, input: c.input }))],
    });
    const last = r === rounds.length - 1;
    messages.push({
      role: 'user',
      content: [
        ...round.calls.map((c, i) => ({ type: 'tool_result', tool_use_id: ids[i], content: c.result, ...(c.error ? { is_error: true } : {}) })),
        ...(last && after ? [{ type: 'text', text: after }] : []),
      ],
    });
  });
  return messages;
};

/** A Claude Code request: cached system prompt, its tools, a CLAUDE.md reminder beside the task, 32k answer budget. */
export const claudeCode = (task: string, rounds: readonly Round[], options: { claudeMd?: string; after?: string } = {}): MessagesBody => ({
  model: 'auto',
  max_tokens: 32000,
  system: CLAUDE_CODE_SYSTEM,
  tools: CLAUDE_CODE_TOOLS,
  messages: history(
    { role: 'user', content: [...(options.claudeMd ? [{ type: 'text', text: reminder(options.claudeMd) }] : []), { type: 'text', text: task }] },
    rounds,
    options.after,
  ),
});

/** An Agent SDK application: its own system prompt and business tools. */
export const sdkAgent = (system: string, tools: readonly string[], task: string, rounds: readonly Round[], after?: string): MessagesBody => ({
  model: 'auto',
  max_tokens: 4096,
  system,
  tools: tools.map((name) => ({ name, description: `${name.replace(/_/g, ' ')}.`, input_schema: schema({ query: 'string' }, []) })),
  messages: history({ role: 'user', content: task }, rounds, after),
});

export const bash = (command: string, result: string, error = false): Call => ({ name: 'Bash', input: { command }, result, error });
export const grep = (pattern: string, result: string): Call => ({ name: 'Grep', input: { pattern, output_mode: 'content' }, result });
export const glob = (pattern: string, result: string): Call => ({ name: 'Glob', input: { pattern }, result });
export const edit = (file: string, oldS: string, newS: string, error = false): Call => ({
  name: 'Edit',
  input: { file_path: file, old_string: oldS, new_string: newS },
  result: error ? '<tool_use_error>String to replace not found in file.</tool_use_error>' : `The file ${file} has been updated. Here's the result of running \`cat -n\` on a snippet of the edited file:\n    12→${newS.split('\n')[0]}`,
  error,
});
export const write = (file: string): Call => ({ name: 'Write', input: { file_path: file, content: '...' }, result: `File created successfully at: ${file}` });
/** A Read result in Claude Code's `cat -n` form. */
export const read = (file: string, text: string, from = 1): Call => ({
  name: 'Read',
  input: { file_path: file },
  result: text
    .split('\n')
    .map((line, i) => `${String(from + i).padStart(6)}→${line}`)
    .join('\n'),
});
export const call = (name: string, input: Record<string, unknown>, result: string, error = false): Call => ({ name, input, result, error });

const SUPPORT = 'You are the customer support agent of Lumen Home, an online shop for home goods. Be friendly and concise. Follow the refund policy exactly. Never promise anything the tools did not confirm.';
const SUPPORT_TOOLS = ['lookup_order', 'lookup_customer', 'issue_refund', 'search_help_center', 'create_ticket', 'send_customer_email'];
const OPS = 'You are the operations assistant of Northwind Logistics. You can query the metrics store, the data warehouse and the CRM, and post to Slack. Answer with numbers from the tools only.';
const OPS_TOOLS = ['query_metrics', 'run_warehouse_sql', 'crm_search', 'post_slack_message', 'get_invoice'];
const SRE = 'You are an SRE assistant with read access to our Kubernetes clusters, logs and dashboards. Investigate carefully and report findings with evidence.';
const SRE_TOOLS = ['kubectl', 'query_logs', 'query_prometheus', 'get_deploy_history'];
const RESEARCH = 'You are a research assistant. Use web_search and fetch_page to find sources and cite them.';
const RESEARCH_TOOLS = ['web_search', 'fetch_page'];

const trivial: TrafficExample[] = [
  agent('a2-cc-commit-done', 'haiku', claudeCode('commit the README fix with message "docs: fix install command"', [
    { calls: [bash('git add README.md && git commit -m "docs: fix install command"', '[main 3f2a1c9] docs: fix install command\n 1 file changed, 1 insertion(+), 1 deletion(-)')] },
  ])),
  agent('a2-cc-write-env', 'haiku', claudeCode('create a .env.example with PORT=3000 and DATABASE_URL empty', [{ calls: [write('/home/dev/project/.env.example')] }])),
  agent('a2-cc-ls-scripts', 'haiku', claudeCode("what's in the scripts folder?", [
    { calls: [bash('ls -la scripts', 'total 24\ndrwxr-xr-x  2 dev dev 4096 Mar  3 10:12 .\ndrwxr-xr-x 11 dev dev 4096 Mar  3 10:40 ..\n-rwxr-xr-x  1 dev dev  812 Feb 28 16:02 backup.sh\n-rw-r--r--  1 dev dev 2210 Mar  1 09:15 seed.ts\n-rwxr-xr-x  1 dev dev  391 Mar  3 10:12 release.sh')] },
  ])),
  agent('a2-cc-node-version', 'haiku', claudeCode('which node version does this repo use?', [
    { calls: [glob('.nvmrc', '/home/dev/project/.nvmrc'), grep('"node"', 'package.json:  "engines": { "node": ">=20.11" },')] },
    { calls: [read('/home/dev/project/.nvmrc', '20.11.1')] },
  ], { claudeMd: '# Project\n- pnpm only, never npm\n- run `pnpm test` before committing' })),
  agent('a2-cc-tests-pass', 'haiku', claudeCode('run the utils tests', [
    { say: "I'll run the tests for the utils module.", calls: [bash('pytest tests/test_utils.py -q', '............                                                             [100%]\n12 passed in 0.84s')] },
  ])),
  agent('a2-cc-where-defined', 'haiku', claudeCode('where is parseConfig defined?', [
    { calls: [grep('function parseConfig|const parseConfig', 'src/config/parse.ts:14:export function parseConfig(raw: unknown): Config {')] },
  ])),
  agent('a2-cc-edit-const', 'haiku', claudeCode('change MAX_RETRIES from 3 to 5 in src/http/client.ts', [
    { calls: [edit('/home/dev/project/src/http/client.ts', 'export const MAX_RETRIES = 3;', 'export const MAX_RETRIES = 5;')] },
  ])),
  agent('a2-order-status', 'haiku', sdkAgent(SUPPORT, SUPPORT_TOOLS, 'Hi, where is my order #LH-20931? It was supposed to arrive yesterday.', [
    { calls: [call('lookup_order', { order_id: 'LH-20931' }, '{"order_id":"LH-20931","status":"in_transit","carrier":"DHL","tracking":"JD014600006215","estimated_delivery":"2024-11-14","last_scan":"2024-11-12 18:40, Leipzig hub"}')] },
  ])),
  agent('a2-refund-succeeded', 'haiku', sdkAgent(SUPPORT, SUPPORT_TOOLS, 'The lamp arrived broken, I sent you the photos. Please refund it. Order LH-19877.', [
    { calls: [call('lookup_order', { order_id: 'LH-19877' }, '{"order_id":"LH-19877","items":[{"sku":"LMP-220","name":"Arc floor lamp","price":89.0}],"delivered":"2024-11-08","damage_report":"approved"}')] },
    { calls: [call('issue_refund', { order_id: 'LH-19877', amount: 89.0, reason: 'damaged' }, '{"refund_id":"rf_7731","status":"succeeded","amount":89.0,"eta_days":5}')] },
  ])),
  agent('a2-help-answer', 'haiku', sdkAgent(SUPPORT, SUPPORT_TOOLS, 'How do I change the delivery address on an order I already placed?', [
    { calls: [call('search_help_center', { query: 'change delivery address' }, '[{"title":"Changing your delivery address","body":"You can change the address until the order ships: My account > Orders > select the order > Edit address. After shipping, contact the carrier with your tracking number."}]')] },
  ])),
  agent('a2-metric-p95', 'haiku', sdkAgent(OPS, OPS_TOOLS, "What's today's p95 latency of the checkout API?", [
    { calls: [call('query_metrics', { metric: 'http_request_duration_p95', service: 'checkout-api', range: 'today' }, '{"service":"checkout-api","p95_ms":212,"window":"2024-11-13T00:00Z/now"}')] },
  ])),
  agent('a2-crm-owner', 'haiku', sdkAgent(OPS, OPS_TOOLS, "Who is Acme Freight's account manager, and what's their email?", [
    { calls: [call('crm_search', { company: 'Acme Freight' }, '{"company":"Acme Freight GmbH","account_manager":"Jonas Weber","email":"j.weber@northwind.example","tier":"gold"}')] },
  ])),
  agent('a2-slack-posted', 'haiku', sdkAgent(OPS, OPS_TOOLS, 'Post in #ops that the Hamburg depot closes at 3pm on Friday.', [
    { calls: [call('post_slack_message', { channel: '#ops', text: 'Heads-up: the Hamburg depot closes at 3pm this Friday.' }, '{"ok":true,"channel":"C02OPS","ts":"1731500112.004100"}')] },
  ])),
];

const everyday: TrafficExample[] = [
  agent('a2-cc-dry-run', 'sonnet', claudeCode('add a --dry-run flag to scripts/sync.ts that prints what would be uploaded without uploading', [
    { calls: [read('/home/dev/project/scripts/sync.ts', "import { parseArgs } from 'node:util';\nimport { listLocal, listRemote, upload } from './s3.js';\n\nconst { values } = parseArgs({ options: { bucket: { type: 'string' }, prefix: { type: 'string', default: '' } } });\n\nconst local = await listLocal('dist');\nconst remote = new Set(await listRemote(values.bucket!, values.prefix));\nfor (const file of local) {\n  if (remote.has(file.key)) continue;\n  await upload(values.bucket!, file);\n  console.log(`uploaded ${file.key}`);\n}")] },
  ])),
  agent('a2-cc-fix-test', 'sonnet', claudeCode('the date test is failing, fix it', [
    { calls: [bash('npx vitest run test/format-date.test.ts', ' FAIL  test/format-date.test.ts > formatDate > renders the day in the user time zone\nAssertionError: expected \'2024-03-09\' to be \'2024-03-10\'\n - Expected: "2024-03-10"\n + Received: "2024-03-09"\n\n Test Files  1 failed (1)\n      Tests  1 failed | 6 passed (7)', true)] },
    { calls: [read('/home/dev/project/src/format-date.ts', "export const formatDate = (iso: string, timeZone: string): string => {\n  const d = new Date(iso);\n  return d.toISOString().slice(0, 10);\n};")] },
  ])),
  agent('a2-cc-type-errors', 'sonnet', claudeCode('fix the type errors', [
    { calls: [bash('npx tsc --noEmit', "src/routes/invoices.ts(22,7): error TS2322: Type 'string | undefined' is not assignable to type 'string'.\nsrc/routes/invoices.ts(40,18): error TS2339: Property 'totalCents' does not exist on type 'Invoice'. Did you mean 'total_cents'?\nsrc/services/pdf.ts(9,3): error TS7006: Parameter 'line' implicitly has an 'any' type.", true)] },
    { calls: [read('/home/dev/project/src/routes/invoices.ts', "router.get('/:id', async (req, res) => {\n  const id: string = req.params.id;\n  const currency: string = req.query.currency as string | undefined;\n  const invoice = await repo.find(id);\n  res.json({ ...invoice, total: invoice.totalCents / 100, currency });\n});", 20)] },
  ])),
  agent('a2-cc-env-docs', 'sonnet', claudeCode('document every environment variable the app reads in the README, with defaults', [
    { calls: [grep('process\\.env\\.', 'src/config.ts:4:  port: Number(process.env.PORT ?? 3000),\nsrc/config.ts:5:  databaseUrl: process.env.DATABASE_URL,\nsrc/config.ts:6:  redisUrl: process.env.REDIS_URL ?? \'redis://localhost:6379\',\nsrc/config.ts:7:  logLevel: process.env.LOG_LEVEL ?? \'info\',\nsrc/mail.ts:3:const apiKey = process.env.POSTMARK_TOKEN;\nsrc/jobs/index.ts:12:  concurrency: Number(process.env.JOB_CONCURRENCY ?? 4),')] },
    { calls: [read('/home/dev/project/README.md', '# invoice-service\n\n## Running locally\n\n```\npnpm install\npnpm dev\n```\n\n## Deploying\n\nSee docs/deploy.md.')] },
  ])),
  agent('a2-support-late-refund', 'sonnet', sdkAgent(SUPPORT, SUPPORT_TOOLS, "I bought a rug 41 days ago and it's shedding everywhere. I want my money back.", [
    { calls: [call('lookup_order', { customer_email: 'from_session' }, '{"order_id":"LH-18220","items":[{"sku":"RUG-88","name":"Wool rug 160x230","price":249.0}],"delivered":"2024-10-03"}'), call('search_help_center', { query: 'refund policy defective after 30 days' }, '[{"title":"Returns and refunds","body":"Unused items can be returned within 30 days of delivery for a full refund. Defective items are covered by our 2-year warranty: we offer a repair, a replacement or, if neither is possible, a refund. Shedding of wool rugs in the first 3 months is normal and not a defect; excessive shedding after vacuuming 10 times is."}]')] },
  ])),
  agent('a2-ops-weekly', 'sonnet', sdkAgent(OPS, OPS_TOOLS, 'Summarize last week\'s shipments by region for the Monday update, and call out anything unusual.', [
    { calls: [call('run_warehouse_sql', { sql: 'SELECT region, count(*) shipments, avg(delay_h) avg_delay_h, sum(damaged::int) damaged FROM shipments WHERE week = 45 GROUP BY 1' }, '[{"region":"North","shipments":18210,"avg_delay_h":3.1,"damaged":41},{"region":"South","shipments":15994,"avg_delay_h":2.8,"damaged":37},{"region":"East","shipments":9120,"avg_delay_h":11.6,"damaged":188},{"region":"West","shipments":16402,"avg_delay_h":3.4,"damaged":44}]'), call('run_warehouse_sql', { sql: 'SELECT region, count(*) FROM shipments WHERE week = 44 GROUP BY 1' }, '[{"region":"North","count":17880},{"region":"South","count":16210},{"region":"East","count":12950},{"region":"West","count":16050}]')] },
  ])),
  agent('a2-cc-compose-redis', 'sonnet', claudeCode('add a redis service to docker-compose and wire REDIS_URL into the api service', [
    { calls: [read('/home/dev/project/docker-compose.yml', "services:\n  api:\n    build: .\n    ports:\n      - '3000:3000'\n    environment:\n      DATABASE_URL: postgres://app:app@db:5432/app\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD: app\n    volumes:\n      - pgdata:/var/lib/postgresql/data\nvolumes:\n  pgdata:")] },
  ])),
  agent('a2-cc-prisma-column', 'sonnet', claudeCode('add an optional "archivedAt" timestamp to Project, create the migration, and filter archived projects out of the list endpoint', [
    { calls: [read('/home/dev/project/prisma/schema.prisma', 'model Project {\n  id        String   @id @default(cuid())\n  name      String\n  ownerId   String\n  owner     User     @relation(fields: [ownerId], references: [id])\n  createdAt DateTime @default(now())\n}'), grep('prisma.project.findMany', 'src/routes/projects.ts:18:  const projects = await prisma.project.findMany({ where: { ownerId: req.user.id } });')] },
    { calls: [edit('/home/dev/project/prisma/schema.prisma', '  createdAt DateTime @default(now())\n}', '  createdAt DateTime @default(now())\n  archivedAt DateTime?\n}')] },
  ])),
  agent('a2-research-pdf-libs', 'sonnet', sdkAgent(RESEARCH, RESEARCH_TOOLS, 'We need to generate invoices as PDF from Node. Compare pdfkit, puppeteer and pdf-lib for that and recommend one.', [
    { calls: [call('web_search', { query: 'pdfkit vs puppeteer vs pdf-lib generate invoice pdf node' }, '1. "Generating PDFs in Node: pdfkit, pdf-lib, puppeteer compared" (blog, 2024): pdfkit draws from code, small, no HTML; puppeteer renders HTML/CSS via headless Chrome, heavy (~170MB) but reuses templates; pdf-lib edits existing PDFs and fills forms.\n2. npm trends: puppeteer 4.1M weekly, pdfkit 1.1M, pdf-lib 1.6M.\n3. StackOverflow: "puppeteer PDF generation memory leak in lambda" (2023).')] },
  ])),
  agent('a2-cc-eslint', 'sonnet', claudeCode('make lint pass', [
    { calls: [bash('pnpm lint', "/home/dev/project/src/jobs/cleanup.ts\n   8:10  error  'addDays' is defined but never used  @typescript-eslint/no-unused-vars\n  21:5   error  Unexpected console statement  no-console\n/home/dev/project/src/routes/users.ts\n  33:20  error  Promise returned in function argument where a void return was expected  @typescript-eslint/no-misused-promises\n  57:9   error  'result' is never reassigned. Use 'const' instead  prefer-const\n\n✖ 4 problems (4 errors, 0 warnings)", true)] },
  ])),
  agent('a2-cc-rename-fn', 'sonnet', claudeCode('rename getUserById to findUser everywhere, including tests', [
    { calls: [grep('getUserById', 'src/repo/users.ts:12:export async function getUserById(id: string) {\nsrc/routes/users.ts:3:import { getUserById } from \'../repo/users.js\';\nsrc/routes/users.ts:20:  const user = await getUserById(req.params.id);\nsrc/routes/admin.ts:44:    const target = await getUserById(body.userId);\nsrc/jobs/digest.ts:9:  for (const id of ids) send(await getUserById(id));\ntest/repo/users.test.ts:5:describe(\'getUserById\', () => {\ntest/repo/users.test.ts:9:    expect(await getUserById(\'u1\')).toMatchObject({ id: \'u1\' });')] },
  ])),
  agent('a2-support-ticket', 'sonnet', sdkAgent(SUPPORT, SUPPORT_TOOLS, "Your app charged me twice for the same order and your chat bot keeps telling me to wait. I want this fixed today.", [
    { calls: [call('lookup_customer', { from: 'session' }, '{"customer_id":"c_55102","name":"Priya Raman","orders_last_30d":2}'), call('lookup_order', { customer_id: 'c_55102', last: 2 }, '[{"order_id":"LH-21004","total":64.5,"payment":"captured","created":"2024-11-12T19:02:11Z"},{"order_id":"LH-21005","total":64.5,"payment":"captured","created":"2024-11-12T19:02:14Z","items_same_as":"LH-21004"}]')] },
  ])),
  agent('a2-cc-ci-workflow', 'sonnet', claudeCode('set up GitHub Actions CI: install, lint, typecheck, test on node 20 and 22, cache pnpm', [
    { calls: [glob('.github/**', 'No files found'), read('/home/dev/project/package.json', '{\n  "name": "invoice-service",\n  "packageManager": "pnpm@9.12.0",\n  "scripts": {\n    "lint": "eslint .",\n    "typecheck": "tsc --noEmit",\n    "test": "vitest run"\n  }\n}')] },
  ])),
  agent('a2-ops-dedupe', 'sonnet', sdkAgent(OPS, OPS_TOOLS, 'The CRM export has duplicate customers. Write me the SQL to merge them, keeping the most recently updated record and re-pointing their shipments.', [
    { calls: [call('run_warehouse_sql', { sql: 'SELECT lower(email) e, count(*) FROM customers GROUP BY 1 HAVING count(*) > 1 ORDER BY 2 DESC LIMIT 5' }, '[{"e":"orders@bakerei-lang.de","count":3},{"e":"info@mueller-bau.de","count":2},{"e":"kontakt@gruenhof.de","count":2}]'), call('run_warehouse_sql', { sql: "SELECT column_name FROM information_schema.columns WHERE table_name IN ('customers','shipments')" }, '[customers: id, email, name, updated_at, phone] [shipments: id, customer_id, region, week, delay_h, damaged]')] },
  ])),
];

const flaky = (n: number): Call =>
  bash(
    'pytest tests/integration/test_exports.py -n 8 -q',
    n === 2
      ? '...............F...........\nFAILED tests/integration/test_exports.py::test_export_csv_roundtrip - FileNotFoundError: [Errno 2] No such file or directory: \'/tmp/exports/batch.csv\'\n1 failed, 27 passed in 9.12s'
      : n === 4
        ? '....F.......................\nFAILED tests/integration/test_exports.py::test_export_large - AssertionError: assert 9998 == 10000\n1 failed, 27 passed in 9.40s'
        : '............................\n28 passed in 8.97s',
    n === 2 || n === 4,
  );

const hard: TrafficExample[] = [
  agent('a2-cc-flaky-xdist', 'opus', claudeCode('test_exports fails randomly in CI, maybe 1 run in 4, with different errors each time. Find the real cause and fix it; do not just add retries.', [
    { calls: [flaky(1)] },
    { calls: [flaky(2)] },
    { calls: [flaky(3)] },
    { calls: [flaky(4)] },
    { say: 'The failures differ but both touch the export files. Let me look at how the tests and the exporter use paths.', calls: [read('/home/dev/project/tests/integration/conftest.py', "EXPORT_DIR = '/tmp/exports'\n\n@pytest.fixture(autouse=True)\ndef clean_exports():\n    shutil.rmtree(EXPORT_DIR, ignore_errors=True)\n    os.makedirs(EXPORT_DIR)\n    yield"), grep('batch.csv', 'src/exports/writer.py:31:        tmp = os.path.join(self.dir, "batch.csv")\nsrc/exports/writer.py:38:        os.replace(tmp, final_path)')] },
  ])),
  agent('a2-cc-asyncio-hang', 'opus', claudeCode('the worker hangs after a few hours under load, CPU at 0%, no errors. here is a py-spy dump I took. figure out why it deadlocks.', [
    { calls: [bash('py-spy dump --pid 21877', "Thread 21877 (idle): \"MainThread\"\n    select (selectors.py:468)\n    _run_once (asyncio/base_events.py:1871)\nThread 21903 (idle): \"ThreadPoolExecutor-0_0\"\n    acquire (threading.py:...)\n    emit (logging/__init__.py:1100)\n    _flush_batch (app/metrics.py:64)\n    run (concurrent/futures/thread.py:58)\n\nTask pending: <Task pending name='consume' coro=<consume() running at app/worker.py:88> wait_for=<Future pending cb=[...]>>\nTask pending: <Task pending name='flush' coro=<flush_loop() running at app/metrics.py:41> wait_for=<Future pending>>")] },
    { calls: [read('/home/dev/project/app/metrics.py', "_lock = threading.Lock()\n\nasync def flush_loop():\n    while True:\n        await asyncio.sleep(5)\n        with _lock:\n            batch = _drain()\n        await loop.run_in_executor(None, _flush_batch, batch)\n\ndef _flush_batch(batch):\n    with _lock:\n        _sent.extend(batch)\n    log.info('flushed %d', len(batch))", 35), read('/home/dev/project/app/logging_setup.py', "class MetricsHandler(logging.Handler):\n    def emit(self, record):\n        with metrics._lock:\n            metrics._pending.append(('log', record.levelno))")] },
  ])),
  agent('a2-cc-goroutine-leak', 'opus', claudeCode('memory of the gateway grows ~200MB per hour until it gets OOMKilled. find the leak.', [
    { calls: [bash('curl -s localhost:6060/debug/pprof/goroutine?debug=1 | head -20', "goroutine profile: total 184312\n183990 @ 0x43a8f6 0x44c1b7 0x86f1d5 0x471b41\n#\t0x86f1d4\tgithub.com/acme/gw/upstream.(*Pool).watch+0x94\t/src/upstream/pool.go:77\n\n211 @ 0x43a8f6 ...\n#\tnet/http.(*persistConn).readLoop")] },
    { calls: [read('/home/dev/project/upstream/pool.go', "func (p *Pool) Get(ctx context.Context) (*Conn, error) {\n\tc, err := p.dial(ctx)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tgo p.watch(c)\n\treturn c, nil\n}\n\nfunc (p *Pool) watch(c *Conn) {\n\tfor {\n\t\tselect {\n\t\tcase <-c.closed:\n\t\t\treturn\n\t\tcase ev := <-p.events:\n\t\t\tc.handle(ev)\n\t\t}\n\t}\n}", 60)] },
    { calls: [grep('close\\(c\\.closed\\)|c\\.Close\\(', 'upstream/conn.go:41:\tclose(c.closed)\nupstream/conn.go:38:func (c *Conn) Close() error {')] },
  ])),
  agent('a2-cc-security-pr', 'opus', claudeCode('review PR #412 (file uploads + share links) for security problems before we merge. be thorough.', [
    { calls: [bash('gh pr diff 412', "+@app.post('/upload')\n+def upload():\n+    f = request.files['file']\n+    dest = os.path.join(UPLOAD_ROOT, request.form['folder'], f.filename)\n+    f.save(dest)\n+    return {'path': dest}\n+\n+@app.get('/share/<token>')\n+def share(token):\n+    data = pickle.loads(base64.urlsafe_b64decode(token))\n+    if data['expires'] < time.time():\n+        abort(410)\n+    return send_file(data['path'])\n+\n+def make_share_token(path, ttl=3600):\n+    return base64.urlsafe_b64encode(pickle.dumps({'path': path, 'expires': time.time() + ttl})).decode()")] },
  ])),
  agent('a2-cc-link-errors', 'opus', claudeCode('the build broke after upgrading to OpenSSL 3 and I have been fighting it for two hours. make it build.', [
    { calls: [bash('cmake --build build -j8 2>&1 | tail -5', "/usr/bin/ld: libnet.a(tls.c.o): in function `tls_init':\ntls.c:(.text+0x1f4): undefined reference to `SSL_library_init'\n/usr/bin/ld: tls.c:(.text+0x21a): undefined reference to `ERR_load_crypto_strings'\ncollect2: error: ld returned 1 exit status", true)] },
    { say: 'Those are 1.1 APIs removed in 3.0. Let me replace them with OPENSSL_init_ssl and rebuild.', calls: [edit('/home/dev/project/src/net/tls.c', 'SSL_library_init();\n    ERR_load_crypto_strings();', 'OPENSSL_init_ssl(0, NULL);')] },
    { calls: [bash('cmake --build build -j8 2>&1 | tail -5', "/usr/bin/ld: libnet.a(tls.c.o): in function `tls_init':\ntls.c:(.text+0x1f4): undefined reference to `OPENSSL_init_ssl'\ncollect2: error: ld returned 1 exit status", true)] },
    { calls: [bash('grep -n "OPENSSL\\|ssl" CMakeLists.txt; ls /usr/lib/x86_64-linux-gnu | grep -E "libssl|libcrypto"', 'CMakeLists.txt:14:find_package(OpenSSL 1.1 REQUIRED)\nCMakeLists.txt:40:target_link_libraries(net PRIVATE ${OPENSSL_LIBRARIES} ${CMAKE_SOURCE_DIR}/third_party/openssl/lib/libssl.a)\nlibcrypto.so.3\nlibssl.so.3')] },
    { calls: [bash('rm -rf build && cmake -B build && cmake --build build -j8 2>&1 | tail -4', "-- Found OpenSSL: /usr/lib/x86_64-linux-gnu/libcrypto.so (found suitable version \"3.0.13\", minimum required is \"1.1\")\n/usr/bin/ld: third_party/openssl/lib/libssl.a(ssl_lib.o): undefined reference to `EVP_MD_CTX_md'\n/usr/bin/ld: third_party/openssl/lib/libssl.a(ssl_init.o): multiple definition of `OPENSSL_init_ssl'\ncollect2: error: ld returned 1 exit status", true)] },
  ])),
  agent('a2-ledger-drift', 'opus', sdkAgent(OPS, OPS_TOOLS, "Finance says the invoice ledger and the payments ledger disagree by 4,812.37 EUR for October. Every invoice matches its payment when they check by hand. Figure out where the difference comes from.", [
    { calls: [call('run_warehouse_sql', { sql: "SELECT sum(total) FROM invoices WHERE month = '2024-10'" }, '[{"sum":"1904455.12"}]'), call('run_warehouse_sql', { sql: "SELECT sum(amount) FROM payments WHERE month = '2024-10'" }, '[{"sum":"1899642.75"}]')] },
    { calls: [call('run_warehouse_sql', { sql: "SELECT currency, count(*), sum(i.total - p.amount) diff FROM invoices i JOIN payments p USING (invoice_id) WHERE i.month='2024-10' GROUP BY 1" }, '[{"currency":"EUR","count":40122,"diff":"0.00"},{"currency":"PLN","count":3811,"diff":"-0.41"},{"currency":"CZK","count":2290,"diff":"0.37"}]')] },
    { calls: [call('run_warehouse_sql', { sql: "SELECT count(*) FROM invoices i WHERE month='2024-10' AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.invoice_id = i.invoice_id)" }, '[{"count":0}]'), call('run_warehouse_sql', { sql: "SELECT count(*), sum(amount) FROM payments p WHERE month='2024-10' AND invoice_id IN (SELECT invoice_id FROM payments GROUP BY 1 HAVING count(*) > 1)" }, '[{"count":0,"sum":null}]')] },
  ])),
  agent('a2-cc-bench-regression', 'opus', claudeCode("after the refactor in the last 3 commits the parser benchmark is 3x slower and I don't see why. find it.", [
    { calls: [bash('cargo bench --bench parse -- --save-baseline new 2>&1 | grep -A2 "parse/large"', 'parse/large_json      time:   [41.2 ms 41.5 ms 41.9 ms]\n                      change: [+198.31% +201.04% +203.77%] (p = 0.00 < 0.05)\n                      Performance has regressed.')] },
    { calls: [bash('git log --oneline -3 && git diff HEAD~3 --stat', "a91c2e3 parser: return Cow<str> instead of String for keys\n4be07d1 parser: make Token generic over the input lifetime\n77f0aa1 parser: use SmallVec for object members\n src/parser.rs | 142 +++++++++++---------\n src/token.rs  |  38 +++---")] },
    { calls: [bash('perf record -g target/release/deps/parse-* --bench parse/large_json && perf report --stdio | head -12', '  38.12%  parse  libc.so.6   [.] __memmove_avx_unaligned_erms\n  17.40%  parse  parse       [.] smallvec::SmallVec<A>::try_grow\n  11.03%  parse  parse       [.] <alloc::borrow::Cow<B> as Clone>::clone\n   6.90%  parse  parse       [.] parser::Parser::parse_object')] },
  ])),
  agent('a2-sqlite-corrupt', 'opus', claudeCode('our Android app reports "database disk image is malformed" for ~0.2% of users after the last release. the release moved sync into a separate process. figure out how the DB gets corrupted.', [
    { calls: [grep('SQLiteDatabase.openDatabase|enableWriteAheadLogging|setLockingEnabled', 'app/src/main/java/com/acme/db/Db.kt:22:    SQLiteDatabase.openDatabase(path, null, OPEN_READWRITE or CREATE_IF_NECESSARY)\napp/src/main/java/com/acme/db/Db.kt:23:        .also { it.enableWriteAheadLogging() }\nsync/src/main/java/com/acme/sync/SyncDb.kt:15:    val db = SQLiteDatabase.openDatabase(File(ctx.filesDir, "app.db").path, null, OPEN_READWRITE)'), read('/home/dev/project/sync/src/main/AndroidManifest.xml', '<service android:name=".SyncService" android:process=":sync" android:exported="false" />')] },
    { calls: [bash('adb shell run-as com.acme ls -la files/ databases/', 'files/:\n-rw------- app.db\n-rw------- app.db-journal\ndatabases/:\n-rw------- app.db -> ../files/app.db\n-rw------- app.db-wal\n-rw------- app.db-shm')] },
  ])),
  agent('a2-sre-oomkilled', 'opus', sdkAgent(SRE, SRE_TOOLS, 'payments-api pods keep getting OOMKilled a few times a day since Tuesday, but the memory dashboard shows them at 60% of the limit. Nobody changed the memory settings. Find out what is going on.', [
    { calls: [call('kubectl', { args: 'get pods -n payments -l app=payments-api' }, 'NAME                            READY STATUS    RESTARTS      AGE\npayments-api-7c9f8d6b5-2xk4q    1/1   Running   7 (2h ago)    3d\npayments-api-7c9f8d6b5-h8s2m    1/1   Running   5 (41m ago)   3d\npayments-api-7c9f8d6b5-vq9tn    1/1   Running   6 (5h ago)    3d'), call('get_deploy_history', { service: 'payments-api', since: '7d' }, '[{"at":"Tue 10:14","change":"base image node:20.11-alpine -> node:20.11-bookworm-slim"},{"at":"Tue 10:14","change":"added sharp@0.33 for receipt thumbnails"}]')] },
    { calls: [call('query_prometheus', { query: 'max_over_time(container_memory_working_set_bytes{pod=~"payments-api.*"}[5m])' }, 'peak 1.21 GiB of limit 2 GiB; scrape interval 30s'), call('query_logs', { query: 'payments-api "OOMKilled" OR "memory" last 24h' }, 'kernel: Memory cgroup out of memory: Killed process 1 (node) total-vm:9.8G, anon-rss:2.0G, file-rss:0k\n(node) heapUsed 310MB at last health log 20s before kill')] },
  ])),
  agent('a2-java-cme', 'opus', claudeCode('ConcurrentModificationException in prod, maybe twice a day, never in tests. stack trace below. fix it properly.\n\njava.util.ConcurrentModificationException\n\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)\n\tat java.base/java.util.ArrayList$Itr.next(ArrayList.java:1049)\n\tat com.acme.pricing.RuleSet.apply(RuleSet.java:57)\n\tat com.acme.pricing.PriceService.quote(PriceService.java:112)', [
    { calls: [read('/home/dev/project/src/main/java/com/acme/pricing/RuleSet.java', 'public final class RuleSet {\n  private final List<Rule> rules = Collections.synchronizedList(new ArrayList<>());\n\n  public void reload(List<Rule> fresh) {\n    rules.clear();\n    rules.addAll(fresh);\n  }\n\n  public BigDecimal apply(Quote q) {\n    BigDecimal price = q.base();\n    for (Rule r : rules) {\n      price = r.apply(price, q);\n    }\n    return price;\n  }\n}', 40)] },
    { calls: [grep('ruleSet.reload', 'src/main/java/com/acme/pricing/RuleRefresher.java:28:    ruleSet.reload(repo.loadActiveRules());')] },
  ])),
  agent('a2-refund-fraud', 'opus', sdkAgent(OPS, OPS_TOOLS, 'Refunds in the Poznan region tripled in the last 6 weeks, but damage reports did not. Work out whether this is fraud, and if so how it is being done and who is involved.', [
    { calls: [call('run_warehouse_sql', { sql: "SELECT week, count(*) refunds, sum(amount) FROM refunds WHERE region='Poznan' GROUP BY 1 ORDER BY 1 DESC LIMIT 8" }, '[{"week":46,"refunds":412,"sum":"38110"},{"week":45,"refunds":398},{"week":44,"refunds":377},{"week":43,"refunds":290},{"week":42,"refunds":251},{"week":41,"refunds":140},{"week":40,"refunds":131},{"week":39,"refunds":128}]')] },
    { calls: [call('run_warehouse_sql', { sql: "SELECT approved_by, reason, count(*) FROM refunds WHERE region='Poznan' AND week >= 41 GROUP BY 1,2 ORDER BY 3 DESC LIMIT 6" }, '[{"approved_by":"agent_2291","reason":"not_delivered","count":913},{"approved_by":"agent_1120","reason":"damaged","count":118},{"approved_by":"agent_1187","reason":"damaged","count":96}]'), call('run_warehouse_sql', { sql: "SELECT count(DISTINCT customer_id), count(DISTINCT payout_iban) FROM refunds WHERE approved_by='agent_2291' AND week >= 41" }, '[{"count":688,"count_iban":9}]')] },
  ])),
  agent('a2-cc-cache-stale', 'opus', claudeCode("after we added the second region, some users see their old avatar for hours after changing it, but only sometimes. we invalidate the cache on update. I've checked the invalidation code three times. dig in.", [
    { calls: [read('/home/dev/project/src/users/avatar.ts', "export async function updateAvatar(userId: string, url: string) {\n  await db.users.update(userId, { avatarUrl: url });\n  await cache.del(`user:${userId}`);\n  await bus.publish('user.updated', { userId });\n}", 10), read('/home/dev/project/src/users/get.ts', "export async function getUser(id: string) {\n  const hit = await cache.get(`user:${id}`);\n  if (hit) return hit;\n  const row = await replica.users.get(id);\n  await cache.set(`user:${id}`, row, { ttl: 6 * 3600 });\n  return row;\n}")] },
    { calls: [bash("grep -h 'replication lag' logs/db-*.log | tail -3", 'eu-west replica: replication lag 0.4s\nus-east replica: replication lag 2.7s\nus-east replica: replication lag 11.2s')] },
  ])),
  agent('a2-cc-jwt-audit', 'opus', claudeCode('we got a report that someone can log in as other users on the partner API. audit the auth middleware and token code and tell me how, then fix it.', [
    { calls: [read('/home/dev/project/src/auth/middleware.ts', "export const partnerAuth = async (req, res, next) => {\n  const token = req.headers.authorization?.replace('Bearer ', '') ?? '';\n  const [header] = token.split('.');\n  const alg = JSON.parse(Buffer.from(header, 'base64url').toString()).alg;\n  const key = alg === 'HS256' ? process.env.PARTNER_SECRET : await getPublicKey();\n  const claims = jwt.verify(token, key, { algorithms: [alg] });\n  req.partner = claims.sub;\n  next();\n};"), grep('getPublicKey', "src/auth/keys.ts:4:export const getPublicKey = async () => fs.readFile('keys/partner.pub', 'utf8');")] },
  ])),
];

export const secondAgenticExamples: TrafficExample[] = [...trivial, ...everyday, ...hard];

/** Claude Code's Task tool (sub-agents), which later batches add to its tools. */
export const TASK_TOOL = { name: 'Task', description: 'Launch a new agent to handle complex, multi-step tasks autonomously.', input_schema: { type: 'object', properties: { description: { type: 'string' }, prompt: { type: 'string' }, subagent_type: { type: 'string' } }, required: ['description', 'prompt'] } };

/**
 * Claude Code with its Task tool as well; `reminders` adds a `<system-reminder>` text block to the user turn that
 * answers round N (a todo nudge, a file opened in the IDE, a file changed by the user).
 */
export const claudeCodeWithTasks = (task: string, rounds: readonly Round[], options: { claudeMd?: string; after?: string; reminders?: Record<number, string> } = {}): MessagesBody => {
  const body = claudeCode(task, rounds, options);
  const messages = body.messages.map((message, i) => {
    const text = options.reminders?.[(i - 2) / 2];
    if (!text || !Array.isArray(message.content)) return message;
    return { ...message, content: [...message.content, { type: 'text' as const, text: `<system-reminder>\n${text}\n</system-reminder>` }] };
  });
  return { ...body, messages, tools: [...(body.tools ?? []), TASK_TOOL] };
};

/** A TodoWrite call: the first `done` items completed, the next in progress. */
export const todo = (items: string[], done = 0): Call => ({
  name: 'TodoWrite',
  input: { todos: items.map((content, i) => ({ content, status: i < done ? 'completed' : i === done ? 'in_progress' : 'pending', id: String(i + 1) })) },
  result: 'Todos have been modified successfully. Ensure that you continue to use the todo list to track your progress. Please proceed with the current tasks if applicable',
});

/** A Task call (a sub-agent) and what it reported. */
export const task = (description: string, prompt: string, result: string): Call => call('Task', { description, prompt, subagent_type: 'general-purpose' }, result);
