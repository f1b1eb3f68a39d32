import type { Tier } from '../../../src/config/schema.js';
import { turns, type TrafficExample } from './build.js';

/**
 * Ninth multi-turn batch (session 10, names `m9-`), written blind (the router was not run while writing): sixteen
 * conversations as chat UIs see them, each labelled at 3-5 of its user turns (a row is the conversation up to and
 * including that turn, so later rows carry the earlier assistant answers). An e-bike commute, a second cat, a
 * volunteer roster in Google Sheets, a eulogy, Terraform `moved` blocks, a WWI essay and fractions homework beside
 * Postgres wraparound behind a replication slot, Swift actor reentrancy, an lme4 power simulation, a lattice-path
 * identity, a farm succession, a CUDA reduction that fails on Volta, write skew in an on-call scheduler, a Python
 * expression sandbox and a long Expo habit-tracker session that turns into offline sync design.
 */

type Step = readonly [suffix: string, tier: Tier | null, user: string, reply?: string];

/** One conversation; every step with a tier is a labelled row holding the turns before it and its user text. */
const chat = (group: string, steps: readonly Step[], system?: string): TrafficExample[] => {
  const texts: string[] = [];
  const rows: TrafficExample[] = [];
  for (const [suffix, tier, user, reply] of steps) {
    texts.push(user);
    if (tier) rows.push({ name: `${group}-${suffix}`, tier, kind: 'multi', lang: 'en', group, body: turns([...texts], system ? { system } : {}) });
    if (reply !== undefined) texts.push(reply);
  }
  return rows;
};

/** A Markdown code fence, so replies can hold code inside template literals. */
const F = '```';

const bikeCommute = chat('m9-ebike-commute', [
  ['plan', 'sonnet', `thinking of ditching the car for commuting. 11 miles each way, Portland OR (east side to downtown), one big hill (Mt Tabor-ish), it rains like 8 months a year lol. budget maybe $2500 for everything. is an ebike realistic and what should I actually get?`,
    `Yes, very realistic. 11 miles on an e-bike is about 40-50 minutes door to door in Portland traffic, and the hill stops mattering with a mid-drive or a decent hub motor. The rain is the real design constraint, so spend on the things that keep you dry and the bike alive.

**The bike (about $1,600-2,000 of the budget)**
- A commuter e-bike with a **mid-drive motor** (Bosch, Shimano, or Bafang) handles hills better and is easier on batteries; a good **rear hub** motor is fine and cheaper. Look for at least a 500 Wh battery: 22 miles round trip in cold rain with some assist is 300-400 Wh, and batteries lose range in winter.
- **Full fenders and integrated lights** wired to the main battery (no forgetting to charge a light).
- **Hydraulic disc brakes**: rim brakes in a Portland winter are scary.
- A rear rack that takes panniers.
- Good options around this price: Aventon Level, Rad City, Trek Verve+ 1 (used), Specialized Turbo Vado (used). Check Craigslist and the shops on Hawthorne for a used mid-drive; they depreciate fast and many barely get ridden.

**Rain gear (about $300-400)**
- Waterproof panniers (Ortlieb Back-Roller) – your laptop stays dry no matter what.
- A real rain jacket with pit zips, rain pants, and waterproof overshoes or a cheap pair of rubber boots at work.
- Gloves: one waterproof pair, one thin pair for spring.

**Security (about $150-250)** – see below, e-bikes are theft magnets.

**Route**: skip the arterials. The Ankeny / Salmon / Lincoln neighborhood greenways get you most of the way to the Hawthorne Bridge with little traffic; the hill is short once you're on a greenway.

**Try before buying**: several shops rent e-bikes by the day. Do your actual commute on a rainy weekday morning once. If you still like it, buy.`],
  ['table', 'haiku', 'can you put the budget in a little table, item and low/high price, with a total row',
    `| Item | Low | High |
|---|---|---|
| E-bike (used mid-drive or new hub motor) | $1,600 | $2,000 |
| Waterproof panniers | $120 | $170 |
| Rain jacket + pants | $150 | $250 |
| Overshoes / boots, gloves | $50 | $80 |
| Locks (U-lock + chain or folding) | $150 | $250 |
| **Total** | **$2,070** | **$2,750** |

The high end goes a bit over $2,500, so buying the bike used or going with a cheaper jacket brings you back under.`],
  ['classes', 'haiku', 'quick one, what is a class 1 vs class 3 ebike? the shop guy kept saying it',
    `It's the US classification for e-bikes by how the motor helps and how fast:

- **Class 1:** motor only helps while you pedal (pedal assist), and stops assisting at 20 mph. No throttle.
- **Class 2:** has a throttle, so the motor can move you without pedalling, also limited to 20 mph.
- **Class 3:** pedal assist only (a throttle is allowed in some states up to 20 mph), but assist continues up to 28 mph. Needs a speedometer; riders often must be 16+.

In Oregon, class 1-3 are all allowed on roads and bike lanes; some multi-use paths restrict class 3. For an 11-mile commute, class 3 shaves off time, but class 1 is cheaper and plenty.`],
  ['theft', 'sonnet', "ok bought a used Turbo Vado!! it has to sit outside at work all day on a rack in a garage that anyone can walk into. how paranoid should I be, what's the best lock setup, and is it worth insuring it? it cost me 1900",
  ],
]);

