import type { Tier } from '../../../src/config/schema.js';
import { pad, single, type TrafficExample } from './build.js';

/**
 * An eighteenth batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router. Internal services of one company (Tidewater Freight, a logistics firm) that send their own system
 * prompts: support triage and reply drafting, extraction, summarising, RAG over pasted passages, text-to-SQL,
 * code and document reviewers, planners. The user turn carries the material. Mostly typical requests, about 1 in
 * 5 traps. Names start with "b18-"; 50 per tier.
 */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b18-${name}`, tier, text, { system });

const SUPPORT_TRIAGE =
  'You triage customer emails for Tidewater Freight. Reply with one label only: TRACKING, DAMAGE, BILLING, CUSTOMS, PICKUP, ACCOUNT, OTHER.';
const SUPPORT_REPLY =
  'You draft replies for Tidewater Freight customer service. Friendly, concise, plain English. Never promise a delivery date the tracking data does not support. Sign off "Tidewater Customer Care". An agent reviews every draft.';
const EXTRACT =
  'You are Tidewater\'s document-extraction endpoint. Output a single JSON object with exactly the requested keys. Use null when a value is absent. No commentary.';
const SUMMARY =
  'You are the summarisation service used by Tidewater\'s intranet and ticketing tools. Summarise faithfully at the requested length and format. Never invent facts.';
const RAG =
  'You are Harbour, Tidewater\'s knowledge assistant. Answer ONLY from the passages supplied in the user message and cite passage numbers like [2]. If the passages do not contain the answer, say so.';
const SQL =
  'You are QueryDock, Tidewater\'s text-to-SQL assistant for BigQuery. Tables: shipments(id, customer_id, origin_depot, dest_depot, service, weight_kg, booked_at, delivered_at, status), customers(id, name, segment, region, created_at), depots(code, city, country, capacity_pallets), invoices(id, customer_id, shipment_id, amount_gbp, issued_at, paid_at), claims(id, shipment_id, amount_gbp, reason, opened_at, settled_at). Return one query in a ```sql block and one sentence of explanation.';
const CODE_REVIEW =
  'You are the automated code reviewer on Tidewater\'s GitLab. Review the merge request diff for bugs, security issues, concurrency problems and readability. Reference file and line. If nothing substantive, reply "LGTM" and nothing else.';
const DOC_REVIEW =
  'You review internal design documents and RFCs for Tidewater engineering. Identify gaps, risks, unstated assumptions and questions for the author. Be direct and specific.';
const PLANNER =
  'You are the planning assistant for Tidewater\'s operations and programme managers. Produce concrete plans with steps, owners (as roles), dependencies, timelines and risks. Ask for missing information only if it blocks the plan.';
const CONTRACT_REVIEW =
  'You assist Tidewater\'s legal team reviewing customer and supplier contracts. Quote the clause you rely on. Flag deviations from Tidewater\'s standard positions: liability capped at 12 months\' fees, no uncapped indemnities, English law, 30-day payment terms.';
const DISPATCH =
  'You are the dispatch optimisation advisor for Tidewater\'s network control room. Reason quantitatively about vehicles, drivers, hours rules (EU/GB drivers\' hours), depots and time windows. State assumptions.';
const TRANSLATE = 'Translate the user\'s text for Tidewater\'s customer notifications. Keep tokens in {braces} unchanged. Return only the translation.';
const CLASSIFY_CLAIM =
  'Classify the damage-claim description into one of: PACKAGING, HANDLING, WATER, THEFT, TEMPERATURE, UNKNOWN. Output the label and a confidence 0-1 as JSON {"label":..., "confidence":...}.';
const RELEASE_NOTES = 'You write release notes for the Tidewater customer portal from merged MR titles. Group by Added / Changed / Fixed. Customer-facing language, no ticket numbers.';

