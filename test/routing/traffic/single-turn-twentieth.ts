import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A twentieth batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. A plain mix of one company's
 * gateway traffic (Brindlewick Freight, a freight forwarder with its own shipment platform) in realistic
 * proportions: engineers, internal services with their own system prompts, and ops, customs, finance, sales, HR
 * and support staff. Mostly typical requests an operator labels without hesitation, few traps, lengths from one
 * line to ~8 KB pasted. Names start with "b20-"; 50 per tier.
 */
const s = batch('b20-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b20-${name}`, tier, text, { system });

const IDE =
  'You are the coding assistant in Brindlewick\'s engineering IDE extension. The user\'s selection follows their message. Reply with code first and a brief explanation after. Follow the existing style of the file.';
const TICKET_ROUTER =
  'Classify the customer message for Brindlewick Freight support. Output exactly one label: TRACKING, CUSTOMS, BILLING, DAMAGE_CLAIM, BOOKING, ACCOUNT, OTHER.';
const REPLY_DRAFT =
  'You draft email replies for Brindlewick Freight customer service agents. Be courteous and concise, use plain English, never promise delivery dates the carrier has not confirmed. Sign as "Brindlewick Customer Care". An agent reviews every draft.';
const EXTRACT =
  'You are a document-extraction service for shipping paperwork. Return only JSON with the requested keys; use null when a value is absent. No commentary.';
const TLDR =
  'You power the "Summarise" button in Brindlewick\'s chat and wiki. Summarise faithfully at the requested length. Never add information that is not in the text.';
const SQL_BOT =
  'You are Manifest, Brindlewick\'s text-to-SQL helper on BigQuery. Tables: shipments(id, customer_id, origin_port, dest_port, mode, booked_at, departed_at, delivered_at, status, weight_kg, teu), customers(id, name, country, segment, account_manager), invoices(id, shipment_id, amount_usd, issued_at, paid_at), claims(id, shipment_id, opened_at, amount_usd, status). Return one query in a code block and one sentence of explanation.';
const PR_BOT =
  'You are the automated reviewer on Brindlewick\'s GitHub monorepo. Review the diff for bugs, security issues, concurrency problems and maintainability. Cite file and line, explain, and suggest a fix. Reply LGTM only when there is nothing substantive.';
const INCIDENT =
  'You assist responders in Brindlewick\'s #inc channels. You get logs, timelines and chat excerpts. State what the evidence shows and what it does not, keep hypotheses apart from facts, and propose the next diagnostic step.';
const HR_BOT =
  'You are PeopleDesk, Brindlewick\'s HR policy assistant. Answer only from the policy excerpt supplied. If it does not cover the question, say so and refer to hr@brindlewick.com.';
const TRANSLATE = 'Translate Brindlewick UI strings. Keep placeholders such as {count} and %d unchanged. Output only the translation.';
const COMMIT = 'Write a conventional-commit message (type(scope): subject, at most 72 characters, optional body) for this diff. Output only the message.';

const trackingLog = pad(
  '2026-12-04T06:02:11Z INFO  tracking-ingest[3] carrier=MAERSK container=MSKU7781204 event=GATE_OUT port=NLRTM vessel="MAERSK EDMONTON" voyage=248W\n2026-12-04T06:02:12Z INFO  tracking-ingest[3] carrier=CMA container=CMAU4410923 event=DISCHARGED port=GBFXT\n2026-12-04T06:02:14Z WARN  tracking-ingest[3] carrier=HLAG container=HLXU2209981 event=UNKNOWN_CODE raw="XR7" skipped=true\n2026-12-04T06:02:15Z ERROR tracking-ingest[3] carrier=MSC error="429 Too Many Requests" endpoint=/v2/events retry_after=60\n2026-12-04T06:02:19Z INFO  tracking-ingest[3] shipment=BW-558120 eta_changed from=2026-12-09 to=2026-12-12 reason=PORT_CONGESTION',
  3000,
);
const bolText =
  'BILL OF LADING No. BWF-BL-2026-118734\nShipper: Kestrel Ceramics Ltd, Unit 4 Mill Road, Stoke-on-Trent ST4 2RR, UK\nConsignee: Casa Lumen S.L., Calle Alcalá 212, 28028 Madrid, Spain\nNotify party: same as consignee\nPort of loading: Felixstowe (GBFXT)   Port of discharge: Valencia (ESVLC)\nVessel / voyage: CMA CGM RIGOLETTO / 0FL3RW1MA\nContainer: CMAU 441092-3, seal 0098812, 20\' GP\nDescription: 312 cartons glazed ceramic tableware, HS 6912.00\nGross weight: 8,420 kg   Measurement: 27.6 cbm\nFreight: PREPAID   Place and date of issue: Felixstowe, 2 December 2026\nNumber of original B/Ls: 3 (THREE)';
const rateModule =
  '```python\nimport requests\nfrom decimal import Decimal\n\nBASE = "https://rates.internal.brindlewick.com/api/v1"\n\ndef spot_rate(origin: str, dest: str, size: str) -> Decimal:\n    r = requests.get(f"{BASE}/spot", params={"o": origin, "d": dest, "s": size})\n    data = r.json()\n    return Decimal(str(data["rate_usd"]))\n\ndef quote(origin, dest, size, margin=0.12):\n    rate = spot_rate(origin, dest, size)\n    total = rate * Decimal(1 + margin)\n    return round(total, 2)\n\ndef bulk_quote(lanes):\n    out = []\n    for lane in lanes:\n        try:\n            out.append(quote(*lane))\n        except Exception:\n            out.append(None)\n    return out\n```';
const contractText = pad(
  '14. LIABILITY. 14.1 The Carrier\'s liability for loss of or damage to the Goods shall not exceed 8.33 Special Drawing Rights per kilogram of gross weight of the Goods lost or damaged, unless the nature and value of the Goods has been declared by the Customer and inserted in the transport document. 14.2 The Carrier shall not be liable for any indirect or consequential loss, including loss of profit, loss of market or delay, save where caused by its wilful misconduct. 14.3 Claims must be notified in writing within 7 days of delivery and any action brought within 12 months. 15. GOVERNING LAW. This Agreement is governed by the laws of England and Wales and the courts of London have exclusive jurisdiction. 16. FORCE MAJEURE. Neither party is liable for failure caused by events beyond its reasonable control, including strikes, port closures, pandemics and acts of government, provided it notifies the other party within 5 business days.',
  8000,
);
const leavePolicy =
  'Policy excerpt (Leave, v6, effective 1 Jan 2026): 4.1 Full-time employees receive 25 days annual leave plus UK bank holidays, pro rata for part-time staff. 4.2 Up to 5 unused days may be carried over into the first quarter of the next year; they expire on 31 March. 4.3 Leave requests of more than 10 consecutive working days need approval from the head of department at least 4 weeks in advance. 4.4 Depot and warehouse staff may not take leave in the peak blackout period (20 November to 24 December) except in emergencies approved by the site manager. 4.5 Employees may buy up to 3 extra days per year through salary sacrifice, requested in the January window.';
const customsEmail =
  'From: j.okafor@kestrelceramics.co.uk\nSubject: RE: Shipment BW-558120 held at Valencia\n\nHi, we got a message from the Spanish broker saying our container is held because the commercial invoice value does not match the packing list and they need an EUR.1 or a statement on origin. We did put the origin statement on the invoice I think? Also they mention "DUA" which I don\'t know. The customer needs the goods by the 18th for a store opening. Can you tell us what exactly we need to send and to whom? Thanks, Joy';

const haiku: TrafficExample[] = [
  s('eng-git-stash-untracked', 'haiku', 'git stash including untracked files?'),
  s('eng-ts-record-type', 'haiku', 'typescript type for an object with string keys and number values'),
  s('eng-python-venv', 'haiku', 'command to create and activate a python venv on mac'),
  s('eng-docker-prune', 'haiku', 'how do I remove all stopped docker containers and dangling images in one go'),
  s('eng-k8s-rollout-undo', 'haiku', 'kubectl roll back a deployment to the previous revision'),
  s('eng-sql-null-count', 'haiku', 'count rows where eta is null in postgres, table shipments'),
  s('eng-js-dedupe-array', 'haiku', 'js dedupe an array of strings'),
  s('eng-log-which-carrier-429', 'haiku', `${trackingLog}\nwhich carrier is rate limiting us?`),
  s('eng-log-eta-shipment', 'haiku', `${trackingLog}\nwhat's the new ETA for BW-558120`),
  s('eng-module-base-url', 'haiku', `${rateModule}\nwhat's the default margin in quote()?`),
  s('eng-http-502-vs-504', 'haiku', 'difference between 502 and 504 in one line each'),
  s('eng-terse-tz-utc-node', 'haiku', 'node set TZ utc env'),
  s('eng-trap-race-glossary', 'haiku', 'Need a one-line definition of "race condition" for the new-joiner glossary, plain words.'),
  svc('ide-rename-param', 'haiku', IDE, 'rename `c` to `containerId`\n\n```ts\nexport function isReefer(c: string): boolean {\n  return c.startsWith("RF") || c.includes("-R-");\n}\n```'),
  svc('ide-add-jsdoc', 'haiku', IDE, 'add a jsdoc comment\n\n```ts\nexport const teuFor = (sizeFt: 20 | 40 | 45) => (sizeFt === 20 ? 1 : 2);\n```'),
  svc('ide-fstring', 'haiku', IDE, 'make this an f-string\n\n```python\nmsg = "Shipment %s delayed by %d days" % (ref, days)\n```'),
  svc('route-where-container', 'haiku', TICKET_ROUTER, 'hi where is my container MSKU7781204 it was supposed to be in rotterdam yesterday'),
  svc('route-broken-pallet', 'haiku', TICKET_ROUTER, 'Two pallets arrived crushed at our Leeds warehouse, photos attached. How do we claim?'),
  svc('route-invoice-wrong', 'haiku', TICKET_ROUTER, 'Invoice INV-99120 charges us demurrage for 6 days but the container was picked up on day 2. Please correct.'),
  svc('route-held-customs', 'haiku', TICKET_ROUTER, customsEmail),
  svc('route-password', 'haiku', TICKET_ROUTER, 'I cannot log in to the customer portal, reset link never arrives'),
  svc('extract-bol-json', 'haiku', EXTRACT, `Keys: bl_number, shipper, consignee, port_of_loading, port_of_discharge, container, gross_weight_kg\n\n${bolText}`),
  svc('extract-bol-hs', 'haiku', EXTRACT, `Keys: hs_code, cartons, seal\n\n${bolText}`),
  svc('extract-email-ref-deadline', 'haiku', EXTRACT, `Keys: shipment_ref, port, needed_by, sender_email\n\n${customsEmail}`),
  svc('tldr-customs-email-line', 'haiku', TLDR, `One sentence:\n\n${customsEmail}`),
  svc('tldr-leave-policy-bullets', 'haiku', TLDR, `3 bullets:\n\n${leavePolicy}`),
  svc('sql-shipments-last-week', 'haiku', SQL_BOT, 'how many shipments were delivered last week'),
  svc('sql-open-claims', 'haiku', SQL_BOT, 'list open claims over 5000 dollars'),
  svc('hr-carryover-expire', 'haiku', HR_BOT, `${leavePolicy}\n\nWhen do my carried-over days expire?`),
  svc('hr-buy-days', 'haiku', HR_BOT, `${leavePolicy}\n\nCan I buy extra holiday and how many days?`),
  svc('translate-de-track', 'haiku', TRANSLATE, 'German: "Track {count} shipments"'),
  svc('translate-fr-delay', 'haiku', TRANSLATE, 'French: "Your shipment is delayed by %d days due to port congestion."'),
  svc('commit-typo', 'haiku', COMMIT, '```diff\n- // Calcualte the chargable weight\n+ // Calculate the chargeable weight\n```'),
  svc('pr-bot-readme-link', 'haiku', PR_BOT, '```diff\n--- a/docs/README.md\n+++ b/docs/README.md\n@@ -3 +3 @@\n-See [setup](docs/setp.md)\n+See [setup](docs/setup.md)\n```'),
  s('ops-cbm-calc', 'haiku', 'cbm of a carton 60x40x35 cm? and for 120 of them'),
  s('ops-incoterm-fob', 'haiku', 'what does FOB mean, short answer'),
  s('ops-teu-count', 'haiku', 'how many TEU is 3 forty-foot containers plus 2 twenty-foot'),
  s('ops-port-code', 'haiku', 'UN/LOCODE for Port of Felixstowe?'),
  s('ops-time-shanghai', 'haiku', 'if it is 4pm in London what time is it in Shanghai right now (December)'),
  s('ops-bol-vessel', 'haiku', `${bolText}\n\nwhich vessel is this on`),
  s('fin-vat-add', 'haiku', 'add 20% VAT to 4,850.00'),
  s('fin-excel-days-late', 'haiku', 'excel formula: days between due date in B2 and paid date in C2, 0 if paid early'),
  s('fin-define-accrual', 'haiku', 'one line: what is an accrual'),
  s('sales-subject-lines', 'haiku', 'give me 3 subject lines for an email offering reefer capacity Rotterdam to New York in January'),
  s('sales-polite-shorter', 'haiku', 'make this shorter and polite: "Hi Mark, as discussed on our call last Thursday, I wanted to follow up and see whether you had the chance to look at the proposal I sent over regarding the Q1 consolidation service, as we would love to get things moving."'),
  s('support-fix-grammar', 'haiku', 'fix grammar: "We are apologise for the delay, your goods has been arrive to the warehouse yesterday and will deliver tomorrow."'),
  s('hr-caps-bank-holiday', 'haiku', 'IS BOXING DAY A BANK HOLIDAY IN SCOTLAND'),
  s('legal-contract-law', 'haiku', `${contractText}\nWhich country's law governs this?`),
  s('legal-claim-window', 'haiku', `${contractText}\nHow many days do we have to notify a claim?`),
  s('ops-trap-design-word', 'haiku', 'Is "design review" or "Design Review" correct in a meeting title? Just pick one.'),
];

const sonnet: TrafficExample[] = [
  s('eng-module-harden', 'sonnet', `${rateModule}\nThis breaks a lot in prod. Make it robust: timeouts, retries on 5xx, proper error types instead of swallowing everything, and use Decimal correctly for the margin.`),
  s('eng-module-pytest', 'sonnet', `${rateModule}\nWrite pytest tests for quote and bulk_quote, mocking the HTTP call.`),
  s('eng-log-summarise', 'sonnet', `${trackingLog}\nSummarise what's going wrong in this ingest log and what we should fix first.`),
  s('eng-express-multer-upload', 'sonnet', 'Write an Express route that accepts a PDF upload (max 10 MB) of a commercial invoice, stores it in S3 under customers/{customerId}/docs/, and returns the key. TypeScript, with validation and sensible errors.'),
  s('eng-sql-latest-event', 'sonnet', 'postgres: table container_events(container_id, event_code, port, occurred_at). I need the latest event per container plus how many hours since the previous event. Window functions please, and tell me which index helps.'),
  s('eng-react-table-filter', 'sonnet', 'React + TS: a shipments table component with a text filter on reference and a status dropdown filter, filtering client-side, debounced text input. Data comes in as props. Keep it simple, no libraries besides React.'),
  s('eng-gha-deploy-staging', 'sonnet', 'GitHub Actions workflow: on push to main, run npm ci, lint, test, build a docker image, push to ECR and deploy to the staging ECS service. Use OIDC for AWS creds, not access keys.'),
  s('eng-explain-idempotency-key', 'sonnet', 'Can you explain how idempotency keys work for a POST /bookings endpoint, and sketch how we would implement them with Postgres? We get duplicate bookings when customers double-click.'),
  s('eng-typo-docker-compose', 'sonnet', 'docker compsoe for local dev pls: postgres 16, redis, our api (node, hot reload from ./src) and a mailhog. api needs to wait for postgres to be healthy'),
  s('eng-bash-archive-logs', 'sonnet', 'bash script to gzip log files older than 7 days in /var/log/brindle/, move them to an s3 bucket, delete local copies only if the upload succeeded, and log what it did. Should be safe to run from cron.'),
  s('eng-ts-narrowing-help', 'sonnet', 'Why does TS say "Property \'vessel\' does not exist on type \'Leg\'" here and how do I fix it properly?\n\n```ts\ntype SeaLeg = { mode: "sea"; vessel: string; voyage: string };\ntype RoadLeg = { mode: "road"; truckPlate: string };\ntype Leg = SeaLeg | RoadLeg;\n\nfunction describe(leg: Leg) {\n  if (leg.mode !== "road") {\n    return `${leg.vessel} / ${leg.voyage}`;\n  }\n  return leg.truckPlate;\n}\nconst legs: Leg[] = raw.map((r: any) => ({ mode: r.mode, ...r }));\nlegs.filter(l => l.mode === "sea").map(l => l.vessel);\n```'),
  s('eng-k8s-cronjob', 'sonnet', 'k8s CronJob manifest that runs our rates-sync image every 15 minutes, no overlapping runs, keeps last 3 successful and 1 failed job, reads DB_URL from a secret, with resource limits.'),
  s('eng-terraform-sqs-dlq', 'sonnet', 'terraform for an SQS queue with a dead letter queue (max receives 5), server-side encryption, and an IAM policy letting our ECS task role send and receive. variables for name and env.'),
  s('eng-explain-cors-credentials', 'sonnet', 'the portal gets "The value of the \'Access-Control-Allow-Origin\' header in the response must not be the wildcard \'*\' when the request\'s credentials mode is \'include\'". what does it mean and what should the API config be? we have portal.brindlewick.com and staging-portal.brindlewick.com'),
  svc('ide-refactor-switch', 'sonnet', IDE, 'refactor this into a lookup table and make it easier to add new carriers, keep behaviour identical\n\n```ts\nexport function trackingUrl(carrier: string, container: string): string {\n  switch (carrier) {\n    case "MAERSK": return `https://www.maersk.com/tracking/${container}`;\n    case "MSC": return `https://www.msc.com/track-a-shipment?agencyPath=msc&trackingNumber=${container}`;\n    case "CMA": return `https://www.cma-cgm.com/ebusiness/tracking/search?SearchBy=Container&Reference=${container}`;\n    case "HLAG": return `https://www.hapag-lloyd.com/en/online-business/track/track-by-container-solution.html?container=${container}`;\n    default: throw new Error("unknown carrier " + carrier);\n  }\n}\n```'),
  svc('ide-unit-tests-chargeable', 'sonnet', IDE, 'write vitest tests for this, cover edge cases\n\n```ts\n/** Air freight chargeable weight: max of actual and volumetric (cm^3 / 6000), rounded up to 0.5 kg. */\nexport function chargeableKg(actualKg: number, lCm: number, wCm: number, hCm: number, pieces = 1): number {\n  if ([actualKg, lCm, wCm, hCm].some((n) => n <= 0)) throw new RangeError("dimensions and weight must be positive");\n  const volumetric = (lCm * wCm * hCm * pieces) / 6000;\n  return Math.ceil(Math.max(actualKg, volumetric) * 2) / 2;\n}\n```'),
  svc('ide-explain-regex', 'sonnet', IDE, 'what does this do, step by step, and is it a correct ISO 6346 container check?\n\n```ts\nconst CONTAINER_RE = /^([A-Z]{3})([UJZ])(\\d{6})(\\d)$/;\n```'),
  svc('ide-async-batch', 'sonnet', IDE, 'this is too slow with 2000 shipments, make it run with at most 10 concurrent requests and collect failures separately\n\n```ts\nexport async function refreshEtas(ids: string[]) {\n  const results = [];\n  for (const id of ids) {\n    results.push(await carrierClient.fetchEta(id));\n  }\n  return results;\n}\n```'),
  svc('pr-bot-pagination', 'sonnet', PR_BOT, '```diff\n--- a/api/src/routes/shipments.ts\n+++ b/api/src/routes/shipments.ts\n@@ -20,8 +20,14 @@ router.get("/shipments", async (req, res) => {\n-  const rows = await db.query("SELECT * FROM shipments WHERE customer_id = $1", [req.user.customerId]);\n-  res.json(rows);\n+  const page = Number(req.query.page) || 1;\n+  const size = Number(req.query.size) || 50;\n+  const sort = req.query.sort || "booked_at";\n+  const rows = await db.query(\n+    `SELECT * FROM shipments WHERE customer_id = $1 ORDER BY ${sort} DESC LIMIT ${size} OFFSET ${(page - 1) * size}`,\n+    [req.user.customerId],\n+  );\n+  res.json({ page, size, rows });\n });\n```'),
  svc('pr-bot-env-loader', 'sonnet', PR_BOT, '```diff\n--- a/worker/config.py\n+++ b/worker/config.py\n@@ -1,6 +1,14 @@\n import os\n+import json\n \n-CARRIER_KEYS = {"MAERSK": os.environ["MAERSK_KEY"]}\n+def load():\n+    cfg = {}\n+    for k, v in os.environ.items():\n+        if k.endswith("_KEY"):\n+            cfg[k[:-4]] = v\n+    print("loaded config", json.dumps(cfg))\n+    return cfg\n+\n+CARRIER_KEYS = load()\n```'),
  svc('sql-on-time-by-lane', 'sonnet', SQL_BOT, 'on-time delivery rate by lane (origin_port -> dest_port) for Q3, on time meaning delivered within 2 days of the ETA... wait we don\'t have ETA. use median transit per lane as the baseline instead, and only lanes with 20+ shipments'),
  svc('sql-dso-by-segment', 'sonnet', SQL_BOT, 'average days from invoice issue to payment by customer segment, per month for 2026, and flag segments getting worse month on month'),
  svc('sql-claims-rate', 'sonnet', SQL_BOT, 'claims per 1000 shipments by mode and origin country for the last 12 months, with total claimed USD'),
  svc('incident-ingest-first-look', 'sonnet', INCIDENT, `Tracking page shows stale ETAs since about 06:00. Log from ingest:\n${trackingLog}\nWhat do you see?`),
  svc('reply-damage-claim', 'sonnet', REPLY_DRAFT, 'Customer (Harlow Interiors) says two pallets arrived crushed at Leeds, sent photos, wants full value £6,200 refunded now. Our terms need written notice within 7 days (they are on day 3, fine), the claim goes through the carrier\'s insurer, liability may be limited by weight. Draft a reply that acknowledges, explains the next steps and what documents we need, without committing to the full amount.'),
  svc('reply-customs-hold', 'sonnet', REPLY_DRAFT, `Draft a reply to this. Our customs team says: invoice total €18,400 vs packing list says €14,800 (probably a typo), origin statement on the invoice is missing the exporter's EORI, DUA is the Spanish import declaration the broker files. Ask for a corrected invoice with EORI today.\n\n${customsEmail}`),
  svc('tldr-contract-liability', 'sonnet', TLDR, `Summarise the liability, claims and force majeure terms for a sales rep in a short paragraph plus the three numbers they must know.\n\n${contractText}`),
  svc('extract-email-actions', 'sonnet', EXTRACT, `Keys: issues (array of {issue, likely_cause, document_needed}), deadline, customer_questions (array)\n\n${customsEmail}`),
  svc('hr-leave-combo', 'sonnet', HR_BOT, `${leavePolicy}\n\nI work in the Daventry depot, 4 days a week. I want 3 weeks off from 10 December to visit family abroad and I have 2 days carried over from last year. What can I do and who do I ask?`),
  svc('translate-es-email-adapt', 'sonnet', TRANSLATE, 'Spanish, for our Madrid customers, natural not literal, keep {ref} and {date}: "Good news! Your shipment {ref} has cleared customs and is on its way. Expect delivery on {date}. If nobody is available to receive it, reply to this email and we\'ll sort out a new slot - no extra charge if you let us know 24 hours ahead."'),
  svc('commit-feature-multi', 'sonnet', COMMIT, '```diff\n--- a/api/src/routes/quotes.ts\n+++ b/api/src/routes/quotes.ts\n@@ -10,6 +10,18 @@\n+router.post("/quotes/bulk", requireRole("sales"), async (req, res) => {\n+  const lanes = BulkQuoteSchema.parse(req.body).lanes;\n+  if (lanes.length > 200) return res.status(413).json({ error: "max 200 lanes" });\n+  const quotes = await quoteService.bulk(lanes);\n+  res.json({ quotes });\n+});\n--- a/api/src/services/quote.ts\n+++ b/api/src/services/quote.ts\n@@ -40,3 +40,15 @@\n+export async function bulk(lanes: Lane[]) {\n+  return pMap(lanes, (l) => quote(l).catch(() => null), { concurrency: 8 });\n+}\n--- a/api/test/quotes.test.ts\n+++ b/api/test/quotes.test.ts\n@@ -0,0 +1,30 @@\n+describe("POST /quotes/bulk", () => { /* 4 tests */ });\n```'),
  s('ops-sop-reefer-checks', 'sonnet', 'Write an SOP for our warehouse team for receiving reefer (temperature-controlled) containers: checks on arrival, temperature log review, what to do if out of range, photos, who to notify, and the paperwork. Numbered steps, readable on a tablet.'),
  s('ops-explain-incoterms-dap-ddp', 'sonnet', 'A new customer keeps asking whether to ship DAP or DDP into the US. Explain the difference in who pays what and who carries the risk, the practical pitfalls of DDP for a UK seller, and what we should recommend in a couple of paragraphs I can paste into an email.'),
  s('ops-csv-late-lanes', 'sonnet', 'Here is last month by lane. Which lanes are getting worse and what would you look into?\n\nlane,shipments,avg_transit_days,prev_avg,late_pct,prev_late_pct\nCNSHA-GBFXT,142,34.2,31.0,28%,14%\nCNNGB-NLRTM,98,31.5,31.9,11%,12%\nVNSGN-GBLGP,40,29.8,27.1,35%,20%\nINNSA-GBFXT,61,26.0,25.4,9%,10%\nUSNYC-GBSOU,33,11.9,12.2,6%,8%\nTRMER-GBFXT,27,9.8,7.2,41%,15%\nCNSHA-DEHAM,75,33.1,32.8,13%,12%'),
  s('fin-variance-note', 'sonnet', 'Write the variance commentary for November: revenue £4.12m vs budget £4.45m (-7%), mostly ocean rates falling faster than assumed (avg rate per TEU -11% vs budget) partly offset by volume +4%; gross margin 14.8% vs 13.5% budget because buy rates fell more than sell rates; overheads £0.61m vs £0.58m (temp staff for peak). Board style, 150 words.'),
  s('fin-excel-fx-model', 'sonnet', 'I need a small Excel model: invoices in USD, EUR and CNY in columns A-D (date, currency, amount, status). Convert to GBP using a rates table by month on another sheet, summarise by currency and month with a pivot or SUMIFS, and flag invoices over 60 days unpaid. Walk me through formulas and layout.'),
  s('fin-explain-demurrage-detention', 'sonnet', 'explain demurrage vs detention vs storage for the finance team, with an example of how a 10-day delay at Felixstowe turns into charges on an invoice, and how we should rebill customers'),
  s('sales-followup-sequence', 'sonnet', 'Write a 3-email follow-up sequence for a furniture importer who got our quote for 40 containers/year from Vietnam but went quiet. Angles: reliability stats, a free customs health check, and a short breakup email. Under 120 words each.'),
  s('sales-battlecard-digital', 'sonnet', 'Make a one-page battlecard for our sales team against digital forwarders (the app-first ones): where they beat us, where we win (exceptions handling, customs expertise, account managers), common objections and responses.'),
  s('support-kb-track-article', 'sonnet', 'Write a help-centre article "Why is my tracking not updating?" for customers: common reasons (vessel at sea with no events, carrier delays in data, transhipment, customs), what the statuses mean, when to contact us. Friendly, scannable.'),
  s('support-angry-customer-reply', 'sonnet', 'Customer email: "THIRD time asking. Our container has been sitting at Southampton for 9 days, nobody calls back, we are paying storage and our shop opening is ruined. Absolutely useless." Facts: held for a customs exam (random), exam booked for Thursday, storage from day 5 is on us as goodwill per my manager. Write me a reply that actually calms this down.'),
  s('hr-job-ad-customs', 'sonnet', 'Write a job ad for a Customs Declarant in our Felixstowe office: CDS declarations, classification, working with brokers, 2+ years experience, hybrid 3 days in office, £32-38k. Make it appealing and inclusive, not a wall of bullets.'),
  s('hr-interview-questions-ops', 'sonnet', 'give me 8 behavioural interview questions for an operations coordinator (freight), what a good answer looks like for each, and red flags'),
  s('hr-feedback-rewrite', 'sonnet', 'Help me rewrite this feedback so it\'s honest but constructive: "Dan is always late with the weekly reports, doesn\'t answer on Teams and the customers complain he doesn\'t chase the carriers. He is good with the warehouse guys though."'),
  s('legal-nda-review', 'sonnet', 'We are signing a mutual NDA with a potential carrier partner. Can you review these clauses and flag anything unusual for a mutual NDA? "3. Confidential Information excludes nothing. 4. Obligations survive indefinitely. 5. Recipient shall indemnify Discloser for all losses arising from any disclosure. 6. Discloser may seek injunctive relief without bond. 7. Governed by the laws of Delaware."'),
  s('legal-eli5-trap-sdr', 'sonnet', `${contractText}\nExplain clause 14.1 to me like I'm new: what is an SDR and what would the cap be for our 8,420 kg container of ceramics roughly in pounds? Should the customer declare value?`),
  s('product-user-stories-alerts', 'sonnet', 'Turn this into user stories with acceptance criteria: customers want email or SMS alerts when ETA changes by more than 24h, when a container is held by customs, and when it is delivered; they choose per shipment or account-wide; no spam if ETA flaps.'),
  s('product-survey-questions', 'sonnet', 'Draft a 10-question survey for customers who churned last year to learn why. Mix of scale and open questions, neutral wording, under 5 minutes.'),
  s('data-churn-explain', 'sonnet', 'Explain to the ops director what a logistic regression on customer churn is telling us: coefficients were late_pct 2.1 (p<0.01), claims_count 0.4 (p=0.03), account_manager_changes 0.9 (p<0.01), spend_growth -1.3 (p<0.01). Plain English, what we can and can\'t conclude, in a short email.'),
  s('data-pandas-transit', 'sonnet', 'pandas: I have a df of shipments with booked_at, departed_at, delivered_at, lane. Compute transit days, drop rows with missing dates, get p50/p90 per lane per month, and plot p90 for the top 5 lanes by volume. Code please.'),
  s('research-lit-summary-emissions', 'sonnet', 'Summarise for our sustainability report what the GLEC framework says about calculating emissions per shipment (well-to-wheel, allocation per tonne-km), and how we would apply it to ocean + truck legs. Two to three paragraphs, note where I should check the latest version.'),
  s('ops-bullets-peak-plan', 'sonnet', 'turn these notes into a short peak-season plan email for the team:\n- 30% more volume expected from 20 Nov\n- extra 2 temps at Daventry from 18 Nov\n- cut-off for Xmas deliveries 16 Dec\n- daily 8:30 standup\n- Mia covers customs escalations, Raj carriers\n- no leave 20 Nov-24 Dec except emergencies'),
];
const opus: TrafficExample[] = [];

export const twentiethSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
