import { chat, type TrafficExample } from './build.js';

/**
 * Eighth multi-turn batch (session 10, names `m8-`), written blind (the router was not run while writing): sixteen
 * conversations as chat UIs see them, each labelled at 3-5 of its user turns (a row is the conversation up to and
 * including that turn, so later rows carry the earlier assistant answers). Raised garden beds, a D&D one-shot, a
 * sudoku solver, a job offer, a jq filter, Latin homework, museum labels and a long Rust photo-renaming session beside
 * a two-phase-commit TLA+ spec, lost epoll wakeups, an APMO inequality, a non-inferiority trial, a hand-rolled JWT
 * verifier, a layoff across four countries, lease-based job scheduling under clock skew and a procurement auction;
 * "continue" and "go on", tables, LaTeX, thanks, side questions, easy chats that turn hard and easy asks in hard ones.
 */


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


const jobOffer = chat('m8-job-offers', [
  ['compare', 'sonnet', "I have two offers and have to answer by Friday. A) BigCo (public), Senior Data Engineer: $178k base, 15% target bonus, $240k of RSUs vesting quarterly over 4 years, hybrid 3 days a week, 25 min commute. B) Series B startup, Staff Data Engineer: $165k base, no bonus, 60,000 options (0.15%), strike $2.10 (= last 409A), last preferred price $7.80, 4-year vest with 1-year cliff, fully remote. I'm 34, one kid (3), wife works part time, decent savings. How should I think about this?",
    `Let's separate what's close to certain from what's a bet.

**Cash you can count on (per year)**
- **BigCo:** $178k base + ~$26.7k bonus (15% target; public companies usually pay 80-120% of target) + $60k RSUs (liquid as they vest, so close to cash, though the share price moves) ≈ **$265k**.
- **Startup:** **$165k** base. That's ~$100k a year less in near-certain compensation, ~$400k over four years.

**What the options might be worth**
- 60,000 options at a $2.10 strike. The $7.80 preferred price is what investors paid for shares with a liquidation preference; common stock is worth less, which is why the 409A is $2.10. The "paper" spread of (7.80 − 2.10) × 60,000 = $342k is not a fair value.
- 0.15% of the company today. Expect dilution of 15-25% per future round; after two more rounds you might hold ~0.09-0.10%.
- Rough outcomes at exit: a $300M exit (after preferences) → ~$200-300k before tax; $1B → ~$0.9-1M; failure or a down-round acquisition → $0. Most Series B companies end in the last bucket or a modest exit.

So financially, B is a bet that needs roughly a $600M+ outcome just to match A's extra cash over four years.

**What the numbers don't capture**
- **Title and growth.** Staff at a startup can be a real step up (scope, ownership) and makes the next job easier to get, at a big company or elsewhere.
- **Remote vs hybrid.** With a 3-year-old, no commute is worth something real: 3 × 50 minutes a week is 2.5 hours back.
- **Risk tolerance.** With one part-time income, ask: if the startup folds in 18 months, how long could you go without a salary? If the answer is 6+ months of savings, the risk is survivable.

**Questions to ask the startup before Friday**
1. Fully diluted share count (to check the 0.15%), total raised and the liquidation preferences.
2. Runway in months and when they plan to raise next.
3. Can you early-exercise, and how long is the post-termination exercise window (90 days vs years matters a lot if you leave).
4. Refreshers: do they grant more options over time?

If after those answers you'd be excited to work there *even if the options are worth zero*, B is a reasonable choice. If the options are the main reason, A is the safer bet.`],
  ['cliff', 'haiku', "what does the 1 year cliff actually mean",
    `A 1-year cliff means none of your options vest until you've worked there a full year. On your first anniversary, 25% (15,000 options) vest all at once; after that the rest usually vests monthly (1/48 of the grant each month) until year 4. If you leave or are let go before the 12 months, you get nothing.`],
  ['table', 'haiku', "can you put the comparison in a simple table i can send to my wife? no jargon",
    `| | BigCo | Startup |
|---|---|---|
| Job title | Senior Data Engineer | Staff Data Engineer (one level higher) |
| Salary | $178,000 | $165,000 |
| Yearly bonus | about $27,000 | none |
| Stock | about $60,000 a year, sellable as it arrives | options worth $0 to $1M+ in several years, only if the company sells or goes public; nothing if you leave in year 1 |
| Total you can count on each year | about $265,000 | $165,000 |
| Where you work | office 3 days, 25 min each way | from home |
| Risk | low: large, profitable company | higher: could run out of money or be sold cheaply |
| Upside | steady raises and stock | bigger role, small chance of a large payout |`],
  ['early-exercise', 'opus', "Update: the startup allows early exercise with an 83(b) election, and they shared the cap table: $85M raised in total, Series A $25M with 1x non-participating preference, Series B $60M with 1.5x participating preference capped at 3x, 40M fully diluted shares. If I early-exercise all 60,000 now ($126k, I'd use savings) vs exercise as I vest vs never, what's my after-tax outcome at exits of $150M, $400M and $1B and at failure? Include AMT, whether QSBS applies (C-corp, under $50M assets?), and the fact that taking this job means leaving BigCo's RSUs on the table. Is early exercise actually worth it for me?"],
]);

