import { pad, single, type TrafficExample } from './build.js';

/**
 * A second batch of single-turn English requests (issue 21, session 3), written before any tuning
 * against them, in the kinds of mistakes: shape over substance (long documents with simple
 * or hard asks, short asks that are hard), and everyday work that only looks hard or easy.
 */
const contract = pad(
  'Clause 7. Termination. Either party may terminate this Agreement on ninety (90) days written notice. The Customer may terminate immediately if the Supplier breaches clause 9 (Data Protection) and fails to remedy the breach within thirty (30) days. On termination the Supplier shall return all Customer Data within fourteen (14) days and certify its deletion. Fees paid in advance for the period after termination are refunded pro rata, except where termination is for the Customer\'s breach.',
  10_000,
);
const minutes = pad(
  'Weekly product sync, 3 June. Attendees: Maya (PM), Luis (eng lead), Priya (design), Tom (support). Maya: checkout redesign ships behind a flag on 17 June. Luis: the payments retry job still double-charges in rare cases, fix in review. Priya: new onboarding screens ready for testing. Tom: top support topic is password reset emails arriving late. Action items: Luis to merge retry fix by Friday; Priya to share prototype link; Tom to collect five examples of late emails.',
  8_000,
);
const sourceFile = pad(
  'export function parseDuration(text: string): number {\n  const match = /^(\\d+)(ms|s|m|h)$/.exec(text.trim());\n  if (!match) throw new Error(`bad duration: ${text}`);\n  const n = Number(match[1]);\n  switch (match[2]) {\n    case "ms": return n;\n    case "s": return n * 1000;\n    case "m": return n * 60_000;\n    default: return n * 3_600_000;\n  }\n}\n',
  6_000,
);
const csv = pad('order_id,customer,country,amount_eur,status\n10231,Ana Ruiz,ES,129.90,shipped\n10232,Ben Ode,NG,54.00,cancelled\n10233,Chen Li,CN,310.25,shipped\n10234,Dora Kis,HU,18.50,refunded', 7_000);
const paper = pad(
  'Abstract. We study whether remote work changes the rate of patenting among software engineers. Using a panel of 41,000 engineers across 312 firms from 2015 to 2023 and the staggered adoption of remote-first policies, we estimate a difference-in-differences model with firm and year fixed effects. Patent filings per engineer fall by 8% (s.e. 3%) in the two years after adoption, concentrated among junior engineers. Event-study estimates show no pre-trends. We discuss selection into remote-first firms and the possibility that patenting shifted to unobserved forms of innovation.',
  9_000,
);
const stackTrace = pad(
  'java.lang.NullPointerException: Cannot invoke "com.shop.Cart.getItems()" because "cart" is null\n\tat com.shop.CheckoutService.total(CheckoutService.java:88)\n\tat com.shop.CheckoutController.checkout(CheckoutController.java:41)\n\tat jdk.internal.reflect.GeneratedMethodAccessor12.invoke(Unknown Source)',
  4_000,
);

const longHaiku: TrafficExample[] = [
  single('contract-notice-days', 'haiku', `${contract}\nHow many days of notice does either party need to give to terminate?`),
  single('minutes-ship-date', 'haiku', `${minutes}\nWhen does the checkout redesign ship?`),
  single('minutes-attendees', 'haiku', `${minutes}\nList the attendees' names only.`),
  single('source-language', 'haiku', `${sourceFile}\nWhich programming language is this file written in?`),
  single('csv-count-shipped', 'haiku', `${csv}\nHow many distinct countries appear in the country column of the first four rows?`),
  single('paper-sample-size', 'haiku', `${paper}\nHow many engineers are in the panel?`),
  single('trace-line', 'haiku', `${stackTrace}\nOn which line of CheckoutService.java is the exception thrown?`),
  single('contract-refund-yes-no', 'haiku', `${contract}\nAnswer yes or no: are advance fees refunded when the customer terminates for the supplier's breach?`),
];

const longSonnet: TrafficExample[] = [
  single('minutes-email', 'sonnet', `${minutes}\nWrite a follow-up email to the team summarizing the decisions and action items, with owners and dates.`),
  single('source-tests', 'sonnet', `${sourceFile}\nWrite unit tests for parseDuration with vitest, covering valid units, whitespace, and invalid input.`),
  single('csv-report', 'sonnet', `${csv}\nWrite a pandas script that loads this CSV and reports revenue by country, excluding cancelled and refunded orders, as a bar chart.`),
  single('paper-plain', 'sonnet', `${paper}\nExplain this abstract in plain language for a newsletter aimed at engineering managers, in about 200 words.`),
  single('contract-summary', 'sonnet', `${contract}\nSummarize the termination clause for a non-lawyer and list what the supplier must do after termination.`),
  single('trace-fix', 'sonnet', `${stackTrace}\nWhat does this stack trace mean and how should I guard against it in CheckoutService.total?`),
  single('minutes-extract-actions', 'sonnet', `${minutes}\nExtract every action item from these notes into a JSON array with owner, task, due date (null if none), and the meeting it came from; merge duplicates across meetings.`),
];

