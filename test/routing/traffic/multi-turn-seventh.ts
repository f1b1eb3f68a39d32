import { chat, type TrafficExample } from './build.js';

/**
 * Seventh multi-turn batch (session 10, names `m7-`), written blind (the router was not run while writing): sixteen
 * conversations as chat UIs see them, each labelled at 3-5 of its user turns (a row is the conversation up to and
 * including that turn, so later rows carry the earlier assistant answers). A move checklist, podcast show notes, a
 * household budget sheet, a cold email, a kid's science question, a restaurant rota and a churn model beside a seqlock
 * on ARM, a parent's care decision, a leaking Go worker pool, Penney's game, refresh-token rotation, a literature
 * synthesis, nginx 502s, an offline range-query problem and a CDC pipeline serving stale documents; "continue" in
 * several spellings, tables, thanks, side questions, a hard turn in an easy chat and an easy one in a hard chat.
 */


/** A markdown code fence, so the assistant turns below can be template literals. */
const F = '```';

const seqlock = chat('m7-seqlock', [
  ['review', 'opus', `I wrote a seqlock for a market-data snapshot (one writer thread, ~8 reader threads). It works fine on our x86 boxes but on the new Graviton (ARM64) hosts readers occasionally get a snapshot where bid > ask, which the writer never produces. Compiled with gcc 12 -O2. What's wrong?

${F}cpp
struct Snapshot { double bid, ask; uint64_t bid_qty, ask_qty; int64_t ts_ns; };

class SeqLock {
  std::atomic<uint64_t> seq_{0};
  Snapshot data_;
public:
  void write(const Snapshot& s) {
    uint64_t q = seq_.load(std::memory_order_relaxed);
    seq_.store(q + 1, std::memory_order_relaxed);
    data_ = s;
    seq_.store(q + 2, std::memory_order_release);
  }
  Snapshot read() const {
    Snapshot out;
    uint64_t a, b;
    do {
      a = seq_.load(std::memory_order_acquire);
      out = data_;
      b = seq_.load(std::memory_order_relaxed);
    } while (a != b || (a & 1));
    return out;
  }
};
${F}`,
    `There are two ordering holes, one on each side, and x86's strong memory model (TSO) hides both of them. On ARM64 they are real.

**1. Writer: the data stores can move above the "odd" store.**

${F}cpp
seq_.store(q + 1, std::memory_order_relaxed);
data_ = s;
${F}

A relaxed store gives no ordering with later stores. The compiler is allowed to sink the odd store below the data writes, and on ARM64 the hardware is allowed to make the data stores visible to other cores before the store of \`q + 1\`. A reader can then see \`seq_ == q\` (even, old), read a half-written \`data_\`, and read \`seq_ == q\` again if the odd store still hasn't become visible. The final release store only orders what comes *before* it; nothing orders the odd store before the data.

On x86, stores are never reordered with other stores, so this can only happen through the compiler, which at -O2 with this code happens not to move it.

**2. Reader: the data loads can move below the second sequence load.**

${F}cpp
a = seq_.load(std::memory_order_acquire);
out = data_;
b = seq_.load(std::memory_order_relaxed);
${F}

The acquire on the first load keeps the data loads from moving *above* it, which is right. But the second load is relaxed, and nothing stops the data loads from being satisfied *after* it. On ARM64 a load can be reordered with a later load to a different address, so the reader can read \`b\` first (still equal to \`a\`), and then read \`data_\` while the writer is in the middle of an update. Both checks pass and you return a torn snapshot: new bid, old ask, which is exactly the bid > ask you see.

**3. The data race itself.** Strictly, \`out = data_\` races with \`data_ = s\`: non-atomic accesses from two threads, at least one a write. That's undefined behaviour in the C++ memory model even if you "retry on failure", because the standard gives no meaning to a program with a data race, torn read or not. In practice compilers don't exploit it here, but it's the reason the textbook seqlock in C++ is written with relaxed atomic accesses to the payload, or with the fences below.

**The standard fix (Boehm, "Can Seqlocks Get Along with Programming Language Memory Models?", 2012):**

${F}cpp
void write(const Snapshot& s) {
  uint64_t q = seq_.load(std::memory_order_relaxed);
  seq_.store(q + 1, std::memory_order_relaxed);
  std::atomic_thread_fence(std::memory_order_release);   // odd store before data stores
  store_payload_relaxed(s);                               // field by field, atomic relaxed
  seq_.store(q + 2, std::memory_order_release);          // data stores before even store
}

Snapshot read() const {
  Snapshot out;
  uint64_t a, b;
  do {
    a = seq_.load(std::memory_order_acquire);            // data loads after this
    out = load_payload_relaxed();                         // field by field, atomic relaxed
    std::atomic_thread_fence(std::memory_order_acquire); // data loads before the next load
    b = seq_.load(std::memory_order_relaxed);
  } while (a != b || (a & 1));
  return out;
}
${F}

For the payload, the clean way is to store it as \`std::atomic<uint64_t>\` words (bit-cast the doubles with \`std::bit_cast\`) and access each with \`memory_order_relaxed\`. On ARM64 and x86 a relaxed 64-bit load or store compiles to a plain \`ldr\`/\`str\` or \`mov\`, so you pay nothing at run time, and the fences are what give you the ordering:

- The release fence in the writer, paired with the acquire fence in the reader, guarantees: if the reader's data loads saw *any* value written after the odd store, then the reader's second load of \`seq_\` sees the odd value or later, so \`a != b\` or \`b\` is odd and it retries.
- The release store of \`q + 2\` paired with the acquire load of \`a\` guarantees: if the reader saw \`a == q + 2\`, it sees all of that write's data.

On ARM64 the release fence becomes a \`dmb ish\` and the acquire fence a \`dmb ishld\`; the release store is an \`stlr\` and the acquire load an \`ldar\`. Check it on the actual binary, because`],
  ['continue', 'opus', 'go on, you got cut off at "check it on the actual binary"',
    `...because the compiler is free to pick other instruction sequences and it's easy to lose a fence in a refactor. What to look at:

${F}bash
aarch64-linux-gnu-g++ -O2 -std=c++20 -c seqlock.cpp -o seqlock.o
aarch64-linux-gnu-objdump -d --no-show-raw-insn seqlock.o | less
${F}

In \`write\` you want, in this order: a plain \`str\` of the odd value, a \`dmb ish\`, the payload \`str\`s, and an \`stlr\` of the even value. In \`read\` you want an \`ldar\` of \`seq_\`, the payload \`ldr\`s, a \`dmb ishld\`, and an \`ldr\` of \`seq_\`. If you see the payload loads after the final \`ldr\`, something is wrong.

**Testing it for real.** Unit tests on x86 can't find this class of bug, and even on ARM64 a torn read is rare, so don't treat "the stress test passed" as evidence. Two things work much better:

1. **A targeted stress test on the Graviton hosts**: one writer writing snapshots where every field is derived from one counter (bid = n, ask = n + 1, bid_qty = n, ...), 8 readers checking the invariant on every read, pinned to different cores, running for minutes. With your original code you should be able to reproduce bid > ask within seconds to minutes; with the fixed code it should never fire. This also tells you your reproduction is good.
2. **A litmus test in herd7 / the ARM memory model tool** for the two-location skeleton (seq and one data word). It explores every execution the architecture allows, so you get an answer, not a probability.

**Two smaller points.**

- \`std::atomic<uint64_t>\` per payload word is fine for five fields. If the snapshot grows, C++20's \`std::atomic_ref<T>\` lets you keep a normal struct and do relaxed atomic accesses on its members, which keeps the code readable.
- Readers spin with no backoff. With one writer updating at market-data rates that's usually fine, but if the writer can be preempted in the middle of a write (odd seq), the readers burn CPU until it's rescheduled. Either pin the writer to an isolated core or add \`std::this_thread::yield()\` after a few failed attempts.

With the two fences and relaxed atomic payload accesses, the code has no data race in the C++ sense, and the reasoning in the previous message is the whole correctness argument for a single writer.`],
  ['prove', 'opus', `Ok I switched to the fence version with relaxed atomic payload words. My lead is skeptical and wants a real argument, not "Boehm says so". Can you give a proof, in terms of the C++ memory model (happens-before, reads-from, the fence rules in [atomics.fences]), that a reader that exits the loop returns exactly the snapshot of one write, with one writer? And say precisely what breaks if there are two writers that serialize with a mutex but readers don't take it.`,
    `Here's the argument in the standard's terms. Notation: W_k is the k-th call of \`write\` (k = 1, 2, ...), which stores 2k − 1 (the *odd store* O_k), then the payload words with relaxed stores D_k, then 2k with release (the *even store* E_k). All stores to \`seq_\` are by one thread, so the modification order of \`seq_\` is 0, 1, 2, 3, ... in program order, and likewise each payload word's modification order follows the writes in program order.

A reader R performs: load L1 of \`seq_\` (acquire) reading value a, relaxed payload loads P, an acquire fence FA, and a relaxed load L2 reading b. It exits only if a = b and a is even; write a = 2m.

**Claim.** Every payload load in P reads from D_m (the payload stores of W_m), or from the initial values if m = 0.

**Step 1: P sees at least W_m.** L1 reads from E_m (the only store of value 2m). E_m is a release store and L1 an acquire load reading from it, so E_m *synchronizes with* L1 ([atomics.order]). D_m is sequenced before E_m, and L1 is sequenced before P, so D_m happens-before every load in P. By write-read coherence ([intro.races]), a load cannot read a value earlier in modification order than a store that happens-before it. So each payload load reads D_m or a later store.

**Step 2: P sees nothing later than W_m.** Suppose some load p in P reads from a store d in D_j with j > m. d is sequenced after O_j (which stores 2j − 1 ≥ 2m + 1), with the release fence FR_j between them. The fence rule [atomics.fences] (the fence-fence rule) applies: FR_j is a release fence, d is an atomic store sequenced after it, p is an atomic load that reads d, FA is an acquire fence sequenced after p. Therefore FR_j *synchronizes with* FA. Then O_j is sequenced before FR_j, which synchronizes with FA, which is sequenced before L2, so O_j happens-before L2. By write-read coherence again, L2 reads O_j or a later store in \`seq_\`'s modification order, so b ≥ 2j − 1 > 2m = a. Contradiction with a = b.

**Step 3: consistency across words.** Steps 1 and 2 apply to each payload word separately, and each word's value from D_m is unique to W_m in its modification order position, so all words come from the same W_m. The returned snapshot is exactly the argument of W_m. ∎

Two things the proof actually used, which are worth stating to your lead:
- The payload accesses are atomic (relaxed). Without that, [atomics.fences] (the fence-fence rule) doesn't apply (it talks about atomic operations), and the non-atomic accesses form a data race, so the program has no defined semantics at all.
- A single writer gives a modification order of \`seq_\` that matches the writer's program order, so "value 2m" identifies one write.

**Two writers serialised by a mutex, readers lock-free.** Steps 1-3 still go through *if* each writer does its own load of \`seq_\` inside the mutex: the mutex makes the writes to \`seq_\` totally ordered and each W_k still brackets its payload stores with O_k and E_k. What breaks is subtler:

1. **Reading \`seq_\` outside the lock.** If a writer loads q before taking the mutex, two writers can both load q and both store q + 1: two writes share the sequence numbers, a reader can see a = b = q + 2 while the payload mixes both writers. The load must be inside the critical section.
2. **Payload stores of the second writer against a reader that read the first writer's E.** Covered by Step 2, *provided* the second writer's odd store precedes its payload with the release fence. The mutex's own release/acquire orders the writers among themselves but gives readers nothing, because readers never touch the mutex: the fences in \`write\` are still required.
3. **Wrap-around and ABA on the counter** are not a practical concern with 64 bits.

So: two writers under a mutex are fine, with the load of \`seq_\` inside the lock and the fences unchanged. What does not work is treating the mutex as a substitute for the writer-side fences.`],
  ['tso', 'haiku', 'side question, what does TSO stand for again'],
]);

const move = chat('m7-move', [
  ['checklist', 'sonnet', `We're moving from Chicago to Denver in 6 weeks (job transfer, company pays movers up to $8k). Two kids (7 and 11), one cat, renting in both places. Can you make me a week by week checklist so nothing falls through the cracks? I'm already overwhelmed lol`,
    `Totally doable in six weeks, especially with movers paid for. Here's a week-by-week list, with the things that have hard lead times near the top.

**Week 6 (now)**
- Get 3 quotes from movers approved by your company's relocation policy; book one this week (summer dates fill fast). Ask whether packing is included in the $8k.
- Give notice to your Chicago landlord in writing; check your lease for the notice period and move-out cleaning requirements.
- Request school records for both kids and ask the Denver district about enrollment documents (usually proof of address, birth certificate, immunization records).
- Book the cat's vet visit: records, a health check, and ask about a mild sedative for the drive or flight.
- Start a "moving" folder (paper or Google Drive) for the lease, quotes, receipts. Many relocation costs are reimbursable; keep everything.

**Week 5**
- Sign the Denver lease; ask for the exact move-in date and how to get keys.
- Decide: drive or fly? (Driving is ~15 hours; with a cat and two kids, two days with one overnight stop in Nebraska is kinder.)
- Declutter room by room. Sell/donate anything you wouldn't pay to move. Let the kids each pick a "keep box" of favourite things that travels with you, not the truck.

**Week 4**
- Set up utilities in Denver (Xcel Energy for power/gas, internet provider) for the day before you arrive.
- Schedule disconnection of Chicago utilities for the day after movers leave.
- Change of address with USPS, banks, insurance, subscriptions.
- Renters insurance for the new place, starting on move-in day.

**Week 3**
- Enroll the kids in their new schools; ask about a visit before the first day.
- Find a new vet and pediatrician in Denver and transfer records.
- Start using up food in the freezer and pantry.

**Week 2**
- Confirm the movers: date, arrival window, inventory list, what they won't take (paint, propane, plants).
- Pack a "first night" box per person: sheets, towels, pyjamas, chargers, meds, toothbrushes, a few toys.
- Arrange cat essentials for the trip: carrier, disposable litter tray, food, water, harness.

**Week 1**
- Clean the Chicago apartment (or book cleaners) and photograph every room for your deposit.
- Return keys, get the landlord's written confirmation, and give them your forwarding address for the deposit.
- Moving day: keep the cat shut in a bathroom with a sign on the door so movers don't open it.

**After arrival**
- Colorado driver's licences within 30 days and vehicle registration within 90 days of becoming a resident.
- Walk the new place and note any damage before you unpack, with photos, and send it to the landlord.

You're not behind: six weeks with a paid mover is a comfortable timeline. Tackle week 6 and ignore the rest until next week.`],
  ['notion', 'haiku', 'can you turn weeks 6 and 5 into a checkbox list I can paste into notion? just the items, no headers',
    `- [ ] Get 3 mover quotes approved by relocation policy
- [ ] Book movers; ask if packing is included in the $8k
- [ ] Give written notice to Chicago landlord; check notice period and cleaning rules
- [ ] Request school records for both kids
- [ ] Ask Denver district which enrollment documents they need
- [ ] Book vet visit for the cat (records, health check, sedative?)
- [ ] Create a "moving" folder for lease, quotes, receipts
- [ ] Sign Denver lease; confirm move-in date and key pickup
- [ ] Decide drive vs fly
- [ ] Declutter room by room; sell/donate
- [ ] Kids each pack a "keep box"`],
  ['costs', 'sonnet', `ok real talk, the company just told me the $8k cap is for the movers only and the rest is on us. Can you help me estimate what the rest of the move will cost? We'll drive our own car (2019 Honda Pilot), need one hotel night, the new place wants first month + deposit ($2,450 rent, deposit one month), we'll lose our Chicago deposit of $1,800 only if they find damage (probably not), and we need to buy beds for the kids because theirs are falling apart. Break it down and tell me what I'm probably forgetting.`],
]);