const layoff = chat('m8-layoff-comms', [
  ['email', 'sonnet', "Draft the all-hands email from our CEO, Dana Whitfield, announcing that we're reducing the team by 12%, about 85 people, across sales, support and operations. Affected people get a calendar invite from HR within the hour. Severance: 10 weeks of pay plus 1 week per year of service, health insurance through March 31, they keep their laptops. Reason: the freight market downturn and losing two large customers this year. No corporate speak please, Dana hates it.",
    `**Subject: A hard day at Northwind**

Team,

I have difficult news. Today we are reducing the size of our team by about 12%, which means roughly 85 colleagues in sales, support and operations will be leaving Northwind.

I want to be direct about why. Freight volumes have fallen for three quarters in a row, and this year we lost two of our largest customers. We have cut costs in other places first – travel, tools, open roles – but it isn't enough, and I'm not willing to put the whole company at risk by waiting. This decision is mine, and it is not a reflection of the work of the people affected. Many of them built the things we are proudest of.

**If you are affected,** you will receive a calendar invite from the People team within the next hour for a conversation with your manager and HR. You will receive:
- 10 weeks of pay, plus one additional week for every year you've been with us
- health insurance through March 31
- your laptop, to keep
- help with your job search, including introductions from me and the leadership team to companies we know are hiring

**If you are not affected,** you will hear from your manager today. I know today will raise questions about the future; I'll answer them at an all-hands tomorrow at 10:00, and there will be time for anything you want to ask.

To everyone leaving: thank you. I'm sorry. You made Northwind better, and I will do what I can to help you land well.

Dana

*Note for review: please have legal confirm the severance wording and whether any local notice requirements change what can be announced today.*`],
  ['slack', 'haiku', "now a 3 sentence version for Slack #general that points to the email",
    `Team, I've just sent an email with difficult news: today we're reducing Northwind by about 12%, roughly 85 people in sales, support and ops, because of the freight downturn and the loss of two large customers. If you're affected you'll get a calendar invite from the People team within the hour, and everyone will hear from their manager today. Please read the full email, and bring your questions to tomorrow's all-hands at 10:00. – Dana`],
  ['manager-faq', 'sonnet', "Can you draft a short guide for managers: what to say to their remaining team tomorrow morning, and the 10 questions they'll most likely get, with suggested answers? Keep it honest, managers shouldn't promise things they can't.",
    `**Talking to your team the morning after – a guide for managers**

**Before the meeting:** read Dana's email again, and check with HR which of your team's colleagues have left, so you can name them accurately if asked. Don't hold a one-line stand-up: book 30 minutes.

**What to say (roughly, in your own words):**
1. Acknowledge it: "Yesterday was hard. We lost [names] from our team, and people we worked with across the company."
2. The reason, briefly, consistent with the email: the freight downturn and two large customers leaving.
3. What it means for the team: what work stops, what moves, who now owns what – as far as you know today. If you don't know yet, say when you'll know.
4. Invite questions, now or one-to-one.

**Likely questions**
1. *Are there more layoffs coming?* – "I can't promise anything about the future. What I know is that leadership sized this reduction so we don't have to do it again, and Dana will speak to that at the all-hands."
2. *Why them and not others?* – "The decisions were based on which roles the business needs now, not on individual performance. I can't discuss individual cases."
3. *Who does their work now?* – Answer concretely for your team, or give a date.
4. *Can I stay in touch with them / write them a reference?* – Yes. Encourage it.
5. *Is my role safe?* – "Nothing I know of today suggests otherwise, and I'll tell you as soon as I know anything that affects you."
6. *Are the company's finances OK?* – Refer to the all-hands; don't speculate.
7. *Will bonuses / raises still happen?* – "I don't know yet; I'll ask and come back to you by [date]."
8. *Can we still hire for open roles?* – Check with HR before answering.
9. *What severance did they get?* – The terms in the email are public: 10 weeks plus a week per year, health insurance to March 31, laptop.
10. *I'm not OK with how this was done.* – Listen. Thank them for saying it. Pass the feedback on, anonymously if they want.

**Don't:** promise there won't be more cuts, blame leadership or "the numbers", or share details of individual conversations.`],
  ['jurisdictions', 'opus', "Legal just flagged a problem: of the 85, 31 are in California (Fresno warehouse 22, Oakland office 9), 14 in New York (Albany), 11 in Germany (Hamburg, we have a works council there) and 6 in France (our Lyon entity has 40 employees). The all-hands and emails are scheduled for Tuesday. What obligations are we triggering in each place (federal WARN, Cal-WARN, NY WARN notice periods and thresholds, German works council consultation and social selection, the French collective redundancy procedure), what can we actually announce on Tuesday and to whom, and how would you sequence the whole thing? I know you're not our lawyer; I need the right questions for outside counsel tomorrow morning."],
], "You are the internal writing assistant for Northwind Logistics' People team. Write clearly, humanely and concisely. Never state legal requirements as settled facts; flag where legal review is needed.");