const longOpus: TrafficExample[] = [
  single('paper-critique-did', 'opus', `${paper}\nCritically evaluate the identification strategy: could staggered adoption bias the two-way fixed effects estimate, what would a heterogeneity-robust estimator change, and what alternative explanations does the design fail to rule out?`),
  single('contract-risk', 'opus', `${contract}\nWe are the supplier. Analyse the liability exposure this clause creates together with a separate uncapped data-protection indemnity, including interaction effects and edge cases, and propose redlines with the reasoning behind each.`),
  single('source-proof', 'opus', `${sourceFile}\nProve that parseDuration never returns a value above Number.MAX_SAFE_INTEGER for inputs it accepts, or give the smallest counterexample, and show how to make the function total and overflow-safe.`),
];

const shortHaiku: TrafficExample[] = [
  single('spell-check', 'haiku', 'Fix the spelling: "I recieved the pakage yesturday."'),
  single('capital-au', 'haiku', 'What is the capital of Australia?'),
  single('km-miles', 'haiku', 'Convert 42 km to miles.'),
  single('antonym', 'haiku', 'What is the opposite of "generous"?'),
  single('hex-color', 'haiku', 'What is the hex code for pure red?'),
  single('yaml-to-json', 'haiku', 'Convert this YAML to JSON:\nname: api\nreplicas: 3\nports:\n  - 80\n  - 443'),
  single('lowercase', 'haiku', 'Make this lowercase: "PLEASE CONFIRM YOUR ATTENDANCE BY FRIDAY"'),
  single('topic-label', 'haiku', 'Label this support ticket as billing, technical or account: "I was charged twice for my March invoice."'),
  single('who-wrote', 'haiku', 'Who wrote "Pride and Prejudice"?'),
  single('percent', 'haiku', 'What is 15% of 240?'),
  single('iso-date', 'haiku', 'Rewrite "March 5th, 2024" in ISO 8601 format.'),
  single('port-ssh', 'haiku', 'What port does SSH use by default?'),
  single('bullet-to-sentence', 'haiku', 'Turn these bullets into one sentence: - fast shipping - free returns - 2-year warranty'),
  single('name-extract', 'haiku', 'Extract the person\'s name from: "Please forward the report to Dr. Helena Brandt by noon."'),
  single('tz-diff', 'haiku', 'How many hours ahead of London is Berlin in winter?'),
  single('emoji-meaning', 'haiku', 'What does the 🙏 emoji usually mean?'),
  single('http-404', 'haiku', 'What does HTTP status 404 mean?'),
  single('abbrev', 'haiku', 'Abbreviate "Limited Liability Company".'),
  single('tweet-shorten', 'haiku', 'Make this fit in a tweet: "Our spring sale starts Monday with up to 40% off all outdoor gear, including tents, sleeping bags and hiking boots, both online and in every store."'),
  single('grammar-fix', 'haiku', 'Correct the grammar: "Me and him goes to the gym every days."'),
  single('squared', 'haiku', 'What is 17 squared?'),
  single('mime-type', 'haiku', 'What is the MIME type of a .png file?'),
  single('subject-line', 'haiku', 'Suggest a short email subject line for a message rescheduling Thursday\'s meeting to Friday.'),
];

const shortSonnet: TrafficExample[] = [
  single('py-retry', 'sonnet', 'Write a Python decorator that retries a function up to 3 times with exponential backoff on ConnectionError.'),
  single('react-hook', 'sonnet', 'Write a React hook useDebounce(value, delay) and show how to use it in a search box.'),
  single('explain-cap', 'sonnet', 'Explain the CAP theorem with a concrete example for each trade-off.'),
  single('go-http', 'sonnet', 'Write a small Go HTTP server with a /health endpoint and graceful shutdown on SIGTERM.'),
  single('product-desc', 'sonnet', 'Write a product description for noise-cancelling headphones aimed at commuters, about 150 words.'),
  single('explain-index', 'sonnet', 'Explain how a B-tree index speeds up a WHERE clause and when Postgres would ignore it.'),
  single('onboarding-plan', 'sonnet', 'Draft a 30-60-90 day onboarding plan for a new customer success manager.'),
  single('git-rebase-explain', 'sonnet', 'Explain the difference between git merge and git rebase, and when rebasing a shared branch causes trouble.'),
  single('cron-script', 'sonnet', 'Write a cron job and shell script that backs up a Postgres database nightly to S3 and deletes backups older than 14 days.'),
  single('essay-outline', 'sonnet', 'Outline a persuasive essay arguing that cities should build more protected bike lanes.'),
  single('rust-error', 'sonnet', 'In Rust, how do I convert between my own error enum and std::io::Error using the ? operator? Show an example.'),
  single('sql-dupes', 'sonnet', 'Write a SQL query that finds customers who placed more than one order on the same day.'),
  single('explain-jwt', 'sonnet', 'What is the difference between a JWT access token and a refresh token, and how should a web app store each?'),
  single('speech', 'sonnet', 'Write a two-minute toast for my sister\'s wedding; she met her husband while hiking in Scotland.'),
  single('css-grid', 'sonnet', 'Build a responsive CSS grid layout with a sidebar that collapses below 768px. Give the HTML and CSS.'),
  single('pros-cons-remote', 'sonnet', 'What are the pros and cons of a four-day work week for a 40-person software company?'),
  single('unit-test-advice', 'sonnet', 'How should I structure unit tests for a service class that calls an external payment API?'),
  single('explain-big-o', 'sonnet', 'Explain Big-O notation to a bootcamp student with examples of O(1), O(n), O(n log n) and O(n^2).'),
  single('ts-zod', 'sonnet', 'Write a zod schema for a signup form with email, password (min 12 chars, one digit) and an optional referral code, and infer the TypeScript type.'),
  single('gsm-style', 'sonnet', 'A shop sells pens at $1.20 each or a pack of 12 for $11. How much does a class save buying 60 pens in packs instead of singly? Show the steps.'),
  single('newsletter', 'sonnet', 'Write a monthly newsletter intro for a community garden: spring planting day, new compost bins, and a call for volunteers.'),
  single('nginx-conf', 'sonnet', 'Write an nginx config that serves a static site, redirects HTTP to HTTPS and proxies /api to localhost:3000.'),
];

