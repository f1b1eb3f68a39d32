import { conversation, type TrafficExample } from './build.js';

/**
 * Third multi-turn batch (session 8, names `m3-`), written blind (the router was not run while writing): five
 * conversations with assistant turns of realistic length (a company valuation, a mutual-exclusion proof, a
 * clinician's drug question, an embedded I2C bug cut off mid-analysis, a UI translation job), each with four
 * latest turns: thanks, "continue", a genuinely new trivial question, a transform, a harder follow-up.
 */

const valuation = [
  'Can you help me value a small private company for a possible acquisition? Revenue 12M USD growing 20% a year for 3 more years then 8%, EBITDA margin 18% rising to 24%, capex about 3% of revenue, working capital 10% of incremental revenue, tax 25%. Use a DCF with a 12% discount rate and 3% terminal growth.',
  "Here is a five-year DCF with your assumptions (USD millions).\n\n| Year | Revenue | EBITDA | D&A | EBIT | Tax | Capex | ΔNWC | FCF |\n|---|---|---|---|---|---|---|---|---|\n| 1 | 14.40 | 2.88 | 0.36 | 2.52 | 0.63 | 0.43 | 0.24 | 2.18 |\n| 2 | 17.28 | 3.63 | 0.43 | 3.20 | 0.80 | 0.52 | 0.29 | 2.82 |\n| 3 | 20.74 | 4.56 | 0.52 | 4.04 | 1.01 | 0.62 | 0.35 | 3.58 |\n| 4 | 22.39 | 5.15 | 0.56 | 4.59 | 1.15 | 0.67 | 0.17 | 4.16 |\n| 5 | 24.19 | 5.80 | 0.60 | 5.20 | 1.30 | 0.73 | 0.18 | 4.59 |\n\nFCF = EBIT − tax + D&A − capex − ΔNWC. I assumed D&A at 2.5% of revenue.\n\nPresent value of the five FCFs at 12%: about 12.2M. Terminal value at the end of year 5: 4.59 × 1.03 / (0.12 − 0.03) = 52.5M, worth 29.8M today. **Enterprise value ≈ 42.0M**, about 7.2x next year's EBITDA. The terminal value is 71% of the total, so the result is very sensitive to the discount rate and terminal growth; I would show a sensitivity table before using this number in a negotiation.",
];

const bakery = [
  "Prove that Lamport's bakery algorithm guarantees mutual exclusion for N processes. Assume atomic reads and writes of single registers for now. I want the invariant and the argument, not a sketch.",
  "Setup. Process i executes:\n\n```\nchoosing[i] := true\nnumber[i] := 1 + max(number[1..N])\nchoosing[i] := false\nfor j in 1..N, j ≠ i:\n  await choosing[j] = false\n  await number[j] = 0 or (number[i], i) < (number[j], j)\n<critical section>\nnumber[i] := 0\n```\n\nwhere (a, i) < (b, j) is lexicographic order.\n\n**Lemma 1.** If process i is in its critical section (CS) and process k has passed its doorway (finished computing number[k]) after i read number[k] in its wait loop... more precisely: if i is in the CS and k ≠ i has number[k] ≠ 0, then (number[i], i) < (number[k], k).\n\nProof of Lemma 1. Consider the moment t at which i, in its wait loop for j = k, read choosing[k] = false. Two cases.\n\n(a) k had not yet started its doorway at t, or had finished it and then left the CS and reset. If k's current doorway started after t, then when k computed its max it read number[i], which was already set (i finished its doorway before its loop), so number[k] ≥ number[i] + 1 > number[i].\n\n(b) k had finished its doorway before t. Then the number[k] that i read in the second await is k's current value, and i passed the await, so either number[k] = 0 at that read (impossible: k is still holding a ticket, and a process resets only on exit) or (number[i], i) < (number[k], k).\n\nThe delicate point is why case (a) and case (b) cover everything: because i waited for choosing[k] = false, k cannot have been in the middle of its doorway at t with a read of number[i] that predates i's write…",
];

