import { batch, pad, type TrafficExample } from './build.js';

/**
 * A seventh batch of single-turn English requests (issue 21, session 6), written before any tuning against it
 * and measured once untuned on all of it. Everyday developer, analyst and writer traffic: pasted pod
 * descriptions, query plans, sales tables, an NDA, an interview transcript, Python code, a design doc, survey
 * results and an experiment report, each with simple and hard asks; plain-words hard asks; short asks that are
 * hard; long asks that are easy. Names start with "b7-".
 */
const s = batch('b7-');

const podDescribe = pad(
  'Name:         billing-worker-6d8f7c9b5-x2kqp\nNamespace:    payments\nNode:         ip-10-0-3-41.eu-west-1.compute.internal\nStatus:       Running\nContainers:\n  worker:\n    Image:          registry.example.com/billing-worker:2.14.3\n    Limits:         cpu: 1, memory: 1Gi\n    Requests:       cpu: 250m, memory: 512Mi\n    State:          Running (started Mon, 07 Dec 2026 08:12:40 +0000)\n    Last State:     Terminated, Reason: OOMKilled, Exit Code: 137\n    Restart Count:  4\n    Environment:    JAVA_TOOL_OPTIONS=-Xmx900m, WORKER_THREADS=32\nEvents:\n  Warning  BackOff  3m (x12 over 40m)  kubelet  Back-off restarting failed container worker\n  Normal   Pulled   2m                 kubelet  Container image "registry.example.com/billing-worker:2.14.3" already present on machine\n  Normal   Started  2m                 kubelet  Started container worker',
  5_000,
);
const queryPlan =
  "EXPLAIN ANALYZE SELECT o.id, o.total FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.country = 'DE' AND o.created_at > now() - interval '30 days' ORDER BY o.created_at DESC LIMIT 50;\n\nLimit  (cost=0.87..1520.33 rows=50 width=16) (actual time=8712.4..8713.1 rows=50 loops=1)\n  ->  Nested Loop  (cost=0.87..982114.20 rows=32310 width=16) (actual time=8712.4..8713.0 rows=50 loops=1)\n        ->  Index Scan Backward using orders_created_at_idx on orders o  (cost=0.43..401233.10 rows=1203340 width=24) (actual time=0.02..3120.5 rows=1187002 loops=1)\n              Filter: (created_at > (now() - '30 days'::interval))\n        ->  Index Scan using customers_pkey on customers c  (cost=0.43..0.48 rows=1 width=8) (actual time=0.004..0.004 rows=0 loops=1187002)\n              Index Cond: (id = o.customer_id)\n              Filter: (country = 'DE'::text)\n              Rows Removed by Filter: 1\nPlanning Time: 0.41 ms\nExecution Time: 8713.6 ms\n";
const salesTable =
  'region,quarter,orders,revenue_usd,avg_order_usd\nNorth,Q2,4000,480000,120\nNorth,Q3,2000,250000,125\nSouth,Q2,1000,50000,50\nSouth,Q3,5000,275000,55\nWest,Q2,3000,210000,70\nWest,Q3,3000,222000,74\nTotal,Q2,8000,740000,92.50\nTotal,Q3,10000,747000,74.70\n';
