import { chat, type TrafficExample } from './build.js';

/**
 * Ninth multi-turn batch (session 10, names `m9-`), written blind (the router was not run while writing): sixteen
 * conversations as chat UIs see them, each labelled at 3-5 of its user turns (a row is the conversation up to and
 * including that turn, so later rows carry the earlier assistant answers). An e-bike commute, a second cat, a
 * volunteer roster in Google Sheets, a eulogy, Terraform `moved` blocks, a WWI essay and fractions homework beside
 * Postgres wraparound behind a replication slot, Swift actor reentrancy, an lme4 power simulation, a lattice-path
 * identity, a farm succession, a CUDA reduction that fails on Volta, write skew in an on-call scheduler, a Python
 * expression sandbox and a long Expo habit-tracker session that turns into offline sync design.
 */


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
  ['rename', 'haiku', 'can you rename inFlight to pending and waiters to refCount everywhere in that last snippet, nothing else changed',
    `${F}swift
actor ImageCache {
    private struct Pending { let task: Task<UIImage, Error>; var refCount: Int }
    private var ready: [URL: UIImage] = [:]
    private var pending: [URL: Pending] = [:]
    private let session: URLSession

    init(session: URLSession = .shared) { self.session = session }

    func image(for url: URL) async throws -> UIImage {
        if let image = ready[url] { return image }
        let task: Task<UIImage, Error>
        if var entry = pending[url] {
            entry.refCount += 1
            pending[url] = entry
            task = entry.task
        } else {
            task = Task { [session] in
                let (data, _) = try await session.data(from: url)
                guard let image = UIImage(data: data) else { throw CacheError.decode }
                return image
            }
            pending[url] = Pending(task: task, refCount: 1)
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

I also renamed the struct from InFlight to Pending so it matches the property; say if you'd rather keep the old type name.`],
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

y_ic = β0 + β1·T_s + β2·C_t + β3·T_s·C_t + β4·pre_i + u_s + v_t + w_c + e_i

with u ~ N(0, σ²_s), v ~ N(0, σ²_t), w ~ N(0, σ²_c), e ~ N(0, σ²_e). Teachers with two classrooms share v_t, which is why teacher must be its own level: ignoring it would understate the variance of the coaching effect.

**2. Do your variance components transfer?** Partly. Your classroom variance (21.8) mixes teacher and classroom variance, because in the first study nearly every teacher had one classroom. I'd split it: assume most of it is teacher (σ²_t ≈ 16, σ²_c ≈ 6) and run a sensitivity analysis over the split. The school variance of 9.1 came from 48 schools and has a wide confidence interval (profile it with confint(m2)); simulate at the estimate and at its upper bound…`],
  ['apa', 'haiku', 'actually before the power thing, can you turn the random and fixed effects from my output into an APA-style table (Table 2, markdown is fine)?'],
], 'You are a research methods assistant provided by the Graduate School of Education. Help students with study design, statistics and academic writing. Explain your reasoning; do not write entire theses for students.');

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

const latticePaths = chat('m9-lattice-identity', [
  ['proof', 'opus', `Combinatorics course, self-study. I need to prove: for n ≥ 1, the number of lattice paths from (0,0) to (n,n) with steps E=(1,0) and N=(0,1) that touch the diagonal y = x ONLY at the start and the end equals 2·C_{n-1}, where C_k is the k-th Catalan number. I can see it for n = 1, 2, 3 (2, 2, 4) but every attempt at a general argument falls apart. Please give a complete proof.`,
    `Here's a complete proof. The idea: a path that avoids the diagonal in between must stay strictly on one side, and removing its first and last step turns it into a Dyck-type path of length 2(n−1).

**Setup.** A path from (0,0) to (n,n) is a word of n E's and n N's. Write h(k) = (#E − #N) after the first k steps, so h(0) = h(2n) = 0, and the path touches the diagonal at step k exactly when h(k) = 0. We count words with h(k) ≠ 0 for all 0 < k < 2n.

**Step 1: the path stays on one side.** h changes by ±1 each step, so it can't change sign without passing through 0. Since h(k) ≠ 0 for 0 < k < 2n, either h(k) > 0 for all 0 < k < 2n (the path stays below the diagonal) or h(k) < 0 for all of them (above). Reflecting in y = x (swapping E and N) is a bijection between the two kinds, so the answer is 2·B_n, where B_n counts the paths strictly below in between.

**Step 2: B_n = C_{n−1}.** Take a path counted by B_n, n ≥ 1. Since h(1) > 0, the first step is E; since h(2n−1) > 0 and h(2n) = 0, the last step is N. Remove both and consider the middle word w of length 2n − 2, with n − 1 E's and n − 1 N's. For 1 ≤ k ≤ 2n − 2, the prefix of w of length k has height h(k+1) − 1 ≥ 0, because h(k+1) ≥ 1. So w never goes below the diagonal: w is a Dyck path of semilength n − 1.

Conversely, for any Dyck word w of semilength n − 1, the word E w N has height 1 + (height of a prefix of w) ≥ 1 at every step strictly between the start and end, so it is counted by B_n. The maps are inverse to each other, so B_n = C_{n−1}, the number of Dyck paths of semilength n − 1.

**Conclusion.** The count is 2·B_n = 2·C_{n−1}. ∎

**Check:** n = 1: 2·C_0 = 2 (EN and NE). n = 2: 2·C_1 = 2 (EENN and NNEE). n = 3: 2·C_2 = 4. ✓

The one step people usually skip is Step 1's "can't change sign without touching 0": it relies on steps being ±1, which is why the same argument fails for paths with diagonal steps.`],
  ['latex', 'haiku', 'can you give me that proof as latex I can paste into overleaf? amsthm, proof environment, same wording',
    `${F}latex
\\begin{proof}
A path from $(0,0)$ to $(n,n)$ is a word of $n$ letters $E$ and $n$ letters $N$. Let $h(k)$ be the number of $E$'s minus the number of $N$'s among the first $k$ steps, so $h(0)=h(2n)=0$, and the path touches the diagonal at step $k$ exactly when $h(k)=0$.

\\emph{The path stays on one side.} Since $h$ changes by $\\pm1$ at each step, it cannot change sign without taking the value $0$. Hence either $h(k)>0$ for all $0<k<2n$ or $h(k)<0$ for all $0<k<2n$. Swapping $E$ and $N$ is a bijection between the two cases, so the count is $2B_n$, where $B_n$ counts paths with $h(k)>0$ for $0<k<2n$.

\\emph{$B_n = C_{n-1}$.} For such a path the first step is $E$ and the last is $N$. Removing them leaves a word $w$ with $n-1$ letters of each kind whose prefixes have height $h(k+1)-1\\ge 0$, i.e.\\ a Dyck path of semilength $n-1$. Conversely, for every Dyck word $w$ of semilength $n-1$, the word $EwN$ has height at least $1$ strictly between its endpoints. These maps are mutually inverse, so $B_n=C_{n-1}$.

Therefore the number of paths is $2B_n = 2C_{n-1}$.
\\end{proof}
${F}`],
  ['bijective', 'opus', `Nice. Follow-up from the exercise sheet that I'm stuck on: show that the number of Dyck paths of semilength n with exactly k returns to the axis (k ≥ 1, counting the final return) is (k/(2n−k))·binom(2n−k, n). The sheet says "find a bijective or cycle-lemma argument, not generating functions". I don't even see where the k/(2n−k) comes from.`,
    `The factor k/(2n−k) is the signature of the **cycle lemma** (Dvoretzky–Motzkin), so let's set that up and then connect it to returns.

**Step 1: returns ↔ sequences of primes.** A Dyck path with exactly k returns is a concatenation of k *prime* Dyck paths (each touching the axis only at its ends). As in the previous proof, a prime path of semilength m is E w N with w an arbitrary Dyck path of semilength m−1. So a path with k returns is
E w₁ N  E w₂ N  …  E w_k N.

**Step 2: strip the leading E of each prime.** Delete the first E of each of the k primes. What remains is w₁ N w₂ N … w_k N: a word with n − k E's and n N's, length 2n − k. Call a word of this kind *k-dominated*… read left to right, it goes k steps below its starting level in total, and each new minimum is reached by one of the N's we kept. This map is a bijection between Dyck paths with k returns and words of n−k E's and n N's whose height first reaches −j at a position ending a block, for j = 1..k; equivalently, words that stay above −k until the very last step and every prefix has height > −k except the whole word.

**Step 3: the cycle lemma.** *Cycle lemma:* for any word with a E's and b N's, b > a, exactly b − a of its b + a cyclic rotations have the property that every nonempty prefix… has strictly more N's than E's (read in reverse: every suffix condition). Apply it with a = n − k, b = n: among the 2n − k rotations of any such word, exactly k are "good", and (when the word is aperiodic, which…`],
  ['catalan-quick', 'haiku', 'sorry dumb question, what are the first 8 catalan numbers again',
    `Not dumb at all: C_0 through C_7 are **1, 1, 2, 5, 14, 42, 132, 429**.

They come from C_n = binom(2n, n) / (n + 1), or the recurrence C_{n+1} = Σ_{i=0}^{n} C_i · C_{n−i}.`],
  ['fix-step2', 'opus', `Hmm, your step 2 got muddled at the end, you said "k-dominated" and then changed the definition mid-sentence, and the cycle lemma part cuts off before the periodic case. Can you redo steps 2 and 3 cleanly: state precisely which set of words the stripped paths are in bijection with, prove it is a bijection, state the cycle lemma exactly, handle periodic words, and finish the count to (k/(2n−k))·binom(2n−k, n)?`],
]);

