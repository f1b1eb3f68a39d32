import type { MessagesBody } from '../../../src/messages/schema.js';
import { agent, type TrafficExample } from './build.js';
import { bash, call, claudeCode, edit, glob, grep, read, sdkAgent, write, type Call, type Round } from './agentic-second.js';

/**
 * Eighth agentic batch (session 10, names `a8-`), written blind (the router was not run while writing): two thirds
 * in Claude Code's shape (cached system prompt, its tools plus Task, CLAUDE.md reminders, TodoWrite, histories of 2
 * to 25 rounds) on projects new to the set (Rails, a Rust CLI, a Kotlin Android app, dbt on Snowflake, Terraform on
 * AWS, Elixir/Phoenix, a C++ engine), one third Agent SDK / internal agents (county service desk, Salesforce,
 * Snowflake analytics, a procurement browser agent, k8s platform, insurance claims, airline crew control, utility
 * billing). The label is the next step's difficulty as an operator would choose it.
 */

const MD_RAILS = '# Harbor (Rails 7.1, Ruby 3.3)\n- `bin/rails test` and `bundle exec rubocop` before every commit\n- background jobs are Sidekiq (app/sidekiq), never ActiveJob inline\n- never edit db/schema.rb by hand';
const MD_RUST = '# sluice (Rust CLI + library)\n- `cargo test --all-features`, `cargo clippy --all-targets -- -D warnings`\n- no unwrap()/expect() outside tests\n- MSRV 1.74, keep it';
const MD_KOTLIN = '# Pantry for Android\n- `./gradlew testDebugUnitTest` and `./gradlew ktlintCheck`\n- Jetpack Compose, Hilt, Room, Retrofit + OkHttp\n- minSdk 26, targetSdk 35';
const MD_DBT = '# analytics-dbt (Snowflake)\n- `dbt build -s state:modified+ --defer --state prod-artifacts`\n- layers: staging -> intermediate -> marts; no source() outside staging\n- every mart has unique + not_null tests on its grain';
const MD_TF = '# infra (Terraform 1.9, AWS)\n- NEVER apply from a laptop: plan only, CI applies after review\n- modules/ for modules, envs/{staging,prod} for roots\n- tflint and checkov run in pre-commit';
const MD_EX = '# relay (Elixir 1.17, Phoenix 1.7)\n- `mix test`, `mix credo --strict`, `mix format --check-formatted`\n- contexts in lib/relay, web in lib/relay_web\n- Oban for background jobs, queues in config/config.exs';
const MD_CPP = '# kestrel (C++20 engine, CMake)\n- `cmake --preset dev && cmake --build --preset dev && ctest --preset dev`\n- clang-tidy must be clean; no exceptions across the C API (src/capi)\n- threading: job system in src/core/jobs, never std::thread directly';

const TASK_TOOL = { name: 'Task', description: 'Launch a new agent to handle complex, multi-step tasks autonomously.', input_schema: { type: 'object', properties: { description: { type: 'string' }, prompt: { type: 'string' }, subagent_type: { type: 'string' } }, required: ['description', 'prompt'] } };
/** Claude Code with its Task tool as well. */
const cc = (task: string, rounds: readonly Round[], options: { claudeMd?: string; after?: string } = {}): MessagesBody => {
  const body = claudeCode(task, rounds, options);
  return { ...body, tools: [...(body.tools ?? []), TASK_TOOL] };
};
const todo = (items: string[], done = 0): Call => ({
  name: 'TodoWrite',
  input: { todos: items.map((content, i) => ({ content, status: i < done ? 'completed' : i === done ? 'in_progress' : 'pending', id: String(i + 1) })) },
  result: 'Todos have been modified successfully. Ensure that you continue to use the todo list to track your progress. Please proceed with the current tasks if applicable',
});
const task = (description: string, prompt: string, result: string): Call => ({ name: 'Task', input: { description, prompt, subagent_type: 'general-purpose' }, result });

const H = '/Users/priya/code/harbor';
const S = '/home/tomasz/src/sluice';
const K = '/Users/ines/AndroidStudioProjects/pantry';
const D = '/home/obi/analytics-dbt';
const T = '/home/rkaur/infra';
const E = '/home/matteo/relay';
const C = '/home/yuki/kestrel';

