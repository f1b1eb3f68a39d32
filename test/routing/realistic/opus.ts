import type { MessagesBody } from '../../../src/messages/schema.js';
import { ask, chat, documentAsk, example, tool, type RealisticExample } from './helpers.js';

const goCounter = `type Stats struct {
    mu     sync.Mutex
    counts map[string]int
}

func (s *Stats) Inc(key string) {
    s.mu.Lock()
    c := s.counts[key]
    s.mu.Unlock()
    s.mu.Lock()
    s.counts[key] = c + 1
    s.mu.Unlock()
}

func (s *Stats) Snapshot() map[string]int {
    return s.counts
}

func worker(s *Stats, jobs <-chan Job, wg *sync.WaitGroup) {
    defer wg.Done()
    for j := range jobs {
        go s.Inc(j.Kind)
    }
}`;

const cBuffer = `struct conn { char *buf; size_t len; struct conn *next; };

void conn_close(struct conn *c) {
    free(c->buf);
    free(c);
}

void on_timeout(struct conn *c) {
    conn_close(c);
    log_event("timeout", c->buf, c->len);
}

==12345==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000090
READ of size 8 at 0x602000000090 thread T3
    #0 0x4f2a1c in on_timeout src/net.c:88
    #1 0x4f3b02 in timer_fire src/timer.c:41`;

const javaThreadDump = `"pool-3-thread-7" #41 prio=5 waiting for monitor entry
   java.lang.Thread.State: BLOCKED (on object monitor)
    at com.acme.ledger.AccountService.transfer(AccountService.java:88)
    - waiting to lock <0x000000076b2f1a30> (a com.acme.ledger.Account)
    - locked <0x000000076b2f19e8> (a com.acme.ledger.Account)
"pool-3-thread-2" #36 prio=5 waiting for monitor entry
   java.lang.Thread.State: BLOCKED (on object monitor)
    at com.acme.ledger.AccountService.transfer(AccountService.java:88)
    - waiting to lock <0x000000076b2f19e8> (a com.acme.ledger.Account)
    - locked <0x000000076b2f1a30> (a com.acme.ledger.Account)`;

const lockFreeQueue = `template <typename T> class Queue {
  struct Node { T value; std::atomic<Node*> next; };
  std::atomic<Node*> head, tail;
public:
  void push(T v) {
    Node* n = new Node{v, nullptr};
    Node* t = tail.load(std::memory_order_relaxed);
    while (!tail.compare_exchange_weak(t, n, std::memory_order_relaxed)) {}
    t->next.store(n, std::memory_order_relaxed);
  }
  bool pop(T& out) {
    Node* h = head.load(std::memory_order_relaxed);
    Node* next = h->next.load(std::memory_order_relaxed);
    if (!next) return false;
    out = next->value;
    head.store(next, std::memory_order_relaxed);
    delete h;
    return true;
  }
};`;

const agentMigration: MessagesBody = {
  model: 'auto',
  max_tokens: 32000,
  thinking: { type: 'enabled', budget_tokens: 24000 },
  system: 'You are a senior engineer agent with access to the monorepo. Plan carefully before editing.',
  tools: [tool('read_file', 'Read a file'), tool('search_code', 'Search the code'), tool('write_file', 'Write a file'), tool('run_command', 'Run a shell command')],
  messages: [{
    role: 'user',
    content: 'Migrate authentication in our monolith from server-side sessions to short-lived JWTs with refresh-token rotation, with zero downtime: both must work during the rollout, sessions in flight must survive, and we need a rollback path. Start by mapping every place that reads the session, then propose the migration plan before changing code.',
  }],
};