const passagesCustoms = `[1] Tidewater Customs Handbook 3.2: For GB to EU consignments the shipper must supply a commercial invoice with EORI number, HS code to 6 digits and country of origin for each line. Consignments under EUR 150 may use the low-value procedure.
[2] Handbook 3.4: Dangerous goods (UN numbers) require a DGN signed by a trained person and cannot use the Economy service.
[3] Handbook 4.1: Duties and taxes default to DAP (receiver pays). DDP is available on account customers only, with a GBP 4 admin fee per consignment.
[4] Handbook 5.0: Held consignments are stored free for 5 working days, then GBP 12 per pallet per day.`;
const passagesHr = `[1] Driver Handbook 2.1: Drivers must complete a walkaround check before every shift and record defects in the DriverApp. A vehicle with a category A defect must not leave the yard.
[2] Driver Handbook 2.6: Overtime is paid at 1.5x after 48 hours in the pay week and 2x on bank holidays.
[3] Driver Handbook 4.3: Mobile phones may be used only via the cab cradle in hands-free mode. Breach is gross misconduct.
[4] Driver Handbook 6.1: Annual leave requests for July and August must be submitted by 31 March and are allocated by seniority.`;
const passagesSla = `[1] Master Services Agreement, Schedule 2, clause 2.1: Tidewater shall deliver 98.0% of Next Day consignments by 17:00 on the next working day, measured monthly.
[2] Schedule 2, clause 2.3: Excluded from the measurement: consignments with incorrect addresses, customer-requested holds, and force majeure events notified within 48 hours.
[3] Schedule 2, clause 3.1: For each full 0.5 percentage point below target, the customer receives a service credit of 2% of that month's Next Day charges, capped at 10%.
[4] Schedule 2, clause 3.4: Service credits are the customer's sole and exclusive remedy for failure to meet the service levels.
[5] MSA clause 14.2: Tidewater's total liability in any contract year is capped at 100% of charges paid in the preceding 12 months.`;
const depotLog = pad(
  '2026-12-06 05:12:44 DEPOT=BRS scanner=S14 event=INBOUND_SCAN cons=TW88120931 pallets=2 bay=7\n2026-12-06 05:12:51 DEPOT=BRS scanner=S14 event=INBOUND_SCAN cons=TW88120932 pallets=1 bay=7\n2026-12-06 05:13:02 DEPOT=BRS scanner=S09 event=EXCEPTION cons=TW88120877 code=LABEL_UNREADABLE\n2026-12-06 05:13:40 DEPOT=BRS sorter=SRT2 event=JAM lane=12 cleared_by=op_441 duration_s=95\n2026-12-06 05:14:05 DEPOT=BRS scanner=S02 event=OUTBOUND_LOAD cons=TW88120512 trailer=TR-3381 route=BRS-MAN-02',
  3600,
);
const minutes = pad(
  'Ops weekly, 3 Dec. Attendees: Hollis (Network), Dev (Fleet), Marta (Customer Ops), Sunil (Finance). 1) Peak volumes running 14% above forecast at Bristol and Leeds; Hollis to request 6 agency loaders for Leeds from 8 Dec. 2) Fleet: 4 trailers off-road awaiting brake parts, supplier says 10 days; Dev to hire 3 trailers short-term, cost approx GBP 2,100/week, Sunil approved. 3) Complaints up 22% WoW, mostly missed time windows on the Manchester routes; Marta to pull root-cause sample of 50 by Friday. 4) Christmas cut-off comms to go out 9 Dec; Marta owns. AOB: canteen refit at Leeds delayed to January.',
  5000,
);
const contractExcerpt = pad(
  'Clause 11 (Liability). 11.1 Nothing limits liability for death or personal injury caused by negligence or for fraud. 11.2 Subject to 11.1, the Carrier\'s aggregate liability under this Agreement shall not exceed the greater of (a) GBP 5,000,000 and (b) 200% of the Charges paid in the preceding 24 months. 11.3 The Carrier shall indemnify the Customer against all losses arising from any breach of data protection law by the Carrier, its subcontractors or agents, without limit. 11.4 Neither party is liable for indirect or consequential loss, save that loss of the Customer\'s goods in transit shall be deemed direct loss. Clause 17 (Governing law): this Agreement is governed by the laws of the Netherlands. Clause 8.2: Invoices are payable within 75 days of the end of the month of receipt.',
  6000,
);
const shipmentCsv =
  'cons,customer,origin,dest,service,weight_kg,booked,delivered,status\nTW88120101,Ashgrove Interiors,BRS,MAN,NextDay,420,2026-12-01,2026-12-02,DELIVERED\nTW88120102,Kestrel Pharma,LDS,GLA,Timed,85,2026-12-01,2026-12-03,DELIVERED_LATE\nTW88120103,Ashgrove Interiors,BRS,LON,NextDay,610,2026-12-01,,IN_TRANSIT\nTW88120104,Penrose Tiles,MAN,BRS,Economy,1320,2026-12-02,2026-12-05,DELIVERED\nTW88120105,Kestrel Pharma,LDS,BHM,Timed,40,2026-12-02,2026-12-02,DELIVERED\nTW88120106,Orbit Cycles,LON,LDS,NextDay,220,2026-12-02,,EXCEPTION\nTW88120107,Penrose Tiles,MAN,GLA,Economy,980,2026-12-03,,IN_TRANSIT\n';
