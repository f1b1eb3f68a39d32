import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A fifteenth batch of single-turn English requests (issue 21, session 9), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. Knowledge workers and everyday
 * users of an internal chat assistant: analysts, product managers, finance, legal, HR, sales, marketing,
 * researchers (biology, chemistry, physics, economics, social science), teachers, students, writers and managers.
 * Writing and editing, explanations, decisions, planning, spreadsheets and formulas, statistics from a mean to
 * causal inference, maths from arithmetic to olympiad and research level, strategy, literature synthesis, quick
 * facts, unit conversions. Pasted material of 0.3 to 9 KB, internal services' system prompts, and about one trap
 * in five. Names start with "b15-"; 70 per tier.
 */
const s = batch('b15-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b15-${name}`, tier, text, { system });

const FIN_DESK =
  'You are Ledger, the internal finance assistant at Northwind Foods. Users are FP&A analysts and budget holders. Keep answers short unless asked for detail; show formulas in Excel syntax.';
const TICKET_TRIAGE =
  'Classify the employee IT request into exactly one of: ACCESS, HARDWARE, SOFTWARE, NETWORK, ACCOUNT_LOCKOUT, OTHER. Output the label only.';
const SENTIMENT =
  'You label customer survey comments. Output one word: positive, negative, neutral or mixed.';
const RESEARCH_LIB =
  'You are the research assistant of the Institute for Applied Social Research library. Users are researchers and PhD students. Be precise, cite the material the user gives, and say when evidence is weak or contested.';
const CLASSROOM =
  'You are Chalk, an assistant for primary and secondary school teachers. Keep materials age-appropriate and give answers at the end for any worksheet.';
const STRATEGY =
  'You are the strategy analyst assistant for the executive committee of Halden Group. Be rigorous and explicit about assumptions, second-order effects and risks. End with a recommendation and what would change it.';
const COMMS =
  'You are the internal communications assistant at Verity Health. Write in plain English, warm but professional, and keep to the word limits users give.';

const budgetCsv =
  'department,budget_q2,actual_q2,budget_q3,actual_q3\nMarketing,120000,131400,125000,118200\nSales,240000,236900,250000,262750\nR&D,310000,298400,320000,341100\nHR,65000,64100,65000,66900\nFacilities,90000,97250,90000,88400\nFinance,72000,70050,72000,71800\n';
const pipelineCsv =
  'deal,owner,stage,amount,close_date,created\nAcme renewal,Kim,Closed Won,48000,2026-09-12,2026-05-02\nBolt Logistics,Raj,Proposal,72000,2026-12-15,2026-08-20\nCedar Health,Kim,Negotiation,130000,2026-11-30,2026-06-11\nDune Retail,Lia,Closed Lost,22000,2026-10-01,2026-07-14\nElm Schools,Raj,Discovery,15000,2027-02-28,2026-11-02\nFjord Energy,Lia,Closed Won,96000,2026-10-22,2026-04-30\nGale Media,Kim,Proposal,41000,2026-12-20,2026-09-05\nHarbor Bank,Raj,Closed Lost,210000,2026-09-30,2026-03-18\nIris Labs,Lia,Negotiation,58000,2026-12-05,2026-08-01\nJuno Travel,Kim,Closed Won,33000,2026-11-14,2026-09-21\n';
const handbook = pad(
  'Verity Health Employee Handbook, section 6: Time off. Full-time employees accrue 25 days of paid annual leave per year, pro rata for part-time staff, plus public holidays. Up to 5 unused days may be carried into the next year and must be used by 31 March, after which they lapse. Leave requests of more than 10 consecutive working days need approval from a director as well as the line manager. Sick leave: employees must notify their manager before 09:30 on the first day of absence; a fit note is required from the eighth calendar day. Compassionate leave of up to 5 paid days is available on the death of a close family member. Parental leave: primary carers receive 26 weeks at full pay after one year of service; secondary carers receive 4 weeks at full pay. Volunteering: two paid days per year for approved charities, booked through the HR portal like annual leave.',
  7000,
);
const abstractText =
  'Background: Loneliness is associated with poorer health in older adults, but trial evidence for community interventions is mixed. Methods: We conducted a cluster-randomised trial in 48 general practices in northern England. Practices were allocated to a social-prescribing link-worker service (n = 24 practices, 1,212 patients aged 65+) or usual care (n = 24, 1,187 patients). The primary outcome was the UCLA-3 loneliness score at 12 months; secondary outcomes were EQ-5D-5L, GP consultations and cost per QALY. Results: At 12 months, mean UCLA-3 was 5.9 in the intervention arm and 6.3 in usual care (adjusted difference -0.38, 95% CI -0.71 to -0.05; ICC 0.03). EQ-5D-5L did not differ. GP consultations fell by 0.6 per patient-year (95% CI -1.1 to -0.1). The incremental cost per QALY was 41,800 GBP. Conclusions: Link workers produced a small reduction in loneliness; cost-effectiveness is uncertain at conventional thresholds.';
const transcript = pad(
  'Transcript, Q4 planning call, consumer app team, 3 November. Present: Maya (PM), Theo (design), Ines (engineering lead), Carl (marketing), Priya (data). Maya: we have to choose between the onboarding redesign and the referral programme for Q4, we cannot staff both. Ines: onboarding is about six weeks for two engineers, referrals is four weeks but needs fraud checks from the payments team. Priya: day-7 retention dropped from 31% to 27% since the August release, mostly new Android users, and the onboarding funnel loses 40% at the permissions screen. Carl: referrals would support the January campaign, the agency needs creative by 1 December. Theo: we could do a lighter onboarding fix, just the permissions screen, in two weeks. Maya: let us decide by Friday; Priya will size the retention impact, Ines will ask payments about fraud-check capacity, Theo will mock up the permissions screen. Next call Thursday 10:00.',
  3500,
);
const invoiceText =
  'INVOICE No. 2026-1187\nFrom: Brightwater Catering Ltd, 14 Mill Lane, Leeds LS2 7EY, VAT GB 294 8812 07\nTo: Verity Health, Finance Dept, 2 Park Row, Leeds\nDate: 18 November 2026   Due: 18 December 2026\n\nStaff conference lunch, 140 covers @ 12.50      1,750.00\nCoffee and pastries, 140 @ 4.20                   588.00\nVenue room hire (half day)                        400.00\nSubtotal                                        2,738.00\nVAT 20%                                           547.60\nTOTAL GBP                                       3,285.60\n\nPay by bank transfer to sort code 40-11-62, account 71129944, reference 2026-1187.\n';
const jobAd =
  'Senior Data Analyst (Hybrid, Manchester)\nWe are looking for a Senior Data Analyst to join our Commercial Insights team. You will own pricing and promotion analytics for our grocery category, partner with category managers, and build dashboards used by the leadership team.\nWhat you will do: design and analyse promotion tests; build and maintain Power BI dashboards; write SQL against our Snowflake warehouse; present findings to senior stakeholders; mentor two junior analysts.\nWhat you bring: 4+ years in analytics, strong SQL, experience with Power BI or Tableau, working knowledge of Python or R, understanding of experimental design and regression, excellent communication. Retail or FMCG experience is a plus.\nSalary 52,000 to 60,000 GBP, 27 days leave, 8% pension.';
const labLog = pad(
  '2026-11-21 08:14:02 INFO  plate-reader-02 run=PR-5531 protocol=ELISA_IL6_v3 operator=jmorales started\n2026-11-21 08:14:05 INFO  plate-reader-02 temp=25.1C shake=orbital 300rpm 10s\n2026-11-21 08:22:47 INFO  plate-reader-02 read wavelength=450nm ref=570nm wells=96\n2026-11-21 08:22:49 WARN  plate-reader-02 well H12 OD above range (4.000), flagged\n2026-11-21 08:23:10 INFO  lims-sync pushed 96 results to LIMS batch B-20261121-07\n2026-11-21 08:23:11 INFO  plate-reader-02 run=PR-5531 finished status=OK',
  4000,
);

const haiku: TrafficExample[] = [
  svc('budget-q2-total', 'haiku', FIN_DESK, `${budgetCsv}\nwhat's the total actual spend in Q2?`),
  s('budget-over-q3', 'haiku', `${budgetCsv}\nWhich departments went over budget in Q3?`),
  svc('budget-variance-formula', 'haiku', FIN_DESK, 'Excel formula for variance % if budget is in B2 and actual in C2?'),
  s('pipeline-count-won', 'haiku', `${pipelineCsv}\nhow many deals are closed won and what's their total`),
  s('pipeline-kim-deals', 'haiku', `${pipelineCsv}\nList Kim's open deals (not closed), just the names.`),
  s('pipeline-to-markdown', 'haiku', `${pipelineCsv}\nturn this into a markdown table, only deal, stage and amount columns`),
  svc('handbook-carryover', 'haiku', COMMS, `${handbook}\nHow many days of leave can I carry over and until when?`),
  s('handbook-fit-note', 'haiku', `${handbook}\nfrom what day do I need a fit note`),
  s('handbook-volunteer-days', 'haiku', `${handbook}\nHow many volunteering days do we get? One line.`),
  s('abstract-sample-size', 'haiku', `${abstractText}\n\nHow many patients were in the trial in total?`),
  s('abstract-primary-outcome', 'haiku', `${abstractText}\n\nWhat was the primary outcome measure?`),
  svc('abstract-two-sentences', 'haiku', RESEARCH_LIB, `Summarise this abstract in two sentences for our reading list:\n\n${abstractText}`),
  s('transcript-attendees', 'haiku', `${transcript}\nWho attended? Names and roles only.`),
  s('transcript-next-call', 'haiku', `${transcript}\nwhen is the next call`),
  s('transcript-action-owners', 'haiku', `${transcript}\nList the action items with owners as bullets.`),
  s('invoice-fields-json', 'haiku', `${invoiceText}\nExtract invoice number, supplier, due date and total as JSON.`),
  s('invoice-vat', 'haiku', `${invoiceText}\nhow much is the VAT on this`),
  s('jobad-skills-list', 'haiku', `${jobAd}\n\nPull out the required skills as a bullet list.`),
  s('jobad-salary', 'haiku', `${jobAd}\n\nWhat's the salary range?`),
  s('lablog-run-finish', 'haiku', `${labLog}\n\nwhat time did run PR-5531 finish and was it OK?`),
  s('lablog-flagged-well', 'haiku', `${labLog}\n\nWhich well got flagged?`),
  svc('triage-laptop-screen', 'haiku', TICKET_TRIAGE, 'my laptop screen has a crack in the corner and flickers when i open the lid past 90 degrees'),
  svc('triage-locked-out', 'haiku', TICKET_TRIAGE, 'I typed my password wrong too many times after the reset and now it says my account is locked, I have a client call at 2'),
  svc('triage-sharepoint-access', 'haiku', TICKET_TRIAGE, 'Need read access to the Finance > Month End SharePoint site, my manager Sarah Ng approved it'),
  svc('sentiment-delivery-late', 'haiku', SENTIMENT, 'Delivery was two days late but the driver was lovely and the food was still cold-chained properly.'),
  svc('sentiment-app-crash', 'haiku', SENTIMENT, 'App crashes every time I try to upload my prescription. Useless.'),
  s('unit-marathon-km', 'haiku', 'how many km is a marathon (26.2 miles)'),
  s('unit-oven-temp', 'haiku', 'Recipe says 180C, my oven is in Fahrenheit. What do I set it to?'),
  s('unit-lbs-kg', 'haiku', 'convert 165 lbs to kg'),
  s('unit-mg-dl-mmol', 'haiku', 'Glucose 126 mg/dL in mmol/L?'),
  s('unit-sqft-sqm', 'haiku', 'Office is 4,200 sq ft. How many square metres is that, roughly?'),
  s('time-est-to-london', 'haiku', 'If it is 3:30pm in New York (EST) what time is it in London'),
  s('date-weekday', 'haiku', 'What day of the week is 1 March 2027?'),
  s('arith-percent-change-revenue', 'haiku', 'Revenue went from 4.8m to 5.3m. Percent increase?'),
  s('arith-compound-savings', 'haiku', '5000 at 4% a year compounded annually, how much after 3 years'),
  s('arith-split-bill', 'haiku', 'Dinner was $312 for 7 people plus 20% tip. How much each?'),
  s('arith-roman', 'haiku', 'What number is MCMXCIV?'),
  s('arith-fraction-decimal', 'haiku', '7/16 as a decimal'),
  s('stats-mode-median', 'haiku', 'Median and mode of 4, 9, 2, 9, 5, 11, 3, 9, 6?'),
  s('stats-percent-format', 'haiku', 'Write 0.0345 as a percentage with one decimal place.'),
  s('excel-xlookup', 'haiku', 'xlookup to get the price from Sheet2 column C where Sheet2 column A matches A2'),
  s('excel-countif-text', 'haiku', 'Excel: count cells in D2:D500 that say "Approved"'),
  s('excel-days-between', 'haiku', 'formula for number of working days between two dates in B2 and C2, excluding weekends'),
  s('sheets-join-names', 'haiku', 'Google Sheets: combine first name in A2 and last name in B2 with a space'),
  s('define-ebitda', 'haiku', 'What does EBITDA stand for? Just the expansion.'),
  s('define-opportunity-cost', 'haiku', 'Define opportunity cost in one sentence for a glossary.'),
  s('define-confounder-glossary', 'haiku', 'One-line definition of "confounding variable" for a first-year stats glossary, no examples.'),
  s('fact-wealth-of-nations', 'haiku', 'Who wrote The Wealth of Nations and what year was it published?'),
  s('fact-molar-mass-nacl', 'haiku', 'molar mass of NaCl'),
  s('fact-avogadro', 'haiku', "What's Avogadro's number to 4 significant figures?"),
  s('fact-photosynthesis-eq', 'haiku', 'Balanced equation for photosynthesis please'),
  s('email-less-blunt', 'haiku', 'Make this less blunt: "You missed the deadline again. Send me the report today."'),
  s('email-fix-typos', 'haiku', 'fix typos only, dont change anything else: "Hi all, just a remider that the offsite is on Thrusday, please confrim your diatery requirments by tommorow."'),
  s('email-subject-line', 'haiku', 'Subject line for an email telling the team the Q3 board pack is now in the shared drive'),
  s('rewrite-formal-deck', 'haiku', 'rewrite formally: "hey can u send me the deck from yesterday asap thx"'),
  s('shorten-linkedin', 'haiku', 'Cut this to under 30 words: "I am absolutely thrilled and deeply honoured to share with my wonderful network that after an incredible journey of four amazing years, I have been promoted to Head of Customer Insights at Larkspur, and I could not have done it without my fantastic team."'),
  s('grammar-affect-effect', 'haiku', 'affect or effect: "The new policy will ___ morale"'),
  s('grammar-passive', 'haiku', 'Is this passive voice? "The samples were analysed by the external lab."'),
  s('sort-alpha-list', 'haiku', 'sort alphabetically: Okafor, Becker, Lindqvist, Alvarez, Nakamura, Dubois, Chen'),
  s('hashtags-garden-sale', 'haiku', '5 hashtags for a spring sale on garden furniture'),
  s('teacher-times-tables', 'haiku', 'Give me 10 random times-table questions (up to 12x12) for year 4, answers at the end.'),
  s('acronym-sow', 'haiku', 'what does SOW mean in procurement'),
  s('apa-reference-format', 'haiku', 'Format as an APA 7 reference: authors Maria Lopez and Tom Hale, 2024, title "Nudges and pension enrolment", journal Journal of Behavioral Economics, volume 12, issue 3, pages 201-219.'),
  s('trap-race-condition-glossary', 'haiku', 'For our non-technical staff glossary: what is a "race condition"? One plain sentence.'),
  s('trap-proofread-spelling', 'haiku', 'Is it "proofread" or "proof-read" in British English?'),
  s('trap-design-title-shorter', 'haiku', 'Make this slide title shorter: "Design Review of the Distributed Consensus and Replication Layer for the Payments Ledger"'),
  s('trap-theorem-name', 'haiku', 'Which theorem says a^2 + b^2 = c^2 for right triangles? Just the name.'),
  s('trap-long-log-start', 'haiku', `${pad('2026-11-30T02:00:00Z scheduler INFO job=nightly_revenue_rollup queue=finance-batch attempt=1 priority=normal retry_policy=exponential(max=5,base=30s) deps=[fx_rates_daily,orders_snapshot] warehouse=SNOWFLAKE_FIN_XL', 5000)}2026-11-30T02:00:04Z nightly_revenue_rollup RUNNING started_at=02:00:04\n2026-11-30T02:41:19Z nightly_revenue_rollup SUCCEEDED rows=18,422,901\n\nwhat time did the rollup finish?`),
  s('trap-long-paper-journal', 'haiku', `${pad('Abstract. We study the price elasticity of demand for urban public transport using a natural experiment: the 2023 fare cap introduced across 11 bus operators. Using a synthetic control design with ticketing data from 214 routes and weather, school-term and fuel-price covariates, we estimate a short-run elasticity of -0.31 (95% CI -0.38 to -0.24) and a long-run elasticity of -0.52. Effects are larger for off-peak and for routes serving low-income areas. Robustness checks with placebo dates, leave-one-operator-out estimates and alternative donor pools do not change the conclusions.', 6000)}\nThis was published in Transport Policy, right? Just tell me what journal name I should put in the citation if the header says "Transp. Policy".`),
  s('trap-eli5-easy-cells', 'haiku', 'explain to my 6 year old what a cell is in one or two sentences'),
];

const regressionOut =
  'Store pilot: weekly sales per store (GBP thousands), OLS with store and week fixed effects, n = 3,120 store-weeks\n\n                         coef     std err    t      P>|t|\nself_checkout            4.82     1.91       2.52   0.012\nstaff_hours              0.031    0.009      3.44   0.001\nlocal_unemployment      -0.77     0.41      -1.88   0.060\npromo_weeks              6.10     0.88       6.93   0.000\n\nWithin R-squared: 0.18\nNote: self_checkout = 1 from the week a store got self-checkout tills; 40 of 120 stores got them, chosen by regional managers.\n';
const qpcr =
  'Sample, Gene, Ct\nControl_1, GAPDH, 18.2\nControl_1, IL6, 27.9\nControl_2, GAPDH, 18.4\nControl_2, IL6, 28.3\nControl_3, GAPDH, 18.1\nControl_3, IL6, 27.6\nTreated_1, GAPDH, 18.3\nTreated_1, IL6, 25.1\nTreated_2, GAPDH, 18.6\nTreated_2, IL6, 25.6\nTreated_3, GAPDH, 18.2\nTreated_3, IL6, 24.8\n';
const storyOpening =
  'The ferry was late again, which meant Ada had forty minutes to stand on the pier and think about what she would say to her brother. She had rehearsed it on the train, in the queue for coffee, and twice in the mirror of the station toilet. None of the versions sounded like her. The wind came off the water in long cold pulls and the gulls screamed at nothing. A man beside her was eating chips from a paper cone, very slowly, as if each one was a decision. She thought about the house, about the letters in the drawer, about the way their mother used to say "we will see" when she meant no. When the ferry finally appeared it looked smaller than she remembered, as things from childhood do, and she felt the old tightening in her chest. She picked up her bag. She put it down again. The man with the chips offered her one, and she took it, and it was the best thing she had eaten in a week.';
const ndaClause =
  '4. Confidential Information. "Confidential Information" means all information disclosed by either party, in any form, whether or not marked as confidential, including information disclosed before the date of this Agreement. 5. Obligations. The Recipient shall keep Confidential Information secret indefinitely and shall not disclose it to any person, including its employees, without the prior written consent of the Discloser. 6. Exceptions. The obligations in clause 5 do not apply to information that the Recipient can prove was in the public domain at the time of disclosure. 9. Remedies. The Recipient shall indemnify the Discloser for all losses arising from any breach, without limit.';
const varianceTable =
  'Line item             Budget Oct   Actual Oct   Var      YTD Budget   YTD Actual\nRevenue               2,400,000    2,262,000    -138,000  23,100,000  22,870,000\nCOGS                  1,440,000    1,402,400     37,600   13,860,000  13,990,100\nGross margin            960,000      859,600   -100,400    9,240,000   8,879,900\nMarketing               180,000      214,500    -34,500    1,710,000   1,802,300\nSalaries                410,000      401,200      8,800    4,100,000   4,058,700\nLogistics               120,000      138,900    -18,900    1,150,000   1,221,400\nEBITDA                  250,000      105,000   -145,000    2,280,000   1,797,500\nNote: a key customer (FreshCo) delayed orders worth ~120k to November; diesel prices up 14% since August.\n';
const abstracts3 =
  'A) Smith et al. 2022, RCT, 640 warehouse workers: four-day week (32h, same pay) vs control for 6 months; self-reported burnout fell 18%, output per hour +6%, total output -4%.\nB) Okoro and Lind 2023, difference-in-differences, 61 firms that adopted a four-day week vs 122 matched firms; revenue growth no different after 2 years, staff turnover -23%.\nC) Haas 2024, survey of 2,900 employees in 33 pilot firms; 71% reported lower stress, but 38% said they compressed the same work into four longer days.\n';

const sonnet: TrafficExample[] = [
  s('cover-letter-analyst', 'sonnet', `${jobAd}\n\nWrite me a cover letter for this. About me: 5 years at a supermarket chain doing promo analytics in SQL and Tableau, ran ~30 promotion tests, led one junior, MSc in economics. Keep it under 350 words, not too salesy.`),
  s('perf-review-paragraph', 'sonnet', 'Turn these notes into a fair performance review paragraph for my direct report (around 200 words):\n- delivered the vendor migration 3 weeks early\n- great with stakeholders, finance team asks for her by name\n- documentation is thin, others struggled to pick up her work when she was on leave\n- wants to move toward people management next year'),
  svc('variance-commentary', 'sonnet', FIN_DESK, `${varianceTable}\nWrite the variance commentary for the October management accounts: 5-7 bullet points, explain the main drivers and what we expect for November.`),
  s('transcript-decision-memo', 'sonnet', `${transcript}\n\nWrite a one-page memo for the head of product laying out the two options, the facts from the call, what we still need to know, and a suggested way to decide by Friday.`),
  s('handbook-faq', 'sonnet', `${handbook}\nWrite an FAQ of 8 questions new starters actually ask about time off, with answers taken only from this text.`),
  s('nda-review-issues', 'sonnet', `We are the recipient under this NDA from a potential supplier. What are the problems with these clauses for us and what would you ask to change?\n\n${ndaClause}`),
  s('contractor-vs-employee-uk', 'sonnet', 'In plain words, how does UK law decide whether someone is an employee, a worker or self-employed? We have a few long-term freelancers working 4 days a week on our team and I want to understand the risk before I talk to legal.'),
  s('job-description-pm', 'sonnet', 'Write a job description for a mid-level product manager for our B2B invoicing app (team of 8 engineers, remote in EU time zones). Include responsibilities, requirements, nice-to-haves and a short paragraph on the team.'),
  s('interview-scorecard', 'sonnet', 'Create an interview scorecard for a customer success manager role: 5 competencies, what good / ok / weak looks like for each, and 2 behavioural questions per competency.'),
  s('sales-followup-sequence', 'sonnet', 'Write a 3-email follow-up sequence for prospects who attended our webinar on warehouse automation but did not book a demo. Spaced 3, 7 and 14 days. Different angle each time, no pushy language.'),
  s('pipeline-analysis', 'sonnet', `${pipelineCsv}\nGive me a quick pipeline analysis for the sales meeting: win rate by owner on closed deals, open pipeline by stage, which deals look at risk given their close dates, and 3 recommendations.`),
  s('prd-section-export', 'sonnet', 'Draft the "Problem", "Goals / non-goals" and "Success metrics" sections of a PRD for letting users export their expense reports to CSV and PDF. Users are finance admins at SMEs; today they screenshot reports and retype them.'),
  s('rice-prioritise', 'sonnet', 'Prioritise these with RICE and explain the ranking briefly:\n1. Dark mode: reach 8000/qtr, impact 0.5, confidence 80%, effort 2 pm\n2. Bulk edit: reach 1500, impact 2, confidence 70%, effort 3 pm\n3. SSO for enterprise: reach 300, impact 3, confidence 90%, effort 5 pm\n4. Faster search: reach 6000, impact 1, confidence 50%, effort 4 pm'),
  svc('lesson-plan-fractions', 'sonnet', CLASSROOM, 'Plan a 45 minute lesson for year 5 on adding fractions with different denominators. Include a starter, main activity with differentiation for 3 levels, a plenary and a short exit ticket.'),
  svc('rubric-persuasive', 'sonnet', CLASSROOM, 'Make a rubric for a year 9 persuasive essay (4 levels, criteria: argument, evidence, structure, language, conventions).'),
  s('essay-outline-ww1', 'sonnet', 'Help me outline a 2000 word essay on "To what extent was the alliance system the main cause of the First World War?" I need a thesis, paragraph plan and which historians to mention.'),
  s('story-edit-pacing', 'sonnet', `Edit this opening for pacing and cut anything that is not doing work. Then explain your three biggest changes.\n\n${storyOpening}`),
  s('blog-tighten', 'sonnet', 'Tighten this blog intro, keep the voice: "In today\'s fast-paced world, it is more important than ever for businesses of all shapes and sizes to really think carefully about how they are managing their cash flow, because at the end of the day, cash is king, and without it, even the most profitable business on paper can find itself in serious trouble very quickly indeed. In this post, we are going to take a look at some of the top tips and tricks that small business owners can use to get on top of their cash flow."'),
  s('difficult-conversation', 'sonnet', 'I need to talk to a team member whose work has slipped for two months (missed deadlines, short with colleagues). I suspect something is going on at home. How do I prepare and run this conversation? Give me an opening line and how to handle it if he gets defensive.'),
  s('offsite-agenda', 'sonnet', 'Plan a 1.5 day offsite agenda for a 14-person marketing team: goals are next year\'s plan, fixing handoffs with sales, and some team bonding. We have a budget of 6k and it is in Lisbon.'),
  s('pca-vs-factor', 'sonnet', 'I have a 24-item wellbeing questionnaire (n = 410). When should I use PCA vs exploratory factor analysis, and what do I report (rotation, number of factors, loadings)?'),
  s('methods-from-notes', 'sonnet', 'Write a methods paragraph from my notes: semi-structured interviews, 22 nurses, 3 hospitals, purposive sampling, 45-60 min, recorded and transcribed, reflexive thematic analysis (Braun and Clarke), NVivo 14, two coders, ethics approval ref 24/NW/0311.'),
  s('survey-questions-bias', 'sonnet', 'Review these survey questions for bias and rewrite them:\n1. How much do you love our new app?\n2. Don\'t you agree that remote work improves productivity?\n3. How often do you exercise and eat healthily?\n4. Rate our excellent customer service from 1 to 5.'),
  s('power-calc-ttest', 'sonnet', 'We want to detect a difference of 0.3 SD in test scores between two teaching methods, alpha 0.05, power 80%, two-sided. How many students per group? Show the calculation and what happens if we can only get 120 per group.'),
  s('regression-interpret-pilot', 'sonnet', `${regressionOut}\nThe retail director wants to know whether self-checkout raised sales by about 4.8k per store per week. Explain what this output does and does not show, in language she will follow.`),
  s('chi-square-complaints', 'sonnet', 'Complaints by channel: phone 48 of 1200 orders, web 61 of 2900, app 35 of 1900. Is complaint rate different across channels? Run a chi-square test and interpret.'),
  s('ci-proportion', 'sonnet', '212 of 640 survey respondents said they would switch provider. 95% confidence interval for the proportion, and explain it to a marketing manager in one sentence.'),
  s('ab-test-readout', 'sonnet', 'A/B test on checkout page: control 18,204 visitors, 1,092 purchases; variant 18,190 visitors, 1,183 purchases. Avg order value 54.10 vs 52.80. Is it a win? Give me the conversion lift, significance and what I should say about revenue per visitor.'),
  s('did-store-pilot-setup', 'sonnet', 'We ran a loyalty pilot in 15 stores from June. How do I set up a difference-in-differences analysis against the other stores, what are the assumptions, and how do I check parallel trends in Excel or R?'),
  s('npv-irr-project', 'sonnet', 'Project costs 250k now, returns 70k, 80k, 90k, 90k, 60k over years 1-5. Discount rate 9%. Calculate NPV and IRR and tell me whether to do it. Excel formulas too.'),
  s('cashflow-vs-profit', 'sonnet', 'We made 1.2m profit last year but the bank balance went down 300k. Receivables grew 900k, inventory up 450k, we bought a 400k machine, depreciation was 150k. Explain to our founder why, and what to watch.'),
  s('excel-flag-drops', 'sonnet', 'Sheet has Region (A), Rep (B), then monthly sales Jan-Dec in C:N. I need a formula in O that flags "CHECK" when the latest month with data dropped more than 10% vs the month before, but only for EMEA reps. Some months are blank.'),
  s('excel-na-debug', 'sonnet', 'My VLOOKUP returns #N/A for about a third of rows even though I can see the IDs in both sheets. =VLOOKUP(A2,Products!A:D,4,FALSE). IDs look like 100234. What are the likely causes and how do I fix each?'),
  s('powerquery-cleanup', 'sonnet', 'Every month I get a CSV from our bank with merged header rows, dates as text in dd/mm/yyyy, amounts with "CR"/"DR" suffixes and blank lines between days. Walk me through a Power Query that cleans it so I can just refresh next month.'),
  s('apps-script-reminders', 'sonnet', 'Write a Google Apps Script that runs daily, looks at a sheet with columns Task, Owner email, Due date, Status, and emails the owner when a task is due in 2 days and status is not "Done". Include how to set the trigger.'),
  s('pivot-howto-margin', 'sonnet', 'How do I build a pivot table showing margin % by product category and quarter from a sheet of order lines (date, category, revenue, cost)? Margin % should be computed properly, not averaged.'),
  s('crm-vendor-choice', 'sonnet', 'Help me pick between HubSpot and Pipedrive for a 12-person sales team selling to schools. We care about email sequences, reporting, price, and ease for reps who hate admin. Give a short comparison and a recommendation.'),
  s('conference-checklist', 'sonnet', 'Make a planning checklist for a 2-day customer conference for 250 people, 4 months out: venue, speakers, AV, catering, registration, comms, on-the-day. Group by month.'),
  s('inflation-rates-newhire', 'sonnet', 'Explain to a new finance graduate how central bank interest rates affect inflation, with the channels and time lags, and why it matters for our debt costs. Half a page.'),
  svc('comms-vaccine-explainer', 'sonnet', COMMS, 'Write a 300-word staff newsletter piece explaining how the flu vaccine trains the immune system and why we offer it every year, for non-clinical staff.'),
  s('report-to-slides', 'sonnet', `${abstractText}\n\nTurn this trial into an 8-slide outline for our commissioners: title, key message and 2-3 bullets per slide.`),
  s('literature-compare-4day', 'sonnet', `${abstracts3}\nCompare these three studies of the four-day week: designs, what each actually measured, and what they jointly suggest. A paragraph for my literature review.`),
  svc('research-critique-questionnaire', 'sonnet', RESEARCH_LIB, 'I plan to measure "digital inclusion" in older adults with a 10-item yes/no checklist (owns smartphone, uses email, banks online, etc.) summed to a score. What are the validity problems with this and what established instruments should I look at?'),
  s('ode-textbook', 'sonnet', "Solve y'' + 4y = sin(t), y(0) = 0, y'(0) = 1. Show steps."),
  s('integral-by-parts', 'sonnet', 'Integrate x^2 e^{3x} dx, step by step'),
  s('eigen-diagonalise', 'sonnet', 'Find the eigenvalues and eigenvectors of [[4, 1], [2, 3]] and diagonalise it.'),
  s('bayes-screening', 'sonnet', 'A screening test for a condition with 0.5% prevalence has 92% sensitivity and 96% specificity. If someone tests positive, what is the chance they have it? Explain why it is so low for our patient leaflet.'),
  s('lp-bakery', 'sonnet', 'Bakery makes loaves (profit 1.50, 0.5 kg flour, 10 min oven) and cakes (profit 4, 0.8 kg flour, 30 min oven). 100 kg flour and 40 hours oven per week. How many of each to maximise profit? Solve it.'),
  s('incline-friction', 'sonnet', 'A 12 kg box slides down a 30 degree ramp, coefficient of kinetic friction 0.25. Find the acceleration and the speed after 3 m from rest.'),
  s('redox-balance', 'sonnet', 'Balance MnO4- + Fe2+ -> Mn2+ + Fe3+ in acidic solution using half equations and explain each step for my students.'),
  s('buffer-ph', 'sonnet', 'pH of a buffer made from 0.15 M acetic acid and 0.10 M sodium acetate (pKa 4.76)? Then what if I add 0.01 mol HCl to 1 L of it?'),
  s('qpcr-ddct', 'sonnet', `${qpcr}\nCalculate IL6 fold change treated vs control with the delta-delta Ct method, and tell me whether the GAPDH values look stable enough.`),
  s('crispr-offtarget-slide', 'sonnet', 'For a lab meeting slide: explain what CRISPR-Cas9 off-target effects are, how guide design and high-fidelity Cas9 variants reduce them, and how people usually check for them. Bullet points.'),
  s('orbit-speed', 'sonnet', 'Why does a satellite in a lower orbit go faster? Show it with the equations, and work out the orbital period at 400 km altitude.'),
  s('elasticity-our-prices', 'sonnet', 'We raised the price of our meal kit from 6.99 to 7.49 and weekly orders went from 12,400 to 11,600. What is the price elasticity (midpoint method), and was the rise good for revenue? What else might explain the drop?'),
  s('supply-shock-explain', 'sonnet', 'Explain with a supply-and-demand diagram described in words what happened to coffee prices after the Brazil frost, and why the effect on cafe prices is smaller and slower.'),
  s('monty-hall-intuition', 'sonnet', 'My team refuses to believe the Monty Hall answer. Give me the clearest explanation I can use, plus a quick simulation in Excel to convince them.'),
  s('trap-proof-sqrt2', 'sonnet', 'Proof that the square root of 2 is irrational, written out properly for a first-year student.'),
  s('trap-proof-odd-sum', 'sonnet', 'Prove by induction that 1 + 3 + 5 + ... + (2n-1) = n^2. Please show the base case and inductive step clearly.'),
  s('trap-design-ab-newsletter', 'sonnet', 'How should I design an A/B test for our newsletter subject lines? 40k subscribers, we send weekly.'),
  s('trap-eli5-inflation', 'sonnet', 'ELI5 why prices go up over time and why a little inflation is considered healthy, then give me the grown-up version in a paragraph.'),
  s('trap-short-correlation', 'sonnet', 'stores with more staff sell more. so should we hire more staff? what am I missing'),
  s('trap-long-handbook-rewrite', 'sonnet', `${handbook}\nRewrite the parental leave part as a friendly 150-word explainer for managers, including what they should do when someone tells them they are expecting.`),
  s('trap-typo-regression', 'sonnet', 'whats the diffrence between r squared and adjusted r squred and which one shld i report in my dissertation, i have 6 predictors n=95'),
  s('trap-terse-pivot', 'sonnet', 'vlookup vs index match vs xlookup, when to use which, short'),
  s('trap-caps-grant-edit', 'sonnet', 'EDIT THIS SPECIFIC AIMS PARAGRAPH SO IT IS SHARPER, DEADLINE TONIGHT: "Our long-term goal is to understand the role of gut microbiota in the development of type 2 diabetes. The objective of this application is to investigate whether certain bacterial metabolites affect insulin signalling. Our central hypothesis is that short-chain fatty acids might be involved. We will do this through three aims looking at mice, cells and human samples."'),
  s('trap-bullets-policy-summary', 'sonnet', '- parental leave 26 wks full pay primary carer\n- 4 wks secondary\n- 1 yr service needed\n- keeping in touch days: 10\n- phased return up to 4 wks at 80% hours full pay\nwrite this up as a one-page policy summary for the intranet, friendly tone'),
  s('trap-hard-sounding-easy', 'sonnet', 'Explain the Black-Scholes formula term by term for someone who knows basic probability. No derivation needed, I just want to know what each part means.'),
  s('trap-plain-words-churn', 'sonnet', 'our customers keep cancelling after 3 months. how do i figure out why with the data we have (signup date, plan, usage per week, support tickets, cancel reason dropdown)'),
  s('trap-wrapper-log-summary', 'sonnet', `${labLog}\n\nWrite a short note for the lab manager summarising this morning's plate reader runs, anything flagged, and what should be rechecked.`),
];

export const fifteenthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet];