/** Proofs, intricate system design, deep debugging and research synthesis: Opus. */
export const opusExamples: RealisticExample[] = [
  example('primes 4k+3 proof', 'opus', ask('Prove rigorously that there are infinitely many primes of the form 4k+3. State every lemma you use.')),
  example('finite integral domain proof', 'opus', ask('Prove that every finite integral domain is a field, then explain which step fails for infinite integral domains and give a counterexample.')),
  example('multi-region ledger design', 'opus', ask(
    'Design a multi-region active-active payments ledger. Requirements: exactly-once posting of transfers, no double spend across regions, p99 write latency under 150 ms, survive the loss of a full region. Discuss the consistency model, how you partition accounts, the failure modes during a network partition, and the trade-offs of your choices.',
    { max_tokens: 8000 },
  )),
  example('go lost updates race', 'opus', ask(`Under load our counters intermittently lose updates and sometimes the service panics with "concurrent map read and map write". Find the race conditions and explain exactly how each interleaving causes the bug, then give a fix.\n\n\`\`\`go\n${goCounter}\n\`\`\``)),
  example('c use-after-free', 'opus', ask(`We get this AddressSanitizer report in production-like load tests only. Explain the memory corruption, every path that can trigger it (timers fire on another thread), and a fix that is safe under concurrency.\n\n${cBuffer}`)),
  example('length generalisation literature', 'opus', ask(
    'Synthesize the research literature on length generalization in transformers: compare ALiBi, RoPE scaling variants, and position interpolation, summarize what the empirical evidence actually shows, where the papers contradict each other, and propose three open research questions.',
    { max_tokens: 6000 },
  )),
  example('raft leader completeness', 'opus', ask('Prove that Raft satisfies the Leader Completeness property, and explain precisely what breaks if a leader could commit entries from previous terms by counting replicas.')),
  example('global rate limiter design', 'opus', ask(
    'Design a distributed rate limiter for 1M requests per second across 20 regions with per-tenant fairness. Cover the algorithm, how counts are replicated, consistency vs accuracy trade-offs, what happens during a partition, back-pressure, and how you would test it.',
  )),
  example('java deadlock thread dump', 'opus', ask(`Our ledger service deadlocks a few times a day under load. Here is the relevant part of the thread dump. Explain the root cause and design a fix that keeps transfers atomic without a global lock.\n\n${javaThreadDump}`)),
  example('tla+ two-phase commit', 'opus', ask('Write a TLA+ specification of two-phase commit with a coordinator that can crash, state the safety invariants formally, and explain which liveness properties fail and why.')),
  example('algorithm with proof', 'opus', ask('Give an O(n log n) algorithm to count inversions in an array of n integers, prove its correctness by induction, and derive the running time from the recurrence.')),
  example('priming replication critique', 'opus', ask(
    'Critically evaluate the competing explanations for the replication failures of social priming studies. Weigh the empirical evidence from the large replication projects and meta-analyses, discuss publication bias corrections, and say which hypotheses survive.',
  )),
  example('crdt editor long conversation', 'opus', chat([
    'We are building a collaborative text editor. Should we use OT or CRDTs?',
    'For a peer-to-peer capable editor, CRDTs are usually the better fit. Sequence CRDTs such as RGA or Yjs-style YATA give convergence without a central server...',
    'We picked a YATA-style CRDT. How do we handle rich-text formatting spans?',
    'Formatting can be represented as marks anchored to character identifiers; the tricky part is expanding marks at boundaries...',
    'Users report that when two people type at the same position concurrently, their words interleave character by character. Why does that happen in our algorithm, is it inherent to sequence CRDTs, and how would we change the integration algorithm to prevent interleaving while keeping convergence? Please reason about correctness.',
  ], { max_tokens: 8000 })),
  example('agentic zero-downtime auth migration', 'opus', agentMigration),
  example('functional equation', 'opus', ask('Find all functions f: R -> R such that f(x + y) = f(x) + f(y) + 2xy for all real x, y, and f is continuous. Prove that your answer is complete.')),
  example('lock-free queue review', 'opus', ask(`Review this lock-free queue for the ABA problem, memory ordering bugs and use-after-free under concurrent pop. Explain each bug with a concrete interleaving and fix it.\n\n\`\`\`cpp\n${lockFreeQueue}\n\`\`\``)),
  example('markov chain expectation', 'opus', ask('A fair coin is flipped until the pattern HTH appears. Derive the expected number of flips using a Markov chain, then prove the general formula for the expected waiting time of any pattern using the martingale (gambling team) argument.')),
  example('rust ffi segfault release only', 'opus', ask(
    'Our Rust service segfaults only in release builds, intermittently, inside an unsafe block that calls a C library through FFI. Valgrind is clean in debug. The C library keeps a pointer to a buffer we pass in and calls back later from its own thread. What undefined behaviour could explain this, how do we find the root cause, and how should the binding be redesigned?',
  )),
  example('lsm compaction design', 'opus', ask('Design the compaction strategy for an LSM-tree storage engine serving a write-heavy time-series workload. Compare leveled, tiered and hybrid compaction with a write amplification and read amplification analysis, and justify your design under the worst case.')),
  example('auth protocol analysis', 'opus', ask(
    'Analyze this authentication protocol for replay, reflection and man-in-the-middle attacks and reason formally about what each party can conclude: 1. A -> B: A, Na  2. B -> A: {Na, Nb}Kab  3. A -> B: {Nb}Kab. Then propose a corrected protocol and argue why it is secure.',
  )),
  example('three papers synthesis', 'opus', documentAsk(
    'These three papers study the same question with different methods. Synthesize their findings: compare the study designs, explain where and why their conclusions contradict each other, assess the quality of the evidence, and propose a study that would settle the disagreement.',
    3,
    { max_tokens: 8000 },
  )),
  example('kafka duplicate processing', 'opus', ask(
    'Our Kafka consumers process some messages twice after every consumer group rebalance, even though the producer is idempotent and we commit offsets after processing. Walk through the root cause step by step, including how the rebalance protocol interacts with our commit timing and the database writes, and design an exactly-once processing pipeline for this.',
  )),
  example('np-completeness reduction', 'opus', ask('Prove that 3-coloring is NP-complete by a reduction from 3-SAT. Describe the gadgets and prove both directions of the reduction.')),
  example('strongly consistent kv with thinking', 'opus', ask(
    'Design a sharded, strongly consistent key-value store that supports cross-shard transactions. Explain how you would guarantee linearizability, handle resharding online, and recover from coordinator failure.',
    { thinking: { type: 'enabled', budget_tokens: 16000 }, max_tokens: 20000 },
  )),
  example('etcd split brain', 'opus', ask(
    'After a network partition between our two data centers, our service that uses etcd leases for leader election had two active leaders for about 40 seconds, and both wrote to the database. etcd itself reports no errors. Explain how split-brain is possible here, the exact sequence of events, and how to make leadership safe with fencing tokens.',
  )),
  example('asyncio intermittent corruption', 'opus', ask(
    'In production our Python asyncio service intermittently writes corrupted records: two requests sometimes get each other\'s data. It never happens locally and we cannot reproduce it reliably. We use a module-level aiohttp session, a shared dict as a cache, and contextvars for request ids. How would you find the root cause, what non-deterministic interleavings could explain it, and what would you change?',
  )),
  example('schwarzschild derivation', 'opus', ask('Derive the Schwarzschild metric from the vacuum Einstein field equations, assuming a static spherically symmetric spacetime, and show every step of the derivation of the Christoffel symbols and Ricci tensor components.')),
  example('oracle to postgres migration', 'opus', ask(
    'Design a comprehensive migration strategy to move a 40 TB Oracle database with 300 stored procedures to PostgreSQL with zero downtime. Give a step-by-step plan with change data capture, dual writes or not, validation, cutover, rollback, and the failure modes at each step.',
    { max_tokens: 8000 },
  )),
  example('training divergence analysis', 'opus', ask(
    'Our 1.3B transformer training diverges after about 20k steps: loss spikes, then NaN. We use AdamW with lr 3e-4, 2k warmup steps, bf16, no QK-norm, batch 1M tokens. Gradient norm grows steadily before each spike. Analyze the likely root causes (attention logit growth, Adam epsilon, loss of precision in bf16), explain the mechanism of each, and design experiments to tell them apart.',
  )),
];
