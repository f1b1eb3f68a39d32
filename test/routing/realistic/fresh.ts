import type { MessagesBody } from '../../../src/messages/schema.js';
import { ask, chat, example, imageAsk, tool, type RealisticExample } from './helpers.js';

const ragAnswer: MessagesBody = {
  model: 'auto',
  max_tokens: 512,
  system: 'Answer the question using only the provided context. If the answer is not in the context, say "I don\'t know".',
  messages: [{
    role: 'user',
    content: 'Context:\nOur return window is 30 days from delivery. Items must be unused and in original packaging. Refunds go to the original payment method within 5 business days.\n\nQuestion: How long do refunds take?',
  }],
};

const cacheChat: MessagesBody = {
  model: 'auto',
  max_tokens: 4096,
  system: [{ type: 'text', text: 'You are a senior staff engineer reviewing designs.', cache_control: { type: 'ephemeral' } }],
  messages: [
    { role: 'user', content: [{ type: 'text', text: 'Here is our design doc for moving the job scheduler to a leaderless architecture using a gossip protocol for membership and consistent hashing for job ownership.' }] },
    { role: 'assistant', content: 'Thanks, a few first questions about membership convergence time and how ownership transfers during churn...' },
    { role: 'user', content: [{ type: 'text', text: 'During a rolling deploy, two nodes briefly both believe they own the same jobs and run them twice. Explain why this happens with gossip-based membership, whether it can be prevented at all, and compare fencing, leases and idempotent job execution as fixes.', cache_control: { type: 'ephemeral' } }] },
  ],
};

/**
 * Written after the classifier was calibrated, and scored once without further tuning:
 * an honest check that the hand-set weights are not fitted to the examples above.
 */
export const freshExamples: RealisticExample[] = [
  example('fresh: rag short answer', 'haiku', ragAnswer),
  example('fresh: pii redaction', 'haiku', ask('Replace every email address and phone number in this text with [REDACTED]:\n"Call me at +44 7700 900123 or write to sam.taylor@example.org before Friday."')),
  example('fresh: emoji sentiment batch', 'haiku', ask('For each tweet, reply positive or negative, one per line:\n1. love the new update 😍\n2. app keeps crashing, so annoying\n3. best customer service ever', { max_tokens: 20 })),
  example('fresh: headline shorten', 'haiku', ask('Shorten this headline to under 60 characters: "Local Library Announces Extended Weekend Opening Hours Starting Next Month Following Community Feedback"')),
  example('fresh: french to english chat', 'haiku', chat(['Comment dit-on "deadline" en français ?', 'On dit souvent « date limite » ou « échéance ».', 'et "meeting" ?'], { max_tokens: 100 })),
  example('fresh: product category', 'haiku', ask('Which category does this product belong to: Electronics, Home, Clothing, Toys? "Bluetooth speaker with 12-hour battery". Answer with the category only.', { max_tokens: 5 })),
  example('fresh: screenshot text', 'haiku', imageAsk('What does the error message in this screenshot say? Just quote it.', { max_tokens: 100 })),
  example('fresh: acronym', 'haiku', ask('What does SLA stand for?', { max_tokens: 40 })),

  example('fresh: pandas groupby', 'sonnet', ask('I have a pandas DataFrame with columns date, store, sales. How do I get weekly total sales per store, and plot them as one line per store?')),
  example('fresh: release notes', 'sonnet', ask('Write release notes for version 2.4 of our mobile app from these changes: dark mode, faster startup (40%), fixed crash when uploading large photos, new onboarding flow, removed legacy login.')),
  example('fresh: typescript generics', 'sonnet', ask('Can you explain TypeScript generics with a few practical examples, like a typed API response wrapper and a generic cache?')),
  example('fresh: churn analysis', 'sonnet', ask('Our SaaS churn went from 3% to 5% monthly after a price increase in March. What analyses should we run to understand whether the price change caused it, and what data do we need?')),
  example('fresh: landing page copy', 'sonnet', ask('Write landing page copy for a budgeting app aimed at freelancers: a headline, subheadline, three feature blurbs and a call to action.')),
  example('fresh: code agent add endpoint', 'sonnet', ask('Add a DELETE /api/projects/:id endpoint that soft-deletes the project and returns 204. Follow the patterns used in the existing routes.', {
    system: 'You are a coding assistant inside the user\'s IDE. Make minimal, idiomatic changes.',
    tools: [tool('read_file', 'Read a file'), tool('edit_file', 'Edit a file')],
    max_tokens: 4096,
  })),
  example('fresh: policy summary', 'sonnet', ask(`Summarize the key obligations for employees in this travel policy:\n\n${'Employees must book travel through the approved portal at least 14 days in advance. Economy class is required for flights under 6 hours. Hotel costs are capped at 200 EUR per night in major cities. Receipts must be submitted within 30 days. '.repeat(6)}`)),
  example('fresh: go http client retries', 'sonnet', ask('Write a Go HTTP client wrapper that retries idempotent requests with exponential backoff and jitter, respects context cancellation, and has a max of 3 attempts.')),

  example('fresh: gossip double execution', 'opus', cacheChat),
  example('fresh: proof of convergence', 'opus', ask('Prove that gradient descent with step size 1/L converges at rate O(1/k) for convex L-smooth functions. Give the full derivation.')),
  example('fresh: postgres replication lag corruption', 'opus', ask('After a failover, our Postgres replica promoted to primary is missing about 2 minutes of committed transactions, even though synchronous_commit was on. Walk through how this could happen with our setup (Patroni, one sync standby, one async), what the failure sequence was, and how to guarantee no committed data is lost.')),
  example('fresh: research agenda', 'opus', ask('Survey the state of the art in mechanistic interpretability of large language models, synthesize what the field has established versus what remains contested, and propose a research agenda with three concrete experiments.')),
  example('fresh: scheduler design', 'opus', ask('Design a multi-tenant job scheduler for 50k jobs per second with priorities, fairness between tenants, at-least-once execution and exactly-once side effects. Discuss sharding, failure recovery and the trade-offs.')),
  example('fresh: heap overflow exploitability', 'opus', ask('This C parser has a heap buffer overflow when a length field is negative. Analyze whether it is exploitable given glibc malloc, ASLR and stack canaries, and explain the exploitation primitive step by step, then write the fix.\n\n```c\nint parse(uint8_t *buf, int len) {\n  int n = read_i32(buf);\n  char *out = malloc(64);\n  if (n > 64) return -1;\n  memcpy(out, buf + 4, n);\n  return process(out, n);\n}\n```')),
  example('fresh: combinatorics identity', 'opus', ask('Give a combinatorial proof that the sum over k of C(n,k)^2 equals C(2n,n), then generalize to Vandermonde\'s identity and prove it by a bijection.')),
  example('fresh: flaky distributed test', 'opus', ask('A test in our distributed cache suite fails about 1 in 500 runs: after a node rejoins, a read returns a value older than one that was already acknowledged to the writer. We use vector clocks and read repair. Find the possible interleavings that cause this stale read and propose a fix with a correctness argument.')),
];