const pgBloat = chat('m9-pg-wraparound', [
  ['bloat', 'sonnet', `Our Postgres 14 primary (RDS, 2 TB) has an "events" table growing way faster than the row count. pg_stat_user_tables says n_dead_tup = 380M and last_autovacuum was 9 days ago. autovacuum settings are the RDS defaults. What should I look at first?`,
    `A table with 380M dead tuples that autovacuum hasn't finished in 9 days usually means one of two things: autovacuum is running but too slowly for the write rate, or it runs and can't remove the dead rows because something holds back the xmin horizon. Check in that order.

**1. Is autovacuum running on it right now, and how far is it?**
${F}sql
SELECT pid, relid::regclass, phase, heap_blks_total, heap_blks_scanned, heap_blks_vacuumed, index_vacuum_count
FROM pg_stat_progress_vacuum;
${F}
If it is running and index_vacuum_count keeps growing, maintenance_work_mem (autovacuum_work_mem) is too small and it's scanning every index many times.

**2. Is something holding back cleanup?** Dead rows can only be removed if no transaction could still see them:
${F}sql
SELECT pid, state, xact_start, backend_xmin FROM pg_stat_activity WHERE backend_xmin IS NOT NULL ORDER BY age(backend_xmin) DESC LIMIT 5;
SELECT slot_name, active, xmin, catalog_xmin, restart_lsn FROM pg_replication_slots;
SELECT gid, prepared FROM pg_prepared_xacts;
${F}
Long-running transactions, idle-in-transaction sessions, stale replication slots, forgotten prepared transactions, and replicas with hot_standby_feedback = on are the usual culprits.

**3. Tune autovacuum for this table** (the defaults trigger at 20% dead rows, which for a huge table is hundreds of millions):
${F}sql
ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_cost_limit = 2000, autovacuum_vacuum_cost_delay = 2);
${F}
And in the RDS parameter group, raise autovacuum_work_mem to 1-2 GB.

**4. Longer term**: an append-mostly events table is the classic case for partitioning by time, so old data goes with DROP PARTITION and vacuum only works on the recent partitions.

Post what queries 1 and 2 return and we can narrow it down.`],
  ['wraparound', 'opus', `query 2 found it. There's a logical replication slot "debezium_events" with xmin NULL but catalog_xmin very old, and it's inactive (the Debezium connector was decommissioned in August, nobody dropped the slot). Also our read replica has hot_standby_feedback on and there's a 3-hour analytics query running on it most of the day. Now age(datfrozenxid) for our main DB is 1.41 billion and RDS just started sending the "approaching wraparound" event. Autovacuum is running an anti-wraparound vacuum on events and it's at 30% after 2 days. We can't take downtime during EU business hours and we have a Black Friday freeze starting in 6 days. The data team says the Debezium slot "might" still be needed for a backfill. What exactly do we do, in what order, and what happens if we get it wrong?`,
    `This is urgent but recoverable. First the mechanics, because they decide the order.

**What is actually blocking what.**
- An inactive logical slot pins **catalog_xmin** (the horizon for system catalogs) and retains WAL from restart_lsn. It does **not** pin xmin for user tables, so by itself it doesn't stop vacuum from freezing events. But it does hold back datfrozenxid via pg_class/pg_attribute etc., which is part of why the database age keeps rising, and it keeps WAL piling up on disk.
- hot_standby_feedback with a 3-hour query on the replica reports that query's xmin to the primary. While it runs, vacuum on the primary can't remove or freeze rows newer than that xmin. This is what makes the anti-wraparound vacuum crawl and come back.
- Wraparound arithmetic: at ~2 billion, Postgres stops accepting writes to protect data (RDS warns earlier). At 1.41 billion, how long you have depends on your XID burn rate. Measure it now: record txid_current() twice an hour apart. At, say, 5M XIDs/hour you have ~5 days before the hard stop at roughly 2^31 minus the safety margin – the same order as your freeze date. Don't guess this number; measure it.

**Order of operations**
1. **Today, any time: stop the replica pinning the horizon.** Either set hot_standby_feedback = off on the replica (the analytics query may then be cancelled by conflicts; raise max_standby_streaming_delay if the analysts can live with lag), or move that query to a snapshot/clone. This is reversible and doesn't touch the primary.
2. **Settle the slot decision within hours, not days.** A slot that "might" be needed for a backfill can't be used to backfill from August anyway: logical decoding from it would replay everything since August, and the data team would do a fresh snapshot for a backfill in practice. Get a yes/no from its owner with a deadline. If you need a record, note the slot's confirmed_flush_lsn first. Then pg_drop_replication_slot('debezium_events').
3. **Make the running vacuum faster instead of restarting it.** Killing it throws away 2 days of work. Raise vacuum_cost_limit / lower cost_delay for autovacuum in the parameter group (these reload without restart and apply to running workers in 14), and check autovacuum_work_mem so it isn't looping over indexes.
4. **Freeze the big tables in priority order.** Find which relations hold the database back:
${F}sql
SELECT c.oid::regclass, age(c.relfrozenxid), pg_size_pretty(pg_total_relation_size(c.oid))
FROM pg_class c WHERE c.relkind IN ('r','t','m') ORDER BY age(c.relfrozenxid) DESC LIMIT 20;
${F}
After events, run manual VACUUM (FREEZE, VERBOSE) on the next ones off-peak (US evening = EU night). Don't run VACUUM FULL: it takes an exclusive lock and rewrites 2 TB.
5. **Reduce XID burn** while this runs: batch tiny single-row transactions in hot write paths if you can, and avoid…`],
  ['continue', 'opus', 'continue',
    `…anything that opens lots of short write transactions (retries, cron jobs that update one row per transaction).

6. **Watch it.** Every hour:
${F}sql
SELECT datname, age(datfrozenxid) FROM pg_database ORDER BY 2 DESC;
SELECT relid::regclass, phase, heap_blks_scanned * 100 / nullif(heap_blks_total, 0) AS pct FROM pg_stat_progress_vacuum;
${F}
Set a hard tripwire: if age passes ~1.8 billion with the events vacuum under 70%, escalate to a maintenance window (even during the freeze), because the alternative is an unplanned one.

**What happens if you get it wrong**
- *Drop the slot and the backfill was needed:* the data team redoes an initial snapshot with a new connector. Annoying, not data loss.
- *Keep the slot "just in case":* WAL keeps accumulating (check disk; RDS storage autoscaling masks it until it doesn't), and catalog_xmin keeps holding datfrozenxid back. That's the worse failure.
- *Turn off hot_standby_feedback:* the analysts' query gets cancelled sometimes. Acceptable.
- *Do nothing:* Postgres refuses new XIDs near the limit and you'd have to run vacuum in single-user mode, which on RDS means a support case and hours of downtime on a 2 TB database – during Black Friday if the numbers line up badly.

**After the freeze**: partition events by month, add an alert on age(datfrozenxid) > 500M and on inactive replication slots, and make slot cleanup part of decommissioning any CDC connector.`],
  ['slots-cmd', 'haiku', 'whats the psql one-liner to list replication slots with how much WAL each one is retaining?'],
]);

