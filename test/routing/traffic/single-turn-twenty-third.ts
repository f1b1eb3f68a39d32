import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A twenty-third batch of single-turn English requests (issue 21, session 10), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. The everyday gateway traffic of one
 * company (Southerly Airways, an Australian regional airline with its own booking, crew-rostering and maintenance
 * platforms): engineers in a chat UI and a Claude Code-style CLI (.NET 8 services, SQL Server, Azure Service Bus, a
 * React Native app), internal services with their own system prompts (guest-contact triage, disruption summaries,
 * extraction from tech-log entries and invoices, text-to-SQL on the bookings warehouse, a PR review bot, a fare-rules
 * answerer), and analysts, network planners, ops control, crewing, engineering, legal, finance and HR. Mostly plainly
 * typical requests of each tier, about 1 in 6 traps, lengths from one line to ~8 KB pasted. Names start with "b23-";
 * 50 per tier.
 */
const s = batch('b23-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b23-${name}`, tier, text, { system });

const CLI =
  'You are an interactive CLI coding agent that helps users with software engineering tasks. Be concise, prefer small diffs, and show changed code. Working directory: /home/dev/southerly/ops-platform (.NET 8 / C# 12 services, SQL Server 2022, Azure Service Bus, a React Native crew app under mobile/). Platform: linux.';
const CONTACT =
  'Classify the guest message for Southerly Airways. Output exactly one of: BOOKING_CHANGE, REFUND_REQUEST, BAGGAGE, DISRUPTION, SPECIAL_ASSISTANCE, LOYALTY, COMPLAINT, FEEDBACK_POSITIVE, OTHER. No other text.';
const DISRUPT =
  'You summarise irregular-operations (IROPS) records for Southerly Airways Operations Control. Use only the record text. Keep flight numbers, registrations, times (local unless stated) and passenger counts exact. Be brief unless asked otherwise.';
const EXTRACT =
  'Extraction service. Return one JSON object with exactly the requested keys, null where the text does not say. No markdown, no commentary.';
const BOOKSQL =
  'You are Contrail, Southerly\'s SQL assistant on the bookings warehouse (SQL Server 2022, T-SQL). Tables: flights(flight_id, flight_no, dep_port, arr_port, sched_dep_utc, sched_arr_utc, act_dep_utc, act_arr_utc, aircraft_reg, status), bookings(pnr, created_utc, channel, fare_family, total_aud, currency, loyalty_no), segments(pnr, flight_id, cabin, fare_basis, pax_count, checked_in bool), pax(pnr, pax_id, surname, ptc, ssr_codes), refunds(refund_id, pnr, requested_utc, amount_aud, reason_code, status). Answer with one query in a sql code block and at most two sentences.';
const REVIEW =
  'You are the automated code reviewer for Southerly\'s ops-platform repository. Comment only on correctness, security, concurrency and maintainability problems, with file and line. If there are none, reply exactly "LGTM".';
const FARES =
  'You answer questions from Southerly contact-centre agents using only the fare rules and conditions of carriage text supplied. Quote the clause number. If the text does not answer the question, say so.';
const COMMIT = 'Write a conventional-commit message for this diff. Subject max 72 characters, optional short body. Output only the message.';
const CHAT = 'You are Jetstream, the internal assistant for Southerly Airways staff. Be accurate, practical and brief unless asked for detail.';

const occLog = pad(
  '2026-12-07 06:02:14.118 +10:00 INF RosterSync[2] crew=FO-44817 pairing=P-3021 event=SIGN_ON port=BNE\n2026-12-07 06:02:15.340 +10:00 WRN FlightWatch[1] flight=SY412 reg=VH-SQD eta_delay_min=18 reason=ATC_FLOW\n2026-12-07 06:02:19.902 +10:00 ERR BagLink[3] servicebus topic=bag-events subscription=bagrecon deadletter=412 lastError="MessageLockLost"\n2026-12-07 06:02:21.007 +10:00 INF FlightWatch[1] flight=SY218 reg=VH-SQK status=AOG mx_item=TL-88213 "No.2 engine bleed fault"\n2026-12-07 06:02:24.551 +10:00 WRN CrewLegality[1] crew=CA-20931 pairing=P-3044 fdp_remaining_min=41 limit=CAO48.1\n2026-12-07 06:02:30.770 +10:00 INF ReaccomEngine[2] flight=SY218 pax=68 rebooked=51 pending=17',
  3300,
);

const iropsRecord =
  'IROPS RECORD IR-2026-1207-03 | SY218 BNE-ROK 07:10 | ATR 72-600 VH-SQK | 68 pax booked\n06:02 Tech log TL-88213: No.2 engine bleed fault light on pre-flight. Aircraft declared AOG by MCC (L. Brennan).\n06:15 Spare aircraft VH-SQF at BNE but rostered to SY304 BNE-MKY 08:40. OCC duty manager (T. Nguyen) declines swap - SY304 has 71 pax and a medical escort.\n06:20 Reaccom engine run: 51 pax moved to SY220 (10:55), 9 to partner QF2358 via interline, 8 pending (2 UMNR, 1 WCHC, 5 group booking SCHOOLGRP).\n06:48 Engineering: bleed valve replacement, part ex-stock BNE, ETR 11:30.\n07:05 Crew CA-20931 on P-3044 will exceed FDP if SY218 departs after 11:50. Standby captain called (R. Havili), sign-on 10:30.\n09:40 UMNRs accompanied by ground staff, travelling on SY220 with guardian consent. WCHC pax on SY220 with wheelchair pre-booked.\n11:22 VH-SQK released to service. SY218 operates as SY218D, dep 11:41, 6 pax (group of 5 + 1 late rebook). Delay 271 min. Meal vouchers issued x 68 (AUD 25).';

const techLog =
  'TECH LOG ENTRY TL-88213 | VH-SQK (ATR 72-600, MSN 1288) | 07 DEC 2026 05:58 BNE\nDefect: No.2 ENG BLEED FAULT light illuminated during pre-flight, remained on after reset IAW QRH.\nReported by: Capt. D. Morrow (staff 20417)\nAction: Troubleshot IAW AMM 36-11-00. No.2 HP bleed valve found sticking closed. Valve replaced P/N 3291486-4, S/N BV20931 removed, S/N BV31877 fitted. Ops check satisfactory, no leaks.\nMEL: Not applicable (item not deferred).\nCertified: LAME K. Osei, licence 5011873, 07 DEC 2026 11:18.\nHours/cycles at defect: 21,442 FH / 24,108 FC.';

const guestComplaint =
  'Hi Southerly,\n\nBooking ref QX7K2P. My husband and I were on SY218 Brisbane to Rockhampton on 7 December. It was meant to leave at 7:10 and we finally left at 11:41. Nobody told us anything for the first hour; the screen just said DELAYED. We were given a $25 voucher each which bought a coffee and a muffin. We missed my father\'s 80th birthday lunch, which was the whole reason for the trip, and we had to pay $186 to change our hire car booking. Meanwhile we watched another Southerly plane sitting at the next gate. I want to know why that plane wasn\'t used, I want the hire car cost refunded, and I think some compensation for the day is fair. We have flown with you for years.\n\nKind regards,\nHelen Pryce\nVelocity... sorry, Southerly Club number 40019927';

const crewTable =
  'crew_id,rank,base,hours_28d,hours_365d,days_off_28d,last_sim,medical_expiry\nCA-20931,CAPT,BNE,88.4,812.0,9,2026-09-14,2027-03-02\nCA-21107,CAPT,BNE,71.2,744.5,11,2026-06-30,2026-12-19\nFO-44817,FO,BNE,94.1,866.3,8,2026-10-02,2027-08-11\nFO-45220,FO,TSV,62.0,701.8,12,2026-11-19,2027-01-05\nCA-19876,CAPT,TSV,97.8,902.4,7,2026-08-08,2027-05-30\nFO-46031,FO,CNS,55.5,610.2,13,2026-07-21,2027-02-14';

const fareRules = pad(
  'SOUTHERLY AIRWAYS FARE CONDITIONS (DOMESTIC), EFFECTIVE 1 JULY 2026\n\n4.1 Lite fares. Changes are permitted up to 2 hours before scheduled departure for a change fee of AUD 60 per passenger per flight plus any fare difference. Lite fares are non-refundable; if you cancel up to 2 hours before departure you may retain the value of the fare, less the change fee, as a Travel Credit valid for 12 months from the date of issue. No checked baggage is included.\n\n4.2 Flex fares. Changes are permitted without a change fee up to 1 hour before departure; fare difference applies. Flex fares may be cancelled for a refund to the original form of payment, less a cancellation fee of AUD 40, up to 1 hour before departure. One 23 kg checked bag is included.\n\n4.3 Business fares. Changes and cancellations are free of charge up to departure. Two 32 kg checked bags are included.\n\n4.4 No-show. If you do not check in or board, all remaining flights on the booking are cancelled and Lite fares are forfeited in full. Flex and Business fares may be refunded less a no-show fee of AUD 120.\n\n7.2 Schedule changes and cancellations by us. If we change the departure time by more than 60 minutes or cancel your flight, you may choose an alternative flight at no extra cost or a full refund to the original form of payment, whatever your fare type. Nothing in these conditions excludes your rights under the Australian Consumer Law.\n\n7.3 Delays. If your flight is delayed by more than 3 hours for reasons within our control, we will provide a meal voucher; if the delay requires an overnight stay away from your home port, we will provide accommodation and transfers. We are not liable for consequential losses such as missed events, tours or car hire, except where the law requires.',
  7200,
);

const csharpHandler =
  '```csharp\npublic async Task HandleAsync(ServiceBusReceivedMessage msg, CancellationToken ct)\n{\n    var ev = JsonSerializer.Deserialize<SeatReleased>(msg.Body)!;\n    var flight = await _db.Flights.FindAsync(new object[] { ev.FlightId }, ct);\n    if (flight is null) return;\n    flight.SeatsAvailable += ev.Count;\n    if (flight.SeatsAvailable > 0 && flight.Status == "CLOSED")\n        flight.Status = "OPEN";\n    await _db.SaveChangesAsync(ct);\n    await _bus.PublishAsync(new InventoryChanged(flight.Id, flight.SeatsAvailable), ct);\n}\n```';

const haiku: TrafficExample[] = [
  s('eng-git-delete-remote-branch', 'haiku', 'delete the remote branch feature/crew-swap-v1 on origin'),
  s('eng-csharp-parse-date', 'haiku', 'c#: parse "07DEC26" into a DateOnly'),
  s('eng-ts-array-unique', 'haiku', 'typescript one-liner to dedupe an array of flight numbers (strings)'),
  s('eng-sqlserver-top-n', 'haiku', 'T-SQL equivalent of LIMIT 10'),
  s('eng-az-servicebus-peek', 'haiku', 'az cli command to show the dead-letter message count on subscription bagrecon, topic bag-events'),
  s('eng-dotnet-run-one-test', 'haiku', 'dotnet test: how do I run just the test called Legality_FdpExceeded_ReturnsFalse'),
  s('eng-rn-hide-status-bar', 'haiku', 'react native - hide the status bar on one screen only'),
  s('eng-py-utc-to-brisbane', 'haiku', 'python: convert a naive UTC datetime to Australia/Brisbane time'),
  s('eng-log-which-aog', 'haiku', `${occLog}\nwhich aircraft is AOG and why?`),
  s('eng-log-deadletter-count', 'haiku', `${occLog}\nhow many messages are in the bagrecon dead letter queue according to this`),
  s('eng-trap-race-changelog-line', 'haiku', 'turn this into one changelog bullet: "fixed race condition in ReaccomEngine where two rebook jobs for the same PNR could both assign a seat"'),
  s('eng-json-to-csv-small', 'haiku', 'convert to csv with a header row:\n\n[{"port":"BNE","gates":14},{"port":"TSV","gates":5},{"port":"CNS","gates":7},{"port":"ROK","gates":3}]'),
  s('eng-typo-chmod', 'haiku', 'how do i make deploy.sh excutable again, git pull keeps reseting it'),
  s('eng-http-status-conflict', 'haiku', 'which http status for "seat already taken" when two people try to book it, 409 or 422?'),
  svc('cli-rename-method', 'haiku', CLI, 'rename GetPax to GetPassengersAsync here and update the call\n\n```csharp\npublic Task<List<Pax>> GetPax(string pnr) => _repo.ByPnrAsync(pnr);\n\nvar list = await svc.GetPax(pnr);\n```'),
  svc('cli-record-type', 'haiku', CLI, 'turn this class into a C# record\n\n```csharp\npublic class FlightKey\n{\n    public string FlightNo { get; init; }\n    public DateOnly Date { get; init; }\n}\n```'),
  svc('cli-explain-nullable-bang', 'haiku', CLI, 'what does the ! after Deserialize<SeatReleased>(msg.Body) mean? one sentence'),
  svc('contact-lost-bag', 'haiku', CONTACT, 'my bag didn\'t come out at Cairns, flew in on SY507 this arvo. purple hard case. what do I do'),
  svc('contact-wheelchair', 'haiku', CONTACT, 'Hello, my mother is 86 and can walk short distances but not the length of the terminal. Can we book a wheelchair for her flight to Townsville on the 19th? Ref MJ4R8T.'),
  svc('contact-thanks-crew', 'haiku', CONTACT, 'Just wanted to say the cabin crew on SY331 yesterday were wonderful with our autistic son. Please pass it on.'),
  svc('contact-long-complaint', 'haiku', CONTACT, guestComplaint),
  svc('disrupt-one-line', 'haiku', DISRUPT, `${iropsRecord}\n\nOne line: what happened and how late did it leave?`),
  svc('disrupt-how-many-vouchers', 'haiku', DISRUPT, `${iropsRecord}\n\nHow many meal vouchers and what value?`),
  svc('extract-techlog-fields', 'haiku', EXTRACT, `Keys: registration, defect_summary, part_number, serial_removed, serial_fitted, certifying_lame, certified_at\n\n${techLog}`),
  svc('extract-invoice-fuel', 'haiku', EXTRACT, 'Keys: supplier, invoice_no, port, litres, price_per_litre_aud, total_aud, due_date\n\nAirfuel Pacific Pty Ltd - TAX INVOICE 55-204917\nDelivery: Rockhampton Airport (ROK), 06/12/2026, into VH-SQD\nJet A-1, 3,410 L @ $1.487/L = $5,070.67\nInto-plane fee $85.00\nGST $515.57\nTotal $5,671.24\nPayment terms: 30 days EOM'),
  svc('sql-flights-today-bne', 'haiku', BOOKSQL, 'all flights departing BNE today (UTC date) with their status'),
  svc('sql-refunds-pending-count', 'haiku', BOOKSQL, 'how many refunds are in status PENDING'),
  svc('fares-lite-change-fee', 'haiku', FARES, `${fareRules}\n\nWhat is the change fee on a Lite fare?`),
  svc('fares-flex-bag', 'haiku', FARES, `${fareRules}\n\nDoes Flex include a checked bag and how heavy?`),
  svc('commit-docs-typo', 'haiku', COMMIT, 'diff --git a/docs/runbook-occ.md b/docs/runbook-occ.md\n@@ -12 +12 @@\n-Call the duty manger before swapping tails.\n+Call the duty manager before swapping tails.'),
  svc('review-readme-only', 'haiku', REVIEW, 'diff --git a/README.md b/README.md\n@@ -3,3 +3,4 @@\n ## Running locally\n-Run `dotnet run` in src/Ops.Api.\n+Run `dotnet run --project src/Ops.Api`.\n+Requires the SQL Server container from docker-compose.yml.'),
  svc('chat-iata-code-rok', 'haiku', CHAT, 'what airport is ROK'),
  svc('chat-acronym-fdp', 'haiku', CHAT, 'what does FDP stand for in crewing'),
  s('crew-table-medical-next', 'haiku', `${crewTable}\n\nwhose medical expires first?`),
  s('crew-table-tsv-names', 'haiku', `${crewTable}\n\nlist the crew based at TSV`),
  s('fin-excel-sumifs-port', 'haiku', 'excel formula: sum column F where column B is "BNE" and column D is "Flex"'),
  s('fin-gst-from-total', 'haiku', 'GST-inclusive total is $5,671.24, what is the GST component at 10%'),
  s('ops-utc-to-aest', 'haiku', '2300Z on 7 Dec is what time in Brisbane?'),
  s('ops-nm-to-km', 'haiku', '312 nautical miles in km'),
  s('writer-friendlier-pa', 'haiku', 'make this gate announcement sound friendlier, same length: "Passengers for SY507 to Cairns. Boarding is delayed. Remain in the gate area."'),
  s('writer-fix-grammar-notice', 'haiku', 'fix grammar only: "Due to runway works at Mackay airport, there flights will be depart from the gate 3 instead of gate 1 untill 20 December."'),
  s('support-shorten-reply', 'haiku', 'shorten to 2 sentences: "Thank you so much for getting in touch with us about your recent experience with our baggage services. We are truly sorry to hear that your bag did not arrive with you in Cairns. Our baggage team has located it in Brisbane and it will be on the next flight this evening, after which our courier will deliver it to your accommodation free of charge."'),
  s('hr-trap-design-rename-channel', 'haiku', 'we are renaming the #design-review slack channel to something clearer for the cabin interiors design team. give me 5 options, lowercase with hyphens'),
  s('legal-trap-proof-of-age', 'haiku', 'what counts as proof of age for a child travelling on an infant fare? just list the usual documents airlines accept'),
  s('legal-trap-long-fares-no-show-fee', 'haiku', `${fareRules}\n\nsorry long paste - just need the no-show fee on a Business fare`),
  s('eng-trap-eli5-ping', 'haiku', 'explain what ping does to my non-tech manager in one sentence'),
  s('eng-regex-flight-no', 'haiku', 'regex for our flight numbers: SY followed by 3 or 4 digits, optional trailing letter D'),
  s('eng-cron-daily-0330-aest', 'haiku', 'cron expression for 03:30 every day (server is UTC, I want 03:30 Brisbane time, no DST there)'),
  s('analyst-average-load-factor', 'haiku', 'average of these load factors: 81.2, 77.9, 90.4, 68.3, 85.0'),
  s('ops-caps-bag-allowance', 'haiku', 'WHAT IS THE CARRY ON WEIGHT LIMIT ON THE ATR, CUSTOMER AT DESK ASKING. I THINK 7KG?'),
];

const sonnet: TrafficExample[] = [
  s('eng-csharp-fdp-calculator', 'sonnet', 'Write a C# method that computes the maximum flight duty period for a pilot from sign-on local time and number of sectors, using this table: sign-on 0600-0759 -> 12h for 1-4 sectors, minus 30 min per extra sector; 0800-1259 -> 13h, same reduction; 1300-1759 -> 12h; 1800-0559 -> 11h. Minimum 9h. Include xUnit tests for the boundaries.'),
  s('eng-ef-core-owned-types', 'sonnet', 'In EF Core 8 I have a Booking with an Address-like value object (ContactDetails: email, phone, emergency contact name/phone). Should I map it as an owned type or a JSON column in SQL Server? Show the config for the one you\'d pick and explain what changes for querying by email.'),
  s('eng-rn-offline-roster', 'sonnet', 'Our React Native crew app needs to show the roster offline on the tarmac. Write a small hook useRoster() that loads from AsyncStorage first, then fetches /api/roster in the background, updates storage, and exposes { roster, lastSynced, refreshing, error }. TypeScript please.'),
  s('eng-sql-delay-buckets', 'sonnet', 'T-SQL: for last month, count flights per departure port in delay buckets (on time <=15 min, 16-60, 61-180, >180, cancelled) using sched_dep_utc / act_dep_utc and status = \'CANCELLED\'. One row per port, one column per bucket, plus on-time percentage.'),
  s('eng-explain-servicebus-lock-lost', 'sonnet', `${occLog}\nwhat does MessageLockLost mean in Azure Service Bus, why would we be getting it on bagrecon, and what are the usual fixes? our handler calls a slow baggage API`),
  s('eng-refactor-handler-testable', 'sonnet', `Refactor this handler so it can be unit tested without a real DbContext or bus: extract interfaces, keep behaviour the same, and write two tests (flight reopens when seats return; flight not found is ignored).\n\n${csharpHandler}`),
  s('eng-dockerfile-dotnet-multistage', 'sonnet', 'Write a multi-stage Dockerfile for a .NET 8 ASP.NET API (src/Ops.Api, tests in tests/) that restores with layer caching, runs tests in the build stage, publishes trimmed, and runs as non-root on the aspnet:8.0-jammy-chiseled image. Short notes on each choice.'),
  s('eng-gha-matrix-dotnet', 'sonnet', 'GitHub Actions workflow: build and test our .NET 8 solution on push and PR, with a SQL Server service container for the integration tests, NuGet caching, and upload test results as an artifact. Only run the integration tests on main.'),
  s('eng-bicep-servicebus', 'sonnet', 'Write Bicep for an Azure Service Bus namespace (Standard) with a topic bag-events, two subscriptions (bagrecon with max delivery count 5 and a 5 min lock, audit with default), and a managed identity role assignment so our container app can receive from bagrecon.'),
  s('eng-explain-idempotency-key', 'sonnet', 'Explain how we should use idempotency keys on POST /refunds so a retry from the mobile app never creates two refunds. What do we store, for how long, and what do we return on a repeat with a different body?'),
  s('eng-log-summarise-morning', 'sonnet', `${occLog}\nSummarise what was going on in ops this morning for the 9am stand-up: 5 bullets, problems first, with owners we should ping.`),
  s('eng-pr-description', 'sonnet', 'Write a PR description for this change: we replaced the nightly crew-legality batch job with an event-driven check that runs on every roster change (RosterChanged event from Service Bus), added a Legality table with the last result per crew member, and a /legality/{crewId} endpoint. Breaking: the CSV export is gone. Include testing notes and rollout steps.'),
  svc('cli-add-validation', 'sonnet', CLI, 'add FluentValidation to the CreateBookingRequest: pnr 6 uppercase alphanumerics, at least one passenger, infant count <= adult count, each passenger surname required, dob required for infants and must make them under 2 on the travel date. wire it into the minimal API endpoint at POST /bookings and add tests'),
  svc('cli-paginate-flights', 'sonnet', CLI, 'GET /flights returns every flight for the date (about 900). add keyset pagination by (sched_dep_utc, flight_id) with a cursor param and limit (default 100, max 500), and update the react native list to load more on scroll'),
  svc('cli-fix-timezone-bug', 'sonnet', CLI, 'bug: crew in Cairns see sign-on times an hour off in the app during Sydney summer. backend stores UTC, app formats with the device tz, but the roster API sends "2026-12-08T06:00:00" without an offset. find where we serialise RosterDuty and fix it properly, plus a test'),
  svc('cli-polly-retry', 'sonnet', CLI, 'the BagLink client calls the airport baggage API which times out a lot. add a resilience pipeline (Microsoft.Extensions.Http.Resilience) with timeout 5s, 3 retries with jittered backoff only for 5xx/timeouts, and a circuit breaker. show the DI registration'),
  svc('review-missing-cancellation', 'sonnet', REVIEW, 'diff --git a/src/Ops.Api/Reaccom/ReaccomController.cs b/src/Ops.Api/Reaccom/ReaccomController.cs\n@@ -20,6 +20,18 @@\n+    [HttpPost("{flightId}/run")]\n+    public async Task<IActionResult> Run(int flightId)\n+    {\n+        var pax = await _db.Pax.Where(p => p.FlightId == flightId).ToListAsync();\n+        foreach (var p in pax)\n+        {\n+            var alt = _engine.FindAlternative(p);\n+            if (alt != null) { p.FlightId = alt.Id; }\n+        }\n+        _db.SaveChanges();\n+        return Ok(pax.Count);\n+    }'),
  svc('review-handler-logic', 'sonnet', REVIEW, `diff --git a/src/Ops.Inventory/SeatReleasedHandler.cs b/src/Ops.Inventory/SeatReleasedHandler.cs\nnew file\n${csharpHandler}`),
  svc('sql-load-factor-route', 'sonnet', BOOKSQL, 'load factor by route for November: seats sold / seats available, where seats available is 70 for ATR registrations (VH-SQ*) and 100 for the E190s (VH-SE*), only flights not cancelled'),
  svc('sql-repeat-refunders', 'sonnet', BOOKSQL, 'loyalty members who requested 3 or more refunds in the last 90 days, with their total refunded amount and most common reason code'),
  svc('sql-connections-missed', 'sonnet', BOOKSQL, 'PNRs with two segments where the actual arrival of the first flight was less than 30 minutes before the scheduled departure of the second, last 30 days'),
  svc('disrupt-customer-update', 'sonnet', DISRUPT, `${iropsRecord}\n\nWrite the customer-facing explanation for our website's disruption page: what happened, what we did, what affected passengers can claim. Plain, honest, no jargon, under 150 words.`),
  svc('disrupt-lessons', 'sonnet', DISRUPT, `${iropsRecord}\n\nList what went well and what could have gone better in how this was handled, for the weekly OCC review. Keep to what the record shows.`),
  svc('extract-complaint-asks', 'sonnet', EXTRACT, `Keys: booking_ref, flight, date, asks (array of {type: one of REFUND|COMPENSATION|EXPLANATION|APOLOGY, detail, amount_aud}), loyalty_no, sentiment (1-5), escalation_risk (low|medium|high) with reason\n\n${guestComplaint}`),
  svc('fares-pryce-what-owed', 'sonnet', FARES, `${fareRules}\n\nGuest was delayed 271 minutes on SY218 because of an engineering fault. She wants her hire-car change fee ($186) back and compensation. What do the conditions give her, and what should I offer under them? Quote clauses.`),
  svc('chat-reply-pryce', 'sonnet', CHAT, `Draft a reply to this guest. We can't say much about the spare aircraft except it was committed to another full flight with a medical passenger. Policy lets me offer a $100 travel credit per person as goodwill; hire-car costs are normally not covered but I can escalate.\n\n${guestComplaint}`),
  s('crew-roster-message', 'sonnet', 'Write a message to all BNE-based crew explaining the new fatigue reporting process: reports now go through the crew app (Fatigue tab), no-blame, crewing will call within 2 hours, report counts don\'t affect bidding. Warm but clear, 150-200 words.'),
  s('crew-table-legality-flags', 'sonnet', `${crewTable}\n\nFlag anyone near limits for next week: 100 h in 28 days, 1000 h in 365 days, at least 8 days off in 28, sim check every 6 months, and medical valid. Today is 8 Dec 2026. Short table with the reason for each flag.`),
  s('analyst-otp-commentary', 'sonnet', 'Write monthly commentary for the board pack from these numbers (Nov vs Oct): on-time performance 78.4% (81.9%), cancellations 1.9% (1.1%), top causes: engineering 34% of delay minutes (22%), ATC flow 25% (27%), late inbound 21% (30%), weather 11%, other 9%. Three tight paragraphs: what happened, why, what we\'re doing.'),
  s('analyst-pandas-delay-propagation', 'sonnet', 'I have a pandas DataFrame of flights (flight_no, reg, sched_dep, act_dep, sched_arr, act_arr). For each aircraft registration and day, find how much of each flight\'s departure delay was inherited from the previous flight\'s late arrival versus new delay, assuming a 35 minute minimum turn. Write the code.'),
  s('analyst-explain-elasticity', 'sonnet', 'Our revenue manager keeps saying leisure routes are "price elastic" and business routes aren\'t. Explain what that means with numbers, how we\'d estimate it from our booking data, and the main pitfalls (e.g., we change price because demand is high).'),
  s('analyst-ab-test-seat-upsell', 'sonnet', 'We tested a new seat-selection upsell screen: control 41,200 sessions, 2,310 purchases; variant 40,870 sessions, 2,492 purchases. Average seat price the same. Is it significant, what\'s the uplift with a confidence interval, and anything I should check before rolling it out?'),
  s('network-route-memo', 'sonnet', 'Draft a one-page memo to the network planning committee proposing a 3x weekly Townsville-Mackay route on the ATR: rationale (mining FIFO demand, no direct service), rough economics (70 seats, 72% expected LF, average fare $189, block cost $4,900 per sector), risks and what we\'d monitor in the first 6 months.'),
  s('eng-mx-explain-mel', 'sonnet', 'I\'m a new developer on the maintenance system. Explain MEL deferrals to me: what categories A/B/C/D mean, how the rectification interval is counted, and what our software has to enforce versus what engineers decide.'),
  s('legal-privacy-notice-app', 'sonnet', 'Rewrite our crew app privacy notice section on location data in plain English for crew (we collect location only while on duty and the app is open, to show nearest crew room and for OCC to know who is airside; kept 30 days; not used for performance management). Keep it accurate, about 200 words.'),
  s('legal-summarise-ground-handling', 'sonnet', `Summarise the key obligations, liability limits and termination rights in this section of our ground handling agreement for the ops manager, in bullets.\n\n${pad('Article 8 - Standards of Service. 8.1 The Handling Company shall perform the services in accordance with the Carrier\'s Ground Operations Manual and applicable law. 8.2 Baggage delivery: first bag on belt within 15 minutes and last bag within 30 minutes of on-blocks for 95% of flights measured monthly. Failure in two consecutive months entitles the Carrier to a service credit of 5% of monthly fees. Article 9 - Liability. 9.1 The Carrier shall not make any claim against the Handling Company for loss of or damage to aircraft except where caused by the Handling Company\'s wilful misconduct or gross negligence, and then limited to USD 1,500,000 per incident, with a deductible of USD 3,000. 9.2 Third-party claims shall be handled in accordance with Article 8 of the IATA SGHA 2018 as amended. Article 11 - Term and Termination. 11.1 Initial term 3 years. 11.2 Either party may terminate on 90 days\' written notice after the first 12 months. 11.3 The Carrier may terminate immediately on loss of the Handling Company\'s airport licence or repeated safety breaches as defined in Schedule 4.', 3200)}`),
  s('hr-job-ad-ops-controller', 'sonnet', 'Write a job ad for an Operations Controller in our Brisbane OCC: 24/7 rotating roster, manages disruptions, works with crewing, engineering and ground. Need 3+ years airline ops experience. Salary $118-132k + super + staff travel. Keep it real, no buzzwords, 250 words.'),
  s('hr-feedback-late-sign-on', 'sonnet', 'Help me write feedback for a first officer who has been late to sign on three times this month (by 5-12 minutes). He\'s otherwise excellent and I suspect childcare issues. I want to be supportive but clear that it has to stop. A short script for the conversation.'),
  s('fin-variance-fuel', 'sonnet', 'Fuel cost was $4.1M in November vs $3.6M budget. Price was $1.49/L vs $1.38 budget; volume 2.75M L vs 2.61M budget. Split the variance into price and volume, explain it for the CFO in a paragraph, and suggest what to look at for the volume part.'),
  s('ops-sop-hot-weather', 'sonnet', 'Write an SOP for ground crew for days over 38°C at regional ports: hydration and rotation, APU/GPU and cabin pre-cooling, passenger boarding (no long waits on the apron), tyre and brake considerations, and when to call OCC. Numbered steps, plain language.'),
  s('writer-blog-new-route', 'sonnet', 'Write a 400-word blog post announcing our new Townsville-Mackay service from 3 March: 3 flights a week, intro fare from $129, one checked bag on Flex, local angle (mining families, sports teams). Friendly, Australian tone, not cringe.'),
  s('product-stories-bag-tracking', 'sonnet', 'Write user stories with acceptance criteria for showing live bag status in our app (checked in, loaded, unloaded, on belt) using scan events from airport BRS systems that arrive late or out of order. Include the edge cases.'),
  s('eng-trap-eli5-consensus', 'sonnet', 'ELI5 how Raft picks a leader and why you need an odd number of nodes - our ops manager asked why we have 3 etcd servers'),
  s('eng-trap-race-word-explain', 'sonnet', 'what is a race condition actually? give me a simple example in C# with two tasks incrementing a counter, and show how lock and Interlocked fix it'),
  s('eng-trap-design-doc-template', 'sonnet', 'give me a good design doc template for our team (sections with one-line guidance each), we keep writing them differently'),
  s('eng-trap-long-log-root-cause-simple', 'sonnet', `${pad('2026-12-07 21:14:03.221 +10:00 ERR Ops.Api[1] Unhandled exception. System.InvalidOperationException: Unable to resolve service for type \'Ops.Api.Legality.ILegalityStore\' while attempting to activate \'Ops.Api.Legality.LegalityController\'.\n   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, Boolean isDefaultParameterRequired)\n   at lambda_method12(Closure, IServiceProvider, Object[])\n   at Microsoft.AspNetCore.Mvc.Controllers.ControllerFactoryProvider.<>c__DisplayClass6_0.<CreateControllerFactory>g__CreateController|0(ControllerContext controllerContext)\n   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.Next(State& next, Scope& scope, Object& state, Boolean& isCompleted)', 4200)}\nthis started after I merged the legality PR. what did I miss and how do I fix it`),
  s('eng-trap-proof-word-poc', 'sonnet', 'we need a proof of concept for reading boarding-pass barcodes (PDF417, IATA BCBP) in the react native app. which library, and write the screen that scans one and shows name, PNR, flight and seat'),
  s('analyst-trap-short-cohort', 'sonnet', 'why do our Club members who join in Dec churn more than ones who join in March? what would you check'),
  s('ops-typo-irops-checklist', 'sonnet', 'can u make a checklist for duty managers for the first 30 min of a major disruption (like the BNE thunderstorms last wk) - who to call, what to decide, comms to customers and crew. keep to one page pls'),
  s('writer-apology-cancellations-mky', 'sonnet', 'We cancelled 6 Mackay flights over the weekend because of a crew shortage (our fault, not weather). Write the email to the 412 affected customers: apology, what happened in one honest sentence, their options (free rebooking, full refund, or a $75 credit on top if they rebook), how to act, and a named contact. Under 200 words.'),
];

export const twentyThirdSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet];