const DESK = 'You are the IT service desk agent for Halden County government. Use the ServiceNow tools for every fact. Be polite and plain; many callers are not technical. P1 incidents must be assigned to a human within 15 minutes.';
const DESK_TOOLS = ['snow_get_incident', 'snow_search_incidents', 'snow_update_incident', 'snow_assign', 'snow_search_kb'];
const SALES = 'You are the sales ops assistant at Ostrava Robotics. You have read/write access to Salesforce. Keep answers short; never change an opportunity stage unless the rep asks.';
const SALES_TOOLS = ['sf_soql', 'sf_get_opportunity', 'sf_update_opportunity', 'sf_log_activity'];
const BASKET = 'You are the analytics assistant of Basket, a grocery delivery company. Query Snowflake (schema ANALYTICS.MARTS unless told otherwise), show the SQL you ran, and flag data caveats.';
const BASKET_TOOLS = ['snowflake_query', 'snowflake_describe', 'list_tables'];
const PROCURE = 'You are the procurement research agent of Meridian Health. You browse vendor websites with the browser tools and report facts with the URL you read them on. Do not submit forms unless asked.';
const PROCURE_TOOLS = ['browser_navigate', 'browser_get_text', 'browser_click', 'browser_fill', 'browser_screenshot'];
const PLATFORM = 'You are the platform assistant for Kinnear Bank\'s Kubernetes estate (EKS, Argo CD, Istio). Read-only unless the engineer confirms. Report evidence first, then hypotheses.';
const PLATFORM_TOOLS = ['kubectl', 'argocd_app', 'prom_query', 'istio_proxy_config', 'loki_query'];
const CLAIMS = 'You are the claims assistant at Bramble Mutual (home and contents insurance). Use the claims system tools. Summarise coverage with policy wording references; a licensed adjuster makes every final decision.';
const CLAIMS_TOOLS = ['get_claim', 'get_policy', 'list_claims', 'fraud_signals', 'add_claim_note'];
const CREW = 'You are the crew control assistant of Skerry Air (regional airline, EASA FTL rules apply). Use the ops tools; never roster a crew member into an illegal duty.';
const CREW_TOOLS = ['get_flight', 'get_crew_duty', 'list_reserve_crew', 'ftl_check', 'propose_swap'];
const UTIL = 'You are the billing support agent of Fenwater Utilities. Use the billing and meter tools; amounts in GBP to the penny; explain charges plainly.';
const UTIL_TOOLS = ['get_account', 'get_meter_reads', 'get_bills', 'get_tariff', 'create_rebill_request'];