const jq = chat('m8-jq-ec2', [
  ['fields', 'haiku', "jq question. `aws ec2 describe-instances` gives me that huge JSON. I just want instance id, state and the Name tag, one line per instance, tab separated",
    `${F}bash
aws ec2 describe-instances | jq -r '
  .Reservations[].Instances[]
  | [.InstanceId, .State.Name, ((.Tags // []) | map(select(.Key == "Name")) | .[0].Value // "-")]
  | @tsv'
${F}

\`(.Tags // [])\` handles instances with no tags at all, and \`// "-"\` prints a dash when there is no Name tag.`],
  ['running', 'haiku', 'nice. how do i only show the running ones',
    `Add a \`select\` on the state before building the row:

${F}bash
aws ec2 describe-instances | jq -r '
  .Reservations[].Instances[]
  | select(.State.Name == "running")
  | [.InstanceId, .State.Name, ((.Tags // []) | map(select(.Key == "Name")) | .[0].Value // "-")]
  | @tsv'
${F}

Or filter on the AWS side, which is faster with many instances: \`aws ec2 describe-instances --filters Name=instance-state-name,Values=running\`.`],
  ['per-region-csv', 'sonnet', "ok now the real task: across ALL regions in the account, count running instances per instance type per region, and separately list every running instance that has no Owner tag (region, id, type, launch time). Output two CSV files. bash + jq + aws cli is fine, we don't have python on the bastion"],
]);

const latin = chat('m8-latin-homework', [
  ['translate', 'haiku', "translate this for me: Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam Aquitani, tertiam qui ipsorum lingua Celtae, nostra Galli appellantur.",
    `"Gaul as a whole is divided into three parts, of which the Belgae inhabit one, the Aquitani another, and the third those who in their own language are called Celts, in ours Gauls."

It's the famous opening sentence of Caesar's *De Bello Gallico* (Book 1, chapter 1).`],
  ['grammar', 'sonnet', "my teacher wants us to explain the grammar too. what is 'quarum' doing, why is 'divisa' in that form, what case is 'ipsorum lingua' and why, and what is the subject of appellantur? i have to write it in full sentences",
    `Here are the four points, written as full sentences you can adapt.

**1. quarum.** *Quarum* is the relative pronoun *qui, quae, quod* in the genitive plural feminine. It is feminine plural because it refers back to *partes* (feminine plural), and it is genitive because it is partitive: *quarum unam* means "one of which". The relative pronoun takes its gender and number from its antecedent, but its case from its job in its own clause.

**2. divisa.** *Divisa* is the perfect passive participle of *dividere* ("to divide"), in the nominative singular feminine, agreeing with *Gallia*. Together with *est* it could be read as a perfect passive ("has been divided"), but here it works more like an adjective describing a state: "Gaul is divided". The participle agrees with *Gallia*, not with *omnis*; *omnis* also agrees with *Gallia* and means "as a whole".

**3. ipsorum lingua.** *Lingua* is in the ablative singular: it is an ablative of means ("by/in their own language"). *Ipsorum* is the genitive plural of *ipse*, meaning "their own", and refers to the people themselves. The parallel phrase *nostra* (understood: *lingua*) is ablative too: "in our [language]".

**4. The subject of appellantur.** *Appellantur* ("they are called") is present passive, third person plural. Its subject is the relative pronoun *qui* ("those who"), whose own antecedent is left out: the full sense is *tertiam [partem incolunt ei] qui ... appellantur*, "the third part [is inhabited by those] who are called...". *Celtae* and *Galli* are nominative because, with a passive verb of naming, the name agrees with the subject (a predicate nominative).`],
  ['scansion', 'sonnet', "last part: scan the first two lines of the Aeneid, mark long and short syllables, the feet and the main caesura, and explain any elisions. Arma virumque cano, Troiae qui primus ab oris / Italiam, fato profugus, Laviniaque venit"],
]);

