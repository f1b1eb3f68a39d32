import { chat, type TrafficExample } from './build.js';

/**
 * Tenth multi-turn batch (session 10, names `m10-`), written blind (the router was not run while writing): sixteen
 * conversations as chat UIs see them, each labelled at 3-5 of its user turns (a row is the conversation up to and
 * including that turn). A best-man toast, an LSM compaction crash-safety question, kombucha, a Django NOT NULL
 * migration on a busy table, an occupancy model for a thesis, a grid-colouring olympiad problem, a candle shop's
 * pricing, an SPSC ring buffer in C11, a meetup's talk schedule, an Iceland ring-road trip, a long FastAPI invoicing
 * session that ends in Postgres row-level security behind PgBouncer, awk over nginx logs, group key rotation for an
 * end-to-end encrypted chat, a resignation, a Bayesian test of many price variants and a wasm-bindgen memory leak.
 */

/** A Markdown code fence, so replies can hold code inside template literals. */
const F = '```';

const toast = chat('m10-best-man-toast', [
  ['draft', 'sonnet', `I'm best man at my brother Dev's wedding in 3 weeks and I'm dreading the speech. Some stuff: he's 31, marrying Siobhan (they met at a pub quiz, their team name was "Quiz Khalifa"), he once drove 6 hours to return a library book he'd found in a rental car, he's an engineer and plans everything in spreadsheets incl. the proposal. Our dad passed 2 years ago and I want to mention him without making the whole room cry. Can you write me a draft, about 4-5 min spoken?`,
    `Here's a draft that runs about four and a half minutes at a relaxed pace. Read it aloud a couple of times and swap in your own phrasing wherever it doesn't sound like you.

---

Good evening, everyone. For those who don't know me, I'm Raj, Dev's younger brother, and for the next few minutes I have the rare privilege of talking about Dev while he's not allowed to interrupt.

I've known Dev my whole life, so I've had plenty of time to gather material. But I want to start with one story that I think tells you exactly who he is.

A few years ago, Dev rented a car for a work trip and found a library book under the passenger seat. Most people would hand it to the rental desk. Some people would keep it. Dev looked up which library it came from, found it was three hundred miles away, and drove six hours on a Saturday to return it. In person. He said the late fees were "the principle of the thing." The librarian, I'm told, was deeply confused.

That's Dev. If something matters, he doesn't do it halfway.

Which brings me to Siobhan. Dev and Siobhan met at a pub quiz. They were on the same team – a team, I have to tell you, called "Quiz Khalifa." I'm told they did not win that night. But Dev went home and, I have no doubt, opened a spreadsheet.

I've seen some of Dev's spreadsheets. He has one for his car maintenance, one for his houseplants, and – I've been sworn to secrecy, so I'll only say this – the proposal had its own tab. Colour-coded. With a contingency plan for rain.

Siobhan, I want you to know that we, his family, have watched you do something none of us ever managed: you make Dev relax. He laughs more. He plans a little less. Only a little – let's be realistic. But you've made him happier than I've ever seen him, and for that we're so grateful you're part of our family.

There's someone who isn't here tonight who I know would have loved this day. Our dad would have been the first on the dance floor and the last to leave it, and he'd have told every person in this room the library book story, probably twice. He taught Dev that if you're going to do something, you do it properly – and I think he'd look at the two of you and say Dev finally did the most important thing properly.

So, if everyone could please raise a glass.

To Dev and Siobhan: may your life together be full of right answers, good teammates, and the occasional plan that goes wonderfully off-script.

To Dev and Siobhan!

---

A few tips: pause after the Quiz Khalifa line and the proposal-tab line, those are your laughs. For the part about your dad, slow down and look at Dev, not the room; it's easier to get through that way.`],
  ['shorter', 'haiku', 'this is great. the venue coordinator just told me speeches are capped at 3 min, can you cut it down to fit? keep the library book and the dad part',
    `Here's a trimmed version, about two and a half to three minutes spoken:

---

Good evening, everyone. I'm Raj, Dev's younger brother, and I have the rare privilege of talking about Dev while he's not allowed to interrupt.

A few years ago, Dev found a library book under the seat of a rental car. He looked up the library, found it was three hundred miles away, and drove six hours on a Saturday to return it. In person. That's Dev: if something matters, he doesn't do it halfway.

Dev and Siobhan met at a pub quiz, on a team called "Quiz Khalifa." They didn't win that night, but I have no doubt Dev went home and opened a spreadsheet. The proposal, I can tell you, had its own tab. Colour-coded. With a rain plan.

Siobhan, you've done something none of us managed: you make Dev relax. He laughs more and plans a little less. We're so grateful you're part of our family.

Our dad would have loved today. He'd have been first on the dance floor and told every one of you the library book story, twice. He taught Dev to do things properly, and I think he'd say Dev finally did the most important thing properly.

Please raise your glasses. To Dev and Siobhan: may your life be full of right answers, good teammates, and the occasional plan that goes off-script.

To Dev and Siobhan!

---`],
  ['siobhan-story', 'sonnet', `ok one problem: it's all about Dev. Siobhan's sister is doing a speech too but I feel like I should say something real about Siobhan, not just "she makes him relax". things I know: she's a paediatric nurse, she ran the London marathon in fancy dress as a banana for charity, and when dad was in hospital she was the one who explained everything to mum at 2am. can you rework the Siobhan part with this but still keep the whole thing under 3 min? the hospital thing is sensitive, mum will be there`],
]);

const lsm = chat('m10-lsm-compaction', [
  ['manifest', 'opus', `I'm writing a small LSM-tree KV store in Rust (for learning, but I want it to be actually crash-safe). Compaction merges L0 SSTs into L1, writes new SST files, then I update a MANIFEST file listing live SSTs and delete the old ones. Right now I rewrite the MANIFEST in place with File::create + write_all + sync_all. My fuzz test that kills the process at random points occasionally finds a state on restart where the manifest references a file that doesn't exist, and once I got a manifest that was empty. Walk me through every way this sequence can go wrong on Linux ext4 and what the correct protocol is.`,
    `There are several separate bugs hiding in that sequence, and the fuzz findings map onto two of them directly. Go through it in the order things hit the disk.

**1. Rewriting the MANIFEST in place is not atomic.** \`File::create\` truncates the file to zero length first. If the process dies between the truncate and the \`write_all\`/\`sync_all\`, the file on disk is empty or partially written. That's your empty-manifest finding. Even with a single \`write_all\`, a crash mid-write leaves a prefix.

**2. New SST data may not be durable when the manifest says it's live.** If you write the SST, don't \`sync_all\` it, and then sync the manifest, a crash (power loss, not just process kill) can leave a manifest pointing at a file whose contents are zero or garbage. With process-kill only, the page cache survives, so your fuzzer won't see this, but a real power cut will.

**3. Directory entries need their own fsync.** Creating \`000123.sst\` and fsyncing the file makes its *data* durable, but the *name* lives in the directory. On ext4 with the default \`data=ordered\`, a file created and fsynced is usually reachable after a crash, but POSIX doesn't promise it and other filesystems (and ext4 in some configurations) don't either. Fsync the directory after creating files and after renames.

**4. Deleting old SSTs before the new manifest is durable.** If you unlink inputs and then crash before the manifest write reaches disk, the *old* manifest is what you recover, and it references the files you just deleted. That's your "references a file that doesn't exist" finding.

**The standard protocol** (what LevelDB/RocksDB do, simplified):

1. Write each new SST to its final name (or a temp name), \`sync_all()\` it.
2. Write the new manifest to a **new file** (\`MANIFEST-000124\` or \`MANIFEST.tmp\`), \`sync_all()\` it.
3. Atomically switch: either \`rename(MANIFEST.tmp, MANIFEST)\`, or write a tiny \`CURRENT\` file pointing at \`MANIFEST-000124\` via write-temp + fsync + rename.
4. \`fsync\` the directory, so the rename itself is durable.
5. Only now delete the obsolete SSTs and the old manifest. Garbage from a crash before this step is harmless: on startup, delete any \`.sst\` not referenced by the current manifest.

${F}rust
fn install_manifest(dir: &Path, contents: &[u8]) -> io::Result<()> {
    let tmp = dir.join("MANIFEST.tmp");
    let mut f = OpenOptions::new().write(true).create(true).truncate(true).open(&tmp)?;
    f.write_all(contents)?;
    f.sync_all()?;
    fs::rename(&tmp, dir.join("MANIFEST"))?;
    File::open(dir)?.sync_all()?; // make the rename durable
    Ok(())
}
${F}

Also add a checksum (CRC32C) over the manifest contents, or over each record if you move to an append-only manifest log. Then recovery can tell a torn write from a valid one instead of trusting whatever bytes are there. For the fuzzer, add a mode that simulates power loss by discarding unsynced writes (e.g. run under a FUSE layer or use a \`dm-log-writes\` setup), since kill -9 alone will never exercise bugs 2 and 3.`],
  ['append-log', 'opus', `thanks. I switched to an append-only manifest log like you said (each record = version edit: add/remove files, with a crc32c + length header). Now the question is recovery when the LAST record is torn. my plan: read records until crc fails, stop there, truncate the file at that offset and keep appending. but a friend says that's unsafe because a torn record in the middle of the file (not the tail) would silently drop all later edits, and that on ext4 you can get a later record durable and an earlier one not. is he right? when exactly can I truncate, and how do I tell "torn tail" from "corruption in the middle"?`,
    `Your friend is half right, and the distinction matters.

**Can a later record be durable while an earlier one isn't?** Only if you acknowledged the later one without an fsync in between. Within one file, ext4 makes no ordering promise about *unsynced* writes: the page cache can write back page 7 before page 6. But if every version edit is followed by \`fdatasync\` before compaction proceeds (and before you delete any input files), then at the moment you append record N+1, record N is already durable. So with "append, fsync, then act", the only record that can be torn is the last one, and only if it was never fsynced, meaning nothing depended on it yet.

Where it goes wrong is **group commit**: if you batch several edits into one write and fsync once, a crash can leave any subset of those pages on disk. That's still safe as long as none of those edits was acted on (no files deleted) before the fsync returned, because then dropping all of them, or all after the first bad one, loses only work that will be redone. Just never treat "some of a batch survived" as more than "none survived".

**Telling a torn tail from mid-file corruption.** Read records; at the first failure, look at what's *after* it:
- If the failure is at the end (the length field points past EOF, or the remaining bytes are short, or everything after the bad record is zeros), it's a torn tail. Truncate at the start of the bad record and continue.
- If there are valid records with good checksums *after* the bad one, that isn't a torn write you produced; it's bit rot, a bug, or a disk problem. Refuse to open, report it, and let the operator decide (LevelDB's \`paranoid_checks\`, RocksDB's \`WALRecoveryMode::kAbsoluteConsistency\` vs \`kTolerateCorruptedTailRecords\`).

To make the scan reliable, give each record a **sequence number** and a magic byte. Then "valid record after the bad one" means a record whose header parses, checksum matches, and sequence number is exactly the expected next one, not random bytes that happen to CRC.

**When to truncate**: only after you've decided it's a torn tail, and then \`ftruncate\` + \`fsync\` before appending anything new. If you append first, a later crash could leave your new record sitting after garbage, which the next recovery would then classify as mid-file corruption.

**One more trap**: preallocation. If you \`fallocate\` the manifest to avoid metadata updates, the tail is zeros, not EOF, so your "end" test must treat a zero length field as end-of-log.`],
  ['rename-fn', 'haiku', `cool. tiny thing, clippy is complaining about my function name \`ReadManifestRecords\` ("should have a snake case name"). what's the rust naming convention for fns vs types again`,
    `Rust conventions (from the API guidelines, enforced by the \`non_snake_case\` / \`non_camel_case_types\` lints):

- Functions, methods, variables, modules: \`snake_case\` → \`read_manifest_records\`
- Types, traits, enum variants: \`UpperCamelCase\` → \`ManifestRecord\`, \`VersionEdit\`
- Constants and statics: \`SCREAMING_SNAKE_CASE\` → \`MAX_RECORD_LEN\`
- Lifetimes: short lowercase → \`'a\`

So rename the function to \`read_manifest_records\` and clippy will be happy.`],
  ['concurrent-flush', 'opus', `last thing and this is the one I'm actually stuck on. I now run memtable flushes (to L0) on one thread and L0->L1 compaction on another, both appending version edits to the manifest under a mutex. compaction picks its input files from a snapshot of the version at start, runs for seconds, then logs "remove A,B,C add X,Y". meanwhile a flush may have added L0 file D. sometimes after recovery, reads return an OLD value for a key: looks like a newer value in D got shadowed by X. D's key range overlaps X's. what is the actual bug and how do real engines avoid it? I think it's about sequence numbers but I can't pin it down`],
]);

