import type { MessagesBody } from '../../../src/messages/schema.js';
import { ask, chat, documentAsk, example, imageAsk, tool, type RealisticExample } from './helpers.js';

const voiceBot: MessagesBody = {
  model: 'auto',
  max_tokens: 150,
  system: 'You are the voice assistant of a pizza chain. Keep answers under two sentences.',
  tools: [tool('get_store_hours', 'Opening hours of a store'), tool('find_nearest_store', 'Nearest store to an address')],
  messages: [{ role: 'user', content: 'Is the store on King Street open right now?' }],
};

const incidentAgent: MessagesBody = {
  model: 'auto',
  max_tokens: 16000,
  thinking: { type: 'enabled', budget_tokens: 12000 },
  system: 'You are an SRE assistant with read access to logs, metrics and traces.',
  tools: [tool('query_logs', 'Search logs'), tool('query_metrics', 'PromQL query'), tool('get_trace', 'Fetch a trace')],
  messages: [
    { role: 'user', content: 'Checkout p99 latency jumped from 300 ms to 4 s at 14:02 and error rate is 8%. Nothing was deployed. Find the root cause.' },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'q1', name: 'query_metrics', input: { query: 'histogram_quantile(0.99, ...)' } }] },
    { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'q1', content: 'payments-db connection pool saturation 100% from 14:01; retries per request up from 0.1 to 3.2; GC pauses normal' }] },
  ],
};

/** A second set written after the last calibration change and scored once, untuned. */
export const fresh2Examples: RealisticExample[] = [
  example('fresh2: voice bot store hours', 'haiku', voiceBot),
  example('fresh2: extract dates', 'haiku', ask('Extract all dates from this paragraph and list them in ISO format: "The lease starts on 1 June 2025, the first payment is due June 5th, and the break clause applies after 31/12/2026."')),
  example('fresh2: grammar check', 'haiku', ask('Correct the grammar: "Me and him goes to the gym every days."', { max_tokens: 60 })),
  example('fresh2: emoji for tweet', 'haiku', ask('Suggest three emojis for a tweet announcing our new vegan menu.', { max_tokens: 30 })),
  example('fresh2: json field rename', 'haiku', ask('Rename the keys to snake_case in this JSON: {"firstName": "Ana", "lastName": "Lima", "zipCode": "12345"}')),
  example('fresh2: photo object', 'haiku', imageAsk('What animal is in this photo? One word.', { max_tokens: 10 })),
  example('fresh2: german translation chat', 'haiku', chat(['Translate to German: "Where is the train station?"', 'Wo ist der Bahnhof?', 'And "How much is a ticket to Munich?"'], { max_tokens: 100 })),
  example('fresh2: is it a question', 'haiku', ask('Label each line as QUESTION or STATEMENT:\nthe server is down\ncan you restart it\nit worked yesterday', { max_tokens: 30 })),

  example('fresh2: linkedin post', 'sonnet', ask('Write a LinkedIn post announcing that our team shipped offline mode for our field-service app, thanking the team and mentioning two customer wins.')),
  example('fresh2: sql index advice', 'sonnet', ask('This query is slow on a 20M-row table: SELECT * FROM events WHERE user_id = $1 AND created_at > now() - interval \'7 days\' ORDER BY created_at DESC LIMIT 50. What index should I add and why?')),
  example('fresh2: python class refactor', 'sonnet', ask('Refactor this into a dataclass and add type hints:\n\n```python\nclass Order:\n    def __init__(self, id, items, status="new"):\n        self.id = id\n        self.items = items\n        self.status = status\n    def total(self):\n        return sum(i["price"] * i["qty"] for i in self.items)\n```')),
  example('fresh2: quarterly report pdf', 'sonnet', documentAsk('What were the main drivers of the revenue change in this quarterly report? Give me bullet points I can use in a board update.', 1)),
  example('fresh2: ui screenshot feedback', 'sonnet', imageAsk('Here is a screenshot of our signup form. Give me UX feedback and concrete suggestions to improve conversion.')),
  example('fresh2: voice bot escalates to sonnet chat', 'sonnet', chat([
    'I want to plan a 5-day trip to Lisbon in October with my parents, who cannot walk long distances.',
    'Great choice! A few questions first: what is your budget, and do you prefer staying in one area?',
    'Mid-range budget, one hotel for the whole stay. Please make a day-by-day plan with rest breaks and taxi-friendly routes.',
  ])),
  example('fresh2: regex validation bug', 'sonnet', ask('My JavaScript email validation regex /^[a-z]+@[a-z]+\\.[a-z]{2,3}$/ rejects valid addresses like first.last@company.co.uk. Fix it and explain the limits of validating email with a regex.')),
  example('fresh2: onboarding doc', 'sonnet', ask('Draft an onboarding checklist for new backend engineers joining our team: accounts to request, repos to clone, docs to read in the first week, and a first starter task.')),

  example('fresh2: sre incident agent', 'opus', incidentAgent),
  example('fresh2: consensus proof', 'opus', ask('Prove that no deterministic consensus protocol can guarantee termination in an asynchronous system with one crash failure, following the structure of the FLP argument, and explain which assumption randomized protocols relax.')),
  example('fresh2: memory leak under load', 'opus', ask('Our Node.js service leaks memory only under production load: heap grows about 50 MB per hour, heap snapshots show retained closures from an event emitter in our websocket layer, but we cannot reproduce it in staging. Explain how to find the root cause and what patterns in async code typically cause this.')),
  example('fresh2: eventual consistency design', 'opus', ask('Design the data model and replication strategy for a globally distributed shopping cart that must stay available during region outages. Compare CRDT-based merging with last-writer-wins, explain the anomalies users would see, and justify your choice.')),
  example('fresh2: literature review', 'opus', ask('Write a critical literature review of the evidence on whether remote work affects productivity, comparing the main empirical studies, their methods and confounders, and where the findings conflict.')),
  example('fresh2: complexity proof', 'opus', ask('Show that deciding whether a graph has a Hamiltonian path is NP-complete, giving the reduction in full and proving its correctness.')),
  example('fresh2: garbage collector pause bug', 'opus', ask('Our Java service has 3-second GC pauses a few times a day, with G1 and a 32 GB heap. The GC log shows humongous allocations and to-space exhausted events. Analyze what is happening inside G1, why it causes full GCs, and design a fix at both the JVM and the application level.')),
  example('fresh2: probability derivation', 'opus', ask('Derive the distribution of the maximum of n independent exponential random variables with rate λ, then compute its expectation and prove that it grows like log(n)/λ.')),
];