const photos = chat('m8-photo-renamer', [
  ['write', 'sonnet', "Write a Rust CLI that renames every JPEG in a folder to its EXIF DateTimeOriginal, like 2024-07-14_153012.jpg. Use whatever crates are normal for this.",
    `Here's a small tool using \`kamadak-exif\` (imported as \`exif\`) for the metadata and \`clap\` for arguments.

**Cargo.toml**
${F}toml
[package]
name = "photoname"
version = "0.1.0"
edition = "2021"

[dependencies]
clap = { version = "4", features = ["derive"] }
kamadak-exif = "0.5"
anyhow = "1"
${F}

**src/main.rs**
${F}rust
use anyhow::{Context, Result};
use clap::Parser;
use exif::{In, Reader, Tag};
use std::fs::{self, File};
use std::io::BufReader;
use std::path::{Path, PathBuf};

#[derive(Parser)]
struct Args {
    /// Folder with the photos
    dir: PathBuf,
}

fn taken_at(path: &Path) -> Result<Option<String>> {
    let file = File::open(path)?;
    let exif = match Reader::new().read_from_container(&mut BufReader::new(file)) {
        Ok(e) => e,
        Err(_) => return Ok(None),
    };
    if let Some(field) = exif.get_field(Tag::DateTimeOriginal, In::PRIMARY) {
        if let exif::Value::Ascii(ref v) = field.value {
            if let Some(raw) = v.first() {
                // "2024:07:14 15:30:12" -> "2024-07-14_153012"
                let s = String::from_utf8_lossy(raw);
                let (date, time) = s.split_once(' ').context("bad date")?;
                return Ok(Some(format!("{}_{}", date.replace(':', "-"), time.replace(':', ""))));
            }
        }
    }
    Ok(None)
}

fn main() -> Result<()> {
    let args = Args::parse();
    for entry in fs::read_dir(&args.dir)? {
        let path = entry?.path();
        let is_jpeg = path
            .extension()
            .and_then(|e| e.to_str())
            .map(|e| e.eq_ignore_ascii_case("jpg") || e.eq_ignore_ascii_case("jpeg"))
            .unwrap_or(false);
        if !is_jpeg {
            continue;
        }
        match taken_at(&path)? {
            Some(stamp) => {
                let target = args.dir.join(format!("{stamp}.jpg"));
                if target.exists() {
                    eprintln!("skip {}: {} exists", path.display(), target.display());
                    continue;
                }
                fs::rename(&path, &target)?;
                println!("{} -> {}", path.display(), target.display());
            }
            None => eprintln!("no EXIF date: {}", path.display()),
        }
    }
    Ok(())
}
${F}

It never overwrites: if the target name exists, it skips and tells you. Photos without EXIF (screenshots, messaging apps) are left alone.`],
  ['', null, 'what about burst shots that have the same timestamp to the second? right now it skips them',
    `Add a counter suffix when the name is taken: \`2024-07-14_153012.jpg\`, then \`2024-07-14_153012_1.jpg\`, \`_2\`, and so on.

${F}rust
fn free_name(dir: &Path, stamp: &str) -> PathBuf {
    let first = dir.join(format!("{stamp}.jpg"));
    if !first.exists() {
        return first;
    }
    (1..)
        .map(|n| dir.join(format!("{stamp}_{n}.jpg")))
        .find(|p| !p.exists())
        .expect("infinite iterator")
}
${F}

and in \`main\` replace the \`if target.exists() { ... }\` block with \`let target = free_name(&args.dir, &stamp);\`.

One catch: if you run the tool twice, a file that is *already* named \`2024-07-14_153012.jpg\` finds its own name taken and gets renamed to \`_1\`. Skip files whose current name already equals the stamp (or starts with it) to make reruns harmless.`],
  ['clippy', 'haiku', "clippy says this, what does it want?\n\nwarning: this `if let` can be collapsed into the outer `if let`\n  --> src/main.rs:24:9\n   |\n24 | /         if let exif::Value::Ascii(ref v) = field.value {\n25 | |             if let Some(raw) = v.first() {\n   | |_____________^\n   = help: for further information visit https://rust-lang.github.io/rust-clippy/master/index.html#collapsible_match",
    `It wants you to match both layers in one pattern instead of nesting two \`if let\`s:

${F}rust
if let exif::Value::Ascii(ref v) = field.value {
    if let Some(raw) = v.first() { ... }
}
// becomes
if let exif::Value::Ascii(ref v) = field.value {
    if let [raw, ..] = v.as_slice() { ... }
}
${F}

Strictly, the suggestion is to fold it into a single pattern: \`if let exif::Value::Ascii(ref v) = field.value && let Some(raw) = v.first()\` needs let-chains, which are only stable in recent editions, so the slice pattern \`[raw, ..]\` is the usual way. It's a style lint; the code was correct either way.`],
  ['', null, 'add a --dry-run flag that prints what it would do without renaming',
    `In \`Args\`:

${F}rust
    /// Print the renames without doing them
    #[arg(long)]
    dry_run: bool,
${F}

and around the rename:

${F}rust
let target = free_name(&args.dir, &stamp);
if args.dry_run {
    println!("would rename {} -> {}", path.display(), target.display());
} else {
    fs::rename(&path, &target)?;
    println!("{} -> {}", path.display(), target.display());
}
${F}

Note that in dry-run mode nothing is renamed, so two burst shots both see \`{stamp}.jpg\` as free and the printout shows the same target twice. If you want the dry run to be exact, keep a \`HashSet<PathBuf>\` of names already "used" in this run and have \`free_name\` check it as well as the disk.`],
  ['', null, "my wife's iphone photos are .HEIC and there are .MOV videos too. can it handle those? heic should have exif too, for mov I guess the creation date is somewhere in the metadata",
    `HEIC: yes. \`kamadak-exif\`'s \`read_from_container\` understands HEIF containers, so the same code works; just accept \`heic\` as an extension and keep the original extension in the new name (\`format!("{stamp}.{ext}")\`, lowercased).

MOV: no EXIF. QuickTime files store the creation time in the \`mvhd\` atom (seconds since 1904-01-01, UTC) and Apple adds \`com.apple.quicktime.creationdate\` with the local time and offset in the metadata. The \`mp4\` crate (or \`nom-exif\`, which reads both EXIF and QuickTime metadata) can get you there:

${F}rust
fn mov_created(path: &Path) -> Result<Option<String>> {
    let f = File::open(path)?;
    let size = f.metadata()?.len();
    let mp4 = mp4::Mp4Reader::read_header(BufReader::new(f), size)?;
    let secs_1904 = mp4.moov.mvhd.creation_time;
    if secs_1904 == 0 { return Ok(None); }
    let unix = secs_1904 as i64 - 2_082_844_800;
    let dt = chrono::DateTime::from_timestamp(unix, 0).context("bad time")?;
    Ok(Some(dt.with_timezone(&chrono::Local).format("%Y-%m-%d_%H%M%S").to_string()))
}
${F}

Careful with time zones: EXIF DateTimeOriginal is local time without a zone, while \`mvhd\` is UTC. Converting the MOV time to the *computer's* local zone matches the photos only if the videos were taken in that same zone; Apple's \`creationdate\` key has the original offset and is better when present.`],
  ['', null, 'cool. how do I build a release binary for her mac from my linux laptop?',
    `Cross-compiling to macOS from Linux is possible but fiddly (you need the macOS SDK and a linker like \`osxcross\`, and Apple's licence on the SDK is restrictive). Easier options:

1. **Build on her Mac**: install Rust with \`curl https://sh.rustup.rs -sSf | sh\`, copy the project over, \`cargo build --release\`, and the binary is in \`target/release/photoname\`.
2. **GitHub Actions**: push the project to a private repo and add a workflow with \`runs-on: macos-latest\` that runs \`cargo build --release\` for both \`aarch64-apple-darwin\` and \`x86_64-apple-darwin\` and uploads the binaries as artifacts.
3. **cargo-zigbuild**: \`cargo zigbuild --release --target aarch64-apple-darwin\` works for many pure-Rust projects without the SDK, and yours has no C dependencies, so it's worth a try first.

If her Mac has Apple silicon, use the \`aarch64-apple-darwin\` target. The first time she runs it, macOS will block an unsigned binary downloaded from the internet; right-click → Open once, or \`xattr -d com.apple.quarantine photoname\`.`],
  ['cargo-version', 'haiku', "quick one: what's the cargo command to see which version of a crate I'm actually getting? i think two versions of chrono are in there",
    `\`cargo tree -i chrono\` shows which versions of chrono are in the build and which of your dependencies pull each one in. \`cargo tree -d\` lists every crate that appears in more than one version.`],
  ['', null, "it's really slow on the NAS though: 40k photos over SMB took 20 minutes. most of the time it's just sitting there",
    `That's almost all network latency, not CPU: for each file the tool opens it, reads from the start until the EXIF block is found, and renames, with several round trips to the NAS each time, one file after another.

Two cheap improvements:
- **Read less.** EXIF sits near the start of a JPEG. Read the first 128 KB into memory (\`file.take(128 * 1024).read_to_end(&mut buf)\`) and parse from the buffer; that's one or two reads instead of many small ones.
- **Overlap the waits.** Since the time is spent waiting on the network, process many files at once. With \`rayon\`, change the loop over entries to \`entries.par_iter()\` for the *reading* part; 8-16 threads usually saturate SMB.

Keep the renames themselves out of the parallel part for now: the numbering of burst shots depends on which file claims a name first, so doing renames in parallel would make the result depend on thread timing.`],
  ['rayon', 'sonnet', "ok let's do it: read the metadata in parallel with rayon, then rename, and the burst-shot numbering must come out exactly the same as the sequential version would give (sorted by original filename within the same second). show me the whole main.rs",
    `Plan: (1) list the files and sort them by name, (2) read the timestamps in parallel, keeping the order, (3) group by timestamp and assign suffixes in name order, (4) rename sequentially.

${F}rust
use anyhow::Result;
use clap::Parser;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

mod meta; // taken_at() and mov_created() from before, reading only the first 128 KB

#[derive(Parser)]
struct Args {
    dir: PathBuf,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, default_value_t = 12)]
    threads: usize,
}

fn main() -> Result<()> {
    let args = Args::parse();
    rayon::ThreadPoolBuilder::new().num_threads(args.threads).build_global()?;

    let mut files: Vec<PathBuf> = fs::read_dir(&args.dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| meta::is_media(p))
        .collect();
    files.sort();

    // Parallel, but par_iter().map().collect() keeps the input order.
    let stamps: Vec<Option<String>> = files.par_iter().map(|p| meta::stamp_for(p).ok().flatten()).collect();

    let mut by_stamp: BTreeMap<(String, String), Vec<&Path>> = BTreeMap::new();
    for (path, stamp) in files.iter().zip(&stamps) {
        match stamp {
            Some(s) => by_stamp.entry((s.clone(), meta::ext_of(path))).or_default().push(path),
            None => eprintln!("no date: {}", path.display()),
        }
    }

    let existing: HashSet<PathBuf> = files.iter().cloned().collect();
    for ((stamp, ext), paths) in by_stamp {
        for (n, path) in paths.iter().enumerate() {
            let name = if n == 0 { format!("{stamp}.{ext}") } else { format!("{stamp}_{n}.{ext}") };
            let target = args.dir.join(name);
            if target == *path { continue; }
            if target.exists() && !existing.contains(&target) {
                eprintln!("skip {}: {} exists", path.display(), target.display());
                continue;
            }
            if args.dry_run {
                println!("would rename {} -> {}", path.display(), target.display());
            } else {
                fs::rename(path, &target)?;
            }
        }
    }
    Ok(())
}
${F}

Because \`files\` is sorted and each group keeps that order, the numbering is deterministic and independent of thread timing. One caveat remains: a target name can belong to another file *in this same run* that hasn't been renamed yet (e.g. an old \`2024-07-14_153012.jpg\` that now becomes \`_1\`). For a first pass on a folder of camera names (\`IMG_1234.JPG\`) that can't happen; if you rerun on already-renamed folders, do the renames in two phases (everything to a temporary name, then to the final name).`],
  ['', null, 'thanks!! down to 2 minutes. she is very impressed',
    `Great result – a 10× speed-up just from overlapping the network waits. Two small things before you run it on the whole archive: try \`--dry-run\` first and skim the output for odd dates (cameras with an unset clock often say 2000-01-01 or 1970), and keep a copy of the printed rename list as a log, so you can always map a new name back to the original.`],
  ['crash-safe', 'opus', "Last worry, and it's a real one: last night the NAS dropped the SMB connection halfway through a run, and now there are a few files with names I don't recognise and I can't tell if anything got lost or double-numbered. I want the tool to be crash-safe: if the power or network dies at ANY point, rerunning it must complete the job with no photo lost, duplicated or numbered differently than an uninterrupted run. It has to work on ext4 locally, on the NAS over SMB (Synology, SMB3) and on exFAT SD cards straight from the camera. What does rename actually guarantee on each of those, and how should the tool work (journal file? two-phase rename? something else)?"],
]);

