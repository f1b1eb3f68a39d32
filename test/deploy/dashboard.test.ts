import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/metrics/registry.js';
import { one, repoRoot } from './manifests.js';
import { dashboardExprs, dashboardPanels, dashboardPath, metricNamesInDashboard, metricNamesUsedByDashboards } from './metric-names.js';
import { findPromtool, grafanaToPromQL, labelValuesSelector, recordingRulesFile, runPromtool, unknownLabels, writeTempFiles } from './promql.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const dashboard = (): any => JSON.parse(readFileSync(dashboardPath, 'utf8'));
const panels = (): any[] => dashboardPanels().filter((p) => p.type !== 'row');
const exprsOf = (p: any): string[] => (p.targets ?? []).map((t: any) => t.expr ?? '');
const panelExprs = (): string[] => panels().flatMap(exprsOf);
const normalise = (e: string) => e.replace(/\s+/g, ' ');

describe('Grafana dashboard', () => {
  it('is a dashboard with a uid, a $datasource variable and an org variable', () => {
    const d = dashboard();
    expect(d.uid).toBe('llm-gateway');
    expect(d.title).toBeTruthy();
    const vars: any[] = d.templating.list;
    expect(vars.find((v) => v.name === 'datasource')).toMatchObject({ type: 'datasource', query: 'prometheus' });
    const org = vars.find((v) => v.name === 'org');
    expect(org).toMatchObject({ type: 'query', includeAll: true, multi: true });
    expect(labelValuesSelector(org.definition)).toBeDefined();
    expect(org.definition).toMatch(/,\s*org\)$/);
    // Variables used in queries are defined.
    const names = new Set(vars.map((v) => v.name));
    for (const expr of dashboardExprs()) {
      for (const m of expr.matchAll(/\$\{?(\w+)\}?/g)) if (!m[1]!.startsWith('__')) expect(names, m[0]).toContain(m[1]);
    }
  });

  it('every panel has at least one target, each with a PromQL expr, on the $datasource', () => {
    const list = panels();
    expect(list.length).toBeGreaterThanOrEqual(12);
    for (const p of list) {
      expect(p.targets?.length, p.title).toBeGreaterThan(0);
      expect(p.datasource?.uid, p.title).toBe('${datasource}');
      const refIds = p.targets.map((t: any) => t.refId);
      expect(new Set(refIds).size, p.title).toBe(refIds.length);
      for (const t of p.targets) {
        expect(typeof t.expr === 'string' && t.expr.trim().length > 0, `${p.title} ${t.refId}`).toBe(true);
        expect(t.datasource?.uid, p.title).toBe('${datasource}');
      }
    }
  });

  it('panel ids are unique and the grid has no overlaps', () => {
    const all = dashboardPanels();
    const ids = all.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cells = new Set<string>();
    for (const p of all as any[]) {
      const { x, y, w, h } = p.gridPos;
      expect(x + w, p.title).toBeLessThanOrEqual(24);
      for (let i = x; i < x + w; i++) {
        for (let j = y; j < y + h; j++) {
          expect(cells.has(`${i},${j}`), `${p.title} overlaps at ${i},${j}`).toBe(false);
          cells.add(`${i},${j}`);
        }
      }
    }
  });

  it('has the panels operators need', () => {
    const exprs = panelExprs().map(normalise);
    const has = (re: RegExp, what: string) => expect(exprs.some((e) => re.test(e)), what).toBe(true);
    has(/sum by \(org, code\) \(rate\(gateway_requests_total\{/, 'request rate by org and code');
    for (const q of ['0.5', '0.95', '0.99']) {
      has(new RegExp(`histogram_quantile\\(${q}, sum by \\(le, model\\) \\(rate\\(gateway_request_duration_seconds_bucket`), `latency p${q} by model`);
      has(new RegExp(`histogram_quantile\\(${q}, sum by \\(le, model\\) \\(rate\\(gateway_time_to_first_token_seconds_bucket`), `TTFT p${q} by model`);
    }
    has(/histogram_quantile\(0\.99, sum by \(le\) \(rate\(gateway_overhead_seconds_bucket/, 'overhead p99');
    has(/by \([^)]*\borg\b[^)]*\) \(rate\(gateway_tokens_total/, 'tokens per org');
    has(/by \([^)]*\borg\b[^)]*\) \((rate|increase)\(gateway_cost_usd_total/, 'cost per org');
    has(/by \(tier\) \(rate\(gateway_routing_decisions_total/, 'routing mix by tier');
    has(/gateway_fallbacks_total/, 'fallbacks');
    has(/max by \(org, window\) \(gateway_budget_spent_usd\{/, 'USD spent per org and window');
    has(/max by \(org, window\) \(gateway_budget_limit_usd\{/, 'USD limit per org and window');
    has(/topk\(10, sum by \(org, feature\) \(rate\(gateway_feature_cost_usd_total\{/, 'top features by cost');
    has(/gateway_budget_downgrades_total/, 'budget downgrades');
    has(/by \(model\) \(gateway_circuit_state/, 'breaker state per model');
    has(/by \([^)]*\borg\b[^)]*\) \(rate\(gateway_ratelimit_rejections_total/, 'rate-limit rejections by org');
    has(/by \(org\) \(gateway_ratelimit_queue_depth/, 'queue depth by org');
    has(/by \(org\) \(gateway_inflight_requests/, 'in-flight by org');
    has(/gateway_limit_store_up/, 'limit store up');
  });

  it('every histogram quantile groups by le', () => {
    for (const e of panelExprs().map(normalise)) {
      if (!e.includes('_bucket')) continue;
      expect(e, e).toMatch(/histogram_quantile\(0?\.\d+, sum by \([^)]*\ble\b[^)]*\) \(rate\(\w+_bucket\{/);
    }
  });

  it('uses only metrics the gateway registry exports, with labels they have', async () => {
    const { registry } = createMetrics();
    const exported = new Set((await registry.getMetricsAsJSON()).map((m) => m.name));
    for (const name of metricNamesInDashboard()) expect(exported, name).toContain(name);
    for (const name of metricNamesUsedByDashboards()) expect(exported, name).toContain(name);
    for (const expr of dashboardExprs()) expect(unknownLabels(expr, registry), expr).toEqual([]);
  });

  it('metricNamesUsedByDashboards() lists base names, gateway_* and process metrics', () => {
    const names = metricNamesUsedByDashboards();
    expect(names).toEqual([...new Set(names)].sort());
    expect(names).toContain('gateway_overhead_seconds');
    expect(names).toContain('gateway_circuit_state');
    expect(names).toContain('process_cpu_seconds_total');
    expect(names.some((n) => /_(bucket|sum|count)$/.test(n))).toBe(false);
  });

  const promtool = findPromtool();
  it.skipIf(!promtool && !process.env.CI)('every query is valid PromQL (promtool parses it as a recording rule)', () => {
    expect(promtool, 'promtool is required in CI: apt-get install prometheus').toBeDefined();
    const exprs = [
      ...panelExprs().map(grafanaToPromQL),
      ...dashboardExprs().map(labelValuesSelector).filter((s): s is string => s !== undefined),
    ];
    const dir = writeTempFiles({ 'dashboard-queries.yaml': recordingRulesFile(exprs) });
    const result = runPromtool(promtool!, ['check', 'rules', 'dashboard-queries.yaml'], dir);
    expect(result.output).toContain('SUCCESS');
    expect(result.ok, result.output).toBe(true);
  });
});

describe('Grafana dashboard ConfigMap', () => {
  const configMap = () => one('grafana/dashboard-configmap.yaml', 'ConfigMap');

  it('carries the dashboard JSON byte for byte', () => {
    expect(configMap().data['gateway-dashboard.json']).toBe(readFileSync(dashboardPath, 'utf8'));
  });

  it('has the Grafana sidecar label and fits kubectl apply (last-applied annotation < 256 KiB)', () => {
    expect(configMap().metadata.labels?.grafana_dashboard).toBe('1');
    expect(Buffer.byteLength(readFileSync(dashboardPath, 'utf8'))).toBeLessThan(200 * 1024);
  });

  it('is what build-configmap.mjs generates', () => {
    const out = spawnSync(process.execPath, [join(repoRoot, 'k8s/grafana/build-configmap.mjs'), '--check'], { encoding: 'utf8' });
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });
});