const eldercare = chat('m7-mom-care', [
  ['email', 'sonnet', `I need to write an email to my two brothers about mom. She's 81, lives alone in her house in Dayton, fell twice this fall, and her doctor thinks early dementia. I'm the one who lives closest (40 min away) and I'm burning out doing everything. I want us to have a real conversation about what's next without it turning into a fight. Can you draft it?`,
    `Here's a draft that states the facts, says plainly how you're doing, and asks for a conversation rather than proposing a decision, which is usually what keeps these from turning into a fight.

---

**Subject: Mom – can we talk this month?**

Hi Mark and Dave,

I want to give you an honest update on Mom and ask that the three of us talk soon.

Since September she has fallen twice: once in the kitchen, and once on the basement stairs, which ended with a trip to the ER (bruising, no fracture, thankfully). At her last appointment Dr. Patel said she's seeing signs of early dementia and wants to do a fuller assessment in January. I've noticed it too: missed bills, repeating stories, and last week she left the stove on.

Right now I'm driving over three or four times a week for groceries, pills, appointments and checking in. I love her and I want to keep helping, but I'm honestly running on empty, and I don't think the current setup is safe for her or sustainable for me.

I'm not writing with a plan already decided. I'd like the three of us to look at the options together: more help at home, assisted living, her moving closer to one of us, and how we'd pay for any of it. I'd also like to understand what each of you can realistically do, whether that's time, money, or taking over some of the admin from a distance.

Could we do a video call in the next two weeks? I'll send a few times. Before then, if you're able to call Mom this week, I think she'd love it, and you'll get a sense of how she's doing.

Thanks for reading this. I know it's a lot.

Love,
[Your name]

---

A few notes:
- Keep the concrete details (falls, ER, stove): they make the situation real for siblings who only see her at holidays.
- Saying "I'm not writing with a plan" lowers defensiveness; you can still share your view on the call.
- If one brother tends to take over or shut down, consider sending a shared doc of options before the call so the discussion has structure.`],
  ['shorter', 'haiku', 'This is good but way too long, my brothers will not read all that. Cut it to like 5-6 sentences and make it less formal, we are pretty casual with each other.',
    `Hey Mark and Dave – Mom's fallen twice since September (one ER trip, no fracture), and Dr. Patel thinks it's early dementia; I'm seeing it too, she left the stove on last week. I'm over there 3-4 times a week and honestly I'm running on empty. I don't have a plan decided, but I don't think things are safe or sustainable as they are. Can we do a video call in the next two weeks to figure out options together? I'll send some times. Love you guys.`],
  ['decision', 'opus', `Update: we had the call. Options on the table and I need help thinking this through properly because it's a huge decision and my brothers disagree.

Facts:
- Mom: 81, diagnosed with mild cognitive impairment likely progressing to Alzheimer's (neurologist, December). Walker now. Still wants to stay home.
- Money: house worth ~$240k, paid off. Savings ~$95k. Social Security $1,900/mo, small pension $600/mo. No long-term care insurance.
- Option A (Mark): in-home aide 6 hrs/day, 7 days (~$5,500/mo in Dayton), she stays home.
- Option B (me): assisted living with a memory care wing near me, $6,200/mo now, $8,000+ if she moves to memory care. Sell the house.
- Option C (Dave): she moves in with Dave in Columbus, he's remote-working, his wife is hesitant. Sell the house, Dave gets paid as a caregiver from her money.
- Dave also floated "giving the house to us kids now so Medicaid can't take it later".
- I have POA for finances, no healthcare POA yet. Ohio.

What would you do, and in what order? I want the money side, the Medicaid side, what happens as the dementia progresses, and what each option does to the three of us.`,
    `This is one of the hardest decisions families make, and the fact that you're laying out the numbers now, while your mom can still take part, puts you in a much better position than most. I'll go through money, Medicaid, how each option ages as the dementia progresses, and the family side, then give you an order of steps. None of this replaces an elder-law attorney in Ohio, and one of my recommendations is to see one within the next month.

**1. The money runway**

Her income is $2,500/month. Her liquid savings are $95k; the house adds ~$240k if sold (less ~7-8% selling costs, so call it $220k).

- *Option A (aide at home, $5,500/mo):* the shortfall is ~$3,000/month plus the house's own costs (taxes, insurance, repairs, utilities: budget $600-800/month in Dayton). Roughly $3,700/month comes out of $95k: **about 2 years** before savings run out, and she keeps the house. But 6 hours a day is not what she'll need in 2-3 years: moderate Alzheimer's typically means someone present overnight, and 24-hour home care costs $15-20k/month, which she cannot fund.
- *Option B (assisted living, then memory care):* $6,200 − $2,500 = $3,700/month now, rising to $5,500+ in memory care. With the house sold, she has ~$315k: **roughly 5-6 years**, longer if memory care comes late. This is the only option whose costs are already priced for the disease's progression.
- *Option C (with Dave):* cheapest in cash, but the real cost is shifted onto Dave's household, and it only works if a caregiver agreement is written properly (see below).

**2. Medicaid: what matters and what Dave's idea would do**

Ohio Medicaid can pay for nursing-home care and, through the Assisted Living Waiver, for part of some assisted-living costs once her assets are spent down to about $2,000. Two rules matter most:

- **The five-year look-back.** Any gift she makes, such as transferring the house to you three, is looked at if she applies within five years. It creates a penalty period during which Medicaid won't pay, calculated from the value given away. If her care needs outrun her money within five years (likely, with the numbers above), **giving the house away now could leave her with no way to pay for care exactly when she needs it most.** It also means you three own a house with her basis, so a large capital-gains bill when you sell, instead of the step-up you'd get if you inherited it. Dave's idea is common and almost always a bad one at this stage.
- **The house while she lives in it** is generally exempt, but Ohio's estate recovery can claim it after her death to repay what Medicaid spent. There are legitimate planning tools (caregiver-child exemption, certain trusts) that only an elder-law attorney should set up.

**3. Paying Dave (Option C)**

If she pays Dave, it must be under a written personal-care agreement at a market rate, paid as services are given, with records. Otherwise the payments can be treated as gifts under the look-back. He also has to declare it as income.

**4. How each option ages`],
  ['keep-going', 'opus', 'keep going please, you stopped at how each option ages',
    `**4. How each option ages as the dementia progresses**

Alzheimer's usually moves from mild to moderate over 2-4 years, and moderate dementia changes what "safe" means: wandering, night-time confusion, not recognising danger, needing help with bathing and toileting.

- *Option A (home with an aide):* works best **now**, and respects what your mom wants. It breaks down when she needs someone overnight, and it tends to break down suddenly: a fall at 2 a.m., or a night she leaves the house. At that point families often move a parent in a crisis, with little choice of facility. If you choose A, choose it with an agreed trigger for moving on (e.g. "when she can't be alone at night").
- *Option B (assisted living, then memory care):* the move is hardest now, because she'll feel she lost her home. But moving while she can still learn a new place is much easier than moving in moderate dementia, and a facility with its own memory-care wing avoids a second move. It also gives all three of you back the role of children rather than caregivers.
- *Option C (with Dave):* good for the first year or two if his household truly wants it. Caregiving for moderate dementia at home is a full-time job, and remote work doesn't survive it. The failure mode is a burned-out Dave and a tense marriage, followed by a crisis placement anyway, after the house money has been spent on a caregiving arrangement that didn't last.

**5. What each option does to the three of you**

- A keeps you as the local default for every emergency, because an aide 6 hours a day leaves 18 hours uncovered and you're 40 minutes away. You're already burning out: A makes that worse unless Mark and Dave take specific, recurring jobs (bill paying, scheduling aides, a weekend visit each month).
- B puts you close to her, but as a visitor and advocate, not the nurse.
- C moves the burden to Dave and money to Dave, which is a classic source of resentment later unless it's formalised and transparent to all three of you.

**6. What I'd do, in order**

1. **This month:** while she still has capacity, get her to sign a healthcare power of attorney and a HIPAA release, and review her will. This is time-critical: once she can't understand what she's signing, you're looking at guardianship.
2. **Within a month:** see an Ohio elder-law attorney (one meeting, typically $300-600) with all three of you on the call. Ask about the look-back, estate recovery, a caregiver agreement for Option C, and the Assisted Living Waiver. Drop the idea of transferring the house until you've had that meeting.
3. **Ask her neurologist** for a realistic picture of the next 2 years and whether she's safe alone at night now.
4. **Tour two or three assisted-living places with memory care** near you, with your mom if she's willing. Ask about the price of the memory-care step and whether they accept the Medicaid waiver after private pay runs out.
5. **Decide with a trigger**, not forever: e.g. "A for now, move to B when she needs overnight help or falls again", written down, so the next decision isn't a new fight.
6. **Put the money on paper**: a shared spreadsheet of her income, costs and savings that all three of you can see. Transparency is the single best predictor that siblings stay on speaking terms through this.

If it helps, my honest read of your numbers: B, or A with a clear trigger to B, gives your mom the longest safe runway and protects you from becoming her full-time caregiver. But the best choice is the one your mom helped make while she still can.`],
  ['terms', 'haiku', "also dumb question but what's actually the difference between assisted living and a nursing home? one line each is fine"],
]);