const nda = pad(
  'Mutual Non-Disclosure Agreement between Acme Robotics GmbH and Brightline Software Ltd. 1. "Confidential Information" means any non-public information disclosed by either party, marked as confidential or reasonably understood to be confidential. 2. The Recipient may disclose Confidential Information only to its employees and professional advisers who need to know it for the Purpose and are bound by obligations at least as protective as these; disclosure to contractors requires the Discloser\'s prior written consent. 3. These obligations survive for three years after termination, and for as long as the information remains a trade secret. 4. The Recipient shall notify the Discloser within 48 hours of becoming aware of any unauthorised disclosure. 5. Neither party is liable for indirect or consequential loss; liability for breach of clause 2 is not capped. 6. This Agreement is governed by the laws of England and Wales, and the courts of London have exclusive jurisdiction. 7. Term: two years from the Effective Date, 1 February 2026; either party may terminate on 30 days\' written notice.',
  7_000,
);
const interview = pad(
  'Customer interview 7, 18 November. Interviewer: Sam. Customer: Leila, finance lead at a 45-person architecture firm.\nSam: How do you handle invoicing today?\nLeila: We keep the books in QuickBooks, but invoices are built in Excel, because every project is billed differently, some by milestone, some by hours. My team is three people, and month-end takes us about four days.\nSam: What is the most painful part?\nLeila: Chasing the project managers for their hours. Half of them log time on Friday afternoon from memory. Then clients dispute invoices because the hours do not match what the PM told them on the phone.\nSam: Have you tried other tools?\nLeila: We trialled Harvest last year. The PMs hated it, too many clicks, and it did not do milestone billing.\nSam: What would fixing this be worth to you?\nLeila: If month-end took two days instead of four, a few hundred a month is fine. But the partners have to sign off, and they are sceptical of anything new after the last ERP project went badly.',
  4_500,
);
const inventoryPy =
  'import threading\nimport time\n\n\nclass Inventory:\n    def __init__(self, store):\n        self.store = store  # a Redis client\n        self.lock = threading.Lock()\n\n    def available(self, sku):\n        return int(self.store.get(f"stock:{sku}") or 0)\n\n    def reserve(self, sku, qty):\n        if self.available(sku) >= qty:\n            with self.lock:\n                self.store.decrby(f"stock:{sku}", qty)\n            return True\n        return False\n\n    def restock(self, sku, qty):\n        self.store.incrby(f"stock:{sku}", qty)\n\n    def _audit(self, sku):\n        return {"sku": sku, "stock": self.available(sku), "at": time.time()}\n';
const designDoc = pad(
  'Design doc: order notifications v2. Author: Kenji Watanabe. Status: in review. Reviewers: Ana, Bo.\nGoal: send email, SMS and push notifications when an order changes state.\nProposal: the orders service writes the new state to its database, commits, and then publishes an event to the order-events topic. A notifier service consumes the topic, looks up the customer\'s preferences in its own Postgres table, and calls the email, SMS and push providers. Delivery is retried 5 times with exponential backoff; after that the message goes to a dead-letter queue that support reviews weekly.\nOrdering: events are keyed by customer ID, and each partition is processed in order.\nDeduplication: the notifier keeps the last 1,000 event IDs in memory and skips repeats.\nScale: 2 million orders a day, peaks of 400 events per second during sales.\nOpen question: should SMS go out for every state change or only for shipped and delivered?',
  6_000,
);
const survey =
  'Employee pulse survey, Q4. Sent to 640 employees; 212 responded (33%).\nResponse rate by department: Engineering 18%, Sales 61%, Support 22%, Operations 45%.\nQuestion 1: "How happy are you working here, given all the great changes this year?"\nVery satisfied 96, Satisfied 78, Neutral 21, Dissatisfied 11, Very dissatisfied 6.\nQuestion 2: "Would you recommend us as an employer?" Yes 151, No 61.\nFree text (sample): "Love my team, hate the new on-call rota." / "Sales kickoff was amazing." / "Nobody listens to support." / "Third reorg in a year, tired." / "Good snacks." / "My manager is great, leadership is not." / "Engineering is understaffed and everyone knows it."\n';
const experiment =
  'Experiment EXP-311: one-page checkout. Dates: 3 to 17 November. Split 50/50, 184,220 visitors.\nPrimary metric, conversion rate: control 3.10%, variant 3.32%, relative lift +7.1%, p = 0.041.\nSecondary: average order value: control $64.20, variant $61.85 (p = 0.03). Refund rate: control 2.1%, variant 2.6% (p = 0.08).\nGuardrail: page load p75 unchanged.\nNote: the dashboard was checked every day, and the test was stopped on day 14, the first day the primary metric was significant.\n';
const releaseEmail =
  'Hi everyone,\n\nQuick update on the 4.0 release, since a few of you asked in standup. We have pulled the mobile redesign out of this release because the accessibility review found contrast problems on three screens, and design wants another week. The API changes stay in. QA has the release candidate from Thursday, and we will run the usual regression pass plus the new payment-provider tests that Priya wrote. Support has the updated help articles and will publish them on release day. Code freeze is Wednesday 14 January at 18:00 CET, and the release itself goes out Tuesday 20 January in the morning. Please do not merge anything that is not a release blocker after the freeze without asking me first.\n\nThanks,\nJonas';
