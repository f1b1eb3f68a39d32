import type { Tier } from '../../../src/config/schema.js';
import { turns, type TrafficExample } from './build.js';

/**
 * Eighth multi-turn batch (session 10, names `m8-`), written blind (the router was not run while writing): sixteen
 * conversations as chat UIs see them, each labelled at 3-5 of its user turns (a row is the conversation up to and
 * including that turn, so later rows carry the earlier assistant answers). Raised garden beds, a D&D one-shot, a
 * sudoku solver, a job offer, a jq filter, Latin homework, museum labels and a long Rust photo-renaming session beside
 * a two-phase-commit TLA+ spec, lost epoll wakeups, an APMO inequality, a non-inferiority trial, a hand-rolled JWT
 * verifier, a layoff across four countries, lease-based job scheduling under clock skew and a procurement auction;
 * "continue" and "go on", tables, LaTeX, thanks, side questions, easy chats that turn hard and easy asks in hard ones.
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

const garden = chat('m8-raised-beds', [
  ['plan', 'sonnet', `We just built two raised beds, 4x8 ft each, in the backyard (zone 6b, central Ohio). They get about 7 hours of full sun. First time gardening! We want tomatoes, peppers, lettuce, carrots, green beans, basil and maybe zucchini. Can you give us a layout for both beds and a rough schedule for the year?`,
    `Congratulations on the beds! 7 hours of sun is plenty for everything on your list. The main idea: put the tall, sprawling summer crops in one bed and the low, quick crops in the other, so nothing shades anything else.

**Bed 1 (north side, the tall bed) – 4 × 8 ft, divided into 1-ft squares**
- Row along the back (north edge): 4 tomato plants, 2 ft apart, with sturdy cages or a cattle-panel trellis.
- Middle: 4 pepper plants, 18 in apart.
- Front corners: 2 basil plants each side (basil and tomatoes are a classic pairing and basil likes the heat).
- One end: 1 zucchini. Be warned: one zucchini plant takes a 3 × 3 ft area and makes more zucchini than a family of four can eat. If space is tight, grow it in a big pot next to the bed.

**Bed 2 (south side, the low bed)**
- Half the bed: carrots, sown in rows 6 in apart (about 16 per square foot once thinned).
- A quarter: lettuce, sown every 2-3 weeks in small patches so you don't get everything at once.
- A quarter: bush green beans, 9 per square foot.

**Rough calendar for zone 6b** (last frost around early May, first frost mid-October):
- *Early March:* start peppers indoors under a light; they're slow.
- *Late March:* start tomatoes and basil indoors.
- *Early-mid April:* sow lettuce and carrots directly in bed 2; both tolerate cool weather and light frost.
- *Mid May (after the last frost, soil warm):* harden off and transplant tomatoes, peppers, basil; sow beans and zucchini directly.
- *June:* first lettuce; keep sowing small batches until it gets hot, then stop (lettuce bolts in July heat).
- *July-September:* beans, zucchini, tomatoes, peppers. Carrots from about 70 days after sowing.
- *Mid August:* sow a second round of lettuce and carrots in the gaps for a fall harvest.

If you'd rather buy tomato and pepper seedlings from a garden centre in May instead of starting seeds, that's completely fine for a first year and skips the trickiest part.`],
  ['table', 'haiku', 'can you make the schedule a table? crop | start indoors | plant/sow outside | harvest',
    `| Crop | Start indoors | Plant / sow outside | Harvest |
|---|---|---|---|
| Peppers | Early March | Mid May (transplant) | Late July – frost |
| Tomatoes | Late March | Mid May (transplant) | Mid July – frost |
| Basil | Late March | Mid May (transplant) | June – September |
| Lettuce | – | Early April, then every 2-3 weeks; again mid August | Late May – June; September – October |
| Carrots | – | Early April; again mid August | July; October |
| Green beans | – | Mid-late May (direct sow) | July – August |
| Zucchini | – | Late May (direct sow) | July – September |`],
  ['harden-off', 'haiku', "what does 'harden off' mean? the seed packet says it too",
    `Hardening off means getting seedlings that grew up indoors used to outdoor conditions (sun, wind, cooler nights) gradually, so they don't get shocked or sunburnt when you plant them.

Over 7-10 days before transplanting:
1. Day 1-2: put them outside in shade for 1-2 hours, then bring them back in.
2. Day 3-5: a few hours, with some morning sun.
3. Day 6-8: most of the day, including full sun; bring them in if nights drop below about 50°F.
4. Day 9-10: leave them out overnight, then plant.

Water them well during this time; pots dry out fast outside.`],
  ['drip', 'sonnet', "ok next project: we want drip irrigation on a timer so we don't have to water by hand. The outdoor spigot is about 40 ft from the beds across the lawn. What do I actually need to buy, how do I lay it out in the beds, and how long should the timer run in July?"],
]);

const oneShot = chat('m8-lighthouse-oneshot', [
  ['outline', 'sonnet', "I'm DMing a 5e one-shot next Friday for 4 level-3 players, about 4 hours. Theme: a haunted lighthouse on a foggy coast. Can you outline it: hook, 3-4 scenes, a twist, and the final encounter?",
    `**The Keeper of Gullrock Light** – a one-shot for four level-3 characters, about 4 hours.

**Hook (15 min).** The party is in the fishing village of Port Wenna when the lighthouse on Gullrock goes dark for the third night running. Two boats have already broken on the rocks. The harbourmistress, Ysella Trevan, offers 150 gp to find out why – the keeper, old Jory Pendell, hasn't come ashore in a week, and the villagers won't go near the island after dark because of "the singing".

**Scene 1 – Crossing the fog (30 min).** A rowboat crossing at dusk. The fog thickens unnaturally; a skill challenge (Survival/Athletics to steer, Perception to spot rocks, Insight or Wisdom saves against the faint singing that urges the rower to turn toward the reef). Failures cost hit dice or a lost supply pack, not lives. On the rocks they see the wreck of one of the boats, with its crew missing – no bodies.

**Scene 2 – The keeper's cottage (45 min).** The cottage at the base of the tower is tidy but cold; a meal on the table has been there for days. Clues: Jory's logbook, whose last entries mention "the voice in the lamp" and his drowned son Gerens, lost at sea ten years ago; salt water pooled on the floor in the shape of footprints, leading to the tower door; a locked sea chest with a wedding ring and a letter from Gerens's widow. Two **drowned sailors** (use zombie stats, with resistance to cold) come up through the cellar hatch as the party searches.

**Scene 3 – The stairs (45 min).** The tower's spiral stair has 200 steps and three landings. At each landing, the fog seeps in and shows a vision of the past: Gerens's boat leaving in a storm; Jory lighting the lamp late that night because he'd been drinking; the boat breaking on Gullrock while the light was dark. A DC 13 Wisdom save at each vision or gain a level of exhaustion from grief…`],
  ['continue', 'sonnet', 'continue',
    `…(the exhaustion clears at the end of the adventure).

Midway up, the stairs are partly collapsed: an Athletics check to jump the gap or the wizard's *misty step*; a failed check means a fall to the previous landing (2d6 bludgeoning). Let the rogue find Jory's flask wedged in the rubble – the smell of rum is a clue for the twist.

**The twist (revealed in the lamp room).** The haunting isn't Gerens taking revenge. Jory, consumed by guilt, has been putting out the light himself, because the voice in the lamp promised that if enough ships wreck on Gullrock, the sea will give back his son. The "singing" is the **drowned keeper**, a sea spirit that has worn Jory's grief like a lure and is slowly pulling him under. Jory is alive, chained by seaweed to the lamp's brass frame, half-drowned in a room where there is no water.

**Final encounter – the lamp room (60 min).** The drowned keeper (a spirit wearing the shape of Gerens) and four drowned sailors. The room is circular with the great lamp in the middle; a balcony runs outside it, slick with spray. Win conditions, so it's not just a slugfest:
- Relighting the lamp (an action with tinder, Dexterity check DC 12, or any fire spell) blinds the drowned sailors for a round and makes the spirit vulnerable to radiant damage.
- Freeing Jory (DC 14 Strength, or cutting the seaweed: AC 11, 15 HP) lets him speak to the spirit; a persuasive character who has read the logbook can help him say goodbye to his son, which banishes the spirit without killing it.

**Epilogue (15 min).** At dawn the fog burns off. If Jory survives, he stays on as keeper, sober; Ysella pays the reward and the village offers the party free passage on any boat. If the spirit was only beaten and not laid to rest, the singing returns on the next foggy night – a hook for a sequel.`],
  ['names', 'haiku', 'give me 10 names for the fishermen NPCs in the village, cornish/breton sounding, first and last',
    `1. Kitto Penrose
2. Morwenna Tregear
3. Yann Le Goff
4. Jenifer Hocking
5. Bewnans Carne
6. Loeiz Kerbrat
7. Tamsin Nancarrow
8. Petroc Jago
9. Gwenaelle Morvan
10. Hedra Polglase

For flavour: Kitto is the old net-mender who saw Gerens's boat go down, and Tamsin runs the pub where everyone argues about whether the singing is real.`],
  ['balance', 'sonnet', "For the final fight: drowned keeper + 4 drowned sailors vs fighter, cleric, rogue, wizard, all level 3. Is that deadly by the DMG XP math? I want it hard but not a TPK. Give me adjusted stat blocks for the keeper and the sailors and one lair action that uses the lighthouse lamp."],
]);

const twoPc = chat('m8-2pc-tla', [
  ['violation', 'opus', `I'm writing a TLA+ spec of our two-phase commit with coordinator recovery. Participants (RMs) persist PREPARED before voting yes; the coordinator logs its decision before sending it. On recovery an RM in PREPARED asks the coordinator. TLC finds a Consistency violation (one RM committed, another aborted) as soon as I enable the coordinator crash action. Relevant part:

${F}tla
RMPrepare(r) ==
  /\\ rmState[r] = "working"
  /\\ rmState' = [rmState EXCEPT ![r] = "prepared"]
  /\\ msgs' = msgs \\cup {[type |-> "Prepared", rm |-> r]}
  /\\ UNCHANGED <<cState, cLog, tmPrepared>>

RMTimeout(r) ==
  /\\ rmState[r] \\in {"working", "prepared"}
  /\\ ~\\E m \\in msgs : m.type \\in {"Commit", "Abort"}
  /\\ rmState' = [rmState EXCEPT ![r] = "aborted"]
  /\\ UNCHANGED <<msgs, cState, cLog, tmPrepared>>

CDecideCommit ==
  /\\ cState = "init"
  /\\ tmPrepared = RM
  /\\ cLog' = "commit"
  /\\ cState' = "committed"
  /\\ msgs' = msgs \\cup {[type |-> "Commit"]}
  /\\ UNCHANGED <<rmState, tmPrepared>>

CCrash ==
  /\\ cState' = "down"
  /\\ tmPrepared' = {}
  /\\ UNCHANGED <<rmState, msgs, cLog>>

CRecover ==
  /\\ cState = "down"
  /\\ cState' = IF cLog = "commit" THEN "committed" ELSE "init"
  /\\ UNCHANGED <<rmState, msgs, cLog, tmPrepared>>
${F}

The trace is 9 states, RM r1 commits, r2 aborts. Is the bug in the spec or in our protocol?`,
    `The violation is real with respect to the protocol as the spec describes it, and it comes from **RMTimeout**, not from the crash/recovery actions. Those only make the bad interleaving reachable, because a crash lets time pass with no decision message in \`msgs\`.

**The core bug: a prepared RM aborts unilaterally.** In 2PC, once an RM has voted yes it has given up its right to decide alone: it must wait for the coordinator's decision, however long that takes (this is exactly the "blocking" in 2PC). Your \`RMTimeout\` lets an RM in \`"prepared"\` abort if it hasn't *yet* seen a decision. The trace TLC finds is almost certainly:

1. r1 and r2 both prepare; both Prepared messages are in \`msgs\`.
2. The coordinator receives both (\`tmPrepared = RM\`) and **CDecideCommit** logs "commit" and adds the Commit message.

   …or, in the variant with the crash: the coordinator crashes *after* receiving both votes but *before* deciding, so \`msgs\` holds no decision.
3. r2 times out (guard satisfied: no Commit/Abort message yet) and aborts.
4. The coordinator recovers to "init", its \`tmPrepared\` was reset to {} by the crash, but the Prepared messages are still in \`msgs\`, so it re-collects both votes – including r2's, which is now stale – and commits.
5. r1 receives Commit and commits. r1 committed, r2 aborted.

Fix: restrict the timeout to RMs that have not voted:

${F}tla
RMTimeout(r) ==
  /\\ rmState[r] = "working"
  /\\ rmState' = [rmState EXCEPT ![r] = "aborted"]
  /\\ msgs' = msgs \\cup {[type |-> "Aborted", rm |-> r]}
  /\\ UNCHANGED <<cState, cLog, tmPrepared>>
${F}

Note the second change: an RM that aborts unilaterally should *say so*, and the coordinator must treat an Aborted message as a veto. Otherwise the coordinator can still count an old Prepared message…

**A second, independent problem: what the recovered coordinator may decide.** \`CRecover\` returns to "init" when nothing is logged. That is only safe if a coordinator in "init" after recovery can never reach a *different* decision from one already acted on. Since the decision is logged before the Commit message is sent (\`cLog'\` and \`msgs'\` change in the same step), a Commit in \`msgs\` implies \`cLog = "commit"\`, so this part holds – but only because the log write and the send are one atomic step in your spec. In the real code they are two steps (fsync, then send). If you split them, you must also`],
  ['go-on', 'opus', 'go on, you got cut off',
    `…must also make recovery consult the log *and* make it impossible for the coordinator to send a decision it has not logged. Model the real code's two steps explicitly:

${F}tla
CLogCommit ==
  /\\ cState = "init" /\\ tmPrepared = RM /\\ cLog = "none"
  /\\ cLog' = "commit"
  /\\ UNCHANGED <<rmState, msgs, cState, tmPrepared>>

CSendCommit ==
  /\\ cLog = "commit" /\\ cState # "down"
  /\\ cState' = "committed"
  /\\ msgs' = msgs \\cup {[type |-> "Commit"]}
  /\\ UNCHANGED <<rmState, cLog, tmPrepared>>
${F}

With the split, a crash between \`CLogCommit\` and \`CSendCommit\` leaves \`cLog = "commit"\` and no message; \`CRecover\` must then go to a state from which only \`CSendCommit\` is enabled (your IF already does this, as long as \`CDecideAbort\` also requires \`cLog = "none"\`).

**Stale votes after recovery.** Your \`CCrash\` clears \`tmPrepared\`, modelling volatile memory, but \`msgs\` keeps every Prepared message forever, so a recovered coordinator re-collects votes it already counted. That's harmless once RMs can no longer abort after preparing – a Prepared vote stays valid forever – but it's worth an invariant that says so:

${F}tla
VotesStayValid == \\A m \\in msgs : m.type = "Prepared" => rmState[m.rm] # "aborted"
${F}

TLC will check it on every state, and it documents the assumption the recovery relies on.

**What to add to the model next:**
1. An RM crash action that keeps \`rmState\` (it's persisted) but loses anything volatile, plus an \`RMAskDecision\` action for prepared RMs after recovery.
2. \`CDecideAbort\` when a Vote-No / Aborted message arrives or the coordinator times out *before* logging commit.
3. Keep \`Consistency\` as the invariant: \`\\A r1, r2 \\in RM : ~(rmState[r1] = "committed" /\\ rmState[r2] = "aborted")\`.

Run it with 3 RMs first; the state space grows fast with message sets, so use a symmetry set for \`RM\` (\`Permutations(RM)\`) to cut it down by a factor of 6.`],
  ['workers-flag', 'haiku', "unrelated: what's the flag to make TLC use all the cores? I always forget",
    `\`-workers auto\`, e.g.

${F}
java -XX:+UseParallelGC -cp tla2tools.jar tlc2.TLC -workers auto -config TwoPC.cfg TwoPC.tla
${F}

In the VS Code extension it's the "TLC options" setting; put \`-workers auto\` there.`],
  ['liveness', 'opus', "Safety now holds up to 3 RMs with the split log/send steps. Next I want liveness: every RM eventually reaches committed or aborted, assuming the coordinator eventually stays up. Write the fairness conditions and the temporal property, tell me which actions need weak vs strong fairness and why, and explain why plain 2PC can't satisfy it without the 'eventually stays up' assumption. Is that FLP or something simpler?"],
]);

const epoll = chat('m8-epoll-hang', [
  ['hang', 'opus', `C server on Linux, epoll edge-triggered, 4 worker threads sharing one epoll fd. Each worker loops on epoll_wait, and for each readable fd reads until EAGAIN. Under load (~20k connections) a handful of connections hang forever: the client sent its request and the server never reads it. ss shows bytes sitting in Recv-Q for those sockets. Simplified worker:

${F}c
for (;;) {
    int n = epoll_wait(ep, evs, 64, -1);
    for (int i = 0; i < n; i++) {
        struct conn *c = evs[i].data.ptr;
        if (pthread_mutex_trylock(&c->lock) != 0)
            continue;               /* another worker is already on it */
        for (;;) {
            ssize_t r = read(c->fd, c->buf + c->len, sizeof c->buf - c->len);
            if (r > 0) { c->len += r; handle_complete_requests(c); continue; }
            if (r == 0) { close_conn(c); break; }
            if (errno == EAGAIN) break;
            close_conn(c); break;
        }
        pthread_mutex_unlock(&c->lock);
    }
}
${F}

