import { batch, pad, type TrafficExample } from './build.js';

/**
 * A fifth batch of single-turn English requests (issue 21, session 5), written after the fourth batch's
 * held-out half was measured and before any tuning against this batch, to measure the final router once on
 * requests it has never seen. A mix closer to everyday platform traffic: mostly Sonnet work, many quick
 * Haiku asks, and Opus asks both with and without telltale words. Names start with "b5-".
 */
const s = batch('b5-');

const handbook = pad(
  'Engineering handbook. Code review: every PR needs one approval; changes to billing or auth need two, one from the owning team. Deploys: Monday to Thursday, 09:00-16:00 local time; no deploys on Fridays or before public holidays. Feature flags live in LaunchDarkly and must be removed within 60 days of full rollout. Incidents: severity 1 pages the on-call and the engineering manager; write a postmortem within 5 working days.',
  9_000,
);
const pyEtl = pad(
  'def load_orders(conn, since):\n    rows = conn.execute("SELECT id, customer_id, total, created_at FROM orders WHERE created_at > %s", (since,))\n    out = []\n    for r in rows:\n        out.append({"id": r[0], "customer": r[1], "total": float(r[2]), "created": r[3].isoformat()})\n    return out\n\ndef push(batch, client):\n    for o in batch:\n        client.post("/ingest", json=o)\n',
  5_000,
);
const minutes = pad(
  'Minutes, platform sync, 12 May. Present: Ana, Bo, Chidi, Dana. 1. Kafka upgrade to 3.7: Bo to schedule for the week of 26 May, staging first. 2. Cost review: the logging bill grew 40% since March; Chidi to sample which services log most. 3. On-call load: 31 pages last month, 18 from the flaky disk alert; Dana to retune it. 4. AOB: Ana is out 2-6 June.',
  7_000,
);

const haiku: TrafficExample[] = [
  s('handbook-approvals', 'haiku', `${handbook}\nHow many approvals does a change to auth need?`),
  s('handbook-friday', 'haiku', `${handbook}\nAre we allowed to deploy on Fridays?`),
  s('minutes-kafka-owner', 'haiku', `${minutes}\nWho is scheduling the Kafka upgrade?`),
  s('minutes-pages', 'haiku', `${minutes}\nHow many pages were there last month?`),
  s('etl-func-names', 'haiku', `${pyEtl}\nWhat are the two function names in this file?`),
  s('utc-offset', 'haiku', 'What is the UTC offset of Tokyo?'),
  s('mime-json', 'haiku', 'MIME type for JSON?'),
  s('bool-yaml', 'haiku', 'Is "yes" a boolean in YAML 1.1?'),
  s('hex-to-dec', 'haiku', 'Convert 0xFF to decimal.'),
  s('capital-canada', 'haiku', 'Capital of Canada?'),
  s('spell-check', 'haiku', 'Spell-check: "We recieved you\'re invoice and will proccess it shortly."'),
  s('classify-priority', 'haiku', 'Classify this bug report as P1, P2 or P3: "Typo on the pricing page footer."'),
  s('bullets-to-csv', 'haiku', 'Turn into CSV with columns name,role:\n- Ana, designer\n- Bo, backend\n- Chidi, data'),
  s('extract-amount', 'haiku', 'Extract the total amount from: "Invoice #4471 — total due: €1,284.50 by 30 June."'),
  s('git-branch-delete', 'haiku', 'How do I delete a local git branch?'),
  s('docker-ps-all', 'haiku', 'Which docker command lists stopped containers too?'),
  s('rename-var', 'haiku', 'Rename the variable x to total in this line: let x = a + b; console.log(x);'),
  s('short-subject', 'haiku', 'Write a subject line for an email announcing the office is closed on Monday.'),
  s('translate-es', 'haiku', 'Translate to Spanish: "The meeting is cancelled."'),
  s('what-is-sla', 'haiku', 'What does p95 mean in latency metrics?'),
  s('leap-year', 'haiku', 'Is 2100 a leap year?'),
  s('http-verb', 'haiku', 'Which HTTP method is idempotent: POST or PUT?'),
  s('sort-numbers', 'haiku', 'Sort these numbers descending: 14, 3, 99, 27, 8'),
  s('acronym-rfc', 'haiku', 'What does RFC stand for?'),
  s('reply-thanks', 'haiku', 'Write a short thank-you reply to a colleague who reviewed my PR quickly.'),
  s('json-valid', 'haiku', 'Is this valid JSON? {"a": 1, "b": [1, 2,]}'),
  s('env-var-node', 'haiku', 'How do I read an environment variable in Node.js?'),
  s('tag-topics', 'haiku', 'Tag this headline with one topic (sports, politics, tech, business): "Chipmaker shares jump after earnings beat"'),
  s('minutes-out-dates', 'haiku', `${minutes}\nWhen is Ana out?`),
  s('percent-change', 'haiku', 'What is the percent change from 80 to 100?'),
];

