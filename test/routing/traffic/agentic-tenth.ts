import { agent, type TrafficExample } from './build.js';
import { bash, call, claudeCodeWithTasks, edit, glob, grep, read, sdkAgent, task, todo, write, type Round } from './agentic-second.js';

/**
 * Tenth agentic batch (session 10, names `a10-`), written blind (the router was not run while writing). Two thirds in
 * Claude Code's shape (cached system prompt, Read/Edit/Write/Bash/Grep/Glob/TodoWrite/Task, 32k budget, CLAUDE.md and
 * other `<system-reminder>` blocks in user turns, 2 to 25 steps) on projects new to the set (Django + Celery, Spring
 * Boot 3 on Java 21, a Flutter app, a PyTorch training repo, Helm charts), one third Agent SDK / internal agents
 * (Freshdesk at an e-bike shop, Pipedrive at a law firm, Postgres at a freight broker, a grants browser agent, AKS at
 * a retail chain, a veterinary group's practice system, a school district's MDM). The label is the next step.
 */

const MD_DJ = '# tidewater (Django 5.1, Python 3.12, Celery 5, Postgres 16)\n- `uv run pytest -q`, `uv run ruff check . && uv run ruff format .`\n- apps in tidewater/<app>; settings split base/dev/prod\n- never squash or edit applied migrations';
const MD_SPRING = '# fulcrum (Spring Boot 3.3, Java 21, Gradle)\n- `./gradlew check` (tests + spotless + errorprone)\n- modules: fulcrum-api, fulcrum-core, fulcrum-persistence (JPA, Flyway)\n- Flyway migrations are V<n>__name.sql, never edit a released one';
const MD_FLUTTER = '# harvestr (Flutter 3.24, Dart 3.5)\n- `flutter test`, `dart analyze`, `dart format .`\n- state: riverpod 2 (code gen: `dart run build_runner build -d`)\n- l10n ARB files in lib/l10n, never hardcode user-facing strings';
const MD_ML = '# seedbank-ml (PyTorch 2.4, Lightning 2.4)\n- `pytest tests -q`; configs are Hydra yaml in conf/\n- train: `python -m seedbank.train experiment=<name>`; runs log to W&B project seedbank\n- data lives in s3://seedbank-data, never commit data';
const MD_HELM = '# charts (Helm 3, deployed by Argo CD)\n- `helm lint charts/*`, `helm unittest charts/<name>`\n- values-<env>.yaml per environment; prod changes need two reviews\n- bump the chart version on every change';

const NUDGE = "The TodoWrite tool hasn't been used recently. If you're working on tasks that would benefit from tracking progress, consider using the TodoWrite tool to track progress. Only use it if it's relevant to the current work. This is just a gentle reminder - ignore if not applicable.";
const opened = (file: string): string => `The user opened the file ${file} in the IDE. This may or may not be related to the current task.`;
const changed = (file: string, snippet: string): string =>
  `Note: ${file} was modified, either by the user or by a linter. Don't tell the user this, since they are already aware. This change was intentional, so make sure to take it into account as you proceed. Here are the relevant changes:\n${snippet}`;

const D = '/home/kofi/tidewater';
const J = '/Users/elena/work/fulcrum';
const F = '/home/sami/harvestr';
const M = '/home/wen/seedbank-ml';
const C = '/Users/dmitri/infra/charts';

