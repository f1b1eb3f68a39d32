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
  // strategy, finance and high-stakes judgement
  svc('board-close-depot-decision', 'opus', BOARD, 'Depot 5 (Swindon) loses £380k a year. Closing it saves that but moves 9,000 parcels/week to Bristol and Reading, adding ~18 minutes average to deliveries, puts 41 jobs at risk (collective consultation), breaks a lease with 4 years left (£210k/yr, landlord may negotiate), and two big customers are within 10 miles of it with contracts up in June. Should we close it, restructure it, or keep it? Full analysis with numbers and a recommendation.'),
  svc('board-acquisition-courier', 'opus', BOARD, 'We\'ve been offered the chance to buy Swiftline Couriers (same-day, London only, £11m revenue, 6% EBITDA margin, asking £7.5m). Owners want a 2-year earn-out. Their biggest customer is 35% of revenue. Drivers are self-employed contractors. How should we evaluate this: valuation, synergies we can actually bank, the employment-status risk on their drivers, integration, and what terms we should push for?'),
  s('fin-pricing-structure-redesign', 'opus', 'Our pricing is per-parcel by weight band, but costs are driven by drops per route, density and time windows. Big customers in rural areas are loss-making and small urban ones subsidise them. Design a new pricing structure that reflects cost drivers, model who wins and loses, how to migrate existing contracts without losing the top 20 customers, and how competitors might respond.'),
  s('fin-pension-deficit-options', 'opus', 'Our legacy defined benefit scheme has a £14m deficit on a technical provisions basis, the trustees want recovery contributions of £2.1m/yr over 7 years, and we\'re planning a £6m EV capex programme. Lay out the options (longer recovery plan, contingent assets, buy-in, liability management), how the trustees and the Pensions Regulator will view each, the effect on our covenant and borrowing, and what you would negotiate.'),
  s('fin-budget-scenarios-2027', 'opus', 'Build the logic for a 2027 budget with three scenarios: parcel volumes -5%/+3%/+10%, diesel 130-170p, a national living wage rise of 6.7% affecting 70% of our staff, EV fleet phase 2 capex £4m with uncertain grant funding, and a bank covenant of net debt/EBITDA under 2.5x. Where are the break points, what triggers what decision, and how do we stay inside the covenant in the bad case?'),
  s('fin-transfer-contract-losses', 'opus', 'Under IFRS 15 and IAS 37, we have a 3-year fixed-price contract with a retailer that has become onerous because fuel and wage costs jumped. Work through whether and how we recognise an onerous contract provision, what costs count as unavoidable, how variable consideration (volume rebates) interacts, and what the auditors are likely to challenge.'),
  // legal and HR, many interacting factors
  s('legal-driver-employment-status', 'opus', 'We use 60 self-employed owner-drivers alongside employed drivers. After Uber v Aslam and the Pimlico Plumbers line of cases, assess our risk that they\'d be found to be workers or employees given: they use our branded vans (they lease from us), we set routes via our app, they can send a substitute but must be from our approved list, and most work only for us. What\'s our exposure (holiday pay, NMW, tax) and what changes would genuinely reduce it versus just look better on paper?'),
  s('legal-data-breach-response', 'opus', 'A driver\'s tablet was stolen with the delivery app logged in; the app caches the day\'s 140 customer names, addresses and some "safe place" notes (e.g. "key under mat", "disabled, knock loudly"). It was stolen 30 hours ago and reported just now. Walk through whether this is notifiable to the ICO within 72 hours, whether we must tell the customers, the risk assessment for the vulnerable-customer notes, immediate containment, and what the notifications should say.'),
  s('hr-redundancy-selection-design', 'opus', 'We need to cut 28 of 110 roles in our admin centre. Design the redundancy process: pools, selection criteria that are fair and defensible (avoid indirect discrimination against part-timers, carers, disabled staff), collective consultation timelines and HR1, alternatives (voluntary, redeployment), how to score consistently across managers, and the main legal and morale risks at each stage.'),
  s('hr-pay-structure-overhaul', 'opus', 'Our warehouse pay is a mess: 14 different rates from old acquisitions, some people earn £2/hr more for the same job, and the gender pay gap is 11% mainly due to night-shift premiums. Design a harmonised pay structure: how to map roles, what to do with people above the new rate (red-circling, protection periods), equal pay risk, cost over 3 years, union negotiation approach, and sequencing.'),
  s('hr-investigation-conflicting', 'opus', 'I\'m investigating a grievance: a warehouse operative says her supervisor made repeated sexual comments. Two witnesses support her, one says they never heard it, the supervisor denies it and says she\'s retaliating for a disciplinary warning last month. CCTV has no audio. Help me weigh the evidence on the balance of probabilities, spot what else I need to establish, how the prior disciplinary affects credibility, and draft the reasoning structure for the outcome letter.'),
  // planning, operations research, multi-constraint
  s('ops-network-redesign', 'opus', 'We run 7 depots serving England and Wales. Volumes have shifted: 40% growth in the South East, decline in Wales. Lay out how to decide whether to add a depot, move one, or add cross-docks: the data needed, a facility location model (what objective, what constraints: service windows, driver hours rules, van range for EVs), how to handle demand uncertainty, and how to sanity-check the model output before a £10m decision.'),
  s('ops-vehicle-routing-time-windows', 'opus', 'Our routing software gives bad routes when many customers have narrow 1-hour windows. Explain why VRPTW gets so much harder as windows narrow, what algorithms the good solvers use (LNS, column generation), and how I could build a test to show whether a vendor\'s solver is actually near-optimal on our data, with lower bounds.'),
  s('ops-peak-plan-constraints', 'opus', 'Plan Christmas peak staffing for 6 depots: volumes forecast at 2.1x-2.6x normal over 4 weeks, agency driver supply capped at 25 per depot and unreliable (15% no-shows), drivers\' hours rules (10h driving/day max, 56h/week, 90h/fortnight), EV range limits in cold weather, van hire availability, and a contractual 98% on-time target with penalties. Give the staffing logic, the buffers, contingency triggers, and how to decide when to refuse new volume.'),
  s('ops-inventory-policy-spare-parts', 'opus', 'Set the stocking policy for van spare parts across 7 depots: 1,200 SKUs, most with intermittent demand (zero most weeks), lead times 2-21 days, a van off the road costs £400/day, and we can lateral-transship between depots overnight. What model (Croston, bootstrap, multi-echelon?) and how do we set service levels per SKU class sensibly? Walk through the reasoning.'),
  s('plan-five-year-net-zero', 'opus', 'We\'ve committed to net zero scope 1 and 2 by 2032. Fleet is 420 diesel vans, 180 EVs, 60 HGVs, 7 depots with limited grid capacity (two need substation upgrades with 18-month lead times). Draft the 5-year transition plan: sequencing by depot and vehicle class, HGV technology uncertainty (battery vs HVO vs hydrogen), capex and financing, grid constraints, driver training, and the risks that could derail it.'),
  // maths and statistics, hard
  s('maths-olympiad-digit-sums', 'opus', 'Find all positive integers n such that the sum of the digits of 2^n equals the sum of the digits of 5^n. Full proof.'),
  s('maths-prove-inequality-triangle', 'opus', 'For a triangle with sides a, b, c and semiperimeter s, prove that (s-a)(s-b)(s-c) <= abc/8, and determine when equality holds. Then show it implies R >= 2r.'),
  s('maths-combinatorics-parcels', 'opus', 'A depot has n parcels and n lockers; each parcel is randomly put in a locker (a uniformly random permutation). What\'s the expected number of cycles in the permutation, and the probability that a "follow the chain" strategy lets each of the n customers find their parcel within n/2 lockers (the 100 prisoners problem)? Derive both, then explain why the strategy works so well.'),
  s('maths-number-theory-proof', 'opus', 'Prove that there are infinitely many primes of the form 4k+3, and explain why the same elementary argument fails for 4k+1. Then sketch the elementary proof for 4k+1 using quadratic residues.'),
  s('maths-linear-algebra-proof', 'opus', 'Prove that every real symmetric matrix is orthogonally diagonalisable, without assuming the spectral theorem, and explain where symmetry is used at each step.'),
  s('stats-survey-nonresponse', 'opus', `${surveyText}\nLeadership wants to say engagement fell. The response rate dropped from 74% to 68% and we suspect unhappy people stopped responding, or happy ones did. How much of the fall could be explained by nonresponse alone? Bound it, set out the assumptions, and tell me what claim we can defensibly make.`),
  svc('analyst-causal-training-accidents', 'opus', ANALYST, 'We rolled out a defensive driving course in 2025; depots chose when to send drivers, and the ones that sent them first had the worst accident records. Accidents per 100k miles fell 22% among trained drivers vs 8% among untrained. Estimate the effect of the course properly: what is wrong with the naive comparison, which design (DiD with staggered adoption, event study, matching) fits, the pitfalls of TWFE with staggered timing, and what we can actually conclude.'),
  s('stats-ab-test-peeking-plan', 'opus', 'Marketing ran an A/B test on the delivery-slot picker, checked results every day and stopped when p < 0.05 on day 9. They also looked at 6 metrics and 4 customer segments. The "winning" variant is now being rolled out. How worried should we be, roughly how inflated is the false positive rate, and design a proper re-test (sequential design, pre-registration, primary metric, power) that the team will actually follow.'),
  s('stats-forecast-intermittent-demand-intervals', 'opus', 'Our weekly parcel volume forecast for each of 300 postcodes needs honest 80% prediction intervals, but the series are short (2 years), have holidays, and many have structural breaks from customer wins/losses. Compare approaches (hierarchical reconciliation, conformal prediction, Bayesian hierarchical models), how to check calibration, and which you\'d choose for a team with modest stats skills.'),
  s('stats-bayes-fraud-claims', 'opus', 'We get ~1,400 "parcel not received" claims a month, about 6% are believed fraudulent. A new rule flags claims where the GPS drop point is >50m from the address; it flags 70% of fraudulent claims and 9% of genuine ones. GPS is worse in rural areas, which are also where elderly customers live. Work out the precision, what happens if we auto-reject flagged claims, the fairness problem, and design a better policy.'),
  // science, research synthesis
  s('science-synthesis-four-day-week-logistics', 'opus', 'Synthesise the evidence on four-day working weeks for shift-based and operational workforces (not office staff): what trials exist, what they measured, the selection and Hawthorne problems, what transfers to a logistics company, and design a trial at our company that could give a credible answer.'),
  s('science-battery-degradation-model', 'opus', 'Our EV vans show capacity fade from 100% to 87% after 2 years, but the spread between vans is huge (81-93%). We have per-van data on charge cycles, depth of discharge, fast-charge share, depot temperature and mileage. How would you model degradation to predict which vans need battery replacement before warranty ends, given the physics (calendar vs cycle ageing, SEI growth) and only 2 years of data?'),
  s('science-air-quality-health-claims', 'opus', 'A council says our depot\'s HGV traffic is causing higher childhood asthma admissions in the nearby estate, citing admissions 30% above the city average. Assess how strong that inference is (confounders like deprivation, housing, smoking; small numbers; ecological fallacy), what study could actually answer it, and how we should respond publicly and practically while being honest.'),
  // plain words, hard asks (traps)
  s('trap-plain-overtime-budget', 'opus', 'if we stop paying overtime and hire 8 more drivers instead, do we actually save money once you count training, turnover, peak weeks and the fact that some drivers rely on overtime and might leave? work it through properly'),
  s('trap-plain-should-i-take-offer', 'opus', 'I\'ve been offered the ops director job at a competitor: +£18k, but it\'s a 90 min commute, the company is PE-owned with a sale expected in 2 years, my share options here vest in 14 months (worth maybe £40-120k), and my partner is pregnant. Help me actually think this through, not just a pros and cons list.'),
  s('trap-one-liner-secretary', 'opus', 'what\'s the optimal strategy for hiring when candidates come one by one and you must decide on the spot, and what if you want the top 2 rather than the best one? derive it'),
  s('trap-one-liner-egz', 'opus', 'prove that among any 2n-1 integers you can always pick n whose sum is divisible by n'),
  s('trap-eli5-wrapper-hard', 'opus', 'Explain like I\'m five, but correctly: why can\'t anyone find a fast way to plan the best route for all our vans at once, and does that mean our routing software is wrong? I want the real reason behind the simple version, including what NP-hard means for us in practice and when near-optimal is provably close.'),
  s('trap-typo-hard-stats', 'opus', 'our regresion says drivers with more years experience have MORE accidents per mile, which is nuts. we controled for route type. what could be going on?? survivorship, who gets the hard routes, exposure... pls reason through it properly and tell me what analysis would settle it'),
  s('trap-caps-board-crisis', 'opus', 'OUR BIGGEST CUSTOMER (28% OF REVENUE) HAS JUST GIVEN 90 DAYS NOTICE. BANK COVENANT TEST IS IN 4 MONTHS. WHAT DO WE DO - CASH, PEOPLE, BANK, OTHER CUSTOMERS, COMMS. NEED A PLAN BY TOMORROW'),
  s('trap-bullets-hard-merger', 'opus', '- merging our two IT helpdesks (Leeds + Bristol)\n- different ticketing tools, different SLAs\n- Bristol team unionised, Leeds not\n- Leeds lead is leaving in Feb\n- 3 big customer contracts promise "dedicated regional support"\n- budget wants 20% saving\nhow would you approach this? pros/cons of each option, and what could blow up'),
  s('trap-short-hard-price-war', 'opus', 'competitor just cut next-day rates 12%. match, ignore, or something else? reason it out with our 7% margins'),
  svc('trap-writer-system-hard', 'opus', WRITER, 'Rewrite this paragraph of our bid so it is accurate: "Fernbrook guarantees 99.5% on-time delivery across all postcodes." Actually our on-time rate is 97.8% overall, 94% in rural Scotland, and the tender scores reliability at 30% with a penalty regime of 5% of monthly fees per point under the promised rate. Work out what we should promise (the expected penalty cost vs the score we lose for each option) and then give me the wording.'),
  // more hard analysis and planning
  s('ops-incident-root-cause-multi', 'opus', 'Missed deliveries at Leeds tripled over 3 weeks. Things that changed in that window: new routing software release, 6 new agency drivers, a road closure on the A64, the scanner firmware update, and a new customer with lots of narrow time windows. Data: misses cluster on afternoon routes, mostly on 3 of 22 routes, partly on days with new drivers. How do we untangle causes with the data we have, and what experiments would isolate them quickly?'),
  s('legal-contract-negotiation-strategy', 'opus', `${contractClause}\nThe customer (a large retailer) wants to raise the cap to 200% of charges and delete the exclusion of loss of profits, because a late delivery last Christmas cost them a promotion. Our insurance covers £1m per claim. Work out our real exposure under each version, how their ask interacts with our insurance and with the CDS rate of loss, and a negotiation strategy with fallbacks.`),
  s('fin-capital-allocation-three-projects', 'opus', 'We have £5m of capex headroom in 2027 and three candidate projects: warehouse automation (£3.2m, saves £900k/yr but needs 3 years of current volumes to pay back), EV phase 2 (£4m, saves £600k/yr fuel, grant uncertain 0-40%), new CRM and customer portal (£1.5m, benefits unclear, sales swears it will win contracts). Volumes are uncertain. How should we choose: real options thinking, risk-adjusted NPV, staging, and what you would fund and why.'),
  s('hr-workforce-plan-automation', 'opus', 'If we automate the Leeds warehouse sortation (replacing ~45 manual sorting roles over 18 months), plan the people side: redeployment into maintenance and control roles (needs training we don\'t have), consultation obligations, how to keep people during the transition when they know their jobs are going, the union agreement, and the reputational and local-community angle. Sequence it with the engineering timeline.'),
  s('analysis-customer-profitability', 'opus', 'We think 30% of customers are unprofitable but our cost allocation is just revenue share. Design a proper cost-to-serve analysis: activity-based drivers (drops, stops, failed deliveries, returns, time windows, distance), how to get the data from telematics and WMS, how to handle shared fixed costs without distorting decisions, and how we\'d use the result in renewals without causing a customer exodus.'),
  s('maths-queueing-loading-bays', 'opus', 'Trucks arrive at our 8 loading bays roughly Poisson at 14/hour between 5 and 8am, loading time is lognormal with mean 30 min and sd 20 min, and a truck waiting more than 15 min costs us £45 in driver time. Should we add two bays (£180k) or introduce appointment slots? Model it (what queueing model fits, why M/M/c underestimates waits here), estimate waiting costs, and advise.'),
  s('stats-multilevel-depot-performance', 'opus', 'We rank 7 depots and 180 drivers on damage rates each month and people are furious because tiny drivers\' samples swing wildly. Design a better approach: a hierarchical/empirical Bayes model for driver damage rates with depot effects, adjusting for route mix, how to present uncertainty, and how to use it for coaching without it becoming a punitive league table.'),
  s('plan-erp-migration', 'opus', 'We need to replace our 15-year-old ERP (finance, WMS, billing all in one). Options: big bang to a single new suite, phased by module, or best-of-breed with integration. We have 2 in-house devs, peak season Nov-Jan must be avoided, billing errors directly hit cash, and the old vendor ends support in 22 months. Plan the approach, the critical path, data migration and reconciliation strategy, cutover and rollback, and the risks that kill ERP projects.'),
  s('research-synthesis-ai-customer-service', 'opus', 'Before we replace half our CS agents with an AI chatbot, synthesise what the evidence from studies and real deployments says about effects on resolution rates, CSAT, complaint escalation, and agent productivity (e.g. the Brynjolfsson et al. call-centre study), where results conflict, what applies to a delivery company, and how we should pilot it to avoid a customer backlash.'),
  s('legal-hr-tribunal-risk', 'opus', 'An employee with long COVID has been off sick for 7 months, the OH report says a phased return on reduced hours may be possible "in due course" but with no date. Her manager wants to dismiss for capability. Assess the disability discrimination and unfair dismissal risks, what reasonable adjustments we should consider, what a fair process looks like from here, and how long is "long enough".'),
  s('maths-probability-hard-routes', 'opus', 'Each of our 22 routes independently has a 4% chance per day of a breakdown; when one happens, a spare van at the depot covers it, but with two spare vans, if three routes break down the same day we miss deliveries. Over a 250-day year, what\'s the probability we have at least one day with 3+ breakdowns? Then: breakdowns are actually correlated in cold snaps. Build a model that captures that and show how much it changes the answer and the number of spares we need.'),
];

export const nineteenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