const swiftActor = chat('m9-swift-actor-cache', [
  ['reentrancy', 'opus', `Swift 5.9 / iOS 17. Our image cache is an actor, but we still see the same URL downloaded 2-3 times when a list scrolls fast, and very occasionally a cell shows the wrong image. I thought actors made this impossible?

${F}swift
actor ImageCache {
    private var cache: [URL: UIImage] = [:]
    private let session: URLSession

    init(session: URLSession = .shared) { self.session = session }

    func image(for url: URL) async throws -> UIImage {
        if let cached = cache[url] { return cached }
        let (data, _) = try await session.data(from: url)
        guard let image = UIImage(data: data) else { throw CacheError.decode }
        cache[url] = image
        return image
    }
}

final class PhotoCell: UICollectionViewCell {
    private var task: Task<Void, Never>?
    func configure(url: URL, cache: ImageCache) {
        task?.cancel()
        task = Task {
            let img = try? await cache.image(for: url)
            imageView.image = img
        }
    }
}
${F}`,
    `Actors guarantee that only one piece of code runs *on the actor* at a time, but they are **reentrant**: every \`await\` inside an actor method is a suspension point where other calls can run. So the actor protects the dictionary from data races, but not your check-then-act sequence across the await.

**Duplicate downloads.** Trace two calls for the same URL:
1. Call A: cache[url] is nil, reaches \`await session.data(...)\` and suspends.
2. The actor is free, so call B runs: cache[url] is still nil (A hasn't stored anything), so B also starts a download.
3. Both finish and both write the cache.

The fix is to cache the *in-flight work*, not just the result, so the second caller awaits the first download:

${F}swift
actor ImageCache {
    private enum Entry { case inProgress(Task<UIImage, Error>), ready(UIImage) }
    private var entries: [URL: Entry] = [:]
    private let session: URLSession

    init(session: URLSession = .shared) { self.session = session }

    func image(for url: URL) async throws -> UIImage {
        switch entries[url] {
        case .ready(let image)?: return image
        case .inProgress(let task)?: return try await task.value
        case nil: break
        }
        let task = Task { [session] () throws -> UIImage in
            let (data, _) = try await session.data(from: url)
            guard let image = UIImage(data: data) else { throw CacheError.decode }
            return image
        }
        entries[url] = .inProgress(task)   // set before any await
        do {
            let image = try await task.value
            entries[url] = .ready(image)
            return image
        } catch {
            entries[url] = nil               // let a later call retry
            throw error
        }
    }
}
${F}
The key line is storing the task *before* the first await: no other call can run between the lookup and that store.

**Wrong image in a cell.** This one isn't the actor at all. Cells are reused: the cell is configured for URL 1, scrolled away, reused and configured for URL 2. You cancel the old task, but cancellation is cooperative: if URL 1's task is already past its await (or \`data(from:)\` ignores cancellation at that moment), it resumes and assigns image 1 after image 2. Two fixes together:
- check cancellation before assigning: \`guard !Task.isCancelled else { return }\`;
- and, because a task can finish between the check and your reconfigure, also compare with the cell's current URL (store \`currentURL\` on the cell, and only assign if it still matches).

Also make sure the assignment happens on the main actor: mark PhotoCell \`@MainActor\` (UIKit views are) so the Task inherits it.`],
  ['review', 'opus', `thanks, that makes sense. I changed it like you said, but now there's a new issue: when a user scrolls away, we cancel the cell's task, but the download keeps going (we see it in Charles) because the shared Task in the cache isn't cancelled. With hundreds of cells that's a lot of wasted bandwidth. But if I cancel the shared task when one caller cancels, the other callers waiting on the same URL get a CancellationError. How do I make the download cancel only when ALL waiters have gone away? And is there any race in doing that with the actor?`,
    `You need reference counting of waiters per URL, with the actor as the place where the count is changed, and each waiter's cancellation decrementing it. The tricky part is that a waiter's cancellation handler runs *outside* the actor, synchronously, so it has to hop back in with a Task.

${F}swift
actor ImageCache {
    private struct InFlight { let task: Task<UIImage, Error>; var waiters: Int }
    private var ready: [URL: UIImage] = [:]
    private var inFlight: [URL: InFlight] = [:]
    private let session: URLSession

    init(session: URLSession = .shared) { self.session = session }

    func image(for url: URL) async throws -> UIImage {
        if let image = ready[url] { return image }
        let task: Task<UIImage, Error>
        if var entry = inFlight[url] {
            entry.waiters += 1
            inFlight[url] = entry
            task = entry.task
        } else {
            task = Task { [session] in
                let (data, _) = try await session.data(from: url)
                guard let image = UIImage(data: data) else { throw CacheError.decode }
                return image
            }
            inFlight[url] = InFlight(task: task, waiters: 1)
        }
        defer { leave(url, task: task) }
        return try await withTaskCancellationHandler {
            try await task.value
        } onCancel: {
            Task { await self.waiterCancelled(url, task: task) }
        }
    }
    ...
}
${F}

Where this can race, and how to close each one:
1. **Identity.** Between a cancellation and the hop back into the actor, the entry for that URL may have been completed, removed and replaced by a new download. Always compare the task you joined (\`entry.task == task\` – Task is Hashable/Equatable) before touching the count, or you'll decrement a stranger's download.
2. **Double decrement.** A waiter that is cancelled also runs the \`defer\` when \`task.value\` throws. Decide on one place that decrements: do it in the defer (counting each waiter exactly once) and let onCancel only *trigger* a check, cancelling the download when the count reaches zero.
3. **Cancelled task with a waiter that arrives late.** If the count drops to zero and you cancel, a new caller that arrives after the cancel but before the entry is removed must not join the dying task: remove the entry at the moment you cancel it, in the same actor turn.
4. **Uncancelled waiters still get CancellationError?** Not if the download is only cancelled at zero waiters, by construction.

Also note: \`URLSession.data(from:)\` does respond to task cancellation, so cancelling the unstructured Task actually stops the transfer.`],
  ['rename', 'haiku', 'can you rename inFlight to pending and waiters to refCount everywhere in that last snippet, nothing else changed'],
  ['tests', 'sonnet', "Write XCTest cases for the final cache: same URL requested concurrently downloads once, cancelling one of two waiters doesn't cancel the download, cancelling all waiters does cancel it. We use a URLProtocol stub for networking. No sleeps in tests please."],
]);

