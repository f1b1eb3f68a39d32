import { parseArgs } from 'node:util';
import { COMMANDS } from '../cli-usage.js';
import { ConfigError, loadConfigFile, resolveConfigPath } from '../config/load.js';
import { formatRows, GROUPINGS } from './ledger.js';
import { spendStoreFor } from './index.js';
import { runSpendQuery, spendQuery, spendQuerySchema } from './query.js';

const FORMATS = ['table', 'csv', 'json'] as const;

/** `gateway spend`: the ledger of every org (or one), summed by org, feature, model or day. */
export async function runSpendCli(argv: readonly string[], out: NodeJS.WritableStream): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      config: { type: 'string' },
      org: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    out.write(`${COMMANDS.spend.usage}\n`);
    return 0;
  }
  const parsed = spendQuerySchema.safeParse({ from: values.from, to: values.to, by: values.by });
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message} (one of ${GROUPINGS.join(', ')} for --by)`));
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new ConfigError([`--format: "${format}" is not one of ${FORMATS.join(', ')}`]);

  const config = loadConfigFile(resolveConfigPath(values.config));
  if (!config.limits.redis && config.server.dataDir === undefined) {
    throw new ConfigError(['spend: this config keeps the ledger in each gateway process (neither limits.redis nor server.dataDir); ask a running gateway: GET /v1/gateway/spend']);
  }
  const orgs = config.orgs.map((o) => o.id).filter((id) => values.org === undefined || id === values.org);
  if (orgs.length === 0) throw new ConfigError([`--org: no org "${values.org}" in the config`]);
  const store = spendStoreFor(config, { readonly: true });
  try {
    const report = await runSpendQuery((org, days) => store.ledger(org, days), spendQuery(parsed.data, orgs, Date.now()));
    out.write(formatRows(report.rows, report.by, format as (typeof FORMATS)[number]));
    return 0;
  } finally {
    await store.close();
  }
}