const lease = chat('m8-lease-double-run', [
  ['diagnose', 'opus', `Our job scheduler runs in 3 regions (us-east, us-west, eu-west). Each job is a row in Postgres (single primary in us-east). A scheduler node claims a job like this:

${F}sql
UPDATE jobs SET lease_owner = $1, lease_expires_at = now() + interval '30 seconds'
WHERE id = $2 AND (lease_owner IS NULL OR lease_expires_at < now())
RETURNING lease_expires_at;
${F}

It renews every 10 s with the same UPDATE (WHERE lease_owner = $1). The worker goroutine that runs the job checks \`if time.Now().Before(leaseExpiresAt)\` right before committing its side effects (writing results to S3 and calling a customer webhook). About once a week a job runs twice, and every incident involves an eu-west node. NTP/chrony is on everywhere. What's going on and how do we fix it properly?`,
    `There are several ways this design runs a job twice, and the eu-west correlation points at two of them: clock comparison across machines and long renewal round trips. The underlying problem is that the worker's check is *advisory*: nothing stops a worker that has lost its lease from committing side effects.

**1. Two clocks in one comparison.** \`lease_expires_at\` is computed from the *database's* clock (\`now()\` on the us-east primary). The worker compares it with *its own* clock. If the eu-west node's clock is behind by δ, it believes its lease is valid for δ longer than the database does. chrony normally keeps skew in the low milliseconds, but after a VM migration, a suspended instance, or a chrony source problem, skews of seconds happen, and nothing in your system would notice.

**2. The check-then-act gap.** Even with perfect clocks, \`time.Now().Before(expiry)\` followed by "write to S3, call webhook" is a race: a GC pause, a slow S3 PUT or a slow webhook can take longer than the remaining lease. The check passes at t = 29.9 s, the side effect lands at t = 31 s, and by then another scheduler has claimed the job at t = 30 s and started its own run.

**3. Renewals that fail late or silently.** From eu-west each renewal is a transatlantic round trip (~80-100 ms, much more during a network blip or when the connection pool is exhausted). If a renewal's UPDATE returns 0 rows (another node claimed it) or times out, does the worker find out and stop? If renewals run in a separate goroutine that only logs errors, the worker keeps going on a lease it no longer holds. And a renewal that *succeeds* but whose response is delayed leaves the worker with a stale \`leaseExpiresAt\` in memory.

**4. Expiry arithmetic with the renewal period.** Renewing every 10 s with a 30 s lease tolerates two missed renewals. A 25 s partial outage between eu-west and us-east is enough to lose the lease, and eu-west is the region most likely to see that.

**The proper fix: fencing, not timing.** You cannot make "am I still the owner?" safe by checking the time; you have to make the *side effect* reject a stale owner. Give each lease a monotonically increasing token:

${F}sql
UPDATE jobs SET lease_owner = $1, lease_expires_at = now() + interval '30 seconds',
               lease_token = lease_token + 1
WHERE id = $2 AND (lease_owner IS NULL OR lease_expires_at < now())
RETURNING lease_token;
${F}

and make every side effect conditional on the token still being current:

- **Results:** commit the job's completion in Postgres with \`UPDATE jobs SET state = 'done' ... WHERE id = $2 AND lease_token = $3\`; if it updates 0 rows, this worker lost the lease and must discard its work. Write S3 objects under a key that includes the token, and only the row that wins the conditional update points at its object.
- **Webhook:** the customer's endpoint can't check your token, so`],
  ['continue', 'opus', 'continue',
    `…so you need idempotency instead: send an \`Idempotency-Key\` header derived from the job id (not the token – both runs must send the *same* key) and document that customers should deduplicate on it. If you control the customer-facing side, better still: put the webhook in an outbox. The worker that wins the conditional "done" update also inserts an outbox row in the same transaction; a single dispatcher sends outbox rows at least once with the idempotency key. Then a losing worker never calls the webhook at all, and retries of the winner's call are deduplicated by key.

**What to change, in order:**
1. Add \`lease_token\` and make the completion update conditional on it. This alone stops duplicate *results*, whatever the clocks do.
2. Move the webhook to an outbox with an idempotency key.
3. Make the worker stop when a renewal fails: have the renewal goroutine cancel the job's \`context.Context\` on a 0-row update or on any error once less than ~10 s of lease remains (measured on the worker's *monotonic* clock since the last successful renewal, not by comparing with the DB timestamp).
4. Keep the time check only as an optimisation to avoid wasted work: compute the local deadline as \`renewalSentAt + 30s − margin\` from the monotonic clock at the moment the renewal request was *sent*, which never depends on another machine's clock.
5. Alert on clock skew: export chrony's offset (\`chronyc tracking\` → "System time") as a metric and alert above 100 ms.

**Why eu-west?** Probably a combination of (3) and (4): the longest round trips make delayed and failed renewals likeliest there. Check the logs of the last few incidents for renewal errors or latency spikes just before the second claim; I'd expect to find them. If instead you see a clean renewal history, look for a clock jump on the eu-west node (chrony logs "System clock wrong by" lines when it steps the clock).

After step 1 the duplicates become harmless wasted work instead of double results, which buys you time to do the rest carefully.`],
  ['chrony', 'haiku', "what's the command to see how far off a linux box's clock is with chrony? I want to check the eu-west nodes now",
    `${F}bash
chronyc tracking
${F}

Look at the **System time** line (e.g. "0.000123 seconds slow of NTP time") and **Last offset**. \`chronyc sources -v\` shows which servers it syncs with and whether they're reachable; a \`?\` or \`x\` in front of every source means it isn't syncing at all.`],
  ['runbook', 'sonnet', "Write the on-call runbook entry for our 'job executed twice' alert: how to confirm it's a real double run, which queries and log searches to run, how to tell which of the causes above it was, how to mitigate right now (before the fencing change ships), and when to escalate. Our stack: Postgres, Go services logging to Loki, Grafana, PagerDuty."],
]);

