import { describe, expect, it } from 'vitest';
import type { MessagesBody } from '../../src/messages/schema.js';
import { investigationLogit } from '../../src/routing/agent-loop.js';
import { classify } from '../../src/routing/classifier.js';
import { viewRequest } from '../../src/routing/request-view.js';
import { DEFAULT_THRESHOLDS, tierForScore } from '../../src/routing/tiers.js';

interface Call {
  name: string;
  input: Record<string, unknown>;
  result: string;
  error?: boolean;
}

/** An agent loop: the task, then one assistant turn of tool calls and one user turn of their results per round. */
const loop = (task: string, rounds: readonly Call[][], after?: string): MessagesBody => {
  const messages: MessagesBody['messages'] = [{ role: 'user', content: task }];
  let id = 0;
  rounds.forEach((calls, r) => {
    const ids = calls.map(() => `toolu_${(id += 1)}`);
    messages.push({ role: 'assistant', content: calls.map((c, i) => ({ type: 'tool_use', id: ids[i], name: c.name, input: c.input })) });
    const results = calls.map((c, i) => ({ type: 'tool_result', tool_use_id: ids[i], content: c.result, ...(c.error ? { is_error: true } : {}) }));
    messages.push({ role: 'user', content: r === rounds.length - 1 && after ? [...results, { type: 'text', text: after }] : results });
  });
  const tools = ['Bash', 'Read', 'Grep', 'Edit', 'run_sql', 'update_account_email'].map((name) => ({ name, description: `The ${name} tool.` }));
  return { model: 'auto', max_tokens: 32_000, tools, messages };
};
const tier = (body: MessagesBody) => tierForScore(classify(body).score, DEFAULT_THRESHOLDS);

const TASK = 'our job workers (python, postgres advisory locks) sometimes just stop picking up jobs for 10-20 min, then resume by themselves. no errors in the logs, nothing deployed';
const readWorker: Call = { name: 'Read', input: { file_path: 'jobs/worker.py' }, result: 'def run_forever(conn):\n    while True:\n        ...' };
const activity: Call = { name: 'Bash', input: { command: 'psql -c "select pid, state from pg_stat_activity"' }, result: ' 71204 | idle in transaction | 00:14:02' };
const locks: Call = { name: 'Bash', input: { command: 'psql -c "select objid, pid from pg_locks"' }, result: ' 8812345 | 71204 | t' };
const handlers: Call = { name: 'Grep', input: { pattern: 'def .*payload' }, result: 'jobs/handlers.py:30:def render_report(payload):  # timeout=900' };
const edit: Call = { name: 'Edit', input: { file_path: 'jobs/worker.py' }, result: 'The file jobs/worker.py has been updated.' };

describe('agent loops: an investigation under way (session 10)', () => {
  it('counts the rounds since the latest ask, the calls that change something and those that probe the system', () => {
    expect(viewRequest(loop(TASK, [[readWorker], [activity, locks], [handlers]])).loop).toEqual({ rounds: 3, changes: 0, probes: 2 });
    expect(viewRequest(loop(TASK, [[readWorker], [edit], [{ ...activity, input: { command: 'git commit -am fix' } }]])).loop).toEqual({ rounds: 3, changes: 2, probes: 0 });
    // A new ask beside the last results starts a new count.
    expect(viewRequest(loop(TASK, [[readWorker], [activity]], 'ok, and why only at night?')).loop.rounds).toBe(0);
    expect(viewRequest({ model: 'auto', max_tokens: 1024, messages: [{ role: 'user', content: TASK }] }).loop.rounds).toBe(0);
  });

  it('raises a loop that has probed for rounds without changing anything or failing, more with each round, to a cap', () => {
    const two = classify(loop(TASK, [[readWorker], [activity]]));
    const four = loop(TASK, [[readWorker], [activity], [locks], [handlers]]);
    expect(two.reasons).toContain('investigation under way');
    expect(tier(four)).toBe('opus');
    const push = (rounds: number) => investigationLogit(viewRequest(loop(TASK, Array.from({ length: rounds }, () => [activity]))));
    expect([push(1), push(2), push(3), push(4), push(9)]).toEqual([0, 0.8, 1.1, 1.4, 1.4]);
  });

  it('leaves alone a loop that reads without running anything, has changed something, or has seen a failure', () => {
    const reasons = (body: MessagesBody) => classify(body).reasons;
    expect(reasons(loop(TASK, [[readWorker], [handlers], [readWorker]]))).not.toContain('investigation under way');
    expect(reasons(loop(TASK, [[readWorker], [activity], [edit]]))).not.toContain('investigation under way');
    expect(reasons(loop(TASK, [[readWorker], [activity], [{ ...locks, result: 'ERROR: permission denied for table pg_locks', error: true }]]))).not.toContain('investigation under way');
    const support = loop('change my login email to dana@kimdesign.co', [
      [{ name: 'run_sql', input: { q: 'select email from users' }, result: 'dana.k@oldstudio.com' }],
      [{ name: 'update_account_email', input: { email: 'dana@kimdesign.co' }, result: '{"status":"confirmed"}' }],
    ]);
    expect(reasons(support)).not.toContain('investigation under way');
    // A short question answered by a describe and a query is a lookup, however many rounds it took.
    const lookup = loop('how many orders did we ship to Canada in November?', [
      [{ name: 'describe_table', input: { table: 'orders' }, result: 'id, country, shipped_at' }],
      [{ name: 'run_sql', input: { q: 'select count(*) from orders' }, result: '1284' }],
    ]);
    expect(reasons(lookup)).not.toContain('investigation under way');
  });
});