const workerPool = chat('m7-go-pool', [
  ['pool', 'sonnet', `Write me a Go function that fetches a list of URLs concurrently with at most N in flight, respects a context (cancel everything if ctx is cancelled), and returns the bodies in the same order as the input. Errors per URL should be returned, not abort the rest.`,
    `Here's a version with a fixed number of workers reading indices from a channel. Writing each result into its own slot of a pre-sized slice keeps the input order without any sorting or locking.

${F}go
package fetch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"sync"
)

type Result struct {
	URL  string
	Body []byte
	Err  error
}

// FetchAll fetches every URL with at most n requests in flight.
// results[i] always corresponds to urls[i].
func FetchAll(ctx context.Context, client *http.Client, urls []string, n int) []Result {
	results := make([]Result, len(urls))
	jobs := make(chan int)

	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				body, err := fetchOne(ctx, client, urls[i])
				results[i] = Result{URL: urls[i], Body: body, Err: err}
			}
		}()
	}

	for i := range urls {
		select {
		case jobs <- i:
		case <-ctx.Done():
			// Mark everything not yet handed out as cancelled.
			for j := i; j < len(urls); j++ {
				results[j] = Result{URL: urls[j], Err: ctx.Err()}
			}
			close(jobs)
			wg.Wait()
			return results
		}
	}
	close(jobs)
	wg.Wait()
	return results
}

func fetchOne(ctx context.Context, client *http.Client, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 {
		return nil, fmt.Errorf("%s: status %d", url, resp.StatusCode)
	}
	return io.ReadAll(resp.Body)
}
${F}

Notes:
- Each worker writes only \`results[i]\` for the indices it received, so there's no data race on the slice; \`wg.Wait()\` gives the caller a happens-before edge to read all of them.
- Requests already in flight are cancelled through \`NewRequestWithContext\`; their result carries \`context.Canceled\` or \`DeadlineExceeded\`.
- \`io.ReadAll\` has no size limit: wrap the body in \`io.LimitReader\` if the URLs aren't yours.`],
  ['errgroup', 'sonnet', "can you redo it with errgroup and SetLimit instead of the manual workers? keep the same behaviour (per-url errors, order preserved, ctx cancel)",
    `Sure. With \`errgroup.Group.SetLimit\` you launch one goroutine per URL and the group blocks \`Go\` once the limit is reached. The trick for keeping per-URL errors is to **never return an error from the goroutine**: an errgroup cancels its context on the first error, which is exactly the abort-everything behaviour you don't want.

${F}go
import "golang.org/x/sync/errgroup"

func FetchAll(ctx context.Context, client *http.Client, urls []string, n int) []Result {
	results := make([]Result, len(urls))
	var g errgroup.Group
	g.SetLimit(n)

	for i, u := range urls {
		if ctx.Err() != nil {
			results[i] = Result{URL: u, Err: ctx.Err()}
			continue
		}
		g.Go(func() error {
			body, err := fetchOne(ctx, client, u)
			results[i] = Result{URL: u, Body: body, Err: err}
			return nil // per-URL errors live in results
		})
	}
	_ = g.Wait()
	return results
}
${F}

Since Go 1.22 the loop variables \`i\` and \`u\` are per-iteration, so capturing them in the closure is safe; on older versions add \`i, u := i, u\` at the top of the loop. I used a plain \`errgroup.Group\` rather than \`errgroup.WithContext\` because we don't want its cancel-on-error.

One behavioural difference from the worker version: \`g.Go\` blocks when \`n\` goroutines are running, so if \`ctx\` is cancelled while the loop is blocked there, it only notices once a slot frees up. Because in-flight requests are cancelled by the same context, that happens almost immediately, so in practice it's the same.`],
  ['leak', 'opus', `This went to prod inside a bigger service (we wrapped FetchAll in a "crawler" that streams results to a channel instead of a slice). After ~2 days the goroutine count climbs from ~400 to 90k and memory follows. pprof goroutine dump, top entries:

${F}
87412 @ 0x43e8d6 0x4098a5 0x4094f8 0x8f2a11 0x4729e1
#	0x8f2a10	crawler.(*Crawler).run.func1+0x170	/src/crawler/crawler.go:88    (chan send)

1024 @ 0x43e8d6 0x44f7c5 0x44f79c 0x46b1e7 0x8f2c3e 0x4729e1
#	0x8f2c3d	golang.org/x/sync/errgroup.(*Group).Go+0x5d   (semaphore acquire)
${F}

Code:

${F}go
func (c *Crawler) Stream(ctx context.Context, urls <-chan string) <-chan Result {
	out := make(chan Result)
	go c.run(ctx, urls, out)
	return out
}

func (c *Crawler) run(ctx context.Context, urls <-chan string, out chan<- Result) {
	var g errgroup.Group
	g.SetLimit(c.n)
	for u := range urls {
		g.Go(func() error {
			body, err := fetchOne(ctx, c.client, u)
			out <- Result{URL: u, Body: body, Err: err}   // line 88
			return nil
		})
	}
	g.Wait()
	close(out)
}
${F}

Callers do \`for r := range crawler.Stream(ctx, urls) { ...; if tooMany { break } }\` and cancel ctx on return. Why 87k goroutines when SetLimit is 1024, and what's the right design? I want it leak-free even if the caller stops reading, with bounded memory.`,
    `The dump tells the story: 87k goroutines parked on \`out <- Result{...}\` at line 88, and 1024 in \`errgroup.Go\` waiting for the semaphore. Those 87k are **not** from one \`run\`: each \`Stream\` call starts its own \`run\` with its own limit of 1024. What you're seeing is many abandoned streams, each with up to 1024 goroutines stuck forever.

**How a stream gets stuck.** When a caller \`break\`s out of its \`range\`, nobody reads \`out\` again. Every goroutine of that stream that finishes its fetch then blocks on \`out <- ...\`. The send is unconditional, so cancelling \`ctx\` doesn't help: \`fetchOne\` returns quickly with \`context.Canceled\`, and then the goroutine blocks on the send anyway. Once 1024 goroutines are parked, \`g.Go\` blocks in \`run\`'s loop, so \`run\` never returns, never closes \`out\`, and keeps the \`urls\` channel's producer blocked too. Each abandoned stream leaks 1024 goroutines plus whatever body bytes they hold in their \`Result\`: 85 abandoned streams × 1024 ≈ 87k, which matches.

**The fix has three parts.**

1. **Every send selects on ctx.** A goroutine must be able to give up its result:

${F}go
select {
case out <- Result{URL: u, Body: body, Err: err}:
case <-ctx.Done():
}
${F}

2. **The producer loop stops on ctx too**, so \`run\` doesn't keep launching work for a stream nobody wants:

${F}go
for {
	select {
	case <-ctx.Done():
		goto done
	case u, ok := <-urls:
		if !ok {
			goto done
		}
		g.Go(func() error { ... })
	}
}
done:
g.Wait()
close(out)
${F}

(\`g.Go\` itself can still block waiting for a slot, but every running goroutine now exits promptly on cancel, so slots free up.)

3. **Make the cancel the stream's own responsibility.** Relying on every caller to cancel the context they passed in is what leaked in the first place: one caller that breaks without cancelling is enough. Give \`Stream\` its own derived context and return a stop function:

${F}go
func (c *Crawler) Stream(parent context.Context, urls <-chan string) (<-chan Result, func()) {
	ctx, cancel := context.WithCancel(parent)
	out := make(chan Result)
	go c.run(ctx, urls, out)
	return out, cancel
}

// caller
results, stop := crawler.Stream(ctx, urls)
defer stop()
for r := range results {
	if tooMany {
		break
	}
}
${F}

With Go 1.23 you can go further and return an \`iter.Seq[Result]\`: when the caller's \`for ... range\` loop exits early, the iterator's \`yield\` returns false and you cancel inside, so early \`break\` can't leak by construction.

**Bounded memory.** After the fix, memory per stream is bounded by \`n\` goroutines, each holding at most one body; cap body size with \`io.LimitReader\` and memory is \`n × maxBody\` per stream. If many streams run at once, bound the *total* with one shared \`semaphore.Weighted\` on the \`Crawler\` instead of a per-stream errgroup limit, so 85 concurrent streams don't mean 85 × 1024 fetches.

**Catching this next time.** Add \`go.uber.org/goleak\` to the crawler's tests with a case where the consumer breaks after one result; the original code fails it immediately. And export \`runtime.NumGoroutine()\` as a gauge: a slope over days is the signature of exactly this bug.`],
  ['version', 'haiku', 'which Go version made loop variables per-iteration again, 1.21 or 1.22?'],
]);

const podcast = chat('m7-podcast', [
  ['notes', 'sonnet', `I host a small podcast about urban gardening. Can you write show notes for this episode from the transcript excerpt? Format: 2-3 sentence summary, then "In this episode" bullets with timestamps, then links mentioned. Guest is Priya Raman from Brooklyn Grange.

[00:00:12] ME: Welcome back to Dirt Under the Nails, I'm Sam. Today I'm with Priya Raman, who manages rooftop farm operations at Brooklyn Grange. Priya, welcome.
[00:00:20] PRIYA: Thanks Sam, happy to be here.
[00:01:05] ME: So how does a farm on a roof even start? Like structurally?
[00:01:10] PRIYA: It always starts with the engineer. Saturated soil is heavy, a full green roof system can be 30 to 40 pounds per square foot when it's wet, so before anyone talks tomatoes someone has to check the load capacity of the building. The Navy Yard roof we farm was built for heavy industrial loads, which is partly why it works.
[00:03:40] ME: And the soil, is it regular dirt?
[00:03:44] PRIYA: No, it's an engineered lightweight mix, mostly expanded shale, which is like little baked clay pebbles, plus compost. It drains fast and weighs a lot less than topsoil. The downside is it doesn't hold nutrients long, so we're constantly adding compost.
[00:07:15] ME: What grows well up there?
[00:07:18] PRIYA: Greens, herbs, peppers, tomatoes do great. Wind is the big enemy, it dries things out, so tall crops need staking. We stopped growing corn pretty quickly.
[00:12:30] ME: People listening have a fire escape or a small balcony. What would you tell them?
[00:12:35] PRIYA: Check your lease and your building's rules first, seriously. Then: containers at least 12 inches deep, a potting mix not garden soil, and start with herbs and salad greens. And water in the morning. On a balcony in July you may need to water twice a day.
[00:18:02] ME: You also run an education program?
[00:18:05] PRIYA: Yes, we host school groups and we have a free guide on our website, the Rooftop Growing Guide, and we partner with the NYC Parks GreenThumb program for community gardens.
[00:22:40] ME: Last question, favourite thing you've grown?
[00:22:44] PRIYA: Honestly, shishito peppers. They love the heat up there.
[00:23:30] ME: Priya, thank you. Listeners, links are in the show notes.`,
    `**Episode: Farming on the Roof with Priya Raman of Brooklyn Grange**

Priya Raman, who manages rooftop farm operations at Brooklyn Grange, explains what it takes to grow food on a roof: from structural load checks and lightweight engineered soil to fighting wind and heat. She also shares practical advice for listeners growing on fire escapes and small balconies, and her favourite crop from the rooftop.

**In this episode**
- [01:05] How rooftop farms start: load capacity, and why wet soil can weigh 30-40 lb per square foot
- [03:40] Engineered rooftop soil: expanded shale plus compost, and why it needs constant feeding
- [07:15] What grows well up high (greens, herbs, peppers, tomatoes) and why wind is the main enemy
- [12:30] Advice for balcony and fire-escape gardeners: leases, container depth, potting mix, morning watering
- [18:02] Brooklyn Grange's education program and community partnerships
- [22:40] Priya's favourite rooftop crop: shishito peppers

**Links mentioned**
- Brooklyn Grange: brooklyngrange.com
- Rooftop Growing Guide (free): on the Brooklyn Grange website
- NYC Parks GreenThumb: greenthumb.nycgovparks.org

You may want to check the exact URL of the Rooftop Growing Guide before publishing, since it wasn't given in the transcript.`],
  ['tweets', 'haiku', 'nice!! now 3 short posts to promote it on instagram/twitter, casual, one with a question to get replies',
    `1. New episode 🌱 Priya Raman of @brooklyngrange on how you farm on a ROOF: 40 lb/sq ft soil, wind, and why corn didn't make the cut. Link in bio.

2. Got a balcony or a fire escape? Priya's tips: 12-inch containers, potting mix (not garden soil), herbs and greens first, water in the morning. Full episode out now 🍅

3. Priya's favourite rooftop crop is shishito peppers 🌶️ What's the one thing you'd grow if you had a rooftop? Tell us below 👇`],
  ['titles', 'haiku', 'give me 5 alternative episode titles, punchier than mine'],
]);

const penney = chat('m7-penney', [
  ['hh', 'sonnet', `My kid's math club question: on average how many coin flips until you get two heads in a row? They guessed 4. Can you explain the answer in a way a 14 year old can follow?`,
    `The answer is **6 flips on average**, and there's a neat way to see it without any heavy maths: think about "where you are" in the game.

At any moment you're in one of three situations:
- **Start**: you haven't got anything useful yet (or your last flip was tails).
- **One H**: your last flip was heads.
- **Done**: you just got HH.

Let's call **E** the average number of flips still needed from Start, and **F** the average from One H.

**From One H:** you flip once more.
- Heads (probability 1/2): you're done.
- Tails (1/2): you're back to Start and need E more on average.

So F = 1 + ½·0 + ½·E = 1 + E/2.

**From Start:** you flip once.
- Heads (1/2): you're at One H, need F more.
- Tails (1/2): you're still at Start, need E more.

So E = 1 + ½·F + ½·E.

Now solve. Multiply the second equation by 2: 2E = 2 + F + E, so E = 2 + F. Substitute F = 1 + E/2: E = 2 + 1 + E/2 = 3 + E/2, so E/2 = 3 and **E = 6**.

**Why the guess of 4 is natural but wrong.** HH has probability 1/4 on any two given flips, so it feels like "4 tries". But tries overlap and a tails *wipes out* your progress: when you have one heads and then flip tails, you lose the flip you'd banked. That reset is what pushes the average up to 6.

**A fun follow-up for the club:** HT (heads then tails) takes only **4** flips on average, even though it has the same 1/4 probability. After one heads, a "wrong" flip (another heads) doesn't reset you: you still have a heads to build on. Ask them to work it out with the same method and be surprised.`],
  ['conway', 'opus', `They loved it. Now I'm curious myself: Penney's game. Player 1 picks a pattern of 3 flips, player 2 picks another, whoever's pattern shows up first wins. I read that player 2 can always win with probability at least 2/3. Can you prove that for every length-3 pattern there's a response that beats it, compute the exact winning odds for all the best responses, and prove Conway's "leading numbers" formula that gives those odds in general (not just state it)?`,
    `Yes: Penney's game is **non-transitive**, and the second player always has an advantage for patterns of length 3. I'll (1) set up Conway's correlation numbers, (2) prove the formula for the odds, and (3) apply it to all eight patterns.

**1. Correlations ("leading numbers").** For patterns A and B of the same length k, define the correlation A∗B as a binary number with k digits: digit i (from the left, i = 1..k) is 1 if the last k − i + 1 letters of A equal the first k − i + 1 letters of B, and 0 otherwise. Evaluate it in base 2 (for a fair coin). Examples with k = 3:

- HHH∗HHH = 111₂ = 7, since every suffix of HHH is a prefix of HHH.
- THH∗HHT: suffixes of THH are THH, HH, H; prefixes of HHT are HHT, HH, H. THH ≠ HHT, HH = HH, H = H → 011₂ = 3.

**2. The theorem (Conway).** If A and B are distinct and neither contains the other, the odds that B appears before A are

  P(B first) : P(A first) = (A∗A − A∗B) : (B∗B − B∗A).

**Proof via a fair game (martingale argument).** Imagine a casino where a new gambler arrives before each flip. A gambler betting on pattern A bets $1 that the next flip is A's first letter, at fair odds (doubling); if he wins, he bets all $2 that the next flip is A's second letter, and so on, until he either loses everything or completes A. At each flip the casino's expected profit is zero, so the casino's net profit M_n after n flips is a martingale.

Now run two teams of gamblers at once: the A-team (each newcomer follows A) and the B-team (each follows B). Let T be the first time either A or B appears. T has finite expectation (there is a fixed probability ≥ 2⁻ᵏ of the next k flips being A), and the increments of M are bounded, so by optional stopping E[M_T] = 0.

What's the payout at time T? Most gamblers have lost their $1. The only ones still holding money are those who started at positions where the tail of the flips so far matches a prefix of their pattern. If A just appeared, a gambler of the A-team who started j letters before the end holds 2^j exactly when the last j letters of A equal the first j letters of A (digit k − j + 1 of A∗A, worth 2^(j−1)), so the A-team holds 2·(A∗A) dollars in total, and by the same count the B-team holds 2·(A∗B). Symmetrically if B just appeared: the A-team holds 2·(B∗A) and the B-team 2·(B∗B).

Each team paid $1 per flip, so each team's total stake is T dollars. Writing p = P(A first), q = P(B first), each team's expected net winnings, E[payout] − E[T], are zero:

  2p·A∗A + 2q·B∗A = E[T],
  2p·A∗B + 2q·B∗B = E[T].

Subtract and divide by 2: p(A∗A − A∗B) = q(B∗B − B∗A), which is the formula. ∎

(The hypothesis that neither pattern contains the other ensures the game always ends at the first completion of exactly one of them; for equal lengths and distinct patterns it's automatic.)

**3. All eight length-3 cases.** The best response to A = a₁a₂a₃ is B = (not a₂) a₁ a₂. Computing the four correlations for each pair`],
  ['continue', 'opus', 'continue',
    `...gives the odds for every first-player choice. I'll write each pair as A (player 1) vs B (player 2) with odds B : A = (A∗A − A∗B) : (B∗B − B∗A).

**Worked example: A = HHH, B = THH.**
- A∗A = HHH∗HHH = 111₂ = 7
- A∗B = HHH∗THH: suffixes of HHH are HHH, HH, H; prefixes of THH are THH, TH, T: no matches → 000₂ = 0
- B∗B = THH∗THH: THH = THH, HH ≠ TH, H ≠ T → 100₂ = 4
- B∗A = THH∗HHH: THH ≠ HHH, HH = HH, H = H → 011₂ = 3

Odds B : A = (7 − 0) : (4 − 3) = 7 : 1, so THH wins with probability 7/8. Intuitively: the only way HHH comes first is if the first three flips are HHH; any earlier T means a THH will be completed before HHH can be.

**Second example: A = HHT, B = THH.** A∗A = HHT∗HHT: HHT = HHT → 1; HT vs HH no; T vs H no → 100₂ = 4. A∗B = HHT∗THH: HHT vs THH no; HT vs TH no; T vs T yes → 001₂ = 1. B∗B = THH∗THH = 100₂ = 4. B∗A = THH∗HHT: THH vs HHT no; HH vs HH yes; H vs H yes → 011₂ = 3. Odds B : A = (4 − 1) : (4 − 3) = 3 : 1, so **THH beats HHT with probability 3/4**.

Doing all eight the same way gives the known table:

| Player 1 | Best reply | P(player 2 wins) |
|---|---|---|
| HHH | THH | 7/8 |
| HHT | THH | 3/4 |
| HTH | HHT | 2/3 |
| HTT | HHT | 2/3 |
| THH | TTH | 2/3 |
| THT | TTH | 2/3 |
| TTH | HTT | 3/4 |
| TTT | HTT | 7/8 |

(The table is symmetric under swapping H and T, which is a good check.)

**Why player 2 always wins with at least 2/3.** The formula shows it for each row: the reply (not a₂)a₁a₂ puts B's last two letters equal to A's first two, so whenever A is "about to start" B is one flip from finishing. Since every row is ≥ 2/3, player 2 wins at least 2/3 of the time against any choice. And the relation is non-transitive: THH beats HHT, HHT beats HTT, HTT beats TTH, TTH beats THH, a cycle, so there is no best pattern to pick first.

**Expected waiting times drop out of the same proof.** With one team only, E[T] = 2·(A∗A): HHH takes 14 flips on average, HTH takes 10, and HHT takes 8, which is another nice surprise for the club (same probability, very different waits).`],
  ['sim', 'sonnet', "Can you write a short Python simulation that plays every pair of 3-flip patterns 100k times and prints a table of player 2's win rates, so I can check the numbers with the kids?"],
]);

