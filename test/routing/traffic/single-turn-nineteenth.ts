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
  // writing
  s('email-price-increase-customers', 'sonnet', 'Draft an email to our business customers announcing a 4.5% increase in delivery rates from 1 February. Reasons: fuel, driver wages, new EV vans. Keep it honest and not grovelling, mention they can lock current rates for 12 months if they renew before 31 Jan. About 200 words.'),
  s('email-chase-late-invoice', 'sonnet', 'customer (Kestrel Builders) is 45 days late on £18,400 across 3 invoices, they\'ve ignored two reminders. write a firm but polite third chaser that mentions late payment interest under the 1998 act and gives a 7 day deadline before we pause deliveries'),
  svc('writer-restructure-memo', 'sonnet', WRITER, `Restructure this into a proper memo with headings (Background, Decisions, Open questions, Actions) and tighten it:\n\n${meetingNotes}`),
  s('blog-post-ev-vans', 'sonnet', 'Write a 600-word post for our company blog on switching 40% of our van fleet to electric: what went well (running costs down 30%, drivers like them), what didn\'t (range in winter, depot charging upgrades took 5 months), and what\'s next. Tone: candid, practical, not PR speak.'),
  s('speech-long-service', 'sonnet', 'I need a 3 minute speech for Ruth\'s retirement, 31 years with us, started as a warehouse picker, ended running the Bristol depot, famous for her flapjacks and for never once missing a Christmas peak. warm and a bit funny, not cheesy'),
  s('proposal-exec-summary', 'sonnet', 'Write a one-page executive summary for a proposal to add a Saturday delivery service in the South East: pilot 12 weeks, 6 vans, forecast 1,100 extra parcels/week at £6.20 margin each, costs £9,800/week (drivers at weekend rate, van hire), customer survey says 38% of B2C customers want it. Include the ask and the decision needed.'),
  s('newsletter-edit-tone', 'sonnet', 'Edit this staff newsletter intro so it sounds human rather than corporate, keep it to about the same length:\n\n"As we approach the conclusion of another successful fiscal year, the leadership team wishes to extend its gratitude to all colleagues for their unwavering commitment. Going forward, we will continue to leverage our synergies to deliver best-in-class outcomes for our valued stakeholders, whilst embracing the opportunities and challenges that lie ahead in the forthcoming period."'),
  s('cv-bullets-ops-manager', 'sonnet', 'rewrite my CV bullets to be results-focused:\n- responsible for depot operations\n- managed team of drivers\n- worked on new routing system rollout\n- did the christmas peak planning\n- helped reduce accidents\nnumbers I have: 34 drivers, 14% fewer missed deliveries after routing rollout, peak volume 2.3x normal, RIDDOR incidents down from 5 to 1'),
  // HR
  svc('hr-overtime-scenario', 'sonnet', HR_BOT, `${handbook}\nI\'m hourly, worked 46 hours last week but only 4 of the extra hours were approved in Workday. My manager says I only get overtime on those 4. Is that right and what should I do?`),
  s('hr-job-ad-transport-planner', 'sonnet', 'write a job ad for a Transport Planner, Leeds depot, £34-38k, hybrid 2 days home, must know routing software (we use Descartes), shift pattern 6am-2pm or 12pm-8pm rotating. Inclusive language, not a wall of requirements.'),
  s('hr-difficult-conversation-prep', 'sonnet', 'I have to tell a good team member that her flexible working request (4 day week) is declined for now because two others are on parental leave. Help me plan the conversation: what to say, how to handle her being upset, what I can offer instead, and what the law says about how I handle the request.'),
  s('hr-survey-readout', 'sonnet', `${surveyText}\nWrite a short readout for the leadership team: what changed, what matters, caveats (the response rate drop), and 3 suggested actions.`),
  s('hr-probation-review-template', 'sonnet', 'make me a probation review template for warehouse supervisors: sections, rating scale, example wording for "meets", "needs support" and "not meeting", and a bit on what to do if extending probation'),
  s('hr-policy-draft-hybrid', 'sonnet', 'Draft a 1-page hybrid working policy for office staff: 2 anchor days a week set by team, core hours 10-4, equipment allowance £250, health and safety self-assessment for home setups, how requests for more remote time are handled. Plain English.'),
  // finance and analysis
  s('sales-table-commentary', 'sonnet', `${salesTable}\nWrite the quarterly commentary for the board pack: year total by region, growth Q1->Q4, which regions are driving it, and anything odd worth a question.`),
  s('excel-model-van-lease-vs-buy', 'sonnet', 'Help me set up a spreadsheet comparing leasing vs buying 10 electric vans over 5 years: lease £620/month each incl maintenance; buy £48k each, residual 35% after 5 years, maintenance £900/yr, 6% cost of capital. Which columns, formulas (NPV), and which way it comes out.'),
  svc('analyst-variance-explain', 'sonnet', ANALYST, 'Budget for fuel in November was £212k, actual £238k. Miles driven were 3% above budget, diesel price averaged 152p/l vs 141p budgeted, and we had 15 more vans on the road for peak. Break down the variance into price, volume and mix effects and write two sentences of commentary.'),
  s('cash-flow-forecast-explain', 'sonnet', 'Explain to a new depot manager why we can be profitable and still short of cash in December, using our business as the example (customers pay 60 days, agency drivers paid weekly, fuel paid on card monthly). Keep it practical.'),
  s('pricing-quote-calc', 'sonnet', 'A customer wants a quote for 3 drops a week Leeds to Hull (60 miles each way), 26 weeks. Our cost is £1.45/mile for a 7.5t truck, driver £18/hr, each trip ~4.5 hrs incl loading. We target 22% margin. Work out the quote per trip and the total, and show the working so I can tweak it.'),
  svc('analyst-python-pandas-churn', 'sonnet', ANALYST, 'I have a CSV of customer orders (customer_id, order_date, value). Write pandas code to flag customers who ordered every month in H1 but nothing in the last 3 months, and produce a table with their H1 total value, sorted descending.'),
  s('sql-monthly-on-time', 'sonnet', 'postgres: table deliveries(id, depot, promised_at, delivered_at, status). need monthly on-time % per depot for 2026 where on-time means delivered_at <= promised_at and status = \'delivered\'. also show the count of late ones. query pls'),
  // legal
  s('legal-clause-plain-english', 'sonnet', `${contractClause}\nExplain what this means for us as the supplier in plain English, including what isn\'t capped, and whether anything here is unusual for a logistics contract.`),
  s('legal-nda-mutual-draft', 'sonnet', 'Draft a short mutual NDA for exploratory talks with a potential warehouse partner: 2 year term, standard exclusions, return/destroy on request, English law. Mark anything legal should check.'),
  s('legal-gdpr-dashcam', 'sonnet', 'We want to put forward-and-cab-facing dashcams in all vans. What do we need to do under UK GDPR: DPIA, lawful basis, telling drivers, retention, who can view footage? Checklist form.'),
  // planning
  s('plan-offsite-two-day', 'sonnet', 'Plan a 2 day leadership offsite for 14 people in March near York: goals are 2027 strategy and team building, budget £9k. Agenda by session, venue criteria, pre-reads, and who should facilitate which bits.'),
  s('plan-project-timeline-depot-move', 'sonnet', 'We\'re moving Depot 2 to a new unit 4 miles away in May. Make a project plan: workstreams (lease, fit-out, IT, racking, staff comms, customer comms, H&S), rough timeline working back from 18 May, and the key dependencies.'),
  s('plan-training-programme', 'sonnet', 'design a 6-week onboarding programme for new transport planners: what they learn each week, shadowing, systems access, a small assessment at the end'),
  // science and maths explanations
  s('maths-explain-compound-interest', 'sonnet', 'My teenage son doesn\'t get why his savings grow faster over time. Explain compound interest with a worked example of £500 at 4% for 10 years, and the rule of 72.'),
  s('maths-quadratic-worked', 'sonnet', 'GCSE revision: solve 2x² - 7x + 3 = 0 by factorising and by the formula, show each step and explain how to check the answer'),
  s('maths-differentiate-product', 'sonnet', 'A-level: differentiate y = x³ e^(2x) and find the stationary points, with steps'),
  s('stats-confidence-interval-explain', 'sonnet', 'Our customer survey says 72% satisfied, n=380. Work out the 95% confidence interval and explain to my manager what it does and doesn\'t mean.'),
  s('stats-t-test-two-depots', 'sonnet', 'Average loading time Depot 1: 23.4 min (sd 6.1, n=48), Depot 3: 26.9 min (sd 7.8, n=52). Is the difference significant? Which test, show the working and the conclusion in plain words.'),
  s('stats-correlation-vs-causation-example', 'sonnet', 'Write a short explainer for our managers on correlation vs causation using a logistics example (e.g. depots with more training have fewer accidents), and what they\'d need to check before claiming the training caused it.'),
  svc('analyst-regression-output', 'sonnet', ANALYST, 'Interpret this for me:\n\nOLS: late_deliveries ~ drops_per_route + rain_mm + new_driver\n                 coef    se      t     p\nIntercept        0.82   0.41   2.00  0.046\ndrops_per_route  0.061  0.012  5.08  <0.001\nrain_mm          0.140  0.055  2.55  0.011\nnew_driver       1.27   0.33   3.85  <0.001\nR² = 0.31, n = 640 routes\n\nWhat does each coefficient mean, is the model any good, and what would you check next?'),
  s('science-explain-battery-cold', 'sonnet', 'Why do our electric vans lose 25-30% range in winter? Explain the chemistry and physics at a level a fleet manager would follow, and what practically helps (preconditioning etc.).'),
  s('science-explain-crispr-lay', 'sonnet', 'explain how CRISPR gene editing works to a book club, about 300 words, with one good analogy and what the main ethical debates are'),
  s('science-lab-report-feedback', 'sonnet', 'Give feedback on my daughter\'s Year 10 chemistry write-up conclusion: "The rate of reaction went up when the temperature went up because the particles have more energy so they collide more. This proves my hypothesis was right." What\'s missing for a higher mark?'),
  // everyday
  s('personal-budget-template', 'sonnet', 'take-home is £2,450/month, rent £950, want to save for a house deposit of £20k in 3 years. help me build a simple monthly budget and tell me if it\'s realistic'),
  s('presentation-outline-safety', 'sonnet', 'Outline a 15 minute toolbox talk for drivers on winter driving: slides, key messages, one real-feeling scenario, 3 quiz questions at the end'),
  s('customer-complaint-reply', 'sonnet', 'Reply to this complaint, apologise properly, explain what happened (driver left parcel with neighbour against instructions), offer redelivery-free credit of £15, and say what we\'re doing to stop it. Complaint: "Third time this month your driver has ignored my safe place instructions and left my medication with a neighbour I don\'t know. This is not acceptable."'),
  s('process-doc-returns-warehouse', 'sonnet', 'turn these notes into a proper SOP for handling damaged returns at the warehouse: goods in -> photo -> log in WMS with code DMG -> quarantine bay Q2 -> supervisor decides within 48h: restock / refurb / write off -> customer credited by CS if write off. Include roles and a simple flowchart in text.'),
  s('okrs-customer-service', 'sonnet', 'Draft Q1 OKRs for our customer service team (12 agents): current first-response time 9h on email, CSAT 81%, 22% of contacts are "where is my parcel". Want 3 objectives with measurable KRs.'),
  s('literature-summary-four-papers', 'sonnet', 'I\'m writing a short internal briefing on whether telematics feedback makes drivers safer. Summarise what the research generally finds, typical effect sizes, and the usual caveats (novelty effect, self-selection), in about 400 words with a list of what to look up to confirm.'),
  // traps: hard-sounding, actually standard
  s('trap-proof-pythagoras-explain', 'sonnet', 'my kid asked me to explain a proof of Pythagoras\' theorem that she\'d actually understand, the one with the squares rearranged. can you walk through it step by step'),
  s('trap-design-weekly-rota', 'sonnet', 'design a weekly rota for 5 warehouse staff covering 7am-7pm Mon-Sat, two people on at all times, nobody over 40 hours, everyone gets two consecutive days off. just a simple table is fine'),
  s('trap-eli5-blockchain-customer', 'sonnet', 'A customer keeps asking if we use "blockchain tracking". Explain what blockchain actually is in simple terms and write a short, friendly reply saying no and why our tracking doesn\'t need it.'),
  svc('trap-board-system-standard', 'sonnet', BOARD, 'Draft a one-page agenda and pre-read list for next month\'s exec meeting: topics are Q4 results, 2027 budget sign-off, EV fleet phase 2, and the H&S audit.'),
  s('trap-long-survey-rewrite', 'sonnet', `${surveyText}\n${surveyText}\nTurn this into 5 slide headlines with 2 bullets each for the all-hands.`),
  s('trap-statistics-jargon-easy', 'sonnet', 'what\'s the difference between a p-value and a confidence interval, and when would I report each in our monthly ops report? keep it practical'),
  s('trap-terse-hard-sounding-sql', 'sonnet', 'window fn running total of deliveries per depot per day, postgres, table deliveries(depot, delivered_at)'),
];

const opus: TrafficExample[] = [
];

export const nineteenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