const kombucha = chat('m10-kombucha', [
  ['start', 'sonnet', `got a SCOBY from a coworker (came in like a cup of liquid). want to make my first batch of kombucha, I have a 1 gallon glass jar. what do I do step by step, and how do I know if it's gone bad vs normal weird?`,
    `Nice, a SCOBY plus starter liquid from someone's active batch is the best way to start. Here's a first batch for a 1-gallon jar.

**You need**
- 14 cups (3.3 L) water
- 1 cup plain white sugar
- 8 bags black or green tea (plain, no oils or flavourings like Earl Grey)
- The SCOBY and at least 1-2 cups of the liquid it came in (starter tea)
- A tightly woven cloth or paper towel and a rubber band

**Steps**
1. Boil about 4 cups of the water, take it off the heat, stir in the sugar until dissolved, and steep the tea bags 10-15 minutes. Remove the bags.
2. Add the rest of the water (cold), so the sweet tea cools to room temperature. **Never add the SCOBY to warm tea**; above about 30 °C / 85 °F it can kill the culture.
3. Pour into the jar, add the starter liquid, and slide the SCOBY in. It may float, sink, or sit sideways; all fine.
4. Cover with the cloth and rubber band (it needs air, and the cloth keeps fruit flies out).
5. Leave somewhere warm-ish (ideally 22-27 °C / 72-80 °F), out of direct sun, for 7-10 days. From day 6, taste with a straw: it's ready when it's only slightly sweet and pleasantly tart.
6. Save 2 cups of the finished kombucha and the SCOBY for the next batch; bottle the rest.

**Normal weird**
- A new, thin, pale layer forming on top (that's a new SCOBY) – great sign.
- Brown stringy bits hanging down, dark spots, lumpy or bubbly texture – yeast, normal.
- A vinegary smell.

**Actually bad**
- **Fuzzy, dry, raised spots** that look like bread mould – white, green, blue or black and fuzzy. Throw out the whole batch *and* the SCOBY, clean the jar.
- Smells rotten or cheesy rather than sour.

Mould is rare if your starter liquid is acidic enough, which is why adding the cup or two of starter matters.`],
  ['f2', 'haiku', `ok it's been 8 days and it tastes good! people online keep saying "F2". what's that`,
    `F2 is the **second fermentation**: you bottle the finished kombucha with a bit of fruit or juice, seal it, and leave it at room temperature for 2-4 days so the yeast eats that extra sugar and makes it fizzy. Then you refrigerate it to stop fermentation.

- Use bottles rated for pressure (swing-top "Grolsch-style" bottles are popular).
- Add about 1-2 tablespoons of juice or a few pieces of fruit per 500 ml bottle (ginger + lemon, strawberry, mango are popular).
- Leave a little headspace, and "burp" a bottle after day 2 to check the fizz; fruit-heavy bottles can build up a lot of pressure.

F1 is what you just did (sweet tea + SCOBY, open jar); F2 is the sealed, flavoured, fizzy step.`],
  ['scale', 'haiku', `my friend wants to try too but she only has a 2 litre jar. can you scale the recipe down for her? just the amounts`],
]);

const django = chat('m10-django-nonnull', [
  ['migration', 'sonnet', `Django 4.2 + Postgres 15. I need to add a required field \`region = models.CharField(max_length=8)\` to our \`Order\` model. The orders table has ~60M rows and gets a few hundred writes/sec. When I ran makemigrations it asked me for a one-off default. Last time someone did AddField with a default on a big table here, the site went down for 10 minutes. How should I do this safely?`,
    `The outage last time was almost certainly the \`AddField\` with a default. On Postgres 11+, adding a column with a constant default is actually instant (it's stored in the catalog), but Django before 5.0 doesn't keep the DB default: it adds the column with the default, then immediately runs \`ALTER COLUMN ... DROP DEFAULT\`, and if the field is NOT NULL and the old code path was a backfill, you get a full table rewrite or a long lock. Plus any \`ALTER TABLE\` needs an \`ACCESS EXCLUSIVE\` lock, and if it waits behind a long-running query, every other query on \`orders\` queues behind *it*. That's usually the real outage.

Do it in three deploys:

**Deploy 1 – nullable column, code writes it**
${F}python
region = models.CharField(max_length=8, null=True, blank=True)
${F}
The migration is a plain \`ADD COLUMN region varchar(8) NULL\`, which is metadata-only. Set a lock timeout so it fails fast instead of queueing the world:
${F}python
class Migration(migrations.Migration):
    atomic = True
    operations = [
        migrations.RunSQL("SET LOCAL lock_timeout = '3s'", migrations.RunSQL.noop),
        migrations.AddField("orders", "region", models.CharField(max_length=8, null=True, blank=True)),
    ]
${F}
Update the code so every new or updated order sets \`region\`.

**Backfill – in batches, outside a migration**
${F}python
from django.db import connection
BATCH = 5000
while True:
    with connection.cursor() as c:
        c.execute("""
            UPDATE orders SET region = derive_region(shipping_country)
            WHERE id IN (SELECT id FROM orders WHERE region IS NULL LIMIT %s)
        """, [BATCH])
        if c.rowcount == 0:
            break
    time.sleep(0.1)
${F}
(Replace \`derive_region\` with however you compute it, in SQL or Python.) Small batches keep row locks short and let autovacuum keep up; watch replication lag if you have replicas.

**Deploy 2 – enforce NOT NULL without a long lock**
\`SET NOT NULL\` scans the whole table under ACCESS EXCLUSIVE. Avoid that with a validated CHECK constraint first:
${F}sql
ALTER TABLE orders ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_region_not_null;  -- only SHARE UPDATE EXCLUSIVE
ALTER TABLE orders ALTER COLUMN region SET NOT NULL;            -- PG12+: uses the constraint, no scan
ALTER TABLE orders DROP CONSTRAINT orders_region_not_null;
${F}
Wrap that in a \`RunSQL\` with \`state_operations=[AlterField(... null=False)]\` so Django's model state matches.`],
  ['state-ops', 'sonnet', `ok that makes sense. can you write out the actual migration file for deploy 2 with the RunSQL + state_operations thing? app label is "orders", previous migration is 0087_order_region_nullable. I've never used state_operations`,
    `Here it is. \`SeparateDatabaseAndState\` is the cleanest way to say "run this SQL against the database, but tell Django's migration state that the field changed like this":

${F}python
# orders/migrations/0088_order_region_not_null.py
from django.db import migrations, models


class Migration(migrations.Migration):
    # VALIDATE CONSTRAINT can take a while on 60M rows; don't hold one transaction around everything.
    atomic = False

    dependencies = [
        ("orders", "0087_order_region_nullable"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    sql="""
                        SET lock_timeout = '3s';
                        ALTER TABLE orders_order
                            ADD CONSTRAINT orders_region_not_null CHECK (region IS NOT NULL) NOT VALID;
                    """,
                    reverse_sql="ALTER TABLE orders_order DROP CONSTRAINT IF EXISTS orders_region_not_null;",
                ),
                migrations.RunSQL(
                    sql="ALTER TABLE orders_order VALIDATE CONSTRAINT orders_region_not_null;",
                    reverse_sql=migrations.RunSQL.noop,
                ),
                migrations.RunSQL(
                    sql="""
                        SET lock_timeout = '3s';
                        ALTER TABLE orders_order ALTER COLUMN region SET NOT NULL;
                        ALTER TABLE orders_order DROP CONSTRAINT orders_region_not_null;
                    """,
                    reverse_sql="ALTER TABLE orders_order ALTER COLUMN region DROP NOT NULL;",
                ),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name="order",
                    name="region",
                    field=models.CharField(max_length=8),
                ),
            ],
        ),
    ]
${F}

Notes:
- The table name is \`orders_order\` (app label + model name) unless you set \`db_table\`; check with \`\\d orders_order\` in psql.
- \`atomic = False\` means each \`RunSQL\` runs on its own, so the VALIDATE doesn't sit in a transaction holding the lock from the first statement.
- If a \`SET lock_timeout\` step fails with "canceling statement due to lock timeout", just rerun the migration; every step is idempotent enough, apart from the ADD CONSTRAINT, which you can make safe with a \`DO\` block checking \`pg_constraint\` first.
- Change the model to \`region = models.CharField(max_length=8)\` in the same commit so \`makemigrations --check\` stays clean.`],
  ['sqlmigrate', 'haiku', `how do I print the SQL a migration will run without running it? want to paste it in the PR`,
    `Use \`sqlmigrate\`:

${F}bash
python manage.py sqlmigrate orders 0088
${F}

It prints the SQL for that migration against your configured database without applying it. Add \`--backwards\` to see the reverse SQL. For \`RunSQL\` operations it prints your SQL as written.`],
  ['debezium', 'opus', `new wrinkle from the data team. orders is captured by Debezium (pgoutput, logical replication slot) into Kafka, and the warehouse consumer does upserts keyed by id but ALSO a downstream Flink job computes per-region revenue from the change stream and assumes each order's region never changes once set. my batch backfill will emit 60M update events with region going null -> value, and during the backfill the app is also updating orders (status changes) which now carry region too. they're worried about: (1) the Flink job double-counting or attributing revenue to null region, (2) replication slot lag blowing up WAL on the primary (we have 200GB free, WAL is ~40GB/day normally), (3) ordering between my backfill update and a concurrent app update of the same row. what's the right way to run this backfill with CDC in the loop? I need a plan I can take to both teams`],
]);

const occupancy = chat('m10-occupancy-model', [
  ['explain', 'sonnet', `I'm doing an MSc on pine marten distribution. 60 camera trap sites, each surveyed for 6 one-week occasions, detection history is 0/1 per week. my supervisor said use an occupancy model in R (unmarked package) instead of just logistic regression on "ever detected". can you explain why, and show me how to set it up with forest cover as a site covariate and camera type as a detection covariate?`,
    `Your supervisor is pointing at the key problem with "ever detected": a site where martens live but the camera never caught one looks identical to a site with no martens. Logistic regression on detected / not detected therefore models *"present and detected at least once"*, mixing two processes:

- **Occupancy (ψ)**: is the species at the site at all?
- **Detection (p)**: given it's there, what's the chance a one-week occasion records it?

If detection varies with something (camera type, vegetation in front of the lens), a naive model will mistake "hard to detect here" for "absent here", and your forest effect can be biased. Repeated visits let the model separate the two: a site with detections in some weeks but not others tells you about p; sites never detected are a mixture of "unoccupied" and "occupied but missed every time", weighted by p.

**Setting it up in unmarked**

${F}r
library(unmarked)

# y: 60 x 6 matrix of 0/1 (NA for weeks a camera was down)
# site_covs: data.frame with one row per site
# camera: 60 x 6 matrix if camera type could change between weeks, else a site covariate
umf <- unmarkedFrameOccu(
  y = y,
  siteCovs = data.frame(forest = scale(site_covs$forest_cover)),
  obsCovs = list(camera = camera_matrix)
)

# double formula: ~ detection ~ occupancy
m0 <- occu(~ 1 ~ 1, data = umf)
m1 <- occu(~ camera ~ forest, data = umf)
summary(m1)

# back-transform: predicted occupancy along forest cover
nd <- data.frame(forest = seq(-2, 2, length.out = 50))
pred <- predict(m1, type = "state", newdata = nd)
${F}

A few things to check:
- **Scale continuous covariates** (as above), or the optimiser can struggle.
- **Goodness of fit**: the MacKenzie-Bailey test via \`AICcmodavg::mb.gof.test(m1, nsim = 1000)\`; a ĉ well above 1 suggests overdispersion.
- **Camera type as an observation covariate** only needs to be a matrix if it varies by week; if each site has one camera for all six weeks, put it in \`siteCovs\` and still use it in the detection formula.
- **Model selection**: compare a small candidate set with \`fitList\` + \`modSel\` (AIC), not a huge dredge.

With 60 sites and 6 occasions you have enough to estimate a couple of covariates on each part, but not many more.`],
  ['confounded', 'opus', `ran it. problem: the fancy cameras (Browning) were mostly put in the dense forest sites because that's where we expected martens, the cheap ones mostly in open sites. now in m1 forest effect on psi is huge with a massive SE, camera effect on p is weird too, and when I drop camera from detection the forest effect shrinks a lot. my supervisor says "it's just collinearity, report both". I feel like it's more than that. what is actually going on statistically and what can I legitimately conclude? I can't go back and redo the fieldwork`,
    `You're right that it's more than "collinearity, report both". What you have is **partial confounding between a state covariate and a detection covariate**, and occupancy models are particularly fragile there.

**Why.** The model separates ψ and p only through the pattern of detections across repeat visits *within* sites. Consider the sites never detected. The likelihood says each could be unoccupied (probability 1−ψ) or occupied but missed six times ((1−p)^6 ψ). If almost all cheap-camera sites are open and almost all Browning sites are dense forest, then "open sites have few detections" can be explained either by low ψ in open habitat or by low p for cheap cameras, and the data inform the split only through:
1. the few sites where camera type and habitat are "off-diagonal" (Browning in open, cheap in forest), and
2. the within-site detection frequency at occupied sites (sites with at least one detection tell you p directly).

If (1) is small and detections are sparse, the likelihood surface is a long ridge along "more forest effect ↔ more camera effect", which is why the SE explodes and dropping camera moves the forest estimate so much. It isn't a numerical nuisance; the data genuinely can't tell the two stories apart well.

**What to check**
- Cross-tab camera × habitat class, and count sites with ≥1 detection in each cell. That number is your effective information.
- Profile likelihood for the forest coefficient (\`confint(m1, type = "state", method = "profile")\`): a flat or asymmetric profile confirms a ridge.
- Naive per-occasion detection rate at *detected* sites by camera type. If Browning and cheap cameras look similar there, you have some evidence p doesn't differ much, which constrains the model.

**What you can legitimately do**
- Bring in outside information about p: camera trial results, manufacturer trigger speed, or published detection comparisons. As an informative prior in a Bayesian version (\`ubms\` or JAGS), this is honest and transparent, and often breaks the ridge.
- Report a **sensitivity analysis**: forest effect under (a) no camera effect on p, (b) the estimated camera effect, (c) a plausible range from the literature. If the forest effect is positive in all, that's a robust qualitative conclusion, even if the magnitude isn't.
- Be explicit that the design confounds habitat and camera, and that the magnitude of the forest effect is not identifiable from these data alone.

What you *shouldn't* do is pick the model with camera dropped because it gives a tidier result, or report m1's point estimate as if it meant something with that SE.`],
  ['cite', 'haiku', `can you turn this into an APA 7 reference: MacKenzie, Nichols, Lachman, Droege, Royle, Langtimm, 2002, Estimating site occupancy rates when detection probabilities are less than one, Ecology volume 83 issue 8 pages 2248-2255`,
    `MacKenzie, D. I., Nichols, J. D., Lachman, G. B., Droege, S., Royle, J. A., & Langtimm, C. A. (2002). Estimating site occupancy rates when detection probabilities are less than one. *Ecology, 83*(8), 2248–2255.

(APA 7 also wants a DOI if there is one: this paper's is https://doi.org/10.1890/0012-9658(2002)083[2248:ESORWD]2.0.CO;2 – double-check it against the journal page.)`],
  ['closure', 'opus', `examiner comment came back on my draft: "Six-week survey period is long relative to marten home range dynamics; closure assumption likely violated. Discuss consequences for psi and demonstrate robustness." I have no idea how to "demonstrate robustness". what does violating closure actually do to my estimates (specifically given my camera/forest confounding thing), and can you design me a simulation study I can realistically run in R in a week that answers the examiner? include what to simulate, which scenarios, and what to report`],
]);