const vendorEmail =
  'Hi Maria,\n\nThank you for the call last week and for sharing your requirements for the warehouse scanners. Our engineering team has reviewed the list and we are confident that the Model X3 covers all of them, including the cold-storage rating and the battery life you asked about. We would like to come by for an on-site demo with two units so your team can try them on the floor. Our account manager, Pieter, is available next Tuesday at 15:00 or Thursday at 10:00. Could you let us know whether Tuesday works for you?\n\nKind regards,\nElena Novak\nNordScan B.V.';

const haiku: TrafficExample[] = [
  s('pod-restarts', 'haiku', `${podDescribe}\nHow many times has the container restarted?`),
  s('pod-image-tag', 'haiku', `${podDescribe}\nWhich image tag is this pod running?`),
  s('pod-oom-yesno', 'haiku', `${podDescribe}\nWas the last termination an OOM kill? Yes or no.`),
  s('plan-exec-time', 'haiku', `${queryPlan}\nHow long did the query take to execute?`),
  s('plan-index-name', 'haiku', `${queryPlan}\nWhich index is used on the orders table?`),
  s('sales-south-q3', 'haiku', `${salesTable}\nWhat was South's revenue in Q3?`),
  s('sales-most-orders', 'haiku', `${salesTable}\nWhich region had the most orders in Q3?`),
  s('nda-survival', 'haiku', `${nda}\nHow long do the confidentiality obligations last after termination?`),
  s('nda-law', 'haiku', `${nda}\nWhich law governs this agreement?`),
  s('interview-tool', 'haiku', `${interview}\nWhich tool did they trial last year?`),
  s('interview-team', 'haiku', `${interview}\nHow many people are on Leila's team?`),
  s('py-methods', 'haiku', `${inventoryPy}\nList the method names of this class.`),
  s('design-status', 'haiku', `${designDoc}\nWho wrote this design doc, and what is its status?`),
  s('survey-responses', 'haiku', `${survey}\nHow many people responded?`),
  s('survey-eng-rate', 'haiku', `${survey}\nWhat was the response rate in Engineering?`),
  s('exp-pvalue', 'haiku', `${experiment}\nWhat p-value did the report give for conversion?`),
  s('release-freeze', 'haiku', `${releaseEmail}\n\nWhen is the code freeze?`),
  s('vendor-reply', 'haiku', `${vendorEmail}\n\nWrite a one-line reply saying Tuesday at 15:00 works for us.`),
  s('long-rto', 'haiku', 'Some context first: we are a 30-person company and last month our database provider had a regional failure that took us offline for most of a day. Since then the board has asked for a business continuity document, and the consultant we hired keeps using RTO and RPO all through the draft, sometimes with numbers like "RTO 4h, RPO 15m". I do not want to look lost in tomorrow\'s meeting with her and the board. What do RTO and RPO stand for?'),
  s('long-rename', 'haiku', 'I am cleaning up an old billing script before handing it over. It loads all invoices, filters them, and then builds a few lists:\n\ninvoices = load_invoices()\ntmp = [i for i in invoices if i.status == "open"]\ntmp2 = [i for i in tmp if i.due_date < today]\nsend_reminders(tmp2)\n\nThe rest is fine. Suggest better names for tmp and tmp2.'),
  s('iso-date', 'haiku', 'Write 3 March 2027 in ISO 8601 format.'),
  s('base64', 'haiku', 'Decode this base64: aGVsbG8gd29ybGQ='),
  s('curl-header', 'haiku', 'How do I send a custom header with curl?'),
  s('venv', 'haiku', 'Command to create a Python virtual environment in a folder called .venv?'),
  s('vlookup-args', 'haiku', 'What is the argument order of VLOOKUP in Excel?'),
  s('tar-extract', 'haiku', 'How do I extract a .tar.gz file on Linux?'),
  s('active-voice', 'haiku', 'Rewrite in active voice: "The quarterly report was reviewed by the finance team on Monday."'),
  s('translate-fr', 'haiku', 'Translate to French: "The meeting has moved to Thursday at 10."'),
  s('which-language', 'haiku', 'What programming language is this? fn main() { println!("hi"); }'),
  s('csv-columns', 'haiku', 'How many columns does this CSV header have? id,email,signup_date,plan,country,referrer'),
  s('json-minify', 'haiku', 'Minify this JSON:\n{\n  "name": "web",\n  "replicas": 2,\n  "env": {\n    "LOG_LEVEL": "info"\n  }\n}'),
  s('snake-case', 'haiku', 'Convert these to snake_case: userId, createdAt, httpStatusCode, isActive'),
  s('gdpr-acronym', 'haiku', 'What does GDPR stand for?'),
  s('markdown-link', 'haiku', 'How do I write a link in Markdown?'),
  s('primes-pick', 'haiku', 'Which of these are prime: 21, 23, 27, 29, 31?'),
  s('percent-of', 'haiku', 'What is 18% of 2,450?'),
  s('subject-closed', 'haiku', 'Suggest a subject line for an email telling staff the office is closed this Friday.'),
  s('headline-short', 'haiku', 'Shorten this headline to under 60 characters: "How our small data team replaced a nightly batch pipeline with streaming and saved forty hours a month"'),
  s('ticket-type', 'haiku', 'Label this ticket as bug, feature request or question: "Could you add an option to export reports as PDF?"'),
  s('pg-first-rows', 'haiku', 'How do I return only the first 10 rows of a query in Postgres?'),
  s('env-python', 'haiku', 'How do I read an environment variable in Python?'),
  s('log-level', 'haiku', 'What log level is this line? 2026-12-07T10:02:11Z WARN [db-pool] connection wait exceeded 2s'),
  s('regex-match', 'haiku', 'Does this regex match "a@b.co"?  ^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$'),
  s('docker-images', 'haiku', 'How do I see how much space my docker images take?'),
  s('put-idempotent', 'haiku', 'Is HTTP PUT idempotent?'),
  s('comment-spelling', 'haiku', 'Fix the spelling in this comment: // retreive the recieved mesages from teh queue'),
  s('date-order', 'haiku', 'Put these in date order: 12 May - launch; 3 Feb - kickoff; 20 Mar - beta; 28 Apr - pricing review'),
  s('weekday', 'haiku', 'What day of the week is 1 January 2027?'),
  s('bullets-join', 'haiku', 'Turn these bullets into one sentence:\n- new dashboard is live\n- old one goes away on 1 Feb\n- bookmarks need updating'),
  s('unit-gb', 'haiku', 'How many gigabytes is 3 terabytes, using powers of 1024?'),
];

