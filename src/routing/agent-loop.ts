import type { RequestView } from './request-view.js';

/**
 * What an agent loop shows of its own work since the latest ask (issue 21, session 10): how many rounds of tool calls
 * it has made, whether any of them changed something, and whether it ran commands or queries against the live system.
 * A loop that has run probes for rounds without changing anything and without a failure is investigating: the ask it
 * serves is a question about how a system behaves, not an order to build something (src/routing/README.md, "Session 10:
 * agent loops").
 */
export interface LoopSteps {
  /** Assistant turns with a `tool_use` since the latest ask. */
  rounds: number;
  /** Tool calls since the latest ask that change something: an edit or write of a file, a send, a booking, a record update. */
  changes: number;
  /** Tool calls since the latest ask that run a command or a query: a shell, SQL, metrics, logs, traces. */
  probes: number;
}

export const NO_LOOP: Readonly<LoopSteps> = Object.freeze({ rounds: 0, changes: 0, probes: 0 });

/** Tools that change something: an edit or a write of a file, a send, a booking, an update of a record. */
const CHANGE_TOOL = /^(?:Edit|MultiEdit|Write|NotebookEdit)$|(?:^|_)(?:write|edit|update|create|delete|remove|send|book|issue|cancel|apply|post|reset|refund|move|rename)(?:_|$)/i;
/** A shell command that changes the tree or the repository. */
const CHANGE_COMMAND = /(?:^|[;&|]\s*)(?:git (?:commit|push|merge|rebase|reset|mv|rm|checkout -b|branch -[dD])|mv|cp|rm|mkdir|touch|sed -i|npm (?:i|install)|pnpm add|yarn add)\b|\s--(?:fix|write)\b/;
/** Tools that run something against the live system: a shell command, a query of a database, metrics, logs or traces. */
const PROBE_TOOL = /^(?:Bash|bash|run_command|shell|terminal)$|sql|query|bigquery|kubectl|prom|loki|tempo|trace|metrics|logs|deploy/i;

/** Counts one `tool_use` block into `steps`. */
export const countCall = (steps: LoopSteps, name: unknown, input: unknown): void => {
  if (typeof name !== 'string') return;
  const command = typeof input === 'object' && input !== null ? (input as { command?: unknown }).command : undefined;
  if (CHANGE_TOOL.test(name) || (typeof command === 'string' && CHANGE_COMMAND.test(command))) steps.changes += 1;
  else if (PROBE_TOOL.test(name)) steps.probes += 1;
};

/** The rule's knobs; `scripts/agent-loop-study.ts` varies them, nothing else writes them. */
export interface InvestigationRule {
  /** Rounds of tool calls at least (0: the rule is off). */
  minRounds: number;
  /** Probes at least. */
  minProbes: number;
  /**
   * Estimated tokens of the ask at least: an investigation describes what it is after, while a short question (24 tokens
   * at most, as for "tool step done" in request-view.ts) answered by a describe and a query is a lookup.
   */
  minAskTokens: number;
  /** The push at `minRounds`, what each further round adds, and the most it reaches. */
  push: number;
  perRound: number;
  max: number;
}

export const investigationRule: InvestigationRule = { minRounds: 2, minProbes: 1, minAskTokens: 25, push: 0.8, perRound: 0.3, max: 1.4 };

/** The logit an investigation under way adds: 0 unless the loop has probed for rounds, changed nothing and seen no failure. */
export const investigationLogit = (view: RequestView, rule: InvestigationRule = investigationRule): number => {
  const { rounds, changes, probes } = view.loop;
  if (rule.minRounds === 0 || rounds < rule.minRounds || changes > 0 || probes < rule.minProbes || view.toolErrors > 0) return 0;
  if (view.askShape.tokens < rule.minAskTokens) return 0;
  return Math.min(rule.max, rule.push + rule.perRound * (rounds - rule.minRounds));
};