const shortOpus: TrafficExample[] = [
  single('func-eq-cauchy', 'opus', 'Find all functions f: ℕ → ℕ such that f(f(n)) + f(n) = 2n + 3 for all n.'),
  single('nt-squares', 'opus', 'Find all integers n for which n^2 + 2n + 12 is a perfect square.'),
  single('seq-limit', 'opus', 'Let a_1 = 1 and a_{n+1} = a_n + 1/a_n. Determine whether a_n / √(2n) converges, and to what.'),
  single('olympiad-geo', 'opus', 'In triangle ABC, the incircle touches BC at D. Show that the midpoint of AD, the midpoint of BC and the incenter are collinear.'),
  single('combi-subsets', 'opus', 'What is the largest subset of {1, ..., 100} such that no element is twice another? Justify optimality.'),
  single('poly-roots', 'opus', 'Find all real polynomials P with P(x^2) = P(x)·P(x + 1).'),
  single('game-theory', 'opus', 'Two players alternately remove 1, 3 or 4 stones from a pile; whoever takes the last stone wins. For which n does the first player win? Prove it.'),
  single('infinite-primes-4k3', 'opus', 'Show there are infinitely many primes of the form 4k + 3.'),
  single('consensus-design', 'opus', 'Design a leader election protocol for 5 nodes that tolerates network partitions and never has two leaders acting at once. Argue its safety.'),
  single('lock-free', 'opus', 'Is a Treiber stack safe under memory reclamation without hazard pointers? Explain the ABA problem precisely and give a correct fix.'),
  single('sched-bug', 'opus', 'Our Kafka consumers occasionally process the same message twice after a rebalance even with idempotent producers. Explain every mechanism that allows this and how to get effectively-once processing end to end.'),
  single('crypto-analysis', 'opus', 'We sign API requests with HMAC-SHA256 over the path and body but not the query string or timestamp. Enumerate the attacks this allows and design a signing scheme that resists replay and canonicalisation attacks.'),
  single('research-glp1', 'opus', 'Synthesize the evidence on whether GLP-1 agonists reduce cardiovascular events independent of weight loss, weighing the trials and the mechanistic hypotheses.'),
  single('stat-paradox', 'opus', 'A treatment looks beneficial in every hospital separately but harmful when the data are pooled. Explain precisely when this reversal can happen, and which estimate answers the causal question under what assumptions.'),
  single('algo-proof', 'opus', 'Prove that Dijkstra\'s algorithm is correct with non-negative edge weights, and give a graph with one negative edge where it fails.'),
  single('tradeoff-arch', 'opus', 'We run a monolith with 200 engineers and deploys are blocked for hours. Should we split into microservices, a modular monolith, or something else? Reason through the organisational and technical trade-offs and the migration risks.'),
  single('rss-leak', 'opus', 'A Node.js service\'s RSS grows by 50 MB an hour but heap snapshots show a flat JS heap. What can cause this, and what exact steps would isolate the leak?'),
  single('expected-value', 'opus', 'You flip a fair coin until you see HTH or HTT. Which pattern is more likely to appear first, and what is the expected number of flips? Derive both.'),
  single('type-soundness', 'opus', 'Show that adding mutable references with covariant subtyping makes a type system unsound, with a concrete program, and state the standard fix.'),
];

export const moreSingleTurnExamples: TrafficExample[] = [...longHaiku, ...longSonnet, ...longOpus, ...shortHaiku, ...shortSonnet, ...shortOpus];
