import { conversation, type TrafficExample } from './build.js';

/**
 * Second multi-turn batch (session 7, names `m2-`), written without running the router: long hard
 * conversations then "continue"-style or transform turns, hard conversations then a genuinely new
 * trivial ask, easy chats that turn hard, and assistant turns of realistic length.
 */

const paxos = [
  'I am preparing a reading group on consensus. Prove that single-decree Paxos is safe: once a value is chosen, no other value can ever be chosen, for any interleaving of messages, message loss and acceptor restarts (acceptors have stable storage). I want the invariant stated precisely and the induction done properly.',
  "Setup. Proposals carry ballot numbers, totally ordered and unique per proposer. An acceptor keeps promised (the highest ballot it promised) and accepted (the ballot and value it last accepted), both on stable storage, so a restart changes nothing.\n\nA value v is chosen when a majority Q has accepted (b, v) for one ballot b.\n\nInvariant P2c. For every ballot b and value v, if a proposal (b, v) is issued, then there is a majority S such that either (a) no acceptor in S has accepted any ballot below b, or (b) v is the value of the highest ballot below b accepted by any acceptor in S.\n\nClaim. If (b, v) is chosen, every proposal (b', v') with b' > b has v' = v.\n\nProof by strong induction on b'. Assume the claim for all ballots in (b, b'). Let S be the majority of P2c for (b', v'). S and Q intersect in some acceptor a. Since a accepted b < b', case (a) is impossible, so v' is the value of the highest ballot c < b' accepted in S. Because a accepted b, c >= b. If c = b, v' = v. If b < c < b', the proposal (c, v') was issued, and by the induction hypothesis v' = v. Hence v' = v.\n\nP2c holds because phase 1 collects promises from a majority S, each reporting its highest accepted ballot below b', and the proposer picks the value of the highest one, or any value if there is none; the promise keeps members of S from accepting anything in between. ∎",
  'Good. Where exactly does stable storage enter the proof? I suspect the promise is the subtle part.',
  "Right: stable storage is what makes the promise a fact about the future, not just about the past. In the P2c argument we use two things about every acceptor a in S: (1) what a reported in phase 1 was its highest accepted ballot below b' at the moment of the promise, and (2) after promising b', a never accepts any ballot in [that ballot, b'). Property (2) is a statement about all of a's future behaviour. If a crashed and came back with empty memory, it could accept a ballot c with reported < c < b' from a slow proposer, and the proposer of b' would have chosen its value from stale information: the intersection argument breaks because the reported maximum is no longer the maximum. So the invariant needs 'promised' durable before the promise message leaves the acceptor, and 'accepted' durable before the accepted message leaves. Writing them after sending is a real bug seen in practice: it is safe only as long as nothing crashes between the send and the fsync.",
];

const kernelLeak = [
  "Our ingest nodes (Linux 5.15, Ubuntu 22.04) lose about 3 GB of RAM per day to the kernel, not to any process. After ~10 days the OOM killer starts shooting our JVMs. Here is slabtop sorted by cache size on a node at day 6:\n\n  OBJS ACTIVE  USE OBJ SIZE  SLABS OBJ/SLAB CACHE SIZE NAME\n21830400 21830400 100%    0.19K 1039543       21   4158172K dentry\n 9412352 9412352 100%    0.57K  672311       14   5378488K radix_tree_node\n  812544  810112  99%    1.06K   27084       30    866688K xfs_inode\n\nand /proc/meminfo says SUnreclaim is 1.1 GB, SReclaimable 9.4 GB. The app writes lots of short-lived temp files under /data/tmp. What is going on?",
  "Most of that is reclaimable: dentry and radix_tree_node are caches the kernel frees under pressure, so on their own they should not trigger the OOM killer. Two things make this pattern dangerous anyway:\n\n1. Negative dentries. Creating and deleting millions of uniquely named temp files leaves a negative dentry for every name ever looked up. On 5.15 they are only trimmed by general reclaim, and when reclaim runs from a memory cgroup with a tight limit, it may not reach them quickly enough; the JVM's cgroup OOMs while the host still shows free 'cache'.\n2. radix_tree_node at 5 GB points at page cache for many files or at the xarray of a huge directory. Together with xfs_inode it suggests the temp files are not always deleted, or are deleted while still open (the inode and its pages live until the last close).\n\nWhat I would check next, in order: (a) `cat /proc/sys/fs/dentry-state` (the second field is unused, the fifth on newer kernels is negative dentries); (b) `lsof +L1 | wc -l` for deleted-but-open files and which process holds them; (c) whether the OOM kills are cgroup OOMs (`dmesg | grep -i 'memory cgroup out of memory'`) rather than global ones; (d) memory.stat of the JVM's cgroup: file, slab_reclaimable, slab_unreclaimable. If (b) shows thousands of deleted open files, the leak is in the app's file handling, not in the kernel.",
  "dentry-state: 21611203 21598004 45 0 21402117 0. lsof +L1 shows 4 files. The OOMs are cgroup OOMs: 'Memory cgroup out of memory: Killed process 3312 (java)'. The JVM cgroup's memory.stat has slab_reclaimable 7.9G.",
  "That settles the first question: 21.4 million of the 21.6 million dentries are negative, and they are charged to the JVM's cgroup because the JVM created the lookups. The cgroup's limit counts slab_reclaimable, so the JVM is killed for memory that the kernel considers cache. Deleted-open files are not the issue (4 is noise).\n\nWhy reclaim does not save you: cgroup reclaim on 5.15 scans the cgroup's LRU lists, but dentries sit on per-superblock LRUs shrunk by shrinkers that are memcg-aware only if the filesystem registered them so and kmem accounting is on; with millions of entries and a hot allocation path, the OOM path can win the race against the shrinker. Options, from least to most invasive: reuse a bounded set of temp file names (or O_TMPFILE, which never creates a name); move /data/tmp to a tmpfs mounted per-process; raise vfs_cache_pressure; upgrade to a kernel with the negative-dentry limits work. I would start with O_TMPFILE: it removes the cause rather than the symptom.",
];