const railsSession: Round[] = [
  { calls: [todo(['migration: invoices.reminder_sent_at', 'OverdueReminderJob (Sidekiq)', 'mailer + template', 'schedule daily in sidekiq-cron', 'tests'])] },
  { calls: [bash('bin/rails g migration AddReminderSentAtToInvoices reminder_sent_at:datetime', '      invoke  active_record\n      create    db/migrate/20261207211402_add_reminder_sent_at_to_invoices.rb')] },
  { calls: [bash('bin/rails db:migrate', '== 20261207211402 AddReminderSentAtToInvoices: migrating ======================\n-- add_column(:invoices, :reminder_sent_at, :datetime)\n   -> 0.0041s\n== 20261207211402 AddReminderSentAtToInvoices: migrated (0.0042s) =============')] },
  { calls: [read(`${H}/app/models/invoice.rb`, "class Invoice < ApplicationRecord\n  belongs_to :account\n  has_many :line_items, dependent: :destroy\n\n  enum :status, { draft: 0, open: 1, paid: 2, void: 3 }\n\n  scope :open_for, ->(account) { open.where(account:) }\nend")] },
  { calls: [edit(`${H}/app/models/invoice.rb`, '  scope :open_for, ->(account) { open.where(account:) }', "  scope :open_for, ->(account) { open.where(account:) }\n  scope :needing_reminder, -> { open.where(due_on: ...Date.current).where(reminder_sent_at: nil) }")] },
  { calls: [todo(['migration: invoices.reminder_sent_at', 'OverdueReminderJob (Sidekiq)', 'mailer + template', 'schedule daily in sidekiq-cron', 'tests'], 1)] },
  { calls: [glob('app/sidekiq/*.rb', `${H}/app/sidekiq/sync_bank_feed_job.rb\n${H}/app/sidekiq/export_ledger_job.rb`)] },
  { calls: [read(`${H}/app/sidekiq/export_ledger_job.rb`, "class ExportLedgerJob\n  include Sidekiq::Job\n  sidekiq_options queue: :low, retry: 3\n\n  def perform(account_id)\n    account = Account.find(account_id)\n    LedgerExport.new(account).call\n  end\nend")] },
  { calls: [write(`${H}/app/sidekiq/overdue_reminder_job.rb`)] },
  { calls: [bash('bin/rails g mailer InvoiceMailer overdue_reminder', '      create  app/mailers/invoice_mailer.rb\n      invoke  erb\n      create    app/views/invoice_mailer/overdue_reminder.text.erb\n      create    app/views/invoice_mailer/overdue_reminder.html.erb\n      invoke  test_unit\n      create    test/mailers/invoice_mailer_test.rb\n      create    test/mailers/previews/invoice_mailer_preview.rb')] },
  { calls: [write(`${H}/app/mailers/invoice_mailer.rb`), write(`${H}/app/views/invoice_mailer/overdue_reminder.text.erb`), write(`${H}/app/views/invoice_mailer/overdue_reminder.html.erb`)] },
  { calls: [todo(['migration: invoices.reminder_sent_at', 'OverdueReminderJob (Sidekiq)', 'mailer + template', 'schedule daily in sidekiq-cron', 'tests'], 3)] },
  { calls: [read(`${H}/config/schedule.yml`, "sync_bank_feed:\n  cron: '*/15 * * * *'\n  class: SyncBankFeedJob\nexport_ledger_nightly:\n  cron: '0 2 * * *'\n  class: NightlyLedgerExportJob")] },
  { calls: [edit(`${H}/config/schedule.yml`, "export_ledger_nightly:\n  cron: '0 2 * * *'\n  class: NightlyLedgerExportJob", "export_ledger_nightly:\n  cron: '0 2 * * *'\n  class: NightlyLedgerExportJob\noverdue_reminders:\n  cron: '0 9 * * 1-5'\n  class: OverdueReminderJob")] },
  { calls: [todo(['migration: invoices.reminder_sent_at', 'OverdueReminderJob (Sidekiq)', 'mailer + template', 'schedule daily in sidekiq-cron', 'tests'], 4)] },
  { calls: [write(`${H}/test/sidekiq/overdue_reminder_job_test.rb`), write(`${H}/test/mailers/invoice_mailer_test.rb`)] },
  { calls: [bash('bin/rails test test/sidekiq/overdue_reminder_job_test.rb test/mailers/invoice_mailer_test.rb', 'Running 7 tests in a single process (parallelization threshold is 50)\nRun options: --seed 40112\n\n# Running:\n\n.....F.\n\nFailure:\nInvoiceMailerTest#test_overdue_reminder [test/mailers/invoice_mailer_test.rb:14]:\nExpected: "Reminder: invoice INV-1042 is overdue"\n  Actual: "Reminder: invoice  is overdue"\n\n7 runs, 18 assertions, 1 failures, 0 errors, 0 skips', true)] },
  { calls: [read(`${H}/app/mailers/invoice_mailer.rb`, "class InvoiceMailer < ApplicationMailer\n  def overdue_reminder\n    @invoice = params[:invoice]\n    mail to: @invoice.account.billing_email, subject: \"Reminder: invoice #{@invoice.reference} is overdue\"\n  end\nend")] },
  { calls: [grep('def number|reference', 'app/models/invoice.rb:12:  def number = "INV-#{id.to_s.rjust(4, \'0\')}"')] },
  { calls: [edit(`${H}/app/mailers/invoice_mailer.rb`, '#{@invoice.reference}', '#{@invoice.number}')] },
  { calls: [bash('bin/rails test && bundle exec rubocop', 'Running 412 tests in parallel using 8 processes\n\nFinished in 21.884s, 18.8268 runs/s, 61.4512 assertions/s.\n412 runs, 1347 assertions, 0 failures, 0 errors, 0 skips\nInspecting 188 files\n............................................................................................................................................................................................\n\n188 files inspected, no offenses detected')] },
  { calls: [todo(['migration: invoices.reminder_sent_at', 'OverdueReminderJob (Sidekiq)', 'mailer + template', 'schedule daily in sidekiq-cron', 'tests'], 5)] },
  { calls: [bash('git checkout -b feat/overdue-reminders && git add -A && git commit -m "Send overdue invoice reminders on weekdays"', "Switched to a new branch 'feat/overdue-reminders'\n[feat/overdue-reminders 9d04be1] Send overdue invoice reminders on weekdays\n 11 files changed, 163 insertions(+), 2 deletions(-)")] },
];

