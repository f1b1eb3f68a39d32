import type { MessagesBody } from '../../../src/messages/schema.js';
import { agent, type TrafficExample } from './build.js';
import { bash, call, claudeCode, edit, glob, grep, read, sdkAgent, write, type Call, type Round } from './agentic-second.js';

/**
 * Ninth agentic batch (session 10, names `a9-`), written blind (the router was not run while writing). Two thirds in
 * Claude Code's shape (cached system prompt, Read/Edit/Write/Bash/Grep/Glob/TodoWrite/Task, 32k budget, CLAUDE.md and
 * other `<system-reminder>` blocks in user turns, 2 to 25 steps) on projects new to the set (Laravel, a SwiftUI iOS
 * app, ASP.NET Core 8 with EF Core, Spark/Scala on Databricks, SvelteKit), one third Agent SDK / internal agents
 * (Jira support desk of a SaaS, HubSpot, BigQuery at a mobile game studio, a travel browser agent, GKE at a video
 * platform, a hospital pharmacy, a university registrar). The label is the next step as an operator would route it.
 */

const MD_LARAVEL = '# ledgerly (Laravel 11, PHP 8.3)\n- `php artisan test --parallel`, `vendor/bin/pint`, `vendor/bin/phpstan analyse` (level 8)\n- Horizon queues on Redis; money is integer cents (brick/money)\n- never edit old migrations, add a new one';
const MD_IOS = '# Trailhead (iOS 17+, SwiftUI)\n- `xcodebuild test -scheme Trailhead -destination "platform=iOS Simulator,name=iPhone 15"`\n- swiftlint must be clean; Swift 5.10, strict concurrency = complete\n- persistence: Core Data (TrailStore), networking: async/await URLSession';
const MD_DOTNET = '# Dispatch (ASP.NET Core 8, EF Core 8, SQL Server)\n- `dotnet build -warnaserror`, `dotnet test`\n- minimal APIs in src/Dispatch.Api/Endpoints, domain in src/Dispatch.Domain\n- migrations: `dotnet ef migrations add <Name> -p src/Dispatch.Infrastructure -s src/Dispatch.Api`';
const MD_SPARK = '# lakeflow (Scala 2.13, Spark 3.5, Delta Lake on Databricks)\n- `sbt test` (local SparkSession), `sbt scalafmtCheckAll`\n- bronze -> silver -> gold; jobs in src/main/scala/lakeflow/jobs\n- deploy with `databricks bundle deploy -t dev` only; prod via CI';
const MD_SVELTE = '# coastline (SvelteKit 2, Svelte 5, TypeScript)\n- pnpm; `pnpm check`, `pnpm test` (vitest), `pnpm test:e2e` (playwright)\n- server-only code in src/lib/server; Drizzle ORM on Postgres\n- forms use superforms + zod';

const TASK_TOOL = { name: 'Task', description: 'Launch a new agent to handle complex, multi-step tasks autonomously.', input_schema: { type: 'object', properties: { description: { type: 'string' }, prompt: { type: 'string' }, subagent_type: { type: 'string' } }, required: ['description', 'prompt'] } };
type Text = { type: 'text'; text: string };
/** Claude Code with Task as well; `reminders` adds `<system-reminder>` blocks beside the results of the given rounds (0-based). */
const cc = (task: string, rounds: readonly Round[], options: { claudeMd?: string; after?: string; reminders?: Record<number, string> } = {}): MessagesBody => {
  const body = claudeCode(task, rounds, options);
  const messages = body.messages.map((message, i) => {
    const text = options.reminders?.[(i - 2) / 2];
    if (!text || !Array.isArray(message.content)) return message;
    const block: Text = { type: 'text', text: `<system-reminder>\n${text}\n</system-reminder>` };
    return { ...message, content: [...message.content, block] };
  });
  return { ...body, messages, tools: [...(body.tools ?? []), TASK_TOOL] };
};
const NUDGE = "The TodoWrite tool hasn't been used recently. If you're working on tasks that would benefit from tracking progress, consider using the TodoWrite tool to track progress. Only use it if it's relevant to the current work. This is just a gentle reminder - ignore if not applicable.";
const opened = (file: string): string => `The user opened the file ${file} in the IDE. This may or may not be related to the current task.`;
const changed = (file: string, snippet: string): string =>
  `Note: ${file} was modified, either by the user or by a linter. Don't tell the user this, since they are already aware. This change was intentional, so make sure to take it into account as you proceed. Here are the relevant changes:\n${snippet}`;
