// Request bodies for the bench: realistic Messages API requests (system prompt, a short conversation,
// a tool definition), about 1.1 KB each. Bodies are built once and reused, so the load generator spends
// no CPU building them. Every body is a little different (a request number in the last message), so
// no cache on the path (sticky routes, the classifier, the simulator's prompt cache) sees repeats.
import { readFileSync } from 'node:fs';

const SYSTEM =
  'You are a support assistant for Acme Cloud. Answer concisely and accurately. When the user asks about ' +
  'billing, quote the relevant section of the pricing page. When the user reports an outage, ask for the ' +
  'region, the service name and the request id, and never speculate about root causes. Use Markdown for ' +
  'lists and code. If a question is outside your knowledge, say so and suggest contacting support@acme.example.';

const TOOLS = [
  {
    name: 'lookup_invoice',
    description: 'Look up an invoice by its id and return its line items and status.',
    input_schema: { type: 'object', properties: { invoice_id: { type: 'string' } }, required: ['invoice_id'] },
  },
];

const QUESTIONS = [
  'Why was I charged twice for the same invoice this month?',
  'Can you summarise the differences between the standard and the premium support plans?',
  'Our deploys to eu-west-2 have been failing since this morning with a 503 from the registry. What should I check?',
  'Translate "the service will be unavailable for maintenance on Sunday" into French and German.',
  'Write a short Python function that retries an HTTP call with exponential backoff and jitter.',
  'What is the difference between a soft limit and a hard limit on API usage in your platform?',
  'Explain how to rotate an API key without downtime, step by step.',
  'Is there a way to export the audit log to S3 every night?',
];

const DOCUMENT =
  'Section 4.2: invoices are issued on the first business day of the month; usage above the plan is billed in arrears. ' +
  'function retry(fn, attempts = 5) { return fn().catch((e) => (attempts > 1 ? retry(fn, attempts - 1) : Promise.reject(e))); }\n';

/**
 * `n` distinct bodies as Buffers. `model` is what the caller sends (an alias for the gateway, a model ID
 * for the simulator and the bare proxy); `tokens` the answer length the simulator is told to produce.
 */
export function makeBodies({ n = 256, model, tokens = 50, stream = false, maxTokens = 1024, bodyBytes = 0 }) {
  const out = [];
  // `bodyBytes`: the first message carries a document (mixed prose and code) so that the body is about that big.
  const document = bodyBytes > 0 ? DOCUMENT.repeat(Math.ceil(bodyBytes / DOCUMENT.length)).slice(0, bodyBytes) : undefined;
  for (let i = 0; i < n; i++) {
    const q = QUESTIONS[i % QUESTIONS.length];
    const body = {
      model,
      max_tokens: maxTokens,
      system: SYSTEM,
      tools: TOOLS,
      messages: [
        { role: 'user', content: document ? `${i} ${document}` : 'Hi, I have a question about my account (customer #48213).' },
        { role: 'assistant', content: 'Of course. What would you like to know about your account?' },
        { role: 'user', content: `${q} (ticket ${100000 + i}) [sim:tokens=${tokens}]` },
      ],
      ...(stream ? { stream: true } : {}),
      metadata: { user_id: `bench-user-${i % 97}` },
    };
    out.push(Buffer.from(JSON.stringify(body)));
  }
  return out;
}

/** Realistic bodies for the classifier: the shared routing prompts, plus the support conversations above. */
export function classifierBodies({ n = 300, dataFile = '/work/shared/data/routing/train.jsonl' } = {}) {
  const bodies = [];
  let prompts = [];
  try {
    const lines = readFileSync(dataFile, 'utf8').split('\n').filter(Boolean);
    // A fixed, spread-out sample: every k-th line, so the subjects are mixed and the run is reproducible.
    const step = Math.max(1, Math.floor(lines.length / Math.max(1, n - QUESTIONS.length * 2)));
    for (let i = 0; i < lines.length && prompts.length < n - QUESTIONS.length * 2; i += step) prompts.push(JSON.parse(lines[i]).prompt);
  } catch {
    prompts = [];
  }
  for (const p of prompts) bodies.push({ model: 'auto', max_tokens: 1024, messages: [{ role: 'user', content: p }] });
  for (const buf of makeBodies({ n: QUESTIONS.length * 2, model: 'auto', tokens: 50 })) bodies.push(JSON.parse(buf.toString('utf8')));
  while (bodies.length < n) bodies.push(bodies[bodies.length % Math.max(1, bodies.length)]);
  return { bodies, fromDataset: prompts.length };
}