const gridColour = chat('m10-grid-colouring', [
  ['problem', 'opus', `practising for BMO2. stuck on this: "Each cell of a 2025 x 2025 grid is coloured red or blue. A 2x2 square is called 'balanced' if it contains exactly two red cells. Find the maximum possible number of balanced 2x2 squares." I can get every 2x2 balanced with a checkerboard... wait that gives all of them, so that's trivial?? I think I'm misreading. Oh the actual problem says "exactly two red cells AND they are not adjacent" (i.e. diagonal). can you solve that version`,
    `With the extra condition, a balanced square is one whose two red cells sit on a diagonal: the square looks like a little checkerboard. Let's find the maximum.

**Reformulate.** Write the colour of cell (i, j) as c(i,j) ∈ {0, 1} (1 = red) and define d(i,j) = c(i,j) XOR ((i + j) mod 2), i.e. compare with a fixed checkerboard. A 2×2 square is a diagonal-pair square exactly when it agrees with the checkerboard everywhere or disagrees everywhere, i.e. when d is constant on its four cells.

So the question becomes: colour the grid with d ∈ {0,1} to maximise the number of 2×2 squares on which d is constant. Taking d constant everywhere (i.e. the checkerboard itself) makes **every** 2×2 square balanced: 2024² of them.

So the modified version is also trivial: the checkerboard has two red cells on a diagonal in every 2×2 square. That suggests the condition you've remembered still isn't the real one. Common versions of this problem are:

1. "exactly two red cells, **adjacent**" (a domino of red): then the checkerboard gives zero, and the answer is non-trivial.
2. "each **row and column** has exactly k red cells" plus a balanced condition.
3. "a 2×2 square is balanced if it contains exactly two red cells, and the **total number of red cells is fixed**".

For version 1: colour in stripes (whole rows alternating red/blue, or whole columns). Then every 2×2 square contains one full row of red (two adjacent red cells) and one full row of blue, so all 2024² squares are balanced again. Also trivial.

Could you check the exact wording? If it's from a past paper, the year and question number would settle it; the interesting versions usually add a global constraint (like a fixed number of red cells, or "no two red cells share a side" globally), which is what forces a real extremal argument.`],
  ['real-version', 'opus', `sorry my bad, found the paper. real wording: "Each cell of an n x n grid (n >= 2) is coloured red or blue such that no 2x2 square is monochromatic. Find, in terms of n, the maximum number of red cells." I think the answer is something like n^2 - (n/2)^2 for even n but I can't prove the upper bound or handle odd n`,
    `Good, this one has real content. Let's write N = n for the grid and find max red cells when no 2×2 square is all red or all blue. (Only the "no all-blue square" part limits red cells; "no all-red" is the binding one. Let me set it up carefully.)

**Upper bound via disjoint squares.** Partition as much of the grid as possible into disjoint 2×2 blocks. For even n there are (n/2)² of them, and each must contain at least one blue cell (it can't be all red). So there are at least (n/2)² blue cells and

  red ≤ n² − (n/2)² = 3n²/4.

**Construction for even n.** Make cell (i,j) blue exactly when i and j are both even (1-indexed). Every 2×2 square contains exactly one cell with both coordinates even, so it has exactly one blue cell: not all red, and certainly not all blue. Red cells: n² − (n/2)². So for even n the answer is **3n²/4**, and your guess is right.

**Odd n = 2m + 1.** The same construction (blue iff both coordinates even) gives m² blue cells; every 2×2 square still contains exactly one cell with both coordinates even, so it works, with red = n² − m² = n² − ((n−1)/2)².

For the upper bound, the disjoint-blocks argument only uses an m × m array of blocks covering a 2m × 2m subgrid, which gives at least m² blue cells, matching. So for odd n the maximum is

  **n² − ((n − 1)/2)²**,

and both cases combine as n² − ⌊n/2⌋².

**Check small cases.** n = 2: 4 − 1 = 3 red (one blue cell). n = 3: 9 − 1 = 8 red: blue in the centre only, and every 2×2 square of the 3×3 grid contains the centre. ✓

For the write-up: state the partition into ⌊n/2⌋² disjoint 2×2 squares, note each contains a blue cell, then give the construction and verify that each 2×2 square contains exactly one cell with both coordinates even (the four cells have both parities in each coordinate).`],
  ['latex', 'haiku', `perfect that actually makes sense now. can you give me the final answer as a single LaTeX line I can paste in my notes`,
    `${F}latex
\\max \\#\\{\\text{red cells}\\} = n^2 - \\left\\lfloor \\tfrac{n}{2} \\right\\rfloor^2
${F}`],
  ['follow-up', 'opus', `ok my teacher gave a harder follow-up: same grid, same "no monochromatic 2x2" rule, but now count colourings. "Find the number of colourings of an n x n grid with no monochromatic 2x2 square" — he says there's a closed form?? I tried n=2 (14 = 16 - 2) and n=3 by hand and got lost. is there really a closed form, and if so derive it`],
]);

const candles = chat('m10-candle-shop', [
  ['pricing', 'sonnet', `I make soy candles and sell on Etsy + 2 local craft fairs a month. Costs per 8oz candle: wax $1.10, fragrance oil $1.35, wick 0.12, jar + lid 2.40, label 0.25, box 0.60. I spend about 20 min per candle including pouring, curing checks and packing. currently selling at $18 and barely making anything after Etsy fees and I don't get why. can you help me figure out a sensible price?`,
    `Let's lay out where the money actually goes, because at $18 the fees and your time are eating nearly everything.

**Materials per candle**
| Item | Cost |
|---|---|
| Wax | $1.10 |
| Fragrance oil | $1.35 |
| Wick | $0.12 |
| Jar + lid | $2.40 |
| Label | $0.25 |
| Box | $0.60 |
| **Total** | **$5.82** |

**Etsy fees on an $18 sale** (US, roughly): $0.20 listing fee, 6.5% transaction fee ($1.17), payment processing about 3% + $0.25 ($0.79). That's about **$2.16**, and more if the buyer pays shipping (Etsy's 6.5% applies to shipping too) or if the sale came through Offsite Ads (another 12-15%).

**What's left at $18**: 18 − 5.82 − 2.16 = **$10.02** for 20 minutes of your time, i.e. about $30/hour *before* things you haven't counted: failed pours, test batches, craft-fair table fees, your car, photos, packaging tape, the hours at the fair itself, and self-employment tax. Realistically, once those are in, you're probably at $10-15/hour.

**A standard way to price handmade goods**
- Materials + labour = cost. If you want $25/hour: $5.82 + $8.33 = **$14.15**.
- Add overhead (10-20%) for breakage, samples, supplies: about **$16.50**.
- Wholesale price ≈ cost × 1.5-2 → **$25**.
- Retail ≈ wholesale × 2 → **$40-50**.

That retail number will feel scary, but small-batch soy candles in an 8oz jar commonly sell for $28-38. A realistic move:

1. **Raise to $28** on Etsy and at fairs. Watch conversions for a month; most makers find sales drop less than they fear.
2. **Cut the box** for fair sales (save $0.60) and offer it as a gift option online.
3. **Buy jars and fragrance in bulk** once volume allows: jars are your biggest cost, and case pricing often cuts them by 30-40%.
4. Offer a **3-for-$75** fair bundle: it raises average order value while feeling like a deal.

At $28, after materials and fees (about $3.10), you keep about $19 per candle, roughly double what you keep now.`],
  ['description', 'haiku', `ok going to $28. can you tighten up my listing description, it's too long: "This beautiful hand poured soy candle is made in small batches in my home studio in Asheville North Carolina with love and care. It has a cotton wick that burns clean and the scent is a lovely combination of fig, cedar and a little bit of black pepper which makes it perfect for fall and winter evenings curled up with a book. 8oz jar, burns approximately 45 hours. Please trim your wick to 1/4 inch before each burn for best results."`,
    `Hand-poured in small batches in my Asheville, NC studio. Fig, cedar and a hint of black pepper – made for fall evenings with a good book.

• 8 oz soy wax, clean-burning cotton wick
• About 45 hours of burn time
• Trim the wick to 1/4" before each burn`],
  ['percent', 'haiku', 'what do I charge for the 3 pack if I want it 15% off the 3 x $28',
    `3 × $28 = $84. 15% off: $84 × 0.85 = **$71.40**. Many sellers round to **$72** or **$70** so it's an easy number at a fair.`],
  ['wholesale', 'sonnet', `whoa, a gift shop in Black Mountain emailed asking about wholesale, minimum order of 24 candles, they want to know my wholesale price and terms. I've never done wholesale. can you draft a reply with a price that still makes sense for me, and what terms I should ask for (payment, shipping, reorders)? I don't want to sound like an amateur`],
]);

