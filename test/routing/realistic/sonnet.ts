import type { MessagesBody } from '../../../src/messages/schema.js';
import { ask, chat, documentAsk, example, filler, imageAsk, tool, type RealisticExample } from './helpers.js';

const legacyFetch = `function loadUser(id, cb) {
  db.query('SELECT * FROM users WHERE id = ?', [id], function (err, rows) {
    if (err) return cb(err);
    if (!rows.length) return cb(null, null);
    cache.set('user:' + id, rows[0], function (err2) {
      if (err2) console.error(err2);
      cb(null, rows[0]);
    });
  });
}`;

const reactComponent = `export function CartSummary({ items, onCheckout }) {
  const [coupon, setCoupon] = useState('');
  let total = 0;
  for (let i = 0; i < items.length; i++) total += items[i].price * items[i].qty;
  useEffect(() => { fetch('/api/track?total=' + total) });
  return (
    <div>
      {items.map(item => <div>{item.name}: {item.qty}</div>)}
      <input value={coupon} onChange={e => setCoupon(e.target.value)} />
      <button onClick={onCheckout}>Pay {total}</button>
    </div>
  );
}`;

const pythonTraceback = `Traceback (most recent call last):
  File "app/report.py", line 42, in build_report
    region = row["region"]
KeyError: 'region'

def build_report(rows):
    totals = {}
    for row in rows:
        region = row["region"]
        totals[region] = totals.get(region, 0) + row["amount"]
    return totals`;

const transcript = filler(
  'Maria: For the Q3 launch we still need sign-off from legal on the new pricing page. Dev: The checkout changes are done, QA starts Monday. Maria: Marketing wants the email campaign to go out the same day. Kenji: Support needs the FAQ updated before then, I can own that. Dev: We also saw a small bump in payment failures on the staging environment, probably config.',
  4000,
);

const agentLoop: MessagesBody = {
  model: 'auto',
  max_tokens: 4096,
  system: 'You are a coding agent working in the user repository. Use the tools to read files, edit them and run the tests.',
  tools: [tool('read_file', 'Read a file'), tool('write_file', 'Write a file'), tool('run_tests', 'Run the test suite')],
  messages: [
    { role: 'user', content: 'The discount calculation test is failing, please fix it.' },
    { role: 'assistant', content: [{ type: 'tool_use', id: 'tu_1', name: 'run_tests', input: {} }] },
    {
      role: 'user',
      content: [
        {
          type: 'tool_result',
          tool_use_id: 'tu_1',
          content: 'FAIL test/discount.test.ts\n  expected applyDiscount(100, 0.15) to be 85, received 84.99999999',
        },
      ],
    },
  ],
};

