import type { Tier } from '../../../src/config/schema.js';
import { batch, pad, single, type TrafficExample } from './build.js';

/**
 * A twenty-first batch of single-turn English requests (issue 21, session 10), written blind: without running the
 * router while writing and without looking at which earlier rows it gets wrong. The everyday gateway traffic of one
 * company (Ashgrove Mutual, a UK home, motor and pet insurer with its own claims and quote platform): engineers in a
 * chat UI and a Claude Code-style CLI, internal services with their own system prompts (email triage, claim-note
 * summaries, extraction, text-to-SQL, a PR review bot, complaint letters, a policy-wording answerer), and analysts,
 * actuaries, writers, ops, legal, finance and HR. Mostly plainly typical requests of each tier, about 1 in 6 traps,
 * lengths from one line to ~8 KB pasted. Names start with "b21-"; 50 per tier.
 */
const s = batch('b21-');
/** A request as an internal service sends it: its own system prompt before the user's text. */
const svc = (name: string, tier: Tier, system: string, text: string): TrafficExample => single(`b21-${name}`, tier, text, { system });

const CLI =
  'You are an interactive CLI coding agent that helps users with software engineering tasks in their repository. Be concise; prefer editing existing files to creating new ones; show the code you change. Working directory: /home/dev/ashgrove/claims-platform (Kotlin 1.9, Spring Boot 3, Gradle, Postgres 15). Platform: linux.';
const TRIAGE =
  'You route inbound customer emails for Ashgrove Mutual. Reply with exactly one label and nothing else: NEW_CLAIM, CLAIM_UPDATE, POLICY_CHANGE, RENEWAL, CANCELLATION, PAYMENT, COMPLAINT, OTHER.';
const NOTES =
  'You summarise claim files for Ashgrove Mutual claims handlers. Use only the notes supplied, keep dates and amounts exact, and flag anything that needs action. Follow the requested length.';
const EXTRACT =
  'You are an extraction service. Return a single JSON object with exactly the keys requested; use null for anything not stated. Do not add commentary or markdown.';
const LEDGER =
  'You are Ledger, Ashgrove\'s text-to-SQL assistant on Snowflake. Schema: policies(policy_id, product, channel, aggregator, postcode, start_date, end_date, status, annual_premium_gbp, ipt_gbp), claims(claim_id, policy_id, peril, loss_date, notified_date, status, closed_date, reopened_date), claim_payments(payment_id, claim_id, paid_date, amount_gbp, payee_type), reserves(claim_id, as_at, case_reserve_gbp), quotes(quote_id, channel, aggregator, quoted_at, premium_gbp, converted_policy_id). Return one query in a sql code block and at most two sentences.';
const REVIEW =
  'You are the automated reviewer on Ashgrove\'s claims-platform repository. Comment on correctness, security, concurrency and maintainability, citing file and line. If the diff has no substantive issue, reply "LGTM" and nothing else.';
const COMPLAINTS =
  'You draft letters for Ashgrove Mutual\'s complaints team. Plain English, empathetic, factual. Final response letters must state the outcome, the reasons, any redress, and the customer\'s right to refer to the Financial Ombudsman Service within six months. A complaints handler reviews every draft.';
const WORDING =
  'You answer staff questions about Ashgrove policy wordings. Quote the clause you rely on. If the wording does not answer the question, say so.';
const TRANSLATE = 'Translate Ashgrove customer-facing text. Keep placeholders like {policy_ref} and {date} unchanged. Output only the translation.';
const COMMIT = 'Write a conventional-commit message for the staged diff: a subject of at most 72 characters and, if useful, a short body. Output only the message.';
const CHAT = 'You are Ashgrove Mutual\'s internal assistant for staff. Be accurate and practical.';