const refreshTokens = chat('m7-refresh-rotation', [
  ['rotation', 'opus', `Security-ish question. Our React SPA talks to our own auth server (OAuth 2.1 style, auth code + PKCE). Access tokens live 10 min, refresh tokens rotate on every use with reuse detection: if a refresh token that was already used is presented again, we revoke the whole token family (per the OAuth security BCP). Tokens are kept in localStorage so all tabs share them.

Problem: users with several tabs open get logged out randomly, a few times a day. Our logs show "refresh token reuse detected, family revoked" for those users, always within ~1 second of a successful refresh. No sign of actual theft. We also have a mobile webview that shares the same account.

I assume two tabs refresh at the same time. Is that the whole story, and what's the right fix? Options people suggested: a grace period for reuse, a BroadcastChannel lock between tabs, or moving to a BFF with cookies. I'd like to understand the security trade-offs, not just make the logouts stop.`,
    `Two tabs racing is the main story, but not the only one, and the fix you choose changes your threat model, so it's worth going through carefully.

**What's happening.** Tab A and tab B both see the access token expire (they run the same timer, or both get a 401 at the same moment). Both read refresh token R1 from localStorage and both call \`/token\`:

1. A's request arrives first: R1 is valid, the server issues access token + R2 and marks R1 used.
2. B's request arrives 200 ms later with R1: R1 is already used → reuse detected → the server revokes the family (R2 included).
3. A stores R2, which is now dead; the next refresh in any tab fails and the user is logged out.

Two other sources of the same log line, which a tab lock won't fix:
- **Retries on network failure.** If the response carrying R2 is lost (mobile network, tab suspended mid-request, a proxy timeout), the client retries with R1, which is used. From the server's point of view this is indistinguishable from theft.
- **The mobile webview** if it shares the localStorage-equivalent or the same refresh token with the browser via some sync; if it has its own family, it's not involved.

**The three options, honestly.**

*1. Grace period on reuse.* Accept a used refresh token again for a short window (e.g. 2-5 s) and return the *same* successor (R2), rather than minting a new one. This is what several large providers do. It fixes the race and lost responses. The cost: an attacker who steals R1 and uses it within the window after a legitimate refresh gets R2 without triggering revocation. That window is small, and an attacker who can read localStorage can just as easily wait and read R2. Returning the same R2 (idempotency keyed on R1) matters: minting a second successor would create two live branches of the family.

*2. Cross-tab lock (Web Locks API / BroadcastChannel).* \`navigator.locks.request('token-refresh', ...)\` gives you a real mutex across tabs of one origin: the first tab refreshes, the others wait, then reread storage. This removes the race from well-behaved tabs but not lost responses, and it's pure client-side hygiene: it improves nothing against an attacker.

*3. BFF with HttpOnly cookies.* A backend-for-frontend holds the tokens server-side; the browser has only an HttpOnly, Secure, SameSite session cookie. This is the approach the IETF's "OAuth 2.0 for Browser-Based Apps" draft recommends for apps that can have a backend, and it's the only one of the three that changes the **XSS** story: today, any script injection can read the refresh token from localStorage and use it from anywhere, indefinitely, because rotation only detects theft if the legitimate client uses the token again. With a BFF, an XSS can act *as the user while the tab is open* (it can still call your API through the BFF), but it can't exfiltrate a long-lived credential.

**My recommendation:** do 1 now (server-side, small, stops the logouts and the lost-response case), add 2 because it's cheap and reduces token traffic, and plan 3 as the real fix, because localStorage refresh tokens are the weakest part of your design. Rotation with reuse detection is a mitigation for storing refresh tokens where scripts can read them; the BFF removes the need for it.

For the grace period, key it on the presented token: store \`used_at\` and \`successor_id\` on R1; if R1 is presented again within 5 s of \`used_at\` *and* from the same client id, return the stored successor; otherwise revoke the family as today. Log every grace hit, so you can see if they ever come from a different IP or user agent.`],
  ['mermaid', 'sonnet', "Can you draw the BFF version as a mermaid sequence diagram (browser, BFF, auth server, API), covering login, a normal API call, and the BFF refreshing the token when it's expired? It's for our design review.",
    `${F}mermaid
sequenceDiagram
    autonumber
    participant B as Browser (SPA)
    participant BFF as BFF
    participant AS as Auth server
    participant API as API

    Note over B,AS: Login
    B->>BFF: GET /login
    BFF->>BFF: create state, PKCE verifier (stored server-side)
    BFF-->>B: 302 to AS /authorize (code_challenge, state)
    B->>AS: GET /authorize
    AS-->>B: login page, user authenticates
    AS-->>B: 302 to BFF /callback?code&state
    B->>BFF: GET /callback?code&state
    BFF->>AS: POST /token (code, code_verifier, client secret)
    AS-->>BFF: access token, refresh token
    BFF->>BFF: store tokens in session store
    BFF-->>B: Set-Cookie: session (HttpOnly, Secure, SameSite=Lax); 302 to app

    Note over B,API: Normal API call
    B->>BFF: GET /api/orders (cookie)
    BFF->>BFF: look up session, access token valid
    BFF->>API: GET /orders (Authorization: Bearer access token)
    API-->>BFF: 200 orders
    BFF-->>B: 200 orders

    Note over B,API: Access token expired
    B->>BFF: GET /api/orders (cookie)
    BFF->>BFF: access token expired, take per-session lock
    BFF->>AS: POST /token (grant_type=refresh_token)
    AS-->>BFF: new access token, rotated refresh token
    BFF->>BFF: store new tokens, release lock
    BFF->>API: GET /orders (new access token)
    API-->>BFF: 200 orders
    BFF-->>B: 200 orders
${F}

A couple of things reviewers usually ask about, which the diagram shows:
- The **PKCE verifier and tokens never reach the browser**; the BFF is a confidential client, so it also authenticates to the token endpoint with its own secret.
- The **per-session lock** on refresh (step 19): concurrent requests from several tabs share one session, so without it you reintroduce the same refresh race server-side. A short lock in Redis keyed by session id, or a single-flight in process if sessions are sticky, is enough.

If you want, I can add the logout flow (BFF revokes the refresh token at the AS and clears the cookie) as a fourth section.`],
  ['samesite', 'haiku', 'quick q, what does SameSite=Lax block exactly? one or two sentences',
    `With SameSite=Lax the browser doesn't send the cookie on cross-site subrequests (forms posted from another site, fetch/XHR, images, iframes); it only sends it on top-level navigations with safe methods like clicking a link (GET). So a cross-site POST won't carry the session, but a cross-site link to a GET endpoint will.`],
  ['threat-model', 'opus', `Design review happened. Security team's questions, and I'd like a proper answer to each, not hand-waving:

1. CSRF: the BFF proxies /api/* with the session cookie. SameSite=Lax stops cross-site POSTs, but we have a few GET endpoints with side effects (legacy "GET /api/export?format=csv" generates a file and emails it, "GET /api/invite/accept?token=..."), and we have sibling subdomains (blog.example.com on WordPress, status.example.com hosted by a vendor). Is Lax enough?
2. XSS: "with a BFF an XSS can still call the API as the user", so what did we actually gain, concretely?
3. Session fixation and the login CSRF on /callback.
4. The BFF itself becomes a high-value target holding every user's refresh tokens. How should it store them and what's the blast radius if its database leaks?
5. The mobile webview: should it use the BFF cookie session too or stay a public client with its own refresh tokens?

Give me the answer per question with concrete mitigations, and flag anything in our setup you think is a bigger risk than what they asked.`],
]);

const budget = chat('m7-budget-sheet', [
  ['', null, "hi! my husband and I want to finally do a real monthly budget in google sheets. we're not spreadsheet people. how should I set it up?",
    `Great idea, and you don't need to be a spreadsheet person for this. A simple setup with three tabs covers almost everything:

**Tab 1: Transactions** – one row per expense or income.

| Date | Description | Category | Amount | Who |
|---|---|---|---|---|
| 2027-01-03 | Kroger | Groceries | 84.12 | Me |
| 2027-01-04 | Paycheck | Income | 2,310.00 | Husband |

**Tab 2: Budget** – one row per category with what you plan to spend each month.

| Category | Monthly budget |
|---|---|
| Rent | 1,650 |
| Groceries | 700 |
| Eating out | 200 |
| Gas | 180 |
| Utilities | 220 |
| Kids | 300 |
| Fun money | 150 |

**Tab 3: Summary** – for each category, how much you've spent this month and how much is left. We can fill this in with formulas once the first two tabs exist.

Tips that make it stick:
- Keep the **category names exactly the same** on both tabs (a dropdown helps, I can show you how).
- Record expenses once a week together, 15 minutes with a coffee, rather than every day.
- Start with 8-12 categories. Too many and you'll spend your time deciding where a purchase goes.

Want me to write the formulas for the Summary tab next?`],
  ['sumif', 'haiku', "yes! first, what's the formula to add up everything in Transactions where the category is Groceries?",
    `In the Summary tab, put this in a cell:

${F}
=SUMIF(Transactions!C:C, "Groceries", Transactions!D:D)
${F}

It looks down column C (Category) of the Transactions tab, and adds the matching amounts from column D. If your Summary tab has the category names in column A (say "Groceries" is in A2), use the cell instead of typing the name, so you can copy the formula down:

${F}
=SUMIF(Transactions!C:C, A2, Transactions!D:D)
${F}`],
  ['', null, 'how do I make a dropdown for the category column so we stop typing "grocery" vs "Groceries"',
    `Use data validation that reads the list from your Budget tab:

1. In Transactions, select column C (click the "C" header), or C2:C1000 if you want to keep the header free.
2. Menu **Data → Data validation → Add rule**.
3. Under "Criteria" choose **Dropdown (from a range)** and enter \`Budget!A2:A20\`.
4. Under "Advanced options" choose **Reject the input**, so nothing outside the list can be typed.
5. Click **Done**.

Now each cell has a little arrow with your categories. When you add a category to the Budget tab (within A2:A20), it appears in the dropdown automatically.`],
  ['', null, 'ok and can the row turn red in Summary when we go over budget?',
    `Yes, with conditional formatting. Assuming Summary has Category in A, Budget in B and Spent in C:

1. Select A2:D20 in Summary.
2. **Format → Conditional formatting**.
3. Under "Format cells if…" choose **Custom formula is** and enter:

${F}
=$C2>$B2
${F}

4. Pick a light red fill and click **Done**.

The \`$\` before the column letters makes every cell in a row check that row's Spent and Budget, so the whole row turns red, not just one cell. You can add a second rule with \`=$C2>0.9*$B2\` in yellow for "almost there"; put it below the red rule so red wins.`],
  ['query', 'sonnet', "This is working great. Next level: I want a table that shows spending per category per month for the whole year, months as columns (Jan, Feb...), categories as rows. Can you do that with one formula? Our Date column is real dates.",
    `Yes, QUERY with a pivot does exactly that. Make a new tab called "Year" and put this in A1:

${F}
=QUERY(Transactions!A:D,
  "select C, sum(D)
   where A is not null and C <> 'Income' and year(A) = 2027
   group by C
   pivot month(A)
   label C 'Category'", 1)
${F}

What it does:
- \`select C, sum(D) ... group by C\` – one row per category with the total amount.
- \`pivot month(A)\` – spreads the totals into one column per month.
- \`where ... C <> 'Income'\` – leaves your paychecks out, so it's spending only.
- The final \`1\` tells QUERY the first row of the range is a header.

Two quirks to know:
1. QUERY's \`month()\` is **zero-based**: January is 0, December is 11, so your column headers will be 0, 1, 2… The easiest fix is to type "Jan, Feb, …" over the header row in a separate row above and hide the numbers, or replace \`pivot month(A)\` with a helper column (see below).
2. Months with no spending in a category show as blank, not 0.

Cleaner alternative with proper month names: add a helper column E to Transactions with \`=TEXT(A2,"MM-mmm")\` (gives "01-Jan", "02-Feb", which also sorts correctly), then use \`pivot E\` instead of \`pivot month(A)\`, and change the range to \`Transactions!A:E\`.`],
  ['', null, 'I did the helper column version and now it says #VALUE! "Unable to parse query string for Function QUERY parameter 2: NO_COLUMN: E"',
    `That error means QUERY can't see column E in the range you gave it. Check two things:

1. The first argument must include column E: \`Transactions!A:E\`, not \`Transactions!A:D\`. It's easy to update the \`pivot\` part and forget the range.
2. The helper column needs a **header** in E1 (e.g. "Month"). With the \`1\` at the end, QUERY reads row 1 as headers, and an empty header in a column full of formulas can confuse it.

Also make sure the helper formula is filled all the way down. An easy way that covers new rows automatically is to put this once in E2 instead of copying a formula:

${F}
=ARRAYFORMULA(IF(A2:A="", "", TEXT(A2:A, "MM-mmm")))
${F}`],
  ['thanks', 'haiku', "IT WORKS. the range was A:D 🤦‍♀️ thank you so much, you're a lifesaver",
    `Ha, the classic one! Glad it's working. You now have transactions, a budget with dropdowns, a monthly summary that turns red, and a full-year view: that's a better setup than most people ever get to. Enjoy the coffee-and-budget sessions.`],
  ['', null, "one more thing, how do we import our bank CSV each month without breaking all the formulas?",
    `The safest pattern is to never paste bank data directly into Transactions:

1. Make a tab called **Import**. Each month, clear it and use **File → Import → Upload → Replace current sheet** with the bank CSV.
2. In Transactions, add the new rows by copying from Import and using **Edit → Paste special → Values only**, below your existing rows. Values-only means no bank formatting or formulas come along.
3. Fill in the Category for the new rows with your dropdown.

Because your Summary and Year formulas use whole columns (C:C, A:E), new rows are picked up automatically; nothing needs to change.

If your two banks export different column orders, keep one Import tab per bank, and add a small "mapping" row above describing which bank column goes where, so you both do it the same way every month.`],
  ['money-plan', 'opus', `Ok so now that we can actually SEE our money, we need a real plan, and we keep arguing about it. Honest numbers:

- Take-home: me $3,100/mo, him $4,600/mo. I'm going on unpaid leave for ~6 months when the baby comes in May (my job only pays 6 weeks short-term disability at 60%).
- Fixed costs: ~$4,900/mo including rent. Daycare after leave: ~$1,600/mo.
- Savings: $7,200 in savings account.
- Debt: Visa $6,800 at 27.9%, store card $1,900 at 31%, his student loans $41k federal (he's a public school teacher, 4 years into PSLF on an income-driven plan, payment $210/mo), car loan $11k at 5.4%.
- His 401k/403b: district matches 5% if he contributes 5%; he's currently putting in 2%. I have a 401k with no match, contributing 3%.
- We want to buy a house "someday", ideally in 3 years.

He wants to throw everything at the credit cards now. I think we need cash for the leave first. What should we actually do month by month from now until the baby is 1, and what should we stop or start? Please account for the leave, the PSLF thing, and the match.`],
]);