const spsc = chat('m10-spsc-ring', [
  ['review', 'opus', `Reviewing a coworker's SPSC ring buffer in C11 for passing audio frames from a capture thread to an encoder thread (x86-64 now, ARM64 soon). Is this correct? Something about it bugs me.

${F}c
typedef struct {
    _Atomic size_t head;   // written by producer
    _Atomic size_t tail;   // written by consumer
    size_t cap;            // power of two
    frame_t *buf;
} ring_t;

bool ring_push(ring_t *r, const frame_t *f) {
    size_t h = atomic_load_explicit(&r->head, memory_order_relaxed);
    size_t t = atomic_load_explicit(&r->tail, memory_order_relaxed);
    if (h - t == r->cap) return false;
    r->buf[h & (r->cap - 1)] = *f;
    atomic_store_explicit(&r->head, h + 1, memory_order_relaxed);
    return true;
}

bool ring_pop(ring_t *r, frame_t *out) {
    size_t t = atomic_load_explicit(&r->tail, memory_order_relaxed);
    size_t h = atomic_load_explicit(&r->head, memory_order_acquire);
    if (h == t) return false;
    *out = r->buf[t & (r->cap - 1)];
    atomic_store_explicit(&r->tail, t + 1, memory_order_release);
    return true;
}
${F}`,
    `Your instinct is right: it's broken, and it's the kind of broken that works on x86-64 and fails on ARM64.

**Bug 1: the producer publishes with relaxed.** \`ring_push\` writes the frame into \`buf\` and then stores \`head\` with \`memory_order_relaxed\`. The consumer loads \`head\` with acquire, but acquire only synchronises with a **release** store (or a release fence). With a relaxed store there is no happens-before edge, so the consumer can see the new \`head\` and still read a stale or half-written frame. That's a data race on \`buf\`, i.e. undefined behaviour.

On x86-64, stores aren't reordered with other stores (TSO), and the compiler rarely moves the frame copy below the store here, so it "works". On ARM64, the frame copy and the \`head\` store can become visible to the other core in either order.

Fix:
${F}c
atomic_store_explicit(&r->head, h + 1, memory_order_release);
${F}

**Bug 2: the producer reads \`tail\` with relaxed.** The consumer stores \`tail\` with release *after* copying the frame out. The producer needs acquire on \`tail\` so that, once it sees the slot as free, the consumer's read of that slot happened-before the producer overwrites it. With relaxed, the producer could overwrite a slot the consumer is still copying (the reads of \`*out\` are not ordered before the producer's writes). Fix:
${F}c
size_t t = atomic_load_explicit(&r->tail, memory_order_acquire);
${F}

**The loads of your own index can stay relaxed**: the producer is the only writer of \`head\`, and the consumer the only writer of \`tail\`.

**Other things worth fixing while you're there**
- **False sharing**: \`head\` and \`tail\` are adjacent, so every push and pop bounces the same cache line between cores. Put each on its own 64-byte line (128 on Apple M-series, where the prefetcher pulls in pairs):
${F}c
typedef struct {
    alignas(64) _Atomic size_t head;
    alignas(64) _Atomic size_t tail;
    alignas(64) size_t cap;
    frame_t *buf;
} ring_t;
${F}
- **Cache the other side's index**: keep a producer-local copy of \`tail\` and only reload it when the ring looks full (and vice versa). That removes most cross-core traffic.
- **Frame size**: if \`frame_t\` is big (audio frames often are), copying by value inside push/pop is fine for correctness, but consider handing out slot pointers (\`ring_reserve\` / \`ring_commit\`) to avoid a copy.
- **Overflow**: \`size_t\` indices that only increase and are masked are fine; wraparound at 2^64 is not a practical concern, and \`h - t\` stays correct through unsigned wraparound anyway.

To catch this class of bug, run the tests under ThreadSanitizer; it reports the race on \`buf\` with the original code.`],
  ['header', 'haiku', 'which header do I need for alignas in C11? compiler says implicit declaration',
    `Include \`<stdalign.h>\`:

${F}c
#include <stdalign.h>
${F}

In C11, the keyword is \`_Alignas\`, and \`<stdalign.h>\` defines the \`alignas\` macro for it. (In C23, \`alignas\` is a keyword and the header isn't needed.)`],
  ['batch-pop', 'opus', `we applied your fixes, tsan is clean. now the encoder wants to pop up to N frames at once to encode in a batch, and the capture side wants to push without ever blocking (drop oldest frame if full, because stale audio is worse than a gap). my coworker's idea: on full, the producer advances tail itself to overwrite the oldest. but tail is the consumer's variable. is there a correct lock-free way to get drop-oldest semantics with SPSC + batch pop, or do we need a different design? we really can't block or take a mutex in the capture callback (realtime thread)`,
    `Letting the producer write \`tail\` breaks the single-writer property the whole design relies on, and it's not a small break: the consumer may be mid-copy of the oldest slot when the producer advances \`tail\` and overwrites it, and the consumer's own \`tail\` store will then move \`tail\` *backwards* or skip entries. You'd need a CAS on \`tail\` from both sides, and even then the producer can overwrite data the consumer has already started copying; there's no way to detect that after the fact without a per-slot sequence number.

Options that do work without blocking the capture thread:

**1. Drop-newest instead (simplest).** On full, the producer drops the *incoming* frame and bumps an atomic \`dropped\` counter. For audio the practical difference is small if the ring holds, say, 50-100 ms: you lose the most recent frames instead of the oldest ones, and the consumer learns about the gap from the counter. Zero extra complexity.

**2. Consumer-side staleness drop.** Keep the SPSC ring (producer never writes \`tail\`, pushes fail when full, producer counts drops) *and* let the consumer skip stale frames: each frame carries a capture timestamp; when the consumer pops a batch, it discards frames older than its latency budget. This gives you "stale audio is worse than a gap" semantics where it matters, at the consumer, while the producer stays wait-free.

**3. Per-slot sequence numbers (Vyukov-style) with overwrite.** If you truly need drop-oldest at the producer: each slot has an \`_Atomic uint64_t seq\`. The producer writes slot \`h\` as: \`seq = odd (writing)\`, copy, \`seq = 2*h + 2\` (release). The consumer reads \`seq\` (acquire), copies, re-reads \`seq\`; if it changed or is odd, the frame was overwritten while reading: discard it and resynchronise \`tail\` to \`head - cap + 1\`. That's a seqlock per slot. It's lock-free and wait-free for the producer, but the consumer's copy is speculative (it may read torn data that it then throws away), which in C11 is technically a data race unless the frame copy uses relaxed atomic loads, e.g. copying word by word with \`atomic_load_explicit(..., memory_order_relaxed)\`.

**Batch pop** is easy in options 1 and 2: read \`head\` once (acquire), pop \`min(N, head - tail)\` frames, then one release store of \`tail\`. The producer sees the space free up all at once, which is fine.

My recommendation: option 2. It keeps the proven SPSC structure, the realtime thread does one acquire load, a copy and a release store, and the staleness policy lives in the encoder where you can tune it.`],
  ['readme', 'sonnet', `going with option 2. can you write the doc comment / README section for ring.h explaining the threading contract (who calls what, what's safe, drop counter semantics, batch pop), so the next person doesn't "fix" it back? keep it practical`],
]);

const meetup = chat('m10-meetup-schedule', [
  ['cfp', 'sonnet', `I organise a yearly community conference for our local Python user group (PyLeeds, ~250 attendees, one day, Saturday 14 June, at the Leeds Trinity venue, 3 rooms). Can you write the call for proposals post for our website? talks are 25 or 40 min, we want first-time speakers especially, deadline 31 March, we have a code of conduct, and we can cover travel for speakers from within the UK`,
    `# PyLeeds 2025: Call for Proposals

**Saturday 14 June · Leeds Trinity · Submissions close 31 March**

PyLeeds is back for another day of talks, hallway conversations and far too much coffee, and we want to hear from **you**.

We're a community-run, one-day conference for around 250 Python folks from across Yorkshire and beyond, with three rooms of talks running through the day. Whether you've been writing Python for fifteen years or fifteen weeks, if you've learned something you think others would enjoy, we'd love to see a proposal.

## First time speaking? Perfect.

We especially want to hear from people who have never given a conference talk. Every first-time speaker who asks will be paired with an experienced **mentor** who can help with your proposal, your slides and a practice run. Not sure if your idea is "good enough"? Send it anyway, or email us and we'll talk it through.

## What we're looking for

Talks on anything Python-related, for example:
- Things you built, and what went wrong along the way
- Data, science and research with Python
- Web, APIs and deployment
- Testing, tooling and packaging
- Teaching, learning and community
- Python in unexpected places: hardware, art, music, your allotment

## Formats

- **25-minute talks** (20 minutes plus questions), great for a first talk
- **40-minute talks** (35 minutes plus questions), for deeper dives

## Support for speakers

- Free ticket for all speakers
- **Travel costs covered for speakers travelling from within the UK** (standard-class rail or equivalent; just keep your receipts)
- Mentoring for anyone who wants it
- A quiet speaker room on the day

## Code of conduct

PyLeeds is dedicated to a harassment-free experience for everyone. All speakers, attendees, sponsors and volunteers agree to follow our [Code of Conduct](#). Please read it before submitting.

## How to submit

Submit through our [CFP form](#) by **23:59 on 31 March**. You'll need a title, a short abstract (for the programme), a longer description for the review team, and the format you prefer. We'll let everyone know by the end of April.

Questions? Email **talks@pyleeds.org** or find us on the PyLeeds Discord.

We can't wait to read your ideas!`],
  ['csv', 'haiku', `CFP closed, we accepted 27 talks. here's the list from the form export, can you make it a CSV with columns title,speaker,length_min,level:

"Pandas without tears" - Amira Shah - 40 - beginner
"Async for people who hate async" - Tom Bell - 25 - intermediate
"Type hints at scale: 2 years of mypy at a fintech" - Kasia Nowak - 40 - intermediate
"Micropython on the allotment" - Gareth Jones - 25 - beginner
"How CPython's dict got fast" - Priya Raman - 40 - advanced
"Teaching Python to year 9s" - Lou Parker - 25 - beginner
"Polars vs pandas: an honest benchmark" - Daniel Osei - 25 - intermediate
"Packaging in 2025: a field guide" - Hannah Clarke - 40 - intermediate
"Writing a Django app your future self will thank you for" - Sam Ali - 40 - intermediate
"Property-based testing with Hypothesis" - Ruth Evans - 25 - intermediate
(+17 more in the same format, I'll paste them after)`,
    `${F}csv
title,speaker,length_min,level
Pandas without tears,Amira Shah,40,beginner
Async for people who hate async,Tom Bell,25,intermediate
"Type hints at scale: 2 years of mypy at a fintech",Kasia Nowak,40,intermediate
Micropython on the allotment,Gareth Jones,25,beginner
How CPython's dict got fast,Priya Raman,40,advanced
Teaching Python to year 9s,Lou Parker,25,beginner
"Polars vs pandas: an honest benchmark",Daniel Osei,25,intermediate
"Packaging in 2025: a field guide",Hannah Clarke,40,intermediate
Writing a Django app your future self will thank you for,Sam Ali,40,intermediate
Property-based testing with Hypothesis,Ruth Evans,25,intermediate
${F}

Titles containing a colon are quoted to be safe for tools that are picky; titles with commas would need quoting too. Paste the other 17 and I'll add them.`],
  ['schedule', 'opus', `ok now the hard part and I've been going round in circles for 2 days. build the actual schedule. constraints:
- 3 rooms: Main (250), Room B (80), Room C (40)
- day runs 9:30-17:30, keynote in Main 9:30-10:15 (nothing else then), lunch 12:30-13:30 everywhere, 15 min changeover between every slot, closing lightning talks Main 16:45-17:30 (nothing else then)
- 27 talks: 11 x 40min, 16 x 25min (the 10 above plus 17 more; of all 27, seven are beginner talks: Amira, Gareth, Lou and four more 25 min ones)
- all 40 min talks must fit in slots where the room's slot is 40 min; 25 min talks can go in a 40 slot but it wastes time, try to avoid
- beginner talks should never clash with each other (we have a beginner track promise on the website)
- the 3 advanced talks (Priya, plus "GIL-free Python in practice" by Marek Zielinski, "Writing a C extension in Rust with PyO3" by Chen Wei) must not clash with each other, and not be in Room C
- Tom Bell and Ruth Evans are a couple with a kid, they need to NOT be speaking at the same time, and both want to be done before 15:00
- Hannah Clarke can only arrive at 11:00 (train)
- Gareth's talk needs the room with a window/outside access (only Room B) for a live demo
- try to put the most popular talks (dict, polars, async, packaging by the form's interest votes) in Main
is this even feasible? if yes give me the grid, if not tell me which constraint to relax with the least damage`,
    `Before any of the speaker constraints come in, the timetable itself can't hold 27 talks, so it's worth seeing that first.

**Capacity per room**
- Morning, 10:30 (keynote ends 10:15, plus changeover) to 12:30 = 120 minutes. The most that fits is three talks: 40 + 15 + 25 + 15 + 25 = 120. Two 40s fit (40 + 15 + 40 = 95) but then nothing else does.
- Afternoon, 13:30 to 16:30 (Main must be clear 15 minutes before the 16:45 closing, and nothing runs in B or C during it) = 180 minutes. The most is four talks: 40 + 15 + 40 + 15 + 25 + 15 + 25 = 175.

So each room holds at most **7 talks**, of which at most **3 can be 40-minute** (one in the morning, two in the afternoon). Three rooms: **21 talks, at most 9 of them 40 minutes**. You have 27 talks, 11 of them 40 minutes. It's infeasible before we even look at Tom, Ruth, Hannah or the beginner track.

Shortening changeovers to 10 minutes doesn't rescue it (still 7 per room), and neither does a 45-minute lunch.

**Ways to relax, least damage first**
1. **Move six 25-minute talks into the closing session as 5-minute lightning talks**, or ask them to give 10-minute versions in an extended closing. You keep every speaker, lose no room time, and the closing gets stronger. You'd still need two 40-minute talks shortened to 25 (ask the two with the fewest interest votes).
2. **Start at 9:00** (keynote 9:00-9:45): the morning then fits four 25-minute talks per room, +3 talks in total.
3. **Open a fourth space** (even a 30-seat seminar room) for the afternoon: +4 talks.

Options 2 + 3 together get you to 28 slots, enough for all 27 with one 40→25 change. Tell me which you can do and I'll build the full grid with every constraint checked.`],
  ['sorry-note', 'haiku', `ugh ok. we'll do option 1: six of the 25 min speakers move to the closing session as lightning talks. can you write a short friendly message to those six apologising and explaining? couple of sentences, we'll still cover their travel`],
]);