const lme4 = chat('m9-lme4-reading', [
  ['singular', 'sonnet', `PhD student in education research, using R. I'm fitting reading scores with lme4: kids nested in classrooms nested in schools, and the treatment (new phonics curriculum) is assigned at the classroom level. I get "boundary (singular) fit: see help('isSingular')". Model:

${F}r
m1 <- lmer(post_score ~ treatment + pre_score + (1 + treatment | school) + (1 | school:classroom), data = d)
${F}

48 schools, 2-4 classrooms each, ~20 kids per class. What does singular mean and what should I do? My advisor is away.`,
    `A singular fit means at least one variance component is estimated at (or extremely near) zero, or a correlation between random effects at exactly ±1. The model isn't broken, but it's more complex than your data can support, and you should simplify it rather than report it as is.

**Find out which part is singular:**
${F}r
VarCorr(m1)
summary(rePCA(m1))   # components with ~0 variance are the problem
${F}

**Most likely culprit here: the random slope for treatment by school.** With only 2-4 classrooms per school, and treatment assigned by classroom, many schools have just one or two treated classrooms. Estimating a school-specific treatment effect from that is asking a lot, and the slope variance or its correlation with the intercept usually collapses.

**What to do, in order:**
1. Drop the correlation first: \`(1 + treatment || school)\` – note that with a factor treatment you need to code it numerically (0/1) for \`||\` to really remove the correlation.
2. If still singular, drop the random slope: \`(1 | school) + (1 | school:classroom)\`. This is the model most reviewers expect for a cluster-randomised design: random intercepts at every level of nesting, fixed treatment effect.
3. If the school intercept variance itself is ~0, that's fine to keep and report (it's a real finding: schools don't differ much after classrooms are accounted for), but some people then drop it; keep it if the design says it should be there.

${F}r
m2 <- lmer(post_score ~ treatment + pre_score + (1 | school) + (1 | school:classroom), data = d)
isSingular(m2)
anova(m2, m1)   # likelihood ratio test; with refit = TRUE by default
${F}

**Also worth doing:** center pre_score (\`pre_c = pre_score - mean(pre_score)\`) so the intercept is interpretable, and get p-values with lmerTest (\`library(lmerTest)\`, which uses Satterthwaite degrees of freedom). Because treatment varies at the classroom level, the effective sample size for the treatment effect is closer to the number of classrooms (~140) than to the number of kids (~2,800).`],
  ['interpret', 'sonnet', `ok m2 isn't singular. here's the output, can you help me explain it in plain words for my results section?

Random effects:
 Groups           Name        Variance Std.Dev.
 school:classroom (Intercept)  21.84    4.673
 school           (Intercept)   9.12    3.020
 Residual                      118.50  10.886
Number of obs: 2817, groups:  school:classroom, 139; school, 48

Fixed effects:
             Estimate Std. Error       df t value Pr(>|t|)
(Intercept)  41.2031     1.1570  93.4100  35.613  < 2e-16
treatment     3.4120     1.2280 110.2200   2.779  0.00641
pre_c         0.6810     0.0141 2790.100  48.298  < 2e-16`,
    `Here's how I'd explain it, then a draft paragraph.

**Fixed effects**
- *treatment = 3.41 (SE 1.23, p = .006):* holding pretest score constant, students in classrooms that used the new phonics curriculum scored on average 3.4 points higher on the posttest than students in comparison classrooms. The degrees of freedom (~110) reflect that the treatment was assigned to classrooms, not students.
- *pre_c = 0.68:* each additional point on the pretest predicts 0.68 more points on the posttest, for students in the same condition.
- *Intercept = 41.2:* the predicted posttest score for a comparison-classroom student with an average pretest score.

**Random effects** – how much of the leftover variation sits at each level:
- total variance = 21.84 + 9.12 + 118.50 = 149.46
- classrooms (within schools): 21.84 / 149.46 = **14.6%**
- schools: 9.12 / 149.46 = **6.1%**
- students within classrooms: **79.3%**

So, after accounting for pretest, classrooms differ more from one another than schools do, and most of the variation is between individual students.

**Effect size.** Readers will want a standardised effect: 3.41 / sqrt(149.46) = 3.41 / 12.23 ≈ **0.28 SD** (using the total residual SD; say which SD you used). That's a moderate effect for an education intervention.

**Draft paragraph:**
> We fit a linear mixed-effects model with random intercepts for schools and for classrooms within schools, adjusting for pretest score (grand-mean centred). Students in treatment classrooms scored 3.41 points higher on the posttest than students in comparison classrooms (SE = 1.23, t(110.2) = 2.78, p = .006), corresponding to a standardised effect of approximately 0.28 SD. Pretest score was a strong predictor of posttest (b = 0.68, SE = 0.01, p < .001). Of the residual variance, 14.6% was between classrooms within schools, 6.1% between schools, and 79.3% between students within classrooms.`],
  ['power', 'opus', `My committee now wants a power analysis for the follow-up study, done properly by simulation, not a formula. Design they want: schools randomised (not classrooms) this time, but ALSO a second factor: half the teachers get coaching, randomised at the teacher level within schools, and we care about the treatment x coaching interaction. Some teachers teach two classrooms. Kids attrite about 12% by posttest, more in treatment schools (they think ~15% vs 9%). Use my variance components as a starting point but argue for whether they transfer. How many schools do we need for 80% power on the interaction at an effect of 0.15 SD? Please give the full simulation code and explain every choice.`,
    `This is a three-factor design problem as much as a simulation problem, so I'll set up the data-generating model first, then justify the parameters, then the code and how to run it.

**1. The data-generating model.** Levels: school (s) ⊃ teacher (t) ⊃ classroom (c) ⊃ student (i). Treatment T is at the school level, coaching C at the teacher level within schools (crossed with T), and the interaction is T×C:

y_ist c = β0 + β1·T_s + β2·C_t + β3·T_s·C_t + β4·pre_i + u_s + v_t + w_c + e_i

with u ~ N(0, σ²_s), v ~ N(0, σ²_t), w ~ N(0, σ²_c), e ~ N(0, σ²_e). Teachers with two classrooms share v_t, which is why teacher must be its own level: ignoring it would understate the variance of the coaching effect.

**2. Do your variance components transfer?** Partly. Your classroom variance (21.8) mixes teacher and classroom variance, because in the first study nearly every teacher had one classroom. I'd split it: assume most of it is teacher (σ²_t ≈ 16, σ²_c ≈ 6) and run a sensitivity analysis over the split. The school variance of 9.1 came from 48 schools and has a wide confidence interval (profile it with confint(m2)); simulate at the estimate and at its upper bound…`],
  ['apa', 'haiku', 'actually before the power thing, can you turn the random and fixed effects from my output into an APA-style table (Table 2, markdown is fine)?'],
]);