const litReview = chat('m7-lit-review', [
  ['synthesis', 'opus', `I'm a second-year PhD student in educational psychology writing the lit review chapter for my proposal. Topic: retrieval practice (the testing effect) in real classrooms, K-12, vs lab studies with undergrads. My committee says my draft "lists studies instead of synthesizing them". Sources I'm working from: Dunlosky et al. 2013 (Psych Science in the Public Interest), Rowland 2014 meta-analysis (Psych Bulletin), Adesope, Trevisan & Sundararajan 2017 (Review of Educational Research), Agarwal, Nunes & Blunt 2021 (Ed Psych Review, classroom studies), Yang et al. 2021 (Psych Bulletin, classroom meta-analysis), and Pan & Rickard 2018 on transfer. Can you synthesize what this body of work actually says: where the findings converge, where they conflict and why (moderators, methodological differences), and what the real gaps are that a dissertation could fill? Organize it like a lit review argument, not a list.`,
    `Here's a synthesis organised around three claims the literature supports, two places it genuinely disagrees, and the gaps that follow. I'll cite by author-year so you can map it back to your notes; check every effect size against the papers before it goes in the chapter, since I'm working from memory of them.

**1. Convergence: the effect is robust, and it is not a lab artefact.**

The literature's first movement was establishing that retrieval practice beats restudy under controlled conditions. Dunlosky et al. (2013) rated practice testing one of only two techniques (with distributed practice) of "high utility", largely on the strength of lab work. Rowland's (2014) meta-analysis put a number on it (a moderate overall advantage over restudy, g around 0.5) and, more importantly for your argument, began explaining *variance*: effects were larger when the initial test was recall rather than recognition and when feedback was given, and they grew with longer retention intervals.

The classroom work changes the question from "does it work?" to "does it survive contact with real instruction?". Adesope et al. (2017) found effects in classroom settings comparable to, and in some analyses larger than, lab effects, and Agarwal et al.'s (2021) review of classroom studies reports that the large majority found a benefit, across grade levels and subjects. Yang et al. (2021), the largest classroom meta-analysis, also finds a reliable moderate benefit. Your chapter can make this the first claim of the argument: the effect generalises from lab to classroom. But the interesting part is what is *not* settled.

**2. Convergence: feedback and test format matter, in predictable directions.**

Across Rowland, Adesope and Yang, three moderators recur: feedback strengthens the effect (it rescues items that weren't retrieved), recall formats tend to beat recognition, and benefits persist or increase with delay. Treat this as one paragraph of the argument: the *mechanism* accounts (effortful retrieval, elaboration of retrieval routes) predict exactly these moderators, which is why they're credible.

**3. Conflict: transfer.**

Here the literature disagrees, and you can show why. Pan and Rickard (2018) found that transfer of testing benefits to new questions is real but much smaller than the direct effect, and strongly dependent on whether the initial test required the same kind of processing as the transfer test, with broad application questions showing little benefit. Some classroom studies summarised in Agarwal et al. report benefits on application items. These aren't necessarily contradictory: classroom "transfer" items are often close rephrasings of practiced content (near transfer), while Pan and Rickard's taxonomy distinguishes near and far transfer and finds the far end weak. The conflict is partly definitional: what counts as "transfer" differs across the two literatures. That's a synthesis point your committee will want to see.

**4. Conflict: who benefits. Age, prior knowledge and working memory.**

Lab studies are overwhelmingly undergraduates. In the K-12 classroom work`],
  ['continue', 'opus', 'continue please',
    `...the picture by age is thinner and less consistent than the headline numbers suggest. Yang et al. examined educational level as a moderator and, as I recall it, found benefits across levels; but the younger the learners, the fewer studies there are, and those studies differ from the secondary ones in content (vocabulary and facts rather than concepts) and in the form of retrieval (often teacher-led quizzing rather than free recall). So an apparent "age effect" is confounded with material and format. Individual differences are a second open thread: work on working-memory capacity and prior knowledge gives mixed findings, with some evidence that low-prior-knowledge learners benefit less when retrieval success is low and feedback absent, which ties back to the feedback moderator above.

**5. Methodological differences that explain part of the disagreement.**

A synthesis paragraph your committee will like, because it explains variance instead of listing it:

- **Control conditions.** Lab studies compare testing with restudy of identical material for equal time. Classroom studies often compare quizzed content with non-quizzed content (no re-exposure at all), which inflates the effect relative to a restudy control, or compare classes, which confounds with teacher.
- **Outcome measures.** Lab studies use the experimenter's test, often with items identical to practice; classroom studies increasingly use unit exams or standardised tests, which are further from the practice items.
- **Assignment and clustering.** Many classroom studies randomise within-student across items (a strength), but those that randomise classes rarely have enough clusters for the analysis to be trustworthy.
- **Publication bias.** Rowland and Yang both address it; neither finds that it explains the effect away, but the size is likely somewhat overstated.

**6. The gaps a dissertation could fill**

1. **Far transfer in real classrooms with a restudy control.** Pan and Rickard show why it should be weak; almost nobody has tested it in K-12 with a proper control and an outcome the teacher didn't write.
2. **Younger learners and conceptual material.** The elementary evidence is mostly facts and vocabulary.
3. **Dosage and implementation fidelity.** How many low-stakes quizzes, how spaced, and what happens when teachers implement it themselves, at scale, without researcher support: the "efficacy vs effectiveness" gap.
4. **Heterogeneity by student.** Who benefits least, and whether feedback design closes that gap.
5. **Affective outcomes.** Test anxiety is asserted to decrease with low-stakes quizzing (Agarwal et al. discuss this) but rests on few and mostly self-report studies.

**How to structure the chapter:** open with the convergent claim (robust effect, lab to classroom), then the moderators as evidence for mechanism, then the two conflicts with your methodological explanation, and end with the gaps as a direct consequence of that explanation, so your study's design reads as the answer to the chapter rather than as a separate section.`],
  ['apa', 'haiku', `can you format these in APA 7 for my reference list?

rowland, c. a. (2014) the effect of testing versus restudy on retention: a meta-analytic review of the testing effect. psychological bulletin 140(6) 1432-1463 doi 10.1037/a0037559

pan s c & rickard t c 2018. transfer of test-enhanced learning: meta-analytic review and synthesis. Psychological Bulletin, vol 144 no 7, pp 710-756. https://doi.org/10.1037/bul0000151`,
    `Rowland, C. A. (2014). The effect of testing versus restudy on retention: A meta-analytic review of the testing effect. *Psychological Bulletin, 140*(6), 1432–1463. https://doi.org/10.1037/a0037559

Pan, S. C., & Rickard, T. C. (2018). Transfer of test-enhanced learning: Meta-analytic review and synthesis. *Psychological Bulletin, 144*(7), 710–756. https://doi.org/10.1037/bul0000151

(In APA 7 the journal name and volume number are italicised; the issue number in parentheses is not.)`],
  ['abstract', 'sonnet', "Based on the gaps you listed, my study is #1: far transfer in 7th grade science classrooms, within-student item randomization, quiz vs restudy vs no exposure, outcome is the district's end-of-unit exam. Write me a 250-word abstract for the proposal."],
]);

const nginx = chat('m7-nginx-502', [
  ['intermittent', 'sonnet', `Getting random 502s from nginx in front of our Node (Express) API, maybe 0.5% of requests, no pattern I can see. error.log:

2026/12/06 14:02:11 [error] 2231#2231: *918231 upstream prematurely closed connection while reading response header from upstream, client: 10.0.3.17, server: api.example.com, request: "GET /v1/orders?page=2 HTTP/1.1", upstream: "http://127.0.0.1:3000/v1/orders?page=2", host: "api.example.com"
2026/12/06 14:02:49 [error] 2231#2231: *918544 upstream prematurely closed connection while reading response header from upstream, client: 10.0.3.22, server: api.example.com, request: "POST /v1/cart/items HTTP/1.1", upstream: "http://127.0.0.1:3000/v1/cart/items", host: "api.example.com"

nginx config:

upstream api {
    server 127.0.0.1:3000;
    keepalive 32;
}
server {
    listen 443 ssl;
    server_name api.example.com;
    location / {
        proxy_pass http://api;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
    }
}

Node 20, Express 4, plain app.listen(3000). No crashes in the Node logs.`,
    `This is almost certainly the classic **keep-alive timeout race** between nginx and Node, and your config has exactly the ingredients for it.

**What happens.** With \`keepalive 32\`, nginx keeps idle connections to Node open and reuses them. Node's HTTP server closes idle keep-alive connections after \`server.keepAliveTimeout\`, which defaults to **5 seconds**. nginx has no idea about that timer. So:

1. A connection sits idle for ~5 s.
2. Node decides to close it and sends a FIN.
3. At the same moment nginx picks that connection from its pool and writes a new request on it.
4. Node has already closed it, so nginx reads EOF before any response header: "upstream prematurely closed connection while reading response header", and the client gets a 502.

It's rare (0.5%), random and there's nothing in Node's logs, because from Node's point of view it just closed an idle connection.

**Fix: make Node's idle timeout longer than nginx's.** nginx's idle timeout for upstream keep-alive connections is \`keepalive_timeout\` inside the \`upstream\` block (default 60 s). Make Node wait longer than that:

${F}js
const server = app.listen(3000);
server.keepAliveTimeout = 65_000; // > nginx upstream keepalive_timeout (60s)
server.headersTimeout = 66_000;   // must be > keepAliveTimeout
${F}

and make nginx's value explicit so nobody changes one without the other:

${F}nginx
upstream api {
    server 127.0.0.1:3000;
    keepalive 32;
    keepalive_timeout 60s;
}
${F}

Now nginx always closes idle connections first, so it never reuses a connection Node is about to close.

**Optionally, let nginx retry safe requests.** \`proxy_next_upstream error timeout;\` is the default and only retries idempotent methods (GET, HEAD, etc.) since nginx 1.9.13, but with a single upstream server there's nowhere else to retry to. The timeout fix is the real one.

**Why the POST is in the log too:** the race doesn't care about the method. POSTs that hit it are *not* retried by nginx (non-idempotent), which is good, but it means the client saw a 502 for a request Node never received. Worth checking that your frontend retries POSTs only where they're idempotent.`],
  ['test', 'haiku', 'how do I check the nginx config is valid before I reload it?',
    `Run:

${F}bash
sudo nginx -t
${F}

It parses the whole config and prints "syntax is ok" and "test is successful", or the file and line of the error. If it passes, reload without dropping connections with \`sudo systemctl reload nginx\` (or \`sudo nginx -s reload\`).`],
  ['', null, `502s are gone, thank you!! Next thing: I want to rate limit POST /v1/auth/login to 5 requests per minute per IP, with a small burst, and return a JSON 429 instead of nginx's HTML page. Rest of the API unlimited.`,
    `Add a limit zone in the \`http\` block and a dedicated \`location\` for the login endpoint:

${F}nginx
# http { ... }
limit_req_zone $binary_remote_addr zone=login:10m rate=5r/m;
limit_req_status 429;

server {
    # ...existing config...

    location = /v1/auth/login {
        limit_req zone=login burst=5 nodelay;
        proxy_pass http://api;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host $host;
        error_page 429 = @too_many;
    }

    location @too_many {
        default_type application/json;
        add_header Retry-After 60 always;
        return 429 '{"error":"too_many_requests","message":"Too many login attempts, try again in a minute."}';
    }
}
${F}

Notes:
- \`rate=5r/m\` with \`burst=5 nodelay\` lets an IP make up to 5 extra requests immediately, then one every 12 seconds.
- \`$binary_remote_addr\` is the client IP as nginx sees it. If you're behind a load balancer, you need the real client IP via \`set_real_ip_from\` and \`real_ip_header X-Forwarded-For\`, otherwise every user shares the load balancer's IP and you'll lock everyone out at once.
- \`location = /v1/auth/login\` matches any method; if you really only want POSTs limited, that's easiest done by mapping the method to the key: \`map $request_method $login_key { POST $binary_remote_addr; default ""; }\` and using \`$login_key\` in the zone (empty keys aren't limited).
- A 10 MB zone holds around 160,000 IP states, which is plenty.`],
  ['load-test', 'opus', `New one, and I'm stuck. We load-tested before Black Friday. Same box (8 vCPU), nginx → Node (now 4 instances via cluster on ports 3000-3003, upstream with all four, keepalive 64). Up to ~2,500 rps all good. At ~3,000 rps: latency p99 jumps from 40ms to 3s+, then 502s and 504s appear, and some logs say "connect() failed (99: Cannot assign requested address) while connecting to upstream". CPU is only ~55%. ss -s shows ~28k sockets in TIME-WAIT. Node event loop lag is fine (<10ms). Also noticed nginx worker_connections is 1024 and we have worker_processes auto. What's going on, is it one problem or several, and what should I change in what order?`],
]);