const farm = chat('m9-farm-succession', [
  ['plan', 'opus', `I need help thinking through something big. My parents (both 71) own a 640-acre grain and cattle farm in eastern Nebraska, land value around $6.5M, equipment ~$900k, a small amount of debt (~$300k operating line). Three kids: my brother Dale (44) has worked the farm full time for 20 years for a below-market salary; me (41, nurse in Omaha) and my sister Kerry (38, lives in Denver). Dad had a heart attack last spring and they finally want a succession plan. Mom's priority is "treat all three kids fairly", Dad's is "keep the farm in one piece and with Dale". Dale can't afford to buy us out. Kerry needs money now (divorce). No will beyond something from 1998. I'm the one who gets everyone on the phone. Where do we even start, and what are the realistic structures?`,
    `You're doing exactly the right thing by starting while both parents are well. Before structures, it helps to name the real tension: "fair" and "equal" are not the same, and "keep the farm whole with Dale" and "equal shares of a $7M estate" can't both hold if nearly all the value is land and Dale can't pay. Every workable plan picks a definition of fair that the family can accept. Some families decide that Dale's 20 years of below-market wages earned him something (sweat equity); others decide that the land is split equally in value but kept together in ownership. Getting your parents to say which they mean is step one.

**Who you need (in this order)**
1. An **agricultural estate attorney** in Nebraska (not a general one): they handle LLCs, buy-sell agreements and Nebraska inheritance tax (Nebraska is one of the few states with one: rates for children are low, 1% above an exemption, but it applies).
2. A **CPA with farm clients**, for the tax side of gifts, sales and the step-up in basis.
3. Optionally a **farm transition facilitator** (Nebraska Extension and Legal Aid's farm program run these) to run family meetings so you aren't the referee.

**Realistic structures**
- **Land LLC + operating entity.** Parents put the land into an LLC. Dale runs the farm through a separate operating company that **leases** the land from the LLC at fair cash rent. All three kids eventually own the LLC equally (by gift over time or at death), so the non-farming siblings receive rent income, and Dale has secure long-term access to the land. A buy-sell agreement gives Dale (or the LLC) a right of first refusal and sets a valuation formula and a long payout if anyone wants out.
- **Unequal land, equalised with other assets.** Dale gets the equipment and the operating business (recognising sweat equity), and land is split equally. Works best if there's off-farm money or life insurance to equalise.
- **Life insurance as equaliser.** If the parents are insurable (after a heart attack, at 71, it may be expensive), a policy held in a trust can pay the non-farming children in cash, and Dale inherits more land.
- **Installment sale to Dale at a family price.** Only works if the farm's income supports the payments; with grain prices and $6.5M of land, it rarely does on its own.

**The tax fact that changes the timing.** Land that passes at death gets a **stepped-up basis** to its value then. Land that is gifted during life keeps the parents' original basis, so if anyone later sells, they pay capital gains on decades of appreciation. That's why most plans keep the land in the parents' names (or in an LLC they own) until death, and give *LLC units* gradually, often at valuation discounts, only where the tax math works.

**Kerry's immediate need.** Be careful here: anything given to Kerry now while her divorce is ongoing may become part of the marital estate. Talk with the attorney before the parents give or lend her money; a loan documented properly, or waiting until the divorce is final, may protect both her and the farm.

**A first step you can run:** a family meeting with a written agenda: (1) Mom and Dad each say what they want and why, (2) Dale says what he needs to keep farming, (3) you and Kerry say what you need, (4) nothing gets decided that day. Then take the notes to the attorney.`],
  ['summary', 'haiku', 'this is great. can you boil it down to 6-8 bullet points I can text to Kerry and Dale before the call? plain words, no legal jargon',
    `- Mom and Dad want to plan now while everyone's healthy. Nothing is decided yet.
- "Fair" might not mean "equal" – we need to talk honestly about what fair means to each of us, including Dale's 20 years of work.
- The likely setup: the land goes into a family company that all three of us eventually own; Dale rents it and runs the farm.
- That way Dale can keep farming and Kerry and I get a share of the rent and the value.
- There'd be rules for what happens if one of us wants to sell out later, so nobody is stuck and the farm isn't broken up.
- Keeping the land in Mom and Dad's names until they pass usually saves a lot of tax.
- Kerry, we'll ask the lawyer the right way to help you now without it getting pulled into the divorce.
- Next step: a family call with an agenda, then a farm estate lawyer and accountant.`],
  ['what-if', 'opus', `Update after our call, it got complicated. (1) Dale's wife says if he doesn't get at least 60% of the land she wants him to quit and move to her family's place in Iowa. (2) Dad now says he'd rather sell 160 acres to the neighbour for $11k/acre to "clean things up" and give Kerry her share now. (3) Mom quietly told me she's worried Dad's memory is slipping and she's not sure he's competent to sign things. (4) The cash rent Dale pays is $180/acre, the county average is $285. What should I do with all of this, what are the risks of each path, and in what order should things happen?`,
    `Each of these four changes the plan, and one of them changes what's even possible. I'd deal with them in this order: capacity first, because it decides whether anything Dad signs will hold; then the land sale, because it's irreversible; then the split and Dale's lease together, because they're the same negotiation.

**1. Dad's capacity (first, quietly, this month).**
- If Dad lacks capacity when he signs a will, deed, LLC agreement or sale contract, any sibling (or an ex-spouse's lawyer, in Kerry's case) can challenge it later. A challenge can freeze the farm for years.
- The bar for a will ("testamentary capacity") is lower than for a complex contract or a land sale. A mild memory decline often still meets it, but you want evidence at the time of signing.
- Ask Mom to raise it with Dad's doctor before the next visit, and ask for a cognitive assessment framed as a normal post-heart-attack check-up. The estate attorney will also want to meet Dad alone and take notes; good ones do this routinely.
- The most urgent documents are **durable powers of attorney** (financial and health care) for both parents. If Dad's capacity declines before they exist, the family needs a court guardianship/conservatorship, which is slow, public and expensive. These should be signed as soon as possible, while he clearly can.

**2. The 160-acre sale (pause it).**
- $11k/acre × 160 = $1.76M before costs. Selling during life means **no step-up in basis**: if the land was bought decades ago, most of that is taxable capital gain (federal 15-20% plus Nebraska income tax), so maybe $300-400k of tax that would disappear if the same land passed at death.
- It also shrinks the farm Dale depends on by a quarter, which feeds directly into item 3.
- And if Dad's capacity is in doubt, a sale is exactly the kind of transaction that gets challenged.
- If Kerry needs money now, a documented loan from the parents, or…`],
  ['continue', 'opus', 'continue'],
]);