const secondCat = chat('m9-second-cat', [
  ['intro', 'sonnet', `we're adopting a second cat on saturday! our current cat Miso is 4, spayed female, kind of bossy but not aggressive. the new one is a 1 year old neutered male from the shelter, they said he's "playful". 2 bedroom apartment. how do we introduce them without it going badly?`,
    `Exciting! A bossy-but-not-aggressive adult female and a playful young male is actually a pretty common good match; the main risk is that he'll want to play more than Miso wants to. The key is going slower than feels necessary, so their first real meeting is boring.

**Before Saturday**
- Set up a **separate room for the new cat** (the second bedroom is ideal): litter box, food, water, scratcher, a bed, a hiding spot. He'll live there for the first several days.
- Get a few Feliway diffusers (one for each room they'll spend time in). The evidence is mixed, but they're cheap and many people find them helpful.

**Days 1-3: smell first**
- New cat stays in his room. Let them hear and smell each other under the door.
- Swap bedding daily: put a blanket he slept on near Miso's food, and hers near his.
- Feed them on opposite sides of the closed door, moving bowls closer each day if both eat calmly.

**Days 4-7: room swap and sight**
- Once a day, swap: Miso explores his room, he explores the apartment. This spreads scents and lets him learn the home.
- Then visual contact through a baby gate or a door cracked open with a doorstop, during meals or play. Keep sessions short and end them while things are calm.

**Week 2: supervised time together**
- Open the door while you're home and can watch. Play with both at once with two wand toys so his energy goes to the toy and not to Miso.
- Normal: some hissing, a swat, Miso walking away. Not normal: chasing that doesn't stop, a cat cornered and screaming, fur flying. If that happens, go back a step for a few days.

**Long term**
- "Number of cats + 1" litter boxes: 3 for two cats, in different spots.
- Vertical space (shelves, a cat tree) so Miso can be above him – bossy cats like the high ground.
- Tire him out with 2 play sessions a day; a bored young cat will make Miso his hobby.

Expect 2-4 weeks before they're relaxed together, sometimes longer. Slow is normal.`],
  ['shopping', 'haiku', 'can you give me just the shopping list from that, short',
    `- 1 extra litter box (3 total) + litter
- Food and water bowls for the new cat
- Scratcher / scratching post
- Cat bed or blanket
- Hiding spot (covered bed or a box)
- Feliway diffusers (2-3)
- Baby gate or doorstop
- 2 wand toys
- Cat tree or wall shelves`],
  ['thanks', 'haiku', "perfect thank you!! we're naming him Tofu 🐱"],
]);