const todo = (items: string[], done = 0): Call => ({
  name: 'TodoWrite',
  input: { todos: items.map((content, i) => ({ content, status: i < done ? 'completed' : i === done ? 'in_progress' : 'pending', id: String(i + 1) })) },
  result: 'Todos have been modified successfully. Ensure that you continue to use the todo list to track your progress. Please proceed with the current tasks if applicable',
});
const task = (description: string, prompt: string, result: string): Call => call('Task', { description, prompt, subagent_type: 'general-purpose' }, result);

const L = '/Users/amara/Sites/ledgerly';
const I = '/Users/ben/Developer/Trailhead';
const N = '/home/lucia/src/dispatch';
const P = '/home/arjun/lakeflow';
const V = '/home/noor/coastline';

const DESK = 'You are the support agent of Plover, a B2B scheduling SaaS. Use the Jira Service Management tools for tickets and the status tools for incidents. Customers are admins at clinics and salons; be warm and brief. Engineering bugs go to project PLV with component and repro steps.';
const DESK_TOOLS = ['jsm_get_request', 'jsm_search', 'jsm_comment', 'jira_create_issue', 'statuspage_incidents', 'release_notes'];
const HUB = 'You are the revenue assistant for Quillstone (HR software, mid-market). You read and write HubSpot through the tools. Quote numbers exactly; never move a deal stage or send email unless the rep says so.';
const HUB_TOOLS = ['hubspot_search_deals', 'hubspot_get_deal', 'hubspot_get_engagements', 'hubspot_update_deal', 'hubspot_create_task'];
const GAME = 'You are the analytics copilot at Brightfern Games (mobile puzzle games). Query BigQuery (project bf-analytics, dataset events_prod unless told) with run_sql; always show the SQL and state the date range and timezone (UTC) you used.';
const GAME_TOOLS = ['run_sql', 'list_tables', 'get_table_schema', 'get_experiment'];
const TRAVEL = 'You are the travel research agent for Corvid Labs\' office team. You browse with the browser tools, quote prices with the URL and time you read them, and never book or pay.';
const TRAVEL_TOOLS = ['browser_open', 'browser_read', 'browser_click', 'browser_type', 'browser_screenshot'];
const VIDEO = 'You are the on-call assistant for Reelhouse\'s GKE clusters (video upload, transcoding, playback). You have read-only kubectl, Cloud Monitoring and Cloud Logging. Show evidence before conclusions; suggest changes, never apply them.';
const VIDEO_TOOLS = ['kubectl', 'monitoring_query', 'logging_query', 'gke_describe_cluster'];
const PHARM = 'You are the pharmacy operations assistant at St Brannock\'s Hospital. Use the inventory and dispensing tools. Controlled drugs (CD) register rules apply; you inform pharmacists, you never adjust CD stock yourself.';
const PHARM_TOOLS = ['stock_level', 'stock_movements', 'cd_register', 'ward_orders', 'supplier_catalogue'];
const REG = 'You are the registry assistant at Lowmoor University. Use the student records tools. Quote regulations by section number. Decisions on appeals and exceptions are made by staff; you prepare the facts.';
const REG_TOOLS = ['student_record', 'module_info', 'enrolments', 'rooms', 'timetable_slots'];