const BIKE = 'You are the customer support agent of Veloria, an online e-bike shop (EU). Use the Freshdesk tools for tickets and the shop tools for orders and warranty. Batteries are dangerous goods: never tell a customer to post one back without the DG label procedure.';
const BIKE_TOOLS = ['fd_get_ticket', 'fd_reply', 'fd_search', 'shop_order', 'warranty_lookup', 'kb_search'];
const LAW = 'You are the business development assistant for Harrowgate & Lyle LLP. You read and update Pipedrive through the tools. Never record privileged matter details in Pipedrive notes; conflicts checks are done by the conflicts team, not you.';
const LAW_TOOLS = ['pd_search_deals', 'pd_get_deal', 'pd_get_person', 'pd_activities', 'pd_update_deal', 'pd_add_note'];
const FREIGHT = 'You are the data assistant at Northgate Freight (truckload brokerage). Query the Postgres replica with sql_query (read-only). Money in USD, times in the shipper\'s local time unless asked; always show the SQL.';
const FREIGHT_TOOLS = ['sql_query', 'list_tables', 'describe_table'];
const GRANTS = 'You are the grants research agent for Oakridge Community Trust, a small charity. Browse funders\' official pages; quote deadlines and eligibility with the URL. Never submit or register anything.';
const GRANTS_TOOLS = ['browser_open', 'browser_read', 'browser_click', 'browser_find'];
const SHOPS = 'You are the platform assistant for Larkmoor Retail\'s AKS clusters (store POS backend, stock sync, web shop). You have kubectl (read-only), Azure Monitor and Log Analytics (KQL). Evidence first; propose changes, never apply them.';
const SHOPS_TOOLS = ['kubectl', 'kql_query', 'azure_monitor_metrics', 'aks_show'];
const VET = 'You are the operations assistant for Fernbrook Veterinary Group (9 clinics). Use the practice management tools. Clinical decisions belong to vets; you prepare facts, rotas and stock.';
const VET_TOOLS = ['appointments', 'patient_record', 'stock_level', 'rota', 'invoices'];
const MDM = 'You are the IT assistant for Ashby Vale School District. You use the Jamf and Google Admin tools (read-only unless the technician confirms). Student data is protected: show device and account facts only to staff.';
const MDM_TOOLS = ['jamf_device', 'jamf_search', 'gadmin_user', 'gadmin_chromeos', 'ticket_note'];

const TODO_OFFLINE = ['cache the harvest list in drift (sqlite)', 'sync queue for offline edits', 'conflict rule: server wins on weight, merge notes', 'connectivity banner', 'tests', 'l10n strings'];
const flutterSession: Round[] = [
  { calls: [todo(TODO_OFFLINE)] },
  { calls: [glob('lib/features/harvest/**/*.dart', `${F}/lib/features/harvest/data/harvest_repository.dart\n${F}/lib/features/harvest/data/harvest_api.dart\n${F}/lib/features/harvest/ui/harvest_list_page.dart\n${F}/lib/features/harvest/ui/harvest_edit_sheet.dart\n${F}/lib/features/harvest/harvest_providers.dart`)] },
  { calls: [read(`${F}/lib/features/harvest/data/harvest_repository.dart`, 'class HarvestRepository {\n  HarvestRepository(this._api);\n  final HarvestApi _api;\n\n  Future<List<Harvest>> list(String fieldId) => _api.list(fieldId);\n  Future<Harvest> save(Harvest h) => _api.put(h);\n}')] },
  { calls: [bash('flutter pub add drift sqlite3_flutter_libs path_provider connectivity_plus && flutter pub add -d drift_dev', 'Resolving dependencies...\n+ connectivity_plus 6.0.5\n+ drift 2.20.2\n+ drift_dev 2.20.3\n+ path_provider 2.1.4\n+ sqlite3_flutter_libs 0.5.24\nChanged 14 dependencies!')] },
  { calls: [write(`${F}/lib/core/db/app_database.dart`), write(`${F}/lib/core/db/tables.dart`)] },
  { calls: [bash('dart run build_runner build -d', '[INFO] Generating build script completed, took 412ms\n[INFO] Running build completed, took 18.2s\n[INFO] Succeeded after 18.3s with 9 outputs (41 actions)')] },
  { calls: [todo(TODO_OFFLINE, 1)] },
  { calls: [write(`${F}/lib/features/harvest/data/sync_queue.dart`), edit(`${F}/lib/features/harvest/data/harvest_repository.dart`, '  Future<Harvest> save(Harvest h) => _api.put(h);', '  Future<Harvest> save(Harvest h) async {\n    await _db.upsertHarvest(h.copyWith(dirty: true));\n    _queue.enqueue(h.id);\n    return h;\n  }')] },
  { calls: [todo(TODO_OFFLINE, 2)] },
  { calls: [write(`${F}/lib/features/harvest/data/merge.dart`)] },
  { calls: [todo(TODO_OFFLINE, 3)] },
  { calls: [write(`${F}/lib/core/ui/offline_banner.dart`), edit(`${F}/lib/features/harvest/ui/harvest_list_page.dart`, '      body: list,', '      body: Column(children: [const OfflineBanner(), Expanded(child: list)]),')] },
  { calls: [todo(TODO_OFFLINE, 4)] },
  { calls: [write(`${F}/test/features/harvest/merge_test.dart`), write(`${F}/test/features/harvest/sync_queue_test.dart`)] },
  { calls: [bash('flutter test test/features/harvest', "00:04 +11 -1: sync_queue_test.dart: retries with backoff after a 503 [E]\n  Expected: <2>\n    Actual: <1>\n00:05 +13 -1: Some tests failed.", true)] },
  { calls: [read(`${F}/lib/features/harvest/data/sync_queue.dart`, '  Future<void> drain() async {\n    for (final id in _pending.toList()) {\n      try {\n        await _push(id);\n        _pending.remove(id);\n      } on ApiException catch (e) {\n        if (e.status >= 500) _schedule(_backoff.next());\n        return;\n      }\n    }\n  }', 30)] },
  { calls: [edit(`${F}/test/features/harvest/sync_queue_test.dart`, '    await queue.drain();\n    expect(api.calls, 2);', '    await queue.drain();\n    clock.elapse(const Duration(seconds: 2));\n    await queue.drain();\n    expect(api.calls, 2);')] },
  { calls: [bash('flutter test && dart analyze', '00:19 +142: All tests passed!\nAnalyzing harvestr...\nNo issues found!')] },
  { calls: [todo(TODO_OFFLINE, 5)] },
  { calls: [edit(`${F}/lib/l10n/app_en.arb`, '  "harvestListTitle": "Harvests",', '  "harvestListTitle": "Harvests",\n  "offlineBanner": "You are offline. Changes will sync when you reconnect.",'), edit(`${F}/lib/l10n/app_fr.arb`, '  "harvestListTitle": "Récoltes",', '  "harvestListTitle": "Récoltes",\n  "offlineBanner": "Vous êtes hors ligne. Les modifications seront synchronisées à la reconnexion.",')] },
  { calls: [bash('flutter gen-l10n && flutter test', 'Generating localizations...\n00:18 +142: All tests passed!')] },
  { calls: [todo(TODO_OFFLINE, 6)] },
];

