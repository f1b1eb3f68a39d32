import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A twelfth batch of single-turn English requests (issue 21, session 8), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. Business, science and everyday
 * knowledge work (product, marketing, sales, HR, law, finance and accounting, healthcare, non-software science
 * and engineering, education, journalism, customer support, personal productivity), maths and puzzles from
 * arithmetic through textbook exercises to olympiad and research level, and statistics at all three levels.
 * Pasted material of 0.3 to 9 KB, internal services' system prompts, and the usual traps. Names start with
 * "b12-"; 60 per tier.
 */
const s = batch('b12-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b12-${name}`, tier, text, { system });

const HR_BOT =
  'You are PeopleDesk, the HR assistant of Kestrel Logistics. Answer employees\' questions from the policy text you are given. Be brief and neutral; for anything about an individual case, point them to their HR partner.';
const NEWSROOM =
  'You are the copy desk assistant of the Valley Courier newsroom. Follow AP style. Never invent quotes, names or numbers; flag anything you cannot verify from the material given.';
const SALES_OPS =
  'You are the sales-ops assistant for Brightline CRM customers. Return concise answers. When asked for structured output, return only the structure.';
const TUTOR =
  'You are Mathly, a tutoring assistant for high-school and university students. Show your reasoning step by step and check the final answer.';
const ESCALATION =
  'You are the escalation analyst for the customer experience leadership team at Orbis Telecom. You get hard cases: be rigorous, weigh the evidence, spell out trade-offs and risks, and end with a clear recommendation.';
const LEGAL_INTAKE =
  'You are the legal intake classifier of Harlow & Finch LLP. Reply with one of: EMPLOYMENT, CONTRACT, IP, REAL_ESTATE, FAMILY, CRIMINAL, OTHER. Nothing else.';

const salesCsv =
  'region,rep,q1_bookings,q2_bookings,q3_bookings,quota_q3,pipeline_q4\nNorth,Ana Ruiz,412000,388000,455000,420000,910000\nNorth,Ben Cole,298000,310000,244000,400000,520000\nSouth,Chidi Obi,505000,560000,610000,500000,1250000\nSouth,Dana Lee,150000,190000,205000,300000,340000\nWest,Eli Park,330000,345000,298000,350000,700000\nWest,Fay Moss,120000,260000,402000,350000,980000\nEast,Gus Hart,455000,402000,380000,450000,610000\nEast,Hana Ito,275000,300000,351000,330000,590000\n';
const pressRelease =
  'FOR IMMEDIATE RELEASE\n\nMERIDIAN WATER COMPLETES $42 MILLION TREATMENT PLANT UPGRADE\n\nCEDAR FALLS, Iowa - Meridian Water Utility announced Tuesday that it has completed a two-year, $42 million upgrade of the North River treatment plant, raising daily capacity from 18 million to 26 million gallons. The upgrade adds ultraviolet disinfection and a new granular activated carbon stage that the utility says will reduce PFAS concentrations below the EPA limit of 4 parts per trillion.\n\n"This is the largest investment in our water system in forty years," said CEO Marisol Grant. "Residents will see no change in their rates this year."\n\nThe project was funded by a $30 million state revolving fund loan and $12 million from utility reserves. Construction was handled by Halvorsen Civil Group. The plant serves about 140,000 residents in Cedar Falls and three neighbouring townships.\n\nMedia contact: Priya Nair, (319) 555-0142\n';
const policy = pad(
  'Kestrel Logistics Remote and Hybrid Work Policy, version 4 (effective 1 March 2026). Eligible roles may work remotely up to three days a week; warehouse, fleet and site-safety roles are not eligible. Employees must be reachable on Teams between 10:00 and 15:00 local time on remote days. Working from another country is allowed for up to 20 working days per calendar year with prior HR approval, to manage tax and immigration exposure; longer stays need a written exception from the People Director. The company reimburses up to 40 GBP a month for home internet for employees with two or more remote days a week. Equipment issued for home use remains company property and must be returned within 10 working days of leaving. Requests to change a hybrid pattern are made through the PeopleDesk portal and answered within 15 working days; a refusal must give a business reason and may be appealed once.',
  9000,
);
const incidentNotes =
  'Shift log, Line 3 extrusion, night of 2 December\n22:10 melt temperature drifting up, 231 -> 236 C over 40 min, setpoint 230\n22:55 die pressure alarm (high) 312 bar, cleared itself\n23:20 operator notes surface roughness ("sharkskin") on profile, scrap rate 4% -> 11%\n23:40 resin lot changed from L-4471 to L-4502 (same grade, new supplier batch)\n00:15 screw speed reduced 62 -> 55 rpm, roughness improves a little\n01:30 barrel zone 4 heater cycling on/off every ~20 s (normally steady)\n02:05 die pressure 318 bar, alarm again\n03:00 maintenance swapped zone 4 thermocouple; drift continues\n04:10 scrap 14%, line stopped for die cleaning, found degraded material at die land\n';
const minutes = pad(
  'Minutes of the Parent-Teacher Association meeting, Oakridge Elementary, 12 November. Present: 14 members, principal Ms. Alvarez. The treasurer reported a balance of 8,420 dollars after the autumn fair, which raised 3,150 dollars. The playground shade project needs 6,000 dollars; the board voted 11-3 to commit 4,000 now and fundraise the rest by March. The spring book fair moves to the week of 17 March. Volunteers are needed for the winter concert on 11 December; sign-up sheet goes out Friday. A parent raised concerns about the car-line traffic at pick-up; the principal will ask the city about a crossing guard. Next meeting 10 December at 18:30 in the library.',
  2500,
);
const trialTable =
  'Table 2. Primary and secondary outcomes at 12 weeks (intention-to-treat)\n\nOutcome                         Drug (n=212)   Placebo (n=209)   Difference (95% CI)     p\nHbA1c change, %                 -0.92          -0.31             -0.61 (-0.78 to -0.44)  <0.001\nWeight change, kg               -3.1           -0.8              -2.3 (-3.0 to -1.6)     <0.001\nFasting glucose, mg/dL          -24            -9                -15 (-22 to -8)         <0.001\nSystolic BP, mmHg               -3.4           -1.9              -1.5 (-3.6 to 0.6)      0.16\nGI adverse events, n (%)        61 (28.8)      22 (10.5)         -                       -\nDiscontinued due to AE, n (%)   15 (7.1)       4 (1.9)           -                       -\n';
const contract = pad(
  'MASTER SERVICES AGREEMENT between Lumen Analytics Ltd ("Supplier") and Orbis Telecom plc ("Customer"). 7. Fees. Customer pays the fees in Schedule 2 within 45 days of a valid invoice. Supplier may increase fees once per year by no more than CPI plus 2%, on 90 days\' notice. 9. Service levels. Supplier shall meet 99.9% monthly availability; service credits of 5% of the monthly fee per 0.1% below, capped at 30%, are Customer\'s sole remedy for availability failures. 12. Liability. Each party\'s total liability is capped at the fees paid in the 12 months before the claim, except for breach of confidentiality, data protection obligations and indemnities, which are capped at three times that amount; neither party is liable for loss of profits or indirect loss. 15. Term and termination. Initial term three years, renewing for one-year periods unless either party gives 6 months\' notice. Customer may terminate for convenience after 18 months on 3 months\' notice and payment of an early termination fee equal to 25% of the remaining fees in the initial term. 18. Data. Supplier processes personal data only on Customer\'s documented instructions and shall notify Customer of a personal data breach without undue delay and in any case within 48 hours.',
  5000,
);
const surveyOutput =
  'Employee engagement survey 2026 - regression output (OLS, n = 1,842)\nDependent variable: intent to stay (1-7)\n\n                       coef     std err    t       P>|t|\nconst                  2.104    0.211      9.97    0.000\nmanager_support        0.412    0.031      13.29   0.000\npay_satisfaction       0.188    0.027      6.96    0.000\nremote_days            0.061    0.022      2.77    0.006\ntenure_years          -0.019    0.008     -2.38    0.018\ncommute_minutes       -0.004    0.002     -2.00    0.046\n\nR-squared: 0.31   Adj. R-squared: 0.308   F-statistic: 165.2\nNote: remote_days is self-reported; 38% of respondents are warehouse staff who are not eligible for remote work.\n';

const haiku: TrafficExample[] = [
  s('csv-top-q3', 'haiku', `${salesCsv}\nwho had the highest q3 bookings?`),
  s('csv-reps-east', 'haiku', `${salesCsv}\nList the reps in the East region.`),
  s('press-capacity', 'haiku', `${pressRelease}\nWhat is the plant's new daily capacity?`),
  svc('press-headline-ap', 'haiku', NEWSROOM, `${pressRelease}\nGive me a headline under 10 words for the web.`),
  svc('policy-abroad-days', 'haiku', HR_BOT, `${policy}\nhow many days can I work from another country`),
  svc('policy-internet', 'haiku', HR_BOT, `${policy}\nIs home internet reimbursed, and how much?`),
  s('incident-lot-change', 'haiku', `${incidentNotes}\nAt what time was the resin lot changed?`),
  s('minutes-next-meeting', 'haiku', `${minutes}\nWhen and where is the next meeting?`),
  s('minutes-action-items', 'haiku', `${minutes}\nPull out the action items as a bulleted list with who is responsible where it says.`),
  s('trial-hba1c', 'haiku', `${trialTable}\nwhat was the HbA1c difference vs placebo`),
  s('contract-notice', 'haiku', `${contract}\nHow much notice to stop the auto-renewal?`),
  s('contract-breach-hours', 'haiku', `${contract}\nWithin how many hours must the supplier notify a data breach?`),
  s('survey-r2', 'haiku', `${surveyOutput}\nWhat's the R-squared?`),
  svc('intake-fired-pregnant', 'haiku', LEGAL_INTAKE, 'I was let go two weeks after telling my manager I am pregnant. They said it was restructuring but they hired someone for my role.'),
  svc('intake-patent-copy', 'haiku', LEGAL_INTAKE, 'A competitor is selling a kitchen gadget that looks exactly like the one we patented in 2022. What can we do?'),
  svc('sales-extract-fields', 'haiku', SALES_OPS, 'Extract company, contact name, email and budget as JSON from: "Hi, this is Tom Reyes from Pinecrest Dental, we have around 15k for a CRM this year, reach me at tom@pinecrestdental.com"'),
  s('arith-tip', 'haiku', 'whats 18% tip on $86.40'),
  s('arith-margin', 'haiku', 'Cost 14.20, selling price 19.99. Gross margin as a percentage?'),
  s('arith-fraction', 'haiku', 'What is 3/8 + 5/12? Simplest form.'),
  s('arith-sqrt', 'haiku', 'square root of 1764'),
  s('arith-units-acres', 'haiku', 'How many square metres in 2.5 acres?'),
  s('stats-mean-median', 'haiku', 'Mean and median of: 12, 7, 3, 18, 7, 10, 25'),
  s('stats-define-pvalue', 'haiku', 'One sentence definition of a p-value for a glossary.'),
  s('stats-excel-stdev', 'haiku', 'Excel: sample standard deviation of A2:A200?'),
  s('puzzle-bat-ball', 'haiku', 'A bat and a ball cost $1.10 together. The bat costs $1.00 more than the ball. How much is the ball?'),
  s('math-proof-word-define', 'haiku', 'In a maths textbook, what is the difference between a lemma and a theorem? Short answer.'),
  s('design-word-synonyms', 'haiku', 'Give me 5 synonyms for "design" that fit in a job title.'),
  s('race-condition-definition', 'haiku', 'For our glossary page for non-engineers: define "race condition" in one plain sentence.'),
  s('hr-title-case', 'haiku', 'Title case these job titles: senior vice president of people operations; head of talent acquisition; payroll and benefits specialist'),
  s('marketing-subject-lines', 'haiku', 'Give me 5 email subject lines for a 20% off winter sale on hiking boots. Under 50 characters.'),
  s('sales-follow-up-short', 'haiku', 'Shorten to two sentences: "Hi Maria, I hope this email finds you well. I wanted to follow up on the conversation we had last Tuesday about your team\'s reporting needs. As I mentioned, we have a new dashboard feature that I think would really help. Would you have 20 minutes next week to look at it together?"'),
  s('legal-tort-define', 'haiku', 'what is a tort'),
  s('finance-ebitda-acronym', 'haiku', 'What does EBITDA stand for?'),
  s('finance-debit-credit', 'haiku', 'Paid rent of $2,000 in cash. Which account is debited and which is credited?'),
  s('health-bmi', 'haiku', 'BMI for 82 kg and 1.78 m?'),
  s('health-abbrev-bid', 'haiku', 'on a prescription what does "bid" mean'),
  s('chem-molar-mass', 'haiku', 'Molar mass of sulfuric acid?'),
  s('phys-speed-light', 'haiku', 'speed of light in km/s, rounded'),
  s('eng-psi-bar', 'haiku', 'Convert 145 psi to bar.'),
  s('edu-reading-level', 'haiku', 'Rewrite for a 2nd grader: "Photosynthesis is the process by which plants convert light energy into chemical energy stored in glucose."'),
  s('journalism-ap-numbers', 'haiku', 'AP style: do I write "9 percent" or "nine percent"?'),
  s('support-sentiment', 'haiku', 'Classify the sentiment as positive, negative or mixed: "The technician was lovely and fixed the router quickly, but I waited three days for the visit."'),
  s('support-translate-es', 'haiku', 'Translate to Spanish: "Your replacement card will arrive in 5 to 7 business days."'),
  s('prod-calendar-invite', 'haiku', 'Turn this into a calendar event title and a one-line description: dentist tuesday 3pm bring insurance card'),
  s('prod-sort-list', 'haiku', 'Sort alphabetically: zucchini, apples, oat milk, bread, eggs, coffee, basil'),
  s('capital-country', 'haiku', 'capital of Kazakhstan?'),
  s('caps-days-between', 'haiku', 'HOW MANY DAYS BETWEEN MARCH 3 AND JUNE 18 2026'),
  s('typo-recieve', 'haiku', 'is it recieve or receive'),
  s('wrapper-date-format', 'haiku', 'Context: I run the monthly close for a mid-sized logistics company. We consolidate three entities (UK, Netherlands, Poland) in our ERP, eliminate intercompany balances, revalue foreign-currency receivables at the month-end rate, accrue unbilled freight and book the depreciation run. The auditors asked for a tidy pack this time and the controller is particular about presentation, especially the dates in the headers, because last quarter there was a mix of formats across the tabs. Anyway, the actual question: what is 30 November 2026 in ISO 8601 format?'),
  s('wrapper-clinic-units', 'haiku', 'I coordinate research for a cardiology group running a registry of patients with atrial fibrillation on anticoagulation. We collect CHA2DS2-VASc, HAS-BLED, renal function, concomitant antiplatelets, time in therapeutic range for the warfarin arm, and bleeding events adjudicated by two physicians, with a third in case of disagreement. Our case report form is being rebuilt and the data manager wants unit labels consistent. Simple thing: is creatinine clearance written mL/min or ml/min in most journals?'),
  s('wrapper-thesis-count', 'haiku', 'My PhD thesis is on the thermomechanical fatigue of nickel superalloy turbine blades, with finite element models of the creep-fatigue interaction, crystal plasticity at the grain scale, and validation against thermal cycling rigs at 1,050 C. My supervisor asked for the abstract to be under 300 words. Here it is, can you count the words for me: "Turbine blades in modern gas turbines operate under combined thermal and mechanical loading that causes creep-fatigue damage. This thesis develops a crystal plasticity finite element framework that captures grain-scale deformation in a nickel superalloy and links it to macroscopic crack initiation. The model is calibrated against isothermal fatigue tests and validated on thermal cycling rigs at up to 1,050 C. Results show that dwell periods at peak temperature shorten life by up to 60% and that grain orientation explains most of the scatter in initiation sites."'),
  s('eli5-word-inflation', 'haiku', 'one-line kid-friendly definition of inflation for a classroom word wall'),
  s('spell-out-number', 'haiku', 'Write 1,250,000 in words.'),
  s('recipe-scale', 'haiku', 'Recipe says 250 g flour for 4 people. How much for 6?'),
  s('shoe-size', 'haiku', 'EU shoe size 42 is what in US men\'s?'),
  s('cups-to-ml', 'haiku', 'How many millilitres in 3/4 of a US cup?'),
  s('product-user-story', 'haiku', 'Rewrite as a user story: "add export to CSV button on the invoices page"'),
  s('hr-acronym-pto', 'haiku', 'PTO vs sick leave - what does PTO stand for?'),
  s('stats-z-for-95', 'haiku', 'z critical value for a two-sided 95% confidence interval?'),
  s('math-derivative-simple', 'haiku', 'derivative of x^3 - 4x'),
];

const sonnet: TrafficExample[] = [
  s('csv-rep-review', 'sonnet', `${salesCsv}\nWrite a short quarterly review for each region: attainment against Q3 quota, trend over the three quarters, and whether the Q4 pipeline looks like enough coverage (assume 3x is healthy).`),
  svc('csv-pandas-attainment', 'sonnet', SALES_OPS, `${salesCsv}\nGive me pandas code that loads this, computes Q3 quota attainment and quarter-over-quarter growth per rep, flags reps under 80% attainment, and plots bookings per region as grouped bars.`),
  svc('press-news-story', 'sonnet', NEWSROOM, `${pressRelease}\nTurn this into a 300-word news story for tomorrow's paper. Lead with what matters to residents, and list the questions our reporter should put to the utility before we publish.`),
  s('press-pfas-explainer', 'sonnet', `${pressRelease}\nWrite a sidebar explaining in plain language what PFAS are, why the EPA limit is so low, and how activated carbon removes them.`),
  svc('policy-manager-faq', 'sonnet', HR_BOT, `${policy}\nDraft a one-page guide for line managers: how to handle hybrid pattern requests, what counts as a valid business reason to refuse, and how the appeal works.`),
  s('incident-5-whys', 'sonnet', `${incidentNotes}\nWrite up a 5-whys for this shift and list the checks the day shift should do before restarting the line.`),
  s('minutes-newsletter', 'sonnet', `${minutes}\nTurn these minutes into a friendly 200-word newsletter item for parents.`),
  s('trial-summary-gp', 'sonnet', `${trialTable}\nSummarise these results for a GP newsletter: effect sizes in context, tolerability, and what the table cannot tell us.`),
  s('contract-risk-summary', 'sonnet', `${contract}\nSummarise the customer-side risks in this MSA for our procurement lead, clause by clause, and suggest a redline for the two worst ones.`),
  s('survey-interpret', 'sonnet', `${surveyOutput}\nExplain these results to the HR leadership team: what each coefficient means in plain terms, which findings are solid, and what caveats they should keep in mind.`),
  svc('tutor-integration-parts', 'sonnet', TUTOR, 'Integrate x^2 e^(3x) dx'),
  svc('tutor-related-rates', 'sonnet', TUTOR, 'A ladder 5 m long slides down a wall. The bottom moves away at 0.4 m/s. How fast is the top sliding down when the bottom is 3 m from the wall?'),
  svc('tutor-induction-sum', 'sonnet', TUTOR, 'Prove by induction that 1 + 3 + 5 + ... + (2n - 1) = n^2.'),
  s('math-eigen-2x2', 'sonnet', 'Find the eigenvalues and eigenvectors of [[4, 1], [2, 3]] and diagonalise it.'),
  s('math-ode-first-order', 'sonnet', 'Solve dy/dx + 2y = e^(-x), y(0) = 1, and explain each step.'),
  s('math-probability-cards', 'sonnet', 'What is the probability of getting exactly two aces in a 5-card poker hand? Show the counting.'),
  s('puzzle-river-crossing', 'sonnet', 'Solve the farmer, wolf, goat and cabbage river crossing puzzle and explain why each move is forced.'),
  s('stats-ttest-choice', 'sonnet', 'I measured reaction times for the same 24 participants before and after caffeine. Which test should I use, what are its assumptions, and how do I run it in R? What if the differences are skewed?'),
  s('stats-ci-explain', 'sonnet', 'Our survey found 42% support with a margin of error of plus or minus 3 points. My editor wants to write "most likely between 39 and 45%". Is that right? Explain what a confidence interval does and does not say.'),
  s('stats-sample-size-ab', 'sonnet', 'Baseline conversion is 3.2%. How many visitors per arm do I need to detect an absolute lift of 0.4 points with 80% power at alpha 0.05? Show the formula and a Python snippet.'),
  s('stats-excel-regression', 'sonnet', 'how do i run a multiple regression in excel with the data analysis toolpak and read the output? i have sales as y and ad spend, price and season as x'),
  s('product-prd-reminders', 'sonnet', 'Write a one-page PRD for adding appointment reminders by SMS to our salon booking app: problem, goals, non-goals, user stories, success metrics, open questions.'),
  s('product-prioritise', 'sonnet', 'We have 8 feature requests and one quarter. Explain RICE scoring, then score these with reasonable assumptions: bulk edit, dark mode, SSO, CSV import, mobile offline mode, audit log, custom fields, Slack integration.'),
  s('marketing-launch-plan', 'sonnet', 'Draft a 6-week launch plan for a new oat-based protein bar sold online and in 200 grocery stores: channels, weekly milestones, budget split for 80k dollars, and KPIs.'),
  s('marketing-homepage-grooming', 'sonnet', 'Write the homepage copy for a mobile dog grooming van in Leeds: hero line, services with price placeholders, how booking works, an FAQ with 5 questions, and a call to action.'),
  s('sales-objection-email', 'sonnet', 'A prospect says our CRM is 30% more expensive than the competitor. Write a reply that acknowledges it, reframes on total cost (implementation, training, support), and proposes a pilot. Not pushy.'),
  s('sales-discovery-questions', 'sonnet', 'Prepare 12 discovery questions for a first call with a hospital procurement director about our infusion pump monitoring software, grouped by theme.'),
  s('hr-job-description', 'sonnet', 'Write a job description for a warehouse shift supervisor: responsibilities, requirements, nice-to-haves, pay range 48-55k, inclusive language.'),
  s('hr-bereavement-conversation', 'sonnet', 'One of my direct reports lost her father in the summer and her work has slipped for three months: missed handoffs, errors in the monthly reports. I need to raise it kindly but clearly. Give me an outline for the conversation, phrases to use and to avoid, and the support I can offer.'),
  s('hr-interview-rubric', 'sonnet', 'Create a structured interview scorecard for a customer success manager: 5 competencies, one behavioural question each, and what a 1, 3 and 5 answer sounds like.'),
  s('legal-gdpr-plain', 'sonnet', 'Explain in plain English what a small online shop in Ireland has to do under GDPR when a customer asks for all the data held about them.'),
  s('legal-privacy-notice', 'sonnet', 'Draft a privacy notice section for a fitness app about what health data we collect, why, how long we keep it, and users\' rights. UK GDPR.'),
  s('finance-dcf-simple', 'sonnet', 'Walk me through a simple DCF for a company with free cash flow of 10M growing 5% a year for 5 years, then 2% terminal growth, 9% WACC. Show the numbers.'),
  s('finance-accruals', 'sonnet', 'Explain accrual vs cash accounting with an example of a consulting firm that does work in December and is paid in February. Show the journal entries under each.'),
  s('finance-budget-variance', 'sonnet', 'Write a variance commentary template for our monthly budget vs actual report, and fill it in for: revenue 4% under budget, payroll 6% over because of two early hires, travel 30% under.'),
  s('health-discharge-instructions', 'sonnet', 'Write discharge instructions for an adult after laparoscopic gallbladder removal: wound care, pain, diet, activity, when to call the doctor. Reading level grade 6.'),
  s('health-explain-a1c', 'sonnet', 'My dad\'s A1c went from 6.1 to 6.8 and his doctor mentioned metformin. What does that number measure, what does the change mean, and what questions should we bring to the next visit?'),
  s('science-buffer-prep', 'sonnet', 'How do I prepare 500 mL of 0.1 M phosphate buffer at pH 7.2 from monobasic and dibasic sodium phosphate? Show the Henderson-Hasselbalch calculation.'),
  s('science-photosynthesis-lecture', 'sonnet', 'Outline a 50-minute first-year biology lecture on the light reactions of photosynthesis with two in-class questions.'),
  s('eng-beam-deflection', 'sonnet', 'Simply supported steel beam, 6 m span, uniform load 12 kN/m, I = 8.36e7 mm^4, E = 200 GPa. What is the midspan deflection and does it pass L/360?'),
  s('eng-heat-loss-wall', 'sonnet', 'Compute the heat loss through a 12 m^2 brick wall with 100 mm of mineral wool insulation, inside 20 C, outside -5 C. Use typical conductivities and include surface resistances.'),
  s('eng-pump-sizing', 'sonnet', 'We need to pump 15 m^3/h of water up 22 m through 80 m of 50 mm pipe. Estimate the total head with friction losses and the pump power at 65% efficiency.'),
  s('edu-quiz-ww1', 'sonnet', 'Write a 10-question quiz on the causes of World War I for 10th graders, mixed question types, with an answer key.'),
  s('edu-feedback-essay', 'sonnet', 'Give feedback on this student paragraph, kind but specific, and suggest a revision: "Social media is bad because people use it to much and it makes them sad. Studies show this. Also it wastes time so we should ban it for kids."'),
  s('journalism-interview-prep', 'sonnet', 'I\'m interviewing our city\'s new police chief tomorrow for a profile. Give me 15 questions, from warm-up to tough accountability ones, and tips on follow-ups.'),
  s('journalism-fact-check-plan', 'sonnet', 'A viral post claims our county\'s homeless count doubled in two years. How would I fact-check that step by step, which sources would I use, and how do I word it if the data is ambiguous?'),
  s('support-kb-article', 'sonnet', 'Write a help centre article: "How to reset your router to factory settings", for non-technical customers, with steps, a warning about losing settings, and what to do if it fails.'),
  s('support-angry-reply', 'sonnet', 'Customer wrote: "Third outage this week. I work from home and I\'ve lost two days of pay. Your chatbot is useless." Write a reply from a human agent: empathetic, honest that we can\'t promise no more outages, offer a credit and an engineer visit.'),
  s('prod-weekly-plan', 'sonnet', 'I have a thesis chapter due Friday, two client calls, the gym 3 times, and I want to cook at home. Make me a realistic weekly schedule with focus blocks, and tell me what to drop if Wednesday goes badly.'),
  s('prod-notion-system', 'sonnet', 'Help me set up a simple Notion system for tracking job applications: databases, properties, views, and a weekly review routine.'),
  s('eli5-mrna', 'sonnet', 'ELI5 how mRNA vaccines work, then one paragraph for an adult who wants a bit more detail.'),
  s('eli5-black-scholes', 'sonnet', 'explain the black-scholes formula like im 12. what is it even for'),
  s('eli5-general-relativity', 'sonnet', 'Explain general relativity to a curious 10-year-old, with an analogy that doesn\'t mislead too much, and say where the analogy breaks.'),
  s('caps-budget-sheet', 'sonnet', 'I NEED A SIMPLE HOUSEHOLD BUDGET SPREADSHEET LAYOUT WITH CATEGORIES, FORMULAS FOR TOTALS, AND A 50/30/20 CHECK. GOOGLE SHEETS.'),
  s('typo-cover-letter', 'sonnet', 'can u help me writ a cover leter for a dental asistant job, i have 2 yrs experiance at a pediatric clinic and im good with scared kids'),
  s('bullets-event-plan', 'sonnet', '- company offsite, 40 people\n- 2 days, mid-April\n- budget 25k\n- within 2h of Manchester\n- need a workshop room + outdoor activity\n- some vegans, one wheelchair user\nmake me a plan and a checklist'),
  s('design-word-trap-logo', 'sonnet', 'Design a brand brief for a neighbourhood coffee roaster: audience, personality, colour and type direction, and three logo concepts described in words.'),
  s('proof-word-trap-proofread', 'sonnet', 'Proofread this and explain each change: "The committee have reviewed the proposal, and believe it\'s affect on the budget will be minimal, however they will need further data before they can except it."'),
  svc('escalation-churn-letter', 'sonnet', ESCALATION, 'A long-time business customer is cancelling after a billing error charged them twice for 3 months (refunded last week). Draft a letter from the VP of customer experience: apology, what went wrong, what we changed, and a retention offer within 15% of annual contract value.'),
  s('chem-balance-explain', 'sonnet', 'Balance the combustion of octane and explain how to do it systematically, then work out how many grams of CO2 one litre of petrol (density 0.74 kg/L) produces.'),
];

const opus: TrafficExample[] = [
  s('csv-comp-plan-redesign', 'opus', `${salesCsv}\nWe want to redesign the sales comp plan for next year. Reps like Dana and Ben miss quota while Chidi blows through it, and there is a suspicion that territories, not skill, drive most of it. Using this data and what you know about comp design, propose a plan (quota setting, accelerators, territory rebalancing, clawbacks) and say how you would test whether territory or rep explains the variance before committing.`),
  svc('press-accuracy-audit', 'opus', NEWSROOM, `${pressRelease}\nBefore we run this, check it against what a utility of this size would plausibly report. The capacity, cost, funding split, PFAS claim and the "no rate change" quote: which are plausible, which could be misleading (e.g. the PFAS limit applies to specific compounds and the compliance timeline), and what records should we request to verify each?`),
  svc('policy-cross-border-risk', 'opus', HR_BOT, `${policy}\nAn engineer in our UK office wants to work from Portugal for 4 months while caring for a parent, then possibly relocate permanently. Work through the tax residence, social security, permanent establishment and right-to-work questions, how they interact with our 20-day rule, and what options we could offer without creating risk for the company.`),
  s('incident-root-cause', 'opus', `${incidentNotes}\nThe plant manager wants to know what actually happened. Several things changed at once: resin lot, a cycling heater, rising melt temperature, die pressure. Reason through the competing explanations (thermal degradation, a faulty heater controller, a different melt flow index in the new lot, die build-up), what each predicts about the sequence in the log, which the evidence favours, and which tests would discriminate between them.`),
  s('trial-nnt-decision', 'opus', `${trialTable}\nOur formulary committee must decide whether to add this drug as second line for type 2 diabetes. Work out what these numbers imply for benefit and harm (including the 7.1% vs 1.9% discontinuation), what the 12-week duration and the missing cardiovascular outcomes mean, how it compares with existing options on cost-effectiveness assumptions you state, and give a recommendation with conditions.`),
  s('contract-negotiation-strategy', 'opus', `${contract}\nWe are the customer. Our CFO wants to cut costs, legal worries about the liability cap given the supplier processes call-detail records for 3 million subscribers, and ops says the 30% credit cap is meaningless. Build a negotiation strategy: which clauses interact (caps, sole-remedy, data breach, termination fee), what to trade for what, our walk-away points, and the likely supplier counter-moves.`),
  s('survey-causal-claims', 'opus', `${surveyOutput}\nThe CHRO wants to announce that "each extra remote day raises retention intent by 0.06 points" and roll out more remote days to boost retention. Critically assess whether this regression supports that: confounding with job family given warehouse staff cannot work remotely, self-report, reverse causation, the scale of the outcome. Then design an analysis or a pilot that would actually answer the causal question.`),
  svc('tutor-olympiad-functional', 'opus', TUTOR, 'Find all functions f from the reals to the reals such that f(x + f(y)) = f(x) + y for all real x, y.'),
  svc('tutor-olympiad-inequality', 'opus', TUTOR, 'Let a, b, c be positive reals with abc = 1. Prove that 1/(a^3(b+c)) + 1/(b^3(c+a)) + 1/(c^3(a+b)) >= 3/2.'),
  s('math-number-theory-olympiad', 'opus', 'Prove that there are infinitely many positive integers n such that n^2 + 1 has a prime divisor greater than 2n + sqrt(2n).'),
  s('math-combinatorics-hard', 'opus', 'Show that every 2-colouring of the edges of K_6 has at least two monochromatic triangles, then find the minimum number of monochromatic triangles over all 2-colourings of K_n (Goodman\'s bound) with a proof, and say for which n it is attained.'),
  s('math-research-sunflower', 'opus', 'Summarise where the sunflower conjecture stands after the Alweiss-Lovett-Wu-Zhang breakthrough: what bound they proved, the key idea in the spread lemma, and what is still open.'),
  s('math-research-operator', 'opus', 'I am trying to show a certain family of compact operators on L^2[0,1] has a uniformly bounded spectral radius but my estimate via Gelfand\'s formula blows up. Explain the usual strategies for uniform bounds on families (e.g. Neumann series, quasinilpotence, Volterra-type structure) and when each applies.'),
  s('math-plain-one-liner', 'opus', 'why can\'t you trisect an angle with a ruler and compass? i want the real reason, not "it was proven"'),
  s('puzzle-blue-eyed-islanders', 'opus', 'On an island 100 people have blue eyes, nobody may learn their own eye colour, and anyone who learns it must leave that night. A visitor says "I see someone with blue eyes." Everyone already knew that. Why do all 100 leave on the 100th night, what exactly did the visitor add, and where does the usual inductive argument hide its assumptions?'),
  s('puzzle-hundred-boxes', 'opus', 'Explain the 100 prisoners and 100 boxes problem: why the cycle-following strategy succeeds about 31% of the time, derive that probability, and prove no strategy does much better.'),
  s('stats-mixed-model-design', 'opus', 'We have repeated blood pressure measurements on 600 patients across 14 clinics, measured at irregular visits, with dropout that likely depends on how sick they are. We want the effect of a new care protocol rolled out to clinics at different dates. Specify the model (random effects, time structure, missing data mechanism), the identification threats from staggered rollout, and the sensitivity analyses you would report.'),
  s('stats-simpsons-admissions', 'opus', 'Our department\'s overall acceptance rate for women is lower than for men, but in every sub-programme women are accepted at a higher rate. The dean wants a single answer on whether there is bias. Explain what is going on, the causal assumptions under which each number is the right one, and what further data would settle it.'),
  s('stats-sequential-peeking', 'opus', 'Our product managers check A/B test dashboards daily and stop as soon as p < 0.05. Quantify roughly how much that inflates false positives over a 4-week test, and design a testing procedure (sequential or Bayesian) they can peek at safely, with its trade-offs in power and sample size.'),
  s('stats-forecast-ensemble', 'opus', 'We forecast weekly demand for 12,000 SKUs across 300 stores with heavy intermittency, promotions, and new products with no history. Our current ETS models underperform. Lay out a forecasting system: hierarchy and reconciliation, how to handle intermittent demand and cold starts, which error metric to optimise given asymmetric stock-out costs, and how to evaluate it honestly.'),
  s('stats-plain-hard', 'opus', 'how do i know if my survey results are actually real when only 9% of people responded'),
  s('product-pricing-strategy', 'opus', 'We sell a B2B analytics tool at a flat $400 a month. Usage varies 100x between customers, our largest 5% drive 60% of compute cost, and two competitors just moved to usage-based pricing. Design a new pricing model, the migration path for 1,800 existing customers without a churn spike, and how to test it before committing.'),
  s('product-marketplace-cold-start', 'opus', 'We are launching a two-sided marketplace connecting freelance physiotherapists with care homes in 3 cities. Work through the chicken-and-egg problem, which side to subsidise and how, liquidity metrics per city, regulatory and insurance risks, and a 12-month plan with go/no-go criteria.'),
  s('marketing-attribution', 'opus', 'Our marketing mix is TV, paid social, search, podcasts and affiliates, and last-click attribution says search drives 70% of sales. The CMO suspects TV drives the searches. Design how to measure true incremental contribution per channel: MMM, geo experiments, holdouts, their biases and how to combine them into a budget decision.'),
  s('sales-territory-optimisation', 'opus', 'Redesign sales territories for 45 reps covering 9,000 accounts in the US: balance workload and potential, keep travel time reasonable, respect existing relationships where possible, and minimise disruption. Formulate it as an optimisation problem and explain how you would solve it and validate the result with sales leaders.'),
  s('hr-reorg-layoff', 'opus', 'We must cut 12% of a 900-person company across the US, Germany and India within two quarters. Work through selection criteria that are fair and defensible, the legal consultation requirements in each country, the sequencing, the impact on remaining teams, and how to communicate it. Where do the legal regimes conflict with a single global process?'),
  s('hr-pay-equity-audit', 'opus', 'Design a pay equity audit for 4,000 employees: which controls are legitimate and which hide bias (e.g. job level when promotions may be biased), the regression approach, how to handle small groups, privilege, and how to budget remediation.'),
  s('legal-ip-ownership', 'opus', 'A contractor in Canada built our core algorithm under a contract governed by Ontario law with no IP assignment clause, using some code from his previous employer in the US. We are about to raise a Series A. Analyse who owns what, the risks the investors will see, and the steps to clean up title.'),
  s('legal-ai-act-classification', 'opus', 'We build software that screens CVs and ranks candidates for European employers. Analyse our obligations under the EU AI Act: risk classification, provider vs deployer duties, timelines, the interplay with GDPR article 22, and what we must build before the rules bite.'),
  s('legal-plain-trap', 'opus', 'my landlord sold the building and the new owner says my lease doesnt count. who is right'),
  s('finance-lbo-model', 'opus', 'Walk through an LBO of a business with 50M EBITDA bought at 10x with 5.5x leverage in two tranches, 5-year hold, 4% annual EBITDA growth, exit at 9x. Compute IRR and MOIC under base, downside and upside, and explain which assumptions the returns are most sensitive to and why.'),
  s('finance-revenue-recognition', 'opus', 'We sell a 3-year software licence bundled with implementation services, a hardware device, and 3 years of support, with a discount on the bundle and a variable usage fee. Under IFRS 15, identify the performance obligations, allocate the transaction price, and work out revenue recognition per year with numbers you assume. Where is judgement needed?'),
  s('finance-treasury-liquidity', 'opus', 'Our company holds 180M of cash across 14 countries, with trapped cash in China and Argentina, a revolver with a minimum liquidity covenant, and a bond maturing in 18 months. Design a liquidity and cash-pooling strategy and stress-test it against a 30% revenue drop.'),
  s('finance-plain-hedge-fund', 'opus', 'how did archegos lose so much money so fast and why did some banks lose billions while others got out fine'),
  s('health-differential-diagnosis', 'opus', 'A 34-year-old woman has had 3 months of fatigue, joint pain in hands and knees, intermittent low-grade fevers, a facial rash that worsens in sun, and mild proteinuria. ANA is positive at 1:320, but she recently started minocycline for acne. Work through the differential, how to distinguish drug-induced from systemic lupus, and the workup and management plan.'),
  s('health-antibiotic-stewardship', 'opus', 'Our ICU has rising carbapenem-resistant Klebsiella. Design a stewardship and infection control programme: interventions, how to measure their separate effects when rolled out together, expected trade-offs in patient outcomes, and how to get buy-in from intensivists.'),
  s('health-epi-outbreak', 'opus', 'Over three weeks our county saw 41 cases of Legionnaires\' disease, clustered in two neighbourhoods 4 km apart with no obvious shared exposure. Plan the investigation: case definition, hypotheses (cooling towers, water system, spa), the epidemiological and environmental sampling, and how to decide when to act before the source is confirmed.'),
  s('health-eli5-trap', 'opus', 'Explain to me like I\'m 5, then like I\'m a pharmacist: why do some people bleed on warfarin when their INR is in range, and how should a clinic decide between warfarin and a DOAC for a patient with a mechanical valve, kidney disease and a history of GI bleeding?'),
  s('science-climate-attribution', 'opus', 'How do scientists attribute a specific heatwave to climate change? Explain event attribution methods, their statistical assumptions, the sources of disagreement between studies, and how confident a statement like "made 30 times more likely" really is.'),
  s('science-replication-synthesis', 'opus', 'Synthesise the evidence on ego depletion: the original findings, the large registered replications, the meta-analytic disputes about publication bias corrections, and what a careful reader should believe now. Point out where the methods themselves are contested.'),
  s('science-protein-design', 'opus', 'Compare how AlphaFold-style structure prediction and diffusion-based protein design models differ in what they learn and what they can be trusted for. We want to design a binder for a flexible, partly disordered target; what are the failure modes and how would you set up the experimental validation loop?'),
  s('eng-bridge-fatigue', 'opus', 'A 40-year-old steel railway bridge has fatigue cracks at welded cover plate ends. Traffic loads have increased 25% since it was designed. Assess the remaining fatigue life approach (S-N categories, Miner\'s rule, fracture mechanics), the uncertainties, inspection intervals, and whether to retrofit or replace.'),
  s('eng-control-design', 'opus', 'Our quadcopter oscillates in pitch after we added a 400 g payload below the frame. Derive how the payload changes the dynamics (inertia, pendulum mode), why the existing PID tuning becomes marginal, and design a controller that is robust across payload from 0 to 600 g.'),
  s('eng-grid-battery-sizing', 'opus', 'A remote mine runs on diesel gensets (4 x 1.5 MW) and wants to add 6 MW of solar and a battery. Size the battery and plan the dispatch to minimise fuel while keeping frequency stable when a cloud passes, given the gensets\' minimum load of 40%. State the trade-offs.'),
  s('eng-plain-trap-water-hammer', 'opus', 'why does our factory pipe bang loudly only when the second pump shuts off, and sometimes a valve cracked'),
  s('edu-curriculum-redesign', 'opus', 'Our university wants to replace first-year calculus for all engineering students with a combined calculus-and-computation course. Weigh the evidence on learning outcomes, accreditation constraints, staffing, the effect on weaker students, and how to evaluate the pilot so the result is credible.'),
  s('edu-assessment-ai', 'opus', 'Generative AI has made our take-home essays unreliable as assessment across a 30,000-student university. Design an assessment strategy across disciplines that keeps validity and fairness, accounts for disabled students and workload, and can be rolled out in a year. Where will it fail?'),
  s('journalism-data-investigation', 'opus', 'We have 6 years of police stop data (1.2M rows) with officer ID, race, reason, search and outcome. We want to investigate racial disparities in searches. How do we avoid the benchmarking problem, use hit rates and threshold tests properly, handle officer-level variation, and what claims will we and will we not be able to make in print?'),
  s('journalism-source-ethics', 'opus', 'A whistleblower gave us internal documents showing a hospital hid infection deaths. Some documents contain patient names, one appears altered, and the source may be identifiable from the metadata. Work through verification, protecting the source, privacy of patients, legal exposure, and what we publish and when.'),
  svc('escalation-outage-compensation', 'opus', ESCALATION, 'A fibre cut took down service for 38,000 customers for 61 hours. Regulation requires automatic compensation after 48 hours, but our contracts exclude "third-party damage", the cut was by a council contractor, and 2,100 affected customers are small businesses claiming lost revenue. Decide our compensation policy, considering regulatory exposure, cost, precedent, legal recovery from the contractor, and brand.'),
  svc('escalation-vulnerable-customer', 'opus', ESCALATION, 'An elderly customer with dementia was sold a 24-month contract with 3 add-ons in store. Her son says she could not consent; the store says she seemed fine and signed. Consider the evidence we can gather, the consumer protection duties toward vulnerable customers, the precedent, staff incentives that may have caused it, and what we should change beyond this case.'),
  s('support-staffing-model', 'opus', 'Our support team handles chat, email and phone across 5 time zones with very different handle times and service levels, and we want to cross-train agents so one person can take any channel. Build the staffing and routing model, work out how much cross-training actually saves compared with separate pools, and explain where it hurts service.'),
  s('prod-career-decision', 'opus', 'I have offers from a stable pharma company (higher pay, slow growth) and a 30-person biotech (equity, 18 months runway), my partner may relocate for a residency in a year, and I have a mortgage. Help me reason through this rigorously: scenarios, the value of the equity under realistic dilution and failure rates, reversibility, and what would change the answer.'),
  s('prod-plan-house-renovation', 'opus', 'Plan the renovation of a 1920s house over 9 months while we live in it: rewire, replace the roof, new kitchen, a loft conversion, and underfloor heating downstairs, with a 140k budget, planning permission for the loft still pending, and two kids at school. Sequence the trades, dependencies, contingencies and decision points.'),
  s('caps-hard-stats', 'opus', 'OUR COVID VACCINE EFFECTIVENESS STUDY SHOWS THE VACCINE PROTECTS AGAINST HIP FRACTURES TOO. THAT CANT BE RIGHT. WHAT BIASES COULD PRODUCE THAT AND HOW DO WE FIX THE ANALYSIS'),
  s('typo-hard-chem', 'opus', 'my grignard keeps failing even tho i dry everything, flame dried glasware, fresh THF from the still, Mg turnings activated with iodine. sometimes it starts then dies. substrate is an aryl bromide with an ortho methoxy. what is going on and what shld i try'),
  s('bullets-hard-plan', 'opus', '- we run 14 clinics\n- nurses quit at 28% a year\n- agency staff cost 2.1x\n- patient wait times up 40%\n- budget flat\n- union contract renegotiation in 6 months\nwhat do we do. full plan with trade-offs'),
  s('design-easy-sounding-hard', 'opus', 'Is there a voting rule for choosing between three or more options that is non-dictatorial, respects unanimity and is immune to strategic voting? Explain precisely what Arrow\'s and Gibbard-Satterthwaite\'s theorems say, sketch why, and what escape routes exist in practice.'),
  s('physics-hard-one-liner', 'opus', 'why does the sky on mars look butterscotch by day but blue at sunset, quantitatively'),
  s('math-trap-short-hard', 'opus', 'Is e + pi irrational?'),
];

export const twelfthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
