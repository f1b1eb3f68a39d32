import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A twenty-second batch of single-turn English requests (issue 21, session 10), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. The everyday gateway traffic of one
 * company (Brackenridge Power & Light, a US regional electric utility with its own outage, metering and billing
 * platforms): engineers in a chat UI and a Claude Code-style CLI, internal services with their own system prompts
 * (customer-contact triage, outage-ticket summaries, extraction from work orders and invoices, text-to-SQL on the
 * meter warehouse, a PR review bot, regulatory drafting), and analysts, grid operators, field ops, rates, legal,
 * finance and HR. Mostly plainly typical requests of each tier, about 1 in 6 traps, lengths from one line to ~8 KB
 * pasted. Names start with "b22-"; 50 per tier.
 */
const s = batch('b22-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b22-${name}`, tier, text, { system });

const CLI =
  'You are an interactive CLI coding agent that helps users with software engineering tasks. Be concise, prefer small diffs, and show changed code. Working directory: /srv/bpl/outage-mgmt (Go 1.22 services, Kafka, PostgreSQL 16 with PostGIS, a React/TypeScript dispatcher UI under web/). Platform: linux.';
const CONTACT =
  'Classify the customer contact for Brackenridge Power & Light. Output exactly one of: OUTAGE_REPORT, BILLING_QUESTION, PAYMENT_ARRANGEMENT, START_STOP_MOVE, STREETLIGHT, TREE_TRIMMING, SOLAR_INTERCONNECTION, SAFETY_EMERGENCY, COMPLAINT, OTHER. No other text.';
const TICKETS =
  'You summarise outage tickets for BPL distribution dispatchers. Use only the ticket text. Keep times, feeder IDs, device IDs and customer counts exact. Be brief unless asked otherwise.';
const EXTRACT =
  'Extraction service. Return one JSON object with exactly the requested keys, null where the text does not say. No markdown, no commentary.';
const METERSQL =
  'You are Ampere, BPL\'s SQL assistant on the meter data warehouse (PostgreSQL 16 + TimescaleDB). Tables: premises(premise_id, service_address, zip, rate_code, feeder_id, substation_id, has_solar, has_ev), meters(meter_id, premise_id, installed_on, meter_type, status), interval_reads(meter_id, read_at timestamptz, kwh numeric, quality_flag) -- hypertable, 15-minute intervals, bills(bill_id, premise_id, period_start, period_end, kwh_billed, amount_usd, estimated bool), outages(outage_id, feeder_id, started_at, restored_at, cause_code, customers_affected). Answer with one query in a sql code block and at most two sentences.';
const REVIEW =
  'You are the automated code reviewer for BPL\'s outage-mgmt repository. Comment only on correctness, security, concurrency and maintainability problems, with file and line. If there are none, reply exactly "LGTM".';
const REGDRAFT =
  'You help Brackenridge Power & Light\'s regulatory affairs team draft filings and responses to the state Public Utility Commission. Formal register, precise, no speculation; cite the tariff sheet or docket number when the user gives one. Drafts are reviewed by counsel.';
const COMMIT = 'Write a conventional-commit message for this diff. Subject max 72 characters, optional short body. Output only the message.';
const CHAT = 'You are BPL Assist, the internal assistant for Brackenridge Power & Light employees. Be accurate, practical and brief unless asked for detail.';

const dispatchLog = pad(
  '2026-12-07T17:42:11.204Z INFO  oms-ingest[3] event=AMI_LAST_GASP meter=M-88214407 feeder=FDR-1142 premise=P-2209931\n2026-12-07T17:42:11.219Z INFO  oms-ingest[3] event=AMI_LAST_GASP meter=M-88214512 feeder=FDR-1142 premise=P-2209987\n2026-12-07T17:42:12.002Z WARN  oms-predict[1] feeder=FDR-1142 predicted_device=FUSE-1142-07 confidence=0.62 calls=4 last_gasps=37\n2026-12-07T17:42:14.771Z ERROR oms-ingest[2] kafka consumer lag partition=5 topic=ami.events lag=18422 action=none\n2026-12-07T17:42:15.310Z INFO  oms-predict[1] feeder=FDR-1142 predicted_device=RECL-1142-02 confidence=0.81 calls=9 last_gasps=212 escalated=true\n2026-12-07T17:42:18.055Z WARN  scada-bridge[1] device=RECL-1142-02 state=LOCKOUT ops=3 source=DNP3\n2026-12-07T17:42:20.940Z INFO  crew-dispatch[1] ticket=T-2026-558130 crew=LINE-14 eta_min=38',
  3400,
);

const ticket =
  'TICKET T-2026-558130 | Feeder FDR-1142 (Millbrook substation) | Opened 2026-12-07 17:42 by OMS prediction\nDevice: recloser RECL-1142-02, locked out after 3 ops (SCADA 17:42:18). Customers affected: 1,846 (AMI last gasps 212 at open, calls 9).\n17:58 LINE-14 (J. Okafor) dispatched, ETA 38 min.\n18:36 LINE-14 on site. Patrol from recloser downstream.\n19:05 Found tree limb on phase B near pole 1142-311, Ridgeview Rd; primary conductor down across driveway, energized side isolated by recloser. Police called for road control.\n19:20 Requested tree crew (Asplundh TC-3) and second line crew. Customer at 4471 Ridgeview says she is on home oxygen - flagged medical priority, dispatcher called back 19:24, she has 2 h of backup.\n19:48 Switched FDR-1142 sections 1-3 to FDR-1147 via tie switch TS-1142-1147. 1,213 customers restored. 633 remain out.\n20:30 TC-3 on site. 21:10 limb removed.\n22:05 Conductor spliced, 2 crossarm insulators replaced.\n22:31 Recloser closed, all customers restored. Tie switch returned to normal 22:40. Cause code: VEG-TREE-OUTSIDE-ROW. ETR given to customers was 21:00 (missed by 91 min).';

const workOrder =
  'WORK ORDER WO-7731042 | Type: Meter exchange (AMI upgrade) | Premise P-3308121, 118 Linden Ave, Harlow Falls 47721\nScheduled: 2026-12-09 08:00-12:00 | Tech: R. Delgado (badge 40417)\nOld meter: M-1120339 (electromechanical, final read 48,211 kWh)\nNew meter: M-99018544 (Itron Gen5 Riva, form 2S, 240V)\nNotes: dog in yard, customer asked for a call 30 min before arrival at 555-0143. Meter base corroded - may need electrician referral.\nStatus: COMPLETED 2026-12-09 10:47. Meter base OK after cleaning. Seal 0771245 applied.';

const billComplaint =
  'To whom it may concern,\n\nMy November bill (account 4410-228-901) is $412.87. My bills for the last three Novembers were all around $140. Nothing has changed in my house - same two people, gas heat, no new appliances. The bill says "estimated" at the top. Nobody has read my meter since they swapped it in September; there is a new gray meter with a little screen. I called on December 2 and was on hold for 47 minutes and then got cut off. I am on a fixed income and I cannot pay this. I want an actual reading, a corrected bill, and I do not want a late fee or a disconnection notice while this is sorted out. I have read that you are not allowed to shut off seniors in winter anyway.\n\nMargaret Ellison\n22 Orchard Lane, Pine Hollow';

const rateTable =
  'rate_code,description,customers,avg_monthly_kwh,fixed_charge_usd,energy_rate_usd_per_kwh\nRS-1,Residential standard,412880,842,12.50,0.1411\nRS-TOU,Residential time-of-use,38410,911,12.50,0.1190/0.2860\nRS-EV,Residential EV,9220,1204,14.00,0.1030/0.3120\nGS-1,Small general service,51310,1830,24.00,0.1322\nGS-2,Medium general service,6120,24600,95.00,0.0941\nLP-1,Large power,412,612000,1250.00,0.0688\nOL-1,Outdoor lighting,22140,61,0.00,0.1590';

const interconnectRule = pad(
  'TARIFF SHEET 48-C, RULE 21-B: INTERCONNECTION OF CUSTOMER-OWNED GENERATION\n\n1. Applicability. This rule applies to inverter-based generating facilities of 25 kW AC nameplate or less connected in parallel with the Company\'s distribution system at a residential or small general service premise.\n\n2. Application. The Customer shall submit a completed Level 1 application with a one-line diagram, inverter specification sheet showing UL 1741-SB certification, and a site plan. The application fee is $50. The Company shall notify the Customer of completeness within 10 business days.\n\n3. Review screens. A Level 1 application passes if (a) aggregate generation on the line section, including the proposed facility, does not exceed 15 percent of the line section\'s annual peak load; (b) the facility does not contribute more than 10 percent to the distribution circuit\'s maximum fault current; and (c) for single-phase facilities on a shared secondary, aggregate generation on that secondary does not exceed 20 kVA.\n\n4. Approval and permission to operate. If all screens pass, the Company shall approve within 15 business days of the completeness notice. The Customer shall not operate the facility in parallel until it receives written Permission to Operate following a passed inspection or a waiver of inspection.\n\n5. Metering. Net metering customers are billed under Rider NM-2. Excess generation is credited at the avoided-cost rate published annually on Tariff Sheet 52.\n\n6. Disconnection. The Company may disconnect the facility without notice when necessary for safety or to prevent an adverse effect on the system, and shall restore the connection as soon as practicable.',
  7400,
);

const goHandler =
  '```go\nfunc (h *Handler) RestoreEvent(w http.ResponseWriter, r *http.Request) {\n\tvar ev RestoreEvent\n\tif err := json.NewDecoder(r.Body).Decode(&ev); err != nil {\n\t\thttp.Error(w, "bad request", 400)\n\t\treturn\n\t}\n\tt, err := h.store.GetTicket(r.Context(), ev.TicketID)\n\tif err != nil {\n\t\thttp.Error(w, "not found", 404)\n\t\treturn\n\t}\n\tt.Restored += ev.Customers\n\tif t.Restored >= t.Affected {\n\t\tt.Status = "RESTORED"\n\t}\n\tif err := h.store.SaveTicket(r.Context(), t); err != nil {\n\t\thttp.Error(w, "save failed", 500)\n\t\treturn\n\t}\n\th.bus.Publish("ticket.updated", t)\n\tw.WriteHeader(204)\n}\n```';

const haiku: TrafficExample[] = [
  s('eng-git-undo-last-commit', 'haiku', 'undo my last commit but keep the changes staged'),
  s('eng-go-string-to-int', 'haiku', 'go: convert "1846" to an int and handle the error'),
  s('eng-ts-optional-chaining', 'haiku', 'ts: safest way to read ticket?.crew?.lead?.name with a default of "unassigned"'),
  s('eng-psql-list-indexes', 'haiku', 'psql command to list the indexes on interval_reads'),
  s('eng-kafka-describe-group', 'haiku', 'kafka cli to show lag for consumer group oms-ingest'),
  s('eng-curl-post-json', 'haiku', 'curl POST a json file to localhost:8080/api/tickets'),
  s('eng-k8s-restart-deploy', 'haiku', 'kubectl restart deployment oms-predict in namespace outage without deleting pods by hand'),
  s('eng-py-epoch-to-iso', 'haiku', 'python epoch seconds 1765129331 -> ISO 8601 UTC string'),
  s('eng-log-which-recloser', 'haiku', `${dispatchLog}\nwhich device went to lockout?`),
  s('eng-log-consumer-lag-partition', 'haiku', `${dispatchLog}\nwhat partition is lagging and by how much`),
  s('eng-trap-race-pr-title', 'haiku', 'give me a PR title (under 60 chars) for: "fixes the race condition where two restore events for the same ticket arrive together and the restored count is wrong"'),
  s('eng-yaml-to-json', 'haiku', 'convert to json:\n\nfeeder: FDR-1142\nsubstation: Millbrook\nreclosers:\n  - RECL-1142-01\n  - RECL-1142-02\nnormally_open_ties: [TS-1142-1147]'),
  s('eng-typo-terse-grep', 'haiku', 'grep recursivley for "LAST_GASP" in .go files only'),
  svc('cli-rename-var', 'haiku', CLI, 'rename `cnt` to `customersAffected` in this func\n\n```go\nfunc summarize(t Ticket) string {\n\tcnt := t.Affected - t.Restored\n\treturn fmt.Sprintf("%s: %d out", t.ID, cnt)\n}\n```'),
  svc('cli-add-json-tag', 'haiku', CLI, 'add snake_case json tags to this struct\n\n```go\ntype Crew struct {\n\tID        string\n\tLeadName  string\n\tTruckNo   int\n\tOnShift   bool\n}\n```'),
  svc('cli-what-does-context-cancel', 'haiku', CLI, 'what does `defer cancel()` do here, one or two sentences\n\n```go\nctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)\ndefer cancel()\nv, err := h.scada.DeviceState(ctx, id)\n```'),
  svc('contact-lights-out', 'haiku', CONTACT, 'power is out on my whole street since about 5:40, 19 Birch Ct. anyone else? no storm here'),
  svc('contact-wire-down', 'haiku', CONTACT, 'There is a power line lying across the road on Ridgeview and it is sparking. A car almost drove over it.'),
  svc('contact-moving', 'haiku', CONTACT, 'Hi, I\'m moving out of 7 Canal St apt 3 on the 20th and into 41 Fern Way on the 21st. Need service stopped and started. Acct 5520-114-332.'),
  svc('contact-high-bill', 'haiku', CONTACT, billComplaint),
  svc('contact-tree-on-line', 'haiku', CONTACT, 'the big oak in my backyard has branches growing into the wires that go to my house, can you guys trim it'),
  svc('extract-work-order', 'haiku', EXTRACT, `Keys: work_order, premise_id, old_meter, new_meter, completed_at, seal_number, follow_up_needed\n\n${workOrder}`),
  svc('extract-complaint-fields', 'haiku', EXTRACT, `Keys: customer_name, account_number, bill_month, bill_amount_usd, estimated_bill, hold_minutes\n\n${billComplaint}`),
  svc('extract-ticket-times', 'haiku', EXTRACT, `Keys: ticket_id, opened_at, crew_on_site_at, all_restored_at, cause_code, customers_affected\n\n${ticket}`),
  svc('tickets-one-liner', 'haiku', TICKETS, `one line for the shift log\n\n${ticket}`),
  svc('tickets-medical-flag', 'haiku', TICKETS, `was there a medical priority customer on this one? address?\n\n${ticket}`),
  svc('sql-count-smart-meters', 'haiku', METERSQL, 'how many active AMI meters do we have'),
  svc('sql-solar-premises-zip', 'haiku', METERSQL, 'premises with solar in zip 47721'),
  svc('sql-outages-yesterday', 'haiku', METERSQL, 'list yesterday\'s outages with customers affected, biggest first'),
  svc('commit-bump-timeout', 'haiku', COMMIT, '```diff\n--- a/internal/scada/client.go\n+++ b/internal/scada/client.go\n@@ -22 +22 @@\n-const pollTimeout = 1500 * time.Millisecond\n+const pollTimeout = 3 * time.Second\n```'),
  svc('review-readme-typo', 'haiku', REVIEW, '```diff\n--- a/README.md\n+++ b/README.md\n@@ -4 +4 @@\n-Run `make dev` to start the dispacher UI.\n+Run `make dev` to start the dispatcher UI.\n```'),
  svc('chat-kwh-to-mwh', 'haiku', CHAT, '612,000 kWh in MWh?'),
  svc('chat-acronym-saidi', 'haiku', CHAT, 'what does SAIDI stand for'),
  s('rates-table-biggest-class', 'haiku', `${rateTable}\n\nwhich rate class has the most customers?`),
  s('rates-rs1-bill-calc', 'haiku', 'RS-1: $12.50 fixed + $0.1411/kWh. Bill for 842 kWh?'),
  s('analyst-excel-sumifs', 'haiku', 'excel formula: sum column F where column B is "FDR-1142" and column C is "VEG"'),
  s('analyst-percent-change', 'haiku', 'outage minutes went from 118 to 94, what % decrease'),
  s('ops-convert-ct-et', 'haiku', 'storm call at 6:30am Central, what\'s that in Eastern'),
  s('ops-checklist-format', 'haiku', 'turn into a numbered checklist: verify crew tagged out, confirm tie switch position, call dispatcher before closing, log device ops in OMS, update ETR'),
  s('writer-outage-text-shorten', 'haiku', 'shorten for an SMS (160 chars max): "Brackenridge Power & Light is aware of a power outage affecting your area. Crews have been assigned and are working to restore service. The current estimated restoration time is 9:00 PM. We apologize for the inconvenience."'),
  s('writer-fix-grammar', 'haiku', 'fix grammar only: "Each of the crews have there own truck and they was told to report to Millbrook sub at 0600."'),
  s('hr-pto-email-subject', 'haiku', 'subject line for an email telling my team I\'m out Dec 22 - Jan 2'),
  s('legal-define-easement', 'haiku', 'what\'s a utility easement, plain english, two sentences'),
  s('fin-trap-proof-of-payment', 'haiku', 'customer wants proof of payment for their June bill - what should the letter include? just a short list'),
  s('eng-trap-design-doc-template-headings', 'haiku', 'headings only for a design doc template, nothing else'),
  s('field-trap-long-rule-fee', 'haiku', `${interconnectRule}\nwhat's the application fee?`),
  s('field-trap-long-rule-days', 'haiku', `${interconnectRule}\nhow many business days for the completeness notice`),
  s('eng-trap-go-handler-status-code', 'haiku', `${goHandler}\n\nwhat status code does this return on success?`),
  s('ops-eli-nothing-sort-list', 'haiku', 'sort alphabetically: Millbrook, Harlow Falls, Pine Hollow, Cedar Gap, Ashby, Ridgeview, Brandt'),
  s('hr-holiday-date', 'haiku', 'what day of the week is Christmas 2026'),
];

const reliability =
  'month,saidi_min,saifi,caidi_min,sustained_outages,momentary_events,veg_share_pct,storm_days\n2026-01,11.2,0.094,119,412,1880,31,2\n2026-02,8.7,0.071,122,351,1622,28,1\n2026-03,9.9,0.083,119,377,1710,30,1\n2026-04,14.8,0.102,145,455,2011,36,3\n2026-05,12.1,0.090,134,430,1934,41,2\n2026-06,21.6,0.141,153,602,2580,44,5\n2026-07,18.3,0.129,142,571,2411,39,4\n2026-08,16.0,0.117,137,540,2302,37,3\n2026-09,10.4,0.085,122,398,1790,33,1\n2026-10,9.1,0.079,115,366,1651,35,0\n2026-11,13.7,0.088,156,389,1702,46,2';

const forecastPy =
  '```python\nimport pandas as pd\nfrom sklearn.ensemble import GradientBoostingRegressor\n\ndf = pd.read_parquet("system_load_hourly.parquet")  # ts, load_mw, temp_f, humidity\ndf["hour"] = df.ts.dt.hour\ndf["dow"] = df.ts.dt.dayofweek\ndf["load_lag_24"] = df.load_mw.shift(24)\ndf = df.dropna()\n\nX = df[["hour", "dow", "temp_f", "humidity", "load_lag_24"]]\ny = df.load_mw\nmodel = GradientBoostingRegressor(n_estimators=400, max_depth=4)\nmodel.fit(X, y)\nprint("R2", model.score(X, y))\n\nfuture = pd.read_parquet("weather_forecast_next_48h.parquet")\nfuture["hour"] = future.ts.dt.hour\nfuture["dow"] = future.ts.dt.dayofweek\nfuture["load_lag_24"] = df.load_mw.iloc[-48:].values\nprint(model.predict(future[X.columns]))\n```';

const vendorClause =
  '12. LIABILITY. 12.1 Contractor\'s aggregate liability under this Agreement shall not exceed the fees paid in the three (3) months preceding the claim. 12.2 Neither party is liable for indirect or consequential loss, including loss of revenue or regulatory penalties. 12.3 Contractor shall indemnify Company for third-party bodily injury caused by Contractor\'s negligence, subject to 12.1.\n13. INSURANCE. Contractor shall maintain general liability of $1,000,000 per occurrence.\n14. SUBCONTRACTING. Contractor may subcontract any part of the Services without notice.\n15. TERMINATION. Company may terminate for convenience on 180 days\' notice; Contractor may terminate on 30 days\' notice.\n16. SAFETY. Contractor shall follow its own safety program. Company\'s Contractor Safety Manual applies only where Contractor agrees in writing.';

const sonnet: TrafficExample[] = [
  s('eng-go-retry-backoff', 'sonnet', 'Go: write a small retry helper for our SCADA bridge calls: exponential backoff with jitter, max 5 attempts, respects ctx cancellation, only retries on errors that implement Temporary() bool. Include a table-driven test.'),
  s('eng-ts-etr-countdown', 'sonnet', 'React + TS component for the outage map popup: shows ticket id, customers out, cause if known, and a live "ETR in 1h 12m" countdown that switches to "ETR passed - update pending" when it passes. Use date-fns, no external timer lib, clean up the interval.'),
  s('eng-postgis-premises-in-polygon', 'sonnet', 'PostGIS: given a storm polygon as GeoJSON, find all premises (premises.geom point, SRID 4326) inside it, grouped by feeder, with counts and the list of medical-priority premises (premises.medical_flag). Needs to be fast on 600k premises, so tell me the index too.'),
  s('eng-explain-consumer-lag', 'sonnet', `Explain what's going on in this log and whether the Kafka lag could be why the prediction first picked the wrong device. What would you change?\n\n${dispatchLog}`),
  s('eng-dockerfile-go-multistage', 'sonnet', 'write a multi-stage Dockerfile for a Go 1.22 service with CGO off, distroless final image, non-root user, build args for version/commit baked in with -ldflags, and a healthcheck hitting /healthz'),
  s('eng-py-green-button-parser', 'sonnet', 'Python: parse a Green Button (ESPI XML) file into a pandas dataframe of 15-minute interval reads (start time UTC, duration, kWh), handling the powerOfTenMultiplier and uom fields properly. Skip the auth part, assume I have the file.'),
  s('eng-helm-values-review', 'sonnet', 'Review this helm values for our oms-predict deployment and tell me what you\'d change for prod:\n\nreplicaCount: 1\nimage:\n  tag: latest\nresources: {}\nlivenessProbe:\n  httpGet: { path: /, port: 8080 }\n  initialDelaySeconds: 0\nenv:\n  - name: DB_PASSWORD\n    value: "Sp4rky!2026"\n  - name: KAFKA_BROKERS\n    value: kafka-0:9092\nautoscaling:\n  enabled: false'),
  s('eng-sql-window-restoration-curve', 'sonnet', 'postgres: I have ticket_events(ticket_id, event_at, customers_restored_delta). For each ticket I need the cumulative restored % over time (affected count is in tickets.affected) and the time at which 50% and 90% were restored. Window functions please.'),
  s('eng-terraform-sqs-dlq', 'sonnet', 'terraform: SQS queue for meter-exchange work orders with a DLQ after 5 receives, 14-day retention on the DLQ, SSE with our KMS key, and a CloudWatch alarm when the DLQ has any message for 5 minutes that posts to our existing SNS topic var.ops_alerts_arn'),
  s('eng-regex-explain-and-fix', 'sonnet', 'this regex is supposed to match our device ids like RECL-1142-02, FUSE-1142-07, TS-1142-1147 but it also matches junk like "RECL--02". explain why and fix it: `^[A-Z]+-\\d*-\\d+$`'),
  svc('cli-handler-tests', 'sonnet', CLI, `write tests for this handler with httptest and a fake store/bus: bad json, unknown ticket, partial restore, full restore sets RESTORED, save failure\n\n${goHandler}`),
  svc('cli-add-structured-logging', 'sonnet', CLI, `switch this handler to slog with the ticket id and customers as attributes, log at warn on 4xx and error on 5xx, and return JSON errors {"error": "..."} instead of plain text\n\n${goHandler}`),
  svc('cli-web-table-sort-filter', 'sonnet', CLI, 'in web/src/components/TicketTable.tsx, add column sorting (opened, customers out, ETR) and a text filter on feeder id; keep it in the URL query string so dispatchers can share links. We use react-router v6 and TanStack Table v8.'),
  svc('cli-migration-add-column', 'sonnet', CLI, 'add a goose migration that adds `etr_source` (enum: MANUAL, PREDICTED, STORM_DEFAULT) to tickets with default MANUAL, backfill PREDICTED where created_by = \'oms-predict\', and update the Ticket struct and the two sqlc queries that select tickets'),
  svc('review-sql-string-concat', 'sonnet', REVIEW, '```diff\n--- a/internal/store/premises.go\n+++ b/internal/store/premises.go\n@@ -31,6 +31,14 @@\n+func (s *Store) PremisesByStreet(ctx context.Context, street string) ([]Premise, error) {\n+\tq := "SELECT premise_id, service_address FROM premises WHERE service_address ILIKE \'%" + street + "%\' LIMIT 500"\n+\trows, err := s.db.QueryContext(ctx, q)\n+\tif err != nil {\n+\t\treturn nil, err\n+\t}\n+\treturn scanPremises(rows)\n+}\n```'),
  svc('review-missing-rows-close', 'sonnet', REVIEW, '```diff\n--- a/internal/store/crews.go\n+++ b/internal/store/crews.go\n@@ -40,6 +40,19 @@\n+func (s *Store) OnShiftCrews(ctx context.Context) ([]Crew, error) {\n+\trows, err := s.db.QueryContext(ctx, `SELECT id, lead_name, truck_no FROM crews WHERE on_shift`)\n+\tif err != nil {\n+\t\treturn nil, err\n+\t}\n+\tvar out []Crew\n+\tfor rows.Next() {\n+\t\tvar c Crew\n+\t\trows.Scan(&c.ID, &c.LeadName, &c.TruckNo)\n+\t\tout = append(out, c)\n+\t}\n+\treturn out, nil\n+}\n```'),
  svc('sql-estimated-bills-streak', 'sonnet', METERSQL, 'premises that got an estimated bill 3 or more months in a row this year, with the AMI meter install date if they have one'),
  svc('sql-peak-hour-by-feeder', 'sonnet', METERSQL, 'for each feeder, the 15-minute interval with the highest total kWh in July 2026 and what that total was, plus the share of premises on that feeder with EVs'),
  svc('sql-missing-reads', 'sonnet', METERSQL, 'AMI meters that are active but have more than 10% of their expected 15-minute reads missing in the last 7 days, worst first'),
  svc('tickets-customer-update', 'sonnet', TICKETS, `Write the customer-facing update for the outage page and the text for the follow-up apology SMS to customers whose ETR was missed. Honest about the delay, no jargon.\n\n${ticket}`),
  svc('tickets-after-action', 'sonnet', TICKETS, `Write a short after-action summary for the Monday reliability meeting: timeline, what went well, what didn't (the missed ETR especially), and 3 follow-ups.\n\n${ticket}`),
  svc('extract-tariff-screens', 'sonnet', EXTRACT, `Keys: eligibility (object: max_kw_ac, service_classes), required_documents (array), fees (array of {name, amount_usd}), review_screens (array of {screen, threshold}), deadlines (array of {step, business_days})\n\n${interconnectRule}`),
  svc('regdraft-data-request-response', 'sonnet', REGDRAFT, 'Draft our response to PUC data request DR-3-14 in Docket 26-0412-EL: "Provide the number of residential disconnections for non-payment by month for 2025 and 2026 year-to-date, and describe the Company\'s winter moratorium practices." Numbers: 2025 total 14,208 (none Dec-Feb); 2026 YTD through Oct 9,871. Moratorium: no residential disconnections Dec 1 - Mar 31, or when forecast low is below 32F for 48 h, or with a medical certificate on file.'),
  svc('chat-complaint-reply-ellison', 'sonnet', CHAT, `Draft a reply to this customer from our billing team. Facts: the new AMI meter wasn't communicating until Dec 3 (fixed), so Oct and Nov were estimated off a wrong multiplier; actual usage was 1,012 kWh, corrected bill is $151.30; late fee waived; account on hold from collections; she qualifies for our senior discount which she isn't on.\n\n${billComplaint}`),
  s('analyst-reliability-commentary', 'sonnet', `Write the reliability section of the monthly board pack from this. What moved, why (as far as the data shows), and anything worth watching.\n\n${reliability}`),
  s('analyst-review-forecast-script', 'sonnet', `our intern wrote this day-ahead load forecast. what's wrong with it? (I think the R2 is too good to be true)\n\n${forecastPy}`),
  s('analyst-pandas-weather-normalize', 'sonnet', 'pandas: weather-normalize monthly residential kWh using heating and cooling degree days. I have monthly kwh per premise and monthly HDD/CDD for our region. Fit a simple regression per rate class, then give normalized usage vs actual by month. Show the code and how to read the output.'),
  s('analyst-survey-themes', 'sonnet', 'Group these customer survey comments into themes with counts and one representative quote each:\n\n- app said power was back but it wasn\'t\n- guy on phone was great\n- ETR changed 4 times\n- no updates for 6 hours\n- text alerts worked well\n- couldn\'t report outage online, site crashed\n- crews were polite\n- estimated time was way off\n- took forever on hold\n- liked the outage map\n- map showed my street fine when it was out\n- notifications came at 3am\n- the tree crew left a mess\n- why does this happen every storm\n- great job considering the ice'),
  s('rates-tou-savings-explainer', 'sonnet', `Using this table, write a customer-friendly explainer on whether RS-TOU saves money vs RS-1, with a worked example for a household using 900 kWh with 30% on-peak, and who should NOT switch.\n\n${rateTable}`),
  s('rates-bill-impact-table', 'sonnet', `We're proposing a 6.2% increase in energy rates for RS-1, RS-TOU and GS-1 only, fixed charges unchanged. Build the typical bill impact table (avg usage from the table) in $ and %, and flag any class where the % bill impact differs much from 6.2% and why.\n\n${rateTable}`),
  s('ops-storm-staffing-email', 'sonnet', 'Write the email to all line and tree crew supervisors for the ice storm forecast Thursday-Friday: pre-staging at Millbrook and Cedar Gap, 16-hour shift cap and mandatory 8h rest, mutual aid crews from two neighbour utilities arriving Thursday noon, hotel block details TBD, safety reminder about backfeed from generators. Firm but not preachy.'),
  s('ops-vegetation-plan-summary', 'sonnet', 'Summarise our vegetation management options for the CFO in a one-pager: stay on the 5-year trim cycle ($18M/yr), move to 4-year ($23M/yr), or risk-based targeting of the 20% of circuits with most tree outages ($19M/yr + $1.2M for LiDAR). Vegetation is ~35-45% of our outages. Pros/cons and a recommendation.'),
  s('fin-capex-variance', 'sonnet', 'Draft Q3 capex variance commentary: AMI rollout $41.2M vs $38.0M plan (meter unit cost up 9%, installs ahead of schedule 112k vs 98k); substation rebuilds $22.5M vs $30.0M (Cedar Gap delayed by transformer lead times, now 68 weeks); storm hardening $9.8M vs $10.0M. Keep it factual, 150-200 words.'),
  s('fin-explain-rate-base', 'sonnet', 'Explain rate base and allowed return to a new finance analyst who came from retail: how a utility earns money on capital, why capex gets approved differently from opex, and a simple numeric example of a revenue requirement.'),
  s('fin-excel-depreciation-schedule', 'sonnet', 'Excel: build a depreciation schedule for 112,000 AMI meters installed across 2025-2027 (installs by quarter in a row), 15-year straight line, half-quarter convention, and a retirement row for the old meters\' remaining net book value written off. Describe the layout and give the formulas.'),
  s('legal-vendor-clause-flags', 'sonnet', `We're signing a tree-trimming contractor. Flag what's bad for us in these clauses and suggest redlines:\n\n${vendorClause}`),
  s('legal-pole-attachment-summary', 'sonnet', 'Summarise what a pole attachment agreement with a fiber ISP usually covers (rates, make-ready, safety clearances, unauthorized attachments, indemnity) and what we as the pole owner should be careful about. We\'re about to negotiate with a new broadband provider using BEAD funding.'),
  s('hr-job-post-lineworker', 'sonnet', 'Write a job post for a Journeyman Lineworker at Brackenridge Power & Light: storm duty required, CDL Class A, IBEW Local 1392, pay $52.40/hr plus overtime, pension, based in Harlow Falls. Make it read like a person wrote it, not a template.'),
  s('hr-interview-questions-dispatcher', 'sonnet', 'give me 10 behavioural interview questions for a distribution dispatcher role, with what a good answer looks like for each'),
  s('writer-storm-blog-post', 'sonnet', 'Write a 500-word blog post for our website: "What happens after you report an outage" - from the call or app report, through OMS prediction, crew dispatch, patrol, repair, restoration and why neighbours sometimes get power back first. Friendly, no jargon.'),
  s('writer-newsletter-heat-pumps', 'sonnet', 'Newsletter piece (300 words) encouraging customers to look at heat pumps: our $800 rebate, the federal tax credit, what to ask an installer, and a note that winter bills may go up if they currently heat with gas. Balanced, not salesy.'),
  s('field-safety-tailboard', 'sonnet', 'Turn these notes into a tailboard briefing sheet for tomorrow\'s reconductoring job on FDR-1142 span 311-318: energized adjacent circuit, traffic control on Ridgeview (flaggers from 7am), bucket trucks 14 and 22, minimum approach distances for 13.2 kV, hold-off on reclosers RECL-1142-01/02, grounding plan, weather could be icy. Keep it scannable.'),
  s('field-trap-design-tailboard-template', 'sonnet', 'design a reusable one-page tailboard template our crews fill in before any energized work: hazards, MAD, PPE, grounding, roles, emergency plan, sign-off. Make it a markdown table layout we can print.'),
  s('eng-trap-eli5-consensus', 'sonnet', 'our new PM asked what "leader election" is and why our OMS cluster needs it. explain it to her like she\'s smart but not technical, with an analogy, one or two paragraphs'),
  s('eng-trap-long-log-incident-summary', 'sonnet', `${dispatchLog}\n\nwrite a short incident timeline from these logs for the ops channel (times, what happened, who's going)`),
  s('eng-openapi-spec', 'sonnet', 'write an OpenAPI 3.1 spec for our outage-report API: POST /outages/report (account or address, phone, hazard flag, notes), GET /outages/{ticketId} (status, ETR, customers out, cause), GET /outages?zip= (active outages). Include error responses and examples.'),
  s('analyst-ab-test-alerts', 'sonnet', 'We A/B tested outage text alerts: A (current) 41,200 customers, 2,180 called in during outages; B (adds cause + crew status) 40,900 customers, 1,720 called. Is this a real difference? What else should I check before telling the contact centre they\'ll get fewer calls?'),
  s('rates-explain-net-metering-change', 'sonnet', 'Explain to our call centre agents, in a short FAQ (8 questions), what changes for existing solar customers when Rider NM-2 moves exports from retail-rate credit to the avoided-cost rate, and what stays the same for grandfathered customers installed before 2026-04-01.'),
  s('ops-ev-charging-fleet-plan', 'sonnet', 'We\'re electrifying 40 of our 160 light-duty fleet vehicles next year across 3 service centers. Give me a practical plan: charger count and type per site, load impact, phasing, what to ask facilities, and rough costs to budget.'),
  s('legal-trap-proof-of-service-explain', 'sonnet', 'what is a certificate of service in a PUC filing, what goes in it, and draft one for our reply comments in Docket 26-0412-EL served on the service list by email today'),
];

export const twentySecondSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet];
