/**
 * The metric names that the Grafana dashboard and the Prometheus alert rules in k8s/ query.
 * A gateway's /metrics must export every one of them (see deploy tests and the end-to-end test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { k8sDir } from './manifests.js';

export const dashboardPath = join(k8sDir, 'grafana', 'gateway-dashboard.json');
export const prometheusRulesPath = join(k8sDir, 'prometheus-rules.yaml');

/* eslint-disable @typescript-eslint/no-explicit-any */
type Panel = { type: string; title?: string; targets?: { expr?: string }[]; panels?: Panel[] };

/** Every panel, rows' nested panels included. */
export function dashboardPanels(): Panel[] {
  const dashboard = JSON.parse(readFileSync(dashboardPath, 'utf8')) as { panels: Panel[] };
  return dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]);
}

/** The PromQL of every dashboard panel target and of every templating variable query. */
export function dashboardExprs(): string[] {
  const dashboard = JSON.parse(readFileSync(dashboardPath, 'utf8')) as {
    templating?: { list?: { type: string; definition?: string; query?: unknown }[] };
  };
  const panelExprs = dashboardPanels().flatMap((p) => (p.targets ?? []).map((t) => t.expr ?? '')).filter((e) => e !== '');
  const variableExprs = (dashboard.templating?.list ?? [])
    .filter((v) => v.type === 'query')
    .map((v) => (typeof v.query === 'string' ? v.query : (v.query as { query?: string } | undefined)?.query) ?? v.definition ?? '')
    .filter((e) => e !== '');
  return [...panelExprs, ...variableExprs];
}

export interface PlainRuleGroups {
  groups: { name: string; rules: { alert?: string; record?: string; expr: string; [k: string]: unknown }[] }[];
}

/** The `spec` of the PrometheusRule: a plain Prometheus rule file, as `promtool check rules` expects. */
export function alertRuleGroups(): PlainRuleGroups {
  const rule = parse(readFileSync(prometheusRulesPath, 'utf8')) as { kind: string; spec: PlainRuleGroups };
  if (rule.kind !== 'PrometheusRule') throw new Error(`${prometheusRulesPath}: expected a PrometheusRule`);
  return { groups: rule.spec.groups };
}

export const alertRuleExprs = (): string[] => alertRuleGroups().groups.flatMap((g) => g.rules.map((r) => String(r.expr)));

const METRIC = /\b((?:gateway|process|nodejs)_[a-z0-9_]*[a-z0-9])\b/g;
const HISTOGRAM_SUFFIX = /_(bucket|sum|count)$/;

/** Metric names (histograms by their base name) in PromQL expressions. */
export function metricNamesIn(exprs: string[]): string[] {
  const names = new Set<string>();
  for (const expr of exprs) {
    for (const match of expr.matchAll(METRIC)) names.add(match[1]!.replace(HISTOGRAM_SUFFIX, ''));
  }
  return [...names].sort();
}

export const metricNamesInDashboard = (): string[] => metricNamesIn(dashboardExprs());
export const metricNamesInAlertRules = (): string[] => metricNamesIn(alertRuleExprs());

/**
 * Every metric name used by the Grafana dashboard and the alert rules, sorted and without duplicates.
 * Histograms appear by their base name (`gateway_overhead_seconds`, not `..._bucket`): in /metrics text
 * look for `# TYPE <name> histogram`.
 */
export function metricNamesUsedByDashboards(): string[] {
  return [...new Set([...metricNamesInDashboard(), ...metricNamesInAlertRules()])].sort();
}
