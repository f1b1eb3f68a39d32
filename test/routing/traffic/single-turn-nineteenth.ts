import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A nineteenth batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. Knowledge workers and everyday users
 * of one company's chat assistant (Fernbrook, a mid-sized logistics and services firm): writing, analysis, planning,
 * finance, legal, HR, science, and maths and statistics at every level, some through internal services with their
 * own system prompts. Mostly ordinary requests, about 1 in 5 traps, lengths from a line to a few KB pasted.
 * Names start with "b19-"; 50 per tier.
 */
const s = batch('b19-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b19-${name}`, tier, text, { system });

const ASSIST =
  'You are Fern, Fernbrook\'s internal assistant for all staff. Be concise and accurate. Use British English. If a question needs legal, medical or financial sign-off, say who at Fernbrook to ask.';
const HR_BOT =
  'You are PeopleDesk, Fernbrook\'s HR assistant. Answer from the handbook excerpt supplied. If it is not covered, say so and suggest emailing hr@fernbrook.co.uk.';
const CLASSIFY =
  'Classify the expense line into one of: TRAVEL, MEALS, SOFTWARE, EQUIPMENT, TRAINING, OTHER. Reply with the label only.';
const EXTRACT =
  'You extract structured data for Fernbrook\'s finance systems. Return only JSON with the requested keys; null where absent.';
const WRITER =
  'You are the writing assistant in Fernbrook\'s document editor. Apply the user\'s instruction to their text. Keep their meaning and voice; return the revised text only unless asked otherwise.';
const ANALYST =
  'You are Fernbrook\'s analytics assistant. Staff paste data or describe analyses; explain clearly, show working, state assumptions, and flag when the data cannot support a conclusion.';
const BOARD =
  'You advise Fernbrook\'s executive team. Reason carefully and quantitatively, state assumptions, consider second-order effects, legal and people implications, and end with a recommendation and its main risks.';

const handbook = pad(
  'Fernbrook Staff Handbook, section 7 (Working time and expenses). Core hours are 10:00-16:00; outside them you may flex with your manager\'s agreement. Overtime for hourly staff is paid at 1.5x after 40 hours in a week and must be pre-approved in Workday. Hotel limit is £120 a night outside London and £180 in London, including breakfast. Meals while travelling: up to £35 a day with receipts. Mileage in a personal car: 45p a mile for the first 10,000 business miles in a tax year, 25p after. Train travel is standard class unless the journey is over 3 hours. Expenses must be claimed within 60 days in Workday with itemised receipts. Eye tests for screen users are reimbursed up to £25 every two years.',
  5200,
);
const salesTable =
  'region,q1,q2,q3,q4\nNorth,412000,398500,445200,501300\nMidlands,288900,301200,296400,340100\nSouth East,655000,702300,689900,771400\nSouth West,198300,205700,231000,226800\nScotland,176200,181900,190300,214700\nWales,98100,102400,99800,118900\n';
const surveyText =
  'Q1 I would recommend Fernbrook as a place to work (1-5): mean 3.6 (n=412)\nQ2 My manager gives useful feedback: mean 3.9\nQ3 I have the tools I need: mean 3.1\nQ4 Workload is manageable: mean 2.8\nQ5 I see myself here in two years: mean 3.3\nResponse rate 68% (412/606). Last year: Q1 3.8, Q2 3.7, Q3 3.3, Q4 3.2, Q5 3.5, response rate 74%.\nFree-text themes (coded): workload/overtime 31%, pay 22%, tools/laptops 18%, management 12%, other 17%.\n';
const contractClause =
  'Clause 14.2 Limitation of liability. Save in respect of death or personal injury caused by negligence, fraud, or breach of clause 9 (Confidentiality), neither party\'s aggregate liability arising under or in connection with this Agreement shall exceed the greater of (a) £250,000 and (b) 125% of the Charges paid or payable in the twelve (12) months preceding the event giving rise to the claim. Neither party shall be liable for loss of profits, loss of business, or any indirect or consequential loss.';
const meetingNotes = pad(
  'Ops weekly 2 Dec. Attendees: Hannah (chair), Dev, Olu, Marta, Sean. Depot 4 van leases end in March; Dev to get three quotes by 16 Dec. Christmas peak staffing: Marta confirms 22 agency drivers booked, need 6 more for Bristol. Olu flagged the new routing software cut average drops per van from 118 to 112 last week, may be teething. Sean asks for a decision on Saturday deliveries in January: postponed to next week pending costings from finance. Hannah reminds everyone H&S audit is 9 Jan.',
  2600,
);

const haiku: TrafficExample[] = [
  // writing and everyday office work
  s('email-reschedule-short', 'haiku', 'write a two line email moving my 1:1 with Priya from Thursday to Friday same time'),
  s('email-ooo-message', 'haiku', 'Out of office message: away 23 Dec to 3 Jan, urgent ops issues to ops-duty@fernbrook.co.uk'),
  s('rewrite-softer-decline', 'haiku', 'make this less blunt: "No, we can\'t do the meeting on Monday, pick another day."'),
  s('spellcheck-paragraph', 'haiku', 'fix the spelling only: "The deliverys to the Midlands depot where delayed becuase of the wether, we expect to recieve them tommorow."'),
  s('synonym-improve', 'haiku', 'another word for "improve" for a CV bullet, give me 5'),
  s('title-case-headings', 'haiku', 'title case these: driver safety refresher / how to claim mileage / christmas peak rota faqs'),
  svc('writer-bullets-to-sentence', 'haiku', WRITER, 'Turn into one sentence: - depot 4 closing early Friday - 2pm - deep clean - back to normal Monday'),
  svc('writer-shorten-intro', 'haiku', WRITER, 'Shorten to under 30 words: "I am writing to you today in order to let you know that, following a review of our current arrangements, we will be moving the monthly team meeting from the first Tuesday of the month to the first Wednesday of the month, starting in January."'),
  s('alphabetise-names', 'haiku', 'put in alphabetical order by surname: Sean Doyle, Marta Kowalska, Olu Adeyemi, Hannah Price, Dev Shah, Ruth Abbott'),
  s('meeting-notes-actions', 'haiku', `${meetingNotes}\nJust list the action items with owners.`),
  s('meeting-notes-audit-date', 'haiku', `${meetingNotes}\nwhen's the H&S audit`),
  // HR and handbook lookups
  svc('hr-hotel-london-limit', 'haiku', HR_BOT, `${handbook}\nWhat's the hotel limit in London?`),
  svc('hr-mileage-rate', 'haiku', HR_BOT, `${handbook}\nmileage rate for my own car?`),
  svc('hr-claim-deadline', 'haiku', HR_BOT, `${handbook}\nhow long do i have to submit expenses`),
  svc('hr-eye-test', 'haiku', HR_BOT, `${handbook}\nDo we get eye tests paid for?`),
  s('hr-define-tupe', 'haiku', 'what does TUPE stand for'),
  s('hr-notice-weeks-statutory', 'haiku', 'UK statutory minimum notice an employer must give after 5 years service?'),
  // finance lookups and small calculations
  svc('expense-classify-train', 'haiku', CLASSIFY, 'LNER Leeds-London return 14/11 £142.30'),
  svc('expense-classify-adobe', 'haiku', CLASSIFY, 'Adobe Acrobat Pro annual licence renewal'),
  svc('expense-classify-course', 'haiku', CLASSIFY, 'IOSH Managing Safely course, 3 days, Birmingham'),
  svc('extract-po-email', 'haiku', EXTRACT, 'Keys: supplier, po_number, amount_gbp, delivery_date.\n\n"Hi, confirming PO 88121 with Harlow Pallets for 400 euro pallets, £3,920 ex VAT, delivering to Depot 2 on 12 January. Thanks, Gemma"'),
  svc('extract-receipt', 'haiku', EXTRACT, 'Keys: merchant, date, total, vat, payment_method.\n\nPRET A MANGER 114 KINGS CROSS\n05/12/2026 08:14\nFLAT WHITE 3.45\nHAM & CHEESE CROISSANT 3.95\nTOTAL 7.40\nVAT INCL 1.23\nCONTACTLESS VISA ****4471'),
  s('vat-add-20', 'haiku', '£2,350 plus VAT at 20%, what is the total'),
  s('salary-monthly-net-rough', 'haiku', 'what is £42,000 a year divided by 12'),
  s('sales-table-best-q4', 'haiku', `${salesTable}\nwhich region had the highest Q4?`),
  s('sales-table-total-q1', 'haiku', `${salesTable}\ntotal Q1 across all regions`),
  s('excel-round-two', 'haiku', 'excel: round A2 to 2 decimal places'),
  s('excel-vlookup-exact', 'haiku', 'why do people put FALSE at the end of a VLOOKUP'),
  s('sheets-remove-duplicates', 'haiku', 'google sheets how do i remove duplicate rows'),
  s('define-accrual', 'haiku', 'what is an accrual, one sentence for a non-finance person'),
  s('define-capex-opex', 'haiku', 'capex vs opex in one line each'),
  // legal lookups
  s('legal-clause-cap-amount', 'haiku', `${contractClause}\nWhat is the liability cap in plain numbers?`),
  s('legal-define-force-majeure', 'haiku', 'what does force majeure mean'),
  // science and maths, school level and quick facts
  s('maths-percent-of', 'haiku', 'what is 17.5% of 640'),
  s('maths-solve-linear', 'haiku', 'solve 3x + 7 = 25'),
  s('maths-area-circle', 'haiku', 'area of a circle with radius 4.5 cm'),
  s('maths-lcm', 'haiku', 'lowest common multiple of 12 and 18'),
  s('stats-mean-list', 'haiku', 'mean of 14, 18, 21, 9, 30, 12'),
  s('stats-define-standard-deviation', 'haiku', 'what does standard deviation measure? one sentence for my year 9 class'),
  s('science-boiling-point-altitude', 'haiku', 'why does water boil at a lower temperature up a mountain, short answer'),
  s('science-speed-of-light', 'haiku', 'speed of light in km/s'),
  s('science-element-symbol', 'haiku', 'chemical symbol for tungsten'),
  s('units-tonnes-to-kg', 'haiku', '3.4 tonnes in kg'),
  s('units-miles-km-route', 'haiku', 'our route is 212 miles, how many km'),
  // planning small bits
  s('date-working-days', 'haiku', 'how many working days between Mon 5 Jan 2027 and Fri 16 Jan 2027 inclusive'),
  s('timezone-call-sydney', 'haiku', 'If it\'s 9am in London on 10 December, what time is it in Sydney?'),
  // traps: hard-sounding words, easy ask
  s('trap-proof-word-proofread', 'haiku', 'Can you proofread this heading: "Proof of delivery: what drivers must capture"'),
  s('trap-regression-glossary', 'haiku', 'glossary entry for the analytics wiki, one sentence: "linear regression"'),
  s('trap-long-survey-response-rate', 'haiku', `${surveyText}\nWhat was the response rate this year?`),
  svc('trap-board-system-easy', 'haiku', BOARD, 'What does the acronym EBIT stand for?'),
];

const sonnet: TrafficExample[] = [
];

const opus: TrafficExample[] = [
];

export const nineteenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