const sparkSession: Round[] = [
  { calls: [todo(['bronze: read raw rides parquet from landing', 'silver: clean + dedupe rides', 'gold: daily_driver_earnings', 'unit tests', 'bundle config for the job'])] },
  { calls: [glob('src/main/scala/lakeflow/jobs/**/*.scala', `${P}/src/main/scala/lakeflow/jobs/bronze/PaymentsBronze.scala\n${P}/src/main/scala/lakeflow/jobs/silver/PaymentsSilver.scala\n${P}/src/main/scala/lakeflow/jobs/gold/DailyRevenue.scala\n${P}/src/main/scala/lakeflow/jobs/Job.scala`)] },
  { calls: [read(`${P}/src/main/scala/lakeflow/jobs/Job.scala`, 'package lakeflow.jobs\n\nimport org.apache.spark.sql.SparkSession\n\ntrait Job {\n  def name: String\n  def run(spark: SparkSession, args: Map[String, String]): Unit\n}')] },
  { calls: [read(`${P}/src/main/scala/lakeflow/jobs/bronze/PaymentsBronze.scala`, 'object PaymentsBronze extends Job {\n  val name = "payments_bronze"\n  def run(spark: SparkSession, args: Map[String, String]): Unit = {\n    spark.read.parquet(s"${args("landing")}/payments/")\n      .withColumn("_ingested_at", current_timestamp())\n      .write.format("delta").mode("append")\n      .saveAsTable("bronze.payments")\n  }\n}')] },
  { calls: [write(`${P}/src/main/scala/lakeflow/jobs/bronze/RidesBronze.scala`)] },
  { calls: [todo(['bronze: read raw rides parquet from landing', 'silver: clean + dedupe rides', 'gold: daily_driver_earnings', 'unit tests', 'bundle config for the job'], 1)] },
  { calls: [read(`${P}/src/main/scala/lakeflow/jobs/silver/PaymentsSilver.scala`, 'object PaymentsSilver extends Job {\n  val name = "payments_silver"\n  def run(spark: SparkSession, args: Map[String, String]): Unit = {\n    val w = Window.partitionBy("payment_id").orderBy(col("_ingested_at").desc)\n    spark.table("bronze.payments")\n      .withColumn("rn", row_number().over(w)).where(col("rn") === 1).drop("rn")\n      .write.format("delta").mode("overwrite").saveAsTable("silver.payments")\n  }\n}')] },
  { calls: [write(`${P}/src/main/scala/lakeflow/jobs/silver/RidesSilver.scala`)] },
  { calls: [todo(['bronze: read raw rides parquet from landing', 'silver: clean + dedupe rides', 'gold: daily_driver_earnings', 'unit tests', 'bundle config for the job'], 2)] },
  { calls: [write(`${P}/src/main/scala/lakeflow/jobs/gold/DailyDriverEarnings.scala`)] },
  { calls: [bash('sbt compile', '[info] welcome to sbt 1.10.2 (Eclipse Adoptium Java 17.0.12)\n[info] compiling 3 Scala sources to /home/arjun/lakeflow/target/scala-2.13/classes ...\n[error] /home/arjun/lakeflow/src/main/scala/lakeflow/jobs/gold/DailyDriverEarnings.scala:18:23: not found: value sum_distinct\n[error]       .agg(sum_distinct(col("fare_cents")).as("fare_cents"))\n[error]                       ^\n[error] one error found\n[error] (Compile / compileIncremental) Compilation failed', true)] },
  { calls: [edit(`${P}/src/main/scala/lakeflow/jobs/gold/DailyDriverEarnings.scala`, '.agg(sum_distinct(col("fare_cents")).as("fare_cents"))', '.agg(sum(col("fare_cents")).as("fare_cents"), count(lit(1)).as("rides"))')] },
  { calls: [bash('sbt compile', '[info] compiling 1 Scala source to /home/arjun/lakeflow/target/scala-2.13/classes ...\n[success] Total time: 14 s, completed 8 Dec 2026, 00:01:12')] },
  { calls: [todo(['bronze: read raw rides parquet from landing', 'silver: clean + dedupe rides', 'gold: daily_driver_earnings', 'unit tests', 'bundle config for the job'], 3)] },
  { calls: [read(`${P}/src/test/scala/lakeflow/SparkSpec.scala`, 'trait SparkSpec extends AnyFunSuite with BeforeAndAfterAll {\n  lazy val spark: SparkSession = SparkSession.builder()\n    .master("local[2]")\n    .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension")\n    .config("spark.sql.catalog.spark_catalog", "org.apache.spark.sql.delta.catalog.DeltaCatalog")\n    .getOrCreate()\n}')] },
  { calls: [write(`${P}/src/test/scala/lakeflow/jobs/RidesSilverSpec.scala`), write(`${P}/src/test/scala/lakeflow/jobs/DailyDriverEarningsSpec.scala`)] },
  { calls: [bash('sbt "testOnly lakeflow.jobs.RidesSilverSpec lakeflow.jobs.DailyDriverEarningsSpec"', '[info] RidesSilverSpec:\n[info] - keeps the latest version of a ride\n[info] - drops rides with negative fares\n[info] DailyDriverEarningsSpec:\n[info] - sums fares per driver and local day\n[info] - *** FAILED ***\n[info]   day boundary uses UTC, expected Europe/Lisbon (DailyDriverEarningsSpec.scala:41)\n[info] Tests: succeeded 3, failed 1', true)] },
  { calls: [edit(`${P}/src/main/scala/lakeflow/jobs/gold/DailyDriverEarnings.scala`, 'to_date(col("ended_at")).as("day")', 'to_date(from_utc_timestamp(col("ended_at"), "Europe/Lisbon")).as("day")')] },
  { calls: [bash('sbt test scalafmtCheckAll', '[info] Tests: succeeded 62, failed 0, canceled 0, ignored 0, pending 0\n[info] All tests passed.\n[success] Total time: 71 s\n[info] scalafmt: Formatting 3 Scala sources...\n[success] Total time: 3 s')] },
  { calls: [todo(['bronze: read raw rides parquet from landing', 'silver: clean + dedupe rides', 'gold: daily_driver_earnings', 'unit tests', 'bundle config for the job'], 4)] },
  { calls: [read(`${P}/resources/payments.job.yml`, 'resources:\n  jobs:\n    payments:\n      name: payments-pipeline\n      schedule: { quartz_cron_expression: "0 15 3 * * ?", timezone_id: "UTC" }\n      tasks:\n        - task_key: bronze\n          spark_jar_task: { main_class_name: lakeflow.Main, parameters: ["payments_bronze"] }')] },
  { calls: [write(`${P}/resources/rides.job.yml`)] },
  { calls: [bash('databricks bundle validate -t dev', 'Name: lakeflow\nTarget: dev\nWorkspace:\n  Host: https://adb-4410029917.11.azuredatabricks.net\n  User: arjun@corvid.example\n  Path: /Workspace/Users/arjun@corvid.example/.bundle/lakeflow/dev\n\nValidation OK!')] },
  { calls: [todo(['bronze: read raw rides parquet from landing', 'silver: clean + dedupe rides', 'gold: daily_driver_earnings', 'unit tests', 'bundle config for the job'], 5)] },
];