/** Everyday coding, drafting, analysis and summarising: Sonnet territory. */
export const sonnetExamples: RealisticExample[] = [
  example('log parser function', 'sonnet', ask(
    "Write a Python function that parses a log line like '2024-05-01 12:00:01 ERROR [db] connection timeout after 30s' into a dict with timestamp, level, component and message. Include a few pytest tests.",
  )),
  example('callbacks to async/await', 'sonnet', ask(`Refactor this to async/await and keep the behaviour the same:\n\n${legacyFetch}`)),
  example('delayed shipment email', 'sonnet', ask(
    'Draft an email to a customer explaining that their order #4471 will ship a week late because of a supplier delay. Be friendly, apologise, and offer a 10% discount code on their next order.',
  )),
  example('meeting transcript summary', 'sonnet', ask(`Summarize this meeting transcript into decisions, open questions and action items with owners:\n\n${transcript}`, { max_tokens: 2048 })),
  example('tcp vs udp explainer', 'sonnet', ask('Explain the difference between TCP and UDP to a junior developer, with examples of when to use each.')),
  example('top customers sql', 'sonnet', ask(
    'Write a SQL query that returns the top 5 customers by revenue in the last 90 days. Tables: orders(id, customer_id, total, created_at), customers(id, name, country). Show name, country and revenue.',
  )),
  example('react component review', 'sonnet', ask(`Review this React component and point out problems and improvements:\n\n${reactComponent}`)),
  example('sales csv trends', 'sonnet', ask(
    'Here is our monthly sales data. Describe the main trends and anything unusual, and suggest two things to look into.\n\nmonth,region,revenue\n2024-01,EU,120000\n2024-01,US,180000\n2024-02,EU,118000\n2024-02,US,176000\n2024-03,EU,131000\n2024-03,US,150000\n2024-04,EU,140000\n2024-04,US,149000\n2024-05,EU,152000\n2024-05,US,190000',
  )),
  example('remote work blog post', 'sonnet', ask('Write a 600-word blog post with practical remote work tips for engineering managers.', { max_tokens: 2000 })),
  example('keyerror fix', 'sonnet', ask(`I get this error, how do I fix it? Some rows come from an older export.\n\n${pythonTraceback}`)),
  example('jest tests for function', 'sonnet', ask(
    'Write Jest unit tests for this function, including edge cases:\n\n```ts\nexport function slugify(title: string): string {\n  return title.toLowerCase().trim().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");\n}\n```',
  )),
  example('cover letter', 'sonnet', ask(
    'Write a cover letter for a senior data analyst position at a healthcare nonprofit. I have 6 years of experience with SQL, Tableau and Python, and I led a project that reduced patient no-shows by 12%.',
  )),
  example('express feature conversation', 'sonnet', chat([
    'I have an Express endpoint GET /api/orders that returns all orders. Can you add pagination?',
    'Sure. Accept `page` and `limit` query parameters, validate them, and use LIMIT/OFFSET in the query. Here is the updated handler: ...',
    'Thanks. Can we also filter by status?',
    'Yes, add an optional `status` query parameter and a WHERE clause when it is present: ...',
    'Great. Now the frontend team wants the total count in the response too. How should I change the handler and the response shape?',
  ])),
  example('agent loop failing test', 'sonnet', agentLoop),
  example('https explainer', 'sonnet', ask('Explain how HTTPS certificate validation works, step by step, from the browser receiving the certificate to the padlock.')),
  example('ab test significance', 'sonnet', ask(
    'Our A/B test: control had 10,000 visitors and 320 conversions, the variant had 9,800 visitors and 360 conversions. Is the difference significant? Explain the test you use.',
  )),
  example('job offers pros and cons', 'sonnet', ask(
    'Help me compare two job offers. A: startup, 140k salary, 0.2% equity, fully remote. B: large bank, 165k salary, 15% bonus, 3 days in office. I value learning and flexibility. Give me pros and cons and questions to ask.',
  )),
  example('backup bash script', 'sonnet', ask('Write a bash script that backs up /var/www to an S3 bucket every night, keeps the last 14 backups, and logs failures to syslog.')),
  example('pdf summary', 'sonnet', documentAsk('Summarize this report in one page for the leadership team, with the key numbers.', 1)),
  example('chart image analysis', 'sonnet', imageAsk('This chart shows our weekly active users. Explain the trend and what might explain the dip in week 14.')),
  example('feature requirements outline', 'sonnet', ask(
    'Outline a product requirements document for adding two-factor authentication to our mobile banking app: goals, user stories, scope, and metrics.',
  )),
  example('class component to hooks', 'sonnet', ask(
    'Convert this class component to a function component with hooks:\n\n```jsx\nclass Timer extends React.Component {\n  state = { seconds: 0 };\n  componentDidMount() { this.id = setInterval(() => this.setState(s => ({ seconds: s.seconds + 1 })), 1000); }\n  componentWillUnmount() { clearInterval(this.id); }\n  render() { return <span>{this.state.seconds}s</span>; }\n}\n```',
  )),
  example('node dockerfile', 'sonnet', ask('Write a multi-stage Dockerfile for a Node 20 TypeScript app that builds with npm ci and runs as a non-root user.')),
  example('email regex explained', 'sonnet', ask('Write a regex to pull email addresses out of our application logs and explain each part of it. Also mention what it will miss.')),
  example('bakery marketing plan', 'sonnet', ask('Write a simple 3-month marketing plan for a small neighbourhood bakery with a budget of $2,000.')),
  example('big-o of function', 'sonnet', ask(
    'What is the time complexity of this function and why?\n\n```python\ndef pairs(nums, target):\n    seen = set()\n    out = []\n    for n in nums:\n        if target - n in seen:\n            out.append((n, target - n))\n        seen.add(n)\n    return out\n```',
  )),
  example('rewrite docs for clarity', 'sonnet', ask(
    'Rewrite this section of our docs so a new user can follow it:\n\n"To config the thing you must first set env var which is FOO_HOME but only if not using the docker image in which case it is set but to the wrong path sometimes so check it, then run init which creates the db unless it exists then it migrates, also you need a token from the admin page (Settings > API) before init or it fails silently."',
  )),
  example('k8s deployment yaml', 'sonnet', ask('Write a Kubernetes Deployment and Service for a web app on port 8080 with readiness and liveness probes, 3 replicas and resource limits.')),
  example('support agent address change', 'sonnet', ask('Hi, I just moved. Can you change the delivery address on my open order 99812 to 12 Rose Lane, Leeds LS1 4AB, and tell me if the delivery date changes?', {
    system: 'You are the customer support agent for ShopCo. Verify the order belongs to the customer before changing it. Be concise and friendly.',
    tools: [tool('lookup_order', 'Find an order by number'), tool('update_address', 'Change the delivery address of an order'), tool('get_delivery_estimate', 'Delivery estimate for an order')],
  })),
  example('behavioural interview prep', 'sonnet', ask(
    'Help me prepare for a behavioural interview for a team lead role: give me 5 likely questions and draft STAR answers based on my background: 4 years as a backend developer, mentored 2 juniors, led a migration from MySQL to Postgres.',
  )),
  example('moderate thinking question', 'sonnet', ask('Why does my useEffect run twice in development in React 18, and how should I write data fetching so it is correct?', {
    thinking: { type: 'enabled', budget_tokens: 2048 },
    max_tokens: 4096,
  })),
  example('blog graphql schema', 'sonnet', ask('Design a GraphQL schema for a simple blog with posts, authors, comments and tags, and show two example queries.')),
  example('java npe stack trace', 'sonnet', ask(
    'What is causing this and how do I fix it?\n\nException in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null\n    at com.acme.users.UserService.normalize(UserService.java:57)\n    at com.acme.users.UserService.register(UserService.java:31)\n    at com.acme.Main.main(Main.java:12)',
  )),
];