Registered with EPOLLIN | EPOLLET | EPOLLRDHUP. Why do we lose the event?`,
    `The event is lost in the window between the reading thread's last \`read()\` returning EAGAIN and its \`pthread_mutex_unlock\`. Edge-triggered epoll reports a transition *once*; your \`trylock ... continue\` throws that one report away if another thread happens to hold the lock.

The interleaving:

1. Worker A owns \`c->lock\` and reads until \`read()\` returns EAGAIN. The socket buffer is now empty.
2. *Before A unlocks*, the client's next request arrives. The socket goes empty → readable, so epoll queues one EPOLLIN edge for \`c\`.
3. Worker B's \`epoll_wait\` returns that event. B's \`trylock\` fails because A still holds the lock, so B does \`continue\` – the event is dropped.
4. A unlocks and goes back to \`epoll_wait\`. Nobody will read the data: with EPOLLET there will be no new event until *more* data arrives, and the client is waiting for a response, so it sends nothing more. Hang.

The data in Recv-Q is exactly what you see. It's rare because the window is a few instructions wide, and 20k connections make it happen a handful of times.

**The fix: EPOLLONESHOT, and re-arm after EAGAIN.** With ONESHOT, after an event is delivered the fd is disabled in the interest list until you re-arm it with \`EPOLL_CTL_MOD\`. That gives you two properties at once:

- Only one thread can be handling a connection at a time, so you no longer need the trylock for mutual exclusion between workers.
- \`EPOLL_CTL_MOD\` re-evaluates readiness when it re-arms. If data arrived between your last EAGAIN and the re-arm, the fd is reported again immediately. No window.

${F}c
        struct conn *c = evs[i].data.ptr;
        for (;;) { /* read until EAGAIN as before, no lock needed */ }
        struct epoll_event ev = { .events = EPOLLIN | EPOLLET | EPOLLRDHUP | EPOLLONESHOT, .data.ptr = c };
        epoll_ctl(ep, EPOLL_CTL_MOD, c->fd, &ev);   /* skip if the conn was closed */
${F}

Keep the mutex only if some *other* thread (a writer, a timer) touches \`c\` too; but never use trylock-and-skip on an edge-triggered event. If you ever need to hand an event off, record it (\`c->pending = 1\`) so the lock holder re-checks before unlocking.

One more thing to check while you're there: \`handle_complete_requests\` must not block on a write. If a response can't be written fully, you need EPOLLOUT handling per connection; otherwise a slow client can stall a worker and look like a different kind of hang.`],
  ['et-vs-oneshot', 'haiku', "what's the difference between EPOLLET and EPOLLONESHOT, one sentence each?",
    `- **EPOLLET** (edge-triggered): epoll reports the fd only when its state *changes* (e.g. from no data to some data), not for as long as it stays readable.
- **EPOLLONESHOT**: after one event is delivered for the fd, epoll disables it until you re-arm it with \`EPOLL_CTL_MOD\`.`],
  ['uaf', 'opus', "We switched to ONESHOT + re-arm, the hangs are gone. But now under close-heavy load ASan reports a heap-use-after-free on struct conn every few hours. Close path: when read() returns 0 the worker calls close(fd) then free(c). We also have a timer thread that walks an idle list and closes connections idle > 60s (close + free, under the idle-list lock). epoll data.ptr is the conn pointer. How do we make teardown safe without going back to a global lock?",
    `Two owners can free the same \`conn\`, and epoll can hand out a pointer to a \`conn\` that is already gone. There are three distinct races:

1. **Timer vs worker.** The timer decides a connection is idle and frees it while a worker is in the middle of handling an event for it (ONESHOT guarantees one *worker* at a time, but the timer isn't a worker).
2. **Close vs a queued event.** \`close(fd)\` removes the fd from the interest list only if no other file descriptor refers to the same open file description, and events already returned by \`epoll_wait\` into another thread's \`evs\` array are not recalled. With ONESHOT a second event for the same fd shouldn't be queued, but the timer path doesn't respect ONESHOT at all.
3. **fd reuse.** After \`close(fd)\`, the kernel can hand the same fd number to the next \`accept()\`; any code that looks up a connection by fd instead of by pointer-plus-generation can act on the new connection.

**Make the armed/disarmed state the ownership rule.** With ONESHOT, a connection is in exactly one of two states: *armed* (owned by epoll; nobody may touch it) or *delivered* (owned by the one worker that got the event). Let only the owner ever free it:

- The timer thread never closes a connection itself. It marks it (\`atomic_store(&c->idle_kill, 1)\`) and wakes it: \`shutdown(c->fd, SHUT_RDWR)\` is safe to call from any thread while the fd is open, and makes the socket readable with EOF, so epoll delivers an event (EPOLLRDHUP/EPOLLIN) to exactly one worker.
- That worker sees EOF (or \`idle_kill\`), and as the owner does \`epoll_ctl(EPOLL_CTL_DEL)\`, \`close\`, removes \`c\` from the idle list (under the idle-list lock), and frees it.
- The timer must hold the idle-list lock while it calls \`shutdown\`, and the worker must take that same lock to unlink before freeing; so the timer can never call \`shutdown\` on a freed \`c\` or on an fd number that has been reused.

For race 2, add \`EPOLL_CTL_DEL\` before \`close\`, and never free while an event for \`c\` can still be in flight: with ONESHOT and owner-only frees, the only event in flight is the one the owner is handling.

If you later need other threads to hold references (e.g. an async write queue), add a refcount on \`conn\` with the epoll registration counting as one reference, and free on the last \`release\`; but start with the ownership rule: it removes both frees from the timer, which is where your ASan report comes from.`],
  ['stress-client', 'sonnet', "Write a small stress-test client in Python (asyncio) for this: opens N connections, each sends a newline-terminated request at random intervals and expects a reply line, some connections randomly go idle for 70s or half-close. Report any request that got no reply within 5 s, with the connection id and time. Args: host, port, N, duration."],
]);