const sonnet: TrafficExample[] = [
  s('handbook-checklist', 'sonnet', `${handbook}\nTurn the deploy and review rules into a PR template checklist in Markdown.`),
  s('minutes-actions-email', 'sonnet', `${minutes}\nWrite a follow-up email to the team listing the action items with owners and dates.`),
  s('etl-improve', 'sonnet', `${pyEtl}\nImprove this code: batch the posts, add retries for failed requests, and type hints.`),
  s('etl-tests', 'sonnet', `${pyEtl}\nWrite pytest tests for load_orders using a fake connection.`),
  s('express-middleware', 'sonnet', 'Write Express middleware that logs method, path, status and duration for each request as JSON.'),
  s('pandas-pivot', 'sonnet', 'I have a DataFrame of sales with columns region, month, revenue. How do I pivot it so months are columns and add a total row?'),
  s('sql-dedupe', 'sonnet', 'Write a Postgres query that deletes duplicate rows in users keeping the oldest id per email.'),
  s('explain-k8s-probes', 'sonnet', 'What is the difference between liveness and readiness probes in Kubernetes, and when does each one restart or remove a pod?'),
  s('dockerfile-node', 'sonnet', 'Write a multi-stage Dockerfile for a TypeScript Node app that builds with npm and runs as a non-root user.'),
  s('announce-outage', 'sonnet', 'Draft a status page update for a 40-minute outage of our login service caused by an expired certificate, with what we are doing to prevent it.'),
  s('rust-error', 'sonnet', 'Why does Rust say "borrowed value does not live long enough" here, and how do I fix it?\n\nfn longest(v: &Vec<String>) -> &str { let s = v.join(","); &s }'),
  s('explain-rebase', 'sonnet', 'Explain git rebase versus merge and when our team should use each.'),
  s('onepager-okr', 'sonnet', 'Help me write three OKRs for a platform team whose goals this quarter are faster CI and fewer pages.'),
  s('bash-rotate', 'sonnet', 'Write a bash script that compresses log files older than 7 days and deletes compressed ones older than 30.'),
  s('react-hook', 'sonnet', 'Write a React hook useDebounce that debounces a value, with an example of using it for a search box.'),
  s('java-stream', 'sonnet', 'Rewrite this Java loop with streams:\n\nList<String> out = new ArrayList<>();\nfor (User u : users) { if (u.isActive()) out.add(u.getEmail().toLowerCase()); }\nCollections.sort(out);'),
  s('customer-reply', 'sonnet', 'A customer says our export feature deleted their data. It did not; the export only reads. Write a reply that is calm, explains what happened, and offers to help them check.'),
  s('explain-idx-slow', 'sonnet', 'My query uses an index on created_at but is still slow when I add ORDER BY created_at DESC LIMIT 20 with a WHERE status = \'open\'. What index should I add and why?'),
  s('gh-issue-template', 'sonnet', 'Write a GitHub issue template for bug reports with fields for steps to reproduce, expected vs actual, environment and logs.'),
  s('explain-backoff', 'sonnet', 'Explain exponential backoff with jitter and show a TypeScript implementation of a fetch wrapper that uses it.'),
  s('training-outline', 'sonnet', 'Outline a two-hour internal workshop teaching product managers to read SQL dashboards.'),
  s('helm-values', 'sonnet', 'Write a Helm values.yaml and the matching template for a deployment with configurable replicas, image tag, env vars and resources.'),
  s('review-comments', 'sonnet', 'Review this function:\n\nfunction avg(xs) { let s = 0; for (let i = 0; i <= xs.length; i++) s += xs[i]; return s / xs.length; }'),
  s('csv-streaming', 'sonnet', 'How can I read a 5 GB CSV in Python without running out of memory and compute the sum of one column?'),
  s('vacation-policy', 'sonnet', 'Write a short, friendly vacation policy for a 15-person startup: how much leave, how to request it, and coverage rules.'),
  s('terraform-vars', 'sonnet', 'Refactor this Terraform so region and instance size are variables with defaults, and add outputs for the instance IP.\n\nresource "aws_instance" "web" { ami = "ami-123" instance_type = "t3.micro" }\nprovider "aws" { region = "eu-west-1" }'),
  s('explain-webhooks', 'sonnet', 'Explain webhooks to a junior developer and show how to verify a signed webhook in Express.'),
  s('metrics-dashboard', 'sonnet', 'What should go on a Grafana dashboard for a REST API service? Suggest panels and the PromQL for each.'),
  s('go-http-client', 'sonnet', 'Write a Go HTTP client with timeouts, retries on 5xx, and context cancellation.'),
  s('faq-sso', 'sonnet', 'Write a help-centre article explaining how to set up SAML SSO with Okta for our product, step by step.'),
  s('compare-orms', 'sonnet', 'Prisma or Drizzle for a new TypeScript backend with Postgres? Give the trade-offs for a team of three.'),
  s('minutes-summary', 'sonnet', `${minutes}\nSummarise these minutes in five bullet points for people who missed the meeting, highlighting risks.`),
];