const trivial: TrafficExample[] = [
  agent('a8-cc-rails-push-after-session', 'haiku', cc('overdue invoices should get a reminder email once, on weekday mornings. job + mailer + tests pls', railsSession, { claudeMd: MD_RAILS, after: 'nice. push the branch' })),
  agent('a8-cc-rails-stale-pid', 'haiku', cc('start the rails server', [
    { calls: [bash('bin/rails s', '=> Booting Puma\n=> Rails 7.1.5 application starting in development\n=> Run `bin/rails server --help` for more startup options\nA server is already running (pid: 48213, file: /Users/priya/code/harbor/tmp/pids/server.pid).\nExiting', true)] },
    { calls: [bash('ps -p 48213 -o pid,comm', '  PID COMM')] },
  ], { claudeMd: MD_RAILS })),
  agent('a8-cc-rust-clippy-clean', 'haiku', cc('clippy?', [
    { calls: [bash('cargo clippy --all-targets -- -D warnings', '    Checking sluice v0.7.2 (/home/tomasz/src/sluice)\n    Finished `dev` profile [unoptimized + debuginfo] target(s) in 4.81s')] },
  ], { claudeMd: MD_RUST })),
  agent('a8-cc-kotlin-version-code', 'haiku', cc('bump the app version to 3.14.0 for the release', [
    { calls: [grep('versionCode|versionName', 'app/build.gradle.kts:17:        versionCode = 3130\napp/build.gradle.kts:18:        versionName = "3.13.2"')] },
  ], { claudeMd: MD_KOTLIN })),
  agent('a8-cc-dbt-build-green', 'haiku', cc('dbt build the orders mart and its parents', [
    { calls: [bash('dbt build -s +fct_orders', '21:04:11  Running with dbt=1.8.7\n21:04:13  Found 214 models, 611 data tests, 38 sources, 1012 macros\n21:04:13  Concurrency: 8 threads (target=\'dev_obi\')\n21:05:47  Finished running 9 view models, 3 table models, 1 incremental model, 41 data tests in 0 hours 1 minutes and 34.12 seconds (94.12s).\n21:05:47  \n21:05:47  Completed successfully\n21:05:47  \n21:05:47  Done. PASS=54 WARN=0 ERROR=0 SKIP=0 TOTAL=54')] },
  ], { claudeMd: MD_DBT })),
  agent('a8-cc-tf-bastion-type', 'haiku', cc("what instance type is the prod bastion?", [
    { calls: [grep('bastion', 'envs/prod/bastion.tf:3:module "bastion" {\nenvs/prod/bastion.tf:4:  source        = "../../modules/bastion"\nenvs/prod/bastion.tf:6:  instance_type = "t4g.small"\nenvs/staging/bastion.tf:6:  instance_type = "t4g.nano"')] },
  ], { claudeMd: MD_TF })),
  agent('a8-cc-elixir-format', 'haiku', cc('run the formatter', [
    { calls: [bash('mix format && git status --short', ' M lib/relay/deliveries.ex\n M test/relay/deliveries_test.exs')] },
  ], { claudeMd: MD_EX })),
  agent('a8-cc-cpp-test-count', 'haiku', cc('how many tests are in the suite now?', [
    { calls: [bash('ctest --preset dev -N | tail -3', '  Test #318: jobs.work_stealing_fairness\n\nTotal Tests: 318')] },
  ], { claudeMd: MD_CPP })),
  agent('a8-cc-cpp-who-changed-preset', 'haiku', cc('who changed CMakePresets.json last and when', [
    { calls: [bash('git log -1 --format="%an <%ae>%n%ad%n%s" -- CMakePresets.json', 'Sanna Virtanen <sanna@kestrel.dev>\nThu Dec 3 16:41:09 2026 +0200\nbuild: add asan-ubsan preset')] },
  ])),
  agent('a8-cc-rust-rename-local', 'haiku', cc('in src/split.rs rename `cnt` to `chunk_count`, it is only used in that function', [
    { calls: [grep('cnt', 'src/split.rs:41:    let mut cnt = 0usize;\nsrc/split.rs:47:        cnt += 1;\nsrc/split.rs:52:    debug!("split into {cnt} chunks");\nsrc/split.rs:53:    Ok(cnt)')] },
  ], { claudeMd: MD_RUST })),
  agent('a8-cc-task-feature-flags', 'haiku', cc('where do we define feature flags in the android app?', [
    { calls: [task('Find feature flag definitions', 'Find where feature flags are defined and read in the Pantry Android app. Report files and the mechanism.', 'Feature flags are defined in core/config/src/main/java/app/pantry/config/Flags.kt as an enum `Flag` (11 entries, each with a key and a default, e.g. `RECIPE_IMPORT("recipe_import", false)`). Values come from Firebase Remote Config via `RemoteFlags` in the same module (fetched on app start, cached 12 h) and are read through the injected `FlagReader` interface, e.g. `flagReader.isOn(Flag.RECIPE_IMPORT)` in feature/recipes/RecipesViewModel.kt:58. Debug builds can override them in the hidden developer menu (DebugFlagsScreen.kt).')] },
  ], { claudeMd: MD_KOTLIN })),
  agent('a8-cc-ktlint-format', 'haiku', cc('ktlint is complaining on CI, can you fix formatting', [
    { calls: [bash('./gradlew ktlintCheck', '> Task :feature:lists:ktlintMainSourceSetCheck FAILED\n/Users/ines/AndroidStudioProjects/pantry/feature/lists/src/main/java/app/pantry/lists/ListScreen.kt:44:1 Unexpected indentation (8) (should be 12)\n/Users/ines/AndroidStudioProjects/pantry/feature/lists/src/main/java/app/pantry/lists/ListScreen.kt:71:38 Missing trailing comma before ")"\n\nBUILD FAILED in 9s', true)] },
    { calls: [bash('./gradlew ktlintFormat && ./gradlew ktlintCheck', '> Task :feature:lists:ktlintMainSourceSetFormat\n> Task :feature:lists:ktlintMainSourceSetCheck\n\nBUILD SUCCESSFUL in 12s\n41 actionable tasks: 6 executed, 35 up-to-date')] },
  ], { claudeMd: MD_KOTLIN })),
  agent('a8-cc-tf-fmt', 'haiku', cc('terraform fmt everything', [
    { calls: [bash('terraform fmt -recursive', 'envs/staging/queues.tf\nmodules/sqs_queue/variables.tf')] },
  ], { claudeMd: MD_TF })),
  agent('a8-desk-ticket-status', 'haiku', sdkAgent(DESK, DESK_TOOLS, "Hi this is Marge from the Clerk's office, I called Monday about the scanner on the second floor not working, ticket INC0048812. Any news?", [
    { calls: [call('snow_get_incident', { number: 'INC0048812' }, '{"number":"INC0048812","short_description":"Scanner 2F Clerk\'s office not sending to email","state":"In Progress","assigned_to":"Dwayne Ochs","priority":"P4","work_notes":[{"at":"2026-12-08 10:12","by":"Dwayne Ochs","text":"SMTP relay password expired on the device. New password requested from Exchange team, will apply Wed AM."}]}')] },
  ])),
  agent('a8-sales-opp-owner', 'haiku', sdkAgent(SALES, SALES_TOOLS, 'who owns the Vitkovice Steel renewal and what stage is it in?', [
    { calls: [call('sf_soql', { q: "SELECT Id, Name, Owner.Name, StageName, Amount, CloseDate FROM Opportunity WHERE Account.Name LIKE 'Vitkovice Steel%' AND Type = 'Renewal' AND IsClosed = false" }, '[{"Id":"0068d00000Bz1QAAS","Name":"Vitkovice Steel - 2027 renewal","Owner":{"Name":"Lenka Horakova"},"StageName":"Negotiation","Amount":412000,"CloseDate":"2027-01-31"}]')] },
  ])),
  agent('a8-basket-orders-yesterday', 'haiku', sdkAgent(BASKET, BASKET_TOOLS, 'how many orders did we deliver in Leeds yesterday?', [
    { calls: [call('snowflake_query', { sql: "SELECT COUNT(*) AS orders FROM ANALYTICS.MARTS.FCT_ORDERS WHERE city = 'Leeds' AND status = 'delivered' AND delivered_at::date = CURRENT_DATE - 1" }, '[{"ORDERS":3184}]')] },
  ])),
  agent('a8-procure-list-price', 'haiku', sdkAgent(PROCURE, PROCURE_TOOLS, "What's the list price of the Cardiolink CL-7 patient monitor on the vendor's site?", [
    { calls: [call('browser_navigate', { url: 'https://www.cardiolink-medical.com/products/cl-7' }, 'Navigated. Title: "CL-7 Bedside Patient Monitor | Cardiolink Medical"')] },
    { calls: [call('browser_get_text', { selector: 'main' }, 'CL-7 Bedside Patient Monitor\n12.1" touchscreen · 5-lead ECG · SpO2 · NIBP · Temp\nList price: $6,450.00 (USD, excl. tax and shipping)\nVolume pricing available for 10+ units – contact sales.\nWarranty: 3 years parts and labour')] },
  ])),
  agent('a8-platform-image-version', 'haiku', sdkAgent(PLATFORM, PLATFORM_TOOLS, 'which image tag is payments-api running in prod right now?', [
    { calls: [call('kubectl', { args: 'get deploy payments-api -n payments -o jsonpath={.spec.template.spec.containers[*].image}', context: 'eks-prod-euw1' }, '123456789012.dkr.ecr.eu-west-1.amazonaws.com/payments-api:2026.12.04-3f9a1c2 123456789012.dkr.ecr.eu-west-1.amazonaws.com/istio/proxyv2:1.23.2')] },
  ])),
  agent('a8-claims-status', 'haiku', sdkAgent(CLAIMS, CLAIMS_TOOLS, 'Status of claim BM-2026-118402 please, the customer is on the phone', [
    { calls: [call('get_claim', { claim_id: 'BM-2026-118402' }, '{"claim_id":"BM-2026-118402","policyholder":"Aled Pritchard","peril":"escape of water","status":"Awaiting contractor quote","adjuster":"Rhian Morgan","opened":"2026-11-19","last_update":"2026-12-04: drying company on site until 10 Dec, quote for kitchen floor expected after","reserve":4200}')] },
  ])),
  agent('a8-crew-gate', 'haiku', sdkAgent(CREW, CREW_TOOLS, 'SK412 tonight, what time is it due off blocks and who is the captain?', [
    { calls: [call('get_flight', { flight: 'SK412', date: '2026-12-07' }, '{"flight":"SK412","route":"BRS-GCI","std":"19:40","etd":"19:40","aircraft":"G-SKRB (ATR 72-600)","crew":[{"role":"CPT","name":"Fiona Daly","id":"C1187"},{"role":"FO","name":"Joel Mensah","id":"C2210"},{"role":"CC","name":"Maya Roux","id":"C3304"},{"role":"CC","name":"Tom Beale","id":"C3351"}]}')] },
  ])),
];

const everyday: TrafficExample[] = [];

const hard: TrafficExample[] = [];

export const eighthAgenticExamples: TrafficExample[] = [...trivial, ...everyday, ...hard];
