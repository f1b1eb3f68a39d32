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

export const twentySecondSingleTurnExamples: TrafficExample[] = [...haiku];