const iceland = chat('m10-iceland-ringroad', [
  ['plan', 'sonnet', `me and my partner want to do the Iceland ring road in 10 days in early September, renting a car from KEF. we like hiking, hot springs, not super into expensive tours, budget is tight-ish. can you make a day by day plan with rough driving times? we'd rather not drive more than 4-5h a day`,
    `Early September is a great time: still long days (about 13-14 hours of light), most highland roads still open, fewer crowds than July, and a first chance at northern lights. Here's a counter-clockwise loop that keeps most days under 4-5 hours of driving.

**Day 1 – KEF → Reykjavík → Borgarnes area (about 1.5 h)**
Pick up the car, groceries at Bónus or Krónan (much cheaper than petrol-station food), wander Reykjavík, sleep near Borgarnes.

**Day 2 – Snæfellsnes peninsula (about 3 h of loops)**
Kirkjufell, Arnarstapi–Hellnar coastal walk (2.5 km each way), Djúpalónssandur beach. Sleep on the peninsula or back at Borgarnes.

**Day 3 – To the north: Hvammstangi → Akureyri (about 4.5 h)**
Stop at Hvítserkur rock and Glaumbær turf farm. Akureyri for the night.

**Day 4 – Mývatn (about 1.5 h)**
Goðafoss on the way. Hverfjall crater hike (1 h), Dimmuborgir lava fields, Hverir geothermal area, and **Mývatn Nature Baths** in the evening (cheaper than the Blue Lagoon).

**Day 5 – Dettifoss → Egilsstaðir (about 3 h)**
Dettifoss and Selfoss (east side road 864 is gravel; west side 862 is paved). Egilsstaðir for the night.

**Day 6 – East Fjords → Höfn (about 4 h)**
Coastal route 1 via Fáskrúðsfjörður and Djúpivogur. Stunning and quiet.

**Day 7 – Höfn → Jökulsárlón → Skaftafell (about 2 h)**
Jökulsárlón glacier lagoon and Diamond Beach, then the Svartifoss hike in Skaftafell (1.5-2 h return).

**Day 8 – Skaftafell → Vík (about 2.5 h)**
Fjaðrárgljúfur canyon, Reynisfjara black sand beach (stay well away from the waves: sneaker waves kill people there).

**Day 9 – South coast → Golden Circle (about 3 h)**
Skógafoss, Seljalandsfoss (walk behind it), Kvernufoss. Sleep near Flúðir and soak at the **Secret Lagoon**.

**Day 10 – Golden Circle → KEF (about 3 h)**
Gullfoss, Geysir, Þingvellir, then back to the airport.

**Money-savers**
- A small 2WD is enough for route 1 in September; don't pay for 4x4 unless you want F-roads.
- Hot springs: Reykjadalur (free hot river, 1 h hike from Hveragerði) and Seljavallalaug (free pool, 20 min walk) instead of the paid lagoons, or in addition.
- Campsites or guesthouse rooms with shared kitchens; book now, September still sells out in the east.
- Fill up at N1/Orkan with a prepaid card; stations in the east can be far apart.`],
  ['campervan', 'haiku', 'would a campervan be cheaper than car + guesthouses? like roughly',
    `Roughly, for 10 days in September for two people:

- **Car + guesthouses**: small car about $500-700 + guesthouses $120-180/night × 9 = **$1,600-2,300**
- **Campervan + campsites**: small 2-person campervan about $900-1,400 + campsites $15-25 per person per night (about $300-450) = **$1,200-1,850**

So a campervan usually saves a few hundred dollars and gives you more flexibility, at the cost of comfort (cold nights in September, possibly 2-5 °C). Wild camping in a campervan is not allowed in Iceland, so budget for campsites.`],
  ['kr', 'haiku', 'whats 1 usd in isk roughly and should we bring cash',
    `Roughly **1 USD ≈ 135-140 ISK** (check the current rate before you go).

No need for cash: almost everything in Iceland takes cards, including campsites, parking meters and remote petrol stations, and tap-to-pay is everywhere. A card with no foreign-transaction fees is the main thing. Some people keep a small amount of ISK for honesty boxes at a few remote toilets and farm stalls, but it's optional.`],
  ['weather-change', 'sonnet', `update: forecast for our days 5-7 shows a big storm over the east (yellow warning, gusts 30 m/s) and we're on day 3 in Akureyri now. we have the campervan. what do we do, can we reshuffle the route so we don't lose the south coast stuff? we fly out of KEF on day 10 regardless`],
]);