const apmo = chat('m8-apmo-inequality', [
  ['proof', 'opus', 'Prove that for all positive reals a, b, c: (a^2+2)(b^2+2)(c^2+2) >= 9(ab+bc+ca). I tried AM-GM on each factor and it goes the wrong way.',
    `AM-GM on each factor alone loses too much; the trick is to pair two factors using a sign argument and then finish with Cauchy-Schwarz.

**Step 1: two of the three numbers a² − 1, b² − 1, c² − 1 have the same sign.** There are three numbers and only two signs (counting 0 as either), so by pigeonhole two of them agree. The inequality is symmetric, so we may assume (a² − 1)(b² − 1) ≥ 0.

**Step 2: bound the product of those two factors.**
(a² + 2)(b² + 2) = a²b² + 2a² + 2b² + 4.
We claim this is at least 3(a² + b² + 1). Subtracting:
a²b² + 2a² + 2b² + 4 − 3a² − 3b² − 3 = a²b² − a² − b² + 1 = (a² − 1)(b² − 1) ≥ 0. ✓

So (a² + 2)(b² + 2)(c² + 2) ≥ 3(a² + b² + 1)(c² + 2).

**Step 3: Cauchy-Schwarz.** Write the two factors as (a² + b² + 1)(1 + 1 + c²). By Cauchy-Schwarz, pairing a with 1, b with 1 and 1 with c:
(a² + b² + 1)(1 + 1 + c²) ≥ (a·1 + b·1 + 1·c)² = (a + b + c)².

**Step 4: finish.** (a + b + c)² = a² + b² + c² + 2(ab + bc + ca) ≥ 3(ab + bc + ca), since a² + b² + c² ≥ ab + bc + ca (which is ½[(a−b)² + (b−c)² + (c−a)²] ≥ 0).

Putting it together:
(a² + 2)(b² + 2)(c² + 2) ≥ 3(a² + b² + 1)(c² + 2) ≥ 3(a + b + c)² ≥ 9(ab + bc + ca). ∎

**Equality** holds when every step is tight: (a² − 1)(b² − 1) = 0, the Cauchy-Schwarz vectors (a, b, 1) and (1, 1, c) are proportional, and a = b = c. That forces a = b = c = 1, where both sides equal 27.

This is APMO 2004 Problem 5, by the way; the pigeonhole-on-signs step is the idea worth remembering, it comes up in many symmetric inequalities where a "1" sits in the factors.`],
  ['latex', 'haiku', 'can you give me that as LaTeX for my notes? one align* environment for the chain at the end, the rest as normal text',
    `${F}latex
\\textbf{Claim.} For all $a,b,c>0$, $(a^2+2)(b^2+2)(c^2+2)\\ge 9(ab+bc+ca)$.

\\textbf{Proof.} Among $a^2-1$, $b^2-1$, $c^2-1$ two have the same sign; by symmetry let $(a^2-1)(b^2-1)\\ge 0$.
Then $(a^2+2)(b^2+2)-3(a^2+b^2+1)=(a^2-1)(b^2-1)\\ge 0$. By Cauchy--Schwarz,
$(a^2+b^2+1)(1+1+c^2)\\ge (a+b+c)^2$, and $(a+b+c)^2\\ge 3(ab+bc+ca)$. Hence
\\begin{align*}
(a^2+2)(b^2+2)(c^2+2) &\\ge 3(a^2+b^2+1)(c^2+2)\\\\
&\\ge 3(a+b+c)^2\\\\
&\\ge 9(ab+bc+ca).
\\end{align*}
Equality holds iff $a=b=c=1$. \\hfill $\\blacksquare$
${F}`],
  ['intuition', 'sonnet', "I coach a small olympiad group (14-15 year olds). How would someone come up with the 'two of a²-1, b²-1, c²-1 have the same sign' idea in the first place? I want to present it as a thought process, not a magic trick.",
    `Here's a way to tell the story so the idea feels forced by the problem rather than pulled from a hat.

**1. Find the equality case first.** Try a = b = c: the inequality becomes (a² + 2)³ ≥ 27a². At a = 1 both sides are 27. So equality is at a = b = c = 1, and any step we use must be tight there. This already rules out the students' first attempt: AM-GM on a² + 2 = a² + 1 + 1 ≥ 3·a^(2/3) is tight at a = 1, but it turns the product into something in a^(2/3)b^(2/3)c^(2/3), which can't be compared with ab + bc + ca.

**2. Try to handle two variables at a time.** The right side mixes pairs, so it's natural to ask: can I bound (a² + 2)(b² + 2) by something simpler and symmetric in a, b, that is still tight at a = b = 1? The simplest candidate is a multiple of a² + b² + 1 (degree 2, symmetric, and at a = b = 1 it's 3; the product there is 9, so the multiple is 3).

**3. Compute the difference and see what it needs.** Expanding (a² + 2)(b² + 2) − 3(a² + b² + 1) gives (a² − 1)(b² − 1). So the bound we want is true *exactly when* a² and b² are on the same side of 1. Ask the group: is that always true? No: a = 2, b = ½ breaks it.

**4. The key question: do we get to choose which two?** Yes! The inequality is symmetric, so we can pick any pair. Now it's a pigeonhole question: three numbers, each either ≥ 1 or ≤ 1 (in square) – two must land on the same side. That's the moment to pause; students are usually delighted that such a cheap fact saves the argument.

**5. What remains looks like Cauchy-Schwarz.** We're left with (a² + b² + 1)(c² + 2). Ask them to rewrite 2 as 1 + 1 and to look for a sum of products; the pairing (a, b, 1)·(1, 1, c) appears naturally once they're hunting for a + b + c.

**Exercise for them:** prove (a² + 1)(b² + 1) ≥ something with the same method, or try the problem with 2 replaced by 3 and see which step breaks. That leads into the next question I expect you'll ask.`],
  ['general-k', 'opus', "Ha, you guessed it. For k > 0, what's the largest constant C(k) such that (a^2+k)(b^2+k)(c^2+k) >= C(k)(ab+bc+ca) for all positive reals a, b, c? Prove it is the best constant. My students conjecture C(k) = (k+1)^3/3 but I think that's only right for some k."],
]);