const rfcEta = pad(
  'RFC-112: Predicted ETA service. Goal: replace the static ETA (route average) shown to customers with a per-consignment prediction updated every 10 minutes. Design: a Kafka consumer reads telematics (GPS every 30s) and scan events, a feature service joins them with traffic data from a third-party API, and a gradient-boosted model served by a Python service returns ETA and a 90% interval. Predictions are cached in Redis keyed by consignment and pushed to the portal via websockets. Rollout: shadow for 4 weeks, then 10% of customers. Open: what to show when telematics is missing; how to handle multi-drop routes where drop order changes during the day; retraining cadence.',
  7000,
);
const goDiff = `diff --git a/internal/manifest/store.go b/internal/manifest/store.go
@@ -18,12 +18,24 @@ type Store struct {
 	mu    sync.Mutex
 	byCons map[string]*Manifest
 }
+
+func (s *Store) AddScan(cons string, ev ScanEvent) error {
+	s.mu.Lock()
+	m, ok := s.byCons[cons]
+	s.mu.Unlock()
+	if !ok {
+		m = &Manifest{Cons: cons}
+		s.mu.Lock()
+		s.byCons[cons] = m
+		s.mu.Unlock()
+	}
+	m.Events = append(m.Events, ev)
+	if ev.Type == "DELIVERED" {
+		go s.notifyCustomer(m)
+	}
+	return nil
+}
`;
const pyDiff = `diff --git a/billing/surcharge.py b/billing/surcharge.py
@@ -3,9 +3,14 @@ FUEL_SURCHARGE_PCT = 0.085
-def surcharge(amount):
-    return amount * FUEL_SURCHARGE_PCT
+def surcharge(amount, service="NextDay"):
+    pct = FUEL_SURCHARGE_PCT
+    if service == "Economy":
+        pct = pct - 0.02
+    return round(amount * pct, 2)
+
+def total_with_surcharge(amount, service="NextDay"):
+    return amount + surcharge(amount, service)
`;