const quoteLog = pad(
  '2026-12-07T08:14:02.114Z INFO  quote-engine[7] req=q-7f3a21 aggregator=comparethemarket product=MOTOR rating_ms=412 status=200\n2026-12-07T08:14:02.380Z INFO  quote-engine[2] req=q-7f3a22 aggregator=gocompare product=HOME rating_ms=288 status=200\n2026-12-07T08:14:03.007Z WARN  quote-engine[7] req=q-7f3a23 aggregator=confused product=MOTOR vehicle_lookup=TIMEOUT after_ms=3000 fallback=manual_abi\n2026-12-07T08:14:03.551Z ERROR quote-engine[4] req=q-7f3a24 aggregator=confused product=MOTOR error="CUE lookup failed: upstream 503" declined=false retry=1\n2026-12-07T08:14:04.019Z INFO  quote-engine[2] req=q-7f3a25 aggregator=moneysupermarket product=PET rating_ms=97 status=200\n2026-12-07T08:14:04.820Z WARN  quote-engine[4] req=q-7f3a26 aggregator=confused product=MOTOR vehicle_lookup=TIMEOUT after_ms=3000 fallback=manual_abi\n2026-12-07T08:14:05.133Z INFO  quote-engine[7] req=q-7f3a27 aggregator=direct product=HOME rating_ms=301 status=200 flood_re=true',
  3200,
);

const wordingCore =
  'ASHGROVE MUTUAL HOME INSURANCE - POLICY WORDING (edition 11/2026)\n\nDEFINITIONS\nExcess: the first amount of each claim that you must pay. The excesses are shown in your schedule; unless your schedule says otherwise the standard excess is £250, the escape of water excess is £350 and the subsidence excess is £1,000.\nHome: the private dwelling at the address in your schedule, its garages and outbuildings, walls, gates, fences, drives, paths, patios and fixed swimming pools.\nUnoccupied: when your home has not been lived in by you or a member of your family for more than 60 consecutive days. To be lived in, someone must sleep there regularly.\nEscape of water: water escaping from any fixed water or heating installation, washing machine, dishwasher, fridge, freezer or fish tank in your home, or from a neighbouring property.\nPeriod of insurance: the period shown in your schedule, and any further period for which we accept your premium.\n\nSECTION 1 - BUILDINGS\nWe will cover your buildings against loss or damage caused by the following causes during the period of insurance.\n1.1 Fire, smoke, explosion, lightning or earthquake.\n1.2 Storm or flood. We will not cover damage to gates, fences or hedges; damage caused by rising ground water levels; or damage that happens gradually.\n1.3 Escape of water. We will not cover: (a) loss or damage while your home is unoccupied; (b) the cost of repairing the installation from which the water escaped, other than the cost of finding the source of the leak (trace and access) up to £5,000; (c) damage caused by failure or lack of grout or sealant; (d) damage that happens gradually over a period of time.\n1.4 Theft or attempted theft. We will not cover loss or damage while your home is unoccupied, or caused by you, your family, or anyone lawfully in your home.\n1.5 Subsidence, heave or landslip. We will not cover damage to solid floors unless the foundations beneath the external walls are damaged at the same time; damage caused by coastal or river erosion; or damage which started before the period of insurance.\n1.6 Accidental damage (only if your schedule shows you have chosen this cover).\n\nGENERAL CONDITIONS\nG1 You must take all reasonable steps to prevent loss or damage and keep your home in a good state of repair.\nG2 You must tell us as soon as reasonably possible about any change in circumstances, including if your home will be unoccupied for more than 60 consecutive days, work on your home costing more than £50,000, or a change in who lives there.\nG3 If your home is to be unoccupied you must turn off the water supply at the mains and drain the system, unless the heating is set to keep a minimum temperature of 12 degrees C.\nG4 Cancellation: you may cancel within 14 days of receiving your documents (the cooling-off period) and we will refund your premium in full if you have not made a claim. After that we will refund the premium for the remaining period less an administration fee of £25.\nG5 Fraud: if any claim is fraudulent we will not pay it and may cancel your policy from the date of the fraudulent act.\n\nGENERAL EXCLUSIONS\nE1 Wear and tear, rot, fungus, vermin or anything that happens gradually. E2 Pollution or contamination, unless caused by a sudden and unforeseen incident. E3 War, terrorism (except as covered under Pool Re), nuclear risks. E4 Loss of value after repair. E5 Any loss caused by a cyber event, except resulting physical damage from fire or explosion.';
const policyWording = pad(wordingCore, 7600);

const triangle =
  'Motor BI paid claims, cumulative, GBP thousands (accident year x development months)\nAY,12,24,36,48,60,72,84\n2019,4120,7010,8230,8790,9040,9150,9190\n2020,3880,6720,7950,8480,8730,8820,\n2021,4410,7530,8860,9480,9760,,\n2022,4730,8120,9610,10290,,,\n2023,5260,9310,11040,,,,\n2024,6120,10480,,,,,\n2025,6580,,,,,,';