const invoices = chat('m10-fastapi-invoices', [
  ['scaffold', 'sonnet', `I'm a solo dev building a small invoicing SaaS for freelancers. stack: FastAPI, SQLAlchemy 2.0 (async), Postgres, Alembic. can you scaffold the basics: Client and Invoice models (invoice has line items, status draft/sent/paid, due date, currency), and CRUD endpoints for invoices? keep it in a sensible project layout`,
    `Here's a compact layout that will grow without turning into one giant file:

${F}
app/
  main.py
  db.py
  models.py
  schemas.py
  routers/
    invoices.py
alembic/
${F}

**app/db.py**
${F}python
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase
import os

engine = create_async_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)

class Base(DeclarativeBase):
    pass

async def get_session() -> AsyncSession:
    async with SessionLocal() as session:
        yield session
${F}

**app/models.py**
${F}python
import enum, uuid
from datetime import date
from decimal import Decimal
from sqlalchemy import ForeignKey, Numeric, String, Enum
from sqlalchemy.orm import Mapped, mapped_column, relationship
from .db import Base

class InvoiceStatus(str, enum.Enum):
    draft = "draft"
    sent = "sent"
    paid = "paid"

class Client(Base):
    __tablename__ = "clients"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    invoices: Mapped[list["Invoice"]] = relationship(back_populates="client")

class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    client_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"))
    status: Mapped[InvoiceStatus] = mapped_column(Enum(InvoiceStatus), default=InvoiceStatus.draft)
    currency: Mapped[str] = mapped_column(String(3))
    due_date: Mapped[date]
    client: Mapped[Client] = relationship(back_populates="invoices")
    items: Mapped[list["LineItem"]] = relationship(cascade="all, delete-orphan", lazy="selectin")

class LineItem(Base):
    __tablename__ = "line_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("invoices.id", ondelete="CASCADE"))
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[Decimal] = mapped_column(Numeric(12, 3))
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2))
${F}

**app/schemas.py**
${F}python
from datetime import date
from decimal import Decimal
from uuid import UUID
from pydantic import BaseModel, ConfigDict, Field
from .models import InvoiceStatus

class LineItemIn(BaseModel):
    description: str
    quantity: Decimal = Field(gt=0)
    unit_price: Decimal = Field(ge=0)

class InvoiceIn(BaseModel):
    client_id: UUID
    currency: str = Field(min_length=3, max_length=3)
    due_date: date
    items: list[LineItemIn]

class InvoiceOut(InvoiceIn):
    model_config = ConfigDict(from_attributes=True)
    id: UUID
    status: InvoiceStatus
${F}

**app/routers/invoices.py**
${F}python
from uuid import UUID
from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from ..db import get_session
from ..models import Invoice, LineItem
from ..schemas import InvoiceIn, InvoiceOut

router = APIRouter(prefix="/invoices", tags=["invoices"])

@router.post("", response_model=InvoiceOut, status_code=201)
async def create_invoice(body: InvoiceIn, s: AsyncSession = Depends(get_session)):
    inv = Invoice(**body.model_dump(exclude={"items"}), items=[LineItem(**i.model_dump()) for i in body.items])
    s.add(inv)
    await s.commit()
    return inv

@router.get("/{invoice_id}", response_model=InvoiceOut)
async def get_invoice(invoice_id: UUID, s: AsyncSession = Depends(get_session)):
    inv = await s.get(Invoice, invoice_id)
    if inv is None:
        raise HTTPException(404, "invoice not found")
    return inv

@router.get("", response_model=list[InvoiceOut])
async def list_invoices(s: AsyncSession = Depends(get_session)):
    return (await s.scalars(select(Invoice).order_by(Invoice.due_date))).all()

@router.delete("/{invoice_id}", status_code=204)
async def delete_invoice(invoice_id: UUID, s: AsyncSession = Depends(get_session)):
    inv = await s.get(Invoice, invoice_id)
    if inv is None:
        raise HTTPException(404, "invoice not found")
    await s.delete(inv)
    await s.commit()
${F}

**app/main.py**
${F}python
from fastapi import FastAPI
from .routers import invoices

app = FastAPI(title="Invoicing")
app.include_router(invoices.router)
${F}

Then \`alembic init -t async alembic\`, point \`target_metadata = Base.metadata\` in \`alembic/env.py\`, and \`alembic revision --autogenerate -m "initial"\`. Money is \`Numeric\`, never float. Next steps would be an update endpoint that only allows editing drafts, and totals computed from line items.`],
  ['update', null, `nice. add the update endpoint (only drafts editable) and a computed total on InvoiceOut`,
    `Add a computed field to the output schema and a PUT that refuses anything but drafts:

${F}python
# schemas.py
from pydantic import computed_field

class InvoiceOut(InvoiceIn):
    model_config = ConfigDict(from_attributes=True)
    id: UUID
    status: InvoiceStatus

    @computed_field
    @property
    def total(self) -> Decimal:
        return sum((i.quantity * i.unit_price for i in self.items), Decimal("0")).quantize(Decimal("0.01"))
${F}

${F}python
# routers/invoices.py
@router.put("/{invoice_id}", response_model=InvoiceOut)
async def update_invoice(invoice_id: UUID, body: InvoiceIn, s: AsyncSession = Depends(get_session)):
    inv = await s.get(Invoice, invoice_id, with_for_update=True)
    if inv is None:
        raise HTTPException(404, "invoice not found")
    if inv.status is not InvoiceStatus.draft:
        raise HTTPException(409, "only draft invoices can be edited")
    inv.client_id, inv.currency, inv.due_date = body.client_id, body.currency, body.due_date
    inv.items = [LineItem(**i.model_dump()) for i in body.items]
    await s.commit()
    return inv
${F}

\`with_for_update\` stops a concurrent "mark as sent" from racing the edit. Because \`items\` has \`delete-orphan\`, replacing the list deletes the old rows.`],
  ['alembic', null, 'what do I run to make the migration for the new stuff',
    `From the project root:

${F}bash
alembic revision --autogenerate -m "invoice totals and update"
alembic upgrade head
${F}

Always open the generated file before upgrading: autogenerate misses some things (renamed columns show up as drop + add, and enum changes need manual edits).`],
  ['pdf', null, `now I need PDF generation for an invoice: my logo top left, my business details, client details, line items table, total, payment instructions (IBAN). what library would you use with FastAPI and can you write the endpoint GET /invoices/{id}/pdf`,
    `I'd use **WeasyPrint**: you write the invoice as an HTML template with CSS (easy to make look good, easy to tweak later), and it renders to PDF. ReportLab is more control but much more code for a table layout.

${F}bash
pip install weasyprint jinja2
${F}
(On Debian/Ubuntu it needs Pango: \`apt install libpango-1.0-0 libpangoft2-1.0-0\`.)

**app/templates/invoice.html**
${F}html
<!doctype html>
<html><head><meta charset="utf-8"><style>
  @page { size: A4; margin: 18mm; }
  body { font-family: "Inter", sans-serif; font-size: 10pt; color: #222; }
  header { display: flex; justify-content: space-between; }
  .logo { height: 48px; }
  table { width: 100%; border-collapse: collapse; margin-top: 24px; }
  th, td { padding: 6px 4px; border-bottom: 1px solid #ddd; text-align: left; }
  td.num, th.num { text-align: right; }
  .total { font-size: 13pt; font-weight: 600; text-align: right; margin-top: 12px; }
</style></head><body>
<header>
  <img class="logo" src="{{ logo_url }}">
  <div>{{ me.name }}<br>{{ me.address | replace("\\n", "<br>") | safe }}<br>{{ me.email }}</div>
</header>
<h1>Invoice {{ inv.number }}</h1>
<p><strong>Bill to:</strong><br>{{ inv.client.name }}<br>{{ inv.client.email }}</p>
<p>Due {{ inv.due_date.strftime("%d %B %Y") }}</p>
<table>
  <tr><th>Description</th><th class="num">Qty</th><th class="num">Unit</th><th class="num">Amount</th></tr>
  {% for i in inv.items %}
  <tr><td>{{ i.description }}</td><td class="num">{{ i.quantity.normalize() }}</td>
      <td class="num">{{ "%.2f"|format(i.unit_price) }}</td>
      <td class="num">{{ "%.2f"|format(i.quantity * i.unit_price) }}</td></tr>
  {% endfor %}
</table>
<p class="total">Total: {{ inv.currency }} {{ "%.2f"|format(total) }}</p>
<p>Please pay by bank transfer to IBAN {{ me.iban }} (BIC {{ me.bic }}), quoting invoice {{ inv.number }}.</p>
</body></html>
${F}

**The endpoint**
${F}python
from pathlib import Path
from fastapi import Response
from fastapi.concurrency import run_in_threadpool
from jinja2 import Environment, FileSystemLoader, select_autoescape
from weasyprint import HTML

TEMPLATES = Environment(loader=FileSystemLoader(Path(__file__).parent.parent / "templates"), autoescape=select_autoescape())
BASE_URL = str(Path(__file__).parent.parent / "static")

@router.get("/{invoice_id}/pdf")
async def invoice_pdf(invoice_id: UUID, s: AsyncSession = Depends(get_session)):
    inv = await s.get(Invoice, invoice_id, options=[selectinload(Invoice.client)])
    if inv is None:
        raise HTTPException(404, "invoice not found")
    total = sum((i.quantity * i.unit_price for i in inv.items), Decimal("0"))
    html = TEMPLATES.get_template("invoice.html").render(inv=inv, total=total, me=settings.business, logo_url="logo.png")
    pdf = await run_in_threadpool(lambda: HTML(string=html, base_url=BASE_URL).write_pdf())
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="invoice-{inv.number}.pdf"'})
${F}

Rendering is CPU-bound and synchronous, hence \`run_in_threadpool\` so it doesn't block the event loop. Autoescaping matters: client names and descriptions are user input. \`inv.number\` assumes a human invoice number; if you don't have one yet, add a per-user sequence (UUIDs are ugly on invoices and some countries require sequential numbering).`],
  ['continue', 'sonnet', 'continue with the invoice number thing, per-user sequential numbers like 2025-0001 that reset each year. make it safe if two invoices get created at the same moment',
    `A dedicated counter table, incremented with a row lock, is the simplest safe approach. Postgres \`SEQUENCE\`s don't fit because they aren't per-user, can't reset per year, and leave gaps on rollback (many tax authorities dislike gaps).

${F}python
# models.py
class InvoiceCounter(Base):
    __tablename__ = "invoice_counters"
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id"), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last: Mapped[int] = mapped_column(default=0)
${F}

${F}python
# numbering.py
from sqlalchemy.dialects.postgresql import insert

async def next_invoice_number(s: AsyncSession, user_id: uuid.UUID, year: int) -> str:
    stmt = (
        insert(InvoiceCounter)
        .values(user_id=user_id, year=year, last=1)
        .on_conflict_do_update(index_elements=["user_id", "year"], set_={"last": InvoiceCounter.last + 1})
        .returning(InvoiceCounter.last)
    )
    n = (await s.execute(stmt)).scalar_one()
    return f"{year}-{n:04d}"
${F}

The upsert takes a row lock on the counter, so two concurrent creations for the same user serialise: one gets 0001, the other waits and gets 0002. Because it runs inside the same transaction as the invoice insert, a rollback also rolls back the increment: no gaps.

Assign the number when the invoice is **sent**, not when the draft is created, otherwise deleted drafts leave gaps. Add \`number: Mapped[str | None] = mapped_column(String(20))\` with a unique constraint on \`(user_id, number)\`, and call \`next_invoice_number\` in your "send" endpoint. The lock is held until commit, so keep that transaction short (don't send the email inside it).`],
  ['auth', null, `ok I added users with fastapi-users, every table has user_id now. how do I make sure every query is scoped to the current user so I can't accidentally leak invoices between accounts?`,
    `Two layers: make scoping the default in code, and add a database backstop.

**In code**: never call \`s.get(Invoice, id)\` directly from routers. Put a small repository function in front:

${F}python
async def get_owned(s: AsyncSession, model, obj_id, user_id):
    obj = await s.scalar(select(model).where(model.id == obj_id, model.user_id == user_id))
    if obj is None:
        raise HTTPException(404)
    return obj
${F}

and a lint-ish test that greps routers for \`s.get(\` or \`select(Invoice)\` without \`user_id\`.

**In the database**: Postgres row-level security. Enable it on each table with a policy comparing \`user_id\` to a session setting, set that setting per request, and even a forgotten \`WHERE\` can't return another user's rows. It's a bit more setup; say the word and I'll write it out.`],
  ['env', 'haiku', `before that, dumb question, I keep the IBAN and business details in settings. on my mac how do I set an env var permanently so I don't have to export it every time I open the terminal`,
    `macOS uses zsh by default, so add it to \`~/.zshrc\`:

${F}bash
echo 'export BUSINESS_IBAN="GB33BUKB20201555555555"' >> ~/.zshrc
source ~/.zshrc
${F}

New terminal windows will have it from then on. For a project, a \`.env\` file loaded by pydantic-settings (\`model_config = SettingsConfigDict(env_file=".env")\`) is often nicer, just add \`.env\` to \`.gitignore\`.`],
  ['rls-go', null, 'yes please do the RLS thing',
    `Here's the setup, per tenant-owned table:

${F}sql
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON invoices
  USING (user_id = current_setting('app.user_id')::uuid)
  WITH CHECK (user_id = current_setting('app.user_id')::uuid);
${F}

The app must connect as a role that is **not** the table owner and not a superuser (or use FORCE as above), otherwise policies are bypassed. Then, at the start of every request's transaction:

${F}python
async def get_session(user=Depends(current_active_user)):
    async with SessionLocal() as s:
        async with s.begin():
            await s.execute(text("SELECT set_config('app.user_id', :uid, true)"), {"uid": str(user.id)})
            yield s
${F}

The \`true\` makes it transaction-local (\`SET LOCAL\`), so it disappears at commit and can't bleed into the next request using the same pooled connection.`],
  ['pgbouncer', 'opus', `deployed to Fly with PgBouncer in transaction pooling mode in front of Postgres. a beta user just emailed me a screenshot: her invoice list briefly showed ANOTHER user's client names, then after refresh it was fine. I can't reproduce. things that might matter: some endpoints commit mid-request (the send endpoint commits, then sends the email, then opens a new transaction to set status=sent), I have a background task (FastAPI BackgroundTasks) that regenerates PDFs using the same session dependency, asyncpg prepared statement cache is on, and list_invoices uses selectinload for clients. I need to know exactly how this leaked and a fix I can trust before I tell her what happened`,
    `This pattern, another user's data showing briefly and then fine on refresh, is almost always a **tenant setting bleeding across pooled connections** combined with **RLS not actually enforced**. Your list of factors contains all the ingredients.

**How it can leak**
1. **Transaction pooling hands a server connection to a different client after every transaction.** \`set_config(..., true)\` (i.e. SET LOCAL) is safe, it vanishes at commit. But anything **session-level** (\`SET app.user_id\`, \`set_config(..., false)\`, or a default set at connect time) stays on that server connection, and PgBouncer will give it to another user's next transaction.
2. **Your send endpoint commits mid-request.** The next transaction on the same \`AsyncSession\` starts without your \`SELECT set_config(...)\`, because that only ran once in the dependency. In that transaction \`current_setting('app.user_id')\` either errors or, if any session-level value is lying on that server connection, **returns someone else's id**.
3. **BackgroundTasks run after the response**, with the session the dependency already closed or with a new one that never set the tenant.
4. **If the app role owns the tables and FORCE isn't set, RLS is bypassed entirely**, and then a list query without its own \`user_id\` filter returns everything.
5. The asyncpg statement cache is a red herring for data leakage (it only breaks with PgBouncer as "prepared statement does not exist"), but set \`statement_cache_size=0\` anyway.

**Fix you can trust**
- Set the tenant in **every** transaction automatically, not in the dependency:
${F}python
@event.listens_for(SessionLocal.sync_session_class, "after_begin")
def _set_tenant(session, transaction, connection):
    uid = session.info.get("user_id")
    connection.exec_driver_sql("SELECT set_config('app.user_id', %s, true)", (str(uid) if uid else "",))
${F}
- Make the policy fail closed: \`USING (user_id = nullif(current_setting('app.user_id', true), '')::uuid)\`, so no tenant means no rows.
- Connect as a non-owner role and keep \`FORCE ROW LEVEL SECURITY\`; check with \`SELECT relforcerowsecurity FROM pg_class WHERE relname = 'invoices'\`.
- Give background tasks their own session with \`info={"user_id": ...}\`.
- Add a test: two users, commit mid-request, assert the second transaction sees only its own rows, run through PgBouncer in CI.

Check which of 2 and 4 applied in production before you write to her; from what you describe, both did.`],
  ['thanks', 'haiku', `that was it, the second transaction after commit had no app.user_id set and the role wasn't forced. fixed + added a test that fails without it. thank you so much. can you give me a 2 sentence non-technical summary I can send to the user?`],
]);

const nginxAwk = chat('m10-awk-status-codes', [
  ['count', 'haiku', `one-liner to count HTTP status codes in an nginx access log (default combined format)? want like "200 15234" per line, sorted by count`,
    `In the combined format the status code is the 9th whitespace-separated field:

${F}bash
awk '{print $9}' /var/log/nginx/access.log | sort | uniq -c | sort -rn | awk '{print $2, $1}'
${F}

Or all in awk:

${F}bash
awk '{c[$9]++} END {for (s in c) print s, c[s]}' /var/log/nginx/access.log | sort -k2 -rn
${F}`],
  ['slow-endpoints', 'sonnet', `nice. we added $request_time as the last field in our log_format. now I want, per endpoint path (strip the query string, and collapse numeric ids like /api/orders/83412 -> /api/orders/:id), the count, p50, p95 and max request_time, only for the last hour of the log, sorted by p95 desc, top 20. can awk do percentiles or do I need something else? log lines look like:
10.2.0.14 - - [08/Dec/2026:00:12:33 +0000] "GET /api/orders/83412?expand=items HTTP/1.1" 200 1832 "-" "okhttp/4.12.0" 0.184`,
    `awk can do it, it just has to keep every duration per endpoint and sort them itself. With GNU awk (\`gawk\`) that's straightforward thanks to \`asort\`:

${F}bash
#!/usr/bin/env bash
# usage: ./slow-endpoints.sh /var/log/nginx/access.log
since=$(date -u -d '1 hour ago' +%s)

gawk -v since="$since" '
BEGIN {
  split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", m, " ")
  for (i = 1; i <= 12; i++) mon[m[i]] = i
}
{
  # $4 is like [08/Dec/2026:00:12:33
  split(substr($4, 2), t, /[\\/:]/)
  ts = mktime(t[3] " " mon[t[2]] " " t[1] " " t[4] " " t[5] " " t[6], 1)   # 1 = UTC
  if (ts < since) next

  path = $7
  sub(/\\?.*/, "", path)                    # drop query string
  path = gensub(/\\/[0-9]+(\\/|$)/, "/:id\\\\1", "g", path)   # /orders/83412 -> /orders/:id
  key = $6 " " path                         # $6 is "GET including the quote
  sub(/^"/, "", key)

  n[key]++
  d[key, n[key]] = $NF
}
END {
  for (k in n) {
    delete v
    for (i = 1; i <= n[k]; i++) v[i] = d[k, i] + 0
    cnt = asort(v)
    p50 = v[int((cnt - 1) * 0.50) + 1]
    p95 = v[int((cnt - 1) * 0.95) + 1]
    printf "%.3f\\t%.3f\\t%.3f\\t%d\\t%s\\n", p95, p50, v[cnt], cnt, k
  }
}' "$1" | sort -rn | head -20 | column -t -s $'\\t' -N P95,P50,MAX,COUNT,ENDPOINT
${F}

Notes:
- It assumes the log is in UTC (\`+0000\`, as in your sample); if not, parse the offset too.
- Percentiles here are "nearest rank", fine for ops use. For exact interpolation or big logs, \`datamash\` does it in one line: \`... | datamash -s -g 1 count 2 perc:50 2 perc:95 max 2\`.
- macOS ships BSD awk without \`asort\`/\`mktime\`: use \`gawk\` from Homebrew.
- For a huge log, read only the tail first (\`tail -n 2000000\`) so you don't parse the whole day.`],
  ['gz', 'haiku', 'how do I run it on the rotated .gz logs too (access.log.1.gz etc)'],
]);