const party = [
  "My daughter turns 8 next month and wants a party at home. Any ideas for games? About 12 kids.",
  "Fun! Here are some that work well for 12 eight-year-olds at home:\n\n1. Treasure hunt with picture clues around the house and garden.\n2. Musical statues (freeze when the music stops).\n3. Pass the parcel with a small treat in each layer.\n4. Balloon relay: pairs carry a balloon between them without hands.\n5. Decorate-your-own cupcakes station.\n6. Pin the tail on the unicorn (or whatever she's into).\n7. Limbo with a broom handle.\n8. A short craft: friendship bracelets to take home.\n\nPlan about 15 minutes per game and keep the cupcake station for when they need to calm down before going home.",
  "She loved the treasure hunt idea! The theme will be pirates.",
  "Arr! A pirate treasure hunt is perfect. Hide a 'treasure chest' (a shoebox painted gold, filled with chocolate coins and small toys), and write 6-8 clues as rhyming riddles on 'old maps' (tea-stained paper, burnt edges done by an adult). Split the kids into two crews with different coloured clues so they don't crowd each other, and let each crew's last clue lead to the same chest. Eye patches and paper hats at the door get everyone in character.",
];

const ledgerSql = [
  "Postgres: I need the running balance per account from a transactions table (id bigserial, account_id bigint, amount numeric(12,2), created_at timestamptz). Show it per transaction, ordered by time.",
  "```sql\nSELECT\n  t.id,\n  t.account_id,\n  t.created_at,\n  t.amount,\n  SUM(t.amount) OVER (\n    PARTITION BY t.account_id\n    ORDER BY t.created_at, t.id\n    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW\n  ) AS running_balance\nFROM transactions t\nORDER BY t.account_id, t.created_at, t.id;\n```\n\nNotes:\n- `t.id` in the ORDER BY breaks ties when two transactions share a timestamp, so the result is deterministic.\n- `ROWS BETWEEN ...` makes the frame explicit; the default (RANGE) would lump together rows with equal `created_at`.\n- For large tables an index on `(account_id, created_at, id)` lets Postgres read in window order without a sort.",
];

const toothbrush = [
  'Write a product description for our bamboo toothbrush for the online shop. Medium bristles, compostable handle, comes in a pack of 4, 12.90 EUR.',
  "**Bamboo Toothbrush - Pack of 4**\n\nBrush better, waste less. Our toothbrushes have a handle of sustainably grown bamboo that you can compost at the end of its life, and medium-soft bristles that clean thoroughly while staying gentle on your gums.\n\n- Compostable bamboo handle, naturally water-resistant\n- Medium bristles, suitable for daily use\n- Pack of 4: one for every three months, or one for each member of the family\n- Plastic-free cardboard packaging\n\nA small swap for your bathroom, a big one for the planet. **12.90 EUR**",
];

