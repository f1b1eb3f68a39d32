import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A seventeenth batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. Engineers' everyday asks through
 * an IDE plugin or a chat UI (code, debugging, infra, data, design), with some internal-service system prompts.
 * Mostly plainly typical requests, about 1 in 5 traps, lengths from a line to ~6 KB pasted. Names start with
 * "b17-"; 50 per tier.
 */
const s = batch('b17-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b17-${name}`, tier, text, { system });

const IDE =
  'You are Copperline Assist, the coding assistant in the Copperline engineering IDE extension. The active file path and the selected code follow the user message. Prefer minimal diffs. Match the repository style. Answer code first, then at most three sentences.';
const CHAT =
  'You are the internal engineering chat assistant at Copperline Logistics. Engineers ask about code, infrastructure and data. Be direct; use code blocks; say when you are unsure.';
const REVIEW_BOT =
  'You are copperline-review, an automated reviewer on GitHub pull requests. Comment on bugs, security problems, race conditions, missing tests and unclear naming. Reference files and lines. If the change is trivial and correct, reply "LGTM" and nothing else.';
const ONCALL =
  'You are PagerPal, the on-call helper for Copperline SREs. Inputs are alerts, logs and dashboards pasted as text. State what the evidence shows, list hypotheses ranked by likelihood, and give the next command to run.';
const SQLGEN =
  'You are the Copperline warehouse SQL helper (BigQuery). Tables: shipments(id, customer_id, origin_depot, dest_postcode, weight_kg, created_at, delivered_at, status), customers(id, name, tier, region), depots(code, city, capacity_per_day), scans(shipment_id, depot_code, scanned_at, event). Output one query in a code block and a one-line note.';
const COMMITS = 'Generate a conventional commit message for the diff. Subject max 72 characters. Output only the message.';
const RUNBOOK =
  'You answer questions using the Copperline runbook excerpt provided. Quote the relevant step. If the runbook does not cover it, say "Not in runbook".';

const svcLog = pad(
  '2026-12-07T10:02:11.402Z level=info svc=route-planner msg="plan computed" depot=MAN2 stops=184 vehicles=22 solve_ms=812\n2026-12-07T10:02:11.950Z level=warn svc=route-planner msg="geocode cache miss" postcode="M14 5TQ" fallback=osm\n2026-12-07T10:02:12.310Z level=error svc=route-planner msg="solver timeout" depot=LDS1 stops=402 vehicles=31 solve_ms=30000 err="context deadline exceeded"\n2026-12-07T10:02:12.700Z level=info svc=route-planner msg="falling back to greedy" depot=LDS1',
  3000,
);
const pyFile =
  'import os\nimport json\nfrom datetime import datetime\n\nimport boto3\n\nBUCKET = os.environ["LABELS_BUCKET"]\ns3 = boto3.client("s3")\n\n\ndef label_key(shipment_id):\n    return f"labels/{shipment_id}.pdf"\n\n\ndef store_label(shipment_id, pdf_bytes):\n    s3.put_object(Bucket=BUCKET, Key=label_key(shipment_id), Body=pdf_bytes, ContentType="application/pdf")\n    meta = {"shipment": shipment_id, "stored_at": datetime.utcnow().isoformat()}\n    s3.put_object(Bucket=BUCKET, Key=label_key(shipment_id) + ".json", Body=json.dumps(meta))\n    return label_key(shipment_id)\n\n\ndef fetch_label(shipment_id):\n    obj = s3.get_object(Bucket=BUCKET, Key=label_key(shipment_id))\n    return obj["Body"].read()\n';
const tsService =
  'export class EtaService {\n  private cache = new Map<string, { eta: Date; at: number }>();\n\n  constructor(private readonly tracker: TrackerClient, private readonly ttlMs = 60_000) {}\n\n  async etaFor(shipmentId: string): Promise<Date> {\n    const hit = this.cache.get(shipmentId);\n    if (hit && Date.now() - hit.at < this.ttlMs) return hit.eta;\n    const pos = await this.tracker.position(shipmentId);\n    const eta = new Date(Date.now() + pos.remainingKm / pos.avgKmh * 3_600_000);\n    this.cache.set(shipmentId, { eta, at: Date.now() });\n    return eta;\n  }\n}\n';
const k8sYaml =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: scan-ingest\n  namespace: tracking\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: scan-ingest\n  template:\n    metadata:\n      labels:\n        app: scan-ingest\n    spec:\n      containers:\n        - name: scan-ingest\n          image: registry.copperline.dev/tracking/scan-ingest:1.14.2\n          ports:\n            - containerPort: 8080\n          resources:\n            requests: { cpu: 250m, memory: 256Mi }\n            limits: { cpu: "1", memory: 512Mi }\n          env:\n            - name: KAFKA_BROKERS\n              value: kafka-0.kafka:9092,kafka-1.kafka:9092\n            - name: CONSUMER_GROUP\n              value: scan-ingest-v2\n';
const runbook = pad(
  'Runbook RB-12 Depot scanner outage. Step 1: confirm in Grafana "Depot Scans" that scans/min for the depot dropped below 10% of the 7-day median. Step 2: check the depot gateway with `ssh gw-<depot>.copperline.dev systemctl status scanbridge`. Step 3: if scanbridge is failed, restart it once; if it fails again, page the depot network on-call (PagerDuty service "Depot LAN"). Step 4: switch the depot to offline mode in Admin > Depots > Offline capture so handhelds buffer scans (they hold 48 h). Step 5: after recovery, verify backlog drain in the "scan-ingest lag" panel; lag above 200k needs a temporary scale-up of scan-ingest to 8 replicas.',
  4200,
);
const tfPlan =
  'Terraform will perform the following actions:\n\n  # aws_security_group_rule.ingest_https will be created\n  + resource "aws_security_group_rule" "ingest_https" {\n      + cidr_blocks = ["10.40.0.0/16"]\n      + from_port   = 443\n      + protocol    = "tcp"\n      + to_port     = 443\n      + type        = "ingress"\n    }\n\n  # aws_db_instance.tracking must be replaced\n-/+ resource "aws_db_instance" "tracking" {\n      ~ engine_version = "14.10" -> "16.3" # forces replacement\n      ~ id             = "tracking-prod" -> (known after apply)\n        instance_class = "db.r6g.2xlarge"\n    }\n\n  # aws_s3_bucket_lifecycle_configuration.labels will be updated in-place\n  ~ resource "aws_s3_bucket_lifecycle_configuration" "labels" {\n      ~ rule { expiration { days = 365 -> 90 } }\n    }\n\nPlan: 2 to add, 1 to change, 1 to destroy.\n';

const haiku: TrafficExample[] = [
  s('git-stash-untracked', 'haiku', 'git stash but include untracked files too?'),
  s('git-who-changed-line', 'haiku', 'how do i see who last changed line 120 of src/eta.ts'),
  s('git-delete-local-merged', 'haiku', 'one command to delete all local branches already merged into main'),
  s('npm-list-outdated', 'haiku', 'npm command to list outdated packages'),
  s('py-venv-create', 'haiku', 'create and activate a python venv on mac, commands only'),
  s('py-read-json-file', 'haiku', 'python read a json file into a dict'),
  s('ts-enum-vs-union', 'haiku', 'short answer: string union or enum for a status field in TS? just tell me which is more common nowadays'),
  s('js-debounce-lodash-import', 'haiku', 'how do I import just debounce from lodash-es'),
  s('go-defer-order', 'haiku', 'in go, do deferred calls run in LIFO order?'),
  s('rust-string-to-str', 'haiku', 'rust: String to &str'),
  s('docker-prune-images', 'haiku', 'remove all dangling docker images'),
  s('k8s-get-pods-label', 'haiku', 'kubectl list pods with label app=scan-ingest in namespace tracking'),
  s('k8s-yaml-image-tag', 'haiku', `${k8sYaml}\nwhat image tag is this deploying`),
  s('k8s-yaml-memory-limit', 'haiku', `${k8sYaml}\nmemory limit?`),
  s('log-which-depot-timeout', 'haiku', `${svcLog}\nwhich depot hit the solver timeout`),
  s('py-file-env-var', 'haiku', `${pyFile}\nwhich env var does this need set`),
  s('ts-service-default-ttl', 'haiku', `${tsService}\nwhat's the default cache ttl here`),
  s('tfplan-summary-counts', 'haiku', `${tfPlan}\nhow many resources get destroyed?`),
  s('sql-distinct-count', 'haiku', 'postgres: count distinct customer_id in shipments'),
  s('sql-date-trunc-week', 'haiku', 'bigquery truncate a timestamp to the week starting monday'),
  s('regex-shipment-id', 'haiku', 'regex for ids like CPL-0042-XZ (CPL dash 4 digits dash 2 uppercase letters)'),
  s('bash-find-large-files', 'haiku', 'find files over 500MB under /var'),
  s('bash-loop-files', 'haiku', 'bash for loop over all .csv files in a dir and print their names'),
  s('http-502-vs-504', 'haiku', '502 vs 504, one line each'),
  s('json-escape-quote', 'haiku', 'how do you escape a double quote inside a JSON string'),
  s('terse-ssh-keygen-ed25519', 'haiku', 'ssh-keygen ed25519 cmd'),
  s('typo-pyhton-f-string', 'haiku', 'pyhton fstring with 2 decimal places?'),
  s('caps-port-in-use-mac', 'haiku', 'HOW DO I SEE WHAT IS USING PORT 5432 ON MAC'),
  s('vim-replace-all', 'haiku', 'vim replace all foo with bar in file'),
  s('trap-word-consensus-define', 'haiku', 'Glossary entry for our wiki, max 20 words: what is "consensus" in distributed systems?'),
  s('trap-word-design-doc-filename', 'haiku', 'what should I name the design doc file for the new eta service, kebab case, something like design-...md'),
  s('trap-word-race-jira-title', 'haiku', 'shorten this Jira title to under 60 chars: "Investigate possible race condition between label upload worker and shipment status updater causing missing labels"'),
  s('trap-long-runbook-step-number', 'haiku', `${runbook}\nwhich step is the offline mode one?`),
  svc('ide-add-optional-chaining', 'haiku', IDE, 'use optional chaining here\n\nconst city = order && order.address && order.address.city;'),
  svc('ide-const-instead-let', 'haiku', IDE, 'change these to const where possible\n\nlet base = 20;\nlet rate = 0.015;\nlet total = 0;\nfor (const p of parcels) total += base + p.kg * rate;'),
  svc('ide-sort-imports', 'haiku', IDE, 'sort these imports alphabetically\n\nimport { z } from "zod";\nimport express from "express";\nimport { EtaService } from "./eta";\nimport cors from "cors";'),
  svc('ide-py-type-hints', 'haiku', IDE, `add type hints to label_key only\n\n${pyFile}`),
  svc('chat-what-is-idempotent', 'haiku', CHAT, 'what does idempotent mean for an HTTP method, one sentence'),
  svc('chat-uuid-v7', 'haiku', CHAT, 'is uuid v7 time-sortable?'),
  svc('commit-rename-var', 'haiku', COMMITS, 'diff --git a/src/eta.ts b/src/eta.ts\n-  const hit = this.cache.get(id);\n+  const hit = this.cache.get(shipmentId);'),
  svc('commit-add-gitignore', 'haiku', COMMITS, 'diff --git a/.gitignore b/.gitignore\n+.env.local\n+coverage/'),
  svc('review-doc-typo', 'haiku', REVIEW_BOT, 'diff --git a/docs/ingest.md b/docs/ingest.md\n@@ -3,3 +3,3 @@\n-Scans are ingestd from Kafka topic `depot.scans`.\n+Scans are ingested from Kafka topic `depot.scans`.'),
  svc('sqlgen-count-delivered-today', 'haiku', SQLGEN, 'how many shipments were delivered today'),
  svc('sqlgen-customers-north', 'haiku', SQLGEN, 'list customer names in the North region'),
  svc('runbook-handheld-buffer', 'haiku', RUNBOOK, `${runbook}\nhow long do handhelds buffer scans?`),
  svc('runbook-lag-threshold', 'haiku', RUNBOOK, `${runbook}\nat what lag do we scale up scan-ingest and to how many?`),
  svc('runbook-not-covered', 'haiku', RUNBOOK, `${runbook}\nwho approves overtime for depot staff during an outage?`),
  svc('oncall-trap-just-restart-cmd', 'haiku', ONCALL, 'just need the command: restart the scan-ingest deployment in namespace tracking'),
  s('yaml-indent-fix', 'haiku', 'fix the indentation:\n\nservices:\n  web:\n   image: nginx\n    ports:\n    - "80:80"'),
  s('cron-every-15-min', 'haiku', 'cron for every 15 minutes between 8 and 18'),
];

const sonnet: TrafficExample[] = [
  s('py-label-store-tests', 'sonnet', `${pyFile}\nwrite pytest tests for store_label and fetch_label, mock boto3 with moto or stubber, whichever is simpler`),
  s('py-label-utcnow-deprecation', 'sonnet', `${pyFile}\ngetting a DeprecationWarning for utcnow on 3.12. fix it and also make store_label write the metadata as proper JSON content type`),
  s('ts-eta-divide-by-zero', 'sonnet', `${tsService}\nsometimes etaFor returns Invalid Date. I think avgKmh can be 0 when the van is parked. handle that sensibly and explain what you chose`),
  s('ts-eta-refactor-injectable-clock', 'sonnet', `${tsService}\nrefactor so I can inject a clock for tests, then write two vitest tests for the cache expiry`),
  s('k8s-add-probes', 'sonnet', `${k8sYaml}\nadd readiness and liveness probes (the app has /healthz and /readyz) and a PodDisruptionBudget`),
  s('k8s-configmap-env', 'sonnet', `${k8sYaml}\nmove the env vars into a ConfigMap and reference it with envFrom. show both manifests`),
  s('log-summarise-planner', 'sonnet', `${svcLog}\nsummarise what is going on in these logs and suggest what to look at first`),
  s('tfplan-review-risk', 'sonnet', `${tfPlan}\nreview this plan before I apply it on prod. anything dangerous?`),
  s('go-http-client-retry', 'sonnet', 'Write a small Go helper that does an HTTP GET with up to 3 retries, exponential backoff with jitter, retrying only on 5xx and network errors, and respects the context deadline.'),
  s('go-table-driven-tests', 'sonnet', 'convert these go tests to table-driven:\n\nfunc TestZoneA(t *testing.T) { if Zone("M1 1AA") != "A" { t.Fatal("want A") } }\nfunc TestZoneB(t *testing.T) { if Zone("LS1 4DY") != "B" { t.Fatal("want B") } }\nfunc TestZoneUnknown(t *testing.T) { if Zone("ZZ9 9ZZ") != "" { t.Fatal("want empty") } }\nfunc TestZoneLower(t *testing.T) { if Zone("m1 1aa") != "A" { t.Fatal("want A") } }'),
  s('rust-error-thiserror', 'sonnet', 'I have a Rust CLI with Box<dyn Error> everywhere. Show me how to define a proper error enum with thiserror for: io errors, csv parse errors, and an InvalidWeight(f64) case, and how main should report them.'),
  s('react-form-validation', 'sonnet', 'React + react-hook-form + zod: a "book collection" form with postcode (UK), date (not in the past), parcel count 1-20 and optional notes. Show the component with error messages.'),
  s('react-list-rerenders', 'sonnet', 'My shipments table (React, ~2k rows) re-renders every row when I type in the search box. Component structure: <Page> holds search state, passes filtered rows to <Table>, which maps to <Row>. What should I change? Show code.'),
  s('node-stream-csv', 'sonnet', 'node script: read a 3GB CSV of scans, group by depot_code, count rows per depot, without loading it into memory. use streams, no heavy deps'),
  s('py-pandas-delivery-times', 'sonnet', 'pandas: I have a DataFrame of shipments with created_at, delivered_at (some NaT), origin_depot. compute median and p90 delivery hours per depot per week, and plot p90 over time, one line per depot'),
  s('sql-late-deliveries', 'sonnet', 'BigQuery: for each depot, the share of shipments delivered more than 48h after creation last month, plus the worst 3 destination postcode areas (first part of the postcode) by that share. tables: shipments(id, origin_depot, dest_postcode, created_at, delivered_at)'),
  s('sql-explain-plan-read', 'sonnet', 'why is this slow and what index would help?\n\nEXPLAIN ANALYZE SELECT * FROM scans WHERE shipment_id = 88123 ORDER BY scanned_at DESC LIMIT 1;\n\nLimit  (cost=0.00..48211.09 rows=1 width=64) (actual time=812.4..812.4 rows=1 loops=1)\n  ->  Seq Scan on scans  (cost=0.00..96422.18 rows=2 width=64) (actual time=812.3..812.3 rows=1 loops=1)\n        Filter: (shipment_id = 88123)\n        Rows Removed by Filter: 4100233\nPlanning Time: 0.1 ms\nExecution Time: 812.5 ms'),
  s('sql-migration-not-null', 'sonnet', 'need to add a NOT NULL column `service_level text` to shipments (40M rows, postgres 15) with default \'standard\' without locking the table for long. what\'s the safe sequence of migrations?'),
  s('docker-compose-dev', 'sonnet', 'docker compose for local dev: node api, postgres 16 with a volume, redis, and kafka (kraft mode, single node). api should wait for postgres to be healthy.'),
  s('gha-matrix-node', 'sonnet', 'GitHub Actions workflow: run lint + tests on node 20 and 22, cache npm, upload coverage artifact, and only run the deploy job on main after tests pass'),
  s('bash-backup-script', 'sonnet', 'bash script that pg_dumps the tracking db nightly, gzips it, uploads to s3://cpl-backups/tracking/YYYY/MM/DD/, deletes local file, and exits non-zero with a message if any step fails'),
  s('explain-event-loop-blocking', 'sonnet', 'Our Express API p99 jumps to 2s whenever someone hits /reports/export, which builds a big CSV synchronously. Explain why that hurts the other endpoints and give two or three ways to fix it.'),
  s('explain-cors-credentials', 'sonnet', 'browser says "The value of the Access-Control-Allow-Origin header must not be the wildcard * when the request\'s credentials mode is include". what does that mean and how do I configure express cors properly for app.copperline.dev and localhost:5173'),
  s('explain-py-mutable-default', 'sonnet', 'why does this keep accumulating stops between calls?\n\ndef build_route(depot, stops=[]):\n    stops.append(depot)\n    return stops'),
  s('design-rest-endpoints-returns', 'sonnet', 'Design the REST endpoints for a parcel returns feature: customer creates a return for a delivered shipment, gets a label, we track it back to the depot, and ops can approve/refund. Resource names, methods, status codes, a couple of example payloads.'),
  s('design-schema-tracking-events', 'sonnet', 'propose a postgres schema for tracking events (scanned, loaded, out for delivery, delivered, failed attempt with reason) that supports "latest status per shipment" quickly and full history. include indexes'),
  s('review-python-function', 'sonnet', 'can you review this and suggest improvements?\n\ndef parse_weight(s):\n    s = s.strip().lower()\n    if s.endswith("kg"):\n        return float(s[:-2])\n    if s.endswith("g"):\n        return float(s[:-1]) / 1000\n    if s.endswith("lb"):\n        return float(s[:-2]) * 0.4536\n    return float(s)'),
  s('regex-explain-postcode', 'sonnet', 'explain this regex piece by piece and tell me what valid UK postcodes it wrongly rejects: ^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$'),
  s('terraform-module-sqs', 'sonnet', 'terraform module for an SQS queue with a DLQ (maxReceiveCount 5), KMS encryption, and an IAM policy document output that allows a given role ARN to send/receive'),
  s('ts-generic-retry-typed', 'sonnet', 'write a typed `withRetry<T>(fn: () => Promise<T>, opts)` in TypeScript with max attempts, backoff, an isRetryable predicate, and AbortSignal support'),
  s('java-stream-groupby', 'sonnet', 'Java 21: given List<Shipment> (depot, weightKg, status), build a Map<String, DoubleSummaryStatistics> of weights per depot for DELIVERED only, and print depots sorted by average weight desc'),
  s('kotlin-retrofit-error', 'sonnet', 'Android app (Kotlin, Retrofit, coroutines): how should I map HTTP errors and network failures into a sealed Result type for the driver app\'s "mark delivered" call? Show the repository layer code.'),
  s('eli5-kafka-partitions', 'sonnet', 'new joiner here. explain kafka partitions and consumer groups like I\'m a backend dev who\'s only used rabbitmq. why would our scan-ingest have 3 replicas but 12 partitions?'),
  s('typo-fix-jest-mock', 'sonnet', 'jest mock not wokring, the real module still gets called:\n\nimport { sendSms } from "../sms";\njest.mock("./sms");\n\ntest("notifies driver", async () => {\n  await notifyDriver("d1");\n  expect(sendSms).toHaveBeenCalled();\n});'),
  s('trap-bullets-easy-refactor', 'sonnet', '- legacy file, 300 lines\n- one giant function handle()\n- mixes parsing, validation, db writes\nhere are the first 40 lines, just split this part into parse/validate functions:\n\nasync function handle(req) {\n  const b = req.body;\n  if (!b.postcode) throw new Error("postcode");\n  const pc = b.postcode.toUpperCase().replace(/\\s+/g, "");\n  if (!/^[A-Z0-9]{5,7}$/.test(pc)) throw new Error("bad postcode");\n  const kg = Number(b.weight);\n  if (!(kg > 0 && kg < 30)) throw new Error("weight");\n  const when = new Date(b.collectionDate);\n  if (isNaN(when.getTime())) throw new Error("date");\n  // ... db writes follow\n}'),
  s('trap-distributed-sounding-config', 'sonnet', 'our "distributed consensus" setup is just 3 etcd nodes for k8s. write me the etcdctl commands to check cluster health, list members, and take a snapshot backup, with a short note on each'),
  svc('ide-extract-hook', 'sonnet', IDE, 'extract the polling logic into a custom hook useShipmentStatus(id, intervalMs)\n\nfunction StatusBadge({ id }: { id: string }) {\n  const [status, setStatus] = useState<string>("unknown");\n  useEffect(() => {\n    let alive = true;\n    const t = setInterval(async () => {\n      const r = await fetch(`/api/shipments/${id}/status`);\n      if (alive) setStatus((await r.json()).status);\n    }, 5000);\n    return () => { alive = false; clearInterval(t); };\n  }, [id]);\n  return <Badge>{status}</Badge>;\n}'),
  svc('ide-write-docs-module', 'sonnet', IDE, `write a README section documenting this module: what it does, env vars, functions, an example\n\n${pyFile}`),
  svc('ide-convert-callbacks-async', 'sonnet', IDE, 'convert to async/await, keep behaviour the same including error handling\n\nfunction loadDepot(code, cb) {\n  db.get("depots", code, (err, depot) => {\n    if (err) return cb(err);\n    if (!depot) return cb(new Error("not found"));\n    geo.lookup(depot.postcode, (err2, point) => {\n      if (err2) return cb(err2);\n      cb(null, { ...depot, point });\n    });\n  });\n}'),
  svc('chat-choose-queue', 'sonnet', CHAT, 'for sending ~200k "your parcel is out for delivery" SMS a day, do we use SQS+lambda or a kafka consumer? we already run both. pros/cons for this specific use'),
  svc('chat-structured-logging', 'sonnet', CHAT, 'we log with console.log strings everywhere in a node service. propose a move to structured logging with pino: setup, request ids, redaction of phone numbers, and how to migrate incrementally'),
  svc('review-add-endpoint', 'sonnet', REVIEW_BOT, 'diff --git a/src/routes/shipments.ts b/src/routes/shipments.ts\n@@ -88,3 +88,19 @@\n+router.get("/shipments/:id/label", async (req, res) => {\n+  const id = req.params.id;\n+  const shipment = await db.shipments.findById(id);\n+  if (!shipment) return res.sendStatus(404);\n+  const pdf = await labels.fetch(id);\n+  res.setHeader("Content-Type", "application/pdf");\n+  res.send(pdf);\n+});'),
  svc('review-sql-migration', 'sonnet', REVIEW_BOT, 'diff --git a/migrations/0217_scans_index.sql b/migrations/0217_scans_index.sql\n+CREATE INDEX scans_shipment_idx ON scans (shipment_id);\n+ALTER TABLE scans ADD COLUMN source text;\n+UPDATE scans SET source = \'handheld\';'),
  svc('oncall-disk-filling', 'sonnet', ONCALL, 'alert: node ip-10-40-3-17 disk usage 91% and rising ~2%/h. df shows /var/lib/docker at 180G of 200G. du says containers/*-json.log biggest is 64G for the scan-ingest pod. what\'s happening and what do I do now + permanently'),
  svc('oncall-5xx-after-deploy', 'sonnet', ONCALL, '5xx on tracking-api went from 0.1% to 4% right after deploy 1.31.0 at 09:40. errors are "TypeError: Cannot read properties of undefined (reading \'code\')" in src/handlers/depot.ts:42. only for requests with ?include=depot. rollback or fix forward? what would you check'),
  svc('sqlgen-depot-utilisation', 'sonnet', SQLGEN, 'daily utilisation per depot for the last 30 days: shipments originating there that day divided by capacity_per_day, flag days above 95%'),
  svc('sqlgen-scan-gaps', 'sonnet', SQLGEN, 'find shipments that went more than 24h between two consecutive scans in the last week, with the depot where the gap started'),
  svc('commit-feature-multi-file', 'sonnet', COMMITS, 'diff --git a/src/eta.ts b/src/eta.ts\n+  if (pos.avgKmh <= 0) return this.fallbackEta(shipmentId);\ndiff --git a/src/eta.fallback.ts b/src/eta.fallback.ts\n+export function fallbackEta(...) { /* uses depot schedule */ }\ndiff --git a/test/eta.test.ts b/test/eta.test.ts\n+it("falls back when van is stationary", ...)\nAlso explain in the body why: stationary vans produced Invalid Date ETAs shown to customers.'),
  s('interview-question-design', 'sonnet', 'I\'m interviewing backend candidates next week. Give me a 45-minute practical exercise based on a parcel tracking API: the prompt, what a good answer includes, and follow-up questions for strong candidates.'),
  s('postmortem-draft', 'sonnet', 'turn these notes into a blameless postmortem draft (summary, impact, timeline, root cause, what went well, action items):\n\n- 11:05 LDS1 solver timeouts start, greedy fallback kicks in\n- routes 30% longer, 40 vans late\n- 11:40 noticed via driver complaints not alerts\n- cause: new depot boundaries added 180 postcodes to LDS1, solver time limit 30s too low\n- fix: raised limit to 90s, split LDS1 into two planning zones\n- no alert on fallback rate'),
];
export const seventeenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet];