const rangeQueries = chat('m7-range-distinct', [
  ['problem', 'opus', `Competitive programming problem, I've been stuck for 2 days:

Given an array a of n integers (1 ≤ n ≤ 2·10^5, 1 ≤ a_i ≤ 10^9) and q queries (q ≤ 2·10^5), each query (l, r) asks: how many distinct values occur EXACTLY twice in a[l..r]? Time limit 3s.

I tried a segment tree but I can't figure out how to merge "exactly twice" counts. Can you give me the approach and a C++ implementation?`,
    `"Exactly twice" doesn't merge well in a segment tree, as you found. Two standard ways work: **offline sweep over r with a Fenwick tree** (O((n + q) log n), the intended one) and **Mo's algorithm** (O((n + q)√n), simpler but closer to the limit). Here's the sweep.

**Idea.** Process queries sorted by r. For the current right end r, and for each value v, let its occurrences up to r be at positions p_1 < p_2 < … < p_k = (last). For a query (l, r), v occurs exactly twice in [l, r] iff l ∈ (p_{k−2}, p_{k−1}]: the second-to-last occurrence is inside, and the third-to-last is outside (or doesn't exist).

So maintain an array B over positions with a Fenwick tree such that, for every value v, B has +1 at p_{k−1} and −1 at p_{k−2} (when those exist). Then for a query (l, r), the answer is the sum of B over [l, r]:
- A value with l ≤ p_{k−2} contributes +1 − 1 = 0 (three or more occurrences in range).
- A value with p_{k−2} < l ≤ p_{k−1} contributes +1 (exactly two).
- A value with l > p_{k−1} contributes 0 (at most one).

When r advances to a new position with value v, the last three occurrences of v shift, and you update at most three positions:

- old p_{k−1} (now third-to-last): was +1, becomes −1 → add −2
- old p_{k−2} (now fourth-to-last): was −1, becomes 0 → add +1
- old p_k (now second-to-last): was 0, becomes +1 → add +1

**Implementation:**

${F}cpp
#include <bits/stdc++.h>
using namespace std;

struct Fenwick {
    int n; vector<long long> t;
    Fenwick(int n) : n(n), t(n + 1, 0) {}
    void add(int i, long long v) { for (; i <= n; i += i & -i) t[i] += v; }
    long long sum(int i) const { long long s = 0; for (; i > 0; i -= i & -i) s += t[i]; return s; }
    long long range(int l, int r) const { return sum(r) - sum(l - 1); }
};

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> a(n + 1);
    for (int i = 1; i <= n; i++) scanf("%d", &a[i]);

    // compress values
    vector<int> vals(a.begin() + 1, a.end());
    sort(vals.begin(), vals.end());
    vals.erase(unique(vals.begin(), vals.end()), vals.end());
    for (int i = 1; i <= n; i++) a[i] = lower_bound(vals.begin(), vals.end(), a[i]) - vals.begin();

    vector<array<int, 3>> qs(q);
    for (int i = 0; i < q; i++) { scanf("%d %d", &qs[i][0], &qs[i][1]); qs[i][2] = i; }
    sort(qs.begin(), qs.end(), [](auto& x, auto& y) { return x[1] < y[1]; });

    // last[v] = {p_k, p_{k-1}, p_{k-2}}, 0 if absent
    vector<array<int, 3>> last(vals.size(), {0, 0, 0});
    Fenwick fw(n);
    vector<long long> ans(q);
    int qi = 0;
    for (int r = 1; r <= n; r++) {
        auto& L = last[a[r]];
        if (L[1]) fw.add(L[1], -2);   // old second-to-last -> third-to-last
        if (L[2]) fw.add(L[2], +1);   // old third-to-last -> out
        if (L[0]) fw.add(L[0], +1);   // old last -> second-to-last
        L = {r, L[0], L[1]};
        while (qi < q && qs[qi][1] == r) {
            ans[qs[qi][2]] = fw.range(qs[qi][0], r);
            qi++;
        }
    }
    for (int i = 0; i < q; i++) printf("%lld\\n", ans[i]);
}
${F}

Check the transitions against the invariant once by hand on a = [5, 5, 5]: after r = 2, B = [+1, 0, 0], query (1, 2) → 1 ✓. After r = 3, B = [−1, +1, 0], query (1, 3) → 0 ✓ (5 occurs three times), query (2, 3) → 1 ✓.

Complexity: O((n + q) log n) time, O(n + q) memory, comfortably inside 3 s.`],
  ['mo', 'sonnet', "That passed!! 🎉 For learning purposes: you mentioned Mo's algorithm as the other option. Can you explain how Mo's would work for this problem and why it's O((n+q)√n)? I've never really understood the complexity argument.",
    `Sure. Mo's algorithm is worth knowing because it turns many "hard to merge" range problems into "easy to update one element at a time" problems.

**The idea.** Keep a current window [curL, curR] and a count \`cnt[v]\` of each value inside it, plus the answer for the window: \`twice\` = number of values with \`cnt[v] == 2\`. You can move either end by one position in O(1):

${F}cpp
void add(int i) {
    int v = a[i];
    if (cnt[v] == 2) twice--;
    cnt[v]++;
    if (cnt[v] == 2) twice++;
}
void remove(int i) {
    int v = a[i];
    if (cnt[v] == 2) twice--;
    cnt[v]--;
    if (cnt[v] == 2) twice++;
}
${F}

To answer a query (l, r), move curL and curR to l and r, calling \`add\`/\`remove\` at each step, and read \`twice\`. The whole trick is choosing the **order of queries** so the total movement is small.

**The order.** Split positions into blocks of size B ≈ √n. Sort queries by (block of l, then r). Then answer them in that order.

**Why it's O((n + q)√n).** Count the moves of each pointer separately.

- **Right pointer.** Within one block of l, queries are sorted by r, so r only moves forward: at most n steps per block. There are n / B = √n blocks, so the right pointer moves at most n · √n in total (plus up to n when jumping back at a block change, which is also n per block).
- **Left pointer.** Within a block, consecutive queries have l in the same block, so each query moves l at most B = √n. Over q queries: q · √n. Changing blocks moves l at most 2B, √n times: negligible.

Total: O(n√n + q√n) = O((n + q)√n). With n = q = 2·10^5 that's about 2 · 2·10^5 · 450 ≈ 1.8·10^8 very cheap operations: fits in 3 s in C++, but with less margin than the Fenwick solution.

**Why B = √n?** The right pointer costs (n / B) · n and the left pointer costs q · B. Their sum is smallest when those are equal, B = n / √q, which is √n when n ≈ q.

A common speed-up: in odd-numbered blocks sort r ascending, in even blocks descending, so the right pointer sweeps back and forth instead of jumping back to the start. It often halves the running time.`],
  ['online', 'opus', `Now the harder version from the same contest (div1): same problem but queries are forced online: you read (x, y) and the real query is l = (x XOR last) mod n + 1, r = (y XOR last) mod n + 1, swapped if l > r, where last is the previous answer. n, q ≤ 2·10^5, 4 s, 256 MB. So no sorting queries. How?`,
    `Forced online kills both the offline sweep and Mo's, but the sweep converts directly into a **persistent segment tree**: instead of answering queries while sweeping r, keep a snapshot of the Fenwick array B after every r, and query snapshot r on [l, r] whenever you like.

**Construction.** Do the same sweep as before, over r = 1..n. Each step does at most three point updates to B. With a persistent segment tree, each point update creates O(log n) new nodes and leaves the old version intact. Save \`root[r]\` after processing position r.

**Query.** For (l, r), the answer is the sum over [l, r] in version \`root[r]\`: exactly the value the offline algorithm computed when it reached r. O(log n) per query.

**Complexity.** Time O((n + q) log n). Memory: up to 3 updates per position × (log₂ n + 1) ≈ 19 nodes per update → about 3 · 2·10^5 · 19 ≈ 1.14·10^7 nodes. With a node of two 32-bit child indices and a 32-bit sum (the sum over a range of B is between −n and n, fits in int), that's 12 bytes per node, ~137 MB. That fits in 256 MB but not by a lot, so:

- Store nodes in flat arrays (\`int lc[], rc[], sm[]\`) sized once, not in a vector of structs that reallocates.
- Combine the three updates of a step into one pass that creates a single new path per updated position, sharing the rest; or apply the −2/+1/+1 updates in one recursive call that descends into each needed branch once, which saves ~20% of nodes.

${F}cpp
const int MAXNODES = 12'000'000;
int lc[MAXNODES], rc[MAXNODES], sm[MAXNODES], cntNodes = 0;

int update(int prev, int lo, int hi, int pos, int delta) {
    int cur = ++cntNodes;
    lc[cur] = lc[prev]; rc[cur] = rc[prev]; sm[cur] = sm[prev] + delta;
    if (lo == hi) return cur;
    int mid = (lo + hi) / 2;
    if (pos <= mid) lc[cur] = update(lc[prev], lo, mid, pos, delta);
    else rc[cur] = update(rc[prev], mid + 1, hi, pos, delta);
    return cur;
}

int query(int node, int lo, int hi, int l, int r) {
    if (!node || r < lo || hi < l) return 0;
    if (l <= lo && hi <= r) return sm[node];
    int mid = (lo + hi) / 2;
    return query(lc[node], lo, mid, l, r) + query(rc[node], mid + 1, hi, l, r);
}
${F}

The sweep becomes:

${F}cpp
int cur = 0; // empty tree
for (int r = 1; r <= n; r++) {
    auto& L = last[a[r]];
    if (L[1]) cur = update(cur, 1, n, L[1], -2);
    if (L[2]) cur = update(cur, 1, n, L[2], +1);
    if (L[0]) cur = update(cur, 1, n, L[0], +1);
    L = {r, L[0], L[1]};
    root[r] = cur;
}
long long last = 0;
while (q--) {
    long long x, y; scanf("%lld %lld", &x, &y);
    int l = (x ^ last) % n + 1, r = (y ^ last) % n + 1;
    if (l > r) swap(l, r);
    last = query(root[r], 1, n, l, r);
    printf("%lld\\n", last);
}
${F}

Node 0 acts as the shared empty tree (all zeros), which is why \`query\` treats \`node == 0\` as sum 0 and \`update\` can copy from it.

Why it's correct: version \`root[r]\` is exactly B after the sweep reached r, and the offline proof showed that the sum of that B over [l, r] is the answer to (l, r). Persistence changes only *when* you can ask, not what the structure holds.`],
  ['fast-io', 'haiku', "last thing, what's the two lines people put at the top of main to make cin/cout fast?"],
]);

const coldEmail = chat('m7-cold-email', [
  ['draft', 'sonnet', `I sell maintenance scheduling software to small HVAC companies (5-30 techs). Need a cold email to owners. Our thing: techs get their jobs on their phone, customers get automatic reminders for seasonal tune-ups, and the owner sees which maintenance contracts are about to lapse. $49/tech/month. Most of these guys run on whiteboards and QuickBooks. Keep it short, no buzzwords, they hate salesy stuff.`,
    `Here's a short, plain version. It leads with the money they're losing (lapsed maintenance contracts), which owners feel more than "efficiency".

---

**Subject:** Maintenance contracts slipping through the cracks?

Hi [First name],

Quick question: how many of your maintenance agreements came up for renewal last spring without anyone calling the customer?

For most HVAC shops running on a whiteboard and QuickBooks, it's more than they'd guess, and every one is a tune-up visit and often a repair job that goes to someone else.

We built [Product] for shops your size. Your techs see their jobs on their phone, customers get automatic reminders for their spring and fall tune-ups, and you get a list every Monday of contracts about to lapse. It works alongside QuickBooks; you don't have to change how you invoice.

It's $49 per tech per month, no contract.

Worth a 15-minute call next week to see if it fits how you run things? If not, no worries, and I won't keep emailing.

[Your name]
[Phone] · [Company]

---

Why it's built this way:
- **One question up front** they can answer in their head: it gets them thinking about their own numbers.
- **One concrete pain, three features**, each stated as what it does for them, not what it is.
- **Price in the first email**: small-business owners trust it and it filters out people who'd never pay.
- **"I won't keep emailing"** lowers the guard. Only say it if your follow-up sequence respects it (e.g. two follow-ups max).`],
  ['subjects', 'haiku', 'give me 5 more subject lines, under 6 words each, no question marks',
    `1. Lapsed maintenance contracts
2. Your spring tune-up list
3. Whiteboard to phone, same day
4. Renewals you're missing
5. For [Company]'s maintenance customers`],
  ['sequence', 'sonnet', `Ok. Now write 2 follow-up emails to go with it (so 3 total), with the timing between them. The second should add something new not just "bumping this", maybe a quick example with numbers. The third is the breakup email. Same tone.`],
]);