const cudaReduce = chat('m9-cuda-reduce', [
  ['volta', 'opus', `This sum reduction kernel has been in our codebase since 2016 (Maxwell). On our new A100 nodes the result is wrong maybe 1 run in 50, off by a small amount, and only with -O3 and blockDim 256. cuda-memcheck racecheck reports nothing. What's going on?

${F}cuda
template <unsigned BS>
__global__ void reduce(const float* __restrict__ in, float* out, size_t n) {
    extern __shared__ float s[];
    unsigned tid = threadIdx.x;
    size_t i = blockIdx.x * (BS * 2) + tid;
    size_t grid = BS * 2 * gridDim.x;
    float sum = 0.f;
    while (i < n) { sum += in[i]; if (i + BS < n) sum += in[i + BS]; i += grid; }
    s[tid] = sum;
    __syncthreads();
    if (BS >= 512) { if (tid < 256) s[tid] += s[tid + 256]; __syncthreads(); }
    if (BS >= 256) { if (tid < 128) s[tid] += s[tid + 128]; __syncthreads(); }
    if (BS >= 128) { if (tid < 64)  s[tid] += s[tid + 64];  __syncthreads(); }
    if (tid < 32) {
        s[tid] += s[tid + 32];
        s[tid] += s[tid + 16];
        s[tid] += s[tid + 8];
        s[tid] += s[tid + 4];
        s[tid] += s[tid + 2];
        s[tid] += s[tid + 1];
    }
    if (tid == 0) atomicAdd(out, s[0]);
}
${F}`,
    `That last block is the classic "warp-synchronous" reduction from the old CUDA samples, and it has been undefined behaviour all along; it just happened to work on pre-Volta GPUs. Two separate problems, both in the \`if (tid < 32)\` part.

**1. No \`volatile\`, so the compiler may keep s[tid] in a register.** Each line reads s[tid + offset], which another thread writes. Without \`volatile\` (or a fence/sync) the compiler is allowed to load s[tid + 16] once, keep partial sums in registers, and write s[tid] back only at the end. Then thread 0 reads stale values written by other lanes. The old samples had \`volatile float* vs = s;\` for exactly this reason; your copy lost it. At -O3 the compiler is more aggressive, which is why optimisation level matters.

**2. Independent thread scheduling (Volta and later).** Since Volta, threads of a warp have their own program counters and are not guaranteed to execute in lockstep, even without divergence. The old code assumes that when lane 0 executes \`s[0] += s[16]\`, lane 16 has already finished \`s[16] += s[48]\` – i.e. all 32 lanes do line k before any does line k+1. On Maxwell/Pascal that was de facto true; on A100 the scheduler may interleave lanes, so lane 0 can read s[16] before lane 16 updated it (or after lane 16 updated it *twice*). \`volatile\` alone does not fix this; it only makes the loads/stores real.

Why racecheck is silent: racecheck's model of warp execution historically treated intra-warp accesses as synchronous, so these hazards often go unreported; \`compute-sanitizer --tool racecheck\` on newer toolkits catches more, and \`synccheck\` is worth running too.

**The fix: do the last 32 with warp shuffles**, which are explicit, synchronised exchanges between lanes:

${F}cuda
__inline__ __device__ float warpReduceSum(float v) {
    for (int offset = 16; offset > 0; offset >>= 1)
        v += __shfl_down_sync(0xffffffff, v, offset);
    return v;
}

// after the shared-memory steps down to 64:
if (tid < 32) {
    float v = s[tid] + s[tid + 32];
    v = warpReduceSum(v);
    if (tid == 0) atomicAdd(out, v);
}
${F}

All 32 lanes of the first warp are active in that branch (tid < 32 is exactly warp 0), so the full mask 0xffffffff is correct. If you ever change the block size so that a partial warp reaches this code, the mask must match the active lanes.

One more thing to check while you're there…`],
  ['go-on', 'opus', 'go on',
    `…the grid-stride loop: \`size_t i = blockIdx.x * (BS * 2) + tid;\` computes \`blockIdx.x * (BS * 2)\` in **unsigned int** before it is widened to size_t, because both operands are 32-bit. With n above 2³² / 512 elements per block ×… concretely, once blockIdx.x * 512 exceeds 4,294,967,295 the index wraps. That's not your 1-in-50 bug (it would be deterministic), but it's a latent one for large inputs. Write \`size_t i = (size_t)blockIdx.x * (BS * 2) + tid;\` and likewise for \`grid\`.

**Why the result varies by "a small amount" and only sometimes.** Floating-point addition isn't associative, so the order of the final atomicAdds across blocks already makes the last bits vary between runs; that's normal and expected (differences around 1e-7 relative). A stale read in the warp part drops or double-counts one partial sum, which gives an error of the size of one partial sum of ~hundreds of elements – "small" relative to the total, but far bigger than rounding. Check which you're seeing: compare against a double-precision CPU sum and look at the magnitude of the error.

**How to confirm the diagnosis** before you ship the fix:
1. Compile with \`-G\` (no optimisation): if the error disappears, that supports the missing-volatile part.
2. Add \`__syncwarp()\` between the six lines of the old code: if the error disappears at -O3, that supports the independent-scheduling part. (\`volatile\` + \`__syncwarp()\` between every step is a correct, if slower, minimal fix if you can't restructure now.)
3. Run \`compute-sanitizer --tool racecheck\` and \`--tool synccheck\` from a recent toolkit.

**If you want deterministic sums** (same bits every run), avoid the atomicAdd across blocks: write one partial per block to an array and reduce that array in a second, single-block kernel, or use CUB's \`DeviceReduce::Sum\`, which is fast and well tested. For most uses, I'd replace the whole kernel with CUB.`],
  ['restrict', 'haiku', "side question, what does __restrict__ on the input pointer actually do? does it matter here?",
    `\`__restrict__\` is a promise to the compiler that, for the lifetime of that pointer, the memory it points to is not accessed through any other pointer in the function. With that promise the compiler can reorder and cache loads more freely, and on NVIDIA GPUs it can route read-only data through the read-only (texture) cache path.

Here: \`in\` is only read and \`out\` is only written, and they never overlap, so the promise is true and it can help loads a little. It has nothing to do with the shared-memory bug. If you ever call the kernel with \`in\` and \`out\` overlapping, the promise would be false and the behaviour undefined.`],
  ['coop-groups', 'sonnet', "Rewrite the whole kernel with cooperative groups (thread_block, tiled_partition<32>, cg::reduce) for CUDA 12, keep the template block size and the grid-stride loop, and the atomicAdd at the end. Add a small host function that picks the grid size from the SM count."],
]);

