import { pad, single, type TrafficExample } from './build.js';

const handbook = pad(
  'Section 4.2 Leave. Employees accrue 2.08 days of paid leave per month of service. Leave requests go to the direct manager at least ten working days in advance. Unused leave of up to five days carries over to the next calendar year; the rest lapses on 31 March. Parental leave follows the statutory rules of the country of employment. Sick leave requires a doctor\'s note from the third day.',
  12_000,
);
const invoice = pad(
  'INVOICE 2024-0412 | Supplier: Nordlicht Components GmbH, Hafenstraße 12, 20457 Hamburg, VAT DE811223344 | Bill to: Acme Robotics Ltd, 4 Mill Lane, Leeds | Date 2024-04-12, due 2024-05-12 | Line: 240 x servo motor SM-40 @ 18.50 EUR = 4,440.00 | Line: 60 x controller board CB-2 @ 72.00 EUR = 4,320.00 | Line: freight = 310.00 | Discount 3% for payment within 10 days | Net 9,070.00, VAT 19% 1,723.30, total 10,793.30 EUR | IBAN DE89 3704 0044 0532 0130 00',
  9_000,
);
const logs = pad('2024-05-01T10:00:01Z INFO request handled path=/orders status=200 duration_ms=41\n2024-05-01T10:00:02Z WARN slow query table=orders duration_ms=1200', 6_000);

const shapeOverSubstance: TrafficExample[] = [
  single('doc-lookup', 'haiku', `${handbook}\nHow many days of unused leave carry over to the next year?`),
  single('invoice-extract', 'sonnet', `${invoice}\nExtract every invoice above into JSON with supplier, VAT number, each line item (quantity, unit price, amount), discount terms, net, VAT and total. Check that the totals add up and flag any inconsistency.`),
  single('func-eq-short', 'opus', 'Find all functions f: ℝ → ℝ with f(x + f(y)) = f(x) + y for all real x, y.'),
  single('nt-short', 'opus', 'Determine all positive integers n such that 2^n + 1 is divisible by n^2.'),
  single('logs-count', 'haiku', `${logs}\nHow many WARN lines are there?`),
  single('combi-short', 'opus', 'How many ways can an 8×8 board be tiled with 2×1 dominoes? Justify the formula you use.'),
  single('ineq-short', 'opus', 'Let a, b, c > 0 with abc = 1. Show a/(b+c) + b/(c+a) + c/(a+b) ≥ 3/2 and find when equality holds.'),
  single('doc-summary', 'sonnet', `${handbook}\nSummarize the leave policy for a new employee in a friendly paragraph and list what they need to do to request leave.`),
];

const haiku: TrafficExample[] = [
  single('capital', 'haiku', 'What is the capital of Portugal?'),
  single('synonym', 'haiku', 'Give me a synonym for "quickly".'),
  single('sentiment', 'haiku', 'Classify the sentiment of this review as positive, negative or neutral: "The battery life is fine but the screen scratches easily."'),
  single('translate-it', 'haiku', 'Translate into Italian: "Where is the nearest pharmacy?"'),
  single('json-fix', 'haiku', 'Fix this JSON so it parses: {name: "Ana", age: 31,}'),
  single('title-case', 'haiku', 'Convert to title case: "the quick brown fox jumps over the lazy dog"'),
  single('extract-date', 'haiku', 'Extract the date from: "Your appointment is confirmed for 14 March 2025 at 10:30."'),
  single('spam', 'haiku', 'Is this spam? Answer yes or no. "Congratulations, you have been selected for a free cruise, reply with your card number."'),
  single('unit', 'haiku', 'How many centimetres are in 3.5 inches?'),
  single('regex-simple', 'haiku', 'What does the regex ^\\d{5}$ match?'),
  single('acronym', 'haiku', 'What does HTTP stand for?'),
  single('rephrase', 'haiku', 'Rephrase more politely: "Send me the file now."'),
  single('keywords', 'haiku', 'List five keywords for this product: a waterproof hiking backpack with 30 litres capacity and a rain cover.'),
  single('sort-list', 'haiku', 'Sort these alphabetically: pear, apple, mango, banana, cherry'),
  single('one-word', 'haiku', 'Reply with one word: what colour do you get by mixing blue and yellow?'),
  single('emoji', 'haiku', 'Remove the emojis from this text: "Great job team 🎉🎉 see you Monday 👋"'),
  single('date-math', 'haiku', 'What day of the week was 1 January 2000?'),
  single('boiling', 'haiku', 'At what temperature does water boil at sea level in Fahrenheit?'),
  single('plural', 'haiku', 'What is the plural of "cactus"?'),
  single('csv-to-md', 'haiku', 'Convert this CSV to a markdown table:\nname,score\nAna,91\nBo,78\nCy,85'),
  single('shorten', 'haiku', 'Shorten this to under 100 characters: "We are writing to let you know that your subscription will renew automatically on the first of next month unless you cancel."'),
  single('lang-detect', 'haiku', 'What language is this: "Dziękuję bardzo za pomoc"?'),
  single('git-undo', 'haiku', 'What git command undoes the last commit but keeps the changes?'),
];