const trivial: TrafficExample[] = [
  agent('a10-cc-flutter-offline-push', 'haiku', claudeCodeWithTasks('harvest list has to work offline in the fields (no signal). cache locally, queue edits, sync when back. server wins on weight, notes get merged', flutterSession, { claudeMd: MD_FLUTTER, after: 'nice. push the branch and open a draft PR titled "offline harvests"' })),
  agent('a10-cc-django-showmigrations', 'haiku', claudeCodeWithTasks('has the billing app got unapplied migrations?', [
    { calls: [bash('uv run python manage.py showmigrations billing', 'billing\n [X] 0001_initial\n [X] 0002_invoice_due_date\n [X] 0003_creditnote\n [ ] 0004_invoice_vat_number\n [ ] 0005_backfill_vat_number')] },
  ], { claudeMd: MD_DJ })),
  agent('a10-cc-django-ruff-format', 'haiku', claudeCodeWithTasks('ruff format the repo and tell me what changed', [
    { calls: [bash('uv run ruff format .', '3 files reformatted, 211 files left unchanged')] },
    { calls: [bash('git diff --stat', ' tidewater/bookings/services.py | 8 +++++---\n tidewater/bookings/tests/test_services.py | 4 ++--\n tidewater/core/middleware.py | 2 +-\n 3 files changed, 8 insertions(+), 6 deletions(-)')] },
  ], { claudeMd: MD_DJ })),
  agent('a10-cc-django-celery-beat-list', 'haiku', claudeCodeWithTasks('which celery beat tasks run at night? just list them', [
    { calls: [grep('crontab\\(', "tidewater/settings/base.py:188:        'schedule': crontab(hour=2, minute=15),\ntidewater/settings/base.py:193:        'schedule': crontab(hour=3, minute=0),\ntidewater/settings/base.py:198:        'schedule': crontab(minute='*/10'),\ntidewater/settings/base.py:203:        'schedule': crontab(hour=23, minute=45),")] },
    { calls: [read(`${D}/tidewater/settings/base.py`, "CELERY_BEAT_SCHEDULE = {\n    'purge-expired-holds': {\n        'task': 'bookings.tasks.purge_expired_holds',\n        'schedule': crontab(hour=2, minute=15),\n    },\n    'nightly-invoice-run': {\n        'task': 'billing.tasks.generate_invoices',\n        'schedule': crontab(hour=3, minute=0),\n    },\n    'sync-tide-tables': {\n        'task': 'marinas.tasks.sync_tide_tables',\n        'schedule': crontab(minute='*/10'),\n    },\n    'daily-occupancy-report': {\n        'task': 'reports.tasks.occupancy_report',\n        'schedule': crontab(hour=23, minute=45),\n    },\n}", 185)] },
  ], { claudeMd: MD_DJ })),
  agent('a10-cc-spring-java-version', 'haiku', claudeCodeWithTasks('what java toolchain does the build use', [
    { calls: [grep('languageVersion|toolchain', 'buildSrc/src/main/kotlin/fulcrum.java-conventions.gradle.kts:8:    toolchain { languageVersion = JavaLanguageVersion.of(21) }')] },
  ], { claudeMd: MD_SPRING })),
  agent('a10-cc-spring-spotless', 'haiku', claudeCodeWithTasks('spotless is failing, just apply it', [
    { calls: [bash('./gradlew spotlessCheck', "> Task :fulcrum-core:spotlessJavaCheck FAILED\n\nFAILURE: Build failed with an exception.\n* What went wrong:\nExecution failed for task ':fulcrum-core:spotlessJavaCheck'.\n> The following files had format violations:\n      src/main/java/io/fulcrum/core/pricing/QuoteCalculator.java\n  Run './gradlew :fulcrum-core:spotlessApply' to fix these violations.", true)] },
    { calls: [bash('./gradlew spotlessApply && ./gradlew spotlessCheck', 'BUILD SUCCESSFUL in 6s\n6 actionable tasks: 2 executed, 4 up-to-date\n\nBUILD SUCCESSFUL in 3s\n6 actionable tasks: 6 up-to-date')] },
  ], { claudeMd: MD_SPRING })),
  agent('a10-cc-spring-flyway-next', 'haiku', claudeCodeWithTasks("what's the next free flyway version number?", [
    { calls: [glob('fulcrum-persistence/src/main/resources/db/migration/V*.sql', `${J}/fulcrum-persistence/src/main/resources/db/migration/V1__init.sql\n${J}/fulcrum-persistence/src/main/resources/db/migration/V2__quotes.sql\n${J}/fulcrum-persistence/src/main/resources/db/migration/V3__quote_lines.sql\n${J}/fulcrum-persistence/src/main/resources/db/migration/V4__customer_tier.sql\n${J}/fulcrum-persistence/src/main/resources/db/migration/V5__audit_log.sql`)] },
  ], { claudeMd: MD_SPRING })),
  agent('a10-cc-flutter-outdated', 'haiku', claudeCodeWithTasks('anything outdated in pubspec?', [
    { calls: [bash('flutter pub outdated --no-dev-dependencies', 'Showing outdated packages.\n[*] indicates versions that are not the latest available.\n\nPackage Name       Current  Upgradable  Resolvable  Latest\n\ndirect dependencies:\ngo_router          *14.2.0  *14.2.8     *14.8.1     15.1.1\nflutter_riverpod   *2.5.1   2.6.1       2.6.1       2.6.1\nintl               *0.19.0  *0.19.0     *0.19.0     0.20.1\n\n3 upgradable dependencies are locked (in pubspec.lock) to older versions.')] },
  ], { claudeMd: MD_FLUTTER })),
  agent('a10-cc-flutter-rename-widget', 'haiku', claudeCodeWithTasks('rename FieldTile to FieldCard everywhere', [
    { calls: [grep('FieldTile', "lib/features/fields/ui/field_tile.dart:5:class FieldTile extends StatelessWidget {\nlib/features/fields/ui/field_tile.dart:6:  const FieldTile({super.key, required this.field});\nlib/features/fields/ui/fields_page.dart:41:          itemBuilder: (_, i) => FieldTile(field: fields[i]),\ntest/features/fields/field_tile_test.dart:9:    await tester.pumpWidget(wrap(FieldTile(field: sampleField)));")] },
    { calls: [bash('git mv lib/features/fields/ui/field_tile.dart lib/features/fields/ui/field_card.dart && git mv test/features/fields/field_tile_test.dart test/features/fields/field_card_test.dart && grep -rl FieldTile lib test | xargs sed -i "s/FieldTile/FieldCard/g; s/field_tile.dart/field_card.dart/g"', '')] },
    { calls: [bash('dart analyze && flutter test test/features/fields', 'Analyzing harvestr...\nNo issues found!\n00:03 +6: All tests passed!')] },
  ], { claudeMd: MD_FLUTTER })),
  agent('a10-cc-ml-gpu-check', 'haiku', claudeCodeWithTasks('is anything using the gpus right now?', [
    { calls: [bash('nvidia-smi --query-gpu=index,name,utilization.gpu,memory.used,memory.total --format=csv', 'index, name, utilization.gpu [%], memory.used [MiB], memory.total [MiB]\n0, NVIDIA A100-SXM4-80GB, 97 %, 71244 MiB, 81920 MiB\n1, NVIDIA A100-SXM4-80GB, 0 %, 4 MiB, 81920 MiB')] },
    { calls: [bash('nvidia-smi --query-compute-apps=gpu_uuid,pid,used_memory --format=csv,noheader && ps -o user,pid,etime,cmd -p $(nvidia-smi --query-compute-apps=pid --format=csv,noheader)', 'GPU-7f1c..., 418822, 71230 MiB\nUSER     PID     ELAPSED CMD\nmarta  418822  14:02:51 python -m seedbank.train experiment=vit_b16_leaf')] },
  ], { claudeMd: MD_ML })),
  agent('a10-cc-ml-task-find-augment', 'haiku', claudeCodeWithTasks('where do we define the train-time augmentations? dont change anything', [
    { calls: [task('Find augmentation config', 'Find where training-time image augmentations are defined in this repo (Hydra configs and Python). Report file paths and the list of transforms. Do not modify files.', 'Train-time augmentations are built in src/seedbank/data/transforms.py (`build_train_transforms`, line 22) from the Hydra group conf/augment/. The default is conf/augment/standard.yaml: RandomResizedCrop(224, scale=[0.6, 1.0]), HorizontalFlip, ColorJitter(0.2, 0.2, 0.1), RandAugment(n=2, m=9). conf/augment/light.yaml drops RandAugment. Eval uses Resize(256) + CenterCrop(224).')] },
  ], { claudeMd: MD_ML })),
  agent('a10-cc-helm-lint', 'haiku', claudeCodeWithTasks('helm lint all charts', [
    { calls: [bash('helm lint charts/*', '==> Linting charts/checkout\n[INFO] Chart.yaml: icon is recommended\n\n==> Linting charts/stock-sync\n[INFO] Chart.yaml: icon is recommended\n\n==> Linting charts/web-shop\n[INFO] Chart.yaml: icon is recommended\n\n3 chart(s) linted, 0 chart(s) failed')] },
  ], { claudeMd: MD_HELM })),
  agent('a10-cc-helm-bump-version', 'haiku', claudeCodeWithTasks('bump stock-sync chart patch version, I changed the probe', [
    { calls: [read(`${C}/charts/stock-sync/Chart.yaml`, 'apiVersion: v2\nname: stock-sync\ndescription: Stock sync between stores and the web shop\ntype: application\nversion: 1.8.3\nappVersion: "4.12.0"')] },
  ], { claudeMd: MD_HELM, reminders: { 0: changed(`${C}/charts/stock-sync/templates/deployment.yaml`, '-            initialDelaySeconds: 5\n+            initialDelaySeconds: 20') } })),
  agent('a10-bike-ticket-status', 'haiku', sdkAgent(BIKE, BIKE_TOOLS, 'customer on #48213 asks if their order shipped yet, can you check and tell me', [
    { calls: [call('fd_get_ticket', { id: 48213 }, '{"id":48213,"subject":"Where is my order?","requester":"j.dubois@example.fr","description":"Bonjour, I ordered the Veloria Urban 2 on 28 Nov, order VL-99120. Has it shipped?","status":"open"}')] },
    { calls: [call('shop_order', { order: 'VL-99120' }, '{"order":"VL-99120","status":"shipped","carrier":"DPD","tracking":"05212340998711","shipped_at":"2026-12-05T14:02:00+01:00","eta":"2026-12-09"}')] },
  ])),
  agent('a10-law-deal-stage', 'haiku', sdkAgent(LAW, LAW_TOOLS, 'what stage is the Brackwater Energy pitch at?', [
    { calls: [call('pd_search_deals', { term: 'Brackwater' }, '[{"id":5521,"title":"Brackwater Energy - project finance panel pitch","stage":"Proposal sent","owner":"S. Okafor","value":180000,"currency":"GBP","expected_close":"2027-01-31"}]')] },
  ])),
  agent('a10-freight-loads-today', 'haiku', sdkAgent(FREIGHT, FREIGHT_TOOLS, 'how many loads did we book today so far', [
    { calls: [call('sql_query', { sql: "SELECT count(*) FROM loads WHERE booked_at >= date_trunc('day', now() AT TIME ZONE 'America/Chicago') AT TIME ZONE 'America/Chicago'" }, 'count\n-----\n  317\n(1 row)')] },
  ])),
  agent('a10-grants-deadline', 'haiku', sdkAgent(GRANTS, GRANTS_TOOLS, "when does the Hollins Foundation's small grants round close?", [
    { calls: [call('browser_open', { url: 'https://www.hollinsfoundation.org.uk/small-grants' }, 'Opened https://www.hollinsfoundation.org.uk/small-grants (200)')] },
    { calls: [call('browser_find', { text: 'deadline' }, 'Match 1 of 2: "Round 3 opens 5 January 2027. Deadline for applications: 12 noon, Friday 20 February 2027."\nMatch 2 of 2: "Decisions are usually made within 10 weeks of the deadline."')] },
  ])),
  agent('a10-shops-pod-count', 'haiku', sdkAgent(SHOPS, SHOPS_TOOLS, 'how many stock-sync pods are running in prod?', [
    { calls: [call('kubectl', { args: 'get deploy stock-sync -n stock -o wide', context: 'aks-prod-weu' }, 'NAME         READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES                                   SELECTOR\nstock-sync   6/6     6            6           412d   stock-sync   larkmoor.azurecr.io/stock-sync:4.12.0   app=stock-sync')] },
  ])),
  agent('a10-vet-appointments-tomorrow', 'haiku', sdkAgent(VET, VET_TOOLS, 'how many ops are booked at the Kelso clinic tomorrow?', [
    { calls: [call('appointments', { clinic: 'Kelso', date: '2026-12-09', type: 'surgery' }, '[{"time":"08:30","patient":"Bramble (canine)","procedure":"spay"},{"time":"09:45","patient":"Otto (feline)","procedure":"dental, 3 extractions"},{"time":"11:30","patient":"Juno (canine)","procedure":"lump removal"},{"time":"14:00","patient":"Pip (rabbit)","procedure":"castration"}]')] },
  ])),
  agent('a10-mdm-device-owner', 'haiku', sdkAgent(MDM, MDM_TOOLS, 'who is iPad serial DMPX41K2Q1GC assigned to? (I am staff, tech at Hillcrest Elementary)', [
    { calls: [call('jamf_device', { serial: 'DMPX41K2Q1GC' }, '{"serial":"DMPX41K2Q1GC","model":"iPad (9th generation)","assigned_user":"Ms. R. Calloway (teacher, Grade 3)","building":"Hillcrest Elementary","room":"114","last_inventory":"2026-12-07T15:41:00-05:00","os":"iPadOS 18.1.1"}')] },
  ])),
];
export const tenthAgenticExamples: TrafficExample[] = [...trivial];
