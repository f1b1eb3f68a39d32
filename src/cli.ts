#!/usr/bin/env node
import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { COMMANDS, GLOBAL_USAGE, isCommand, type Command } from './cli-usage.js';
import { ConfigError, loadConfigFile, parseConfig, resolveConfigPath } from './config/load.js';
import { configSchema } from './config/schema.js';
import { healthcheck } from './healthcheck.js';
import { hashKey } from './pipeline/authenticate.js';
import { VERSION } from './version.js';

// The server, the simulator, the spend and router commands are imported when run: loading them all
// took most of a short command's start-up (--help, hash-key, check-config).

/** A port from --port or $PORT; the message names where the bad value came from. */
const portOf = (value: string | undefined, source: string): number | undefined => {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (value.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError([`${source}: "${value}" is not a port number (0-65535)`]);
  }
  return port;
};

const portFromArgsOrEnv = (flag: string | undefined): number | undefined => portOf(flag, '--port') ?? portOf(process.env.PORT, 'PORT');

/** At most `max` positionals: a stray word is an error, never silently ignored. */
function positionalsOf(command: Command, positionals: string[], max: number): string[] {
  if (positionals.length > max) throw new ConfigError([`${command}: unexpected argument "${positionals[max]}"`, COMMANDS[command].usage]);
  return positionals;
}

interface Values {
  config?: string;
  port?: string;
  out?: string;
  weights?: string;
  json?: boolean;
}

async function run(command: Command, values: Values, positionals: string[]): Promise<number> {
  switch (command) {
    case 'serve': {
      const [path] = positionalsOf(command, positionals, 1);
      if (path !== undefined && values.config !== undefined) throw new ConfigError(['serve: give the config path once (PATH or --config PATH)']);
      const { serve } = await import('./main.js');
      await serve({ configPath: path ?? values.config, port: portFromArgsOrEnv(values.port) });
      return -1;
    }
    case 'check-config': {
      const [path] = positionalsOf(command, positionals, 1);
      const resolved = resolveConfigPath(path ?? values.config);
      loadConfigFile(resolved);
      process.stdout.write(`${resolved}: valid\n`);
      return 0;
    }
    case 'hash-key': {
      const [key] = positionalsOf(command, positionals, 1);
      if (!key) throw new ConfigError(['hash-key: give the key to hash', COMMANDS[command].usage]);
      process.stdout.write(`sha256:${hashKey(key)}\n`);
      return 0;
    }
    case 'classify': {
      const [file] = positionalsOf(command, positionals, 1);
      const config = loadConfigFile(resolveConfigPath(values.config));
      const { runClassify } = await import('./routing/classify-cli.js');
      // Malformed lines are answered in place with an error object; the run itself succeeds.
      await runClassify(file ? createReadStream(file) : process.stdin, process.stdout, config.routing.thresholds);
      return 0;
    }
    case 'eval-router':
    case 'train-router': {
      const [file] = positionalsOf(command, positionals, 1);
      if (!file) throw new ConfigError([`${command}: give the labelled JSON Lines file`, COMMANDS[command].usage]);
      const loaded = command === 'eval-router' ? loadConfigFile(resolveConfigPath(values.config)) : undefined;
      // --weights tries a train-router output without writing a config for it.
      const config = loaded && values.weights ? { ...loaded, routing: { ...loaded.routing, weights: values.weights } } : loaded;
      const { runEvalRouter, runTrainRouter } = await import('./routing/router-cli.js');
      process.stdout.write(config ? runEvalRouter(file, config, values.json === true) : runTrainRouter(file, values.out));
      return 0;
    }
    case 'healthcheck': {
      positionalsOf(command, positionals, 0);
      return healthcheck(resolveConfigPath(values.config));
    }
    case 'spend':
      throw new Error('spend is run by runSpendCli: it has flags of its own');
    case 'sim': {
      positionalsOf(command, positionals, 0);
      const path = values.config ?? process.env.GATEWAY_CONFIG;
      const sim = path ? parseConfig(readFileSync(path, 'utf8')).sim : configSchema.shape.sim.parse(undefined);
      const { startSimulator } = await import('./sim/index.js');
      const simulator = await startSimulator({ port: portFromArgsOrEnv(values.port) ?? 8090, host: '0.0.0.0', config: sim });
      process.stdout.write(`simulator listening on ${simulator.url}\n`);
      process.once('SIGTERM', () => void simulator.close().then(() => process.exit(0)));
      process.once('SIGINT', () => void simulator.close().then(() => process.exit(0)));
      return -1;
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    (first === undefined ? process.stderr : process.stdout).write(`${GLOBAL_USAGE}\n`);
    return first === undefined ? 1 : 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!isCommand(first)) {
    process.stderr.write(`unknown command "${first}"\n\n${GLOBAL_USAGE}\n`);
    return 1;
  }
  if (first === 'spend') return (await import('./money/spend-cli.js')).runSpendCli(rest, process.stdout);
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      config: { type: 'string' },
      port: { type: 'string' },
      out: { type: 'string' },
      weights: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${COMMANDS[first].usage}\n`);
    return 0;
  }
  return run(first, values, positionals);
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