const eulogy = chat('m9-eulogy-grandpa', [
  ['draft', 'sonnet', `My grandpa Walt died on Tuesday, he was 93. I've been asked to give the eulogy on Saturday and I'm not a writer. About him: Korean War vet (Army, never talked about it much), ran a hardware store in Duluth for 40 years, married to Grandma Ruth 66 years, she died 2 years ago. Fixed everything for everyone. Terrible jokes, always the same ones ("I used to be a banker but I lost interest"). Taught all 7 grandkids to fish on Lake Vermilion. Always said "measure twice, cut once". Can you help me write something about 5 minutes long?`,
    `I'm sorry about your grandpa. Here's a draft in a plain, warm voice – about 5 minutes read at a calm pace. Change anything that doesn't sound like you; the best eulogies sound like the person giving them.

---

Good morning. I'm [your name], one of Walt's seven grandkids.

If you ever walked into Walt's Hardware on a Saturday morning, you know that Grandpa didn't just sell you a part. He asked what you were fixing. Then he asked how you were planning to fix it. And then, more often than not, he was in your kitchen on Sunday afternoon with his own toolbox, because, as he'd say, "it's easier if I just take a look."

For forty years he ran that store, and for ninety-three years he fixed things. Leaky faucets, wobbly tables, bikes, boat motors, and – if we're honest – a lot of us. He had a way of making a problem feel smaller just by rolling up his sleeves next to you.

Grandpa served in the Army in Korea. He didn't talk about it much, and we learned not to ask too often. But I think some of his patience, and how much he valued an ordinary quiet day, came from there.

He was married to Grandma Ruth for sixty-six years. Sixty-six. When she passed two years ago, he told me the house was "too quiet for one person's jokes." Which brings me to the jokes. Grandpa had about six of them, and he told them for my entire life. "I used to be a banker, but I lost interest." Every time. And every time, he laughed harder than anyone else at the table, and so, eventually, did we. I would give a lot to hear that one again.

Every one of his grandkids learned to fish on Lake Vermilion. He'd have us up before dawn, thermos of coffee for him and hot chocolate for us, and he'd sit there for hours while we tangled every line in the boat. He never once got mad. He'd just untangle it, hand it back and say, "Measure twice, cut once." It didn't make any sense for fishing. I think it was just his way of saying: slow down, take care, do it right.

That's what he taught all of us. Not just how to fix a hinge or bait a hook, but how to show up for people. He showed up for his customers, for his neighbours, for Grandma, and for us, every single time.

Grandpa, thank you. For the fishing, for the fixing, for the terrible jokes. We'll take it from here – and we'll measure twice.

---

A few tips for Saturday: print it in a large font, mark a spot where you can pause and breathe, and it's completely fine to stop for a moment if you get emotional. Everyone in that room will be with you.`],
  ['shorter', 'haiku', 'this is beautiful. the pastor just told me I only have 3 minutes, can you cut it down? keep the banker joke and the lake part',
    `Good morning. I'm [your name], one of Walt's seven grandkids.

If you ever walked into Walt's Hardware, you know Grandpa didn't just sell you a part. He asked what you were fixing, and more often than not he was in your kitchen that Sunday with his own toolbox, because "it's easier if I just take a look."

For forty years he ran that store, and for ninety-three years he fixed things – faucets, boat motors, and a lot of us.

He served in Korea and didn't talk about it much. He was married to Grandma Ruth for sixty-six years, and when she passed he said the house was "too quiet for one person's jokes." He had about six of them. "I used to be a banker, but I lost interest." Every time. And every time he laughed harder than anyone, and so did we.

Every one of us learned to fish on Lake Vermilion, up before dawn, coffee for him and hot chocolate for us. He never got mad when we tangled our lines. He'd untangle them and say, "Measure twice, cut once." I think it meant: slow down, take care, do it right.

Grandpa, thank you for the fishing, the fixing and the terrible jokes. We'll take it from here – and we'll measure twice.`],
  ['own-voice', 'sonnet', `Ok I read it out loud and it sounds too polished, not like me. I'm 24 and I talk pretty casually. Can you redo the 3-minute version so it sounds like me talking, and add the story of when he drove 4 hours in a blizzard to fix my dorm room heater freshman year and then stayed to take my roommate and me out for pancakes?`],
]);

const terraformMoved = chat('m9-terraform-moved', [
  ['moved', 'sonnet', `Terraform 1.6, AWS provider 5. I'm refactoring: we had all resources in the root module, and I moved the S3 buckets and their policies into a new module "storage" (module "storage" { source = "./modules/storage" ... }). Now terraform plan wants to destroy and recreate 14 buckets, which would delete prod data. How do I tell Terraform they just moved?`,
    `Use \`moved\` blocks (Terraform ≥ 1.1). They record in code that an address changed, so plan shows "has moved to" instead of destroy/create, and anyone else applying the same code gets the same move – better than running \`terraform state mv\` by hand.

For each resource, add to the root module (e.g. a new file \`moved.tf\`):

${F}hcl
moved {
  from = aws_s3_bucket.assets
  to   = module.storage.aws_s3_bucket.assets
}

moved {
  from = aws_s3_bucket_policy.assets
  to   = module.storage.aws_s3_bucket_policy.assets
}
${F}

If the buckets were created with \`for_each\` or \`count\`, you can move the whole collection in one block:

${F}hcl
moved {
  from = aws_s3_bucket.data
  to   = module.storage.aws_s3_bucket.data
}
${F}
or individual instances: \`from = aws_s3_bucket.data["logs"]\` → \`to = module.storage.aws_s3_bucket.data["logs"]\`.

Don't forget the related resources you moved with the buckets: \`aws_s3_bucket_versioning\`, \`aws_s3_bucket_server_side_encryption_configuration\`, \`aws_s3_bucket_public_access_block\`, lifecycle rules, etc. Each needs its own moved block.

Then run \`terraform plan\` and check that every bucket shows "has moved to module.storage…" and there are **0 to destroy**. Add a safety net on the buckets themselves:

${F}hcl
lifecycle { prevent_destroy = true }
${F}
inside the module's \`aws_s3_bucket\` resources, so a mistake fails the plan instead of deleting data.

After every workspace/environment has applied, you can remove the moved blocks – but keeping them for a release or two is harmless and helps anyone on an old state.`],
  ['error', 'sonnet', `added them, now plan fails:

│ Error: Moved object still exists
│
│   on moved.tf line 12:
│   12: moved {
│
│ This statement declares a move from aws_s3_bucket_policy.assets, but that resource instance is still declared at main.tf:88.
│
│ Change your configuration so that this instance will be declared as module.storage.aws_s3_bucket_policy.assets instead.

also 3 of the buckets still say "must be replaced" because "bucket" forces replacement, the name changed from "acme-prod-assets" to "acme-prod-assets-v2"?? I didn't change names on purpose`,
    `Two separate problems.

**1. "Moved object still exists".** The bucket policy is still declared in the root module at main.tf:88 – you copied it into the module but didn't delete the original. A moved block is only valid if the \`from\` address no longer exists in the configuration. Delete the \`aws_s3_bucket_policy.assets\` resource from main.tf (the module's copy replaces it). Search the root for any other leftovers:

${F}sh
grep -n 'resource "aws_s3_' *.tf
${F}

**2. The names changed.** Terraform is telling you the configuration now computes a different bucket name. Since you didn't rename on purpose, the name is probably built from a variable or local that has a different value inside the module, e.g. the root had:
${F}hcl
bucket = "\${local.prefix}-assets"      # local.prefix = "acme-prod"
${F}
and the module has its own \`locals\` or a variable with a default like \`"\${var.prefix}-assets-v2"\` or a \`suffix\` variable defaulting to "v2" that the root isn't passing. Look at how the three affected buckets build \`bucket\` in the module and what the module call passes in; make them produce exactly the old names. Bucket names are immutable in S3, so any name change always means replace.

Run plan again until it shows only moves (and maybe harmless in-place updates), with **0 to destroy**, before applying.`],
  ['state-list', 'haiku', 'fixed both, plan is clean now 🙏 whats the command to list everything in state under the module just to double check'],
]);