const sonnet: TrafficExample[] = [
  s('pod-what-next', 'sonnet', `${podDescribe}\nExplain what this output is telling me and what I should check to stop the restarts.`),
  s('plan-why-slow', 'sonnet', `${queryPlan}\nWhy is this query slow, and what index or rewrite would help?`),
  s('sales-plot', 'sonnet', `${salesTable}\nWrite matplotlib code that plots revenue per region for Q2 and Q3 as grouped bars.`),
  s('sales-bullets', 'sonnet', `${salesTable}\nSummarise what changed between Q2 and Q3 in three bullet points for the weekly update.`),
  s('nda-plain', 'sonnet', `${nda}\nExplain this NDA in plain English for our sales team: what they can share, with whom, and for how long.`),
  s('interview-notes', 'sonnet', `${interview}\nTurn this interview into structured notes: pains, current tools, willingness to pay, and quotes worth keeping.`),
  s('py-tests', 'sonnet', `${inventoryPy}\nWrite pytest tests for this class using a fake store.`),
  s('py-types', 'sonnet', `${inventoryPy}\nAdd type hints and docstrings to this class.`),
  s('design-pm-summary', 'sonnet', `${designDoc}\nWrite a short summary of this design for product managers, without jargon.`),
  s('survey-themes', 'sonnet', `${survey}\nGroup the free-text answers into themes and write a short paragraph on each.`),
  s('exp-announce', 'sonnet', `${experiment}\nWrite a short post for the product channel announcing these results and the next step.`),
  s('release-followup', 'sonnet', `${releaseEmail}\n\nWrite a short note for customers about what is in 4.0 and that the mobile redesign comes later. No internal details.`),
  s('sql-retention', 'sonnet', 'Write a Postgres query for weekly retention cohorts from a table events(user_id, event_time): week of first event as the cohort, and the share of each cohort active in weeks 1 to 8.'),
  s('excel-sumifs', 'sonnet', 'Write an Excel formula that sums column C where column A is "EMEA" and the date in column B is in 2026, and explain each part.'),
  s('py-merge-csv', 'sonnet', 'Write a Python script that merges every CSV file in a folder into one, adding a column with the source file name, and skips files whose headers do not match.'),
  s('ts-debounce', 'sonnet', 'Write a debounce function in TypeScript with correct generic types and a cancel method.'),
  s('explain-http2', 'sonnet', 'What does HTTP/2 change compared with HTTP/1.1, and does it matter for a JSON REST API behind a load balancer?'),
  s('edit-paragraph', 'sonnet', 'Edit this paragraph for clarity and flow, keeping my voice: "So basically what we found was that the users, they mostly didn\'t really use the export feature all that much, except for the ones that were on the bigger plans, who used it quite a lot actually, which is maybe why we should think about it."'),
  s('newsletter-intro', 'sonnet', 'Write the intro for our monthly customer newsletter: we shipped dark mode, SSO for the team plan, and faster search, and we are hiring in Lisbon.'),
  s('product-copy', 'sonnet', 'Write a product description for an adjustable standing desk aimed at home workers: quiet motor, memory presets, 120 x 70 cm top, five-year warranty.'),
  s('explain-pvalue', 'sonnet', 'Explain what a p-value is and what it is not, for a marketing team that runs A/B tests.'),
  s('pandas-top3', 'sonnet', 'In pandas, how do I get the top 3 products by revenue within each category, with their share of the category total?'),
  s('k8s-cronjob', 'sonnet', 'Write a Kubernetes CronJob that runs a cleanup script every night at 02:00, never runs two at once, and keeps the last 3 failed jobs.'),
  s('dockerfile-fastapi', 'sonnet', 'Write a multi-stage Dockerfile for a FastAPI app managed with Poetry, running as a non-root user.'),
  s('api-errors', 'sonnet', 'Propose a consistent error response format for our REST API, with examples for validation errors, not found and rate limiting.'),
  s('react-users-table', 'sonnet', 'Write a React component that fetches /api/users and shows them in a table sortable by name and signup date, with loading and error states.'),
  s('readme-cli', 'sonnet', 'Write a README for a small CLI that converts Markdown files to PDF: install, usage, options and an example.'),
  s('explain-sharding', 'sonnet', 'Explain the difference between sharding and partitioning a database, with an example of when you would use each.'),
  s('kotlin-parse', 'sonnet', 'Write a Kotlin data class and a function that parses this JSON into it with kotlinx.serialization:\n{"id": 7, "name": "Ana", "tags": ["admin", "beta"], "lastLogin": null}'),
  s('deprecation-post', 'sonnet', 'Write a Slack announcement that the v1 API is deprecated and will be switched off on 1 March, with what users need to do and where to ask questions.'),
  s('meeting-actions', 'sonnet', 'Turn these meeting notes into action items with owners and dates:\n\nTalked about Q1 hiring. Ana will post the SRE job ad next week. Bo thinks we need a contractor for the data migration, he will get two quotes by the 20th. Budget review moved to 3 Feb, Chidi to send the numbers before. Dana raised the on-call pay question again, nobody owns it yet.'),
  s('plain-rewrite', 'sonnet', 'Rewrite this for customers who are not technical: "Due to elevated p99 latency on the ingestion tier caused by a misconfigured autoscaler, some webhook deliveries were delayed by up to 40 minutes."'),
  s('explain-window', 'sonnet', 'Explain SQL window functions with a running total and a rank-within-group example.'),
  s('regex-postcode', 'sonnet', 'Write a regex that matches UK postcodes and explain how it works.'),
  s('jira-breakdown', 'sonnet', 'Break this feature into tickets with acceptance criteria: admins can invite teammates by email, choose a role, and invitations expire after 7 days.'),
  s('aws-cost', 'sonnet', 'Estimate the monthly cost of three t3.medium instances running all month plus a 100 GB gp3 volume each in us-east-1. Show the arithmetic.'),
  s('sheets-pivot', 'sonnet', 'How do I build a pivot table in Google Sheets that shows revenue by month and by region, with a grand total?'),
  s('farewell-speech', 'sonnet', 'Write a two-minute farewell speech for a colleague retiring after 25 years in the finance team. Warm, a little funny.'),
  s('talk-abstract', 'sonnet', 'Write a 150-word abstract for a conference talk about how we cut our CI time from 40 minutes to 12.'),
  s('explain-hashmap', 'sonnet', 'Why is a hash map lookup O(1) on average but O(n) in the worst case? Explain with an example.'),
  s('security-headers', 'sonnet', 'Which HTTP security headers should our web app send, and what does each one protect against?'),
  s('aiohttp-convert', 'sonnet', 'Convert this to asyncio with aiohttp, with at most 10 requests in flight:\n\nimport requests\nresults = []\nfor url in urls:\n    r = requests.get(url, timeout=10)\n    results.append((url, r.status_code))'),
  s('data-dictionary', 'sonnet', 'Write a data dictionary for this table, with a description and example for each column:\nCREATE TABLE subscriptions (id bigint, customer_id bigint, plan text, status text, started_at timestamptz, cancelled_at timestamptz, mrr_cents int);'),
  s('gdpr-reply', 'sonnet', 'Draft a reply to a customer who asks us to delete all their data under GDPR: confirm, explain what we keep for legal reasons, and give a timeline.'),
  s('next-vs-remix', 'sonnet', 'Next.js or Remix for a content-heavy marketing site with a small logged-in area? A short comparison and a recommendation.'),
  s('flask-logging', 'sonnet', 'Set up structured JSON logging in a Flask app so every line carries a request ID.'),
  s('long-context-email', 'sonnet', 'Background: we moved our support team from Zendesk to Intercom last month. The move went mostly fine, but customers who replied to old email threads got an automatic "ticket closed" message, and a few were upset. The old threads are now closed for good, and any reply opens a new conversation in Intercom that an agent picks up within a day. Write an email to customers explaining this, apologising for the confusing messages.'),
  s('explain-git-bisect', 'sonnet', 'How do I use git bisect to find the commit that broke a test, and how do I automate it with a script?'),
  s('onboarding-analyst', 'sonnet', 'Write a checklist for a new data analyst\'s first two weeks: access to request, dashboards to learn, people to meet.'),
  s('compare-loss', 'sonnet', 'In a churn model, should I use accuracy, precision/recall or AUC? Explain when each is misleading.'),
];