const groupKeys = chat('m10-group-e2e-keys', [
  ['design', 'opus', `We're building an end-to-end encrypted team chat (think small Slack for law firms, groups up to ~200 members, members on multiple devices). Pairwise channels use X3DH + Double Ratchet already (libsignal). For groups we were going to do Signal's sender keys. The requirement from our security review: when someone is removed from a group (e.g. a lawyer leaves the firm), they must not be able to read anything sent afterwards, even if they kept a copy of their device's state, and we need this to be efficient because removals are frequent at big firms. Explain what sender keys give us and don't, and whether we should use MLS instead. Be concrete about costs at 200 members x 3 devices.`,
    `**What sender keys give you.** Each device has its own sender chain key, distributed once to every other member device over the pairwise Double Ratchet sessions. Messages are encrypted once with a symmetric key derived from the sender's chain, which ratchets forward (hash chain) per message, and signed with the sender's signing key. Cost per message: O(1) encryption and one fan-out of the same ciphertext. Forward secrecy: yes, per sender, because old chain keys are deleted as the chain advances. Post-compromise security: **no**, the chain is a one-way hash chain, so anyone who learns a chain key can derive all future keys of that chain until it's replaced.

**Removal with sender keys.** To lock out a removed member, **every remaining device must generate a fresh sender key and send it to every other remaining device** over pairwise channels, because the removed member holds all current sender keys. With 200 members × 3 devices = 600 devices, a removal costs about 600 × 599 ≈ 360,000 pairwise messages, lazily spread out (each device rotates when it next sends). Until a given sender rotates, the removed member can still read that sender's messages if they still receive the ciphertext (e.g. via a compromised or colluding server). Frequent removals at big firms make this both expensive and leaky in practice.

**MLS (RFC 9420).** Members are leaves of a ratchet tree (TreeKEM). A removal is a Commit that updates the path from the committer's leaf to the root: about log₂(600) ≈ 10 public-key encryptions to subtrees, plus blanking the removed leaf, producing a new epoch secret the removed member cannot derive. Cost per removal: one Commit of a few KB, sent once to everyone, O(log n) work for the committer in the best case. Every member processes it in O(log n). After the commit, **all** subsequent messages use the new epoch's keys: removal is immediate and complete once the commit is accepted. MLS also gives post-compromise security: any member's Update/Commit heals a past compromise of their leaf.

**Caveats with MLS**
- **Blanked nodes degrade the tree.** After many removals without path updates, the tree has blank nodes and commits fall back towards O(n) encryptions until members refresh their paths. Frequent removals mean you want members to send Update proposals (or you do commits with path) regularly.
- **Ordering**: MLS needs a total order of Commits per group: your server (or the Delivery Service) must sequence them and reject concurrent commits for the same epoch. That's a real design piece (epoch numbers, retry on conflict).
- **Multi-device**: in MLS each device is its own leaf. Adding a new device is an Add proposal; you need an identity layer (Authentication Service) that binds devices to users and that your clients verify. For a law firm, that's where key transparency or admin-signed device lists come in.
- **Libraries**: OpenMLS (Rust) is mature and audited; there's no libsignal-level drop-in, so you'd be integrating OpenMLS alongside libsignal, not replacing it.

**Recommendation**: for groups up to 200 with frequent removals and a requirement that removed members are cut off immediately, MLS fits the requirement; sender keys do not without O(n²) rotation traffic and a window of exposure. Keep libsignal for 1:1.`],
  ['server-order', 'opus', `ok leaning MLS with OpenMLS. our backend is a set of stateless API nodes + Postgres + a Redis pub/sub fanout. how do we give MLS the total order of commits it needs per group without making every message go through one node? and what happens on the client when two admins remove different people at the same moment from different devices? we can't lose either removal`,
    `Only **handshake messages** (Proposals and Commits) need a total order per group; application messages only need to be tagged with the epoch they were encrypted in, and any node can accept them. So the "serialisation point" can be a single Postgres row per group, touched only by commits.

**Server side: epoch compare-and-set**
${F}sql
CREATE TABLE mls_groups (
  group_id  bytea PRIMARY KEY,
  epoch     bigint NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE mls_commits (
  group_id bytea NOT NULL,
  epoch    bigint NOT NULL,          -- the epoch this commit moves FROM
  sender   bytea NOT NULL,
  payload  bytea NOT NULL,
  PRIMARY KEY (group_id, epoch)
);
${F}
Accepting a commit: in one transaction, \`INSERT INTO mls_commits (group_id, epoch, ...)\` with the epoch the client claims, and \`UPDATE mls_groups SET epoch = epoch + 1 WHERE group_id = $1 AND epoch = $2\`. The primary key makes the first commit for an epoch win; the loser gets a unique-violation and you return \`409 epoch_conflict\` with the winning commit. Any stateless node can do this; Postgres is the arbiter. Then publish the accepted commit on Redis for fanout, and let clients catch up from \`mls_commits\` by epoch (Redis pub/sub is lossy, so it must not be the source of truth).

**Application messages**: stored with their epoch. Clients decrypt with the matching epoch's keys; keep a few past epochs' secrets (OpenMLS has a configurable \`max_past_epochs\`) for messages that arrive late.

**Two admins removing different people at once**
1. Admin A (epoch 41) creates Commit(remove Bob); Admin B (also at 41) creates Commit(remove Carol).
2. Server accepts A's (41 → 42), rejects B's with 409 and A's commit.
3. B's client processes A's commit, moves to epoch 42, sees its own pending commit is now invalid, **discards it** (OpenMLS: \`clear_pending_commit\`), and re-creates Commit(remove Carol) at epoch 42, sends again.
4. If Carol is already gone (A removed both), the intent is satisfied; otherwise epoch 43 removes Carol.

To never lose a removal, the client must persist the *intent* ("remove Carol from group G"), separate from the MLS commit bytes, and retry until the group state reflects it, including across app restarts. A server-side "pending admin actions" table that clients reconcile against is a good backstop: the removal is a policy decision the firm made, and the MLS commit is just how it's enforced.

**Alternative**: send removals as Proposals, which can be accepted from any epoch member and get committed by whoever commits next. But proposals must be committed within the same epoch, so you still need the retry logic; it just shifts who does it.

**Liveness trap**: a busy group with many devices committing updates can starve a slow client. Rate-limit commits per group on the server, and prefer external commits or "committer = next admin device online" heuristics if you see churn.`],
  ['explain-pm', 'sonnet', `our PM needs to explain to the firm's IT director why removals are "instant and complete" in our product vs their current vendor (which uses sender keys). can you write that as 2-3 short paragraphs, no jargon, accurate, no overpromising`,
    `When someone is removed from a group in our product, the group switches to new encryption keys straight away, and the person who left is never given them. Every message sent after the removal is locked with keys they do not have, even if they kept a copy of their phone or laptop exactly as it was the day they left. There's no window during which their old device can still read new messages.

Many messaging systems handle group membership differently: each participant keeps their own key and only replaces it the next time they send a message. Until every remaining member has done that, a removed person who still has their old keys, and who can get hold of the encrypted traffic, could read some new messages. In big groups with frequent departures, that window can stay open for a long time.

This doesn't protect against everything. A removed person can still keep anything they saw before they left, and like any security system, ours depends on devices being up to date and on the firm removing people promptly. But from the moment the removal is made, new conversations are out of their reach.`],
  ['device-compromise', 'opus', `security review follow-up question: "a partner's laptop is seized at a border and imaged, then returned 6h later. she keeps using it. what could the adversary read, past and future, under our MLS design, and what's our response playbook?" they want specifics about epochs, the signature key, and what we can/can't heal. we do store 5 past epochs for late messages and encrypted local message history with a key in the OS keychain.`],
]);

const resign = chat('m10-resignation', [
  ['letter', 'sonnet', `I'm resigning from my job as a senior account manager at a logistics company after 6 years. Got an offer elsewhere, starting in 5 weeks, my notice period is 4 weeks. My manager (Claire) has been genuinely great and I feel guilty. can you write a resignation letter that's warm but professional, offers to help with handover of my 14 accounts, and doesn't say where I'm going`,
    `Subject: Resignation – [Your Name]

Dear Claire,

I'm writing to let you know that I've decided to resign from my position as Senior Account Manager. In line with my four-week notice period, my last working day will be [date].

This wasn't an easy decision. Over the past six years I've learned a huge amount here, and much of that is down to you. Your support, your trust in me with some of our most important clients, and the way you've always made time for the team have meant a lot to me, and I'll take what I've learned from you into whatever comes next.

I want to make sure the handover is as smooth as possible for you, the team and our clients. Over the coming weeks I'm happy to:

- Prepare a handover document for each of my 14 accounts, covering contacts, current contracts and renewal dates, open issues, and the quirks of each relationship
- Introduce whoever will be taking over to the key contacts at each client, in person or on calls
- Prioritise any renewals or projects that fall due in the next few months, so nothing is left hanging
- Help with recruiting or training my replacement, if that would be useful

Please let me know how you'd like to approach this, and which accounts you'd like me to focus on first.

Thank you again for everything. I've genuinely enjoyed working with you and the team, and I hope we stay in touch.

Kind regards,
[Your Name]

---

It's normal to tell Claire in person (or on a call) first and send the letter straight afterwards, so she doesn't find out by email. You don't owe anyone the name of your new employer; if asked, "I'd rather keep that to myself until I've started, but it's a role I'm excited about" is enough.`],
  ['subject', 'haiku', 'should the subject line be "Resignation" or "Letter of resignation" or something else. does it matter',
    `It doesn't really matter. Clear and simple is best: **"Resignation – [Your Name]"** or **"Resignation – [Your Name], Senior Account Manager"**. Claire will know what it is before she opens it either way, and HR can find it easily later.`],
  ['counter', 'sonnet', `update: told Claire, she was lovely about it, and then this morning her boss called me and offered a 15% raise + a "Head of Key Accounts" title to stay. the new job is 22% more money, fully remote (current one is 3 days in office, 50 min commute each way), but it's a smaller company, series B startup. I'm now genuinely torn. can you help me think this through properly? I'm 38, two kids, mortgage`],
]);