const habitApp = chat('m9-expo-habits', [
  ['scaffold', null, `I want to build a tiny habit tracker app for myself (and maybe my gf) with Expo + TypeScript. Habits have a name and a color, and each day you can tick them off. Store on the phone for now. Can you give me the starting project structure and the main screen?`,
    `Here's a minimal setup that stays easy to extend.

${F}sh
npx create-expo-app@latest habits -t expo-template-blank-typescript
cd habits
npx expo install @react-native-async-storage/async-storage
${F}

Structure:
${F}
habits/
  App.tsx
  src/
    types.ts
    storage.ts
    useHabits.ts
    HabitRow.tsx
${F}

**src/types.ts**
${F}ts
export interface Habit { id: string; name: string; color: string; done: string[] } // done: ISO dates (yyyy-mm-dd)
${F}

**src/storage.ts**
${F}ts
import AsyncStorage from '@react-native-async-storage/async-storage';
import type { Habit } from './types';

const KEY = 'habits.v1';
export async function loadHabits(): Promise<Habit[]> {
  const raw = await AsyncStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Habit[]) : [];
}
export async function saveHabits(habits: Habit[]): Promise<void> {
  await AsyncStorage.setItem(KEY, JSON.stringify(habits));
}
${F}

**src/useHabits.ts**
${F}ts
import { useEffect, useState } from 'react';
import { loadHabits, saveHabits } from './storage';
import type { Habit } from './types';

export const today = () => new Date().toISOString().slice(0, 10);

export function useHabits() {
  const [habits, setHabits] = useState<Habit[]>([]);
  useEffect(() => { loadHabits().then(setHabits); }, []);
  const update = (next: Habit[]) => { setHabits(next); void saveHabits(next); };
  const toggle = (id: string) =>
    update(habits.map((h) => h.id !== id ? h : {
      ...h, done: h.done.includes(today()) ? h.done.filter((d) => d !== today()) : [...h.done, today()],
    }));
  const add = (name: string, color: string) => update([...habits, { id: String(Date.now()), name, color, done: [] }]);
  return { habits, toggle, add };
}
${F}

**App.tsx** renders a FlatList of HabitRow (a Pressable with a colored circle that's filled when done today) and a TextInput + button to add a habit. Run with \`npx expo start\` and scan the QR code with Expo Go.`],
  ['streak', null, 'nice. can you add a streak counter next to each habit (consecutive days including today, or up to yesterday if today not done yet)?',
    `Add a helper and show it in HabitRow:

${F}ts
// src/streak.ts
const dayBefore = (iso: string) => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
};

export function streak(done: string[], todayIso: string): number {
  const set = new Set(done);
  let day = set.has(todayIso) ? todayIso : dayBefore(todayIso);
  let n = 0;
  while (set.has(day)) { n++; day = dayBefore(day); }
  return n;
}
${F}

In HabitRow: \`<Text style={styles.streak}>{streak(habit.done, today())} 🔥</Text>\`.

One caveat: \`toISOString()\` is UTC, so around midnight local time "today" can be the wrong day. Better to build the local date: \`const today = () => new Date().toLocaleDateString('en-CA')\` (en-CA formats as yyyy-mm-dd).`],
  ['crash', null, "TypeError: Cannot read property 'length' of undefined in HabitRow, only for the habits I created before adding streaks",
    `Those old habits were saved before you had the \`done\` array on every habit (or with a different field name), so \`habit.done\` is undefined for them. Normalise on load:

${F}ts
export async function loadHabits(): Promise<Habit[]> {
  const raw = await AsyncStorage.getItem(KEY);
  const list = raw ? (JSON.parse(raw) as Partial<Habit>[]) : [];
  return list.map((h) => ({ id: h.id ?? String(Date.now()), name: h.name ?? '', color: h.color ?? '#888', done: h.done ?? [] }));
}
${F}

That fixes existing data the next time it's saved.`],
  ['notifications', 'sonnet', "works! next: a daily reminder notification at a time the user picks (default 8pm), only if there are habits not done yet that day. expo-notifications I guess? iOS and Android",
    `expo-notifications can schedule a daily local notification, but it can't check at 8pm whether habits are done – scheduled notifications fire regardless of app state. The usual trick: schedule a daily notification, and **cancel today's** when everything gets ticked, rescheduling from tomorrow. Simplest robust version: whenever habits change or the app opens, cancel all and schedule the next 7 individual reminders, skipping today if everything is done.

${F}sh
npx expo install expo-notifications
${F}

${F}ts
// src/reminders.ts
import * as Notifications from 'expo-notifications';
import { Platform } from 'react-native';

Notifications.setNotificationHandler({
  handleNotification: async () => ({ shouldShowAlert: true, shouldPlaySound: false, shouldSetBadge: false }),
});

export async function ensurePermission(): Promise<boolean> {
  if (Platform.OS === 'android') {
    await Notifications.setNotificationChannelAsync('reminders', { name: 'Reminders', importance: Notifications.AndroidImportance.DEFAULT });
  }
  const { status } = await Notifications.requestPermissionsAsync();
  return status === 'granted';
}

export async function scheduleReminders(hour: number, minute: number, allDoneToday: boolean) {
  await Notifications.cancelAllScheduledNotificationsAsync();
  const now = new Date();
  for (let i = 0; i < 7; i++) {
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i, hour, minute);
    if (at <= now || (i === 0 && allDoneToday)) continue;
    await Notifications.scheduleNotificationAsync({
      content: { title: 'Habits', body: "You still have habits to tick off today." },
      trigger: { date: at, channelId: 'reminders' },
    });
  }
}
${F}

Call \`scheduleReminders\` in useHabits after every update and on app start, with \`allDoneToday = habits.every(h => h.done.includes(today()))\`. Store the chosen time in AsyncStorage (\`reminder.time\`, default \`{ hour: 20, minute: 0 }\`) and add a small settings screen with a time picker (\`@react-native-community/datetimepicker\`). The 7-day window means that if the app isn't opened for a week, reminders stop, which is arguably fine for a habit app; extend it to 30 if you like.`],
  ['rename', 'haiku', 'can you rename scheduleReminders to planReminders and the channel id to daily-habits in that file, keep everything else the same',
    `${F}ts
// src/reminders.ts
import * as Notifications from 'expo-notifications';
import { Platform } from 'react-native';

Notifications.setNotificationHandler({
  handleNotification: async () => ({ shouldShowAlert: true, shouldPlaySound: false, shouldSetBadge: false }),
});

export async function ensurePermission(): Promise<boolean> {
  if (Platform.OS === 'android') {
    await Notifications.setNotificationChannelAsync('daily-habits', { name: 'Reminders', importance: Notifications.AndroidImportance.DEFAULT });
  }
  const { status } = await Notifications.requestPermissionsAsync();
  return status === 'granted';
}

export async function planReminders(hour: number, minute: number, allDoneToday: boolean) {
  await Notifications.cancelAllScheduledNotificationsAsync();
  const now = new Date();
  for (let i = 0; i < 7; i++) {
    const at = new Date(now.getFullYear(), now.getMonth(), now.getDate() + i, hour, minute);
    if (at <= now || (i === 0 && allDoneToday)) continue;
    await Notifications.scheduleNotificationAsync({
      content: { title: 'Habits', body: "You still have habits to tick off today." },
      trigger: { date: at, channelId: 'daily-habits' },
    });
  }
}
${F}`],
  ['iphone', null, 'how do I get it on my actual iphone without paying the $99 apple thing',
    `Options without the paid developer account:

1. **Expo Go** (what you're doing now): free, runs your app on your phone while \`npx expo start\` is running on your computer on the same network. Local notifications work in Expo Go on iOS for testing; some native features don't.
2. **A development build with a free Apple ID**: \`npx expo run:ios --device\` with your phone plugged in, Xcode installed, and a free personal team selected in Xcode's Signing settings. The app installs on your phone and runs without the computer, but the certificate expires after **7 days** and you need to reinstall.
3. With the $99 account you'd use EAS Build + TestFlight, which is what you'd need to share it with your girlfriend easily.

For just you, option 2 every week is annoying but free.`],
  ['sync', 'opus', `Ok my gf wants to use it too and we want SHARED habits (like "walk the dog", either of us can tick it) plus private ones. Both phones are often offline (subway, her hospital shifts with no signal). I want ticks to never get lost and never "come back" after being unticked, streaks should be right on both phones after they sync, and I don't want to pay for much — maybe Supabase free tier. Also each phone's clock and time zone can differ (she was in Lisbon last month). How should I design the data model and sync so it's actually correct?`,
    `The combination of "offline on both phones", "untick must not come back" and "clocks differ" is exactly where naive sync breaks, so it's worth designing the data model around it rather than syncing the current \`Habit[]\` blob.

**1. Model ticks as facts about (habit, day), not as an array.** The unit of conflict should be one habit on one calendar day: a row \`Tick { habitId, day, done, updatedBy, version }\`. Two people ticking different habits, or different days, never conflict. Store the array of done days only as a derived view for streaks.

**2. Which "day"?** Decide that a tick belongs to the day *in the ticker's local time zone at the moment of ticking*, and store it as a plain date string (\`2025-03-14\`), not a timestamp. Otherwise a tick at 00:30 in Lisbon is "yesterday" on a phone in New York, and streaks differ between phones. Store the zone too (\`tz: 'Europe/Lisbon'\`) for debugging. Shared habits then have the awkward-but-honest rule "a day is whatever the person who ticked thought it was".

**3. Untick must not resurrect: don't delete, tombstone.** An untick is \`done = false\` on the same (habit, day) row. If you delete the row instead, a phone that was offline and still has the old "done" row will push it back after the delete, and the tick returns. With tombstones, both states are writes to the same key, and you only need a rule to pick the winner.

**4. The winner rule can't use wall clocks.** "Last write wins by timestamp" breaks when one phone's clock is 4 minutes fast: its older write wins. Use a **hybrid logical clock** (HLC) per device: each write gets (physical time, logical counter, deviceId); on receiving remote rows, a device advances its clock past the largest HLC it has seen. Ties break on deviceId, so every device picks the same winner for the same set of writes – that's what makes both phones converge. Cheaper alternative that's adequate here: a per-row version counter that the server increments (last write to *reach the server* wins), accepting that a stale offline untick can override a newer tick…`],
  ['continue', 'opus', 'continue',
    `…if it arrives later. For a two-person habit app that might be acceptable, but it violates your "never come back" requirement in one edge case, so I'd do the HLC.

**5. The sync protocol (works fine with Supabase free tier).**
- Server table \`ticks(habit_id, day, done, hlc, device_id, updated_at)\` with primary key (habit_id, day).
- Upsert with a guard so the server keeps the winner regardless of arrival order:
${F}sql
insert into ticks as t (habit_id, day, done, hlc, device_id)
values ($1, $2, $3, $4, $5)
on conflict (habit_id, day) do update
  set done = excluded.done, hlc = excluded.hlc, device_id = excluded.device_id
  where (excluded.hlc, excluded.device_id) > (t.hlc, t.device_id);
${F}
 (encode the HLC as a fixed-width string or bigint so it compares correctly).
- Each phone keeps an **outbox** of local writes and a **cursor** (the largest server \`updated_at\`/sequence it has pulled). Sync = push the outbox (idempotent, thanks to the guard), then pull rows changed since the cursor, merge locally with the same comparison, advance the cursor. A crash between steps just repeats them.
- Use a server-assigned monotonically increasing \`seq\` (a sequence column) for the cursor rather than \`updated_at\`, because timestamps from concurrent transactions can commit out of order and you'd skip rows.

**6. Private vs shared.** \`habits.owner_id\` and a \`habit_members\` table; Row Level Security in Supabase so a user can read/write ticks only of habits where they are a member. Private habits have one member.

**7. Streaks.** Compute them locally from the merged ticks, always, never store them. Both phones converge to the same set of winning ticks, so they compute the same streaks (given the same "today" – for shared habits compute "today" in the viewer's zone, and accept that the two of you may see a different number for an hour around midnight).

**8. Tests worth writing:** a merge function that's a pure \`(local, remote) => merged\`, property-tested for commutativity, associativity and idempotence (the three properties that guarantee convergence), and a scripted scenario: both offline, A ticks, B unticks later by HLC, sync in either order → untick wins on both.`],
  ['weekend', 'sonnet', "this is a lot lol. I have one weekend. what's the smallest version of this I can actually ship by sunday night that doesn't break the untick rule, and give me the exact supabase table SQL + the TypeScript merge function for it"],
]);

