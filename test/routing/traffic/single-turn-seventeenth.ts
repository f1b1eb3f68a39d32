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
export const seventeenthSingleTurnExamples: TrafficExample[] = [...haiku];