const sonnet: TrafficExample[] = [
  single('py-dedupe', 'sonnet', 'Write a Python function that removes duplicate dictionaries from a list based on the "email" key, keeping the most recent by "updated_at".'),
  single('explain-oauth', 'sonnet', 'Explain how the OAuth 2.0 authorization code flow with PKCE works, step by step, for a mobile app developer.'),
  single('cover-letter', 'sonnet', 'Write a cover letter for a junior UX designer position at a fintech company. I have a portfolio with three banking app redesigns.'),
  single('compare-dbs', 'sonnet', 'Compare PostgreSQL and MongoDB for an e-commerce catalogue with variable product attributes. Which would you pick and why?'),
  single('ts-generic', 'sonnet', 'Write a TypeScript generic function groupBy<T, K> that groups an array by a key function and returns a Map, with tests.'),
  single('marketing-plan', 'sonnet', 'Outline a three-month marketing plan for launching a local bakery\'s online ordering.'),
  single('code-review', 'sonnet', 'Review this function and suggest improvements:\n\n```js\nfunction avg(a){let s=0;for(var i=0;i<=a.length;i++){s+=a[i]}return s/a.length}\n```'),
  single('k8s-explain', 'sonnet', 'Explain the difference between a Kubernetes liveness probe and a readiness probe, and when a misconfigured one causes outages.'),
  single('regex-write', 'sonnet', 'Write a regular expression that matches valid IPv4 addresses and explain each part.'),
  single('excel', 'sonnet', 'I have a spreadsheet with sales per region per month. How do I build a pivot table that shows the quarter-over-quarter growth per region?'),
  single('bash-rename', 'sonnet', 'Write a bash script that renames all .jpeg files in a folder tree to .jpg and logs what it changed.'),
  single('feedback', 'sonnet', 'Help me write constructive feedback for a colleague who often misses deadlines but produces excellent work.'),
  single('sql-window', 'sonnet', 'Write a SQL query with window functions that returns each employee\'s salary and the difference from their department\'s average.'),
  single('explain-closure', 'sonnet', 'Explain JavaScript closures with an example of a bug they commonly cause in loops.'),
  single('api-design', 'sonnet', 'Design the REST endpoints for a simple library app: books, members, loans. Include request and response examples.'),
  single('story', 'sonnet', 'Write a 300-word bedtime story about a lighthouse keeper and a lost seagull.'),
  single('stats-explain', 'sonnet', 'Explain p-values and confidence intervals to a product manager, and the common ways people misread them.'),
  single('resume-bullets', 'sonnet', 'Rewrite my resume bullet points to emphasize impact: "Worked on checkout page. Fixed bugs. Helped with migration to React."'),
  single('pandas-merge', 'sonnet', 'How do I merge two pandas DataFrames on customer_id and keep customers missing from the second one? Show the code and explain the how= options.'),
  single('landing-copy', 'sonnet', 'Write landing page copy for a time-tracking app aimed at freelance designers: headline, subheadline, three feature blurbs and a call to action.'),
  single('explain-dns', 'sonnet', 'Explain what happens from typing a URL in the browser to the page rendering, with a focus on DNS and TLS.'),
  single('interview-qs', 'sonnet', 'Suggest eight interview questions for a senior backend engineer and what a good answer would include.'),
  single('docker-compose', 'sonnet', 'Write a docker-compose file for a Django app with Postgres and Redis, with a healthcheck for the database.'),
];