const writeSkew = chat('m9-oncall-write-skew', [
  ['anomaly', 'opus', `We have an on-call scheduling service (Postgres 15, default isolation). Invariant: for each team and each day, at least one engineer must remain on call. Engineers can drop their shift via the app. Last week two engineers on the same team dropped the same day within a second of each other and the team had nobody on call. The code:

${F}python
def drop_shift(conn, team_id, day, engineer_id):
    with conn.transaction():
        (count,) = conn.execute(
            "SELECT count(*) FROM shifts WHERE team_id = %s AND day = %s AND on_call",
            (team_id, day)).fetchone()
        if count <= 1:
            raise CannotDrop("you're the last one on call")
        conn.execute(
            "UPDATE shifts SET on_call = false WHERE team_id = %s AND day = %s AND engineer_id = %s",
            (team_id, day, engineer_id))
${F}

A colleague says "just switch to REPEATABLE READ". Is he right? What's the right fix?`,
    `He isn't right: this is **write skew**, and REPEATABLE READ in Postgres (which is snapshot isolation) allows it.

**What happened.** Two transactions, T1 (Alice) and T2 (Bob), same team and day, with Alice and Bob the only two on call:
1. T1 reads count = 2. T2 reads count = 2 (each from its own snapshot, or under READ COMMITTED simply before the other committed).
2. T1 updates Alice's row. T2 updates Bob's row. **Different rows**, so there's no write–write conflict; neither blocks or aborts.
3. Both commit. Count is now 0.

Each transaction on its own preserved the invariant given what it read; together they broke it because each one's decision depended on a row the other changed. Snapshot isolation only detects conflicts between writes to the *same* row, so REPEATABLE READ doesn't help. READ COMMITTED (your default) doesn't either.

**Fixes, from most to least robust**

1. **SERIALIZABLE** (Postgres's SSI). It tracks read–write dependencies and aborts one of the two transactions with a serialization failure (SQLSTATE 40001). You must retry on that error:
${F}python
for attempt in range(5):
    try:
        with conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
            ...same body...
        break
    except psycopg.errors.SerializationFailure:
        continue
${F}
   Correct without having to find every racing pair by hand, at the cost of some false-positive aborts and retry logic everywhere that touches shifts at this level. Note SSI only protects transactions that run at SERIALIZABLE; a different code path at READ COMMITTED can still break the invariant.

2. **Lock what the decision depends on.** Lock all the on-call rows for that team and day before counting:
${F}sql
SELECT engineer_id FROM shifts WHERE team_id = %s AND day = %s AND on_call FOR UPDATE;
${F}
   The second transaction now waits for the first to commit and then (in READ COMMITTED) re-reads… careful: in READ COMMITTED, a blocked \`SELECT … FOR UPDATE\` re-checks the rows it locked, but it does not see *new* rows that started matching. For dropping shifts that's fine (rows only stop matching); if engineers can also *add* on-call rows concurrently, the count can be stale in the other direction, which is harmless for this invariant.

3. **Materialise the conflict.** Lock a single row representing (team, day), e.g. \`SELECT … FROM team_days WHERE team_id = %s AND day = %s FOR UPDATE\`, and make every code path that changes on-call status for that team/day take this lock first. Simple to reason about and works at any isolation level.

For a small service, I'd do 3 (or 2) and add SERIALIZABLE later if more invariants like this appear.`],
  ['readonly-anomaly', 'opus', `We went with SERIALIZABLE + retries. Now the reporting team asks: their dashboard runs read-only transactions that show "who is on call today" per team. Can a read-only transaction under SERIALIZABLE ever observe a state that couldn't exist in any serial order, and if so, can you give me a concrete schedule with our shifts table? Someone mentioned the "read-only transaction anomaly" paper. Do we need SERIALIZABLE READ ONLY DEFERRABLE for the dashboard, and what does DEFERRABLE actually buy us?`,
    `Yes, under plain snapshot isolation a read-only transaction can observe a state that is inconsistent with every serial order, even when the read-write transactions alone would be serialisable. That's Fekete, O'Neil and O'Neil, "A Read-Only Transaction Anomaly Under Snapshot Isolation" (2004). Postgres's SSI is designed to catch it; the question is what it costs the dashboard.

**A concrete schedule with your table.** Team X, day D. Alice and Bob on call. Plus a second table \`coverage_reports\` that a nightly job writes ("team X covered on D: yes/no") based on shifts – any read-write transaction that reads shifts and writes elsewhere works. Under snapshot isolation:

1. **T1** (Bob drops, but first checks the report isn't final): reads coverage_reports for D (not final), reads shifts (2 on call).
2. **T2** (nightly job) reads shifts (2 on call), writes coverage_reports(D, final, covered = yes). Commits.
3. **T3** (dashboard, read-only) starts, reads coverage_reports (final, covered = yes) and shifts (Alice and Bob on call). Commits.
4. **T1** updates Bob's row to off call. Commits.

Dependencies: T1 read coverage_reports before T2 wrote it, so T1 must come before T2 (rw-antidependency T1 → T2). T3 saw T2's write, so T2 → T3. T3 did not see T1's write, so T3 → T1. That's a cycle T1 → T2 → T3 → T1: no serial order produces what T3 saw. Without T3, T1 → T2 alone is serialisable (T1 then T2 – except T2 would then have read 1 on call; the report "final, covered with Alice and Bob" is only wrong in combination with T3's observation).

**What Postgres does.** SSI tracks these rw-dependencies and aborts one transaction when it sees a "dangerous structure" (two consecutive rw-antidependencies with the pivot in the middle). In the schedule above the two rw-antidependencies are T3 → T1 and T1 → T2, so T1 is the pivot; T2 committed first, and the read-only T3 took its snapshot after T2 committed…`],
  ['sql', 'sonnet', `ok I get the theory now. for the dashboard I'll use SERIALIZABLE READ ONLY DEFERRABLE. Can you write the psycopg3 code for the dashboard query (per team: today's on-call engineers' names, joined with engineers table, teams with nobody on call listed too with an empty list) using that isolation mode, with a sensible statement timeout, returning a dict team_name -> [names]?`,
    `${F}python
import psycopg
from psycopg.rows import tuple_row

QUERY = """
SELECT t.name,
       coalesce(array_agg(e.name ORDER BY e.name) FILTER (WHERE e.id IS NOT NULL), '{}') AS on_call
FROM teams t
LEFT JOIN shifts s ON s.team_id = t.id AND s.day = current_date AND s.on_call
LEFT JOIN engineers e ON e.id = s.engineer_id
GROUP BY t.name
ORDER BY t.name
"""

def on_call_today(dsn: str) -> dict[str, list[str]]:
    with psycopg.connect(dsn, row_factory=tuple_row) as conn:
        conn.isolation_level = psycopg.IsolationLevel.SERIALIZABLE
        conn.read_only = True
        conn.deferrable = True
        with conn.transaction():
            conn.execute("SET LOCAL statement_timeout = '5s'")
            rows = conn.execute(QUERY).fetchall()
    return {team: list(names) for team, names in rows}
${F}

Notes:
- \`conn.isolation_level\`, \`read_only\` and \`deferrable\` are psycopg 3's connection attributes; they apply to every transaction the connection starts, so the transaction begins as \`SERIALIZABLE READ ONLY DEFERRABLE\`.
- DEFERRABLE may **wait** at the start until it can take a safe snapshot, usually milliseconds, occasionally longer under heavy write load. Once it starts it can't fail with a serialization error, so no retry loop needed. The 5 s timeout applies to statements, not to the wait for the snapshot; if you want a bound on that, use a client-side timeout around the call.
- \`current_date\` uses the session time zone; set \`SET LOCAL timezone = 'UTC'\` (or your scheduling zone) if the server's default differs from how \`day\` is stored.
- \`FILTER (WHERE e.id IS NOT NULL)\` keeps teams with nobody on call as an empty array instead of \`{NULL}\`.`],
  ['default-level', 'haiku', "and just to confirm for the doc I'm writing, what's postgres's default isolation level and how do I check it on a session?"],
]);