const fnolEmail =
  'From: d.pryce@outlook.com\nSubject: accident this morning - policy AM-MTR-4471902\n\nHello, I was rear-ended at the lights on Cowbridge Road East in Cardiff at about 8.40 this morning (7 Dec). The other driver admitted it was her fault, her name is Sian Howells, reg CP19 XKT, insured with Admiral I think. My car is a 2021 Kia Niro, reg CA21 RFN, the boot won\'t close and the rear sensor light is on. Nobody was hurt but my daughter (9) was in the back and was shaken. I have photos and her phone number 07700 900431. Can you arrange a hire car? I need it for work. Thanks, Dylan Pryce';

const claimNotes =
  'CLAIM HM-2026-118402 (Home, escape of water) - file notes\n03/11 09:12 FNOL by phone. PH Mrs A Okonkwo. Leak from pipe under bathroom floor noticed 02/11, ceiling below stained and partly collapsed. PH turned off mains. Vulnerability flag: PH 81, lives alone, hearing impaired - prefers email.\n03/11 11:40 Emergency plumber (Rapid Flow) instructed, attended 16:00, leak traced to failed compression joint, repaired. Invoice £410 (trace and access).\n05/11 Drying company (DryTech) instructed, moisture readings high in kitchen ceiling and walls. Estimated drying 3 weeks.\n06/11 PH asks about alternative accommodation - kitchen unusable. Handler agreed 2 nights hotel while drying equipment installed. Hotel £240.\n12/11 Loss adjuster (K. Bell, Crawford) visit. Notes possible long-standing leak: staining pattern and rot on joist. Asks for photos from plumber.\n18/11 Plumber photos received. Plumber states joint failed recently, rot limited to one joist end.\n21/11 LA report: damage consistent with recent sudden escape plus some earlier minor seepage. Recommends accepting claim, deduct rot repair to joist as gradual (est £380). Reserve set £9,850.\n26/11 Drying complete certificate issued.\n28/11 Contractor quote (Morgan Builders) £8,920 inc VAT: ceiling, kitchen wall plaster, redecoration, joist repair.\n01/12 PH daughter (Ms C Okonkwo) calls, upset nothing has happened since drying, mother using a camping stove. No third-party authority on file.\n03/12 Handler emailed PH asking for authority form for daughter. No reply yet.';

const complaintLetter =
  'Dear Sir or Madam,\n\nI am writing to complain about how my windscreen claim (ref MC-2026-77310) has been handled. On 2 October a stone cracked my windscreen on the M4. I called the same day and was told a technician would come within 3 working days. Nobody came. I called again on 9 October and was told the booking had "dropped out of the system" and a new one was made for 14 October. On 14 October the technician arrived but had the wrong glass because my car has a heads-up display, which I had told you twice. The glass was finally replaced on 28 October. In that time I could not use my car legally, I had to take two days of unpaid leave (£260) and pay for taxis to my mother\'s care home (£118, receipts attached). I was also charged the full £115 excess although your website says the windscreen excess is £95 if I use your approved repairer, which I did.\n\nI would like the difference in the excess refunded, my costs reimbursed, and an explanation of what went wrong.\n\nYours faithfully,\nMargaret Ellery\nPolicy AM-MTR-2093318';

const repairEstimate =
  'MORGAN BUILDERS LTD - ESTIMATE EST-4471 for HM-2026-118402\nItem | Description | Amount (GBP)\n1 | Remove collapsed kitchen ceiling, dispose | 640.00\n2 | Supply and fix plasterboard ceiling 14 m2, skim | 1,890.00\n3 | Hack off and re-plaster kitchen walls 22 m2 | 2,310.00\n4 | Replace joist end (sister joist) | 380.00\n5 | Mist coat and two coats emulsion, ceiling and walls | 1,210.00\n6 | Refit extractor and light fittings (electrician) | 333.33\nSubtotal | | 6,763.33\nVAT 20% | | 1,352.67\nTotal | | 8,116.00\nValid 30 days. Start within 2 weeks of acceptance.';