const scaling = [
  "I'm writing the related-work section of a paper. Synthesize what the literature says about training language models when unique data runs out: repeating data for multiple epochs, the scaling laws proposed for the data-constrained regime, and the evidence on synthetic data. Compare the main studies, their setups, and where they disagree.",
  "Three lines of work matter here.\n\n**Repetition.** Muennighoff et al. (2023), 'Scaling Data-Constrained Language Models', trained hundreds of models up to 9B parameters with up to 1,500 epochs. They find that up to about 4 epochs, repeated tokens are worth almost as much as new ones; beyond that the value decays, and past roughly 16 epochs extra compute is nearly wasted. They fit a modified Chinchilla law in which repeated data has an effective size that saturates. Earlier, Hernandez et al. (2022) showed that repeating a small fraction of data many times can hurt far more than its share suggests, degrading copying and induction-head behaviour.\n\n**Scaling laws under constraints.** Chinchilla (Hoffmann et al., 2022) assumes unlimited unique data. The data-constrained fits shift the optimum toward more parameters and fewer epochs when data is scarce. Villalobos et al. (2022, updated 2024) project that the stock of high-quality public text will be exhausted around 2026-2032 at current trends, which is why these laws matter.\n\n**Synthetic data.** Results split. Shumailov et al. (2023/2024, 'model collapse') show that training recursively on model output loses the tails of the distribution. Gerstgrasser et al. (2024) counter that collapse happens when synthetic data replaces real data, not when it accumulates alongside it. Work on textbook-quality synthetic corpora (phi-1, phi-1.5) reports strong small models, but on evaluations close to the generated distribution, which makes comparison hard.\n\n**Where they disagree.** Mostly on whether synthetic data behaves like a weak form of repetition (bounded value) or like new data when it is filtered and diverse, and on how benchmark contamination inflates the positive findings.",
];

const reactLoop = [
  "My React component keeps calling the API in a loop. What's wrong?\n\n```tsx\nfunction Profile({ userId }: { userId: string }) {\n  const [user, setUser] = useState<User | null>(null);\n  const options = { headers: { 'x-client': 'web' } };\n  useEffect(() => {\n    fetchData(`/api/users/${userId}`, options).then(setUser);\n  }, [userId, options]);\n  return user ? <Card user={user} /> : <Spinner />;\n}\n```",
  "`options` is a new object on every render, so the effect's dependency list changes every time: render -> effect -> setUser -> render -> new `options` -> effect again. Move the object out of the component (it never changes), or memoise it:\n\n```tsx\nconst OPTIONS = { headers: { 'x-client': 'web' } };\n\nfunction Profile({ userId }: { userId: string }) {\n  const [user, setUser] = useState<User | null>(null);\n  useEffect(() => {\n    let cancelled = false;\n    fetchData(`/api/users/${userId}`, OPTIONS).then((u) => {\n      if (!cancelled) setUser(u);\n    });\n    return () => {\n      cancelled = true;\n    };\n  }, [userId]);\n  return user ? <Card user={user} /> : <Spinner />;\n}\n```\n\nThe `cancelled` flag also stops a slow response for an old `userId` from overwriting the current one.",
];

const ira = [
  "What's the difference between a Roth IRA and a traditional IRA?",
  "The main difference is when you pay tax.\n\n- **Traditional IRA**: contributions may be tax-deductible now (depending on your income and whether you have a workplace plan); the money grows tax-deferred, and withdrawals in retirement are taxed as ordinary income. Required minimum distributions start at 73.\n- **Roth IRA**: contributions are made with after-tax money (no deduction now); growth and qualified withdrawals in retirement are tax-free. No required minimum distributions for the original owner, and you can withdraw your contributions (not earnings) at any time.\n\nEligibility differs too: Roth contributions phase out above certain income levels, while anyone with earned income can contribute to a traditional IRA (the deduction is what phases out). The contribution limit is shared between the two.",
];