const opus: TrafficExample[] = [
  s('pod-oom-gap', 'opus', `${podDescribe}\nThis pod gets OOM-killed about once a day, yet our memory dashboard never shows it above 60% of the limit. Work out what could explain the gap between our graph and what the kernel sees, and how I would confirm which it is.`),
  s('plan-flip', 'opus', `${queryPlan}\nThis query took 40 ms last week and takes 9 seconds now. The code did not change and the tables grew about 5%. Explain how the planner could have switched to this plan, and how we keep it from flipping again.`),
  s('sales-mix', 'opus', `${salesTable}\nEvery region's average order value went up from Q2 to Q3, but the company-wide average went down. Finance thinks the numbers are broken. Are they? Explain what happened and what we should report to the board.`),
  s('nda-contractor', 'opus', `${nda}\nWe want to show the partner's confidential roadmap to a contractor who is helping build the integration. Read this closely: can we, under which clauses, what would we have to do first, and where are we exposed if the contractor leaks it?`),
  s('interview-business', 'opus', `${interview}\nBased on this interview and what you know about the market, is there a real business in building invoicing for firms like this? Challenge my assumptions and tell me what evidence would change your mind.`),
  s('py-oversell', 'opus', `${inventoryPy}\nUnder load, stock sometimes goes negative even though reserve() checks it first, and we run this on several machines. Explain exactly how that happens, and fix it without putting every call behind one global lock.`),
  s('design-critique', 'opus', `${designDoc}\nReview this design hard: what breaks when something fails halfway, where it assumes an order it does not get, what happens on a restart, and what you would change before we build it.`),
  s('survey-fair', 'opus', `${survey}\nLeadership wants to announce that 82% of employees are happy, based on this survey. Is that a fair reading? Look at who answered, how the question was asked and what the free text says, and suggest what we can honestly say.`),
  s('exp-trust', 'opus', `${experiment}\nHow much should we trust the headline result, given how the test was run and what the secondary metrics did? Would you ship it, and what would you tell the team to do differently next time?`),
  s('short-prints-hello', 'opus', 'Can any program decide, for every program, whether it ever prints "hello"? Why or why not?'),
  s('short-irrational', 'opus', 'Is there an irrational number that, raised to an irrational power, gives a rational number? Convince me.'),
  s('short-trailing-zeros', 'opus', 'Does any factorial end in exactly 5 zeros? Which numbers of trailing zeros can a factorial never have, and why?'),
  s('short-hth', 'opus', 'Flipping a fair coin, which do I expect to see sooner, HTH or HHT, and why, when both have probability 1/8 at any position?'),
  s('short-horses', 'opus', 'There are 25 horses and a track that races 5 at a time, with no stopwatch. What is the fewest number of races to find the three fastest, and why can it not be done in fewer?'),
  s('short-rsa-pnp', 'opus', 'If someone proved P = NP tomorrow, would RSA be broken? Think about it carefully.'),
  s('short-strings', 'opus', 'How many binary strings of length 20 have no three 1s in a row? Show how you get the number.'),
  s('plain-stale-cache', 'opus', 'We delete the cache entry after every database write, yet users sometimes see old data for hours, not seconds. What sequence of events can leave an old value in the cache long after the write, and how do we close the gap?'),
  s('plain-job-twice', 'opus', 'Our nightly job runs on two servers for redundancy and takes a database row as a lock. Twice this month it ran on both anyway, both times around a deploy. Walk me through how that can happen and what a correct setup looks like.'),
  s('plain-split-table', 'opus', 'We need to split a users table with 50 million rows into accounts and profiles while the app keeps running and writing every second. Lay out how to do it without downtime or lost writes, and how we would roll back halfway through.'),
  s('plain-forecast-miss', 'opus', 'Our sales forecast was within 5% for three years, then missed by 30% two quarters in a row. The model has not changed. How would you work out whether the world changed or the model was lucky all along?'),
  s('plain-pass-rate', 'opus', 'Our interview pass rate fell from 20% to 5% over a year, and nobody changed the process. What could be going on, and how would you tell the explanations apart?'),
  s('plain-fanout-slo', 'opus', 'We promise that 99.9% of requests finish under 300 ms. Each request calls five services in parallel and waits for all of them. What does each service need to promise for us to keep that, and what does that mean for how we split the budget?'),
  s('plain-reset-token', 'opus', 'We make password reset tokens from Math.random(), turned into a 32-character hex string. A pentester says they are predictable. Is that real for a token that long? Explain what an attacker would actually do.'),
  s('plain-on-call-doctors', 'opus', 'Doctors can go off call if at least one other doctor stays on. Two doctors pressed "go off call" at the same moment and both succeeded, leaving nobody on call, although each request checked first. The database runs at repeatable read. Why did this happen, and what are the fixes?'),
  s('plain-java-pauses', 'opus', 'Our Java service freezes for several seconds every few hours, although the heap is only half full. Where would you start, and what are the likely explanations?'),
  s('plain-dns-move', 'opus', 'After we moved to a new load balancer, some customers could not reach us for three hours, although the DNS TTL was five minutes. Others were fine at once. What could be holding on to the old address, and how do we plan the next move so it does not happen?'),
  s('plain-model-prod', 'opus', 'Our churn model scored 0.94 AUC in validation and is no better than guessing in production. What are the ways this happens, and how would you check each one?'),
  s('plain-event-replay', 'opus', 'We store every change as an event and rebuild state by replaying them. Two years in, a replay takes hours, and after bug fixes some old events mean something different from what they meant when written. How do teams deal with this, and what would you do?'),
  s('plain-raid-odds', 'opus', 'We have 40 disks, each failing independently with a 2% chance a year, in RAID 6 groups of 10, and a rebuild takes two days. How likely are we to lose data in a year? Show the calculation and which assumptions matter most.'),
  s('plain-rooms-flex', 'opus', 'I have a list of meeting room bookings and want the fewest rooms, but each booking can move up to 15 minutes earlier or later. How would you solve this, and is there a fast exact method?'),
  s('plain-van-routes', 'opus', 'We deliver to 60 shops from one depot with 5 vans. Each shop has a delivery time window and each van carries 2 tonnes. Routes are planned by hand every morning. How should we approach automating this, and how far from the best plan would a simple heuristic land?'),
  s('plain-arm-ring', 'opus', 'On ARM servers our ring buffer sometimes gives a consumer a slot whose data is still zeros, even though the producer writes the data before it bumps the index. On x86 it never happens. Why?'),
  s('plain-bill-split', 'opus', 'We split a bill among N people and the cents never add up: sometimes the total we charge is one cent off. What is a correct way to split an amount so everyone pays within a cent of each other and the total is exact, and can you show it always works?'),
  s('plain-metric-alerts', 'opus', 'We want alerts on unusual movement in 50,000 business metrics that have weekly patterns and holidays, without burying the team in false alarms. What would you build, and how would we know it works?'),
  s('plain-loan-fairness', 'opus', 'Our loan approval model does not use race, but approval rates still differ a lot between groups. The team says that means it is fair. Is it? Walk me through the competing definitions and which of them can hold at the same time.'),
  s('plain-test-length', 'opus', 'We get 200 signups a day and want to detect a 5% relative lift in paid conversion from a base of 3%. How long does the test need to run, and would switching to a Bayesian test let us finish sooner?'),
  s('plain-hot-counter', 'opus', 'We count page views with Redis INCR, one key per page, and the most popular page\'s key now saturates its shard. How do we count accurately at 500,000 increments a second, and what do we give up with each approach?'),
  s('plain-contractor-ip', 'opus', 'A contractor wrote our core library before signing anything, then signed an agreement assigning all future work to us. Who owns the code written before the agreement, and what should we do now, before our funding round?'),
  s('plain-stores-layout', 'opus', 'We have 40 stores; 10 got a new layout in April, picked by their regional managers. Sales in those stores rose 8% against 3% elsewhere. How much of that can we credit to the layout, and what analysis would give a number we can defend?'),
  s('plain-oped-logic', 'opus', 'My op-ed argues that because remote teams ship fewer features per person, companies should bring everyone back to the office, and that the productivity gain would pay for the offices. A reviewer says the conclusion does not follow. Find the weakest steps in the argument, make the best case for the other side, and tell me what a version that holds up would claim.'),
  s('plain-three-teams', 'opus', 'Three teams each need our one platform engineer next quarter, and each has a date promised to a customer. Help me think through how to decide, who to disappoint, what it costs each way, and how to tell them.'),
  s('plain-clock-lease', 'opus', 'Our leader holds a 10-second lease and renews it every 3 seconds. After a VM migration we saw two leaders writing at the same time for a few seconds. Nobody\'s clock was off by more than a few milliseconds. How is that possible?'),
  s('plain-queue-growth', 'opus', 'Our job queue is empty most of the day, but every evening it grows for an hour and takes until morning to drain, even though the workers are only 70% busy on average. Why would a system that is not overloaded behave like this, and what should we change?'),
  s('plain-retry-storm', 'opus', 'A short database blip last week turned into a 40-minute outage: when the database came back, it fell over again, several times. Every client retries three times with backoff. Explain what happened and how to design clients and servers so a blip stays a blip.'),
  s('plain-sampling-bias', 'opus', 'Our app\'s crash rate dropped by half after the last release, but app store ratings got worse and support tickets about crashes went up. How can all three be true, and which one should we believe?'),
  s('plain-merge-sorted', 'opus', 'I need the median of two sorted arrays of different lengths without merging them. What is the fastest way, and why does it work?'),
  s('plain-encryption-keys', 'opus', 'We encrypt customer files with one AES key per customer, stored in the same database as the files, and the keys are encrypted with a master key kept in an environment variable. An auditor called this weak. Is it, what exactly is the threat, and what would a sound design look like for a team of eight?'),
  s('plain-price-cut', 'opus', 'A competitor cut prices by 30%. Half our board wants to match it, half wants to hold. We have 18 months of runway. Think through what each choice does to us over the next two years, what we would need to believe for each to be right, and what you would do.'),
  s('plain-dedupe-people', 'opus', 'We have 3 million customer records from four systems with typos, nicknames, moved addresses and shared family emails. We need to merge duplicates without ever merging two different people. How would you approach this, and how would we measure that it is safe?'),
  s('plain-webhook-order', 'opus', 'Our payment provider sends webhooks, and sometimes "refunded" arrives before "paid", or the same event arrives twice an hour apart. Our order states end up wrong. How should we process these so the final state is always right, whatever order they come in?'),
];

export const seventhSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