const anticoag = [
  "I'm a GP. 78-year-old man with new atrial fibrillation, CHA2DS2-VASc 4, HAS-BLED 2, weight 64 kg, creatinine 1.4 mg/dL. I'm deciding between apixaban and rivaroxaban. What's the right dose of each for him, and which would you lean to?",
  "With the values you gave, first estimate his creatinine clearance (Cockcroft-Gault): (140 − 78) × 64 / (72 × 1.4) ≈ 39 mL/min.\n\n**Apixaban.** The dose reduction to 2.5 mg twice daily needs at least two of: age ≥ 80, weight ≤ 60 kg, creatinine ≥ 1.5 mg/dL. He meets none of them (78 years, 64 kg, 1.4 mg/dL), so the standard dose is **5 mg twice daily**.\n\n**Rivaroxaban.** The dose is based on CrCl: 20 mg once daily with the evening meal if CrCl > 50 mL/min, **15 mg once daily** if 15-50. At about 39 mL/min he would get 15 mg.\n\n**Which to prefer.** In older patients with moderately reduced kidney function, apixaban has the lower rate of major and gastrointestinal bleeding in trials and observational data, and it depends less on renal clearance (about 27% vs 33% renally excreted as active drug). The twice-daily dosing is the main downside if adherence is a concern. Most guidelines and local formularies would lean to apixaban 5 mg twice daily here, with renal function rechecked at least every 6 months given he is close to the thresholds (he turns 80 in two years, and a small fall in weight or rise in creatinine changes the apixaban dose).",
];

const i2c = [
  "Our board reads two HDC-42 humidity sensors on the same I2C bus (400 kHz, 4.7k pull-ups to 3.3 V, about 40 cm of ribbon cable to the second sensor). Reads from the second sensor sometimes return 0xFF 0xFF, only while the pump motor is running, and never from the first sensor. Scope shows clean edges at the MCU. We already added 100 nF decoupling at each sensor. What's going on?",
  "A few things fit \"only the far sensor, only with the motor running, clean edges at the MCU\", and the last one matters most: you are measuring at the wrong end of the cable.\n\n1. **Ground shift along the cable.** If the pump's return current shares any part of the ground path with the sensor's ground, the far sensor's ground moves by tens to hundreds of millivolts in step with the motor's PWM. The sensor then sees SDA and SCL relative to its own ground; a low of 0.3 V at the MCU can be 0.6-0.7 V at the sensor, above its V_IL. A read of 0xFF is what you get when the sensor misses its address or the master reads an idle-high bus.\n2. **Capacitive and inductive coupling in the ribbon.** 40 cm of flat cable next to motor leads picks up PWM edges; with 4.7k pull-ups and the added cable capacitance (~30-50 pF/m per line) your rise time at 400 kHz is already close to the 300 ns limit, so a coupled glitch during a rising edge can be read as an extra clock edge. The MCU end looks clean because the glitch is attenuated by the time it gets back, or because your scope's ground lead is the MCU's.\n3. **Brown-out of the far sensor.** A motor inrush can drop the sensor's supply below its 1.8 V minimum for a few microseconds after the long, thin cable; the sensor resets mid-transaction and leaves SDA released.\n\nTo tell these apart, put the scope probe **at the far sensor**, with the probe's ground on the sensor's ground pin, trigger on the motor's PWM edge and…",
];

