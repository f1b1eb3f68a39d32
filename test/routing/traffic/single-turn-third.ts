import { pad, single, type TrafficExample } from './build.js';

/**
 * A third batch of single-turn English requests (issue 21, session 3), written after the second batch's
 * held-out half was measured and before any tuning against this batch: requests as people write them,
 * with context about themselves, pasted material, and hard asks in plain words.
 */
const changelog = pad(
  '## 4.8.0 (2024-06-03)\n- Added: bulk export of invoices as CSV.\n- Fixed: timezone offset in scheduled reports.\n- Changed: the /v2/customers endpoint now paginates with cursors; page numbers are deprecated and will be removed in 5.0.\n- Security: session cookies are now SameSite=Lax by default.',
  7_000,
);
const policy = pad(
  'Travel policy. Economy class for flights under 6 hours; premium economy above. Hotels up to 180 EUR a night in capital cities and 130 EUR elsewhere. Meals are reimbursed up to 45 EUR a day with receipts. Taxis only when public transport is unavailable or after 22:00. Submit expenses within 30 days of return through the finance portal.',
  9_000,
);
const pyModule = pad(
  'class RateLimiter:\n    def __init__(self, rate, per):\n        self.rate = rate\n        self.per = per\n        self.allowance = rate\n        self.last = time.monotonic()\n\n    def allow(self):\n        now = time.monotonic()\n        self.allowance += (now - self.last) * (self.rate / self.per)\n        self.last = now\n        if self.allowance > self.rate:\n            self.allowance = self.rate\n        if self.allowance < 1:\n            return False\n        self.allowance -= 1\n        return True\n',
  5_000,
);
const survey = pad(
  'Q3 customer survey, free-text answers (n=412). "Onboarding took too long, the setup wizard crashed twice." "Love the reports, but exporting to Excel loses formatting." "Support answered within an hour, great." "Pricing page is confusing, I could not tell which plan includes SSO." "Mobile app logs me out every day."',
  8_000,
);

const haiku: TrafficExample[] = [
  single('changelog-version', 'haiku', `${changelog}\nIn which version were page numbers deprecated?`),
  single('policy-hotel-cap', 'haiku', `${policy}\nWhat is the hotel limit per night in a capital city?`),
  single('policy-deadline', 'haiku', `${policy}\nWithin how many days do I have to submit expenses?`),
  single('py-class-name', 'haiku', `${pyModule}\nWhat is the name of the class in this file?`),
  single('survey-count-quotes', 'haiku', `${survey}\nHow many respondents were there?`),
  single('swiss-currency', 'haiku', 'What currency does Switzerland use?'),
  single('seconds-day', 'haiku', 'How many seconds are there in a day?'),
  single('capitalize-names', 'haiku', 'Capitalize these names properly: john smith, mary o\'brien, li wei'),
  single('md-link', 'haiku', 'How do I write a link in Markdown?'),
  single('json-pretty', 'haiku', 'Pretty-print this JSON: {"id":7,"tags":["a","b"],"active":true}'),
  single('weekday-translate', 'haiku', 'What is "Wednesday" in German?'),
  single('classify-intent', 'haiku', 'Classify the intent of this message as cancel, upgrade or question: "How do I move to the annual plan?"'),
  single('redact-email', 'haiku', 'Replace the email address in this sentence with [EMAIL]: "Contact me at sam.lee@example.org for details."'),
  single('chemical-symbol', 'haiku', 'What is the chemical symbol for gold?'),
  single('list-to-csv', 'haiku', 'Turn this into one comma-separated line: apples\noranges\npears\nplums'),
  single('py-version-cmd', 'haiku', 'Which command shows the installed Python version?'),
  single('summarize-one-line', 'haiku', 'Summarize in one sentence: "The meeting on Thursday is moved to Friday at 10 because the room is booked; the agenda is unchanged."'),
  single('roman-numeral', 'haiku', 'What is 1994 in Roman numerals?'),
  single('en-us-uk', 'haiku', 'Change this to British spelling: "The color of the organization\'s logo was analyzed."'),
  single('meaning-idiom', 'haiku', 'What does "break the ice" mean?'),
];