const opus: TrafficExample[] = [
  s('handbook-flags-debt', 'opus', `${handbook}\nWe have 400 feature flags, most older than 60 days, and two incidents last quarter came from stale flags interacting. Work out how to find which flags are actually safe to remove, which combinations are risky, and a plan to get to a sustainable state without freezing feature work.`),
  s('etl-exactly-once', 'opus', `${pyEtl}\nThis job runs every 5 minutes and sometimes overlaps with itself; the ingest service is not idempotent and we see duplicates and gaps in the warehouse. Explain every way the current code produces both, and design a version that delivers each order exactly once even across crashes and overlapping runs.`),
  s('minutes-logging-cost', 'opus', `${minutes}\nLogging costs grew 40% and nobody knows why. Lay out how you would find the cause across 60 services in a week, what sampling or retention changes could cut the bill in half without hurting incident response, and the risks of each.`),
  s('race-cache-invalidation', 'opus', 'We update the database and then delete the cache key, but users still sometimes see stale data for hours. Explain the interleavings that cause this and which invalidation scheme actually fixes it.'),
  s('prove-graph', 'opus', 'Prove that every tree with at least two vertices has at least two leaves, and then show that a graph where every vertex has degree at least 2 contains a cycle.'),
  s('puzzle-hats', 'opus', 'A hundred prisoners stand in a line, each wearing a black or white hat, each seeing the hats in front. From the back, each says a colour. Find a strategy that saves at least 99 of them and explain why no strategy can guarantee all 100.'),
  s('expected-max', 'opus', 'If I roll three fair dice, what is the expected value of the largest one? Derive it, then give a general formula for n dice with k sides.'),
  s('design-notifications', 'opus', 'Design a notification system that sends 50 million push, email and SMS messages a day, respects each user\'s quiet hours and channel preferences, never sends duplicates, and keeps working when one provider is down.'),
  s('security-jwt-alg', 'opus', 'Our API accepts JWTs and picks the verification key from the kid header, fetching unknown kids from a URL in the token\'s jku claim. Audit this for vulnerabilities and explain how an attacker would forge a token.'),
  s('perf-p99-gc', 'opus', 'Our Go service has p99 latency spikes every 2 minutes that line up with GC, but GOGC tuning barely helps and heap size is stable. What is really going on and how do we confirm it?'),
  s('plain-ordering', 'opus', 'Two services both update a customer\'s balance by reading it, adding an amount, and writing it back. Once in a while the balance ends up wrong by exactly one of the amounts. Why, and what is the right way to fix it without slowing everything down?'),
  s('plain-research', 'opus', 'What does the evidence really say about whether pair programming improves code quality enough to justify the cost? I want to know which studies are solid, where they disagree, and what would apply to a remote team of senior engineers.'),
  s('plain-stats', 'opus', 'Our dashboard says users who enable notifications retain 30% better. The growth team wants to force notifications on for everyone. What could be wrong with drawing that conclusion and how would we find out the true effect?'),
  s('plain-algo', 'opus', 'I have a log of 50 million user sessions, each with a start and end time, and need the maximum number of users online at the same moment per day, plus the exact time it happened. It must run in a few minutes on one machine. How, and why is it correct at the boundaries?'),
  s('plain-capacity', 'opus', 'Our database CPU is at 60% at peak and traffic grows 8% a month. Leadership asks when we need to act and what the options cost. Work it out, including what breaks before CPU does.'),
  s('plain-legal', 'opus', 'A former employee used code they wrote at our company in their new startup\'s product. Our contracts have an IP assignment clause but the code was written partly on weekends on their own laptop. How strong is our position in California versus the UK, and what should we do first?'),
  s('plain-crypto', 'opus', 'We store user passwords hashed with SHA-256 and a global salt. Explain exactly what an attacker who steals the database can do, how long it would take them, and how to migrate every user to a safe scheme without forcing a password reset.'),
  s('plain-distributed', 'opus', 'During a network split, both halves of our cluster kept accepting orders for the same limited stock, and we oversold by 300 units. What are our real options to never oversell, what does each cost in availability, and which would you pick for a flash sale?'),
  s('plain-math', 'opus', 'Can you always split a list of 10 distinct two-digit numbers into two non-empty groups with the same sum? If yes explain why; if no, give a counterexample.'),
  s('plain-debug-memory', 'opus', 'A C service crashes every few days with a corrupted malloc header, always in a different function, and never under the debugger. How would you hunt this down?'),
  s('plain-ml', 'opus', 'Our recommendation model was retrained on data collected while the old model was serving, and now it keeps recommending the same popular items. Explain the feedback loop, how to measure how bad it is, and how to train and evaluate properly from here.'),
  s('plain-economics', 'opus', 'We sell API access with a free tier. Free users are 95% of traffic and 3% convert. Should we shrink the free tier? Reason through the effects on conversion, cost, word of mouth and competitors, and what experiment would tell us.'),
  s('plain-migration', 'opus', 'We must split our monolith\'s users table into a separate identity service while 20 other modules keep reading and writing it, with no downtime and no lost updates. How do we get there step by step, and how do we know at each step that nothing is broken?'),
  s('plain-scheduling', 'opus', 'We have 40 CI runners and 300 jobs a day with dependencies between them, different durations and some that need GPUs. Jobs pile up every morning. How would you schedule them to minimise the time until the last job finishes, and how close to the best possible can we get?'),
  s('plain-incident', 'opus', 'After a failover our Postgres replica became primary, and two days later we noticed a few hundred orders from the failover minute are missing, though the app logged them as saved. How can that happen, and how do we make sure it never happens again?'),
  s('plain-geometry', 'opus', 'Inside a unit square I place 51 points. Show that some three of them fit inside a circle of radius 1/7.'),
  s('plain-policy', 'opus', 'Our city wants to replace its bus routes with on-demand minibuses booked by app. Using what other cities experienced, think through who wins, who loses, what it costs per ride, and what would make you advise against it.'),
  s('plain-queueing', 'opus', 'Our worker pool processes jobs from a queue; when we doubled the workers, throughput went up only 10% and latency got worse. Explain what could cause that and how to find the real bottleneck.'),
];

export const fifthSingleTurnExamples: TrafficExample[] = [...haiku, ...sonnet, ...opus];