const scheduler = [
  "We're building a job scheduler: ~2M jobs/day, each job must run exactly once (they send invoices), workers on 40 VMs, Postgres 15 as the store. I want a design where a crashed worker's jobs get picked up by others without ever running a job twice. How would you do it?",
  "Exactly-once execution is impossible in general when a job has external side effects (a worker can crash after sending the invoice and before recording it), so the design has to be at-least-once delivery plus idempotent effects. Concretely:\n\n1. **Claiming with leases.** `UPDATE jobs SET owner = $w, lease_until = now() + interval '30 s', attempt = attempt + 1 WHERE id = (SELECT id FROM jobs WHERE state = 'ready' AND run_at <= now() ORDER BY run_at FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING id, attempt`. SKIP LOCKED lets 40 workers claim concurrently without blocking.\n2. **Heartbeats.** The worker extends `lease_until` every 10 s while it runs. A reaper returns jobs with an expired lease to `ready`.\n3. **Fencing.** Every write the worker makes about the job is conditional on `attempt` (its fencing token): `UPDATE jobs SET state = 'done' WHERE id = $1 AND attempt = $2`. A worker whose lease expired and was superseded cannot mark the job or write results.\n4. **Idempotent side effect.** The invoice API call carries an idempotency key derived from the job id (not the attempt), so a second attempt after a crash is absorbed by the invoicing service.\n\nWith these, a job may *start* twice but takes *effect* once.",
  "The invoicing service is a third-party API (Stripe-like) and does support idempotency keys for 24h. What about the reaper: single instance or in every worker?",
  "Run it in every worker; make it safe to run concurrently instead of electing one. The reaper's statement is itself conditional: `UPDATE jobs SET state = 'ready', owner = NULL WHERE state = 'running' AND lease_until < now() - interval '5 s' RETURNING id`. Two reapers racing on the same row serialise on the row lock, and the second one's WHERE no longer matches. The 5 s grace covers clock skew between the DB and nothing else, because `now()` is the database's clock, never the worker's: leases are granted and checked on one clock.\n\nThe 24 h idempotency window is the thing to watch: a job retried more than 24 h after its first attempt (e.g. after an outage) is outside it. Either cap retries inside that window and send late ones to a manual queue, or record the provider's charge id before marking done and look it up before retrying.",
];

const essay = [
  "Can you give me feedback on my college application essay? Prompt: 'Describe a challenge you overcame.'\n\nWhen I was fifteen my family moved from Porto to Manchester and I didnt speak much english. The first month at school I sat alone at lunch and pretended to read so nobody would talk to me. My grades dropped in every subject except maths, because numbers are the same in every language. One day my maths teacher, Mrs Okafor, asked me to help another new student, Yusuf, who had arrived from Syria. We didnt share a language either, but we shared equations. Helping him, I started to explain things out loud in english, badly at first. By the end of the year we had started a maths club for students who were new to the country, with eleven members. I learned that the fastest way to belong somewhere is to be useful to someone. Today I want to study engineering because it is another language that works everywhere, and I want to keep building things that help people find their place.",
  "This is a strong essay: it has a concrete turning point (Mrs Okafor's request), a clear arc from isolation to contribution, and an ending that ties the challenge to your goals. Suggestions:\n\n1. **Open in the scene.** Start with the lunch table ('I spent my first month in Manchester pretending to read at lunch') rather than the summary of the move; the move can come in the second sentence.\n2. **Show one moment with Yusuf.** One specific exchange (a problem you solved together by drawing on a napkin) would make the middle vivid; right now it is told in summary.\n3. **Earn the insight.** 'The fastest way to belong is to be useful' is a good line; put a beat before it that shows you noticing it, so it does not read as a slogan.\n4. **The ending's link** between engineering and 'a language that works everywhere' echoes the maths line nicely; keep it, but cut 'find their place' or make it concrete.\n5. **Mechanics:** 'didnt' (twice) needs an apostrophe, 'english' should be capitalised, and 'maths' is fine for a UK audience but check the conventions of the schools you apply to.\n\nLength is fine; you have room for the added scene.",
];

