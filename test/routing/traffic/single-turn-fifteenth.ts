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

export const fifteenthSingleTurnExamples: TrafficExample[] = [...haiku];