const sheetsRoster = chat('m9-sheets-roster', [
  ['query', 'sonnet', `I coordinate volunteers at a food bank. Google Sheet, tab "Signups" has columns A: Timestamp, B: Name, C: Email, D: Shift date, E: Shift (Morning/Afternoon), F: Role (Sorting, Driver, Front desk). It comes from a Google Form. I want a second tab "This week" that automatically shows only shifts from today through the next 7 days, sorted by date then shift, with name and role. Possible without scripts?`,
    `Yes, one QUERY formula does it, and it updates on its own as form responses arrive.

In cell A1 of the "This week" tab:

${F}
=QUERY(Signups!A:F,
  "select D, E, B, F
   where D >= date '"&TEXT(TODAY(),"yyyy-mm-dd")&"'
     and D <= date '"&TEXT(TODAY()+7,"yyyy-mm-dd")&"'
   order by D, E
   label D 'Date', E 'Shift', B 'Name', F 'Role'", 1)
${F}

How it works:
- QUERY uses a SQL-like language on the range Signups!A:F.
- \`select D, E, B, F\` picks the columns in the order you want them shown.
- The \`where\` compares the shift date with today and today+7. QUERY needs dates written as \`date 'yyyy-mm-dd'\`, which is why the formula builds that text with TEXT(TODAY(), ...).
- \`order by D, E\` sorts by date, then by shift. Alphabetically "Afternoon" sorts before "Morning"; if you want Morning first, see below.
- The final \`1\` says the first row of Signups is a header row.

Two things to check:
1. Column D must contain real dates, not text. If your form question is a "Date" question type it will be. If you click a cell in D and the formula bar shows something like 12/14/2024 aligned to the right, it's a date.
2. Format column A of "This week" as a date (Format → Number → Date) so you don't see numbers like 45640.

**Morning before Afternoon:** the simplest trick is to change the form's options to "1 Morning" and "2 Afternoon", or add a helper column in Signups (G) with \`=IF(E2="Morning",1,2)\` and \`order by D, G\`.`],
  ['name-error', 'haiku', `getting #NAME? in A1. I typed it exactly except I'm in the UK so I changed the commas to semicolons?? =QUERY(Signups!A:F; "select D, E, B, F where D >= date '"&TEXT(TODAY();"yyyy-mm-dd")&"' ..." ; 1)`,
    `The semicolons are correct for a UK locale, so that's not it. #NAME? means Sheets doesn't recognise a name in the formula. The usual causes when pasting:

1. **Curly quotes.** If the formula went through Word, Docs or an email, the straight quotes " and ' may have become “ ” and ‘ ’. Retype all the quote marks directly in Sheets.
2. **The tab name.** If the tab is actually called "Sign ups" or "Form Responses 1", use that name; a name with a space needs single quotes: \`'Form Responses 1'!A:F\`.

Fix those and it should work.`],
  ['arrayformula', 'sonnet', `It was the curly quotes, works now! Last thing: on the Signups tab I want a column G "Reminder sent?" that my co-coordinator ticks, and a column H that says "DUE" if the shift is within 2 days and the box isn't ticked, and stays blank otherwise. But new form rows get inserted and break normal formulas copied down. How do I make H work for every new row automatically?`],
]);
