import { conversation, type TrafficExample } from './build.js';

const proofHistory = [
  'Prove that for every prime p > 3, p^2 - 1 is divisible by 24. I want a rigorous argument, not just examples.',
  'Write p^2 - 1 = (p - 1)(p + 1). Since p is odd, both factors are even and one of them is divisible by 4, so the product is divisible by 8. Among p - 1, p, p + 1 one is divisible by 3, and it is not p, so 3 divides (p - 1)(p + 1). As gcd(8, 3) = 1, 24 divides p^2 - 1. ∎',
];

const raftHistory = [
  'We run a 5-node Raft cluster across three availability zones for our metadata service. During a zone outage we saw two leaders for about 400 ms and a client read stale config. Explain how that is possible and what we must change so reads are linearizable.',
  'Two leaders can coexist briefly: the old leader in the partitioned zone does not know it has been deposed until it fails to reach a quorum. If it serves reads from local state without confirming leadership, those reads can be stale. Fixes: (1) ReadIndex — the leader records its commit index, sends a heartbeat round and serves the read only after a majority acknowledges; (2) leader leases with bounded clock drift; (3) route reads through the log. Lease reads need a drift bound; ReadIndex costs one round trip.',
];

const goRaceHistory = [
  "Our Go service panics about once a day with 'concurrent map writes' even though every write goes through a mutex. Here is the code:\n\n```go\nfunc (c *Cache) Get(k string) *Entry {\n    c.mu.RLock()\n    e := c.m[k]\n    c.mu.RUnlock()\n    if e == nil || e.expired() {\n        e = c.load(k)\n        c.m[k] = e\n    }\n    return e\n}\n```\nFind the root cause and explain why it is intermittent.",
  'The write `c.m[k] = e` happens after RUnlock with no lock held, so two goroutines that miss at the same time write the map concurrently. It is intermittent because it needs two misses on the same shard of time; the runtime detects only some of the overlapping writes. Take the write lock around the load-and-store, and use singleflight so one goroutine loads per key.',
];

const essayHistory = [
  'Draft a 400-word blog post for our engineering blog announcing that we moved our CI from Jenkins to GitHub Actions. Friendly tone, mention build times dropped from 22 to 9 minutes.',
  'Title: Goodbye Jenkins, hello Actions\n\nLast quarter we moved every pipeline from our self-hosted Jenkins to GitHub Actions... (about 400 words follow, covering why we moved, how the migration went, the drop from 22 to 9 minutes, and what is next).',
];

const reactHistory = [
  'I have a React component that fetches a user list on mount and renders a table. Add client-side pagination with 20 rows per page and a page size selector. Here is the component:\n\n```tsx\nexport function Users() {\n  const [users, setUsers] = useState<User[]>([]);\n  useEffect(() => { fetch("/api/users").then(r => r.json()).then(setUsers); }, []);\n  return <table>{users.map(u => <Row key={u.id} user={u} />)}</table>;\n}\n```',
  "Here is a version with pagination:\n\n```tsx\nexport function Users() {\n  const [users, setUsers] = useState<User[]>([]);\n  const [page, setPage] = useState(0);\n  const [size, setSize] = useState(20);\n  ...\n}\n```\nThe selector resets the page to 0 when the size changes.",
];

const translateHistory = [
  'Translate to French: "Your order has shipped and will arrive on Thursday."',
  '« Votre commande a été expédiée et arrivera jeudi. »',
];

const triviaHistory = ['What is the capital of Australia?', 'Canberra.'];

const researchHistory = [
  'Synthesize the literature on whether remote work changes software developer productivity. Compare the main empirical studies, their methods, and where their findings conflict, and say which conclusions are robust.',
  'The evidence splits by method. Field experiments (e.g. the Ctrip call-centre study) found gains for routine work; telemetry studies of commits and pull requests show small changes in output but more fragmented collaboration networks; surveys show self-reported gains that objective measures do not confirm... Robust conclusions: effects depend on task interdependence; collaboration across teams weakens; onboarding suffers.',
];

const sqlHistory = [
  'Write a SQL query that returns, for each customer, their total order value in 2023 and the date of their last order. Tables: customers(id, name), orders(id, customer_id, total, created_at).',
  "```sql\nSELECT c.id, c.name, SUM(o.total) AS total_2023, MAX(o.created_at) AS last_order\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nWHERE o.created_at >= '2023-01-01' AND o.created_at < '2024-01-01'\nGROUP BY c.id, c.name;\n```",
];