const niTrial = chat('m8-ni-trial', [
  ['design', 'opus', "I'm the trial statistician on a non-inferiority trial: new oral antibiotic vs IV standard of care for complicated UTI. Primary endpoint is clinical cure at the test-of-cure visit; we expect ~85% cure in both arms, NI margin is -10 percentage points, one-sided alpha 0.025, 90% power. The sponsor wants one interim at 50% information with stopping for efficacy (and they'd love to claim superiority if it's there) and for futility, plus a blinded sample-size re-estimation. Can you work out the sample size, how to run the interim without inflating type I error, and how the NI and superiority claims fit together?",
    `**1. Fixed-design sample size (before interim and dropouts).** For a difference in proportions with equal true rates p = 0.85 and margin δ = 0.10:

n per arm = (z₀.₉₇₅ + z₀.₉₀)² · [p(1−p) + p(1−p)] / δ² = (1.960 + 1.282)² · (0.1275 + 0.1275) / 0.01 = 10.51 · 25.5 ≈ **268 per arm**.

**2. Inflation for the interim.** With one interim at 50% information using an O'Brien-Fleming-type Lan-DeMets spending function (one-sided α = 0.025), the efficacy boundaries are about z = 2.80 at the interim and z = 1.98 at the final; the maximum sample size inflates by only ~1%, to **~271 per arm**. A non-binding futility boundary does not need to enter the alpha calculation (it only lowers power slightly), which is what regulators prefer: the DSMB can ignore it without invalidating the type I error control.

**3. Evaluability.** cUTI trials typically lose 15-25% of randomised patients from the microbiological/clinically evaluable populations. If the primary analysis population is micro-ITT (patients with a qualifying baseline pathogen), plan on ~25% non-evaluable: 271 / 0.75 ≈ **362 randomised per arm, ~724 total**.

**4. The interim.** At 50% information, test NI (H₀: p_new − p_SOC ≤ −0.10) against the 2.80 boundary. Stopping early for NI is unusual in anti-infective trials and regulators are sceptical: safety data, particularly for a new oral agent, are usually the limiting factor, so many sponsors only stop for futility at the interim and let efficacy run to the end. Raise this with the sponsor early.

**5. NI then superiority.** Test hierarchically at each analysis: first NI against margin −10%; only if NI is shown, test superiority (H₀: difference ≤ 0) at the same α, within the same group-sequential boundaries. This closed testing procedure controls the familywise error rate, so no alpha split is needed. Superiority claims should be on the ITT-type population; NI should be consistent across ITT-type and per-protocol analyses.

**6. Blinded sample-size re-estimation.** Re-estimating n from the *pooled* cure rate (without unblinding) has negligible type I error inflation in NI trials with binary endpoints (Friede & Kieser showed the inflation is small, though not exactly zero; simulate it for your design). If the pooled cure rate is 80% instead of 85%, the variance term rises from 0.255 to 0.32 and n rises by about 25%, so put a cap on the maximum sample size in the protocol.

I'd simulate the whole design (interim, non-binding futility, blinded SSR, dropout) with 100k replicates under H₀ at −10% and under the alternative before finalising.`],
  ['mitt-pp', 'haiku', 'sorry, remind me what micro-ITT vs per-protocol mean, one line each, the sponsor call is in 5 min',
    `- **micro-ITT:** all randomised patients who received study drug *and* had a qualifying baseline uropathogen, analysed in the arm they were randomised to regardless of what happened after.
- **Per-protocol (microbiologically evaluable):** the subset of micro-ITT patients who followed the protocol closely enough (adequate dosing, no prohibited antibiotics, attended the test-of-cure visit) to show the drug's effect under ideal conditions.`],
  ['methods-text', 'sonnet', "Can you write the 'Statistical methods: primary analysis and interim analysis' paragraph for the protocol, based on the design above? Use the Miettinen-Nurminen CI for the difference, stratified by baseline diagnosis (pyelonephritis vs cUTI without pyelo), and keep the numbers we agreed: 271 evaluable per arm, 724 randomised, OBF Lan-DeMets, non-binding futility.",
    `**Primary analysis.** The primary efficacy endpoint is the clinical cure rate at the test-of-cure (TOC) visit in the micro-ITT population. The treatment difference (oral study drug minus IV standard of care) and its two-sided 95% confidence interval will be estimated with the Miettinen-Nurminen method, stratified by baseline diagnosis (acute pyelonephritis vs complicated UTI without pyelonephritis) using Cochran-Mantel-Haenszel weights. Non-inferiority will be concluded if the lower bound of the 95% CI is greater than −10 percentage points. If non-inferiority is established, superiority will be tested in a hierarchical manner and concluded if the lower bound exceeds 0. The same analysis in the microbiologically evaluable population will be considered supportive; non-inferiority conclusions are expected to be consistent across both populations.

**Sample size.** Assuming a cure rate of 85% in both arms, a non-inferiority margin of −10%, a one-sided significance level of 0.025 and 90% power, and accounting for one interim analysis, 271 evaluable patients per arm are required. Assuming 25% of randomised patients will not be micro-ITT evaluable, approximately 724 patients will be randomised 1:1.

**Interim analysis.** One interim analysis will be conducted by an independent Data Monitoring Committee when 50% of micro-ITT patients have reached the TOC visit. Type I error will be controlled with the Lan-DeMets alpha-spending function approximating O'Brien-Fleming boundaries (nominal one-sided boundaries approximately z = 2.80 at the interim and z = 1.98 at the final analysis, recalculated for the actual information fraction). A non-binding futility assessment based on conditional power will be performed at the interim; because it is non-binding, it will not affect type I error control. A blinded sample-size re-estimation based on the pooled cure rate will be performed at the same time, with a maximum of [N_max] randomised patients.`],
  ['composite', 'opus', "Bad news from the FDA pre-IND meeting: they want the primary endpoint to be the composite of clinical cure AND microbiological eradication at TOC (we expect ~70% responders in both arms, not 85%), margin stays -10%. EMA is fine with clinical cure alone, so it becomes two regional primaries. Also the sponsor now wants to move the interim from 50% to 40% information if enrollment is slow, and the DSMB charter draft says futility is 'conditional power < 20% under the current trend'. Redo the design: sample size driven by which endpoint, how to handle two primary endpoints for two regulators without an alpha penalty (or do we need one?), whether moving the interim timing mid-trial is legitimate under alpha spending, and what that futility rule costs in power."],
]);