const museum = chat('m8-museum-label', [
  ['label', 'sonnet', "I volunteer at a small local history museum in Iowa. Can you write a ~150 word label for a new exhibit? It's a wooden-tub washing machine from about 1925 with a hand-cranked wringer, made by the 1900 Washer Company. The Kowalski family donated it; they used it on their dairy farm near Cedar Falls until they got electricity in 1951. Audience is families with kids, friendly tone, maybe a question to get kids thinking.",
    `**Wash Day on the Kowalski Farm**

Before electricity reached many Iowa farms, laundry was one of the hardest jobs of the week. This wooden-tub washing machine, made around 1925 by the 1900 Washer Company, helped the Kowalski family do it on their dairy farm near Cedar Falls.

First, water was heated on the stove and poured into the tub. Turning the handle swished the clothes back and forth. Then each piece was fed through the wringer – two rollers that squeezed out the water – before being hung outside to dry. A family's wash could take a whole day!

The Kowalskis used this machine for more than 25 years, until electric lines reached their farm in 1951.

**Try to imagine:** How many times would you have to turn the handle to wash your family's clothes for a week? What chore at your house would be hardest without electricity?

*Gift of the Kowalski family.*`],
  ['shorter', 'haiku', "perfect! can you cut it to about 50 words for the small card next to the machine",
    `**Wash Day on the Kowalski Farm**
Around 1925, wash day meant hot water from the stove, a hand-cranked tub and a wringer that squeezed clothes dry. The Kowalski family used this machine on their Cedar Falls dairy farm until electricity arrived in 1951.
*Could you wash your clothes this way?*`],
  ['spanish', 'haiku', "and can you translate the short one into spanish? lots of our visitors are spanish speaking"],
]);