const chatHistory = [
  "Hi! I'm planning a weekend in Lisbon. Any tips?",
  'Lisbon is lovely! Walk around Alfama, take tram 28 early in the morning, try pastéis de nata at Manteigaria, and catch the sunset at Miradouro da Senhora do Monte.',
];

const algoHistory = [
  'Design an algorithm that, given a stream of n intervals arriving online, maintains the maximum number of pairwise overlapping intervals at any point, with O(log n) per insertion. Prove its correctness and the complexity bound.',
  'Keep a balanced BST keyed by coordinate storing +1 at starts and -1 at ends, augmented with subtree sum and maximum prefix sum. An insertion updates O(log n) nodes on two root paths; the answer is the root\'s max prefix. Correctness: the max prefix sum over the sorted endpoints equals the max depth of overlap, by induction on the sweep order...',
];

const incidentHistory = [
  'Postmortem help: last night our payment ledger double-counted 312 transactions. The writer retries on timeout, the consumer is at-least-once, and the dedup table is keyed by (merchant_id, amount, minute). Work out the root cause chain and propose a design that makes it exactly-once in effect.',
  'The dedup key is not an idempotency key: two genuinely different payments of the same amount in one minute collide, while a retry that crosses a minute boundary does not. Root cause chain: writer timeout → retry with a new timestamp → new dedup key → double insert. Fix: a client-generated idempotency key carried end to end, a unique constraint on it, and the consumer upserting on it...',
];

const emailHistory = [
  'Write a short email to my landlord asking whether I can paint the living room walls light grey.',
  'Subject: Painting the living room\n\nHi Mark,\n\nI hope you are well. Would you be OK with me painting the living room walls a light grey? I would use a quality paint and can repaint them white when I move out if you prefer.\n\nBest,\nSam',
];

const analysisHistory = [
  'Here are our monthly churn numbers for 2024: Jan 3.1%, Feb 3.4%, Mar 2.9%, Apr 4.8%, May 5.2%, Jun 4.9%, Jul 3.0%, Aug 2.8%. We raised prices in April. Analyse what happened and what we should watch.',
  'Churn jumped from about 3% to about 5% in April–June, right after the price rise, then returned to baseline in July. That pattern suggests price-sensitive customers left in the first billing cycles after the change, and the remaining base is stable. Watch cohort churn by plan, downgrades, and whether new-customer conversion fell.',
];

const mathHistory = [
  'Find all functions f: R → R such that f(x + y) + f(x - y) = 2f(x)cos(y) for all real x, y.',
  "Set x = 0: f(y) + f(-y) = 2f(0)cos y. Set x = π/2: f(π/2 + y) + f(π/2 - y) = 0. Set y = π/2: f(x + π/2) + f(x - π/2) = 0... Combining these gives f(x) = a cos x + b sin x with a = f(0), b = f(π/2). Checking: (a cos(x+y) + b sin(x+y)) + (a cos(x-y) + b sin(x-y)) = 2 cos y (a cos x + b sin x). ✓",
];

const distHistory = [
  'We need to design a rate limiter for a multi-region API: 50k requests per second globally, per-tenant quotas, and it must keep working when one region loses connectivity to the others. Walk me through the architecture and the consistency trade-offs.',
  'Use local token buckets per region with a periodically reconciled global budget: each region gets a share of each tenant\'s quota, leases more from a coordinator when it runs low, and falls back to its last share when partitioned. This trades exactness for availability: during a partition a tenant can exceed its quota by at most the sum of the regions\' outstanding shares...',
];

const summaryHistory = [
  'Summarize this meeting transcript in five bullet points:\n\nAlice: We need to decide on the Q3 roadmap today. Bob: Mobile wants offline mode first. Carol: Support says search is the top complaint. Alice: Can we do both? Bob: Not with four engineers. Carol: Then search first, offline in Q4. Alice: Agreed, I will tell the mobile team. Bob: I will draft the search spec by Friday.',
  '- The Q3 roadmap had to be decided today.\n- Mobile asked for offline mode; support reported search as the top complaint.\n- With four engineers, only one fits in Q3.\n- Decision: search in Q3, offline mode in Q4.\n- Actions: Alice tells the mobile team; Bob drafts the search spec by Friday.',
];

const rustHistory = [
  'Explain Rust lifetimes to someone who knows C++ well. Focus on why the borrow checker rejects code that looks fine.',
  'In C++ a reference can outlive what it points to and the compiler trusts you. Rust makes that relationship part of the type: a lifetime names the region where a borrow is valid, and the borrow checker proves every use falls inside it. Code that "looks fine" is rejected when the proof fails, e.g. returning a reference to a local, or holding a &mut while also reading...',
];