const exprSandbox = chat('m9-expr-sandbox', [
  ['review', 'opus', `Security review request. Our internal pricing tool lets ops people write small formulas like "base * 1.2 if region == 'EU' else base". We evaluate them like this. The service runs with access to our pricing DB credentials in env vars. Is this safe?

${F}python
import ast

ALLOWED_NAMES = {"base", "region", "qty", "min", "max", "round"}

def evaluate(expr: str, env: dict) -> float:
    tree = ast.parse(expr, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in ALLOWED_NAMES:
            raise ValueError(f"name not allowed: {node.id}")
        if isinstance(node, (ast.Import, ast.ImportFrom, ast.Lambda)):
            raise ValueError("not allowed")
    code = compile(tree, "<formula>", "eval")
    return eval(code, {"__builtins__": {}}, {**env, "min": min, "max": max, "round": round})
${F}`,
    `No, it isn't safe. An ops user (or anyone who can get a formula saved) can almost certainly read your environment, including the DB credentials, and likely run arbitrary code. The name check looks only at \`ast.Name\` nodes, but Python gives you a lot of reach without new names.

**1. Attribute access isn't checked.** \`ast.Attribute\` nodes are allowed, so any object reachable from an allowed name gives you its attributes. Starting from a string literal or a tuple:
${F}python
().__class__.__base__.__subclasses__()
${F}
lists every class loaded in the interpreter. From there, a class defined in a module that imported \`os\` gives you that module's globals through a function's \`__globals__\`, e.g. a known subclass like \`os._wrap_close\`:
${F}python
[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['environ']
${F}
That's a list comprehension – allowed, because comprehension variables are \`ast.Name\` nodes only if they're in your list… actually \`c\` would be rejected by your check. But the same thing without comprehension variables works with indexing and \`filter\`-free tricks, e.g. calling \`__subclasses__()\` and indexing by a number found offline, since the subclass order is stable for a given deployment. Assume it's reachable.

**2. \`"__builtins__": {}\` does not sandbox.** It removes direct builtins, but builtins come back through \`__globals__\` of any Python function (including \`min\`'s friends in other modules) or through \`__subclasses__\`. Python's own docs say eval with restricted globals is not a security boundary.

**3. Denial of service without any attribute.** \`9**9**9**9\` or \`'a' * 10**10\` with allowed syntax freezes the worker or exhausts memory. \`round\` and \`max\` on huge generators too.

**4. Format strings.** f-strings are \`ast.JoinedStr\`/\`FormattedValue\`; \`'{0.__class__}'.format(base)\` is an attribute-walking mini-language that your AST check never sees, because it's a method call on a constant string… which is an \`ast.Attribute\` (\`.format\`) – so it's the same hole as 1.

**What to do instead**
- **Whitelist node types, not blacklist.** Allow only: Expression, BinOp with specific operators, UnaryOp, Compare, BoolOp, IfExp, Constant (numbers and short strings only), Name (from your list, Load context), and Call where \`func\` is a Name in {min, max, round}. Reject everything else, in particular Attribute, Subscript, comprehensions, JoinedStr, Starred, keywords.
- **Don't eval at all**: write a tiny interpreter over that whitelisted AST…`],
  ['continue', 'opus', 'continue',
    `…that walks the tree and computes the value directly, so there's no Python object graph to escape into:

${F}python
import ast, operator as op

BIN = {ast.Add: op.add, ast.Sub: op.sub, ast.Mult: op.mul, ast.Div: op.truediv}
CMP = {ast.Eq: op.eq, ast.NotEq: op.ne, ast.Lt: op.lt, ast.LtE: op.le, ast.Gt: op.gt, ast.GtE: op.ge}
FUNCS = {"min": min, "max": max, "round": round}
MAX_ABS = 1e12

def _num(v):
    if isinstance(v, bool) or not isinstance(v, (int, float)) or abs(v) > MAX_ABS:
        raise ValueError("number out of range")
    return v

def _eval(node, env):
    match node:
        case ast.Expression(body=b): return _eval(b, env)
        case ast.Constant(value=v) if isinstance(v, (int, float)) and not isinstance(v, bool): return _num(v)
        case ast.Constant(value=v) if isinstance(v, str) and len(v) <= 32: return v
        case ast.Name(id=n, ctx=ast.Load()) if n in env: return env[n]
        case ast.BinOp(left=l, op=o, right=r) if type(o) in BIN: return _num(BIN[type(o)](_num(_eval(l, env)), _num(_eval(r, env))))
        case ast.UnaryOp(op=ast.USub(), operand=x): return -_num(_eval(x, env))
        case ast.Compare(left=l, ops=[o], comparators=[r]) if type(o) in CMP: return CMP[type(o)](_eval(l, env), _eval(r, env))
        case ast.IfExp(test=t, body=b, orelse=e): return _eval(b, env) if _eval(t, env) is True else _eval(e, env)
        case ast.Call(func=ast.Name(id=f), args=args, keywords=[]) if f in FUNCS and len(args) <= 8:
            return _num(FUNCS[f](*(_num(_eval(a, env)) for a in args)))
    raise ValueError(f"not allowed: {type(node).__name__}")

def evaluate(expr: str, env: dict) -> float:
    if len(expr) > 500:
        raise ValueError("formula too long")
    return _num(_eval(ast.parse(expr, mode="eval"), {k: env[k] for k in ("base", "region", "qty")}))
${F}

Design points:
- No \`**\` (power) at all: it's the easiest DoS. If ops need it, allow only small constant exponents.
- Every arithmetic result is bounded, so nothing grows without limit; strings are only constants and can't be multiplied.
- \`ast.parse\` itself can be attacked with deeply nested input (a recursion error or, in old versions, a crash); the length limit plus catching \`RecursionError\`/\`SyntaxError\`/\`MemoryError\` around the call covers that.
- The evaluator runs in-process, but there's no path from a formula to any object other than numbers and short strings.

**Defence in depth:** even with this, the pricing evaluator shouldn't hold the DB credentials. Load formulas from the DB in one component and evaluate them in a process that has no secrets in its environment. And audit existing saved formulas for \`__\`, \`.\` after a name, and \`**\` – if anything like that is there, treat the credentials as exposed and rotate them.`],
  ['dunder-set', 'haiku', 'for the audit script, just give me a python set literal of the dunder attribute names people typically use in these escapes, like __class__, __globals__ etc. ~15 of them',
    `${F}python
SUSPICIOUS_DUNDERS = {
    "__class__", "__base__", "__bases__", "__mro__", "__subclasses__",
    "__globals__", "__builtins__", "__import__", "__init__", "__dict__",
    "__code__", "__closure__", "__getattribute__", "__reduce__", "__reduce_ex__",
    "__loader__", "__spec__", "__self__", "__func__", "__module__",
}
${F}

For the audit, also flag any formula containing \`__\` at all (no legitimate pricing formula needs a double underscore), plus \`.format\`, \`getattr\` and \`**\`.`],
  ['tests', 'sonnet', "write pytest tests for the new evaluate(): the normal formulas ops use (the EU one, min/max/round, nested if/else), and a parametrized list of attack strings from your review that must raise ValueError. Also a test that 1e12 overflow is rejected."],
], 'You are SecBot, the internal security review assistant for Halvard Pricing engineering. Be direct about risk, give concrete exploit paths and concrete fixes, and prefer standard libraries. Do not include real credentials in examples.');