const sonnet: TrafficExample[] = [
  single('changelog-migration', 'sonnet', `${changelog}\nWe call /v2/customers with page numbers from a Node.js service. Write the code change to move to cursor pagination, with a loop that fetches all pages.`),
  single('policy-faq', 'sonnet', `${policy}\nTurn this policy into an FAQ of eight questions and answers for new employees.`),
  single('py-review', 'sonnet', `${pyModule}\nReview this rate limiter: is it thread-safe, and how would you make it safe to share between threads? Show the changed code.`),
  single('survey-themes', 'sonnet', `${survey}\nGroup these answers into themes, count how many fall in each, and suggest one improvement per theme.`),
  single('pm-prd', 'sonnet', 'I\'m a product manager at a small HR software company. Draft a one-page PRD for letting employees upload receipts from their phone, with goals, non-goals, user stories and success metrics.'),
  single('teacher-quiz', 'sonnet', 'I teach year 9 science. Write a 10-question multiple-choice quiz on the water cycle with an answer key and one-line explanations.'),
  single('sql-slow', 'sonnet', 'This query takes 8 seconds on a 2 million row table: SELECT * FROM orders WHERE customer_email LIKE \'%@gmail.com\' ORDER BY created_at DESC LIMIT 50. Why is it slow and how can I speed it up?'),
  single('k8s-yaml', 'sonnet', 'Write a Kubernetes Deployment and Service for a Node app on port 8080 with 3 replicas, resource limits, and readiness and liveness probes.'),
  single('apology-email', 'sonnet', 'A customer\'s order arrived two weeks late and damaged. Write an apology email offering a replacement or a full refund, warm but not grovelling.'),
  single('js-to-ts', 'sonnet', 'Convert this to TypeScript with proper types:\n\nfunction merge(a, b) { const out = { ...a }; for (const k in b) { if (b[k] !== undefined) out[k] = b[k]; } return out; }'),
  single('budget-spreadsheet', 'sonnet', 'Help me set up a monthly household budget in Google Sheets: categories, formulas for totals and the remaining amount, and conditional formatting when a category goes over.'),
  single('explain-tls', 'sonnet', 'Explain how TLS certificate chains are validated and what "unable to get local issuer certificate" usually means.'),
  single('python-cli', 'sonnet', 'Write a Python CLI with argparse that reads a CSV of transactions and prints the total per category, sorted by amount, with a --month filter.'),
  single('job-post', 'sonnet', 'Write a job posting for a part-time bookkeeper at a family-run restaurant group with three locations.'),
  single('ab-test-read', 'sonnet', 'Our A/B test shows a 2.1% lift in conversion with p = 0.04 after three days. The PM wants to ship. What should I check before agreeing?'),
  single('regex-log', 'sonnet', 'Write a regex and a short Python script that pull the status code and duration from nginx access log lines and compute the p95 duration per status.'),
  single('callbacks-to-async', 'sonnet', 'Refactor this callback code to async/await:\n\nfs.readFile(p, (err, data) => { if (err) return cb(err); parse(data, (err2, obj) => { if (err2) return cb(err2); cb(null, obj); }); });'),
  single('talk-abstract', 'sonnet', 'Write a conference talk abstract (about 150 words) about what our team learned moving from nightly batch jobs to event streaming.'),
];

const opus: TrafficExample[] = [
  single('survey-causal', 'opus', `${survey}\nLeadership wants to claim that faster support responses cause higher renewal rates, using these answers and renewal data. Explain what this data can and cannot establish, which biases are at play, and design an analysis or experiment that could support a causal claim.`),
  single('py-limiter-distributed', 'opus', `${pyModule}\nWe now run 40 instances of this service behind a load balancer and need one global limit per API key, tolerant of Redis failover and clock skew between hosts. Design it, explain exactly what can go wrong at the boundaries, and argue why your design stays within the limit.`),
  single('payments-double', 'opus', 'Customers are occasionally charged twice when our mobile app retries a payment after a timeout, even though we send an idempotency key. The key is generated on the client and stored in memory. Walk through every way a second charge can still happen across the app, our API, the queue and the payment provider, and what a correct end-to-end design looks like.'),
  single('tournament', 'opus', 'In a round-robin tournament with n players, every game has a winner. Show that there is always a player who, for every other player, either beat them or beat someone who beat them.'),
  single('sum-digits', 'opus', 'Let S(n) be the sum of the decimal digits of n. Find all n with n + S(n) + S(S(n)) = 2025.'),
  single('matrix-commute', 'opus', 'Suppose A and B are n×n complex matrices with AB − BA = A. Show that A is nilpotent.'),
  single('coin-weighing', 'opus', 'You have 12 coins, one counterfeit that is either heavier or lighter. With three weighings on a balance, find it and say whether it is heavier or lighter. Give the strategy and explain why three weighings are necessary in general for 12 but not enough for 14.'),
  single('db-isolation', 'opus', 'Under PostgreSQL\'s REPEATABLE READ, two transactions each check that at least one doctor stays on call and then take themselves off call; both commit and nobody is on call. Explain precisely why snapshot isolation allows this, and compare the ways to prevent it with their costs.'),
  single('gc-design', 'opus', 'We are building a scripting language runtime for game mods. Choose a garbage collection strategy that keeps frame pauses under 1 ms with heaps of a few hundred MB, and justify it against the alternatives, including how write barriers interact with the native API.'),
  single('ml-leakage', 'opus', 'Our churn model scores 0.97 AUC offline but barely beats the baseline in production. The features are computed from a data warehouse snapshot taken monthly. Reason through the likely sources of leakage and train/serve skew, and lay out how you would prove which one it is.'),
  single('policy-tradeoff', 'opus', 'A city is deciding between congestion pricing and expanding bus rapid transit with the same budget. Weigh the evidence from cities that tried each, the distributional effects on low-income commuters, and the political economy, and recommend one with the conditions under which you would change your mind.'),
  single('protocol-bug', 'opus', 'Our two-phase commit coordinator sometimes leaves participants blocked holding locks for hours after a network blip. Explain the failure scenarios in which this happens, why 2PC cannot avoid them, and what we should change in the protocol or architecture.'),
  single('bit-trick', 'opus', 'Given an array where every element appears three times except one which appears once, find that element in O(n) time and O(1) space, and prove your bitwise method is correct.'),
  single('kernel-latency', 'opus', 'After a kernel upgrade our trading service\'s p99.9 latency went from 40 µs to 900 µs, but the median is unchanged and CPU usage is the same. What might have changed, and how would you pin down the cause with perf, ftrace or eBPF?'),
  single('legal-reasoning', 'opus', 'A software vendor\'s contract limits liability to fees paid in the last 12 months, but the customer claims gross negligence after a data breach caused by an unpatched server. Analyse how courts in England and in New York would likely treat the cap, and what facts would change the outcome.'),
  single('fermi-estimate', 'sonnet', 'Estimate the total electricity used worldwide per year to train and serve large language models, with each assumption stated, ranges rather than point values, and which assumption your answer is most sensitive to.'),
];

export const thirdSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