const auction = chat('m8-dialysis-auction', [
  ['design', 'opus', "I'm advising a regional health authority that buys outpatient dialysis across 6 districts. Today the contracts are negotiated one by one; the board wants to move to a competitive auction for the next 5-year term. Complications: providers have economies of scope (serving adjacent districts is cheaper for them), there are 4 incumbents and maybe 2 entrants, quality matters a lot (they must not just take the cheapest), each provider has capacity limits, a district can't be left without service, and they're worried about collusion because all 4 incumbents sit on the same industry association board. What auction design would you recommend and why?",
    `Short version: a **scored, package-bidding (combinatorial) procurement** run as a **sealed-bid first round with a core-selecting or pay-as-bid payment rule**, quality entering through a published scoring rule, with pro-entry and anti-collusion measures built in. The reasoning, constraint by constraint:

**1. Economies of scope → allow package bids.** If providers can only bid district by district, a provider whose cost for districts 2+3 together is lower than the sum of the singles faces the *exposure problem*: bidding the package price on each district risks winning only one at a loss, so they bid high on each, and the authority pays more than necessary. Let bidders submit bids on packages of districts (restricted to contiguous packages, to keep the number of packages manageable: with 6 districts on a map, usually 20-30 plausible packages instead of 63).

**2. Quality → a scoring rule, published before bidding.** Convert each bid into a score: S = Q(quality) − price, where Q comes from measurable, auditable commitments (staffing ratios, distance-to-chair for patients, Kt/V adequacy targets, infection rates with penalties) and converts quality to money at a rate the board sets in advance. Publishing Q makes the auction a price auction in "quality-adjusted" units, and keeps the evaluation defensible. Avoid discretionary "quality points" decided after bids are open; they invite litigation and favouritism.

**3. Capacity and coverage → constraints in the winner determination.** The authority selects the combination of package bids maximising total score subject to: every district covered (possibly by two providers for large districts), no provider above its declared capacity, and optionally a cap on how many districts one provider may win (a market-structure safeguard for the next tender). This is a small integer program; with 6 districts and a few hundred bids it solves in seconds.

**4. Payment rule.** Three options:
- *Pay-as-bid:* simple, familiar, but bidders shade bids strategically and package bidding makes shading complicated, which favours sophisticated incumbents.
- *VCG:* each winner is paid its bid plus its marginal contribution to the total score. Truthful bidding is a dominant strategy in theory, but with complementarities VCG payments can be very high and it's vulnerable to shill bidding and collusion.
- *Core-selecting (e.g. bidder-optimal core, nearest to VCG):* the compromise used in spectrum auctions; payments no lower than needed to prevent a coalition of losers from offering a better deal, close to VCG incentives when competition is strong.

**5. Collusion.** Incumbents who meet regularly and face a repeated tender are the textbook setting for tacit collusion (bid rotation, market division by district). Measures:
- sealed bids (no rounds to signal in), and no publication of individual bids afterwards, only winners and total cost;
- a reserve score per district, set from cost benchmarks (e.g. current contract costs adjusted), so a collusive high price simply doesn't win;
- encourage the two entrants: allow bids on single districts so they can enter small, offer a transition period and guaranteed patient referrals;
- certificates of independent bid determination, and`],
  ['go-on', 'opus', 'go on',
    `…screening of the bids for known collusion markers before award (identical or suspiciously round numbers, bids by incumbents that are only competitive in "their own" districts, losing bids that are far above cost benchmarks), with the competition authority briefed in advance.

**6. Fallback.** If a district receives no acceptable bid, run a negotiated procedure for that district only, with the best scores as a benchmark, rather than relaxing the reserve score for the whole auction.

**Recommended process:**
1. Market consultation (now): publish the package structure, the scoring rule and the draft capacity rules; collect comments. Run a mock auction with the providers so everyone understands package bidding.
2. Qualification: financial standing, clinical accreditation, capacity declarations with evidence.
3. Single sealed-bid round on packages, with a reserve score per district.
4. Winner determination by integer program; payments by the chosen rule.
5. 5-year contracts with quality KPIs tied to the scoring rule and penalties, plus a break clause for persistent underperformance.

**My recommendation on the payment rule:** with only 4-6 bidders, high incumbent familiarity and strong scope effects, I'd go with a core-selecting rule if the board can accept some complexity in explaining payments, and pay-as-bid with a carefully set reserve if they can't. I wouldn't use pure VCG: its theoretical truthfulness is attractive, but the vulnerabilities matter here.`],
  ['vcg-proof', 'opus', "The board's economist pushed back: she wants VCG precisely because of dominant-strategy truthfulness, and says the 'vulnerabilities' are theoretical. Can you (1) prove that truthful bidding is a dominant strategy in VCG for a provider with quasilinear utility in this procurement setting with package bids and the coverage/capacity constraints, and (2) give a concrete numeric example with our 6 districts and economies of scope where VCG payments exceed the winners' bids by a lot, and one where two losing bidders (or one bidder under two names) can profit by bidding jointly, to show these aren't just theoretical?"],
]);

export const eighthMultiTurnExamples: TrafficExample[] = [
  ...garden,
  ...oneShot,
  ...twoPc,
  ...epoll,
  ...apmo,
  ...niTrial,
  ...jwt,
  ...sudoku,
  ...jobOffer,
  ...layoff,
  ...jq,
  ...latin,
  ...photos,
  ...lease,
  ...museum,
  ...auction,
];