const haiku: TrafficExample[] = [
  svc('triage-where-is-parcel', 'haiku', SUPPORT_TRIAGE, 'Hi, consignment TW88120103 was meant to arrive yesterday and the tracking hasn\'t moved since Bristol. Where is it?'),
  svc('triage-crushed-pallet', 'haiku', SUPPORT_TRIAGE, 'pallet arrived with the corner crushed and 3 boxes of tiles broken. photos attached. what now'),
  svc('triage-invoice-double', 'haiku', SUPPORT_TRIAGE, 'We appear to have been invoiced twice for shipment TW88119950 (invoice 55120 and 55187). Please advise.'),
  svc('triage-hs-code', 'haiku', SUPPORT_TRIAGE, 'Our parcel to Rotterdam is held because of a missing HS code. Which code do we need for cotton t-shirts and how do we send it?'),
  svc('triage-collection-missed', 'haiku', SUPPORT_TRIAGE, 'driver never came for the 2pm collection today, we waited till 6. rebook for tomorrow pls'),
  svc('triage-user-login', 'haiku', SUPPORT_TRIAGE, 'I\'ve left the company and my colleague Fiona needs to take over the portal login, how do we transfer it?'),
  svc('reply-rebook-collection', 'haiku', SUPPORT_REPLY, 'Customer: missed 2pm collection today. Facts: driver ran out of hours; collection rebooked for tomorrow 10:00-14:00. Write a short apology and confirm the new window.'),
  svc('reply-portal-user-add', 'haiku', SUPPORT_REPLY, 'Customer asks how to add a new user to their portal account. Steps: Settings > Users > Invite, admin role needed. Draft the reply.'),
  svc('reply-cutoff-dates', 'haiku', SUPPORT_REPLY, 'Customer asks for Christmas cut-off dates. Next Day: 22 Dec; Economy: 18 Dec; EU road: 15 Dec. Short reply please.'),
  svc('extract-pod-email', 'haiku', EXTRACT, 'Keys: consignment, signed_by, delivered_at, location.\n\n"Proof of delivery: consignment TW88120101 was signed for by J. Whitlock at 11:42 on 2 December 2026 at Ashgrove Interiors, Unit 4 Trafford Park, Manchester."'),
  svc('extract-booking-request', 'haiku', EXTRACT, 'Keys: pickup_postcode, delivery_postcode, pallets, weight_kg, service, ready_date.\n\nHi team, can we book 3 pallets (approx 900kg total) from BS3 4RT going to LS11 5DP, ready Thursday 10 Dec, next day if possible. Thanks, Gemma'),
  svc('extract-claim-fields', 'haiku', EXTRACT, 'Keys: consignment, claim_amount_gbp, damage_type, reported_date.\n\n"Claim ref C-2291. On 4 Dec we reported that consignment TW88120044 arrived water-damaged. We are claiming GBP 1,240.50 for the ruined stock."'),
  svc('extract-hs-lines', 'haiku', EXTRACT, 'Keys: lines (array of {description, hs_code, qty, value_eur}).\n\nCOMMERCIAL INVOICE 2026-118\n1. Cotton T-shirts, HS 610910, 400 pcs, EUR 1,600\n2. Canvas tote bags, HS 420292, 150 pcs, EUR 525\n3. Enamel pin badges, HS 711719, 1,000 pcs, EUR 700'),
  svc('extract-driver-defect', 'haiku', EXTRACT, 'Keys: vehicle_reg, defect, category, reported_by.\n\nWalkaround 06:10, vehicle WX71 KTD, nearside rear indicator lens cracked but working, cat B. Driver: P. Nowak.'),
  svc('summary-minutes-one-line', 'haiku', SUMMARY, `One sentence.\n\n${minutes}`),
  svc('summary-minutes-actions', 'haiku', SUMMARY, `Just the action items with owners, as bullets.\n\n${minutes}`),
  svc('summary-ticket-thread', 'haiku', SUMMARY, '3 bullets max.\n\nAgent (Tue): Customer says pallet TW88120106 missing. Checked: exception at LON, label unreadable.\nAgent (Tue): Asked LON depot to search bay 4.\nDepot LON (Wed): Found, relabelled, on tonight\'s trunk to LDS.\nAgent (Wed): Told customer, delivery Thursday.\nCustomer (Thu): Received, thanks.'),
  svc('summary-status-shorten', 'haiku', SUMMARY, 'Shorten to under 30 words for the status banner: "Due to severe weather conditions affecting the M62 corridor since early this morning, a number of our Next Day deliveries in the Leeds and Manchester areas may arrive later than planned. Our teams are working to minimise disruption and we will update this message by 3pm."'),
  svc('rag-low-value', 'haiku', RAG, `${passagesCustoms}\n\nWhat is the threshold for the low-value procedure?`),
  svc('rag-storage-fee', 'haiku', RAG, `${passagesCustoms}\n\nhow long is storage free for held stuff and what after that`),
  svc('rag-ddp-fee', 'haiku', RAG, `${passagesCustoms}\n\nCan a cash customer ship DDP?`),
  svc('rag-overtime-rate', 'haiku', RAG, `${passagesHr}\n\novertime rate on bank holidays?`),
  svc('rag-summer-leave-deadline', 'haiku', RAG, `${passagesHr}\n\nWhen do I have to get my August holiday request in?`),
  svc('rag-not-in-passages', 'haiku', RAG, `${passagesHr}\n\nHow much is the night-shift allowance?`),
  svc('sql-count-delivered-today', 'haiku', SQL, 'how many shipments were delivered today'),
  svc('sql-customers-north', 'haiku', SQL, 'list customer names in the North region'),
  svc('sql-depot-capacity', 'haiku', SQL, 'which depot has the biggest capacity?'),
  svc('sql-unpaid-invoices-count', 'haiku', SQL, 'number of invoices not paid yet'),
  svc('codereview-typo-comment', 'haiku', CODE_REVIEW, 'diff --git a/internal/route/plan.go b/internal/route/plan.go\n@@ -7,7 +7,7 @@\n-// recieve drops in order of the the planned sequence\n+// receive drops in order of the planned sequence'),
  svc('codereview-version-bump', 'haiku', CODE_REVIEW, 'diff --git a/go.mod b/go.mod\n-\tgithub.com/segmentio/kafka-go v0.4.46\n+\tgithub.com/segmentio/kafka-go v0.4.47'),
  svc('translate-de-eta', 'haiku', TRANSLATE, 'German: "Your delivery {cons} is expected between {from} and {to} today."'),
  svc('translate-fr-held', 'haiku', TRANSLATE, 'French: "Your parcel is held at customs. Please upload the commercial invoice."'),
  svc('translate-nl-signed', 'haiku', TRANSLATE, 'Dutch: "Delivered and signed for by {name}."'),
  svc('translate-pl-driver', 'haiku', TRANSLATE, 'Polish: "Your driver today is {driver}. Track the van live: {link}"'),
  svc('claim-class-wet', 'haiku', CLASSIFY_CLAIM, 'Boxes on the bottom layer were soggy and the cardboard had collapsed, the trailer roof had a leak according to the driver.'),
  svc('claim-class-missing-items', 'haiku', CLASSIFY_CLAIM, 'Shrink wrap was cut and re-wrapped, 6 of 40 boxes of phones missing on arrival.'),
  svc('claim-class-frozen', 'haiku', CLASSIFY_CLAIM, 'chilled yoghurt delivered at 14C, reefer unit log shows it was switched off for 3 hours'),
  svc('release-notes-three', 'haiku', RELEASE_NOTES, 'Merged MRs:\n- Add CSV export to shipments list (!4412)\n- Fix timezone on POD timestamps for Irish customers (!4419)\n- Change default label size to 6x4 (!4423)'),
  svc('extract-depot-log-exception', 'haiku', EXTRACT, `Keys: consignment, exception_code, scanner.\nThe first EXCEPTION event only.\n\n${depotLog}`),
  svc('summary-csv-late', 'haiku', SUMMARY, `Which consignments are not delivered yet? List only.\n\n${shipmentCsv}`),
  svc('extract-csv-kestrel', 'haiku', EXTRACT, `Keys: consignments (array of cons ids) for customer Kestrel Pharma.\n\n${shipmentCsv}`),
  svc('dispatch-hours-lookup', 'haiku', DISPATCH, 'what is the max daily driving time under GB drivers hours rules, and how many times a week can it be extended?'),
  svc('planner-convert-dates', 'haiku', PLANNER, 'Reformat these as a simple table (task | date), nothing else: loaders start 8 Dec, comms 9 Dec, RCA sample 11 Dec, trailers back ~16 Dec'),
  svc('contract-governing-law-lookup', 'haiku', CONTRACT_REVIEW, `${contractExcerpt}\n\nJust tell me: which country's law governs this?`),
  svc('contract-payment-terms-lookup', 'haiku', CONTRACT_REVIEW, `${contractExcerpt}\n\npayment terms in days?`),
  svc('docreview-trap-acronym', 'haiku', DOC_REVIEW, 'Quick one, not a review: what does "p90" mean in the sentence "ETA interval is the p10-p90 range"?'),
  svc('codereview-trap-race-word', 'haiku', CODE_REVIEW, 'diff --git a/docs/runbook.md b/docs/runbook.md\n@@ -30,3 +30,4 @@\n ## Known issues\n+- Race condition in manifest store fixed in !4388 (see incident INC-771).'),
  svc('rag-trap-sla-target', 'haiku', RAG, `${passagesSla}\n\nwhat % of next day consignments do we have to deliver on time?`),
  svc('summary-trap-rfc-title', 'haiku', SUMMARY, `Give this document a title of at most 6 words. Title only.\n\n${rfcEta}`),
  svc('sql-trap-simple-join-word', 'haiku', SQL, 'show me the 10 most recent claims, newest first'),
];