const cryptoHistory = [
  'Our login endpoint compares the HMAC of the session token with `==` in Python and we store password hashes as sha256(salt + password). A pentester flagged both. Assess the real risk of each and design the fix, including a migration for existing users without forcing resets.',
  'The `==` comparison leaks timing: an attacker can recover a valid MAC byte by byte over many requests; use hmac.compare_digest. Salted sha256 is fast, so offline cracking of a leaked table is cheap; move to argon2id. Migration: wrap the old hash — store argon2id(sha256(salt + password)) now, and rehash to plain argon2id at next login...',
];

const stats = [
  'I ran an A/B test: control 10,000 users with 412 conversions, variant 10,000 users with 468 conversions. Is the difference significant at 5%? Show the calculation.',
  'Control rate 4.12%, variant 4.68%. Pooled p = 0.044, standard error = sqrt(p(1-p)(2/10000)) ≈ 0.0029. z = 0.0056 / 0.0029 ≈ 1.93, two-sided p ≈ 0.054: not significant at 5%, though close.',
];

const pyHistory = [
  'My Python script reads a 3 GB CSV with pandas and runs out of memory on a 16 GB laptop. It computes the mean of column "amount" grouped by "region". How do I fix it?',
  'Read it in chunks and aggregate sums and counts per region:\n\n```python\nsums, counts = {}, {}\nfor chunk in pd.read_csv("data.csv", usecols=["region", "amount"], chunksize=1_000_000):\n    g = chunk.groupby("region")["amount"].agg(["sum", "count"])\n    ...\n```\nAlso pass dtype={"region": "category"} to cut memory.',
];