const jwt = chat('m8-jwt-verify', [
  ['review', 'opus', `Security review please. Our Node API gateway verifies JWTs from two issuers: our own HS256 tokens and Auth0 RS256 tokens. We hand-rolled it because the library we used didn't support our key rotation scheme. Anything wrong?

${F}ts
import crypto from 'node:crypto';
import { getJwks } from './jwks';

const HS_KEYS: Record<string, string> = JSON.parse(process.env.HS_KEYS!); // kid -> secret
const b64 = (s: string) => Buffer.from(s, 'base64');

export async function verify(token: string) {
  const [h, p, s] = token.split('.');
  const header = JSON.parse(b64(h).toString());
  const payload = JSON.parse(b64(p).toString());
  const data = h + '.' + p;

  if (header.alg === 'HS256') {
    const jwks = await getJwks();
    const key = HS_KEYS[header.kid] ?? jwks[header.kid]?.pem;
    const expected = crypto.createHmac('sha256', key).update(data).digest('base64url');
    if (expected !== s) throw new Error('bad signature');
  } else {
    const jwks = await getJwks();
    const ok = crypto.verify('RSA-SHA256', Buffer.from(data), jwks[header.kid].pem, b64(s));
    if (!ok) throw new Error('bad signature');
  }
  if (payload.exp && Date.now() > payload.exp) throw new Error('expired');
  return payload;
}
${F}`,
    `Yes, several, and the first one is critical: anyone can forge tokens.

**1. Algorithm confusion → forgery (critical).** In the HS256 branch, if the \`kid\` isn't one of your HMAC keys, you fall back to \`jwks[kid].pem\` – the Auth0 **public** key – and use it as an HMAC secret. The public key is, by definition, public (it's served at \`/.well-known/jwks.json\`). An attacker takes any Auth0 \`kid\`, writes \`{"alg":"HS256","kid":"<auth0 kid>"}\`, HMACs header and payload with the PEM text, and your code accepts it with any claims they like. Fix: the key type must decide the algorithm, never the token. HMAC keys verify only HS256, RSA keys only RS256, and each issuer has its own allowed list.

**2. \`exp\` is never enforced (high).** JWT \`exp\` is in *seconds*; \`Date.now()\` is in *milliseconds*. \`Date.now() > payload.exp\` is true only around the year 55,000, so every token is valid forever. Also, \`payload.exp &&\` accepts tokens with no \`exp\` at all. Use \`Math.floor(Date.now() / 1000) >= payload.exp\` with a small leeway, and require \`exp\`.

**3. No \`iss\` / \`aud\` checks (high).** A valid Auth0 token issued for a *different* application in your tenant (or any tenant, if \`getJwks\` follows the token's issuer) passes. Check \`iss\` against the issuer the key belongs to and \`aud\` against this API.

**4. Other-algorithm branch accepts anything not "HS256" (medium).** \`alg: "none"\` falls into the RSA branch and fails only because \`crypto.verify\` throws on an empty signature – by accident. \`"RS512"\` would be verified as RS256. Allow-list algorithms explicitly.

**5. Timing-unsafe comparison (low-medium).** \`expected !== s\` short-circuits; use \`crypto.timingSafeEqual\` on equal-length buffers. Exploiting this over a network is hard, but it's free to fix.

**6. Parsing.** \`Buffer.from(s, 'base64')\` is lenient and accepts both alphabets and junk characters, so different strings decode to the same bytes: fine for the signature but note it for caching or replay lists keyed on the raw token. \`JSON.parse\` on attacker input before the signature check is OK in Node, but catch the exception so a malformed token gives a 401, not a 500. And \`jwks[header.kid].pem\` throws a TypeError for unknown kids – again a 500 instead of a 401, and the error text may leak into logs.

**7. \`getJwks\` behaviour.** If it refetches on an unknown \`kid\`, rate-limit that, or anyone can make you hammer Auth0 by sending random kids.

Recommendation: use \`jose\` (\`jwtVerify\` with \`createRemoteJWKSet\` for Auth0, and a separate key set for your HMAC keys) with \`algorithms\`, \`issuer\` and \`audience\` set per issuer; it handles rotation through \`kid\` lookup, which is probably what your original library was missing.`],
  ['base64url', 'haiku', "what's the difference between base64 and base64url again?",
    `base64url is base64 with two characters swapped so the output is safe in URLs and filenames: \`+\` becomes \`-\` and \`/\` becomes \`_\`. JWTs also drop the \`=\` padding at the end. The encoded data is otherwise identical.`],
  ['migration', 'opus', "We're moving to jose. But during the migration both verifiers will run side by side, and we have ~40 internal services that mint HS256 tokens with ONE shared secret (yes, I know) which every service can also verify with. Plan the migration to per-service asymmetric keys with rotation: no downtime, no window where a token minted by one service can impersonate another, and tell me what to do about already-issued tokens (24h lifetime) and about the shared secret, which we have to assume has leaked somewhere among 40 repos."],
]);

