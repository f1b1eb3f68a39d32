#!/usr/bin/env node
import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFile, parseConfig, resolveConfigPath } from './config/load.js';
import { configSchema } from './config/schema.js';
import { hashKey } from './pipeline/authenticate.js';
import { runClassify } from './routing/classify-cli.js';
import { runSpendCli } from './money/spend-cli.js';
import { serve } from './main.js';
import { startSimulator } from './sim/index.js';

const USAGE = `usage: gateway <command>
  serve [--config PATH] [--port N]   run the gateway
  classify [FILE] [--config PATH]    JSON Lines of Messages requests in, {"tier","score","reasons"} lines out
  check-config [PATH]                validate a config file
  hash-key KEY                       print the sha256: form of an org key
  sim [--port N] [--config PATH]     run the Anthropic API simulator
  spend [--config PATH] [--org ID] [--from DATE] [--to DATE] [--by org|feature|model|day] [--format table|csv|json]
                                     read the spend ledger`;

const portOf = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError([`--port: "${value}" is not a port number`]);
  return port;
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'spend') return runSpendCli(rest, process.stdout);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { config: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command === undefined ? 1 : 0;
  }
  switch (command) {
    case 'serve':
      await serve({ configPath: values.config, port: portOf(values.port) ?? portOf(process.env.PORT) });
      return -1;
    case 'check-config': {
      const path = resolveConfigPath(positionals[0] ?? values.config);
      loadConfigFile(path);
      process.stdout.write(`${path}: valid\n`);
      return 0;
    }
    case 'hash-key': {
      if (!positionals[0]) throw new ConfigError(['hash-key: give the key to hash']);
      process.stdout.write(`sha256:${hashKey(positionals[0])}\n`);
      return 0;
    }
    case 'classify': {
      const config = loadConfigFile(resolveConfigPath(values.config));
      const input = positionals[0] ? createReadStream(positionals[0]) : process.stdin;
      // Malformed lines are answered in place with an error object; the run itself succeeds.
      await runClassify(input, process.stdout, config.routing.thresholds);
      return 0;
    }
    case 'sim': {
      const path = values.config ?? process.env.GATEWAY_CONFIG;
      const sim = path ? parseConfig(readFileSync(path, 'utf8')).sim : configSchema.shape.sim.parse(undefined);
      const simulator = await startSimulator({ port: portOf(values.port) ?? portOf(process.env.PORT) ?? 8090, host: '0.0.0.0', config: sim });
      process.stdout.write(`simulator listening on ${simulator.url}\n`);
      process.once('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
      process.once('SIGINT', () => void simulator.close().then(() => process.exit(0)));
      return -1;
    }
    default:
      process.stderr.write(`unknown command "${command}"\n${USAGE}\n`);
      return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof ConfigError) {
      for (const problem of err.problems) process.stderr.write(`${problem}\n`);
    } else {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.exitCode = 1;
  },
);