const strings = [
  'Translate these app strings into German. Keep the keys and the {placeholders}.\n\n"onboarding.welcome": "Welcome to Fernwood, {firstName}!",\n"onboarding.cta": "Get started",\n"budget.over": "You are {amount} over your budget for {category}",\n"budget.reset_hint": "Budgets reset on the 1st of every month",\n"settings.delete_account": "Delete account"',
  '"onboarding.welcome": "Willkommen bei Fernwood, {firstName}!",\n"onboarding.cta": "Los geht\'s",\n"budget.over": "Du hast dein Budget für {category} um {amount} überschritten",\n"budget.reset_hint": "Budgets werden am 1. jedes Monats zurückgesetzt",\n"settings.delete_account": "Konto löschen"\n\nNotes: I used the informal "du", which most consumer finance apps in Germany use (N26, Finanzguru). "Los geht\'s" is shorter than "Jetzt starten" and fits a button. In "budget.over" the placeholders had to swap order for natural German word order; check that your formatter does not assume positional order.',
];

export const thirdMultiTurnExamples: TrafficExample[] = [
  ...conversation('m3-valuation', valuation, [
    ['thanks', 'haiku', 'Great, thanks a lot, this is really helpful.'],
    ['sensitivity', 'sonnet', 'Redo it with 2% terminal growth and add a sensitivity table of EV for discount rates 10-14% and terminal growth 1-4%.'],
    ['side-wacc', 'haiku', 'Side question: what does WACC stand for?'],
    ['convertibles', 'opus', 'The target has 4M of convertible notes converting at a 20% discount to the next round with a 30M cap, and its last round has a full-ratchet anti-dilution clause. If we pay 40M for the equity, work out what each class actually receives per share under both the convertible and ratchet mechanics, and whether the founders are better off with an asset sale.'],
  ]),
  ...conversation('m3-bakery', bakery, [
    ['continue', 'opus', 'continue'],
    ['safe-registers', 'opus', 'Now drop the atomicity assumption: a read that overlaps a write may return any value. Show that mutual exclusion still holds, and point out exactly which step of your argument needs to change.'],
    ['latex', 'sonnet', 'Format the proof so far as LaTeX with a lemma and theorem environment.'],
    ['thx', 'haiku', 'thx, that is enough for today'],
  ]),
  ...conversation('m3-anticoag', anticoag, [
    ['table', 'haiku', 'Put the two doses and their criteria in a small table.'],
    ['handout', 'sonnet', 'Write a one-page handout for him about starting apixaban: what it is for, how to take it, missed doses, bleeding signs, and telling the dentist.'],
    ['warfarin-inr', 'opus', 'Update: it turns out he has been on warfarin from another clinic for a mechanical mitral valve, INR today 4.1, and he had a small GI bleed last year. Reassess everything: can he switch at all, what do I do about the INR now, and how do I coordinate with the other clinic?'],
    ['brand-name', 'haiku', 'What is the brand name of apixaban in the US?'],
  ]),
  ...conversation('m3-i2c', i2c, [
    ['continue', 'opus', 'continue'],
    ['retry-wrapper', 'sonnet', 'While we dig into it, write a C wrapper around the sensor read that detects the 0xFF 0xFF case, recovers the bus with 9 clock pulses if SDA is stuck, and retries up to 3 times.'],
    ['thanks-found', 'haiku', 'Thanks! Found it, the motor ground was sharing the sensor cable\'s ground wire. Rerouted it and it\'s fine now.'],
    ['heat-too', 'opus', 'We just saw the same 0xFF reads with the motor off, but only when the enclosure is above 40°C, and again only on the far sensor. Does that change your analysis? What now fits both observations?'],
  ]),
  ...conversation('m3-strings', strings, [
    ['spanish', 'haiku', 'Same strings in Spanish please.'],
    ['glossary', 'sonnet', 'Check your German against our glossary and flag anything inconsistent: Budget = Budget, account = Konto, category = Kategorie, "get started" = "Jetzt starten" (always), formal "Sie" in settings and legal screens only.'],
    ['continue', 'haiku', 'continue with these: "settings.language": "Language", "settings.notifications": "Notifications", "common.save": "Save"'],
    ['release-notes', 'sonnet', 'Write short release notes for this update (German strings, new budget warnings) in English, German and Spanish for the app stores.'],
  ]),
];
