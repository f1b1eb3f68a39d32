import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A fourteenth batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. Internal services calling the API
 * with their own system prompts (one user turn each): support-ticket triage and reply drafting, summarisers,
 * contract and policy reviewers, meeting-notes writers, extraction from pasted invoices, emails and forms, SQL and
 * report generators, moderation, translation, product copy, CI code reviewers, analytics over pasted tables, RAG
 * answerers given retrieved passages (a lookup in them, or a synthesis across conflicting ones), and planners'
 * "decide the next step" calls. System prompts from one line to a page; sometimes the system prompt carries the
 * task, sometimes the user turn. Names start with "b14-"; 70 per tier.
 */
const s = batch('b14-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b14-${name}`, tier, text, { system });

const TRIAGE =
  'You are the triage service for Parcelwise customer support. Read the ticket and return JSON {"queue": one of BILLING | DELIVERY | ACCOUNT | DAMAGED_ITEM | REFUND | OTHER, "priority": "P1" | "P2" | "P3" | "P4", "language": ISO code}. P1 only for safety issues or a business customer with more than 50 parcels affected. Output JSON only.';
const REPLY =
  `You draft replies for the Parcelwise support team. Agents edit and send your drafts.
Tone: warm, plain English, no corporate filler, no exclamation marks. Address the customer by first name.
Never promise a refund or compensation amount: say the agent will confirm. Never blame the courier partner by name.
Use the order facts given; if something needed is missing, write [AGENT: ...] where the agent must fill it in.
Refund policy: damaged or lost parcels are refunded in full once the claim is approved (usually 3-5 working days).
Late parcels (more than 2 working days past the promised date) get the delivery fee refunded automatically.
Keep drafts under 180 words unless the customer asked several questions.`;
const SUMMARY = 'Summarise the document for a busy executive in at most 5 bullet points.';
const CONTRACTS =
  `You are ClauseCheck, the contract review assistant of the legal team at Norvale Health Systems (a US hospital group).
You review third-party contracts against our playbook before a lawyer signs off. For each issue you find, give: the
clause reference, what it says in plain words, why it matters to Norvale, the playbook position, and a proposed
redline. Order issues by risk (high, medium, low).

Playbook (summary):
1. Liability: mutual cap no lower than 12 months' fees; uncapped for data breach involving PHI, gross negligence,
   wilful misconduct and IP indemnity. Never accept exclusion of liability for regulatory fines caused by the vendor.
2. Data: any vendor touching PHI must sign our BAA; breach notice within 5 business days at the latest (we prefer 72
   hours); no offshore processing of PHI without CISO approval; data returned or destroyed within 30 days of exit.
3. Term: no auto-renewal longer than 12 months; termination for convenience on 90 days' notice after year one.
4. Price: increases capped at CPI or 4%, whichever is lower; no increase in the first 24 months.
5. Insurance: cyber cover at least 10M USD for vendors touching PHI; professional liability at least 5M USD.
6. Governing law: a US state; Delaware or the state of the Norvale facility preferred. No mandatory arbitration
   outside the US.
7. Audit: right to audit security controls once a year and after any breach.
8. Subcontractors: prior written notice of any subprocessor touching PHI, with a right to object.
Flag anything that is unusual even if the playbook is silent. If the document is not a contract, say so.`;
const NOTES =
  'You turn raw meeting transcripts into notes for the team wiki: a two-line summary, decisions, action items (owner, due date if stated), open questions. Use the names as they appear in the transcript. Do not invent due dates.';
const INVOICE =
  'Extract from the invoice: vendor_name, invoice_number, invoice_date (YYYY-MM-DD), due_date (YYYY-MM-DD), currency, subtotal, tax, total, po_number (null if absent). Return a single JSON object, no prose.';
const SQLGEN =
  `You are QueryPal, the SQL assistant of the Halden Foods analytics team. Write PostgreSQL 15 for the warehouse schema below. Return only the query in a sql code block unless the user asks for an explanation.

Schema:
stores(store_id int pk, name text, region text, opened_on date, sqm int)
products(product_id int pk, sku text, name text, category text, unit_cost numeric, is_private_label bool)
sales(sale_id bigint pk, store_id int, product_id int, sold_at timestamptz, qty int, unit_price numeric, promo_id int null)
promos(promo_id int pk, name text, starts_on date, ends_on date, discount_pct numeric)
inventory_snapshots(store_id int, product_id int, snapshot_date date, on_hand int)
customers(customer_id bigint pk, loyalty_tier text, joined_on date, home_store_id int)
loyalty_sales(sale_id bigint, customer_id bigint)`;
const MODERATION =
  'Moderation service for the Loomly community forum. Reply with one label: ALLOW, REVIEW, or REMOVE, then a reason of at most 12 words.';
const TRANSLATE = 'Translate the text into the language named in square brackets at the start. Keep formatting and placeholders like {name} unchanged. Output only the translation.';
const COPY =
  `You write product descriptions for the Fenwick Outdoor online shop. House style: second person, concrete benefits before features, no superlatives ("best", "ultimate"), British spelling, 80-120 words plus a 5-bullet spec list. Never claim waterproofing above what the spec sheet states. Output: title, description, bullets.`;
const CI_REVIEW =
  `You are the automated reviewer that runs on every pull request in the Tessera payments monorepo (CI job "ai-review").
Post findings as a list: severity (blocker | major | minor | nit), file:line, the problem, a suggested fix.
Focus on correctness, security, concurrency and data integrity; do not comment on formatting (prettier runs separately).
If there is nothing to report, reply exactly "LGTM". Money is always integer minor units (cents); floats for money are a blocker.`;
const ANALYST =
  'You are the analytics assistant in the Halden Foods BI portal. Users paste tables or CSV exports and ask questions. Answer from the data given, show the numbers you used, and say when the data cannot answer the question.';
const RAG =
  'You answer employee questions using ONLY the retrieved passages below the question. Cite passages as [1], [2]. If the passages do not contain the answer, say "I could not find this in the knowledge base."';
const PLANNER =
  `You are the planning step of the Orbit ops agent. Given the goal, the tools and the state so far, decide the single next action.
Return JSON: {"thought": short reasoning, "action": tool name or "finish", "args": {...}}.
Tools: search_tickets(query), get_order(order_id), refund(order_id, amount_cents, reason), send_email(to, subject, body), escalate(team, summary), query_metrics(promql, range), run_runbook(name, params), page_oncall(service, severity, summary).
Never call refund above 50000 cents without escalate first. Never page on-call for severity below SEV2.`;

const ticketLate = `Subject: where is my parcel??\n\nHi, order PW-558210 was supposed to arrive Tuesday, it's now Friday and tracking hasn't moved since "at local depot" on Monday. I need it for my daughter's birthday on Sunday. Can you tell me what's going on? - Maria Kovacs`;
const ticketBusiness = `Subject: URGENT - 73 parcels stuck\n\nThis is Dev Patel, logistics manager at Greenleaf Pharmacy Group (business account BA-22031). 73 of our parcels dispatched yesterday from the Leeds hub show "exception - address query" but the addresses are our own branches which you deliver to every day. Some contain temperature-sensitive stock. We need this fixed today.`;
const ticketDamaged = `hi the lamp i ordered arrived with the glass shade smashed, box was crushed on one corner. order PW-601377. photos attached. i'd like a replacement not a refund if possible, thanks, Tom`;
const ticketPassword = `I can't log in, the reset email never arrives. I've checked spam. My email is j.oduya@fastmail.com`;
const invoiceText = `NORTHWIND OFFICE SUPPLY LTD
Unit 4, Carrow Business Park, Norwich NR1 2DD  VAT GB 284 1190 37

INVOICE                      Invoice no: NW-2026-08841
Invoice date: 14 November 2026      Payment terms: 30 days
Bill to: Halden Foods plc, Accounts Payable, 2 Mill Lane, Ipswich IP1 1AA
Your ref / PO: PO-77120

Qty  Description                               Unit price   Amount
40   A4 copier paper 80gsm, box of 5 reams     GBP 21.50    GBP 860.00
12   Toner cartridge HP 59A                    GBP 84.00    GBP 1,008.00
6    Ergonomic mesh chair, black               GBP 189.00   GBP 1,134.00
1    Delivery and installation                 GBP 95.00    GBP 95.00

                                        Subtotal   GBP 3,097.00
                                        VAT 20%    GBP 619.40
                                        Total      GBP 3,716.40
Bank: Lloyds, sort code 30-94-55, account 22871904. Please quote the invoice number.`;
const invoiceUsd = `Invoice #4471 | Brightwave Media LLC | 88 Harbor St, Portland ME
Date: 03/02/2026   Due: Net 15
Client: Tessera Payments Inc.
- Q1 explainer video production (2 x 90s)      $14,500.00
- Motion graphics revisions (6 hrs @ $120)     $720.00
- Stock footage licences                        $385.00
Total due: $15,605.00  (no sales tax: services)
Thank you!`;
const salesCsv = `store,region,month,revenue,units,footfall
Ipswich Central,East,2026-09,182400,40120,61200
Ipswich Central,East,2026-10,176900,38870,59800
Norwich Riverside,East,2026-09,143100,31020,48800
Norwich Riverside,East,2026-10,151800,33400,50100
Leeds Kirkgate,North,2026-09,201300,44900,70300
Leeds Kirkgate,North,2026-10,188000,41600,66900
York Micklegate,North,2026-09,96400,21100,35700
York Micklegate,North,2026-10,99100,21900,36200
Bristol Harbourside,West,2026-09,165200,35800,57400
Bristol Harbourside,West,2026-10,171900,37300,58100
Bath Southgate,West,2026-09,88300,18700,30900
Bath Southgate,West,2026-10,84100,17900,30200`;
const hrPassages = `[1] Parental leave (UK, policy HR-07, rev. 2026-03): Birth parents receive 26 weeks at full pay followed by 13 weeks at statutory pay. Partners receive 6 weeks at full pay, to be taken within 12 months of the birth or placement. Employees must have completed 6 months of service by the expected week of childbirth.
[2] Holiday carry-over (policy HR-03): Up to 5 days of unused annual leave may be carried into the next holiday year and must be used by 31 March. Carry-over above 5 days requires director approval and is only granted where leave was cancelled for business reasons.
[3] Expenses (policy FIN-12): Meals while travelling are reimbursed up to GBP 35 per day in the UK and the equivalent per-diem abroad. Alcohol is not reimbursable. Claims must be submitted in Concur within 60 days with itemised receipts.
[4] Sick leave (policy HR-09): Employees self-certify for up to 7 calendar days. From day 8 a fit note is required. Company sick pay is 10 days at full pay per rolling 12 months, then statutory sick pay.`;
const itPassages = pad(
  `[1] VPN (IT-KB-0142): Staff connect with GlobalProtect to vpn.halden.co.uk. MFA via Okta Verify is required. If the client shows "gateway unreachable", check that the machine clock is correct and restart the PanGPS service; if it persists, raise a ticket in the "Network" queue. [2] Laptop refresh (IT-KB-0210): Laptops are replaced every 4 years, or earlier if repair costs exceed 40% of replacement. Request via the Service Portal > Hardware > Refresh; approval by line manager. [3] Shared mailboxes (IT-KB-0077): Access is requested by the mailbox owner through the portal; changes take up to 4 hours to sync to Outlook. [4] Printing (IT-KB-0301): Follow-me printing uses the badge reader; jobs are held for 24 hours then deleted.`,
  3200,
);

const meetingTranscript = pad(
  `[10:02] Priya: ok let's start, agenda is the Q1 launch of the loyalty app, the store-signage budget and the hiring freeze. [10:04] Marcus: app build is on track, we're in TestFlight with 40 store managers, two crash bugs left, both on Android 12. [10:06] Priya: can we still hit 14 January? [10:06] Marcus: if QA signs off by the 5th, yes. [10:09] Elena: signage, the quote came back at 212k for all 46 stores, we budgeted 160k. [10:11] Priya: let's do the 20 biggest stores first and the rest in Q2. Elena can you get a revised quote? [10:12] Elena: yes, by Friday. [10:15] Tom: on hiring, finance says the freeze holds until March except for store roles. [10:17] Priya: then the second data analyst waits. Marcus, can your team cover the dashboard work? [10:18] Marcus: partly, I'll send a list of what we'd drop.`,
  2600,
);
const emailThread = `From: Hannah Weiss <h.weiss@corvid-legal.com>
To: procurement@haldenfoods.co.uk
Date: Tue, 17 Nov 2026 09:12
Subject: RE: Renewal of the cold-chain monitoring contract

Dear Sam,

Further to our call, our client Frostline Sensors Ltd confirms it will renew the monitoring agreement for 24 months from 1 January 2027 at GBP 4.10 per sensor per month (currently 3.85), for the 1,240 sensors across your 46 stores. The new rate includes the firmware upgrade. Frostline requests signature by 5 December 2026 to guarantee the price.

Kind regards,
Hannah Weiss, Associate, Corvid Legal LLP, +44 20 7946 0321`;
const productSpec = `Spec sheet: Fenwick Ridgeline 2 tent
Berth: 2 | Weight: 1.84 kg | Packed: 42 x 15 cm | Pitch: inner and fly together, ~4 min
Flysheet: 20D ripstop nylon, silicone/PU coated, hydrostatic head 3000 mm | Groundsheet: 40D nylon, HH 5000 mm
Poles: 2 x DAC NSL aluminium, colour-coded | Doors: 2, each with porch (0.6 m2) | Vents: 2 high-low
Colours: olive, slate | Price: GBP 289`;
const diffSmall = `diff --git a/services/ledger/src/fees.ts b/services/ledger/src/fees.ts
@@ -12,7 +12,7 @@ export function cardFee(amountCents: number, scheme: Scheme): number {
-  const pct = scheme === 'amex' ? 0.029 : 0.014;
+  const pct = scheme === 'amex' ? 0.027 : 0.014;
   return Math.round(amountCents * pct) + FIXED_FEE_CENTS;
 }`;
const kpiTable = `| week | signups | activated | paid | churned |
|------|---------|-----------|------|---------|
| W40  | 1,204   | 611       | 88   | 31      |
| W41  | 1,377   | 702       | 97   | 29      |
| W42  | 1,150   | 590       | 81   | 40      |
| W43  | 1,512   | 804       | 112  | 35      |
| W44  | 1,489   | 760       | 109  | 38      |`;

const haiku: TrafficExample[] = [
  svc('triage-late-birthday', 'haiku', TRIAGE, ticketLate),
  svc('triage-business-73', 'haiku', TRIAGE, ticketBusiness),
  svc('triage-damaged-lamp', 'haiku', TRIAGE, ticketDamaged),
  svc('triage-reset-email', 'haiku', TRIAGE, ticketPassword),
  svc('triage-spanish', 'haiku', TRIAGE, 'Hola, me cobraron dos veces el envío del pedido PW-612004. ¿Me pueden devolver uno de los cobros? Gracias, Lucía'),
  svc('reply-reset-email', 'haiku', REPLY, `Customer: Jide Oduya. Ticket: ${ticketPassword}\nFacts: account exists, email on file is j.oduya@fastmail.com, last reset emails bounced with "mailbox full".\nDraft a short reply.`),
  svc('invoice-northwind', 'haiku', INVOICE, invoiceText),
  svc('invoice-brightwave', 'haiku', INVOICE, invoiceUsd),
  s('invoice-total-only', 'haiku', `${invoiceText}\n\nwhats the total incl VAT`),
  s('invoice-po-number', 'haiku', `what's the PO number on this\n\n${invoiceText}`),
  svc('extract-email-price', 'haiku', 'Extract the fields counterparty, new_price, old_price, term_months, sign_by as JSON.', emailThread),
  s('email-deadline', 'haiku', `${emailThread}\n\nby when do they want it signed?`),
  svc('extract-form-fields', 'haiku', 'Return the form as JSON with keys first_name, last_name, dob, postcode, phone, consent_marketing (boolean).', 'New patient registration\nFirst name: Aaron   Surname: Whitlock\nDate of birth: 02/07/1988\nAddress: 14 Fernhill Road, Ipswich IP4 2QT\nTel: 07700 900 412\nI agree to receive appointment reminders by SMS: [x]\nI agree to receive marketing by email: [ ]'),
  svc('summary-email-oneline', 'haiku', 'Summarise the email in one sentence for the inbox preview.', emailThread),
  svc('sql-stores-east', 'haiku', SQLGEN, 'list all stores in the East region with their size'),
  svc('sql-units-yesterday', 'haiku', SQLGEN, 'total units sold yesterday across all stores'),
  svc('sql-count-gold', 'haiku', SQLGEN, 'how many loyalty customers are in the gold tier'),
  svc('sql-promo-active', 'haiku', SQLGEN, 'which promos are running today'),
  svc('mod-normal-question', 'haiku', MODERATION, 'Does anyone know if the 2019 version of the Loomly desk lamp uses the same bulb as the new one?'),
  svc('mod-spam-link', 'haiku', MODERATION, 'CHEAP FOLLOWERS!!! 10k instagram followers for $5 visit followz-cheap .biz now limited offer'),
  svc('mod-insult', 'haiku', MODERATION, 'you are honestly the dumbest person on this forum, go back to whatever hole you crawled out of'),
  svc('mod-recipe-knife', 'haiku', MODERATION, 'What knife do you all use to break down a whole chicken? Mine keeps slipping on the joints.'),
  svc('translate-de-banner', 'haiku', TRANSLATE, '[German] Free delivery on orders over £40. Offer ends {date}.'),
  svc('translate-fr-email', 'haiku', TRANSLATE, '[French] Hi {name},\n\nYour order has shipped and should arrive within 3 working days. You can track it here: {tracking_link}\n\nThanks for shopping with us.'),
  svc('translate-es-error', 'haiku', TRANSLATE, '[Spanish] Your card was declined. Please check the details or try another payment method.'),
  svc('translate-pl-shift', 'haiku', TRANSLATE, '[Polish] Reminder: the warehouse closes at 14:00 on 24 December. Night shift is cancelled that day.'),
  svc('copy-title-only', 'haiku', 'Write a product title under 60 characters for the listing. Output the title only.', productSpec),
  svc('ci-review-fee-change', 'haiku', CI_REVIEW, `PR #4412 "Update Amex fee to 2.7% (new contract from 1 Dec)"\n\n${diffSmall}`),
  svc('ci-review-typo-readme', 'haiku', CI_REVIEW, 'PR #4420 "docs: fix typo"\n\ndiff --git a/README.md b/README.md\n@@ -3 +3 @@\n-Tessera is a paymnets platform for marketplaces.\n+Tessera is a payments platform for marketplaces.'),
  svc('analyst-top-store', 'haiku', ANALYST, `${salesCsv}\n\nwhich store had the most revenue in october?`),
  svc('analyst-sum-east', 'haiku', ANALYST, `${salesCsv}\n\nTotal East region revenue for September please.`),
  s('kpi-paid-w43', 'haiku', `${kpiTable}\n\nhow many paid in W43`),
  s('kpi-to-csv', 'haiku', `convert to csv\n\n${kpiTable}`),
  svc('rag-partner-leave', 'haiku', RAG, `Question: how many weeks of paid leave do partners get?\n\nPassages:\n${hrPassages}`),
  svc('rag-meal-limit', 'haiku', RAG, `Question: whats the daily meal allowance when travelling in the UK\n\nPassages:\n${hrPassages}`),
  svc('rag-fit-note', 'haiku', RAG, `Question: When do I need a fit note?\n\nPassages:\n${hrPassages}`),
  svc('rag-vpn-unreachable', 'haiku', RAG, `Question: globalprotect says gateway unreachable, what do I do\n\nPassages:\n${itPassages}`),
  svc('rag-carry-over', 'haiku', RAG, `Question: can I carry over 5 days of holiday and until when\n\nPassages:\n${hrPassages}`),
  svc('rag-print-hold', 'haiku', RAG, `Question: how long are print jobs kept?\n\nPassages:\n${itPassages}`),
  svc('rag-not-found', 'haiku', RAG, `Question: what's the wifi password in the Leeds office?\n\nPassages:\n${itPassages}`),
  svc('planner-lookup-order', 'haiku', PLANNER, 'Goal: customer asks where order 88120 is.\nState: no actions yet.'),
  svc('planner-finish-sent', 'haiku', PLANNER, 'Goal: send the customer the tracking link for order 88120.\nState:\n1. get_order(88120) -> {"status":"shipped","tracking":"https://trk.pw/88120"}\n2. send_email(to="a.lee@example.com", subject="Your tracking link", body="...") -> {"ok":true}'),
  svc('notes-action-items-only', 'haiku', 'List only the action items from the transcript, one per line, as "owner: task".', meetingTranscript),
  svc('summary-memo-oneliner', 'haiku', SUMMARY, 'MEMO - Facilities. The Ipswich office car park will be resurfaced on 12-13 December. No parking on site those days; staff may use the Cox Lane multi-storey and claim the fee on expenses. Bikes can still be left in the covered racks.'),
  svc('classify-sentiment', 'haiku', 'Classify the review as POSITIVE, NEUTRAL or NEGATIVE.', 'Tent went up fine in the wind but the pegs bent on the first night. Returned it.'),
  svc('classify-lang', 'haiku', 'Return the ISO 639-1 code of the text\'s language.', 'Dzień dobry, chciałbym zwrócić zamówienie, bo rozmiar jest za mały.'),
  svc('classify-department', 'haiku', 'Route the employee request to one of: IT, HR, FACILITIES, FINANCE, LEGAL. One word.', 'the radiator in meeting room 3B has been stuck on full for a week, it\'s like a sauna'),
  svc('pii-redact', 'haiku', 'Replace names, emails, phone numbers and account numbers with [REDACTED]. Change nothing else.', 'Spoke to Karen Holt (karen.holt@gmail.com, 07700 900 118) about account 22871904, she wants the direct debit moved to the 15th.'),
  s('reformat-dates', 'haiku', 'change these to ISO dates:\n03/02/2026\n14 November 2026\nNov 5, 2026\n2026.12.01'),
  s('json-to-yaml-config', 'haiku', 'to yaml pls\n{"service":"ledger","replicas":3,"env":{"LOG_LEVEL":"info","REGION":"eu-west-2"},"ports":[8080,9090]}'),
  s('shorten-status-update', 'haiku', 'make this shorter for slack: "Hi all, just a quick update to let everyone know that the deployment of the ledger service that was scheduled for this afternoon has been moved to tomorrow morning at 10am because we are still waiting for the final sign-off from the security team."'),
  s('regex-order-id', 'haiku', 'regex for order ids like PW-558210 (PW dash 6 digits)'),
  s('http-429', 'haiku', 'what does HTTP 429 mean'),
  s('race-condition-term', 'haiku', 'our PM keeps saying "race condition" in standups, what does it mean in one sentence'),
  s('proof-of-delivery', 'haiku', 'what does POD stand for on a courier manifest, proof of delivery?'),
  s('design-review-acronym', 'haiku', 'in our design review doc someone wrote "LGTM w/ nits", what does that mean'),
  svc('wrapper-contract-doc-type', 'haiku', CONTRACTS, 'Before I send you the full thing: is a "letter of intent" usually legally binding? Yes or no, one line.'),
  svc('wrapper-contract-governing-law', 'haiku', CONTRACTS, pad('SOFTWARE SUBSCRIPTION AGREEMENT between Medivio Inc. ("Vendor") and Norvale Health Systems ("Customer"). 14. Governing law. This Agreement is governed by the laws of the State of New York, and the parties submit to the exclusive jurisdiction of the state and federal courts in New York County. 15. Notices. Notices must be in writing and delivered by courier or email to the addresses in the Order Form. 16. Assignment. Neither party may assign without consent, except to a successor in a merger.', 1800) + '\n\nJust tell me: which state\'s law governs this? Nothing else needed.'),
  svc('wrapper-ci-version-bump', 'haiku', CI_REVIEW, 'PR #4431 "chore(deps): bump pino from 9.3.1 to 9.3.2"\n\ndiff --git a/package.json b/package.json\n@@ -22 +22 @@\n-    "pino": "9.3.1",\n+    "pino": "9.3.2",'),
  svc('wrapper-planner-clarify', 'haiku', PLANNER, 'Goal: "refund the customer"\nState: no order id, no customer email, nothing else in the conversation.'),
  s('email-subject-line', 'haiku', 'give me a subject line for an email telling the team the office is closed on Friday for the boiler repair'),
  s('acronym-sla-slo', 'haiku', 'SLA vs SLO, one line each'),
  s('timezone-convert', 'haiku', 'what time is 15:00 Sydney (AEDT) in London on 9 December'),
  s('percent-change', 'haiku', 'revenue went from 176,900 to 151,800, what % drop is that'),
  s('capitalise-names', 'haiku', 'fix capitalisation: "dev patel, MARIA KOVACS, tom o\'reilly, lucía fernández"'),
  svc('copy-alt-text', 'haiku', 'Write alt text (under 120 characters) for the product image described.', 'Photo: olive green two-person tent pitched on grass, both doors open, mountains behind.'),
  svc('spellcheck-notice', 'haiku', 'Correct spelling and grammar only. Return the corrected text.', 'Please note that the canteen will be shut on thursday due to a electrical fault, we appologise for any inconvenience cause.'),
  svc('tag-ticket-keywords', 'haiku', 'Return up to 3 lowercase tags for the ticket, comma-separated.', ticketDamaged),
  svc('unit-convert-spec', 'haiku', 'Answer briefly.', `${productSpec}\n\nwhat's the weight in pounds and ounces?`),
  s('csv-count-rows-north', 'haiku', `${salesCsv}\n\nhow many rows are for the North region`),
];

const policyDoc = pad(
  `Halden Foods Travel and Expenses Policy, version 6 (effective 1 January 2027). 1. Booking: all travel is booked through Navan; bookings made elsewhere are reimbursed only if cheaper and approved in advance. 2. Rail: standard class for journeys under 3 hours; first class allowed above 3 hours or where booked more than 14 days ahead at no more than 20% extra. 3. Air: economy for flights under 6 hours; premium economy above 6 hours; business class only with CFO approval. 4. Hotels: caps of GBP 160 per night in London, GBP 120 elsewhere in the UK, and the Navan city rate abroad. 5. Mileage: 45p per mile for the first 10,000 business miles in a tax year, 25p after. 6. Client entertainment: up to GBP 75 per head, pre-approved by a director; the names of attendees must be recorded. 7. Late claims: claims older than 60 days are rejected unless the employee's director approves an exception in writing.`,
  4200,
);
const diffRetry = `PR #4456 "ledger: retry failed payout webhooks"

diff --git a/services/ledger/src/webhooks/payout.ts b/services/ledger/src/webhooks/payout.ts
@@ -1,20 +1,42 @@
+import { setTimeout as sleep } from 'node:timers/promises';
 import { db } from '../db';
 import { postWebhook } from '../http';

-export async function sendPayoutWebhook(payoutId: string) {
-  const payout = await db.payouts.find(payoutId);
-  await postWebhook(payout.merchantUrl, { id: payout.id, amount: payout.amount, status: payout.status });
-}
+export async function sendPayoutWebhook(payoutId: string) {
+  const payout = await db.payouts.find(payoutId);
+  let attempt = 0;
+  while (true) {
+    try {
+      await postWebhook(payout.merchantUrl, { id: payout.id, amount: payout.amount / 100, status: payout.status });
+      return;
+    } catch (err) {
+      attempt++;
+      console.log('webhook failed', err);
+      await sleep(1000 * attempt);
+    }
+  }
+}`;
const pythonSnippet = `def load_orders(path):
    orders = []
    f = open(path)
    for line in f.readlines():
        parts = line.split(",")
        if parts[0] == "order_id":
            continue
        orders.append({"id": parts[0], "store": parts[1], "total": float(parts[2]), "date": parts[3]})
    return orders

def totals_by_store(orders):
    out = {}
    for o in orders:
        if o["store"] in out:
            out[o["store"]] = out[o["store"]] + o["total"]
        else:
            out[o["store"]] = o["total"]
    return out`;
const churnTable = `plan,customers_start,churned_q3,avg_monthly_price,support_tickets_per_customer,nps
Starter,4120,412,19,0.4,31
Team,2210,133,79,1.1,42
Business,640,19,249,2.6,38
Enterprise,85,1,1900,7.9,55`;
const incidentPassages = `[1] Postmortem PM-311 (payments-api, 2 Oct): Elevated 502s for 34 minutes after the 14:05 deploy of v3.18. Root cause: a new connection pool setting (max 20, was 50) exhausted under the afternoon peak. Rolled back at 14:39.
[2] Postmortem PM-318 (payments-api, 19 Oct): 11 minutes of timeouts to the card processor. Cause: the processor's TLS certificate rotation broke our pinned intermediate. Fix: stop pinning intermediates; monitor certificate expiry.
[3] Postmortem PM-322 (checkout-web, 27 Oct): Checkout page blank for Safari 16 users for 3 hours. Cause: an unpolyfilled Array.prototype.findLast in a shared bundle. Fix: add the browserslist target to CI.
[4] Runbook RB-40: For 502s from payments-api, first check the deploy log, then pool saturation in the "payments-api / db pool" dashboard.`;

const sonnet: TrafficExample[] = [
  svc('reply-late-birthday', 'sonnet', REPLY, `Customer: Maria Kovacs. Order PW-558210, promised Tue 1 Dec, last scan "at local depot" Mon 30 Nov. Depot reports a van breakdown; parcel reloaded for Saturday delivery (not guaranteed).\n\n${ticketLate}`),
  svc('reply-business-73', 'sonnet', REPLY, `Customer: Dev Patel, Greenleaf Pharmacy Group, business account BA-22031. Facts: an address-validation rule update at the Leeds hub on 3 Dec flagged branch addresses missing a building name; fix deployed 11:40 today; 73 parcels being re-sorted for delivery tomorrow; 9 of them flagged "chilled" - we can't confirm the temperature history yet.\n\n${ticketBusiness}`),
  svc('reply-damaged-replacement', 'sonnet', REPLY, `Customer: Tom Reid. Order PW-601377 (glass table lamp, GBP 64). Replacement stock available. Claim not yet opened.\n\n${ticketDamaged}`),
  svc('reply-angry-third-time', 'sonnet', REPLY, 'Customer: Angela Brooks. Third contact about order PW-590114 (lost, claim approved 2 days ago, refund of GBP 112.40 issued yesterday, takes 3-5 working days to show). Her message: "This is the THIRD time I have written. Nobody reads these. I want my money back and I want someone to explain why your drivers leave parcels in the street. I am telling everyone I know not to use you."'),
  svc('summary-policy-exec', 'sonnet', SUMMARY, policyDoc),
  svc('summary-policy-changes', 'sonnet', 'You summarise policy documents for staff. Write a friendly 200-word explainer of what staff need to know, with the rules that people most often get wrong highlighted.', policyDoc),
  svc('notes-loyalty-meeting', 'sonnet', NOTES, meetingTranscript),
  svc('notes-standup-messy', 'sonnet', NOTES, 'ok so um recording now. Jake: I finished the invoice parser thing, it handles the Northwind ones now but the scanned PDFs still fail, I think we need OCR. Sana: yeah I looked at Textract vs Tesseract, Textract is way better on tables but costs like a cent a page. Jake: we do maybe 8000 a month so thats fine? Lee: need to check with finance it\'s a new vendor. Sana: I can write it up. Lee: cool, and Jake can you pair with Ola on the duplicate invoice detection, she starts Monday. Jake: sure. Lee: anything else. Sana: the staging db is full again. Lee: ugh, I\'ll ask platform. ok done.'),
  svc('contract-msa-review', 'sonnet', CONTRACTS, pad('MASTER SERVICES AGREEMENT between Cardiolytics Ltd ("Vendor") and Norvale Health Systems ("Customer"). 4. Fees. Fees are fixed for 12 months and may increase thereafter by up to 7% a year on 30 days\' notice. 6. Term. The initial term is 36 months, renewing automatically for successive 36-month terms unless either party gives 180 days\' notice. 9. Liability. Vendor\'s aggregate liability shall not exceed the fees paid in the 6 months preceding the claim. Vendor shall not be liable for any fines or penalties imposed by regulators. 11. Data. Vendor may use sub-processors at its discretion and will publish a list on its website. Vendor shall notify Customer of a security incident within 10 business days. 13. Insurance. Vendor maintains cyber insurance of at least USD 2,000,000. 17. Disputes. Any dispute shall be resolved by binding arbitration in Singapore under SIAC rules.', 2800)),
  svc('contract-nda-check', 'sonnet', 'You review NDAs for the Halden Foods legal team. List anything non-standard for a mutual NDA and suggest wording. Be concise.', 'MUTUAL NON-DISCLOSURE AGREEMENT. 1. "Confidential Information" means all information disclosed by either party, whether or not marked confidential, including information disclosed before the date of this Agreement. 2. Obligations survive for 10 years after termination, and indefinitely for trade secrets. 3. The Recipient shall not, for 24 months, solicit or hire any employee of the Discloser. 4. The Discloser may seek injunctive relief without posting bond. 5. Residual knowledge retained in unaided memory may be used freely by the Recipient. 6. Governed by the laws of England and Wales.'),
  svc('policy-question-mileage', 'sonnet', 'You are the expenses helpdesk. Answer using the policy and show your arithmetic.', `${policyDoc}\n\nI've done 9,200 business miles so far this tax year and I'm about to drive to a client site and back, 310 miles each way, plus I'll take the client to dinner (3 of us, bill GBP 260). What can I claim, and is there anything I need to do beforehand?`),
  svc('sql-weekly-revenue-region', 'sonnet', SQLGEN, 'weekly revenue by region for the last 12 weeks, with week-over-week % change'),
  svc('sql-promo-uplift', 'sonnet', SQLGEN, 'For each promo in 2026, compare average daily units of the promoted products during the promo with the 28 days before it. Show promo name, discount, before, during, uplift %.'),
  svc('sql-stockouts', 'sonnet', SQLGEN, 'find products that hit zero on_hand in at least 3 stores on the same day in November, and how many days that happened'),
  svc('sql-loyalty-share', 'sonnet', SQLGEN, 'share of revenue from loyalty customers per store per month this year, plus an explanation of how you handled sales without a loyalty record'),
  svc('sql-explain-slow', 'sonnet', SQLGEN, 'this takes 4 minutes, why and how do I fix it?\n\nSELECT s.name, p.category, SUM(x.qty * x.unit_price)\nFROM sales x JOIN stores s ON s.store_id = x.store_id JOIN products p ON p.product_id = x.product_id\nWHERE date_trunc(\'month\', x.sold_at) = \'2026-10-01\'\nGROUP BY 1, 2;\n\n(sales has 900M rows, index on sold_at)'),
  svc('ci-review-retry', 'sonnet', CI_REVIEW, diffRetry),
  svc('ci-review-python-loader', 'sonnet', 'You are a code reviewer run in CI for the data-platform repo. Give concrete review comments with suggested code. Python 3.11.', `PR #212 "add order loader"\n\n${pythonSnippet}`),
  svc('ci-review-sql-migration', 'sonnet', CI_REVIEW, 'PR #4460 "add refunds.reason column"\n\n-- migrations/0142_refund_reason.sql\nALTER TABLE refunds ADD COLUMN reason text NOT NULL DEFAULT \'unspecified\';\nCREATE INDEX idx_refunds_reason ON refunds(reason);\nUPDATE refunds SET reason = \'legacy\' WHERE created_at < \'2026-01-01\';\n\n(refunds has ~40M rows; migrations run in a single transaction on deploy)'),
  svc('ci-review-react-form', 'sonnet', 'Automated PR reviewer for the merchant-dashboard (React 18, TypeScript). Comment on bugs, accessibility and state handling.', 'PR #981 "payout settings form"\n\nexport function PayoutForm({ merchant }: Props) {\n  const [iban, setIban] = useState(merchant.iban);\n  const [saving, setSaving] = useState(false);\n  useEffect(() => { setIban(merchant.iban) }, []);\n  async function submit(e) {\n    setSaving(true);\n    await api.updatePayout(merchant.id, { iban });\n    setSaving(false);\n  }\n  return (<form onSubmit={submit}>\n    <input value={iban} onChange={e => setIban(e.target.value)} placeholder="IBAN" />\n    <div onClick={submit} className="btn">{saving ? "Saving..." : "Save"}</div>\n  </form>);\n}'),
  svc('copy-ridgeline-tent', 'sonnet', COPY, productSpec),
  svc('copy-jacket', 'sonnet', COPY, 'Spec sheet: Fenwick Cairn insulated jacket (women\'s)\nFill: 100 g/m2 recycled synthetic (PrimaLoft Silver) | Shell: 30D recycled nylon, DWR finish (not waterproof) | Weight: 410 g (size 12) | Pockets: 2 zipped hand, 1 internal | Packs into its own pocket | Hood: adjustable, helmet-compatible | Sizes 8-20 | Colours: rust, ink | GBP 145'),
  svc('copy-rewrite-supplier', 'sonnet', COPY, 'Rewrite the supplier\'s text in our style.\n\nSupplier text: "The ULTIMATE stove for the serious adventurer!!! Boils 1L in 3 mins. Weighs only 83g. Piezo ignition. Works with all standard screw thread gas. Foldable pot supports. The best stove you will ever buy, guaranteed." RRP GBP 49.'),
  svc('analyst-footfall-conversion', 'sonnet', ANALYST, `${salesCsv}\n\nWhich stores are converting footfall into revenue best and worst, and did that change from Sep to Oct? Give me a small table and two or three observations.`),
  svc('analyst-churn-plans', 'sonnet', ANALYST, `${churnTable}\n\nCompare churn and revenue lost to churn per plan for Q3, and tell me where support load looks out of line.`),
  svc('analyst-kpi-funnel', 'sonnet', ANALYST, `${kpiTable}\n\nbuild the funnel conversion rates per week and tell me if W42 was a real dip or noise`),
  svc('rag-incidents-pattern', 'sonnet', RAG, `Question: we're getting 502s from payments-api right after a deploy, what should I check and has this happened before?\n\nPassages:\n${incidentPassages}`),
  svc('rag-leave-combo', 'sonnet', RAG, `Question: My partner is due in April. I joined in November last year, I have 8 days of holiday left this year and I'm off sick this week (day 4). What leave can I take around the birth, can I keep my holiday, and do I need a fit note?\n\nPassages:\n${hrPassages}`),
  svc('rag-laptop-refresh-steps', 'sonnet', RAG, `Question: My laptop is 3 years old and IT quoted GBP 700 to fix the screen and battery on a GBP 1,500 model. Can I get a new one, and how do I request it? Also I need access to the finance shared mailbox.\n\nPassages:\n${itPassages}`),
  svc('planner-refund-flow', 'sonnet', PLANNER, 'Goal: customer a.lee@example.com says order 88120 arrived damaged and wants a refund.\nState:\n1. get_order(88120) -> {"status":"delivered","total_cents":7450,"items":[{"sku":"LMP-2","name":"glass lamp"}],"claims":[]}\n2. search_tickets("88120") -> [{"id":"T-5512","text":"photos attached, shade smashed","attachments":2}]'),
  svc('planner-metrics-then-runbook', 'sonnet', PLANNER, 'Goal: alert "checkout p95 latency > 2s" fired 6 minutes ago. Investigate and mitigate if a runbook applies.\nState:\n1. query_metrics("histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket{service=\\"checkout\\"}[5m])) by (le))", "30m") -> rising from 0.4s to 2.6s starting 14:02\n2. query_metrics("sum(rate(deploys_total{service=\\"checkout\\"}[30m]))", "30m") -> one deploy at 14:00 (v2.41.0)'),
  s('email-vendor-pushback', 'sonnet', `${emailThread}\n\nDraft a reply from Sam pushing back: we want to stay at 3.85 for 12 months, or accept 4.10 only with a 36-month term and a price cap after that. Polite but firm, and ask for the firmware upgrade timeline.`),
  s('meeting-agenda-from-notes', 'sonnet', `Here are last week's notes:\n${meetingTranscript}\n\nWrite the agenda for the follow-up meeting next Tuesday (45 min), with timings and who presents what.`),
  s('report-weekly-ops', 'sonnet', 'Write the weekly ops report for the support leadership channel from these numbers: tickets 4,812 (+9% w/w), first response median 38 min (target 30), CSAT 4.41 (4.52 last week), top drivers: late delivery 31%, damaged 14%, refunds 12%, account 9%. Leeds hub address-validation incident on Thursday caused ~600 tickets. Two new agents started. Keep it to half a page with a short "next week" section.'),
  s('explain-gdpr-dsar', 'sonnet', 'We got our first data subject access request at the company (UK, about 300 staff, we run a loyalty app). What do we actually need to do, in what timeframe, and what are the usual mistakes?'),
  s('python-refactor-loader', 'sonnet', `refactor this to use the csv module and Decimal, with type hints and a small test\n\n${pythonSnippet}`),
  s('ts-zod-schema-form', 'sonnet', 'Write a zod schema and a TypeScript type for the patient registration form: first_name, last_name, dob (dd/mm/yyyy string to Date), UK postcode, UK mobile, consent flags. Include friendly error messages.'),
  s('bash-rotate-exports', 'sonnet', 'write a bash script for cron that moves CSV exports older than 7 days from /data/exports to /data/archive/YYYY-MM/, gzips them, deletes archives older than 180 days, and logs what it did. must be safe if two runs overlap'),
  s('excel-formula-lookup', 'sonnet', 'In Excel I have invoices on one sheet (vendor, invoice no, amount, PO) and POs on another (PO, approved amount, cost centre). I need a column flagging invoices whose amount is more than 5% over the PO or whose PO doesn\'t exist, and a summary by cost centre. Formulas please, we have Excel 365.'),
  s('interview-questions-analyst', 'sonnet', 'We\'re hiring a mid-level data analyst for a grocery retailer. Write 8 interview questions with what a good answer looks like, including one SQL exercise and one case question on promotions.'),
  s('job-ad-rewrite', 'sonnet', 'rewrite this job ad so it\'s less corporate and more inclusive, keep the requirements:\n\n"Halden Foods is seeking a dynamic, results-driven Category Analyst to join our fast-paced commercial team. The ideal candidate will be a rockstar with Excel, have 5+ years in FMCG, and thrive under pressure. Must be able to work long hours during peak periods. Competitive salary."'),
  s('policy-draft-ai-use', 'sonnet', 'Draft a one-page acceptable use policy for generative AI tools for our 300-person retail head office: what is allowed, what data must never go in, approval for new tools, and who to ask.'),
  s('explain-p-value-team', 'sonnet', 'explain to our marketing team what a p-value is and isn\'t, with an example from an email A/B test. they keep saying "95% chance the new subject line is better"'),
  s('eli5-kubernetes', 'sonnet', 'explain kubernetes to me like I\'m 10, I\'m the new office manager and everyone keeps talking about it'),
  s('slides-outline-q4', 'sonnet', 'outline a 10-slide Q4 business review for the East region: revenue 1.98M (+4% y/y), footfall down 2%, basket size up 6%, private label share 31% -> 34%, two store refits, shrink up to 2.1%. Title and 3 bullets per slide plus speaker notes for the tricky ones.'),
  s('okr-support', 'sonnet', 'help me write Q1 OKRs for a 25-person customer support team; we want faster first response, fewer repeat contacts and better self-service. 3 objectives, measurable key results, and a note on what not to measure'),
  s('regex-explain-validate', 'sonnet', 'explain what this regex does and whether it correctly validates UK postcodes, fix it if not:\n^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$'),
  s('api-docs-endpoint', 'sonnet', 'Write the API reference section for POST /v1/payouts: body fields (merchant_id, amount_cents, currency, idempotency key header), responses 201/400/409/422, two curl examples and the error shape {type, message, param}.'),
  s('dockerfile-python-service', 'sonnet', 'write a production Dockerfile for a FastAPI service (python 3.12, poetry, uvicorn), multi-stage, non-root, small image, with a healthcheck'),
  s('github-action-lint-test', 'sonnet', 'github actions workflow for a node 20 monorepo with pnpm workspaces: lint, typecheck and test only the packages changed in the PR, cache the pnpm store'),
  s('cover-letter-ops', 'sonnet', 'write a cover letter for an operations coordinator role at a logistics company. I\'ve done 4 years as a shift supervisor in a warehouse (team of 12, cut picking errors by a third), I\'m good with Excel and WMS systems, and I want to move into planning.'),
  s('complaint-letter-landlord', 'sonnet', 'help me write a firm letter to my letting agent: the boiler has been broken for 16 days, I reported it 4 times, I have a 2 year old, and they keep saying the engineer is booked. I want it fixed and some rent back. UK.'),
  svc('translate-de-terms-adapt', 'sonnet', 'You localise marketing and legal copy for the DACH market. Adapt rather than translate literally; keep legal meaning exact; flag anything that may not be allowed under German consumer law.', 'Translate into German for our German shop: "Love it or send it back - free returns within 60 days, no questions asked. Prices include VAT. Order by 2pm for next-day delivery. Subscribe & save 10% - cancel anytime."'),
  svc('moderation-explain-appeal', 'sonnet', 'You handle moderation appeals for the Loomly forum. Read the removed post and the user\'s appeal; decide UPHOLD or REINSTATE with a short explanation the user will see, referencing the community rules: 1) be respectful 2) no spam or self-promotion 3) no personal data 4) stay on topic.', 'Removed post: "Honestly the customer service at Loomly is a joke. I\'ve waited 3 weeks for a replacement part. If you want it done, email their head of support directly, her address is on LinkedIn, it\'s firstname.lastname@loomly.com."\nAppeal: "I was just sharing how to get a response, I didn\'t post anyone\'s actual email, it\'s a public format."'),
  svc('extract-invoice-lines', 'sonnet', 'Extract every invoice into JSON {vendor, number, date, lines:[{description, qty, unit_price, amount}], subtotal, tax, total} and then check the arithmetic; add "issues": [] listing any line or total that does not add up.', `${invoiceText}\n\n---\n\n${invoiceUsd}`),
  s('summarise-thread-decisions', 'sonnet', 'summarise this slack thread for someone who missed it: decisions, who owns what, open questions\n\n' + pad('[Mon 09:14] ravi: staging db is full again, 98% disk. [09:16] kim: it\'s the audit_log table, 400GB, we never prune. [09:20] ravi: can we just truncate? [09:21] kim: compliance said we keep 13 months of audit logs in prod, not sure about staging. [09:40] jo (security): staging can be pruned, nothing real there since we scrubbed in June. but don\'t truncate prod. [09:45] kim: I\'ll write a nightly job that deletes staging rows older than 30 days. [10:02] ravi: can we also add an alert at 85%? [10:03] kim: yes, I\'ll add it in the same PR. [10:30] amir: fyi prod audit_log is at 2.1TB and growing 40GB/week, we should partition it. [10:31] kim: separate ticket, let\'s discuss Thursday.', 1500)),
  s('meeting-minutes-formal', 'sonnet', 'turn these rough notes into formal board minutes: present JW (chair), AK, PL, RS; apologies MT. treasurer report: cash 184k, runway ok till Q3. agreed to raise prices 5% from March, AK against. new warehouse lease: defer decision, PL to get 2 more quotes. RS raised staff survey results, morale low in dispatch, agreed HR review. AOB none. next meeting 14 Jan.'),
  s('risk-register-entries', 'sonnet', 'Write 6 risk register entries (risk, cause, impact, likelihood 1-5, impact 1-5, mitigation, owner role) for moving our customer support from email to a chat platform before Christmas peak.'),
  s('process-doc-returns', 'sonnet', 'Write a step-by-step SOP for warehouse staff handling customer returns: receiving, inspection grades A/B/C, restock vs refurbish vs dispose, system updates, and what to do with returns that don\'t match the RMA.'),
  s('faq-from-policy', 'sonnet', `Write 8 FAQs with answers for the intranet from this policy:\n\n${policyDoc}`),
  s('onboarding-plan-analyst', 'sonnet', 'Make a 30-60-90 day onboarding plan for a new BI analyst joining a team that uses dbt, Snowflake and Looker, with a first small project in week 2.'),
  s('pricing-page-copy', 'sonnet', 'Write pricing page copy for three plans (Starter 19/mo, Team 79/mo, Business 249/mo) for a shift-scheduling SaaS for restaurants. Feature bullets, who each plan is for, and a short FAQ on billing and cancellation.'),
  s('ab-test-sample-size', 'sonnet', 'our checkout conversion is 3.2%. how many visitors per arm do we need to detect a 10% relative lift with 80% power at alpha 0.05? show the calculation and tell me how long that takes at 12k visitors a day'),
  s('explain-ci-flaky-tests', 'sonnet', 'our CI has about 30 flaky tests out of 4,000 and people just rerun the pipeline. how should we go about finding and fixing them systematically, and what policy should we set'),
  s('terraform-s3-module', 'sonnet', 'terraform module for an S3 bucket for invoice PDFs: private, versioned, SSE-KMS with our key, lifecycle to Glacier after 90 days and delete after 7 years, and a role our ingestion lambda can assume to write only'),
  s('jira-epic-breakdown', 'sonnet', 'break this epic into stories with acceptance criteria: "Customers can change their delivery address after dispatch, up to the point the parcel is out for delivery, for a GBP 2 fee"'),
  s('support-macro-set', 'sonnet', 'write 5 support macros for common delivery issues (late, missing item, wrong address, left in unsafe place, driver rude) in a warm tone with placeholders for order number and dates'),
  s('grant-summary-lay', 'sonnet', 'rewrite this research summary for a lay audience, 150 words: "We propose a randomised controlled trial of a digitally-delivered CBT-I intervention versus sleep hygiene education in 420 adults with comorbid insomnia and type 2 diabetes, with HbA1c at 6 months as the primary outcome and sleep efficiency by actigraphy as a secondary outcome."'),
  svc('planner-large-refund', 'sonnet', PLANNER, 'Goal: business customer Greenleaf Pharmacy (BA-22031) wants a refund for 9 chilled parcels spoiled in the Leeds hub incident.\nState:\n1. search_tickets("BA-22031 chilled") -> [{"id":"T-6020","text":"9 parcels of insulin pens, cold chain broken, stock destroyed, value GBP 3,960"}]\n2. get_order("BA-22031-1203") -> {"parcels":73,"chilled":9,"declared_value_cents":396000}'),
  svc('summary-paper-limitations', 'sonnet', 'You summarise research papers for the Halden Foods product team. Give: question, method, main result with numbers, limitations, and what it means for us, in under 250 words.', pad('Abstract. We studied the effect of shelf-edge calorie labels on purchases in 18 UK supermarkets over 20 weeks using a stepped-wedge design. Labels were introduced for ready meals and sandwiches. Calories purchased per transaction in labelled categories fell by 4.3% (95% CI 1.9 to 6.6), with no compensating increase in unlabelled categories. Effects were larger in stores in more affluent areas and faded partly after week 12. Sales of lower-calorie private-label lines rose 7%. Limitations: store-level allocation was not randomised within wedges, loyalty-card data covered 61% of transactions, and a national price promotion overlapped weeks 9-11.', 1600)),
];

const conflictingPassages = `[1] Internal study, Loyalty Analytics (March 2026): Members who received personalised coupons increased annual spend by 11.8% versus matched non-recipients (propensity-matched on prior spend and visit frequency, n = 48,000 pairs).
[2] Holdout test, CRM team (June-August 2026): A randomised 10% holdout of eligible members received no coupons for 12 weeks. Spend difference versus the treated group: +2.1% (95% CI -0.4% to +4.6%). Coupon cost was 1.9% of treated members' spend.
[3] Finance memo (September 2026): Coupon redemption rose from 14% to 22% after the app relaunch, mainly among members who already shop weekly. Gross margin on redeemed baskets was 3.1 points lower than on non-coupon baskets.
[4] Vendor case study (PersonaliseIQ, 2025): Retailers using our engine see 8-15% incremental revenue from personalised offers (average across 12 clients, methodology available on request).
[5] Store operations note (October 2026): Three stores with the highest coupon redemption also had a competitor close nearby in Q2.`;
const clinicalPassages = pad(
  `[1] Trial A (2019, n=1,204, double-blind RCT): Drug X reduced 12-month hospitalisation for heart failure by 21% (HR 0.79, 95% CI 0.66-0.95) in patients with ejection fraction below 40%. Patients with eGFR below 30 were excluded. [2] Trial B (2022, n=3,880, open-label pragmatic RCT): No significant difference in hospitalisation (HR 0.94, 0.83-1.07) in an all-comers population with EF below 50%; 28% of the treatment arm stopped the drug by month 6, mostly for hypotension. [3] Registry C (2024, n=41,000, observational): Drug X users had 30% fewer hospitalisations; users were younger and more often seen by cardiologists. [4] Meta-analysis D (2025): pooled HR 0.85 (0.76-0.95) across 7 trials, high heterogeneity (I2 = 64%), driven by EF subgroup; funnel plot asymmetric. [5] Safety notice E (2025): Reports of acute kidney injury in patients over 75 with eGFR 30-45 starting Drug X alongside diuretics.`,
  6500,
);
const goroutineDiff = `PR #4471 "ledger: parallel settlement batches"

func (s *Settler) SettleBatch(ctx context.Context, ids []string) error {
\tvar wg sync.WaitGroup
\terrs := make(chan error)
\tsem := make(chan struct{}, 8)
\tfor _, id := range ids {
\t\twg.Add(1)
\t\tgo func() {
\t\t\tdefer wg.Done()
\t\t\tsem <- struct{}{}
\t\t\tdefer func() { <-sem }()
\t\t\tbal, err := s.repo.Balance(ctx, id)
\t\t\tif err != nil { errs <- err; return }
\t\t\tif bal.AvailableCents >= bal.PendingPayoutCents {
\t\t\t\tif err := s.repo.MarkSettled(ctx, id, bal.PendingPayoutCents); err != nil { errs <- err; return }
\t\t\t\ts.totals[id] += bal.PendingPayoutCents
\t\t\t}
\t\t}()
\t}
\twg.Wait()
\tclose(errs)
\tfor err := range errs { return err }
\treturn nil
}
// repo.Balance: SELECT available_cents, pending_payout_cents FROM balances WHERE merchant_id = $1
// repo.MarkSettled: UPDATE balances SET available_cents = available_cents - $2, pending_payout_cents = 0 WHERE merchant_id = $1
// Another worker (the refunds consumer) updates available_cents concurrently. Go 1.21.`;
const idempotencyDiff = `PR #4480 "payments: idempotency keys for POST /charges"

async function createCharge(req, res) {
  const key = req.header('Idempotency-Key');
  const cached = await redis.get(\`idem:\${key}\`);
  if (cached) return res.status(200).json(JSON.parse(cached));
  const charge = await processor.charge(req.body.amount_cents, req.body.card_token);
  await db.charges.insert({ ...charge, merchant_id: req.merchant.id });
  await redis.set(\`idem:\${key}\`, JSON.stringify(charge), 'EX', 86400);
  return res.status(201).json(charge);
}
// Runs on 12 pods behind a load balancer; clients retry on timeout after 5 s; processor.charge p99 is 4.2 s.`;
const cohortTable = `segment,period,customers,converted,avg_order_gbp
new_app,before,12000,1080,41.2
new_app,after,30000,2250,38.9
returning_app,before,48000,9600,52.7
returning_app,after,20000,4200,53.1
web,before,40000,2800,47.5
web,after,41000,2952,47.9
# "before" = Jul-Aug, "after" = Sep-Oct (app relaunch on 1 Sep; app install campaign ran Sep-Oct)`;

const opus: TrafficExample[] = [
  svc('rag-coupons-conflict', 'opus', RAG, `Question: Do personalised coupons actually make money for us? The CFO wants a yes or no with the reasoning, and what we should do next.\n\nPassages:\n${conflictingPassages}`),
  svc('rag-drug-x-conflict', 'opus', 'You support the formulary committee of Norvale Health Systems. Answer from the retrieved evidence only, weigh study quality explicitly, and say where the evidence is insufficient.', `Question: Should Drug X be added to the formulary for all heart failure patients, for a subgroup, or not at all? Our population skews older (median age 78) and 35% have eGFR 30-45.\n\nPassages:\n${clinicalPassages}`),
  svc('rag-incident-cause-disagree', 'opus', RAG, `Question: Two teams disagree on why checkout failed on 27 Oct: web says it was only Safari 16 and the bundle, payments says their 502s that afternoon were related. Using the passages and this timeline, work out what most likely happened and what evidence would settle it.\nTimeline: 13:50 checkout-web deploy; 14:05 payments-api v3.18 deploy; 14:10 Safari error reports start; 14:12 502 alerts; 14:39 payments rollback; 16:55 web fix.\n\nPassages:\n${incidentPassages}\n[5] Support log 27 Oct: 40% of blank-checkout complaints between 14:10 and 14:40 came from Chrome users; after 14:40 almost all were Safari.`),
  svc('rag-policy-contradiction', 'opus', 'Answer compliance questions using only the retrieved policy extracts. Where extracts conflict, explain which prevails and why, citing the precedence rules if given.', pad('Question: A pharmacist in our Leeds store wants to work from Spain for 5 weeks in February while caring for a parent, doing remote prescription checks. Is that allowed, and what needs to happen?\n\n[1] Group Remote Work Policy (2025): Work from abroad is permitted for up to 20 working days per year with line manager approval. [2] Pharmacy Operations Standard PO-4 (2024): Remote clinical checks must be performed by a pharmacist registered with the GPhC and physically located in Great Britain. [3] Carers Policy (2026): Employees with caring responsibilities may request flexible arrangements; requests are considered under the Employment Rights Act. [4] Information Security Standard IS-2: Patient data may only be accessed from approved countries; the EEA is approved. [5] Policy precedence note: Where policies conflict, professional regulatory standards prevail over HR policies, and the more specific policy prevails over the general one.', 2200)),
  svc('contract-phi-vendor-full', 'opus', CONTRACTS, pad(`DATA PROCESSING AND SERVICES AGREEMENT between Scribo AI Inc. ("Vendor") and Norvale Health Systems ("Customer"). 2. Services. Vendor provides ambient clinical documentation: audio of patient encounters is captured by Vendor's app, transcribed and summarised into draft notes. 3. Data use. Vendor may use de-identified Customer Data, including derived model weights, to improve its services and for any other lawful purpose; de-identification is performed by Vendor under its own methodology. 4. Subprocessors. Vendor uses cloud providers in the US and a transcription quality-assurance team in the Philippines who may listen to audio samples. 5. Security incidents. Vendor will notify Customer within 15 days of confirming a Security Incident. 6. Liability. Each party's total liability is capped at USD 250,000; Vendor excludes liability for regulatory fines and for errors in generated notes, which Customer's clinicians must review. 7. Indemnity. Customer indemnifies Vendor against claims arising from clinicians' use of draft notes. 8. Term. 5 years; either party may terminate only for material breach. 9. Exit. On termination Vendor will delete Customer Data within 180 days, except de-identified data and derived models. 10. Law. Delaware; disputes by arbitration in Delaware.`, 4000) + '\n\nWe want to sign by Friday for a pilot in 3 clinics. Full review please, and tell us whether a pilot-only amendment could make this acceptable.'),
  svc('contract-acquisition-change-control', 'opus', 'You are a senior commercial counsel assistant. Analyse interacting clauses, not just single ones; quantify exposure where possible.', pad('SUPPLY AGREEMENT (Halden Foods as Buyer, Orchard Valley Juices as Supplier). 3. Volume commitment: Buyer commits to 2.4M litres per year; shortfall payable at GBP 0.18 per litre. 5. Price: indexed quarterly to the apple concentrate index; Buyer may terminate if price rises more than 15% in 12 months. 8. Exclusivity: Buyer will not stock another private-label chilled apple juice. 11. Change of control: if either party undergoes a change of control, the other may terminate on 90 days\' notice; Supplier may instead require Buyer to honour volume commitments for the remaining term. 14. Force majeure: excludes crop failure. 16. Term: 5 years from 1 April 2025.', 2400) + '\n\nContext: we are being acquired by a competitor that has its own juice supplier, concentrate prices are up 22% in 9 months after a bad harvest, and our volumes are running at 1.7M litres. What is our exposure under each scenario, what are our options, and what should we do in what order?'),
  svc('ci-review-goroutines', 'opus', CI_REVIEW, goroutineDiff),
  svc('ci-review-idempotency', 'opus', CI_REVIEW, idempotencyDiff),
  svc('ci-review-ledger-rounding', 'opus', CI_REVIEW, 'PR #4490 "split marketplace payouts across sellers"\n\nexport function splitPayout(totalCents: number, shares: { sellerId: string; weight: number }[]) {\n  const sum = shares.reduce((a, s) => a + s.weight, 0);\n  return shares.map((s) => ({ sellerId: s.sellerId, cents: Math.round((totalCents * s.weight) / sum) }));\n}\n\n// Called for every order; fees are then deducted per seller with cardFee(); refunds call splitPayout(-refundCents, sameShares).\n// Finance reports the platform ledger drifts by a few thousand cents a month against the bank. Find every way this can lose or create money and fix it.'),
  svc('ci-review-auth-cache', 'opus', CI_REVIEW, 'PR #4502 "cache merchant permissions for 60s to cut DB load"\n\nconst permCache = new Map<string, { perms: Set<string>; at: number }>();\nexport async function can(userId: string, merchantId: string, perm: string) {\n  const k = userId;\n  const hit = permCache.get(k);\n  if (hit && Date.now() - hit.at < 60_000) return hit.perms.has(perm);\n  const perms = await db.permissions.forUser(userId, merchantId);\n  permCache.set(k, { perms: new Set(perms), at: Date.now() });\n  return perms.includes(perm);\n}\n// Users can belong to several merchants (agencies manage many). Admins revoke access when staff leave. Deployed on 12 pods.'),
  svc('analyst-simpson-relaunch', 'opus', ANALYST, `${cohortTable}\n\nThe product VP says the app relaunch hurt conversion because overall conversion fell from 13.5% to 9.8%. Is that right? What does the data actually show, what can't it show, and how would you estimate the relaunch's real effect?`),
  svc('analyst-churn-causal', 'opus', ANALYST, `${churnTable}\n\nLeadership wants to push Starter customers to Team because Team churns less, and to cut support for Starter since it "doesn't move churn". Before they do: what can and can't these numbers support, what are the confounders, and design the analysis or experiment that would answer the question properly, including how to price the risk of being wrong.`),
  svc('analyst-forecast-promo-cannibal', 'opus', ANALYST, 'We ran a 3-for-2 on private-label yoghurt in 46 stores for 4 weeks. Units of the promoted SKUs rose 62%. Branded yoghurt units fell 18%, total yoghurt category revenue rose 3%, and basket counts with yoghurt rose 5%. Some stores were also in a competitor\'s price-match campaign. Work out whether the promo made money once cannibalisation, pantry loading in the following weeks, margin differences (private label 38%, branded 24%) and halo on other categories are accounted for, what data we\'d need, and how you\'d design the next promo test so it gives a clean answer.'),
  svc('planner-incident-multi', 'opus', PLANNER, 'Goal: SEV1 declared 11 minutes ago: card payments failing for ~30% of merchants in EU only.\nState:\n1. query_metrics("sum by (region, processor) (rate(charges_failed_total[5m]))", "1h") -> EU: processor=adyen 0 errors, processor=stripe 41/s; US: all normal\n2. query_metrics("sum by (pod) (rate(charges_failed_total{region=\\"eu\\"}[5m]))", "1h") -> failures on 5 of 12 EU pods, the 5 scheduled on node pool eu-b\n3. run_runbook("stripe-connectivity-check", {"region":"eu"}) -> TLS handshake OK from bastion; DNS for api.stripe.com resolves to 3 IPs from bastion\n4. search_tickets("stripe eu") -> 212 merchant tickets in 11 minutes\n5. query_metrics("node_network_transmit_errs_total{pool=\\"eu-b\\"}", "1h") -> flat\nNo deploys in 24h. A cloud provider maintenance window for eu-b NAT gateways started 50 minutes ago.'),
  svc('planner-long-migration', 'opus', 'You are the planning module of an infrastructure agent. Produce a complete ordered plan (steps, preconditions, verification, rollback points) before any action is taken. Be explicit about what can run in parallel.', 'Goal: move the ledger Postgres (4 TB, 6,000 writes/s peak, logical replicas feeding the data warehouse and the fraud service) from self-managed on EC2 (PG 12) to Aurora PostgreSQL 16 with no more than 2 minutes of write downtime, during December when payment volume is 3x normal and a change freeze starts on the 15th. Extensions in use: pg_partman, pgcrypto, a custom C extension for IBAN checks. The fraud service reads from a replica and tolerates 5 s of lag at most.'),
  svc('planner-agent-stuck-loop', 'opus', PLANNER, 'Goal: refund customer for duplicate charge on order 77311.\nState:\n1. get_order(77311) -> {"charges":[{"id":"ch_1","amount_cents":64000,"status":"captured"},{"id":"ch_2","amount_cents":64000,"status":"captured"}],"refunds":[]}\n2. escalate("payments", "duplicate capture 77311, 640.00 each, need approval for refund > 50000") -> {"ticket":"ESC-991","status":"open"}\n3. refund(77311, 64000, "duplicate") -> error: "approval required"\n4. escalate("payments", "still need approval for 77311") -> {"ticket":"ESC-992","status":"open"}\n5. refund(77311, 64000, "duplicate") -> error: "approval required"\n6. get_order(77311) -> {"charges":[...same...],"refunds":[{"id":"re_1","amount_cents":64000,"status":"pending","created_by":"finance-ops"}]}\nCustomer has emailed twice more asking for an update and threatens a chargeback.'),
  svc('triage-policy-design', 'opus', 'You advise the Parcelwise support leadership team. Be rigorous about trade-offs and second-order effects.', 'Our triage model labels P1 for safety issues or business customers with more than 50 parcels affected. Last month it produced 1,900 P1s, the P1 team can handle 400, and two real safety issues (a leaking lithium battery, a driver assault report) waited 9 hours in the P1 backlog behind business volume tickets. Redesign the prioritisation: the categories, how the model and humans share the work, what to measure, how to avoid gaming by business customers, and how to roll it out without making the backlog worse during peak.'),
  svc('moderation-policy-edge', 'opus', 'You help the Loomly trust and safety team write moderation policy. Consider legal exposure (UK Online Safety Act, EU DSA), user harm, over-removal, and enforceability by a small team plus an automated classifier.', 'We keep getting posts in the DIY electrics subforum that describe bypassing RCDs or wiring sockets in bathrooms. Some are people asking for help with dangerous setups, some are experienced electricians giving advice, and a few are deliberately dangerous. Draft the policy and enforcement approach, including how the automated classifier should treat these and what the appeal path looks like.'),
  svc('translate-legal-risk', 'opus', 'You advise on multilingual legal documents for a UK retailer expanding into the EU.', 'Our German, French and Polish translations of the consumer terms were done separately by three agencies. We found the German version says returns within "60 Tagen" from order, French says 60 days from delivery, Polish says 30 days, and the English master says 60 days from delivery except for perishables. Thousands of customers ordered under these terms over 8 months. Work out which version binds for which customers, our exposure under the Consumer Rights Directive and local law, what to do about past orders, and how to run translations so this cannot recur.'),
  svc('summary-conflicting-reports', 'opus', 'Summarise for the board risk committee. Where sources disagree, say so, assess which is more credible and why, and state what decision the committee needs to take.', pad('Report A (Internal Audit, Nov 2026): Shrink in the East region rose from 1.4% to 2.1% of sales. 60% of the increase is in self-checkout stores; camera reviews in 4 stores suggest deliberate non-scanning. Recommends converting 30% of self-checkout lanes back to staffed tills. Report B (Loss Prevention, Nov 2026): Shrink increase is mostly administrative: a stock-counting system change in August double-counted write-offs in 9 stores; after correction the rise is 1.4% to 1.6%. Report C (Store Operations, Oct 2026): Staffed-till conversion would cost GBP 1.1M a year in wages for the region and lengthen queues; customer surveys show 58% prefer self-checkout. Report D (External consultant, Sept 2026): Industry benchmark shrink for grocery self-checkout is 1.8-2.4%; best practice is targeted interventions (weighing scales, random audits) rather than lane removal.', 3200)),
  svc('sql-attribution-hard', 'opus', SQLGEN, 'We want to know, for each promo in 2026, the incremental revenue it caused, net of (a) cannibalisation of the same category\'s non-promoted products in the same store, (b) the dip in the 2 weeks after the promo, and (c) the baseline from comparable stores that did not run it (promos do not run in all stores; match on region and sqm band). Write the SQL and explain every assumption that could make the number wrong.'),
  svc('sql-inventory-reconcile', 'opus', SQLGEN, 'inventory_snapshots is taken nightly at store close, but sales timestamps are in UTC and stores close at 22:00 local (UK, so BST/GMT switch matters), and some stores trade past midnight on Fridays. Deliveries are not in the schema. Write a query that estimates unexplained inventory loss per store per week (snapshot change vs units sold) and explain which weeks and stores the estimate will be biased for, and why.'),
  s('plain-words-double-charge', 'opus', 'customers sometimes get charged twice when the app times out and they tap pay again, we already have idempotency keys. how is this still happening and how do we make it impossible'),
  s('plain-words-ledger-drift', 'opus', 'our ledger and the bank disagree by a few hundred quid every month and nobody can find why. we use floats in one old service, batch payouts run across midnight, and refunds can happen before settlement. where do we even start and how do we make sure it never happens again'),
  s('plain-words-rag-wrong', 'opus', 'our internal HR chatbot confidently told someone they get 26 weeks full pay parental leave when they only get 6 (they are the partner). the passage it used was right there. how do we stop this happening, and how do we prove to legal that it is fixed'),
  s('plain-words-two-offices-lock', 'opus', 'we have the same job scheduler running in two data centres for resilience and sometimes the monthly invoice run happens twice. we use a redis lock. why does that not work and what should we use'),
  s('plain-words-stock-oversell', 'opus', 'we sell the last item online and in store at the same time all the time, and click-and-collect orders fail at the shelf. our inventory updates every 15 minutes from the tills. how should this actually work'),
  s('one-liner-exactly-once', 'opus', 'is exactly-once delivery possible between our payment service and a merchant webhook endpoint, and if not what is the strongest guarantee we can give'),
  s('one-liner-clock-ordering', 'opus', 'can we order ledger events across 3 regions by wall-clock timestamp if NTP keeps drift under 5ms'),
  s('one-liner-secret-sharing', 'opus', 'how do we split our root signing key so any 3 of 5 officers can use it but no 2 can, without ever reconstructing it on one machine'),
  s('eli5-wrapper-byzantine', 'opus', 'Explain like I\'m five, and then for our architects: our settlement network has 7 banks, up to 2 may send conflicting messages on purpose. What agreement protocol lets the honest ones agree on the day\'s netting, prove why it needs at least that many banks, and what breaks if messages can be delayed forever?'),
  s('proof-netting-conservation', 'opus', 'Prove that our multilateral netting algorithm conserves money: given n parties and a list of payments, the net positions sum to zero, and show that if we round each net position to whole pennies independently the sum can be off by up to n/2 pennies. Then give a rounding scheme that keeps the sum exactly zero and minimises the maximum per-party error, with proof.'),
  s('proof-scheduling-greedy', 'opus', 'Our courier dispatch assigns each parcel to the van with the earliest free time (list scheduling). Prove the makespan is at most 2 - 1/m times optimal for m vans, show the bound is tight, and tell me whether sorting parcels longest-first improves the guarantee and to what.'),
  s('algo-route-windows', 'opus', 'Design an algorithm for our van routing: 40 vans, 3,000 drops a day, each with a 1-hour customer time window, van capacity in volume and weight, driver breaks by law every 4.5 hours, and re-optimisation when drops are added during the day. Exact is impossible; what approach, what guarantees, how to evaluate against what we do now?'),
  s('stats-ab-sequential', 'opus', 'Our experimentation platform lets PMs check results daily and stop when significant. We also run 30 metrics per test and pick winners by segment. Quantify how bad our false positive rate really is, and design a replacement: sequential testing method, metric hierarchy, segment analysis rules, and how to explain it to PMs who will hate waiting.'),
  s('stats-survey-weighting', 'opus', 'Our customer satisfaction survey gets 6% response, skewed to older customers and loyalty members, and the CEO\'s bonus is tied to it. Design a weighting and non-response adjustment, say what it can and can\'t fix, how to estimate the remaining bias, and whether the bonus metric should change.'),
  s('security-webhook-signing', 'opus', 'Design the signing and verification scheme for our outgoing merchant webhooks: key rotation without downtime, replay protection, clock skew, merchants on old libraries, and what happens if a merchant\'s secret leaks. Compare HMAC with asymmetric signatures for this, and write the verification pseudo-code merchants should use.'),
  s('security-multi-tenant-export', 'opus', 'Merchants can export their transactions as CSV via a signed S3 URL generated by an async job. A pen tester found they could sometimes download another merchant\'s export. We checked the URL signing. Think through every place the tenant boundary could break in this flow (job queue, retries, file naming, caching, CDN, the signing service) and how to prove the fix.'),
  s('security-insider-refunds', 'opus', 'A support agent issued 140 small refunds (GBP 5-30) to 60 accounts over 4 months; some accounts look linked. We only found it by accident. Design the controls: detection that would have caught this, what limits and approvals to add without slowing legitimate refunds, and how to handle the investigation fairly and legally (UK employment law).'),
  s('dist-outbox-ordering', 'opus', 'We use the transactional outbox pattern to publish ledger events to Kafka, with 6 relay instances polling the outbox table. Consumers need per-merchant ordering and we see occasional out-of-order events after relay restarts. Explain exactly how this happens and design a relay that guarantees per-merchant order without a single point of failure.'),
  s('dist-cache-stampede-prices', 'opus', 'Prices for 200k SKUs are cached in Redis with a 10-minute TTL, the price service recomputes from promos and costs. At 9am when promos switch, latency spikes and some customers see old prices in the basket but new prices at checkout. Design the caching and invalidation so price changes are atomic from a customer\'s point of view and the service survives the 9am switch.'),
  s('dist-saga-compensation', 'opus', 'Order placement spans inventory reservation, payment authorisation, loyalty points and a courier booking, each a separate service; we use a saga with compensations. Failures mid-saga leave orphaned courier bookings and negative loyalty balances. Analyse the failure modes, including compensation failing and messages being redelivered, and redesign it.'),
  s('concurrency-ring-buffer', 'opus', 'Review this single-producer single-consumer ring buffer in C11 for the till software; it passes tests on x86 but we\'re moving to ARM:\n\ntypedef struct { uint8_t buf[4096]; size_t head; size_t tail; } ring;\nbool push(ring *r, uint8_t v) { size_t h = r->head; if (((h + 1) & 4095) == r->tail) return false; r->buf[h] = v; r->head = (h + 1) & 4095; return true; }\nbool pop(ring *r, uint8_t *v) { size_t t = r->tail; if (t == r->head) return false; *v = r->buf[t]; r->tail = (t + 1) & 4095; return true; }\n\nExplain what can go wrong on ARM and fix it with the minimal correct memory orderings, justifying each.'),
  s('concurrency-python-asyncio', 'opus', 'Our asyncio payment worker sometimes processes the same message twice and sometimes hangs forever after a Redis failover. It uses aioredis with a BRPOPLPUSH reliable queue, a per-message lock with SET NX PX 30000, and processing can take up to 45 s for large merchants. Walk through the interleavings that cause each symptom and redesign the worker.'),
  s('perf-p99-gc', 'opus', 'Our JVM checkout service has p50 40ms but p99 1.8s, only between 12:00 and 14:00, on 3 of 20 pods. Heap 8 GB G1, pods on mixed instance types, traffic evenly balanced by request count. GC logs show 300ms pauses occasionally but not enough to explain it. Give me a structured investigation plan with hypotheses ranked and the specific evidence that would confirm or kill each.'),
  s('ml-fraud-feedback-loop', 'opus', 'Our fraud model blocks transactions above score 0.8; we retrain monthly on labelled outcomes, but we only learn the true label for transactions we let through. Precision looks great and is rising while chargebacks are flat. Explain the selection bias, how it distorts training and evaluation, and design a labelling and exploration strategy that fixes it at an acceptable cost.'),
  s('ml-llm-eval-support', 'opus', 'We want to replace half our support reply drafting with an LLM. Design the evaluation: offline sets, what to measure beyond CSAT, how to catch confident wrong policy statements, sample sizes for the pilot, guardrails, and a decision rule for rollout that the support director, legal and finance would all accept.'),
  s('strategy-pricing-loyalty', 'opus', 'We\'re a UK grocer with 46 stores. Competitors are moving to loyalty-only prices (members get the low price, everyone else pays more). We have 38% of transactions on loyalty today. Work through whether to follow: customer segments, the CMA\'s view on loyalty pricing, margin effects, data value, the risk to footfall from non-members, and a staged plan with decision points.'),
  s('strategy-make-buy-wms', 'opus', 'Our warehouse management system is a 12-year-old in-house app with 2 developers who know it, and we are opening a second DC in 18 months with automation (AutoStore). Options: extend in-house, buy Manhattan or Blue Yonder, or a mid-market WMS. Lay out the decision with costs, risks, integration with the AutoStore controller, peak-season constraints, and how to de-risk whichever we pick.'),
  s('ops-peak-capacity-plan', 'opus', 'Plan Christmas peak for our parcel network: volume forecast 2.6x normal for 3 weeks, 2 hubs (Leeds 70%, Bristol 30%), Leeds at 85% capacity already, 900 temporary drivers to hire with 40% expected no-show, vans on 10-week lead time, weather risk in the north, and a hard contractual SLA with 3 business customers. Give the plan, the constraints that bind, the contingencies and the triggers for each.'),
  s('legal-employment-restructure', 'opus', 'We need to close our York store (38 staff) and restructure the dispatch team at Leeds (120 staff, 25 roles going, new shift patterns). Some staff are on zero-hours contracts, 4 are on maternity leave, 2 have open grievances, and there is a recognised union at Leeds only. Plan the process under UK law: collective consultation thresholds and timing, selection, alternative roles, risks of unfair dismissal and discrimination claims, and the communication sequence.'),
  s('finance-fx-hedging', 'opus', 'We import 40% of our produce in EUR and USD, pay 60 days after delivery, set shelf prices monthly, and our bank offers forwards and options. Last year FX moves cost us 1.9M. Design a hedging policy: what exposure to hedge (committed vs forecast), ratios and tenors, forwards vs options given price-setting lag, accounting treatment, and how the board should judge whether it worked.'),
  s('finance-covenant-headroom', 'opus', 'Our RCF has a leverage covenant of net debt / EBITDA below 3.0x tested quarterly, currently 2.6x. We plan two store openings (capex 4.8M), a 5% price investment that cuts EBITDA by an estimated 3M before volume gains, and IFRS 16 changes to our lease accounting are being discussed with the bank. Model the scenarios that breach, the interaction between timing and seasonality, and what levers we have.'),
  s('health-triage-protocol', 'opus', 'Our pharmacy chain wants to let pharmacists treat urinary tract infections in women under the Pharmacy First scheme with an AI-assisted triage questionnaire. Design the questionnaire logic: red flags requiring referral, exclusion criteria, antibiotic stewardship, how to validate its safety before launch, and the governance if it misses a pyelonephritis case.'),
  s('research-synthesis-wfh', 'opus', 'Synthesise what the research actually says about productivity of remote and hybrid work: the Stanford Trip.com RCT, the call-centre studies, the survey-based self-reports, and the studies finding lower innovation or mentoring for juniors. Where do they conflict, why (measurement, selection, job type), and what should a 300-person retail head office conclude?'),
  s('research-synthesis-four-day', 'opus', 'Weigh the evidence on four-day weeks: the UK 2022 pilot, Iceland\'s trials, the Microsoft Japan claim, and the critiques about self-selection and measurement. We run warehouses, stores and a head office. Could it work for any of them, how would we test it credibly, and what would make us stop?'),
  s('typo-hard-deadlock', 'opus', 'postgres deadlocks evry night at 2am during the settlement batch, only since we added the refunds trigger. the trigger updates balances, the batch updates payouts then balances, and the api updates balances then payouts in some endpoint?? dont know which. how do i find the exact cycle and fix it for good'),
  s('caps-hard-data-loss', 'opus', 'WE LOST 3 HOURS OF ORDERS AFTER A FAILOVER. ASYNC REPLICATION, PATRONI, THE OLD PRIMARY CAME BACK AND REJOINED. WHERE DID THE WRITES GO, CAN WE RECOVER THEM FROM THE OLD PRIMARY, AND WHAT SETTINGS STOP THIS EVER HAPPENING AGAIN WITHOUT KILLING LATENCY'),
  s('bullets-hard-migration', 'opus', '- monolith: rails 5, 900k LOC\n- 14 teams, all deploy together weekly\n- checkout + payments must stay PCI scoped small\n- 3 failed microservice attempts since 2021\n- CTO wants "done in a year"\nhow do we break this up without a 4th failure. real plan, sequencing, what to measure, what to refuse'),
  s('short-hard-fairness', 'opus', 'our weighted fair queue for merchant API traffic starves small merchants when one big merchant bursts. why, if weights are right, and what algorithm fixes it with bounded delay'),
  s('short-hard-crypto-rotation', 'opus', 'we encrypt card tokens with one AES key since 2019. how do we rotate it across 2 billion rows with no downtime and prove nothing was left on the old key'),
  svc('wrapper-short-system-hard-ask', 'opus', 'Be concise.', 'Our loyalty points are a liability on the balance sheet. Points expire after 24 months of inactivity, breakage is estimated at 30%, and we are changing the earn rate and adding a partner scheme where partners buy points from us at 0.6p and we redeem at 1p. Under IFRS 15, how do we account for this, how should breakage be estimated and revised, and what are the traps in the partner arrangement?'),
  svc('notes-hard-decision', 'opus', 'You are the chief of staff\'s assistant. From the transcript, write the decision memo: the options discussed, the evidence for each, what was left unresolved, the real decision that must be taken and a recommendation with reasoning.', pad('[CFO] The Leeds hub is at 85% and peak will break it. Option one is a second shift at Leeds, 1.4M a year, available in 6 weeks. [COO] A second shift means night work, we lose 20% of current staff who won\'t do it, and the union will push back. [Head of Network] Option two: move 15% of Leeds volume to Bristol, adds 9 hours transit for the north, and we break the SLA for Greenleaf, which has a 2% penalty per late parcel. [CFO] Option three: lease the Wakefield cross-dock, 2.2M over 3 years, ready in 14 weeks, after peak. [COO] Or we turn away new business customers until March. [CEO] Sales will hate that, we are mid-negotiation with two big accounts. [Head of Network] Whatever we do, weather in January is the real risk, last year snow closed the M62 for 2 days.', 2400)),
  svc('reply-legal-threat', 'opus', 'You draft replies for the Parcelwise executive complaints team. Drafts are reviewed by legal before sending. Consider legal exposure, regulator expectations (Ofcom postal rules, consumer law), the customer\'s situation, precedent, and reputational risk, and explain your reasoning to the reviewer before the draft.', 'Complaint from a solicitor on behalf of Mr A. Okafor: his parcel containing the original documents for his visa application (passport, birth certificate) was marked delivered but never arrived; the driver\'s GPS shows the van 1.2 km away at the time of the delivery scan. He missed his visa appointment, his job start in Canada was postponed, and he claims GBP 18,000 in lost earnings plus costs. Our terms cap liability at GBP 25 without enhanced cover and exclude documents and consequential loss. The driver has two previous false delivery scans. Draft our response strategy and the reply.'),
  svc('planner-ambiguous-goal', 'opus', 'You are the planner of a finance operations agent. Before acting, produce a plan that names assumptions, the data you need, checks that would change the plan, and the irreversible steps that need human sign-off.', 'Goal from the CFO: "Stop paying suppliers twice. Go through the last 2 years of AP, find all duplicates, recover the money and make sure it can\'t happen again." Systems: SAP S/4 (AP ledger), Coupa (POs and invoices), bank statements in CSV, 14,000 suppliers, some suppliers bill through factoring companies, some invoices legitimately repeat (monthly rent, subscriptions) and credit notes are often keyed as negative invoices.'),
  svc('extract-hard-reconcile', 'opus', 'Extract the figures into JSON, then reconcile them and explain every discrepancy.', pad('Statement from Orchard Valley Juices, November 2026: opening balance GBP 412,880.00; invoices OVJ-1101 to OVJ-1130 totalling GBP 388,412.50; credit note CN-77 GBP 12,600.00 (short delivery, 4 Nov); payment received 18 Nov GBP 401,220.00 referencing "Oct invoices"; closing balance GBP 387,472.50. Our AP ledger: opening GBP 399,080.00 (we disputed OVJ-1088, GBP 13,800, quality rejection in October, not yet credited); invoices received OVJ-1101 to OVJ-1129 totalling GBP 374,612.50 (OVJ-1130 not received); credit CN-77 booked as GBP 12,060.00; payment 18 Nov GBP 401,220.00; also a payment of GBP 9,540.00 on 29 Nov to "Orchard Valley Ltd" with a different bank account, referencing OVJ-1115.', 1800)),
  svc('ci-review-migration-online', 'opus', CI_REVIEW, 'PR #4515 "split balances into balances_available and balances_pending"\n\nPlan in the PR description: 1) deploy code that writes both old and new tables; 2) backfill new tables from old in batches of 10k; 3) switch reads to new tables behind a flag; 4) drop old columns.\n\nThe dual write in balances.ts:\nawait db.tx(async (t) => { await t.balances.update(id, delta); });\nawait db.balancesAvailable.update(id, delta.available);\nawait db.balancesPending.update(id, delta.pending);\n\nBackfill script: INSERT INTO balances_available SELECT merchant_id, available_cents FROM balances WHERE merchant_id > $last ORDER BY merchant_id LIMIT 10000 ON CONFLICT (merchant_id) DO UPDATE SET available_cents = EXCLUDED.available_cents;'),
  s('math-badges-collector', 'opus', 'Our app gives one of 12 collectible badges per purchase. Two rare badges come up with probability 2% each and the other ten share the rest equally. Derive the expected number of purchases to collect all 12 and its variance, then find probabilities that make the expectation exactly 40 while the two rare badges stay equally likely and rarer than the rest.'),
  svc('rag-cve-advisories-conflict', 'opus', RAG, 'Question: Are we exposed to CVE-2026-31877 in the image library, and do we need to patch tonight?\n\nPassages:\n[1] Vendor advisory (v1, 2 Dec): Heap overflow when decoding crafted WebP images in libimgx 3.2.0-3.4.1. Fixed in 3.4.2. CVSS 9.8.\n[2] Vendor advisory (v2, 4 Dec): Correction: only builds with the optional animated-WebP decoder enabled are affected. Default builds are not affected. CVSS revised to 8.1.\n[3] Distro tracker (Debian, 5 Dec): libimgx 3.3.0-2 in bookworm is built with --enable-webp-anim; marked vulnerable; fixed package pending.\n[4] Internal SBOM (6 Dec): thumbnail-service uses the Debian bookworm base image and the Python binding pyimgx 1.8, which bundles its own libimgx 3.4.0 (default build). Merchant logo uploads accept PNG, JPEG and WebP.\n[5] Security channel message (6 Dec): "someone says the PoC also works on static WebP, unconfirmed."'),
  s('plain-words-pharmacist-rota', 'opus', 'need a rota for 60 pharmacists over 14 stores for january. every store needs a pharmacist whenever open (some open 7-22, two are 24h), nobody over 48h a week averaged, 11h rest between shifts, part-timers with fixed days, 6 people on leave on different dates, the 24h stores need someone with a specific accreditation at night, and it has to be fair on weekends. how do i actually solve this, and give me a first version of the method'),
];

export const fourteenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
