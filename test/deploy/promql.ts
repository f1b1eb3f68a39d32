/** Helpers to check PromQL from the dashboard and the alert rules without a Prometheus server. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Registry } from 'prom-client';
import { metricNamesIn } from './metric-names.js';

/** promtool from Debian's `prometheus` package, or the one on PATH; undefined when not installed. */
export function findPromtool(): string | undefined {
  if (existsSync('/usr/bin/promtool')) return '/usr/bin/promtool';
  const which = spawnSync('sh', ['-c', 'command -v promtool'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  return which.status === 0 && path !== '' ? path : undefined;
}

export function runPromtool(promtool: string, args: string[], cwd: string): { ok: boolean; output: string } {
  const out = spawnSync(promtool, args, { cwd, encoding: 'utf8', timeout: 60_000 });
  return { ok: out.status === 0, output: `${out.stdout ?? ''}${out.stderr ?? ''}${out.error ? String(out.error) : ''}` };
}

export function writeTempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gateway-promtool-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Grafana's variables replaced by values Prometheus accepts, so a dashboard query is plain PromQL. */
export function grafanaToPromQL(expr: string): string {
  return expr
    .replace(/\$__rate_interval|\$\{__rate_interval\}|\$__interval|\$\{__interval\}/g, '1m')
    .replace(/\$__range|\$\{__range\}/g, '1h')
    .replace(/\$\{?\w+\}?/g, '.*');
}

/** The series selector inside a Grafana `label_values(selector, label)` variable query, as PromQL. */
export function labelValuesSelector(query: string): string | undefined {
  const m = query.match(/^\s*label_values\(\s*(.+?)\s*,\s*\w+\s*\)\s*$/);
  return m ? grafanaToPromQL(m[1]!) : undefined;
}

/** Labels Prometheus adds when it scrapes a pod through a ServiceMonitor. */
export const TARGET_LABELS = new Set(['job', 'namespace', 'pod', 'instance', 'service', 'endpoint', 'container']);

/**
 * Label names an expression filters or groups on that the metrics it reads do not have: a typo there
 * makes a panel or alert silently empty. Checks `metric{label...}` selectors and `by (...)` clauses.
 */
export function unknownLabels(expr: string, registry: Registry): string[] {
  const problems: string[] = [];
  const labelsOf = (name: string): Set<string> | undefined => {
    const metric = registry.getSingleMetric(name) as unknown as { labelNames?: string[] } | undefined;
    return metric ? new Set(metric.labelNames ?? []) : undefined;
  };
  const allowed = (name: string, label: string, bucket: boolean): boolean =>
    TARGET_LABELS.has(label) || (bucket && label === 'le') || (labelsOf(name)?.has(label) ?? false);

  for (const m of expr.matchAll(/\b((?:gateway|process|nodejs)_[a-z0-9_]*[a-z0-9])\s*\{([^}]*)\}/g)) {
    const name = m[1]!.replace(/_(bucket|sum|count)$/, '');
    for (const l of m[2]!.matchAll(/(\w+)\s*(?:=~|!~|!=|=)/g)) {
      if (!allowed(name, l[1]!, m[1]!.endsWith('_bucket'))) problems.push(`${m[1]} has no label "${l[1]}"`);
    }
  }
  const metrics = metricNamesIn([expr]);
  const bucket = expr.includes('_bucket');
  for (const by of expr.matchAll(/\bby\s*\(([^)]*)\)/g)) {
    for (const label of by[1]!.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      for (const name of metrics) if (!allowed(name, label, bucket)) problems.push(`by (${label}): ${name} has no such label`);
    }
  }
  return problems;
}

/** A rule file with one recording rule per expression, for `promtool check rules` to parse the PromQL. */
export function recordingRulesFile(exprs: string[]): string {
  return YAML.stringify({
    groups: [{ name: 'syntax-check', rules: exprs.map((expr, i) => ({ record: `check:expr_${i}`, expr })) }],
  });
}