const sonnet: TrafficExample[] = [
  svc('reply-damaged-tiles', 'sonnet', SUPPORT_REPLY, 'Customer Penrose Tiles: pallet TW88120104 arrived with a crushed corner, 3 boxes broken (photos sent). This is their second damage this month and they are threatening to move to another carrier. Facts: claim can be opened via portal, we cover up to GBP 15/kg, the depot has been asked to review handling. Draft a reply that acknowledges the repeat issue, explains the claim, and keeps them on side.'),
  svc('reply-customs-held-explain', 'sonnet', SUPPORT_REPLY, 'Customer is annoyed their Rotterdam shipment is held and they are being charged storage. Facts: commercial invoice lacked HS codes; held since 1 Dec; storage free for 5 working days then GBP 12/pallet/day; they have 2 pallets. Explain what happened, what they need to send, and what it will cost if they send it today vs Friday.'),
  svc('reply-late-pharma-sla', 'sonnet', SUPPORT_REPLY, 'Kestrel Pharma, a key account, had three Timed deliveries late this week (TW88120102 and two others), one causing a missed clinic appointment slot. Facts: Leeds depot short of drivers due to flu; extra agency drivers from Monday; Timed service refund applies automatically. Write a careful reply to their logistics manager.'),
  svc('reply-rate-increase', 'sonnet', SUPPORT_REPLY, 'Customer asks why their January rates went up 6.5%. Facts: annual review clause in contract, fuel surcharge unchanged, driver wage increase 7%, new rate still below list. Draft a reply that explains without sounding defensive and offers a call with their account manager.'),
  svc('extract-rate-card-table', 'sonnet', EXTRACT, 'Keys: zones (array of {zone, postcodes, next_day_gbp, economy_gbp, per_kg_over_30_gbp}).\n\nRATE CARD 2027 (account ASH-220)\nZone A (BS, BA, GL, SN): Next Day GBP 18.40, Economy GBP 11.90; each kg over 30kg GBP 0.42\nZone B (B, CV, WV, DY, WS): Next Day 19.10 / Economy 12.35, over-30 per kg 0.44\nZone C (M, L, WA, OL, BL, SK): ND 19.80, Eco 12.80, 0.46/kg above 30kg\nZone D (LS, BD, HX, HD, WF): as Zone C but Economy 12.95\nZone E Scottish Highlands (IV, KW, PH17-PH26): Next Day not available; Economy GBP 34.00, 0.95 per kg over 30\nAll prices exclude VAT and fuel surcharge.'),
  svc('extract-email-thread-booking', 'sonnet', EXTRACT, 'Keys: bookings (array of {pickup_date, from_postcode, to_postcode, pallets, service, special_instructions}). Use the FINAL agreed details only.\n\nFrom: Gemma\nCan we book 3 pallets BS3 4RT to LS11 5DP Thursday, next day?\n\nFrom: Tidewater\nThursday is full on that lane, Friday OK?\n\nFrom: Gemma\nFriday fine, but make it 4 pallets, and add a second one: 2 pallets BS3 4RT to M17 1PQ Friday economy. The Leeds one needs a tail-lift, no forklift on site.\n\nFrom: Tidewater\nConfirmed both.'),
  svc('summary-rfc-exec', 'sonnet', SUMMARY, `Summarise for the COO in about 150 words: what it is, why, cost/risk, and the open questions.\n\n${rfcEta}`),
  svc('summary-depot-log-shift', 'sonnet', SUMMARY, `Summarise this morning's depot log for the shift manager: volumes in and out, exceptions, sorter problems, anything unusual. Short paragraph plus bullets.\n\n${depotLog}`),
  svc('summary-complaints-themes', 'sonnet', SUMMARY, 'Group these 12 complaint snippets into themes with counts and one example each:\n1. driver came at 7pm, window was 9-12\n2. left pallet on the pavement in the rain\n3. tracking said delivered but nothing here\n4. rude driver, refused to bring it inside\n5. came outside window again, third time\n6. tracking not updated for 2 days\n7. no call before arrival though we asked\n8. box left with neighbour without permission\n9. 2 hours late, no notice\n10. said delivered, was at wrong address\n11. driver refused tail lift\n12. missed window, nobody apologised'),
  svc('rag-sla-credit-calc', 'sonnet', RAG, `${passagesSla}\n\nIn November we delivered 96.7% of Next Day consignments on time (after exclusions). Next Day charges for November were GBP 84,000. What service credit do we owe, show the working.`),
  svc('rag-customs-dg-economy', 'sonnet', RAG, `${passagesCustoms}\n\nA customer wants to send lithium batteries (UN3480) economy to Germany, DDP, on a cash account, total value EUR 900. Go through each passage and tell me what's a problem.`),
  svc('rag-phone-disciplinary', 'sonnet', RAG, `${passagesHr}\n\nA driver was filmed holding his phone at a red light to check the route because the cradle was broken, and he'd reported the broken cradle on his walkaround that morning. What do the passages say, and what questions would HR need answered?`),
  svc('sql-on-time-by-depot', 'sonnet', SQL, 'on-time rate for NextDay shipments by origin depot for November. on time = delivered by 17:00 the next working day (ignore bank holidays for now, skip weekends)'),
  svc('sql-revenue-by-segment-month', 'sonnet', SQL, 'monthly invoiced revenue by customer segment for 2026, with month-over-month % change'),
  svc('sql-claims-ratio', 'sonnet', SQL, 'For each customer with at least 50 shipments this year, claims count per 1,000 shipments and total claim value, worst 20.'),
  svc('sql-days-to-pay', 'sonnet', SQL, 'average days to pay per customer segment, only paid invoices, and also the share paid later than 30 days'),
  svc('sql-fix-query', 'sonnet', SQL, 'this errors with "SELECT list expression references column booked_at which is neither grouped nor aggregated", fix it and tell me why:\n\nSELECT origin_depot, DATE_TRUNC(booked_at, WEEK) AS wk, COUNT(*)\nFROM shipments\nGROUP BY origin_depot\nORDER BY wk'),
  svc('codereview-py-surcharge', 'sonnet', CODE_REVIEW, pyDiff),
  svc('codereview-ts-endpoint', 'sonnet', CODE_REVIEW, 'diff --git a/portal/api/shipments.ts b/portal/api/shipments.ts\n@@ -40,6 +40,22 @@\n+router.get("/shipments/:cons/pod", async (req, res) => {\n+  const cons = req.params.cons;\n+  const pod = await db.query(`SELECT * FROM pods WHERE cons = \'${cons}\'`);\n+  if (!pod.rows.length) return res.status(404).send("not found");\n+  res.setHeader("Content-Type", "application/pdf");\n+  res.send(await s3.getObject(pod.rows[0].s3_key));\n+});'),
  svc('codereview-sql-migration', 'sonnet', CODE_REVIEW, 'diff --git a/migrations/0211_add_eta.sql b/migrations/0211_add_eta.sql\n+ALTER TABLE shipments ADD COLUMN predicted_eta TIMESTAMPTZ;\n+ALTER TABLE shipments ADD COLUMN eta_p90 TIMESTAMPTZ NOT NULL DEFAULT now();\n+CREATE INDEX shipments_predicted_eta_idx ON shipments (predicted_eta);\n+UPDATE shipments SET predicted_eta = booked_at + interval \'1 day\' WHERE status = \'IN_TRANSIT\';'),
  svc('codereview-react-form', 'sonnet', CODE_REVIEW, 'diff --git a/portal/web/BookingForm.tsx b/portal/web/BookingForm.tsx\n@@ -12,8 +12,30 @@\n+export function BookingForm() {\n+  const [pallets, setPallets] = useState(1);\n+  const [quote, setQuote] = useState<number | null>(null);\n+  useEffect(() => {\n+    fetch(`/api/quote?pallets=${pallets}`).then(r => r.json()).then(q => setQuote(q.total));\n+  });\n+  return (\n+    <form>\n+      <input type="number" value={pallets} onChange={e => setPallets(e.target.value)} />\n+      {quote && <p>Estimated: £{quote}</p>}\n+    </form>\n+  );\n+}'),
  svc('docreview-rfc-eta', 'sonnet', DOC_REVIEW, rfcEta),
  svc('docreview-runbook', 'sonnet', DOC_REVIEW, 'Runbook: sorter SRT2 jam.\n1. Stop lane from the HMI.\n2. Clear jam.\n3. Restart lane.\n4. If jams > 5 per hour call maintenance.\nReview this runbook, it is for new night-shift supervisors.'),
  svc('docreview-onboarding-doc', 'sonnet', DOC_REVIEW, 'Draft: "New customer onboarding v2". Sales closes the deal, sends the signed contract to Customer Ops, who create the account in Navis and the portal. Rates are loaded by Pricing within 5 days. The customer gets labels printed by us for the first month. First collection is booked once rates are loaded. Success is measured by the first invoice being paid.\nReview it.'),
  svc('planner-peak-loaders', 'sonnet', PLANNER, 'Plan the onboarding of 6 agency loaders at Leeds starting 8 Dec: inductions, safety training, buddying, shift pattern (nights), PPE, access passes. One-week plan.'),
  svc('planner-depot-move-bay', 'sonnet', PLANNER, 'We\'re moving the returns area at Bristol from bays 20-22 to the new mezzanine over a weekend. Make a plan for the weekend with steps and who does what, including the WMS location changes.'),
  svc('planner-cutoff-comms', 'sonnet', PLANNER, 'Plan the Christmas cut-off customer comms: email, portal banner, label-printing screen, account managers\' calls to top 50 customers. Dates in the pasted minutes: comms go out 9 Dec. Give a checklist and timeline.'),
  svc('contract-liability-review', 'sonnet', CONTRACT_REVIEW, `${contractExcerpt}\n\nReview clauses 8.2, 11 and 17 against our standard positions. Table: clause, their wording, our position, suggested redline.`),
  svc('contract-nda-quick', 'sonnet', CONTRACT_REVIEW, 'Supplier NDA, clause 4: "The Receiving Party shall keep the Confidential Information confidential for a period of 2 years from disclosure and shall indemnify the Disclosing Party for any loss arising from any breach." Clause 9: governed by the laws of England. Anything we should push back on?'),
  svc('dispatch-two-drivers', 'sonnet', DISPATCH, 'Route BRS-MAN-02 has 14 drops, 6h10m driving total plus ~15 min per drop. Driver starts 05:30. Can one driver do it within hours rules with breaks, and what time does he finish? If not, how would you split it?'),
  svc('dispatch-trailer-shortage', 'sonnet', DISPATCH, '4 trailers off road for 10 days, we have 38 trailers on 34 daily trunk routes plus 4 spares normally. Hiring 3 short-term. Which options do we have to cover the gap and what does each cost roughly? Hire is GBP 700/week each, double-shifting a trailer needs a second driver at ~GBP 220/night.'),
  svc('release-notes-long', 'sonnet', RELEASE_NOTES, 'Merged MRs this sprint:\n- feat: bulk booking upload via CSV (!4430)\n- fix: POD PDF showing wrong signature for multi-drop (!4431)\n- chore: bump kafka client (!4433)\n- feat: predicted ETA in shadow mode for internal users only (!4436)\n- fix: rounding on fuel surcharge for Economy (!4437)\n- refactor: move label rendering to new service (!4440)\n- feat: customers can set preferred delivery days (!4441)\n- fix: Welsh postcodes rejected by address validator (!4443)\n- feat: dark mode (!4444)'),
  svc('extract-incident-timeline', 'sonnet', EXTRACT, 'Keys: timeline (array of {time, event}), root_cause, customer_impact, follow_ups (array). Build them from this chat export.\n\n09:02 hollis: label printers at LDS all showing offline\n09:05 ana: the print server restarted at 09:00 for patching\n09:11 ana: it came back with the old driver, printers cannot handshake\n09:20 hollis: we\'re handwriting labels for urgent ones, ~300 cons stuck\n09:34 ana: rolled driver forward, printers up\n09:50 hollis: backlog cleared, 2 trunks left 40 min late\n10:05 ana: we need patching outside shift hours and a driver pin in the image\n10:06 hollis: and a manual label fallback procedure'),
  svc('summary-contract-plain', 'sonnet', SUMMARY, `Explain clause 11 to a non-lawyer account manager in plain English, 5-6 bullets.\n\n${contractExcerpt}`),
  svc('rag-sla-exclusions-apply', 'sonnet', RAG, `${passagesSla}\n\nWe missed 40 consignments in November because of the M62 closure (police incident, 9 hours). We told the customer 3 days later. 12 more had wrong addresses. Can we exclude any of them, and does the liability cap matter here?`),
  svc('codereview-bash-deploy', 'sonnet', CODE_REVIEW, 'diff --git a/deploy/rollout.sh b/deploy/rollout.sh\n+#!/bin/bash\n+for host in $(cat hosts.txt); do\n+  ssh $host "cd /opt/labels && git pull && systemctl restart labels"\n+done\n+echo done'),
  svc('sql-explain-query', 'sonnet', SQL, 'explain what this does in plain words, and whether it is right for "customers who churned in Q3":\n\nSELECT c.name FROM customers c\nLEFT JOIN shipments s ON s.customer_id = c.id AND s.booked_at >= "2026-07-01"\nWHERE s.id IS NULL AND c.created_at < "2026-07-01"'),
  svc('planner-claims-backlog', 'sonnet', PLANNER, 'Claims backlog is 420 open claims, median age 19 days, target is 10 days. Team of 5 handles about 25/day combined, new claims arrive ~20/day (30/day in peak). Plan to get back to target by end of January.'),
  svc('summary-customer-call', 'sonnet', SUMMARY, 'Write up this call as a CRM note: context, customer concerns, what we agreed, next steps with dates.\n\n' + pad('Call with Orbit Cycles (Raj, ops lead) 4 Dec. Raj said exceptions on London lane are too frequent, 3 in November, one bike frame damaged. They are launching a spring range in March with 2x volume and want a dedicated collection at 16:00 instead of the milk-run at 13:00. I said I would check with network planning. He also asked about the ETA feature, heard about it from another customer. Asked for a quarterly review meeting. Pricing not discussed, contract renews in April.', 1200)),
  svc('extract-claim-class-reason', 'sonnet', CLASSIFY_CLAIM, 'Long story: the pallet left our warehouse wrapped and strapped, arrived at Leeds apparently fine, but was then transferred to a smaller van for the final mile. The receiver noted "damaged" on the POD, the photos show one side dented as if hit by a pallet truck, and inside some bottles had leaked, which soaked the rest. Also the weather that day was heavy rain and the pallet was left outside 20 minutes. Classify the primary cause and explain in a "reason" field why.'),
  svc('trap-reply-long-but-simple', 'sonnet', SUPPORT_REPLY, 'Customer writes a long, upset email: they booked a collection through the portal but chose the wrong date (tomorrow instead of next Tuesday), tried to cancel and the button was greyed out, phoned and waited 25 minutes, then got cut off. They need it moved to Tuesday and want to know why they cannot edit bookings themselves. Facts: bookings lock 18:00 the day before; we can move it; self-service editing is on the roadmap for Q1. Draft the reply.'),
  svc('trap-rag-concurrency-word', 'sonnet', RAG, '[1] Portal FAQ: Two users editing the same booking at once: the second save is rejected with "booking changed, reload". [2] FAQ: Bookings can be edited until 18:00 the day before collection. [3] FAQ: Address book entries are shared across all users on the account.\n\nA customer says two of their staff edited the same booking and one person\'s change "disappeared". Based on the passages, what happened and what should we tell them?'),
  svc('trap-sql-plain-hard-sounding', 'sonnet', SQL, 'for each depot, the busiest hour of the day by number of shipments booked, last 30 days'),
  svc('docreview-postmortem', 'sonnet', DOC_REVIEW, 'Postmortem INC-781 draft: Label printers at Leeds were offline 09:00-09:34 after a patch reverted the driver. Impact: 300 consignments delayed, 2 trunks late. Root cause: human error during patching. Actions: be more careful. Review this.'),
  svc('dispatch-consolidate-drops', 'sonnet', DISPATCH, 'Two vans both go to the Trafford Park estate daily: van A 5 drops there around 10:00, van B 3 drops there around 14:00 (different customers with 12:00-16:00 windows). Would consolidating onto one van make sense? Van cost GBP 180/day, each van does ~22 drops, windows matter. Talk me through it.'),
  svc('translate-review-copy', 'sonnet', TRANSLATE, 'German, and keep it natural, this goes on the portal help page: "If your parcel is held at customs, you will receive an email with a link. Upload your commercial invoice there within 5 working days to avoid storage charges. Need help? Chat to us from the {help} menu."'),
  svc('contract-sla-compare', 'sonnet', CONTRACT_REVIEW, `${passagesSla}\n\nThe customer's redline changes clause 3.1 cap from 10% to 25% and deletes 3.4. Explain what each change does to our exposure and what we should counter with.`),
  svc('summary-rfc-faq', 'sonnet', SUMMARY, `Turn this RFC into a 6-question FAQ for customer service agents (who will get customer questions about the new ETA).\n\n${rfcEta}`),
  svc('planner-weekly-standup-agenda', 'sonnet', PLANNER, 'Make me a recurring weekly ops review agenda (60 min) for network, fleet, customer ops and finance, with the metrics each should bring and how we track actions.'),
  svc('codereview-py-retry', 'sonnet', CODE_REVIEW, 'diff --git a/integrations/carrier_api.py b/integrations/carrier_api.py\n+def post_manifest(manifest):\n+    for i in range(5):\n+        try:\n+            r = requests.post(URL, json=manifest, timeout=5)\n+            r.raise_for_status()\n+            return r.json()\n+        except Exception:\n+            time.sleep(1)\n+    return None'),
];

export const eighteenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet];