const trivial: TrafficExample[] = [
  agent('a9-cc-spark-commit-after-session', 'haiku', cc('new pipeline for rides like the payments one: bronze/silver/gold, gold = daily earnings per driver (Lisbon days). tests + bundle job', sparkSession, { claudeMd: MD_SPARK, after: 'looks good. commit on a new branch, dont deploy' })),
  agent('a9-cc-laravel-pint', 'haiku', cc('run pint', [
    { calls: [bash('vendor/bin/pint', '\n  ✓ app/Http/Controllers/ExpenseController.php  ..... unary_operator_spaces, not_operator_with_successor_space\n  ✓ app/Services/ReceiptParser.php  .......................... ordered_imports\n\n  ──────────────────────────────────────────────────── Laravel\n    FIXED   ........................ 214 files, 2 style issues fixed')] },
    { calls: [bash('git status --short', ' M app/Http/Controllers/ExpenseController.php\n M app/Services/ReceiptParser.php')] },
  ], { claudeMd: MD_LARAVEL })),
  agent('a9-cc-laravel-route-name', 'haiku', cc("what's the route name + url for downloading a receipt pdf", [
    { calls: [bash('php artisan route:list --path=receipt', '  GET|HEAD   receipts/{receipt} ............. receipts.show › ReceiptController@show\n  GET|HEAD   receipts/{receipt}/download ..... receipts.download › ReceiptController@download\n  DELETE     receipts/{receipt} ............. receipts.destroy › ReceiptController@destroy\n\n                                                              Showing [3] routes')] },
  ], { claudeMd: MD_LARAVEL })),
  agent('a9-cc-laravel-pending-migrations', 'haiku', cc('any migrations not run yet on my local db?', [
    { calls: [bash('php artisan migrate:status | tail -n 6', '  2026_11_18_101544_add_currency_to_expenses ................... [14] Ran\n  2026_11_27_090210_create_approval_rules_table ................ [15] Ran\n  2026_12_03_143001_add_rejected_reason_to_expenses ............ Pending\n  2026_12_05_110455_create_mileage_rates_table ................. Pending')] },
  ], { claudeMd: MD_LARAVEL })),
  agent('a9-cc-ios-build-number', 'haiku', cc('bump the build number for testflight', [
    { calls: [bash('agvtool what-version', 'Current version of project Trailhead is: \n    212\n')] },
    { calls: [bash('agvtool next-version -all', 'Setting version of project Trailhead to: \n    213.\n\nAlso setting CFBundleVersion key (assuming it exists)\n\nUpdating CFBundleVersion in Info.plist(s)...\n\nUpdated CFBundleVersion in "Trailhead.xcodeproj/../Trailhead/Info.plist" to 213\nUpdated CFBundleVersion in "Trailhead.xcodeproj/../TrailheadWidget/Info.plist" to 213')] },
  ], { claudeMd: MD_IOS })),
  agent('a9-cc-ios-swiftlint-fix', 'haiku', cc('swiftlint has warnings in the Map folder, autocorrect them', [
    { calls: [bash('swiftlint lint Trailhead/Map --quiet', 'Trailhead/Map/TrailOverlay.swift:14:1: warning: Trailing Whitespace Violation: Lines should not have trailing whitespace (trailing_whitespace)\nTrailhead/Map/TrailOverlay.swift:52:40: warning: Colon Spacing Violation: Colons should be next to the identifier when specifying a type (colon)\nTrailhead/Map/MapViewModel.swift:88:1: warning: Vertical Whitespace Violation: Limit vertical whitespace to a single empty line; currently 2 (vertical_whitespace)')] },
    { calls: [bash('swiftlint --fix Trailhead/Map --quiet && swiftlint lint Trailhead/Map --quiet', 'Trailhead/Map/TrailOverlay.swift: Corrected Trailing Whitespace\nTrailhead/Map/TrailOverlay.swift: Corrected Colon Spacing\nTrailhead/Map/MapViewModel.swift: Corrected Vertical Whitespace')] },
  ], { claudeMd: MD_IOS })),
  agent('a9-cc-task-ios-token-storage', 'haiku', cc('where does the app store the auth token? keychain or userdefaults?', [
    { calls: [grep('accessToken|refreshToken', 'Found 31 matches across 9 files (output truncated). First results:\nTrailhead/Auth/AuthService.swift:22:    private(set) var accessToken: String?\nTrailhead/Auth/TokenStore.swift:8:    func save(accessToken: String, refreshToken: String) throws {\nTrailhead/Networking/APIClient.swift:61:        if let token = await auth.accessToken {')] },
    { calls: [task('Find auth token storage', 'Find where Trailhead persists the access and refresh tokens (Keychain, UserDefaults, file) and with which accessibility attributes.', 'Tokens are persisted only in the Keychain by TokenStore (Trailhead/Auth/TokenStore.swift): generic-password items under service "app.trailhead.auth", accounts "access" and "refresh", kSecAttrAccessible = kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly, with an access group shared with the widget extension. UserDefaults holds only `lastSignedInEmail` (for prefilling the login form), no token. AuthService keeps the current access token in memory after loading it from TokenStore at launch.')] },
  ], { claudeMd: MD_IOS })),
  agent('a9-cc-dotnet-tests-green', 'haiku', cc('dotnet test pls', [
    { calls: [bash('dotnet test --nologo', '  Determining projects to restore...\n  All projects are up-to-date for restore.\n  Dispatch.Domain -> /home/lucia/src/dispatch/src/Dispatch.Domain/bin/Debug/net8.0/Dispatch.Domain.dll\n  Dispatch.Api -> /home/lucia/src/dispatch/src/Dispatch.Api/bin/Debug/net8.0/Dispatch.Api.dll\nTest run for /home/lucia/src/dispatch/tests/Dispatch.Tests/bin/Debug/net8.0/Dispatch.Tests.dll (.NETCoreApp,Version=v8.0)\n\nPassed!  - Failed:     0, Passed:   287, Skipped:     2, Total:   289, Duration: 38 s - Dispatch.Tests.dll (net8.0)')] },
  ], { claudeMd: MD_DOTNET })),
  agent('a9-cc-dotnet-rename-prop', 'haiku', cc('rename DriverDto.Phone to PhoneNumber (it goes out in the json too, thats fine, mobile app already reads phoneNumber)', [
    { calls: [grep('\\.Phone\\b|Phone =|Phone\\)', 'src/Dispatch.Api/Contracts/DriverDto.cs:9:    string? Phone,\nsrc/Dispatch.Api/Endpoints/DriverEndpoints.cs:44:            d.Phone,\ntests/Dispatch.Tests/Endpoints/DriverEndpointsTests.cs:71:        Assert.Equal("+351912000111", body.Phone);')] },
    { calls: [read(`${N}/src/Dispatch.Api/Contracts/DriverDto.cs`, 'namespace Dispatch.Api.Contracts;\n\npublic sealed record DriverDto(\n    Guid Id,\n    string Name,\n    string? VehiclePlate,\n    DriverStatus Status,\n    string? Phone,\n    DateTimeOffset? LastSeenAt);')] },
  ], { claudeMd: MD_DOTNET })),
  agent('a9-cc-spark-scala-version', 'haiku', cc('which spark + delta versions are we pinned to?', [
    { calls: [read(`${P}/build.sbt`, 'ThisBuild / scalaVersion := "2.13.14"\nThisBuild / organization := "io.corvid"\n\nval sparkVersion = "3.5.1"\n\nlazy val root = (project in file("."))\n  .settings(\n    name := "lakeflow",\n    libraryDependencies ++= Seq(\n      "org.apache.spark" %% "spark-sql" % sparkVersion % Provided,\n      "io.delta" %% "delta-spark" % "3.2.0" % Provided,\n      "org.scalatest" %% "scalatest" % "3.2.19" % Test\n    )\n  )')] },
  ], { claudeMd: MD_SPARK })),
  agent('a9-cc-svelte-port-busy', 'haiku', cc('pnpm dev', [
    { calls: [bash('pnpm dev', '\n> coastline@0.9.0 dev /home/noor/coastline\n> vite dev --strictPort\n\nerror when starting dev server:\nError: Port 5173 is already in use\n    at Server.onError (file:///home/noor/coastline/node_modules/.pnpm/vite@5.4.11/node_modules/vite/dist/node/chunks/dep-CB_7IfJ-.js:45596:18)', true)] },
    { calls: [bash('lsof -nP -iTCP:5173 -sTCP:LISTEN', 'COMMAND   PID USER   FD   TYPE DEVICE SIZE/OFF NODE NAME\nnode    71842 noor   23u  IPv6 412207      0t0  TCP [::1]:5173 (LISTEN)')] },
    { calls: [bash('ps -o pid,lstart,args -p 71842', '  PID                  STARTED COMMAND\n71842 Mon Dec  7 17:02:44 2026 node /home/noor/coastline/node_modules/.bin/../vite/bin/vite.js dev --strictPort')] },
  ], { claudeMd: MD_SVELTE })),
  agent('a9-cc-svelte-add-dep', 'haiku', cc('add date-fns to the web app', [
    { calls: [bash('pnpm add date-fns', 'Packages: +1\n+\nProgress: resolved 612, reused 611, downloaded 1, added 1, done\n\ndependencies:\n+ date-fns 4.1.0\n\nDone in 2.4s')] },
  ], { claudeMd: MD_SVELTE, reminders: { 0: opened(`${V}/src/routes/bookings/+page.svelte`) } })),
  agent('a9-cc-git-merged-branches', 'haiku', cc('clean up my local branches that are already merged into main', [
    { calls: [bash('git fetch -p && git branch --merged main', '  feat/expense-approvals\n  fix/receipt-ocr-timeout\n* main\n  chore/pint-1.18\n  feat/mileage-rates')] },
    { calls: [bash('git branch --no-merged main', '  feat/multi-currency-reports\n  spike/openai-receipts')] },
  ], { claudeMd: MD_LARAVEL })),
  agent('a9-desk-request-status', 'haiku', sdkAgent(DESK, DESK_TOOLS, "hi, it's Dana from Willow Dental. any update on our request about the reminder texts going out in the wrong language? thanks", [
    { calls: [call('jsm_search', { query: 'reporter_org = "Willow Dental" AND statusCategory != Done' }, '[{"key":"PSD-8812","summary":"SMS reminders sent in English instead of Spanish for some patients","status":"Waiting for engineering","linked":["PLV-4410"],"updated":"2026-12-05"}]')] },
    { calls: [call('jsm_get_request', { key: 'PLV-4410' }, '{"key":"PLV-4410","status":"In review","fixVersion":"2026.50 (ships Thu 10 Dec)","comments":[{"author":"Ravi K.","text":"Root cause: locale fallback ignored patient-level language when clinic default set. Fix in PR #7781."}]}')] },
  ])),
  agent('a9-hub-deal-close-date', 'haiku', sdkAgent(HUB, HUB_TOOLS, 'close date + amount on the Harrow Foods deal?', [
    { calls: [call('hubspot_search_deals', { query: 'Harrow Foods' }, '[{"id":"18827731204","dealname":"Harrow Foods - HRIS + Payroll","amount":"86400","closedate":"2027-01-15","dealstage":"contractsent","owner":"Jo Whitfield"}]')] },
  ])),
  agent('a9-game-dau-yesterday', 'haiku', sdkAgent(GAME, GAME_TOOLS, 'DAU for Tile Tides yesterday?', [
    { calls: [call('get_table_schema', { table: 'events_prod.sessions' }, 'user_pseudo_id STRING, game STRING, platform STRING, session_start TIMESTAMP, session_end TIMESTAMP, country STRING, app_version STRING')] },
    { calls: [call('run_sql', { sql: "SELECT COUNT(DISTINCT user_pseudo_id) AS dau FROM `bf-analytics.events_prod.sessions` WHERE game = 'tile_tides' AND DATE(session_start) = DATE_SUB(CURRENT_DATE('UTC'), INTERVAL 1 DAY)" }, '[{"dau":412873}]\nbytes processed: 3.1 GB')] },
  ])),
  agent('a9-travel-cancellation', 'haiku', sdkAgent(TRAVEL, TRAVEL_TOOLS, "Can we cancel the Hotel Almirante Lisboa booking for the offsite for free? Check their site, the rate was 'Flexible'.", [
    { calls: [call('browser_open', { url: 'https://www.almirantehotels.pt/en/lisboa/rates' }, 'Opened. Title: "Rates and conditions | Hotel Almirante Lisboa"')] },
    { calls: [call('browser_read', { selector: 'section#flexible' }, 'Flexible rate\n- Free cancellation until 14:00 (Lisbon time) 3 days before arrival.\n- Later cancellations or no-show: first night charged.\n- Groups of 10+ rooms: see group conditions.\nBreakfast included.')] },
    { calls: [call('browser_read', { selector: 'section#groups' }, 'Group bookings (10 rooms or more)\n- Free cancellation until 30 days before arrival.\n- 29 to 8 days: 50% of the total stay.\n- Less than 8 days: 100%.')] },
  ])),
  agent('a9-video-transcoder-replicas', 'haiku', sdkAgent(VIDEO, VIDEO_TOOLS, 'how many transcoder pods are running in prod right now vs the HPA max?', [
    { calls: [call('kubectl', { args: 'get hpa transcoder -n media', context: 'gke_reelhouse-prod_europe-west4_prod-main' }, 'NAME         REFERENCE               TARGETS          MINPODS   MAXPODS   REPLICAS   AGE\ntranscoder   Deployment/transcoder   cpu: 71%/65%     12        80        46         211d')] },
  ])),
  agent('a9-pharm-stock-check', 'haiku', sdkAgent(PHARM, PHARM_TOOLS, 'How many vials of ceftriaxone 1g do we have in main dispensary?', [
    { calls: [call('stock_level', { item: 'ceftriaxone 1g powder for injection', location: 'MAIN-DISP' }, '{"item":"Ceftriaxone 1g powder for solution for injection vials","location":"MAIN-DISP","on_hand":340,"unit":"vial","par":400,"on_order":200,"expected":"2026-12-09"}')] },
  ])),
  agent('a9-reg-enrolled-check', 'haiku', sdkAgent(REG, REG_TOOLS, 'Is student 2231874 enrolled on CHEM2041 this semester?', [
    { calls: [call('enrolments', { student_id: '2231874', term: '2026-S1' }, '[{"module":"CHEM2031","title":"Physical Chemistry II","status":"enrolled"},{"module":"CHEM2052","title":"Spectroscopy","status":"enrolled"},{"module":"MATH2010","title":"Mathematical Methods","status":"enrolled"},{"module":"CHEM2041","title":"Organic Synthesis","status":"withdrawn","date":"2026-10-14"}]')] },
  ])),
];

export const ninthAgenticExamples: TrafficExample[] = [...trivial];