const cdc = chat('m7-cdc-stale', [
  ['stale', 'opus', `Incident, still ongoing-ish. Setup: Postgres 15 (orders table) → Debezium (pgoutput) → Kafka topic orders.cdc (24 partitions, key = order_id) → our Java "indexer" consumer group (8 pods) → Elasticsearch index orders (doc id = order_id). The indexer uses the bulk API with index operations, batches of 1000, and commits offsets after the bulk call returns.

Yesterday at 14:10 we did two things at once: rolled out a new indexer version and a DBA ran a backfill UPDATE on ~3M orders (setting a new column). Since then support finds orders where ES shows an old status (e.g. "pending") while Postgres says "shipped". Not many, maybe 0.2% of orders touched in that window, but it's customer-facing.

Indexer changes in the new version: (1) switched from per-partition processing to a shared thread pool of 16 workers that takes batches from all assigned partitions, (2) added retries on bulk 429s (re-submit only the failed items after backoff), (3) bumped max.poll.records to 5000.

Also relevant: during the backfill there were consumer group rebalances (poll interval exceeded, we saw "CommitFailedException" in logs).

What are the possible causes, which is most likely, and how do I confirm it?`,
    `There are three mechanisms in that list that can each produce "older version wins" in Elasticsearch, and the combination of a backfill (huge burst of updates to the same keys), rebalances, and the new threading model makes all three plausible. The common root: **the index operation is last-writer-wins by arrival order at ES, and your pipeline no longer guarantees that arrival order matches commit order per order_id.**

**Cause 1 (most likely): reordering from the shared worker pool.** Before, each partition was processed by one thread in order, and since all events for an order_id land in one partition, ES saw them in commit order. Now batches from the same partition can be taken by different workers. Worker A takes the batch containing "status=pending" (the backfill UPDATE touching an older row version), worker B takes the next batch containing "status=shipped", B's bulk call returns first, then A's arrives and overwrites shipped with pending. The backfill makes this far more likely, because it generates a burst of events for millions of keys right as normal traffic is updating the same orders.

**Cause 2: partial retries reorder within a key.** On a 429 you re-submit only the failed items after a backoff. If a later batch with a newer version of the same order succeeded in the meantime, the retried older item lands after it. This alone can produce exactly your symptom and would be concentrated in the window when ES was under backfill load, which is when 429s happen.

**Cause 3: rebalances replaying events.** CommitFailedException means offsets weren't committed, so after the rebalance another pod re-reads from the last committed offset. Replays by themselves are harmless *if* they're applied in order, since the replayed old version is followed by the replayed new version. But replay combined with cause 1 or 2 widens the window: the new owner replays old events while the old owner, which hasn't noticed it lost the partition, may still be finishing a bulk call with newer ones. Two pods writing the same key at once with no ordering between them.

**How to confirm.** You need, for a handful of stale orders, the sequence of events and what ES did with them:

1. From Kafka, pull all events for a few affected order_ids (kcat with \`-p\` on the partition and a key filter, from 14:00 onward). Note the LSN (\`source.lsn\`) and \`ts_ms\` of each.
2. In the indexer logs, find which pod/worker/batch indexed each of those offsets and when the bulk call returned, and whether any item was retried. If you don't log per-item, log the bulk response's \`_seq_no\` per doc for a sample going forward.
3. In ES, \`GET orders/_doc/<id>\` returns \`_version\` and \`_seq_no\`; compare the number of index operations ES applied with the number of events in Kafka.

If you find a stale doc whose final ES write came from an event with a *lower* LSN than an earlier ES write, that's reordering; the worker/batch ids tell you whether it was cause 1 or 2.

**The fix that makes all three impossible: external versioning.** Make ES reject older writes regardless of arrival order. Debezium gives you a monotonically increasing number per change: the source LSN. Index with

${F}json
{ "index": { "_index": "orders", "_id": "123", "version": 2837461123, "version_type": "external" } }
${F}

and ES will only apply a write whose version is **greater** than the stored one; older writes fail with a 409 \`version_conflict_engine_exception\`, which your indexer must treat as success (it means a newer version is already there). Retries, replays, reordering and`],
  ['cont', 'opus', 'cont',
    `...duplicate pods then all become harmless, because the outcome no longer depends on order: ES converges to the highest LSN for each order_id.

Details that matter for making external versioning safe:

- **Which number.** Use the LSN of the change (\`source.lsn\`), which increases with commit order in Postgres. Don't use \`ts_ms\`: two commits can share a millisecond, and clock-based values aren't guaranteed monotonic. For multiple changes of the same row inside one transaction, the LSNs still increase, so the last change in the transaction wins.
- **Deletes.** Use \`delete\` with the same external version. ES keeps the tombstone's version for \`index.gc_deletes\` (60 s by default), so an older index operation arriving more than 60 s after the delete would resurrect the doc. If replays can be older than that, consider a soft-delete field instead of real deletes, or raise \`gc_deletes\`.
- **Backfills of the index itself.** A full reindex from a Postgres snapshot must also use versions, e.g. the snapshot's LSN, or the reindex could overwrite newer CDC writes with older snapshot data (or be rejected). Debezium's incremental snapshots emit reads with the LSN at the time of the chunk, which works with this scheme.

**What to change in the indexer anyway:**

1. Keep per-partition ordering even with a worker pool: assign each partition to one worker at a time (a per-partition queue), so you don't rely solely on ES to fix order. It also makes offsets straightforward: commit a partition's offset only after all earlier batches of that partition are acknowledged.
2. On 429, retry the failed items before moving on to the partition's next batch, not concurrently with it.
3. Bring \`max.poll.records\` back down, or raise \`max.poll.interval.ms\`, so processing 5000 records under backfill load doesn't exceed the poll interval and trigger the rebalances that started this. Use the cooperative sticky assignor to make rebalances less disruptive.

**Repairing the already-stale documents.** Once the versioned indexer is deployed, run a reconciliation: for orders updated since 14:00 yesterday, compare Postgres with ES and re-emit the stale ones. The simplest way to re-emit through the normal pipeline is a no-op \`UPDATE orders SET updated_at = updated_at WHERE id IN (...)\`, which produces a new CDC event with a newer LSN; or write directly to ES with the current LSN as the external version.`],
  ['summary', 'haiku', 'Summarize the root cause in 2-3 sentences for the incident channel, non-technical managers will read it.',
    `Yesterday's indexer update started processing order updates in parallel, and during the large data backfill some older updates reached the search index after newer ones and overwrote them. As a result, about 0.2% of orders touched in that window show an outdated status in search and support tools, while the main order database is correct. We're deploying a fix that makes the search index ignore outdated updates and then re-syncing the affected orders.`],
  ['reconcile', 'sonnet', `Write the reconciliation script. Python 3.11, psycopg 3, elasticsearch-py 8. For orders with updated_at >= '2026-12-06 14:00Z': read id, status, updated_at from Postgres in batches of 5000 (server-side cursor), mget the same ids from ES (_source: status, updated_at), and for every mismatch (missing in ES, or different status) collect the id. At the end, touch the mismatched rows with UPDATE ... SET updated_at = updated_at in batches of 1000 so CDC re-emits them. Dry-run flag, progress logging, and a summary at the end.`],
]);

const skyBlue = chat('m7-sky-blue', [
  ['why-blue', 'haiku', 'my 8 year old just asked why the sky is blue and I panicked. kid-friendly answer please, short',
    `Here's one you can say almost word for word:

"Sunlight looks white, but it's really all the colours of the rainbow mixed together. When sunlight comes into our air, it bumps into tiny, tiny bits of air that are way too small to see. Those bits bounce the blue light all over the sky much more than the red or yellow light. So wherever you look up, blue light is coming at you from every direction, and the whole sky looks blue!"

If they ask "why blue and not purple?", you can say: "There's a little purple too, but the sun sends less of it, and our eyes are better at seeing blue."`],
  ['sunset', 'haiku', 'she says then why is the sunset orange lol',
    `Great follow-up! Try this:

"When the sun is setting, it's low down, so its light has to travel through a lot more air to reach us, like walking through a really long crowd. Along the way, almost all the blue gets bounced off to the sides before it gets to us. What's left to reach our eyes is the orange and red light, so the sky near the sun looks orange and red!"

A fun bonus: at sunset, the blue light that got bounced away is making the sky blue for people farther west, where it's still afternoon.`],
  ['science-fair', 'sonnet', `ok she is now OBSESSED and wants to do this for the 3rd grade science fair lol. Can you help us design a simple experiment we can do at home with stuff we have, with a hypothesis, materials, steps, what to observe, and how to explain the results? It has to be safe and she should be able to do most of it herself.`],
]);

const restaurantRota = chat('m7-rota', [
  ['schedule', 'opus', `I manage a 70-seat restaurant in Portland, OR. I need next week's schedule and I'm going in circles. Please build it.

Open Tue-Sun, 4pm-10pm (kitchen closes 9:30), Sat-Sun also brunch 9am-2pm. Monday closed.

Needs per shift:
- Dinner Tue-Thu: 2 servers, 1 bartender, 1 host, 2 line cooks, 1 dishwasher
- Dinner Fri-Sat: 4 servers, 2 bartenders, 1 host, 3 line cooks, 1 dishwasher
- Dinner Sun: 3 servers, 1 bartender, 1 host, 2 line cooks, 1 dishwasher
- Brunch Sat-Sun: 3 servers, 1 bartender, 1 host, 2 line cooks, 1 dishwasher

Staff (role, max hours, availability):
- Ana – server/host, 32h, not Tue
- Ben – server/bartender, 40h, any
- Carla – server, 24h, weekends + Wed only
- Deshawn – bartender, 40h, not Sun brunch
- Eli – server, 16 years old, max 20h in a school week, cannot work after 9pm on school nights (Sun-Thu)
- Fatima – host/server, 30h, evenings only
- Gus – line cook, 40h, any
- Hana – line cook, 40h, not Fri
- Ivan – line cook/dish, 36h, any
- Jo – line cook, 25h, weekends only
- Kai – dishwasher, 30h, any
- Lena – dishwasher/host, 20h, not Sat

Rules: Oregon predictive scheduling (we're covered, 500+ employees across our group), so I need to post it 14 days ahead and everyone gets at least 10 hours between shifts (no dinner close → brunch open unless they agree in writing; assume nobody agreed). Try to keep everyone's hours fair relative to their max, no overtime, labor budget is 420 hours total. Dinner shifts are 3:30-10:30 for FOH and 3:00-10:30 for kitchen, brunch 8:30-2:30.

Give me the schedule as a table per day and the hours per person, and flag anything that can't be satisfied.`,
    `This is tight, so I'll show you the constraint that drives everything, then the schedule, then the conflicts I couldn't resolve.

**The binding constraints**

1. **Saturday dinner → Sunday brunch.** Dinner closes at 10:30 pm and brunch starts 8:30 am: 10 hours exactly. Oregon's rest rule is "at least 10 hours", so exactly 10 is compliant, but any late close (side work running to 10:45) breaks it. I've avoided Sat close → Sun brunch wherever possible and flagged where I couldn't.
2. **Friday/Saturday kitchen.** You need 3 line cooks at both dinners and 2 at Saturday brunch. Line-capable staff: Gus, Hana (not Fri), Ivan, Jo (weekends). Friday dinner can only be Gus, Ivan, Jo: all three are forced.
3. **Eli** can't work after 9 pm Sun-Thu, and every dinner shift ends at 10:30, so Eli can only work Fri/Sat dinners and weekend brunches.
4. **Shift hours.** FOH dinner 7h, kitchen dinner 7.5h, brunch 6h.

**Schedule**

| Shift | Servers | Bar | Host | Line | Dish |
|---|---|---|---|---|---|
| Tue dinner | Ben, Fatima | Deshawn | Lena | Gus, Hana | Kai |
| Wed dinner | Carla, Fatima | Deshawn | Ana | Hana, Ivan | Kai |
| Thu dinner | Ana, Ben | Deshawn | Fatima | Gus, Hana | Lena |
| Fri dinner | Ana, Ben, Carla, Eli | Deshawn, *open* | Fatima | Gus, Ivan, Jo | Kai |
| Sat brunch | Carla, Eli, Ana | Ben | Fatima ✗ | Hana, Jo | Ivan |
| Sat dinner | Ben, Carla, Eli, Fatima | Deshawn, *open* | Ana | Gus, Hana, Jo | Kai |
| Sun brunch | Ana, Carla, Eli | Ben | Lena | Hana, Ivan | Kai |
| Sun dinner | Ana, Fatima, Carla | Deshawn | Lena | Gus, Ivan | Kai |

Wait: Fatima is evenings only, so she can't host Saturday brunch. Host-capable staff for Saturday brunch are Ana, Fatima, Lena; Lena doesn't work Saturdays and Ana is already serving. Moving Ana to host leaves brunch one server short…`],
  ['csv', 'haiku', 'ugh ok. can you at least give me the table as CSV so I can paste it into our scheduling tool while I figure out the gaps? columns: day, shift, role, name',
    `${F}csv
day,shift,role,name
Tue,dinner,server,Ben
Tue,dinner,server,Fatima
Tue,dinner,bartender,Deshawn
Tue,dinner,host,Lena
Tue,dinner,line cook,Gus
Tue,dinner,line cook,Hana
Tue,dinner,dishwasher,Kai
Wed,dinner,server,Carla
Wed,dinner,server,Fatima
Wed,dinner,bartender,Deshawn
Wed,dinner,host,Ana
Wed,dinner,line cook,Hana
Wed,dinner,line cook,Ivan
Wed,dinner,dishwasher,Kai
Thu,dinner,server,Ana
Thu,dinner,server,Ben
Thu,dinner,bartender,Deshawn
Thu,dinner,host,Fatima
Thu,dinner,line cook,Gus
Thu,dinner,line cook,Hana
Thu,dinner,dishwasher,Lena
Fri,dinner,server,Ana
Fri,dinner,server,Ben
Fri,dinner,server,Carla
Fri,dinner,server,Eli
Fri,dinner,bartender,Deshawn
Fri,dinner,bartender,OPEN
Fri,dinner,host,Fatima
Fri,dinner,line cook,Gus
Fri,dinner,line cook,Ivan
Fri,dinner,line cook,Jo
Fri,dinner,dishwasher,Kai
Sat,brunch,server,Carla
Sat,brunch,server,Eli
Sat,brunch,server,Ana
Sat,brunch,bartender,Ben
Sat,brunch,host,OPEN
Sat,brunch,line cook,Hana
Sat,brunch,line cook,Jo
Sat,brunch,dishwasher,Ivan
Sat,dinner,server,Ben
Sat,dinner,server,Carla
Sat,dinner,server,Eli
Sat,dinner,server,Fatima
Sat,dinner,bartender,Deshawn
Sat,dinner,bartender,OPEN
Sat,dinner,host,Ana
Sat,dinner,line cook,Gus
Sat,dinner,line cook,Hana
Sat,dinner,line cook,Jo
Sat,dinner,dishwasher,Kai
Sun,brunch,server,Ana
Sun,brunch,server,Carla
Sun,brunch,server,Eli
Sun,brunch,bartender,Ben
Sun,brunch,host,Lena
Sun,brunch,line cook,Hana
Sun,brunch,line cook,Ivan
Sun,brunch,dishwasher,Kai
Sun,dinner,server,Ana
Sun,dinner,server,Fatima
Sun,dinner,server,Carla
Sun,dinner,bartender,Deshawn
Sun,dinner,host,Lena
Sun,dinner,line cook,Gus
Sun,dinner,line cook,Ivan
Sun,dinner,dishwasher,Kai
${F}

I marked the Saturday brunch host as OPEN since Fatima can't work mornings. Note this still has the Sat dinner → Sun brunch turnarounds (Ben, Carla, Eli, Hana) and hours I haven't checked against everyone's max, so treat it as a draft, not something to post.`],
  ['swap-check', 'sonnet', `I fixed most of it myself on paper. Can you check this smaller piece for me: Sunday only. Brunch: servers Ana, Carla, Ben; bar Deshawn; host Lena; line Hana, Ivan; dish Kai. Dinner: servers Ana, Fatima, Ben; bar Deshawn; host Lena; line Gus, Ivan; dish Kai. Does this break any of the rules or availability I gave you? Saturday dinner that week was Ben, Carla, Eli, Fatima (servers), Deshawn + Ben?? no wait, Deshawn + Ana (bar, Ana is covering), Gus, Hana, Jo (line), Kai (dish).`,
    `Checking Sunday against the availability list and the 10-hour rule (Saturday dinner ends 10:30 pm, Sunday brunch starts 8:30 am, so anyone on both gets exactly 10 hours):

**Availability problems**
- **Deshawn on Sunday brunch**: his availability is "not Sun brunch". This one has to change. Ben is bar-capable, but he's already serving at brunch.
- **Ana on Saturday bar**: you listed Ana as covering bar, but her roles are server/host. If she's genuinely trained on bar that's your call, but it isn't in the list you gave me.

**Rest-rule check (Sat dinner → Sun brunch, exactly 10 h)**
- Carla: Sat dinner + Sun brunch → exactly 10 hours. Compliant only if she clocks out at 10:30 sharp.
- Hana: Sat dinner + Sun brunch → same, exactly 10 hours.
- Kai: Sat dinner + Sun brunch → same.
- Ana: Sat dinner (bar) + Sun brunch → same.
- Ben: Sat dinner → Sun brunch → same.

Five people are on exactly-10-hour turnarounds. Legal on paper, but any of them staying late on Saturday makes it a violation (and under predictive scheduling you'd owe rest-period pay). I'd at least not schedule the closers of Saturday's bar and dish on Sunday brunch.

**Double shifts on Sunday**
- Ana, Ben, Lena, Ivan and Kai work both brunch and dinner. Brunch ends 2:30 and dinner starts 3:00/3:30, so that's fine for rest, but it's a 13-14 hour day; check their weekly totals, especially Lena (max 20h: two Sunday shifts are already 13h) and Kai (max 30h).

**Fixes to consider:** put Ben on Sunday brunch bar instead of serving, and bring in Eli as the third brunch server (brunch is fine for him, it's not after 9 pm); that solves Deshawn and reduces Ben's load.`],
  ['thanks', 'haiku', 'you are a lifesaver, I think I can post it now. thanks!!'],
]);

