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

const sonnet: TrafficExample[] = [];
const opus: TrafficExample[] = [];

export const twentiethSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
