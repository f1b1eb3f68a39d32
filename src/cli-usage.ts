/** The `gateway` bin's usage texts: one per command, and the list of them all. */
export const COMMANDS = {
  serve: {
    summary: 'run the gateway',
    usage: `usage: gateway serve [PATH | --config PATH] [--port N]

Runs the gateway. The config is PATH (or --config PATH), else $GATEWAY_CONFIG, else config/gateway.yaml;
the port is --port, else $PORT, else server.port of the config, else 8080.

Environment: ANTHROPIC_BASE_URL, ANTHROPIC_API_KEY or ANTHROPIC_API_KEY_FILE, REDIS_URL, PORT override the file;
LOG_LEVEL (fatal, error, warn, info, debug, trace, silent; default info);
LOG_FORMAT=pretty for one readable line per event on a terminal (default: JSON lines).`,
  },
  classify: {
    summary: 'JSON Lines of Messages requests in, {"tier","score","reasons"} lines out',
    usage: `usage: gateway classify [FILE] [--config PATH]

Reads one Messages API request body a line from FILE or stdin and writes one line per input:
{"tier":"haiku"|"sonnet"|"opus","score":0..1,"reasons":[...]}. Uses the thresholds of the config; never the network.`,
  },
  'eval-router': {
    summary: "score the router on your own labelled requests (accuracy, confusion, APGR, cost)",
    usage: `usage: gateway eval-router FILE [--config PATH] [--weights PATH] [--json]

Reads labelled JSON Lines, {"body": <request>, "tier": "haiku"|"sonnet"|"opus"} or
{"body", "weak_correct", "strong_correct"}, and prints the router's tier accuracy, the confusion matrix,
APGR where correctness labels exist, and the estimated cost against all-Sonnet and all-Opus at the config's
prices, with the config's router (routing.weights, or the weights file --weights names), thresholds and
prices. --json prints one JSON object.`,
  },
  'train-router': {
    summary: 'fit the router on your own labelled requests; writes a file for routing.weights',
    usage: `usage: gateway train-router FILE [--out PATH]

Fits the router's learned part on labelled JSON Lines (the eval-router formats) and writes a weights file
(default router-weights.json) that routing.weights can name. Deterministic; seconds for thousands of rows.`,
  },
  'check-config': {
    summary: 'validate a config file',
    usage: `usage: gateway check-config [PATH]

Validates a config (PATH, else --config, $GATEWAY_CONFIG, config/gateway.yaml). Exit 0 when valid; else exit 1
with one line per problem: where in the file, and what is wrong.`,
  },
  'hash-key': {
    summary: 'print the sha256: form of an org or admin key',
    usage: `usage: gateway hash-key KEY

Prints sha256:<hex> of KEY, the form orgs[].keys and admin.keys hold.`,
  },
  sim: {
    summary: 'run the Anthropic API simulator',
    usage: `usage: gateway sim [--port N] [--config PATH]

Runs the built-in Anthropic API simulator (default port 8090), with the sim: section of the config if given.`,
  },
  spend: {
    summary: 'read the spend ledger (cost, tokens, requests per org, feature, model, day)',
    usage: `usage: gateway spend [--config PATH] [--org ID] [--from DATE] [--to DATE] [--by org|feature|model|day] [--format table|csv|json]

Reads the spend ledger from the Redis the config names (limits.redis), else from server.dataDir; see docs/money.md. Dates are UTC days,
YYYY-MM-DD: --from defaults to the first of this month, --to to today; --by to org, --format to table.`,
  },
  healthcheck: {
    summary: "probe /healthz of the gateway on this host (the image's HEALTHCHECK)",
    usage: `usage: gateway healthcheck [--config PATH]

Exit 0 when GET http://127.0.0.1:PORT/healthz answers 2xx, else 1. PORT is $PORT, else server.port of the config
(--config, $GATEWAY_CONFIG, config/gateway.yaml), else 8080: the port serve listens on without --port.`,
  },
} as const;

export type Command = keyof typeof COMMANDS;

export const isCommand = (name: string): name is Command => Object.hasOwn(COMMANDS, name);

export const GLOBAL_USAGE = `usage: gateway <command> [options]

${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(14)}${c.summary}`)
  .join('\n')}

gateway <command> --help prints that command's usage; gateway --version prints the version.`;