const reserveClass =
  '```kotlin\n@Service\nclass ReserveCalculator(\n    private val claimRepo: ClaimRepository,\n    private val rates: InflationRateClient,\n) {\n    fun initialReserve(claimId: Long): BigDecimal {\n        val claim = claimRepo.findById(claimId).get()\n        val base = when (claim.peril) {\n            "EOW" -> BigDecimal("4200")\n            "STORM" -> BigDecimal("3100")\n            "THEFT" -> BigDecimal("2600")\n            "SUBSIDENCE" -> BigDecimal("18500")\n            else -> BigDecimal("2000")\n        }\n        val inflation = rates.currentBuildingCostIndex() // calls BCIS API\n        val adjusted = base.multiply(inflation)\n        if (LocalDate.now().month in listOf(Month.DECEMBER, Month.JANUARY, Month.FEBRUARY) && claim.peril == "EOW") {\n            return adjusted.multiply(BigDecimal("1.15")).setScale(2, RoundingMode.HALF_UP)\n        }\n        return adjusted.setScale(2, RoundingMode.HALF_UP)\n    }\n}\n```';

const haiku: TrafficExample[] = [
  s('eng-git-rename-branch', 'haiku', 'rename my local branch and the one on origin too'),
  s('eng-py-strip-list', 'haiku', 'python: strip whitespace from every string in a list'),
  s('eng-kotlin-data-class-copy', 'haiku', 'kotlin copy a data class with one field changed?'),
  s('eng-jq-count-claims', 'haiku', 'jq: count the items in .claims'),
  s('eng-pg-table-size', 'haiku', 'postgres: size of a table including its indexes'),
  s('eng-ts-nullish-vs-or', 'haiku', 'quick one: ?? vs || in typescript'),
  s('eng-http-410-or-404', 'haiku', 'expired quote link: 410 or 404? one line why'),
  s('eng-log-which-aggregator', 'haiku', `${quoteLog}\nwhich aggregator are the vehicle lookup timeouts coming from?`),
  s('eng-log-first-error', 'haiku', `${quoteLog}\ntimestamp of the first ERROR line?`),
  s('eng-cron-first-of-month', 'haiku', 'cron for 02:30 on the 1st of every month'),
  s('eng-terse-docker-logs-tail', 'haiku', 'docker logs follow, last 100 lines'),
  s('eng-regex-uk-reg-plate', 'haiku', 'regex for a current-format UK number plate like AB12 CDE (space optional)'),
  s('eng-trap-race-jira-title', 'haiku', 'Jira title for this please, max 8 words: "intermittent race condition in the renewal batch where two workers sometimes pick up the same policy and both send a renewal invite"'),
  svc('cli-log-level-debug', 'haiku', CLI, 'change this log line to debug level\n\n```kotlin\nlogger.info("Loaded {} perils for product {}", perils.size, productCode)\n```'),
  svc('cli-when-expression', 'haiku', CLI, 'turn this into a `when`\n\n```kotlin\nval label = if (status == "O") "Open" else if (status == "C") "Closed" else if (status == "R") "Reopened" else "Unknown"\n```'),
  svc('cli-readonly-annotation', 'haiku', CLI, 'what does @Transactional(readOnly = true) actually do on this repository method? short answer\n\n```kotlin\n@Transactional(readOnly = true)\nfun findOpenByPolicy(policyId: Long): List<Claim> = claimRepo.findByPolicyIdAndStatus(policyId, "O")\n```'),
  svc('triage-rear-ended', 'haiku', TRIAGE, fnolEmail),
  svc('triage-new-address', 'haiku', TRIAGE, 'Hi, we moved house on Saturday, new address is 14 Heol y Coed, Pontypridd CF37 4EZ. Please update my home policy AM-HOM-3301287. Thanks, R. Jenkins'),
  svc('triage-cancel-pet', 'haiku', TRIAGE, 'Sadly our dog Bramble died last week. Please can you cancel his pet policy, ref AM-PET-0088123. Thank you.'),
  svc('triage-dd-failed', 'haiku', TRIAGE, 'got a text saying my direct debit failed?? I changed banks last month, how do I give you the new details'),
  svc('triage-complaint-windscreen', 'haiku', TRIAGE, complaintLetter),
  svc('extract-fnol-fields', 'haiku', EXTRACT, `Keys: policy_number, incident_date, location, own_vehicle_reg, third_party_name, third_party_reg, third_party_insurer, injuries, hire_car_requested\n\n${fnolEmail}`),
  svc('extract-estimate-totals', 'haiku', EXTRACT, `Keys: estimate_ref, contractor, subtotal_gbp, vat_gbp, total_gbp, validity_days\n\n${repairEstimate}`),
  svc('extract-complaint-refs', 'haiku', EXTRACT, `Keys: customer_name, policy_number, claim_ref, excess_charged_gbp\n\n${complaintLetter}`),
  svc('notes-one-line-status', 'haiku', NOTES, `One sentence: where is this claim up to?\n\n${claimNotes}`),
  svc('notes-reserve-value', 'haiku', NOTES, `What is the current reserve and who is the loss adjuster?\n\n${claimNotes}`),
  svc('sql-open-motor-claims', 'haiku', LEDGER, 'how many motor claims are open right now'),
  svc('sql-renewing-january', 'haiku', LEDGER, 'list home policies ending in January 2027'),
  svc('wording-eow-excess', 'haiku', WORDING, `${policyWording}\nWhat's the escape of water excess?`),
  svc('wording-cooling-off', 'haiku', WORDING, `${policyWording}\nHow long is the cooling-off period?`),
  svc('translate-cy-renewal', 'haiku', TRANSLATE, 'Welsh: "Your policy {policy_ref} renews on {date}. You do not need to do anything."'),
  svc('translate-pl-claim-ref', 'haiku', TRANSLATE, 'Polish: "Please quote your claim reference {claim_ref} when you call us."'),
  svc('commit-fix-typo', 'haiku', COMMIT, '```diff\n--- a/src/main/resources/messages.properties\n+++ b/src/main/resources/messages.properties\n@@ -12 +12 @@\n-claim.status.reopend=Reopened\n+claim.status.reopened=Reopened\n```'),
  svc('review-dependency-bump', 'haiku', REVIEW, '```diff\n--- a/gradle/libs.versions.toml\n+++ b/gradle/libs.versions.toml\n@@ -8 +8 @@\n-jackson = "2.17.1"\n+jackson = "2.17.2"\n```'),
  s('fin-ipt-back-out', 'haiku', 'premium is £336 including 12% IPT, what is it before tax'),
  s('fin-excel-countif-large', 'haiku', 'excel: count claims in column D bigger than 10,000'),
  s('fin-define-loss-ratio', 'haiku', 'loss ratio - one sentence definition for a slide'),
  s('analyst-triangle-lookup', 'haiku', `${triangle}\n\nwhat's paid for AY2022 at 24 months?`),
  s('analyst-average-list', 'haiku', 'average of 1240, 980, 1515, 1102, 1377'),
  s('analyst-broker-most-policies', 'haiku', 'which broker wrote the most?\n\nbroker,policies,gwp_gbp\nHarbourside Brokers,412,318,200\nKeel & Co,388,402,950\nPennant Insurance Services,501,290,730\nFolly Bridge Brokers,97,88,400'),
  s('ops-time-bst-est', 'haiku', '3pm UK time Thursday is what time in New York?'),
  s('ops-working-days-jan', 'haiku', 'HOW MANY WORKING DAYS IN JANUARY 2027 IN ENGLAND'),
  s('writer-less-robotic', 'haiku', 'make this sound less robotic, keep it short: "Your claim has been received. It will be processed. You will be contacted in due course."'),
  s('writer-fix-typos', 'haiku', 'fix typos only: "Thankyou for you\'re patience while we asses your claim, we will be in tuch within 5 working day\'s."'),
  s('support-shorten-macro', 'haiku', 'shorten to under 300 characters: "Thank you for getting in touch about your pet insurance renewal. We understand that premiums going up can be frustrating. Your premium is calculated based on a number of factors including your pet\'s age, breed and the cost of veterinary treatment, which has risen significantly across the UK this year. If you would like to discuss your options, including changing your excess, please call us on 0300 555 0199, Monday to Friday, 8am to 8pm."'),
  s('legal-trap-proof-ncd', 'haiku', 'difference between "proof of no claims" and a "no claims discount"? one line each'),
  s('hr-trap-design-meeting-rename', 'haiku', 'we have a weekly meeting called "Design sync (claims UX)". give me 3 clearer names, short'),
  s('legal-trap-long-wording-unoccupied', 'haiku', `${policyWording}\nhow many days before a home counts as unoccupied?`),
  s('hr-bank-holiday-may', 'haiku', 'date of the early May bank holiday 2027?'),
  s('analyst-trap-triangle-latest-ay', 'haiku', `${triangle}\n\nwhich is the latest accident year in this and what's its first value`),
];

export const twentyFirstSingleTurnExamples: TrafficExample[] = [...haiku];