export const multiTurnExamples: TrafficExample[] = [
  ...conversation('proof-p2', proofHistory, [
    ['continue', 'opus', 'continue'],
    ['general', 'opus', 'Now do the general case in full detail: for which integers n is n^2 - 1 divisible by 24, and prove your characterisation.'],
    ['latex', 'sonnet', 'format as LaTeX'],
    ['thanks', 'haiku', 'Thanks, that is clear!'],
    ['why-4', 'opus', 'Why exactly is one of the two factors divisible by 4? Make that step airtight.'],
  ]),
  ...conversation('raft-reads', raftHistory, [
    ['go-on', 'opus', 'go on'],
    ['lease', 'opus', 'Compare lease reads and ReadIndex under clock skew in our setup, and tell me which failure modes each one leaves.'],
    ['table', 'sonnet', 'Put the two options in a markdown table.'],
    ['more-detail', 'opus', 'More detail please, especially on what happens during the leader transition.'],
  ]),
  ...conversation('go-race', goRaceHistory, [
    ['keep-going', 'opus', 'keep going'],
    ['fixed-code', 'opus', 'Show me the fixed Get with singleflight and explain why the expired-entry path is still safe under concurrent reloads.'],
    ['comment', 'sonnet', 'Add a doc comment to the fixed function.'],
    ['and-then', 'opus', 'And then? What else in this cache could race?'],
  ]),
  ...conversation('blog-ci', essayHistory, [
    ['shorter', 'haiku', 'Make it shorter, about 150 words.'],
    ['continue', 'sonnet', 'continue'],
    ['tweet', 'haiku', 'Now give me a one-sentence tweet announcing it.'],
    ['section', 'sonnet', 'Add a section about the problems we hit during the migration: flaky runners, secrets handling, and caching.'],
  ]),
  ...conversation('react-pages', reactHistory, [
    ['sorting', 'sonnet', 'Now add sorting by clicking on the column headers.'],
    ['continue', 'sonnet', 'Continue'],
    ['rename', 'haiku', 'Rename the component to UserTable.'],
    ['tests', 'sonnet', 'Write React Testing Library tests for the pagination.'],
  ]),
  ...conversation('translate-fr', translateHistory, [
    ['another', 'haiku', 'And this one: "We are sorry for the delay."'],
    ['german', 'haiku', 'Now the same sentence in German.'],
    ['more', 'haiku', 'Translate: "Please keep your receipt for returns."'],
  ]),
  ...conversation('trivia', triviaHistory, [
    ['next', 'haiku', 'And of Canada?'],
    ['pop', 'haiku', 'How many people live there?'],
    ['why', 'sonnet', 'Why was Canberra chosen instead of Sydney or Melbourne? Explain the history.'],
  ]),
  ...conversation('research-remote', researchHistory, [
    ['continue', 'opus', 'continue'],
    ['agenda', 'opus', 'Given those conflicts, propose a research design that could settle the question, with the confounders it must control for.'],
    ['bullets', 'sonnet', 'Turn your answer into five bullet points for a slide.'],
    ['elaborate', 'opus', 'Elaborate on the telemetry studies.'],
  ]),
  ...conversation('sql-orders', sqlHistory, [
    ['zero', 'sonnet', 'Customers with no orders in 2023 should also appear, with 0.'],
    ['uppercase', 'haiku', 'Write the keywords in lower case instead.'],
    ['index', 'sonnet', 'Which indexes would make this fast on 50 million orders?'],
    ['more', 'sonnet', 'more'],
  ]),
  ...conversation('lisbon', chatHistory, [
    ['food', 'haiku', 'Where should I eat seafood?'],
    ['thanks', 'haiku', 'Great, thank you!'],
    ['itinerary', 'sonnet', 'Plan a two-day itinerary for me with times, walking routes and budget, given I hate crowds.'],
  ]),
  ...conversation('intervals', algoHistory, [
    ['continue', 'opus', 'continue'],
    ['delete', 'opus', 'Now support deletions too, keep O(log n), and prove the invariant still holds.'],
    ['code', 'opus', 'Implement it in C++ with the augmented treap.'],
    ['latex', 'sonnet', 'Can you rewrite the proof in LaTeX?'],
  ]),
  ...conversation('ledger-incident', incidentHistory, [
    ['go-on', 'opus', 'go on'],
    ['outbox', 'opus', 'Would a transactional outbox solve it on the writer side? Walk through the failure cases.'],
    ['summary', 'sonnet', 'Summarize the root cause in two sentences for the status page.'],
  ]),
  ...conversation('landlord', emailHistory, [
    ['formal', 'haiku', 'Make it a bit more formal.'],
    ['shorter', 'haiku', 'Shorter please.'],
    ['thanks', 'haiku', 'perfect, thanks'],
  ]),
  ...conversation('churn', analysisHistory, [
    ['continue', 'sonnet', 'continue'],
    ['model', 'sonnet', 'How would I estimate how much of the April-June churn was caused by the price change rather than seasonality?'],
    ['one-line', 'haiku', 'Give me the headline in one sentence.'],
  ]),
  ...conversation('func-eq', mathHistory, [
    ['continue', 'opus', 'continue'],
    ['rigour', 'opus', 'You skipped how the three substitutions combine. Do that step in full detail.'],
    ['general', 'opus', 'Now solve the version with f(x + y) + f(x - y) = 2f(x)f(y), assuming f is continuous.'],
    ['latex', 'sonnet', 'Format the final solution as LaTeX.'],
  ]),
  ...conversation('rate-limiter', distHistory, [
    ['continue', 'opus', 'continue'],
    ['numbers', 'opus', 'Quantify the worst-case overshoot for a tenant with a 1,000 rps quota during a 30-second partition, and how to bound it.'],
    ['diagram', 'sonnet', 'Draw the architecture as a mermaid diagram.'],
    ['detail', 'opus', 'Go deeper on the lease protocol between regions and the coordinator.'],
  ]),
  ...conversation('meeting', summaryHistory, [
    ['shorter', 'haiku', 'Make it three bullets.'],
    ['email', 'sonnet', 'Now write the follow-up email to the mobile team explaining the decision diplomatically.'],
    ['owner', 'haiku', 'Who owns the spec?'],
  ]),
  ...conversation('rust-lifetimes', rustHistory, [
    ['continue', 'sonnet', 'continue'],
    ['example', 'sonnet', 'Show an example with a struct that holds a reference and explain the error message.'],
    ['variance', 'opus', 'Now explain variance of lifetimes in generic types, why &mut T is invariant in T, and construct a program that would be unsound if it were covariant.'],
  ]),
  ...conversation('crypto-fix', cryptoHistory, [
    ['continue', 'opus', 'continue'],
    ['threat', 'opus', 'What else should we check in the session design? Think like an attacker.'],
    ['code', 'sonnet', 'Write the compare_digest change in Python.'],
  ]),
  ...conversation('ab-test', stats, [
    ['sample', 'sonnet', 'How many users per arm would I need to detect that difference with 80% power?'],
    ['bayes', 'sonnet', 'What would a Bayesian analysis say instead?'],
    ['thanks', 'haiku', 'ok thanks'],
  ]),
  ...conversation('pandas-mem', pyHistory, [
    ['finish', 'sonnet', 'finish the code'],
    ['polars', 'sonnet', 'Would polars or duckdb be better here? Show the duckdb version.'],
    ['typo', 'haiku', 'Fix the typo in your variable name: it says "coutns".'],
  ]),
];