const opus: TrafficExample[] = [
  single('prove-sqrt', 'opus', 'Prove that there is no rational number whose square is 3, then prove that √2 + √3 is irrational.'),
  single('design-feed', 'opus', 'Design the news feed system for a social network with 300 million daily users: ranking, fan-out on write versus read, storage, caching, and what happens during a regional outage. Discuss the trade-offs.'),
  single('race-debug', 'opus', 'Our C++ order book occasionally reports a negative quantity under heavy load. It never happens in tests or under TSan. The matching engine uses a lock-free queue between the gateway thread and the matcher. What could cause this and how would you find the root cause?'),
  single('research-sleep', 'opus', 'Critically synthesize the evidence on whether sleep deprivation impairs memory consolidation, comparing the competing hypotheses and the experiments behind each.'),
  single('crdt', 'opus', 'Explain why a naive last-writer-wins register breaks collaborative text editing, then design a CRDT for an ordered list that supports concurrent inserts and deletes, and argue that it converges.'),
  single('np-hard', 'opus', 'Show that deciding whether a graph has a vertex cover of size k is NP-complete, by a reduction from 3-SAT. Give the construction and both directions of the proof.'),
  single('prob-puzzle', 'opus', 'A stick is broken at two uniformly random points. What is the probability the three pieces form a triangle? Derive it rigorously, then generalise to n pieces forming an n-gon.'),
  single('security-design', 'opus', 'Design a key management scheme for a multi-tenant SaaS where each tenant\'s data is encrypted with its own key, keys can be rotated without downtime, and a compromise of one server does not expose other tenants. Analyse the threat model.'),
  single('consistency', 'opus', 'We use DynamoDB global tables in three regions and a customer saw their balance go from 100 to 40 and back to 100. Explain exactly how this can happen and redesign the balance updates so it cannot.'),
  single('compiler', 'opus', 'Our compiler\'s register allocator produces wrong code only when a function has more than 30 live variables and an inlined loop. How would you reason about where the invariant breaks, and what tests would isolate it?'),
  single('econ-research', 'opus', 'Compare the competing explanations for the productivity slowdown in advanced economies since 2005, weigh the empirical evidence for each, and say which open problems remain.'),
  single('cache-coherence', 'opus', 'Our write-through cache in front of Postgres serves stale prices for minutes after updates, but only during failovers. Reason through every interleaving of writes, invalidations and replica promotion that could cause it, and design a protocol that provably bounds staleness.'),
  single('graph-proof', 'opus', 'Prove that every planar graph is 5-colourable.'),
  single('paper-critique', 'opus', 'Critique the methodology of studies claiming that code review reduces defect density: what confounders they miss, and how you would design a study that identifies the causal effect.'),
  single('zero-downtime', 'opus', 'Plan a zero-downtime migration of a 10 TB MySQL database to PostgreSQL for a payments company, including dual writes, verification, cutover and rollback, and the failure modes at each step.'),
  single('linear-algebra', 'opus', 'Prove that a real symmetric matrix is diagonalizable by an orthogonal matrix, without assuming the spectral theorem.'),
];

export const singleTurnExamples: TrafficExample[] = [...shapeOverSubstance, ...haiku, ...sonnet, ...opus];
