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

const everyday: TrafficExample[] = [
  agent('a10-cc-django-admin-filters', 'sonnet', claudeCodeWithTasks('the Booking admin is unusable with 200k rows. add list filters (marina, status, arrival month), search by boat name / customer email, and stop the changelist from doing a query per row', [
    { calls: [read(`${D}/tidewater/bookings/admin.py`, '@admin.register(Booking)\nclass BookingAdmin(admin.ModelAdmin):\n    list_display = ("id", "boat", "customer_email", "berth", "arrival", "departure", "status")\n\n    def customer_email(self, obj):\n        return obj.customer.email')] },
    { calls: [read(`${D}/tidewater/bookings/models.py`, 'class Booking(models.Model):\n    boat = models.ForeignKey(Boat, on_delete=models.PROTECT)\n    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)\n    berth = models.ForeignKey(Berth, on_delete=models.PROTECT)\n    arrival = models.DateField(db_index=True)\n    departure = models.DateField()\n    status = models.CharField(max_length=16, choices=Status.choices, default=Status.HOLD)\n\n    class Meta:\n        indexes = [models.Index(fields=["berth", "arrival"])]', 12), grep('class Berth', 'tidewater/marinas/models.py:31:class Berth(models.Model):\ntidewater/marinas/models.py:32:    marina = models.ForeignKey(Marina, related_name="berths", on_delete=models.CASCADE)')] },
  ], { claudeMd: MD_DJ, reminders: { 0: opened(`${D}/tidewater/bookings/admin.py`) } })),
  agent('a10-cc-django-celery-retry', 'sonnet', claudeCodeWithTasks('sync_tide_tables dies whenever the tide API times out and then nothing until the next run. make it retry with backoff (max 5) and only on network errors', [
    { calls: [read(`${D}/tidewater/marinas/tasks.py`, '@shared_task\ndef sync_tide_tables():\n    for marina in Marina.objects.filter(active=True):\n        resp = httpx.get(f"{settings.TIDE_API}/stations/{marina.station_id}/predictions", timeout=10)\n        resp.raise_for_status()\n        TidePrediction.objects.bulk_create(\n            [TidePrediction(marina=marina, **p) for p in resp.json()["predictions"]],\n            update_conflicts=True, unique_fields=["marina", "at"], update_fields=["height_m"],\n        )')] },
    { calls: [glob('tidewater/marinas/tests/test_tasks*.py', `${D}/tidewater/marinas/tests/test_tasks.py`), read(`${D}/tidewater/marinas/tests/test_tasks.py`, 'def test_sync_tide_tables_stores_predictions(respx_mock, marina):\n    respx_mock.get(f"{TIDE}/stations/{marina.station_id}/predictions").respond(json=SAMPLE)\n    sync_tide_tables()\n    assert TidePrediction.objects.filter(marina=marina).count() == 48')] },
  ], { claudeMd: MD_DJ })),
  agent('a10-cc-django-csv-export', 'sonnet', claudeCodeWithTasks('marina managers want a CSV download of this month\'s occupancy from the reports page. stream it, dont build it in memory', [
    { calls: [read(`${D}/tidewater/reports/views.py`, 'class OccupancyReportView(LoginRequiredMixin, PermissionRequiredMixin, TemplateView):\n    permission_required = "reports.view_occupancy"\n    template_name = "reports/occupancy.html"\n\n    def get_context_data(self, **kwargs):\n        ctx = super().get_context_data(**kwargs)\n        ctx["rows"] = occupancy_rows(self.request.user.marina, month=timezone.localdate().replace(day=1))\n        return ctx')] },
    { calls: [grep('def occupancy_rows', 'tidewater/reports/queries.py:14:def occupancy_rows(marina, month):'), read(`${D}/tidewater/reports/queries.py`, 'def occupancy_rows(marina, month):\n    return (\n        Berth.objects.filter(marina=marina)\n        .annotate(nights=Count("booking", filter=Q(booking__arrival__month=month.month)))\n        .values("code", "length_m", "nights")\n        .iterator(chunk_size=2000)\n    )', 14)] },
    { calls: [read(`${D}/tidewater/reports/urls.py`, 'urlpatterns = [\n    path("occupancy/", OccupancyReportView.as_view(), name="occupancy"),\n]')] },
  ], { claudeMd: MD_DJ })),
  agent('a10-cc-spring-validation-errors', 'sonnet', claudeCodeWithTasks('POST /quotes with a bad body returns a 500 with a stack trace. should be a 400 with a list of field errors (problem+json). add a test', [
    { calls: [bash('curl -s -X POST localhost:8080/quotes -H "content-type: application/json" -d \'{"customerId":"","lines":[]}\' | head -c 600', '{"timestamp":"2026-12-08T00:41:12.331+00:00","status":500,"error":"Internal Server Error","trace":"jakarta.validation.ConstraintViolationException: create.request.lines: must not be empty, create.request.customerId: must not be blank\\n\\tat org.springframework.validation.beanvalidation.MethodValidationInterceptor.invoke(MethodValidationInterceptor.java:138)...')] },
    { calls: [read(`${J}/fulcrum-api/src/main/java/io/fulcrum/api/quotes/QuoteController.java`, '@RestController\n@RequestMapping("/quotes")\n@Validated\nclass QuoteController {\n    private final QuoteService service;\n\n    @PostMapping\n    ResponseEntity<QuoteDto> create(@RequestBody @Valid CreateQuoteRequest request) {\n        var quote = service.create(request);\n        return ResponseEntity.created(URI.create("/quotes/" + quote.id())).body(quote);\n    }'), grep('@ControllerAdvice|@RestControllerAdvice', 'No matches found')] },
  ], { claudeMd: MD_SPRING })),
  agent('a10-cc-spring-flyway-column', 'sonnet', claudeCodeWithTasks('quotes need a valid_until date (default created + 30 days, existing rows too). entity, migration, dto, test', [
    { calls: [read(`${J}/fulcrum-persistence/src/main/java/io/fulcrum/persistence/QuoteEntity.java`, '@Entity\n@Table(name = "quotes")\npublic class QuoteEntity {\n    @Id @GeneratedValue(strategy = GenerationType.UUID) private UUID id;\n    @Column(nullable = false) private UUID customerId;\n    @Column(nullable = false) private Instant createdAt;\n    @Enumerated(EnumType.STRING) @Column(nullable = false) private QuoteStatus status;\n    @OneToMany(mappedBy = "quote", cascade = CascadeType.ALL, orphanRemoval = true) private List<QuoteLineEntity> lines = new ArrayList<>();')] },
    { calls: [read(`${J}/fulcrum-persistence/src/main/resources/db/migration/V5__audit_log.sql`, 'CREATE TABLE audit_log (\n    id BIGSERIAL PRIMARY KEY,\n    entity TEXT NOT NULL,\n    entity_id UUID NOT NULL,\n    action TEXT NOT NULL,\n    at TIMESTAMPTZ NOT NULL DEFAULT now()\n);')] },
  ], { claudeMd: MD_SPRING })),
  agent('a10-cc-spring-testcontainers', 'sonnet', claudeCodeWithTasks('the repository tests use H2 and keep passing things that break on postgres. switch fulcrum-persistence tests to testcontainers postgres 16, reuse one container for the whole suite', [
    { calls: [read(`${J}/fulcrum-persistence/build.gradle.kts`, 'dependencies {\n    implementation(project(":fulcrum-core"))\n    implementation("org.springframework.boot:spring-boot-starter-data-jpa")\n    implementation("org.flywaydb:flyway-core")\n    runtimeOnly("org.postgresql:postgresql")\n    testImplementation("org.springframework.boot:spring-boot-starter-test")\n    testRuntimeOnly("com.h2database:h2")\n}')] },
    { calls: [glob('fulcrum-persistence/src/test/**/*.java', `${J}/fulcrum-persistence/src/test/java/io/fulcrum/persistence/QuoteRepositoryTest.java\n${J}/fulcrum-persistence/src/test/java/io/fulcrum/persistence/AuditLogRepositoryTest.java\n${J}/fulcrum-persistence/src/test/java/io/fulcrum/persistence/CustomerRepositoryTest.java`), read(`${J}/fulcrum-persistence/src/test/resources/application-test.yml`, 'spring:\n  datasource:\n    url: jdbc:h2:mem:fulcrum;MODE=PostgreSQL\n  flyway:\n    enabled: true')] },
    { calls: [read(`${J}/fulcrum-persistence/src/test/java/io/fulcrum/persistence/QuoteRepositoryTest.java`, '@DataJpaTest\n@ActiveProfiles("test")\nclass QuoteRepositoryTest {\n    @Autowired QuoteRepository quotes;\n\n    @Test\n    void findsOpenQuotesForCustomer() {', 1)] },
  ], { claudeMd: MD_SPRING, reminders: { 2: NUDGE } })),
  agent('a10-cc-flutter-form-validation', 'sonnet', claudeCodeWithTasks('the harvest edit sheet accepts negative weights and empty crop. add validation with proper messages (use l10n) and a widget test', [
    { calls: [read(`${F}/lib/features/harvest/ui/harvest_edit_sheet.dart`, 'class HarvestEditSheet extends ConsumerStatefulWidget {\n  ...\n  @override\n  Widget build(BuildContext context) {\n    return Form(\n      key: _formKey,\n      child: Column(children: [\n        TextFormField(controller: _crop, decoration: InputDecoration(labelText: context.l10n.crop)),\n        TextFormField(controller: _weight, keyboardType: TextInputType.number, decoration: InputDecoration(labelText: context.l10n.weightKg)),\n        FilledButton(onPressed: _save, child: Text(context.l10n.save)),\n      ]),\n    );\n  }', 20)] },
    { calls: [read(`${F}/lib/l10n/app_en.arb`, '{\n  "@@locale": "en",\n  "crop": "Crop",\n  "weightKg": "Weight (kg)",\n  "save": "Save",\n  "harvestListTitle": "Harvests"\n}')] },
  ], { claudeMd: MD_FLUTTER })),
  agent('a10-cc-flutter-go-router-deeplink', 'sonnet', claudeCodeWithTasks('support links like harvestr://fields/123 should open that field. android + ios config and the go_router route', [
    { calls: [read(`${F}/lib/app/router.dart`, "final routerProvider = Provider((ref) => GoRouter(\n  routes: [\n    GoRoute(path: '/', builder: (_, __) => const HomePage()),\n    GoRoute(path: '/fields', builder: (_, __) => const FieldsPage()),\n    GoRoute(path: '/harvests', builder: (_, __) => const HarvestListPage()),\n  ],\n));")] },
    { calls: [grep('intent-filter|CFBundleURLTypes', 'android/app/src/main/AndroidManifest.xml:22:            <intent-filter>\nandroid/app/src/main/AndroidManifest.xml:23:                <action android:name="android.intent.action.MAIN"/>')] },
  ], { claudeMd: MD_FLUTTER })),
  agent('a10-cc-ml-early-stopping', 'sonnet', claudeCodeWithTasks('add early stopping on val/f1 (patience configurable, default 5) and keep the best checkpoint by val/f1 instead of last. hydra configurable', [
    { calls: [read(`${M}/src/seedbank/train.py`, '@hydra.main(config_path="../../conf", config_name="train", version_base="1.3")\ndef main(cfg: DictConfig) -> None:\n    dm = SeedDataModule(cfg.data)\n    model = LeafClassifier(cfg.model, cfg.optim)\n    logger = WandbLogger(project="seedbank", name=cfg.experiment_name)\n    trainer = L.Trainer(\n        max_epochs=cfg.trainer.max_epochs,\n        precision=cfg.trainer.precision,\n        logger=logger,\n        callbacks=[LearningRateMonitor("step"), ModelCheckpoint(save_last=True)],\n    )\n    trainer.fit(model, dm)')] },
    { calls: [read(`${M}/conf/train.yaml`, 'defaults:\n  - data: leaves_v3\n  - model: resnet50\n  - augment: standard\n  - _self_\n\nexperiment_name: ${model.name}-${data.name}\ntrainer:\n  max_epochs: 60\n  precision: bf16-mixed'), grep('self.log\\("val', 'src/seedbank/model.py:71:        self.log("val/loss", loss, prog_bar=True)\nsrc/seedbank/model.py:72:        self.log("val/f1", self.val_f1, on_epoch=True, prog_bar=True)')] },
  ], { claudeMd: MD_ML })),
  agent('a10-cc-ml-dataset-shape-error', 'sonnet', claudeCodeWithTasks('training on the new leaves_v4 data crashes in the first batch, see below. v3 works\n\nRuntimeError: stack expects each tensor to be equal size, but got [3, 224, 224] at entry 0 and [4, 224, 224] at entry 7', [
    { calls: [read(`${M}/src/seedbank/data/dataset.py`, 'class LeafDataset(Dataset):\n    def __init__(self, index: pd.DataFrame, root: Path, transform):\n        self.index, self.root, self.transform = index, root, transform\n\n    def __getitem__(self, i):\n        row = self.index.iloc[i]\n        img = Image.open(self.root / row.path)\n        return self.transform(img), row.label')] },
    { calls: [bash('python - <<"EOF"\nfrom PIL import Image; import pandas as pd, collections\nidx = pd.read_parquet("/data/leaves_v4/index.parquet")\nprint(collections.Counter(Image.open("/data/leaves_v4/"+p).mode for p in idx.path.sample(2000, random_state=0)))\nEOF', "Counter({'RGB': 1873, 'RGBA': 98, 'L': 21, 'P': 8})")] },
  ], { claudeMd: MD_ML })),
  agent('a10-cc-helm-pdb-values', 'sonnet', claudeCodeWithTasks('add an optional PodDisruptionBudget to the web-shop chart (off by default, minAvailable or maxUnavailable from values), turn it on in values-prod with minAvailable 2, plus a helm unittest', [
    { calls: [glob('charts/web-shop/**', `${C}/charts/web-shop/Chart.yaml\n${C}/charts/web-shop/values.yaml\n${C}/charts/web-shop/values-prod.yaml\n${C}/charts/web-shop/values-staging.yaml\n${C}/charts/web-shop/templates/deployment.yaml\n${C}/charts/web-shop/templates/service.yaml\n${C}/charts/web-shop/templates/hpa.yaml\n${C}/charts/web-shop/templates/_helpers.tpl\n${C}/charts/web-shop/tests/hpa_test.yaml`)] },
    { calls: [read(`${C}/charts/web-shop/templates/hpa.yaml`, '{{- if .Values.autoscaling.enabled }}\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: {{ include "web-shop.fullname" . }}\n  labels:\n    {{- include "web-shop.labels" . | nindent 4 }}\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: {{ include "web-shop.fullname" . }}\n  minReplicas: {{ .Values.autoscaling.minReplicas }}\n  maxReplicas: {{ .Values.autoscaling.maxReplicas }}\n{{- end }}'), read(`${C}/charts/web-shop/tests/hpa_test.yaml`, 'suite: hpa\ntemplates:\n  - hpa.yaml\ntests:\n  - it: is not rendered by default\n    asserts:\n      - hasDocuments:\n          count: 0')] },
  ], { claudeMd: MD_HELM })),
  agent('a10-cc-helm-secret-env', 'sonnet', claudeCodeWithTasks('checkout needs STRIPE_API_KEY from the existing k8s secret checkout-stripe (key api-key). wire it in the chart without putting the value anywhere in git', [
    { calls: [read(`${C}/charts/checkout/templates/deployment.yaml`, '      containers:\n        - name: checkout\n          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"\n          env:\n            {{- range $k, $v := .Values.env }}\n            - name: {{ $k }}\n              value: {{ $v | quote }}\n            {{- end }}\n          ports:\n            - containerPort: 8080', 30)] },
  ], { claudeMd: MD_HELM })),
  agent('a10-cc-django-race-wording', 'sonnet', claudeCodeWithTasks('two staff can double book a berth if they click at the same moment (race condition). we already have select_for_update elsewhere, do the same in create_booking and add a test that the second one gets a clean error', [
    { calls: [read(`${D}/tidewater/bookings/services.py`, 'def create_booking(*, berth, boat, customer, arrival, departure):\n    if Booking.objects.filter(berth=berth, arrival__lt=departure, departure__gt=arrival).exclude(status=Status.CANCELLED).exists():\n        raise BerthUnavailable(berth.code)\n    return Booking.objects.create(berth=berth, boat=boat, customer=customer, arrival=arrival, departure=departure)')] },
    { calls: [grep('select_for_update', 'tidewater/billing/services.py:41:        invoice = Invoice.objects.select_for_update().get(pk=invoice_id)\ntidewater/marinas/services.py:18:    with transaction.atomic():\ntidewater/marinas/services.py:19:        berth = Berth.objects.select_for_update().get(pk=berth_id)')] },
  ], { claudeMd: MD_DJ })),
  agent('a10-cc-spring-review-pr', 'sonnet', claudeCodeWithTasks('review my branch before I open the PR, be honest', [
    { calls: [bash('git diff main --stat', ' fulcrum-core/src/main/java/io/fulcrum/core/pricing/DiscountPolicy.java     | 48 +++++++++++\n fulcrum-core/src/main/java/io/fulcrum/core/pricing/QuoteCalculator.java    | 21 +++--\n fulcrum-core/src/test/java/io/fulcrum/core/pricing/DiscountPolicyTest.java | 37 ++++++++\n 3 files changed, 98 insertions(+), 8 deletions(-)')] },
    { calls: [bash('git diff main -- fulcrum-core/src/main', '+public final class DiscountPolicy {\n+    public BigDecimal apply(CustomerTier tier, BigDecimal subtotal) {\n+        double rate = switch (tier) {\n+            case GOLD -> 0.10;\n+            case SILVER -> 0.05;\n+            default -> 0.0;\n+        };\n+        return subtotal.multiply(BigDecimal.valueOf(1 - rate)).setScale(2, RoundingMode.HALF_UP);\n+    }\n+}\n...\n-        var total = lines.stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);\n+        var subtotal = lines.stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);\n+        var total = new DiscountPolicy().apply(customer.tier(), subtotal);\n+        if (customer.tier() == null) total = subtotal;')] },
  ], { claudeMd: MD_SPRING })),
  agent('a10-bike-battery-return', 'sonnet', sdkAgent(BIKE, BIKE_TOOLS, 'draft a reply to #48377, battery not charging past 60%, bike is 14 months old', [
    { calls: [call('fd_get_ticket', { id: 48377 }, '{"id":48377,"subject":"Battery stuck at 60%","requester":"m.keller@example.de","description":"My Veloria Trek 500 battery will not charge above 60% since two weeks. Charger light goes green. Bought Oct 2025, order VL-71022. What can I do?","attachments":["charger.jpg"]}')] },
    { calls: [call('warranty_lookup', { order: 'VL-71022' }, '{"order":"VL-71022","frame_warranty_until":"2030-10-14","battery_warranty_until":"2027-10-14","battery_serial":"VB36-5520-1187","prior_claims":0}'), call('kb_search', { query: 'battery not charging full diagnosis' }, '[{"id":"KB-204","title":"Battery stops below full charge","summary":"1) full discharge + 12h charge cycle, 2) check charger output with LED pattern, 3) if unresolved: warranty claim, battery collected by our DG courier (never posted by customer)"}]')] },
  ])),
  agent('a10-law-pitch-followups', 'sonnet', sdkAgent(LAW, LAW_TOOLS, 'list the pitches in "Proposal sent" with no activity in 3 weeks, and draft a one-line follow-up suggestion for each partner', [
    { calls: [call('pd_search_deals', { stage: 'Proposal sent' }, '[{"id":5521,"title":"Brackwater Energy - project finance panel","owner":"S. Okafor"},{"id":5540,"title":"Quell Pharma - employment review","owner":"D. Lyle"},{"id":5562,"title":"Castlegate Homes - planning appeal","owner":"R. Mensah"},{"id":5571,"title":"Orrin Capital - fund formation","owner":"S. Okafor"}]')] },
    { calls: [call('pd_activities', { deal_ids: [5521, 5540, 5562, 5571], last: 1 }, '[{"deal":5521,"last":"2026-12-03 call with GC"},{"deal":5540,"last":"2026-11-05 proposal emailed"},{"deal":5562,"last":"2026-11-12 site visit"},{"deal":5571,"last":"2026-12-01 fee note sent"}]')] },
  ])),
  agent('a10-freight-lane-margin', 'sonnet', sdkAgent(FREIGHT, FREIGHT_TOOLS, 'margin per lane (origin state -> dest state) for November, top 15 by volume, with avg carrier rate and avg shipper rate per mile', [
    { calls: [call('describe_table', { table: 'loads' }, 'id bigint, shipper_id int, carrier_id int, origin_state char(2), dest_state char(2), miles numeric, shipper_rate_usd numeric, carrier_rate_usd numeric, status text, booked_at timestamptz, delivered_at timestamptz')] },
    { calls: [call('sql_query', { sql: "SELECT status, count(*) FROM loads WHERE booked_at >= '2026-11-01' AND booked_at < '2026-12-01' GROUP BY 1" }, 'status     | count\n-----------+------\ndelivered  | 8412\ncancelled  |  391\nin_transit |   22\nTONU       |   57')] },
  ])),
  agent('a10-grants-shortlist', 'sonnet', sdkAgent(GRANTS, GRANTS_TOOLS, 'we run a youth cycling repair club (about £12k/year). find me 3-4 funders open in the next 3 months that fit, with deadline, max award and the eligibility catch for each', [
    { calls: [call('browser_open', { url: 'https://www.sportengland.org/funds-and-campaigns/movement-fund' }, 'Opened (200)'), call('browser_read', {}, 'Movement Fund: awards £300 to £15,000 for projects that help people get active. Rolling, no deadline. Not for organisations with an annual turnover above £250k. Priority: people on low incomes, disabled people, ...')] },
    { calls: [call('browser_open', { url: 'https://www.tnlcommunityfund.org.uk/funding/programmes/national-lottery-awards-for-all-england' }, 'Opened (200)'), call('browser_read', {}, 'Awards for All: £300 to £20,000 for up to 2 years. Apply any time; decision in about 12 weeks. You need two unrelated senior contacts and a bank account in the organisation\'s name.')] },
    { calls: [call('browser_open', { url: 'https://www.halfordsfoundation.org/apply' }, 'Opened (200)'), call('browser_read', {}, 'Halfords Foundation Community Grants: up to £2,000 for cycling projects that benefit young people. Round closes 31 January 2027. Registered charities only.')] },
  ])),
  agent('a10-shops-cpu-throttle', 'sonnet', sdkAgent(SHOPS, SHOPS_TOOLS, 'web-shop p95 latency went up a bit since friday, nothing failing. is it cpu throttling? show me', [
    { calls: [call('kql_query', { query: 'AppRequests | where AppRoleName == "web-shop" and TimeGenerated > ago(7d) | summarize p95=percentile(DurationMs,95) by bin(TimeGenerated, 1d)' }, 'TimeGenerated | p95\n2026-12-01 | 212\n2026-12-02 | 208\n2026-12-03 | 219\n2026-12-04 | 215\n2026-12-05 | 341\n2026-12-06 | 356\n2026-12-07 | 349')] },
    { calls: [call('azure_monitor_metrics', { resource: 'aks-prod-weu', metric: 'container_cpu_cfs_throttled_periods_total', filter: 'container=web-shop', interval: 'P1D', range: 'P7D' }, 'day        throttled_ratio\n2026-12-01 0.02\n2026-12-02 0.02\n2026-12-03 0.03\n2026-12-04 0.02\n2026-12-05 0.31\n2026-12-06 0.34\n2026-12-07 0.33'), call('kubectl', { args: 'rollout history deploy/web-shop -n shop', context: 'aks-prod-weu' }, 'REVISION  CHANGE-CAUSE\n41        chart 3.4.1: image 7.2.0\n42        chart 3.5.0: image 7.3.0, resources from values-prod (cpu limit 1 -> 500m)')] },
  ])),
  agent('a10-vet-rota-gap', 'sonnet', sdkAgent(VET, VET_TOOLS, 'Dr Hale is off sick all next week. who can cover her Kelso consults? keep everyone under 45h', [
    { calls: [call('rota', { clinic: 'Kelso', week: '2026-W51' }, '[{"vet":"Dr A. Hale","sessions":["Mon AM","Mon PM","Tue AM","Wed AM","Wed PM","Fri AM"],"hours":30},{"vet":"Dr P. Osei","sessions":["Mon AM","Tue AM","Tue PM","Thu AM","Thu PM","Fri PM"],"hours":33}]')] },
    { calls: [call('rota', { clinic: ['Jedburgh', 'Hawick'], week: '2026-W51', include_hours: true }, '[{"vet":"Dr L. Brodie","clinic":"Jedburgh","sessions":["Mon PM","Tue AM","Thu AM","Thu PM","Fri AM"],"hours":27},{"vet":"Dr M. Singh","clinic":"Hawick","sessions":["Mon AM","Tue PM","Wed AM","Wed PM","Fri PM"],"hours":31},{"vet":"Dr J. Fyfe (locum pool)","clinic":"any","available":["Mon","Wed","Fri"],"hours":0}]')] },
  ])),
];
export const tenthAgenticExamples: TrafficExample[] = [...trivial, ...everyday];