const sudoku = chat('m8-sudoku', [
  ['solver', 'sonnet', 'can you write me a sudoku solver in python? input is a string of 81 chars, digits and . for blanks, row by row. print the solved grid',
    `Here's a compact solver using backtracking with constraint propagation: it always fills the empty cell with the fewest candidates first, which makes even very hard puzzles fast.

${F}python
import sys

def parse(s: str) -> list[int]:
    s = s.strip()
    if len(s) != 81:
        raise ValueError(f'expected 81 characters, got {len(s)}')
    return [0 if ch in '.0' else int(ch) for ch in s]

def candidates(grid: list[int], i: int) -> set[int]:
    r, c = divmod(i, 9)
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used = {grid[r * 9 + k] for k in range(9)}
    used |= {grid[k * 9 + c] for k in range(9)}
    used |= {grid[(br + dr) * 9 + bc + dc] for dr in range(3) for dc in range(3)}
    return set(range(1, 10)) - used

def solve(grid: list[int]) -> bool:
    best, best_cands = None, None
    for i, v in enumerate(grid):
        if v == 0:
            cands = candidates(grid, i)
            if not cands:
                return False          # dead end
            if best_cands is None or len(cands) < len(best_cands):
                best, best_cands = i, cands
                if len(cands) == 1:
                    break
    if best is None:
        return True                   # no empty cells left
    for d in best_cands:
        grid[best] = d
        if solve(grid):
            return True
    grid[best] = 0
    return False

def show(grid: list[int]) -> None:
    for r in range(9):
        row = grid[r * 9:(r + 1) * 9]
        print(' '.join(str(d) for d in row[:3]), '|',
              ' '.join(str(d) for d in row[3:6]), '|',
              ' '.join(str(d) for d in row[6:]))
        if r in (2, 5):
            print('------+-------+------')

if __name__ == '__main__':
    g = parse(sys.argv[1] if len(sys.argv) > 1 else sys.stdin.read())
    if solve(g):
        show(g)
    else:
        print('no solution')
${F}

Run it as \`python sudoku.py "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79"\`.

The "fewest candidates first" rule (also called minimum remaining values) is what keeps it fast: a plain left-to-right backtracker can take minutes on adversarial puzzles, this one usually needs a few thousand guesses at most.`],
  ['thanks', 'haiku', "wow, it did the 'world's hardest sudoku' in 0.3 s. thank you!!",
    `Nice! That one (Arto Inkala's 2012 puzzle) is hard for humans but not especially hard for a computer with the fewest-candidates rule. If you ever want it faster still, switching the candidate sets to bitmasks typically gives another 10-20×, but for interactive use 0.3 s is plenty.`],
  ['generator', 'sonnet', "Next step: I want to generate puzzles for my kid's app. Each must have exactly one solution, and I want to label them easy / medium / hard in a way that matches how hard they feel to a human, not just the number of clues. How do I do that?",
    `Two parts: generating puzzles with a unique solution, and grading them the way humans experience them.

**1. Generating with a unique solution**

1. Make a random full grid: run your solver on an empty grid, but shuffle the candidate order (\`random.shuffle(list(best_cands))\`) so each run gives a different solution.
2. Remove clues one at a time in random order. After each removal, count solutions with a modified solver that doesn't stop at the first one, but stops at two:

${F}python
def count_solutions(grid, limit=2):
    best, best_cands = ...            # same cell choice as solve()
    if best is None:
        return 1
    total = 0
    for d in best_cands:
        grid[best] = d
        total += count_solutions(grid, limit - total)
        if total >= limit:
            break
    grid[best] = 0
    return total
${F}

3. If removing a clue makes the count 2, put it back and try the next cell. Stop when you've tried every cell or reached a target clue count. Optionally remove clues in symmetric pairs (cell i and 80 − i) for the classic look.

**2. Grading by human difficulty**

Humans don't guess; they apply logical techniques. So write a second, "human" solver that only uses techniques in order of difficulty, and grade the puzzle by the hardest technique it needs:

- **Easy:** naked singles (a cell with one candidate) and hidden singles (a digit that fits only one place in a row, column or box).
- **Medium:** adds naked/hidden pairs and pointing pairs (box-line reduction).
- **Hard:** needs X-wing, swordfish, XY-wing or similar.
- Anything the human solver can't finish without guessing: discard for a kid's app, or label "expert".

Loop: generate, grade, keep if it matches the level you need. Easy ones come fast; hard ones might need a few hundred attempts, so generate them offline and ship a bank of puzzles with the app rather than generating on the phone.

Clue count alone is a poor proxy: some 24-clue puzzles fall to singles, while some 30-clue ones need X-wings.`],
  ['np-complete', 'opus', "My CS friend says sudoku is NP-complete so there's no efficient generator in general. Is that right? Can you actually prove NP-completeness for n²×n² sudoku (the reduction, properly, not a sketch), and say what it does and doesn't imply about 9x9 and about my generator?"],
]);

export const eighthMultiTurnExamples: TrafficExample[] = [...garden, ...oneShot, ...twoPc, ...epoll, ...apmo, ...niTrial, ...jwt, ...sudoku];