export const secondMultiTurnExamples: TrafficExample[] = [
  ...conversation('m2-paxos-proof', paxos, [
    ['continue', 'opus', 'continue'],
    ['multi', 'opus', 'Now the general case: Multi-Paxos with a stable leader, leader changes and in-flight slots. Show that the same invariant survives when a new leader takes over slots the old one had only partly filled, including the no-op filling.'],
    ['table', 'sonnet', 'Can you put the invariants you used into a table: name, precise statement, where in the proof it is used?'],
    ['tz', 'haiku', 'Unrelated quick one: what is the time difference between Berlin and New York?'],
  ]),
  ...conversation('m2-kernel-leak', kernelLeak, [
    ['go-on', 'opus', 'go on'],
    ['why-shrinker', 'opus', 'Why would the shrinker lose the race at all? Walk me through what happens in the kernel from the JVM allocation that triggers reclaim to the OOM kill, and what would have to be true for reclaim to free the dentries in time.'],
    ['slack', 'sonnet', 'Write a short summary of what we found and the proposed fix for the team channel, no more than 8 lines.'],
    ['thanks', 'haiku', 'Great, thanks a lot, I will try the O_TMPFILE change tomorrow.'],
  ]),
  ...conversation('m2-party', party, [
    ['more-games', 'haiku', 'Give me three more pirate-themed games.'],
    ['plan', 'sonnet', 'Now make me a plan for the afternoon: 3 hours, 12 kids, budget 150 euros, with a timed schedule and a shopping list with rough prices.'],
    ['ramsey', 'opus', 'Totally different thing: her older brother asked me this and I could not answer. Prove that at any party of 6 people there are always 3 who all know each other or 3 who are all strangers, and explain why 5 people are not enough.'],
    ['continue', 'haiku', 'continue'],
  ]),
  ...conversation('m2-ledger-sql', ledgerSql, [
    ['format', 'haiku', 'Format it with lower-case keywords and 4-space indentation.'],
    ['gaps', 'sonnet', 'Now also give one row per account per day, including days with no transactions, with the balance carried over from the previous day.'],
    ['go-on', 'sonnet', 'go on, show the index and how to check the plan uses it'],
    ['isolation', 'opus', 'Related problem in the same ledger: two concurrent withdrawals sometimes drive an account negative even though each transaction first checks SUM(amount) >= withdrawal and then inserts, at READ COMMITTED. Explain exactly which interleaving causes it, whether REPEATABLE READ would prevent it in Postgres (it would not always: why?), and compare SERIALIZABLE, SELECT ... FOR UPDATE on an account row, and a balance column with a CHECK constraint.'],
  ]),
  ...conversation('m2-toothbrush', toothbrush, [
    ['shorter', 'haiku', 'Shorter please, max 50 words.'],
    ['german', 'haiku', 'Translate it to German.'],
    ['campaign', 'sonnet', 'Now plan a 4-week launch campaign for it across Instagram, our newsletter and the shop homepage, with a posting calendar and what each post says.'],
    ['headlines', 'haiku', 'Give me 5 alternative headlines.'],
  ]),
  ...conversation('m2-scaling-lit', scaling, [
    ['elaborate', 'opus', 'Elaborate on the disagreement about synthetic data: what exactly differs in the experimental setups of the collapse papers and the accumulation papers, and which conclusions survive both?'],
    ['bullets', 'sonnet', 'Turn this into 5 bullet points for a slide in my lab meeting.'],
    ['acronym', 'haiku', 'What does MoE stand for?'],
    ['experiment', 'opus', 'Design an experiment, feasible with a budget of about 2,000 A100-hours, that would tell apart the two explanations of synthetic-data gains. Say what you would hold fixed, what you would vary, and what result would support which view.'],
  ]),
  ...conversation('m2-react-loop', reactLoop, [
    ['continue', 'sonnet', 'continue'],
    ['rename', 'haiku', 'Rename fetchData to loadUser in your snippet.'],
    ['test', 'sonnet', 'Write a React Testing Library test that proves the API is called only once per userId.'],
    ['stale', 'opus', 'In production with React 18, Suspense and a shared request cache, some users still briefly see another profile after navigating fast between profiles, only on slow networks. Walk through the possible interleavings of the fetch, the cancellation flag, the cache write and the transition, find which ones can show a stale profile, and design a fix that cannot.'],
  ]),
  ...conversation('m2-ira', ira, [
    ['thanks', 'haiku', 'ok thanks!'],
    ['which', 'sonnet', "I'm 34, earn about 95k, have a 401(k) at work and expect my income to grow a lot. Which one should I pick and why? Walk me through the reasoning with rough numbers."],
    ['limit', 'haiku', "What's the contribution limit for 2024?"],
    ['table', 'haiku', 'Put the differences in a table.'],
  ]),
  ...conversation('m2-scheduler', scheduler, [
    ['go-on', 'opus', 'go on'],
    ['gc-pause', 'opus', 'Trace it step by step: a worker holding a 30-second lease hits a 45-second GC pause right after calling the invoicing API and before marking the job done. Show every state the job row goes through, what the other workers and the reaper do, and whether any invoice can be sent twice.'],
    ['mermaid', 'sonnet', "Draw a job's state machine as a mermaid diagram."],
    ['port', 'haiku', "Side question: what's the default port for Postgres?"],
  ]),
  ...conversation('m2-essay', essay, [
    ['typos', 'haiku', 'Just fix the typos and capitalisation in my essay, keep everything else as it is.'],
    ['continue', 'sonnet', 'continue'],
    ['rewrite-intro', 'sonnet', 'Rewrite my first paragraph using your first two suggestions, keeping my voice.'],
    ['title', 'haiku', 'Suggest a title for it.'],
  ]),
];