const bayesPrices = chat('m10-bayes-price-test', [
  ['setup', 'sonnet', `We're testing 6 price points for our meal-kit subscription (£4.49, 4.99, 5.49, 5.99, 6.49, 6.99 per serving) on new signups from paid social, random assignment. after 3 weeks we have:

price,visitors,signups
4.49,2104,187
4.99,2088,171
5.49,2131,158
5.99,2096,149
6.49,2117,121
6.99,2075,109

my boss wants "the price that maximises revenue" by Friday. I was going to do chi-square but that just says they're different. what should I actually do?`,
    `Chi-square answers "are the conversion rates not all equal?", which is not your boss's question. What you want is: for each price, expected revenue per visitor = price × P(signup | price), and how sure you are which price has the highest.

**Quick look**
| Price | Conv. rate | Revenue / visitor (per serving) |
|---|---|---|
| 4.49 | 8.89% | £0.399 |
| 4.99 | 8.19% | £0.409 |
| 5.49 | 7.41% | £0.407 |
| 5.99 | 7.11% | £0.426 |
| 6.49 | 5.72% | £0.371 |
| 6.99 | 5.25% | £0.367 |

£5.99 looks best, but the differences between 4.99, 5.49 and 5.99 are small relative to the noise with ~150-190 signups per arm.

**A simple Bayesian version** gives you "probability each price is the best":

${F}python
import numpy as np
rng = np.random.default_rng(0)
prices = np.array([4.49, 4.99, 5.49, 5.99, 6.49, 6.99])
n = np.array([2104, 2088, 2131, 2096, 2117, 2075])
k = np.array([187, 171, 158, 149, 121, 109])

draws = rng.beta(1 + k, 1 + n - k, size=(100_000, 6))   # posterior conversion rates
rev = draws * prices                                     # revenue per visitor
best = rev.argmax(axis=1)
for p, share in zip(prices, np.bincount(best, minlength=6) / len(best)):
    print(f"£{p}: P(best) = {share:.2f}")
print("expected loss of choosing each:", (rev.max(axis=1)[:, None] - rev).mean(axis=0))
${F}

The "expected loss" line is the useful decision number: how much revenue per visitor you'd give up on average by picking each price. Pick the price with the smallest expected loss; if it's below what you care about (say £0.005 per visitor), you can stop.

**Two things your boss should hear**
1. Signup revenue isn't subscription revenue: higher prices may also change retention. If you can wait, the right metric is revenue over the first 8-12 weeks per visitor, not first-order conversion.
2. Neighbouring prices aren't independent: conversion should fall smoothly with price. Modelling that (e.g. logistic regression on price) borrows strength across arms and gives tighter answers than treating six arms separately.`],
  ['hierarchical', 'opus', `ran it, P(best) is 5.99: 0.46, 4.99: 0.22, 5.49: 0.19, rest small. boss says "not convincing, run 3 more weeks". but now I have retention data too: weekly cancellations per cohort for the first 3 weeks, and it looks like cheaper cohorts churn faster. also the traffic mix from paid social changed in week 3 (new creative). I want ONE model that (a) uses a smooth demand curve across price instead of 6 independent arms, (b) combines signup and early retention into expected 12-week revenue per visitor with honest uncertainty, (c) handles the week-3 traffic shift. and then a decision rule for whether 3 more weeks is worth it. how would you build this? PyMC is fine`,
    `Here's a design that does all three and stays small enough to fit and explain by Friday.

**1. Conversion: a smooth demand curve with a week effect**

For visitor cohort in week w at price x (centred, e.g. x = price − 5.49):

  logit P(signup) = α + β₁·x + β₂·x² + γ_w,   γ_w ~ Normal(0, σ_γ)

The quadratic lets the curve bend without six free parameters; \`γ_w\` absorbs the week-3 creative change as a shift in baseline conversion. Because randomisation was within week, price effects are still identified; if you suspect the new creative changed *price sensitivity* too, add a \`β₁_w3\` interaction and check whether its posterior is away from zero.

**2. Retention: weekly discrete-time hazard**

For each subscriber, weeks 1..T observed (T ≤ 3 now, right-censored):

  logit h(t, x) = δ_t + η·x,   12-week survival S₁₂(x) = Π_{t=1..12} (1 − h(t, x))

You have data only for t ≤ 3, so weeks 4-12 need an assumption: e.g. δ_t = δ₃ for t > 3 (constant hazard after week 3), or a prior from your historical cohorts' hazard curve at the current price. This is the weakest part of the model, be explicit about it, and show the decision under two plausible tail assumptions.

**3. Revenue per visitor**

  R(x) = P(signup | x) × Σ_{t=1..12} S_{t−1}(x) × weekly_servings × price(x)

Compute it as a deterministic node over a fine grid of prices (including prices between your arms, with a warning that the quadratic extrapolates poorly beyond £4.49-£6.99).

${F}python
import pymc as pm, numpy as np
with pm.Model() as m:
    a = pm.Normal("a", -2.5, 1)
    b1 = pm.Normal("b1", 0, 1); b2 = pm.Normal("b2", 0, 0.5)
    sg = pm.HalfNormal("sg", 0.3); g = pm.Normal("g", 0, sg, shape=n_weeks)
    p = pm.math.invlogit(a + b1 * x_arm + b2 * x_arm**2 + g[week_arm])
    pm.Binomial("signups", n=visitors_arm, p=p, observed=signups_arm)

    d = pm.Normal("d", -3, 1, shape=3); e = pm.Normal("e", 0, 0.5)
    h = pm.math.invlogit(d[t_obs] + e * x_sub)
    pm.Bernoulli("cancel", p=h, observed=cancelled_obs)   # one row per subscriber-week at risk
    idata = pm.sample(2000, tune=1000, target_accept=0.9)
${F}
Then compute R(x) on the grid from posterior draws in NumPy.

**4. Decision rule for "3 more weeks?"**

Use the expected value of sample information, in revenue terms:

- **Now**: choose x* maximising posterior mean R(x); the expected loss is E[max_x R(x) − R(x*)] under the posterior, times the number of visitors you'll see over the price's lifetime (say next 6 months).
- **After 3 more weeks**: simulate it. For each of ~500 posterior draws, simulate 3 weeks of data, refit (or use importance reweighting to keep it cheap), choose the new x*, and record the loss. The average reduction in loss is the EVSI.
- **Cost of waiting**: 3 weeks of traffic spread across six arms, about 5/6 of it on non-optimal prices: the expected revenue shortfall vs running x* for 3 weeks.

Run 3 more weeks only if EVSI × remaining-horizon traffic > cost of waiting. A cheaper middle ground, often better: keep testing only the 2-3 prices with a non-trivial P(best) (4.99, 5.49, 5.99), which cuts the cost of waiting and concentrates data where the decision is.

**What to tell your boss**: the revenue-optimal price given current data, the expected loss of choosing it now in £/month, and the EVSI of continuing, one number against another.`],
  ['plot', 'haiku', `can you give me the matplotlib code to plot the posterior mean revenue curve with a 90% band? I have rev_draws as an array (n_draws, n_grid) and price_grid`,
    `${F}python
import matplotlib.pyplot as plt
import numpy as np

mean = rev_draws.mean(axis=0)
lo, hi = np.percentile(rev_draws, [5, 95], axis=0)

fig, ax = plt.subplots(figsize=(7, 4))
ax.fill_between(price_grid, lo, hi, alpha=0.25, label="90% interval")
ax.plot(price_grid, mean, lw=2, label="posterior mean")
ax.set_xlabel("Price per serving (£)")
ax.set_ylabel("12-week revenue per visitor (£)")
ax.legend()
fig.tight_layout()
plt.show()
${F}`],
  ['interference', 'opus', `final curveball from the data science lead: she says our randomisation is at the visitor level but households share devices/accounts and people talk, and we saw ~4% of signups at a price arm came from a visitor who'd previously been shown a different price (cookie cleared / different device, same email). she thinks this biases the demand curve toward flatter. is she right, in which direction, how big could it be, and can I correct for it with what I have (email-matched first exposure) rather than re-running the test?`],
]);

const wasmLeak = chat('m10-wasm-leak', [
  ['setup', 'sonnet', `I have a Rust image-processing lib compiled to wasm with wasm-bindgen, used from a React app. user loads a photo, we create a \`Processor\` (Rust struct exported via #[wasm_bindgen]) and call \`processor.apply_filter(...)\` which returns a Uint8Array. after editing ~30 photos the tab is at 2GB and Chrome kills it. how do I even start finding where the memory goes?`,
    `With wasm there are two separate heaps to look at, and memory "leaks" in this setup are almost always one of a few patterns.

**1. See which heap is growing.** In Chrome DevTools → Memory, take a heap snapshot after loading a few photos. Look at the \`WebAssembly.Memory\` / \`ArrayBuffer\` entries: the wasm linear memory shows up as one big ArrayBuffer. If that number keeps growing across photos, the leak is on the Rust side (or Rust objects never freed from JS). If it's flat and you see many \`Uint8Array\`s or \`ImageData\`s, it's on the JS side.

Also log it directly:
${F}js
import { memory } from "./pkg/imgproc_bg.wasm";
console.log("wasm MB", memory.buffer.byteLength / 1e6);
${F}
Wasm linear memory **never shrinks**: once it grows to 1.5 GB for a big image, it stays at 1.5 GB even if Rust frees everything. Growing once is OK; growing every photo is a leak.

**2. The most common cause: never calling \`free()\`.** Every \`#[wasm_bindgen]\` struct you create from JS (\`new Processor(...)\`) owns Rust memory that JS's garbage collector does *not* release reliably. You must call \`processor.free()\` when done (recent wasm-bindgen also supports \`using\`/\`Symbol.dispose\` and registers a FinalizationRegistry with \`--weak-refs\`, but finalizers run late, if ever). In React, the pattern is:

${F}tsx
useEffect(() => {
  const p = new Processor(width, height);
  setProcessor(p);
  return () => p.free();
}, [width, height]);
${F}

**3. Returning \`Vec<u8>\` as \`Uint8Array\`.** wasm-bindgen copies the Vec into a new JS \`Uint8Array\` and frees the Rust side, so that's fine. But if you return a *view* (\`Uint8Array::view\` or \`js_sys::Uint8Array\` over wasm memory) and keep it around, it pins nothing but gets **detached** when memory grows; that causes bugs, not leaks.

**4. JS side holding old results.** Undo stacks, React state holding every \`Uint8Array\`, \`URL.createObjectURL\` blobs never revoked (\`URL.revokeObjectURL\`), canvases kept in refs.

Start with step 1 and tell me which heap grows, then we can narrow it down.`],
  ['closures', 'opus', `wasm memory grows ~60MB per photo even though I now call free() on every Processor. snapshot shows nothing big on the JS side. the Processor registers a progress callback: in Rust I take a js_sys::Function, wrap it in a Closure so Rust can call it from a rayon-style worker pool (we use wasm-bindgen-rayon with SharedArrayBuffer), and store the Closure in the Processor struct. also each Processor holds an Rc<RefCell<Cache>> that the Closure captures for tile reuse. free() is called, Drop for Processor runs (I log it), but memory keeps climbing. what's going on?`,
    `Your description has a cycle, and \`free()\` only breaks one half of it.

**The Rc cycle.** \`Processor\` owns \`Closure\`, the Closure captures \`Rc<RefCell<Cache>>\`, and (I'd bet) \`Cache\` or something it holds has a handle back into the thing that owns the Closure, or the Closure is also referenced from JS (the progress callback registered on a JS object). Dropping \`Processor\` drops its \`Rc\` strong count by one, but if another owner still holds a strong \`Rc\` to \`Cache\` (the Closure's captured environment), the Cache, with its ~60 MB of tiles, stays alive.

And the Closure won't be dropped if:
- You called \`closure.forget()\` anywhere (it leaks by design), or \`Closure::into_js_value()\`: both hand ownership to JS and Rust never frees it.
- JS still holds the function (e.g. you passed \`closure.as_ref().unchecked_ref()\` to something that stored it). Dropping a \`Closure\` on the Rust side while JS still calls it panics ("closure invoked recursively or after being dropped"), which is why people reach for \`forget()\`, and that's the leak.

**The thread pool makes it worse.** With wasm-bindgen-rayon, each worker is a separate JS realm with its own thread-local storage and stack, sharing one linear memory. \`Rc\` is \`!Send\`, so if your code compiles, the Rc stays on the main thread, but any **thread-local caches** in workers (e.g. a \`thread_local!\` tile buffer, or allocator per-thread caches in a custom allocator) keep their memory for the life of the worker, not of the Processor. With N workers, per-thread buffers are N×.

**How to confirm**
- Log \`Rc::strong_count(&self.cache)\` in \`Drop for Processor\`. If it's > 1, something else owns the cache.
- Build with \`--features dlmalloc-debug\`-style instrumentation, or swap in a counting global allocator (\`#[global_allocator]\` wrapper that tracks live bytes) and log live bytes after \`free()\`: if live bytes drop but \`memory.buffer.byteLength\` doesn't, you're seeing wasm memory not shrinking (expected) plus fragmentation, not a leak.

**The fix that usually works**
- Don't capture the cache in the Closure: give the Closure only what it needs (a channel sender or a \`Weak<RefCell<Cache>>\`), and upgrade the \`Weak\` when called.
- Store the Closure in the Processor and drop it explicitly in \`free()\`, after unregistering it on the JS side.
- Never \`forget()\` per-Processor closures.
- Clear worker thread-locals at the end of each job, or size them to the tile rather than the image.`],
  ['shared-memory', 'opus', `strong_count was 3 (!) and fixing the Weak thing cut it to ~8MB per photo. counting allocator says live bytes return to baseline after free(), but byteLength still grows ~8MB every photo, forever, until the tab dies around photo 200. it's the SharedArrayBuffer-backed memory (wasm-bindgen-rayon, 8 workers, default dlmalloc). if live bytes are back to baseline why would the heap keep growing? fragmentation? and what can I actually do given wasm memory can't shrink, short of reloading the page?`],
]);

export const tenthMultiTurnExamples: TrafficExample[] = [
  ...toast,
  ...lsm,
  ...kombucha,
  ...django,
  ...occupancy,
  ...gridColour,
  ...candles,
  ...spsc,
  ...meetup,
  ...iceland,
  ...invoices,
  ...nginxAwk,
  ...groupKeys,
  ...resign,
  ...bayesPrices,
  ...wasmLeak,
];