const churnModel = chat('m7-churn-leak', [
  ['too-good', 'sonnet', `My churn model has AUC 0.99 on the test set, which seems too good. Telecom-ish data, one row per customer-month, label = churned in the next month. Features include tenure, monthly_charges, total_charges, n_support_calls_30d, contract_type, last_payment_days_ago, account_status, plan_changes_90d. I used train_test_split(test_size=0.2, random_state=42) then a GradientBoostingClassifier. What's likely wrong?`,
    `0.99 on churn is almost always leakage, and your setup has two likely sources: a feature that encodes the outcome, and a split that puts the same customer in train and test.

**1. Features that know the answer.**
- **\`account_status\`** is the prime suspect. If it has values like "active", "suspended", "pending_cancellation" or "closed", it's often updated *as part of* churning, so at the time of the snapshot it may already reflect the churn you're trying to predict. Check: \`pd.crosstab(df.account_status, df.churned, normalize='index')\`. If one status has ~100% churn, that's your leak.
- **\`last_payment_days_ago\`**: customers who've stopped paying have effectively churned. It can be a legitimate signal *if* it's measured strictly before the prediction point, but if it's computed at extraction time (today), churned customers all have huge values.
- **\`total_charges\`**: for churned customers, is it frozen at their final month while others keep growing? If the table is a snapshot taken after the fact, it leaks tenure-after-the-month.

Quick diagnostic: look at \`model.feature_importances_\` and drop the top feature; if AUC drops from 0.99 to something like 0.75, that feature was doing the predicting.

**2. The split leaks customers.** With one row per customer-month, \`train_test_split\` puts different months of the *same customer* in both sets. The model can memorise customer-specific patterns (e.g. exact \`monthly_charges\` values) and recognise them in test. Split by customer instead:

${F}python
from sklearn.model_selection import GroupShuffleSplit

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
train_idx, test_idx = next(gss.split(X, y, groups=df['customer_id']))
${F}

**3. Time.** Even better for churn: train on earlier months and test on later ones, since that's how the model will be used. A random split lets the model learn from the future.

Expect a realistic AUC for monthly telecom churn to be in the 0.70-0.85 range once these are fixed.`],
  ['group-cv', 'sonnet', "account_status was it (one value was 100% churn 🙃). Dropped it. Can you rewrite the training as a proper pipeline with a one-hot encoder for contract_type, GroupKFold by customer_id with 5 folds, and report mean ± std AUC? Also how do I tune hyperparameters without leaking across groups?",
    `Here's a full version with the preprocessing inside the pipeline (so encoding is fitted only on each training fold) and group-aware CV for both evaluation and tuning:

${F}python
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold, RandomizedSearchCV, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

numeric = ['tenure', 'monthly_charges', 'total_charges', 'n_support_calls_30d',
           'last_payment_days_ago', 'plan_changes_90d']
categorical = ['contract_type']

X = df[numeric + categorical]
y = df['churned']
groups = df['customer_id']

pre = ColumnTransformer([
    ('cat', OneHotEncoder(handle_unknown='ignore'), categorical),
], remainder='passthrough')

pipe = Pipeline([
    ('pre', pre),
    ('clf', HistGradientBoostingClassifier(random_state=42)),
])

cv = GroupKFold(n_splits=5)
scores = cross_val_score(pipe, X, y, groups=groups, cv=cv, scoring='roc_auc', n_jobs=-1)
print(f'AUC {scores.mean():.3f} ± {scores.std():.3f}')

# Tuning: pass the same group-aware splitter and the groups to fit().
search = RandomizedSearchCV(
    pipe,
    param_distributions={
        'clf__learning_rate': [0.03, 0.05, 0.1],
        'clf__max_depth': [3, 5, 8, None],
        'clf__max_leaf_nodes': [15, 31, 63],
        'clf__min_samples_leaf': [20, 50, 100],
        'clf__l2_regularization': [0.0, 0.1, 1.0],
    },
    n_iter=30, scoring='roc_auc', cv=GroupKFold(n_splits=5), random_state=42, n_jobs=-1,
)
search.fit(X, y, groups=groups)
print(search.best_params_, round(search.best_score_, 3))
${F}

Notes:
- I switched to \`HistGradientBoostingClassifier\`: much faster on customer-month data of any size, handles missing values natively.
- **Tuning without leakage across groups**: the \`groups=\` argument to \`search.fit\` is what makes GridSearch/RandomizedSearch split by customer. Forgetting it silently falls back to ungrouped splits.
- **The score from the search is optimistic** because you picked the best of 30 configurations on the same folds. For an honest number, hold out a set of customers (or, better, the latest months) before tuning, tune on the rest, and evaluate the final model once on the holdout. Nested CV is the alternative if data is small.`],
  ['pit', 'opus', `Fixed all that, grouped CV AUC 0.81, holdout on the last 3 months 0.79. Shipped it in October. Now production AUC measured on November outcomes is 0.58 and the retention team says the "high risk" list is useless. Things I found so far:

- Features come from a feature table rebuilt nightly from the warehouse. For training I joined labels to that same table as of the extraction date (September), for all historical months.
- n_support_calls_30d comes from Zendesk; tickets get merged and closed, and merged tickets disappear from the export.
- plan_changes_90d is computed from a plan_history table that only has rows since the billing migration in March.
- In production we score on the 1st of the month, but the billing run that updates last_payment_days_ago happens on the 3rd.
- The retention team started calling the top-decile customers in October and offering discounts.

Which of these explain the drop, how would you quantify each one's contribution, and how do I rebuild training so offline numbers predict production? Also, with the retention calls going on, how do I even evaluate the model from now on?`,
    `Most of the drop is explained by one design error that shows up in four of your five bullets: **training features were computed as of September, not as of each training month.** The model learned from features that contain information from after the prediction point, and production can't see that information. The fifth bullet (retention calls) is a different problem: it changes the outcome you're measuring.

**Bullet by bullet**

1. **Feature table joined as of the extraction date.** For a training row "customer C, month March, label = churned in April", every feature came from September's table. \`tenure\`, \`total_charges\`, \`last_payment_days_ago\` all reflect months that hadn't happened yet in March. For churned customers this is severe: their September values are frozen at the churn date, which is nearly a label in disguise. This is the largest contributor, and it's why your grouped CV and even the "last 3 months" holdout looked good: the holdout used the same September table.
2. **Zendesk merges.** Historic rows see a *cleaned* ticket history (merged and closed tickets gone), while production sees tickets as they are on the 1st, before merges. The feature has a different distribution in production than in training, typically higher. Direction of bias depends on whether churners' tickets get merged more (plausible: cancellation requests often get merged into one).
3. **plan_changes_90d before March.** For all training months before June, the 90-day window reaches before the migration, so the feature is truncated to 0 for old months. The model learned "0 plan changes" partly as "an old row", and old rows have a different churn base rate.
4. **Scoring on the 1st, billing on the 3rd.** In training, \`last_payment_days_ago\` was as of September (after every billing run). In production it's two days before the billing run, so it's stale by almost a month for everyone: the strongest legitimate feature is shifted in production.
5. **Retention calls.** Since October, the customers the model ranks highest get an intervention that makes some of them *not* churn. Measured on November outcomes, a model that correctly identified those customers looks wrong. This alone can push measured AUC down substantially, independent of any leakage.

**Quantifying each contribution.** Rebuild a point-in-time training set (below), then run a small ablation on the same holdout of the latest months, scored the way production scores:

- A: current model, as-of-September features (your 0.79).
- B: point-in-time features for everything → the honest offline number. The gap A − B is the leakage from bullet 1.
- C: B with \`last_payment_days_ago\` taken as of the 1st instead of after billing → the contribution of bullet 4.
- D: C with Zendesk counts from daily snapshots (if you have them) vs the current export → bullet 2.
- E: C restricted to months after June (full plan history) vs all months → bullet 3.

For bullet 5, compare November AUC on customers who were *not* called (ranks outside the top decile, or a random holdout, see below) with the called ones. If AUC on the uncalled is close to D, the remaining drop is the intervention, not the model.

**Rebuilding training so offline predicts production**

- **Point-in-time features.** For each training row at month t, compute features from data as it was known at the scoring moment of month t (the 1st, before the billing run). That needs either daily snapshots of the feature table (start taking them now: even a few months of real snapshots let you validate), or event-level source tables you can filter by event time and *ingestion* time. A feature store with time-travel joins does this for you; otherwise, write the features as SQL over event tables parameterised by an as-of timestamp.
- **Reproduce production timing exactly**: score on the 1st, billing on the 3rd, so training uses payment data as of the 1st.
- **Drop or fix features you can't reconstruct**: \`plan_changes_90d\` only from June onwards, or as "changes since max(March, t − 90d)" plus a flag.
- **Validate the pipeline**: score one production month with the training code and compare row by row with what production computed that day. Differences are bugs.

**Evaluating while retention calls continue**

- Keep a **random holdout**: e.g. 10% of top-decile customers are not called, chosen at random each month. Their outcomes measure the model without intervention (and the calls' effect on the other 90%). It's also the only clean way to show the retention team that the calls work.
- From then on, evaluate the model on the holdout plus customers below the call threshold, and measure the programme by uplift (churn in called vs held-out top-decile customers), not AUC.
- Longer term, the question the retention team actually cares about is who will *respond* to a call, which is an uplift model trained on randomised call data, not a churn model.

Expect the honest point-in-time number to be well below 0.79; if it's around 0.65-0.70, that's a model that can still be useful for targeting, and its offline number will finally mean something.`],
  ['auc', 'haiku', 'my manager asked "what does AUC mean" — give me one plain sentence I can send him'],
]);

export const seventhMultiTurnExamples: TrafficExample[] = [...seqlock, ...move, ...eldercare, ...workerPool, ...podcast, ...penney, ...refreshTokens, ...budget, ...litReview, ...nginx, ...rangeQueries, ...coldEmail, ...cdc, ...skyBlue, ...restaurantRota, ...churnModel];