const wwiEssay = chat('m9-wwi-essay', [
  ['outline', 'sonnet', `AP Euro essay due friday. prompt: "Evaluate the relative importance of the alliance system as a cause of the First World War." need a thesis and outline, 5 paragraph is fine but my teacher likes complexity (like acknowledging other causes). help`,
    `Here's a thesis that takes a position *and* earns the complexity point, then an outline.

**Thesis:** The alliance system was important less because it obliged states to go to war than because it turned a local Balkan crisis into a continental one: by 1914 it locked Europe into two blocs whose war plans, especially Germany's, left no room for a limited conflict. However, alliances only became dangerous in combination with militarism and nationalism, which made leaders willing to risk a general war in July 1914.

**Body 1 – How the alliances worked and how they spread the war**
- Triple Alliance (Germany, Austria-Hungary, Italy, 1882) and Triple Entente (France, Russia, Britain, by 1907).
- July Crisis chain: Austria-Hungary's ultimatum to Serbia (23 July) → Russian mobilisation in support of Serbia → Germany declares war on Russia (1 Aug) and France (3 Aug).
- Evidence: Germany's "blank cheque" to Austria-Hungary (5-6 July) – an alliance promise that encouraged Vienna to be aggressive.

**Body 2 – Limits of the alliance argument (complexity)**
- Alliances were not automatic: Italy was in the Triple Alliance and stayed neutral in 1914, then joined the Entente in 1915. Britain's Entente commitments were informal; it entered because Germany invaded Belgium (Treaty of London, 1839).
- So alliances alone don't explain who fought.

**Body 3 – Militarism and war plans as the accelerator**
- The Schlieffen Plan required Germany to attack France through Belgium as soon as Russia mobilised: a war in the east automatically became a war in the west.
- Arms race (Anglo-German naval race, Dreadnoughts), and the belief that mobilisation = war.
- Tie back: the alliance system made these plans matter, because every great power's plan assumed its allies and enemies.

**Conclusion**
- Restate: alliances were the mechanism of escalation, not the spark or the only cause; nationalism (Serbian nationalism, Austria-Hungary's fear of it) lit the fuse, militarism and war plans made it explode quickly, alliances made it continental.
- Complexity: mention the Fischer debate – historians disagree on whether Germany deliberately sought war (Fritz Fischer) or Europe "sleepwalked" into it (Christopher Clark).

Tip for the complexity point: explicitly weigh the causes against each other ("more important than X because…, but less decisive than Y since…") in the topic sentences, not only in the conclusion.`],
  ['date', 'haiku', 'when exactly did the triple entente become official, like the year everyone agrees on?',
    `**1907.** That's the year of the Anglo-Russian Convention, which completed the set of agreements: the Franco-Russian Alliance (1894), the Entente Cordiale between Britain and France (1904), and the Anglo-Russian Convention (1907). It was never a single treaty signed by all three, which is why it's called an "entente" (understanding) rather than an alliance.`],
  ['historians', 'sonnet', "my teacher said for the best score I should use historians' arguments as evidence. can you explain the Fischer vs Clark debate in more detail, and one more historian (maybe Margaret MacMillan?), and show me how to actually use them in body paragraph 2 without just name-dropping?"],
]);

const fractions = chat('m9-kid-fractions', [
  ['add', 'haiku', "helping my 10yo with homework and I've forgotten everything lol. how do you add 2/3 + 3/4?",
    `Find a common denominator, then add the tops:

- The smallest number both 3 and 4 go into is **12**.
- 2/3 = 8/12 (multiply top and bottom by 4)
- 3/4 = 9/12 (multiply top and bottom by 3)
- 8/12 + 9/12 = **17/12**, which is the same as **1 5/12** (one whole and five twelfths).

A way to explain it to a 10-year-old: you can only add pieces of pizza if they're the same size pieces, so first you cut both pizzas into twelfths.`],
  ['word-problem', 'haiku', "ok next one: 'Maya ate 3/8 of a pizza and her brother ate 1/4 of it. How much pizza is left?' she got 4/12 which I'm pretty sure is wrong",
    `Yes, 4/12 is wrong – it looks like she added the tops and the bottoms (3 + 1 = 4, 8 + 4 = 12), which is a really common mistake.

- Make the pieces the same size: 1/4 = 2/8.
- Together they ate 3/8 + 2/8 = 5/8.
- The whole pizza is 8/8, so what's left is 8/8 − 5/8 = **3/8**.

A quick check she can do herself: they ate more than half between them (5/8), so less than half should be left, and 3/8 is less than half. ✓`],
  ['challenge', 'opus', `thank you! ok so her teacher also sent a "challenge problem" for the ones who finish early and honestly I can't do it: "Find all ways to write 1 as a sum of four different unit fractions, 1 = 1/a + 1/b + 1/c + 1/d with a < b < c < d whole numbers. Prove you found them all." is this even doable for a 10 year old?? can you solve it and then tell me how to explain it to her`],
]);

export const ninthMultiTurnExamples: TrafficExample[] = [
  ...bikeCommute,
  ...pgBloat,
  ...swiftActor,
  ...lme4,
  ...secondCat,
  ...sheetsRoster,
  ...latticePaths,
  ...farm,
  ...cudaReduce,
  ...eulogy,
  ...terraformMoved,
  ...habitApp,
  ...writeSkew,
  ...exprSandbox,
  ...wwiEssay,
  ...fractions,
];
