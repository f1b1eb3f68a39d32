import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createMetrics } from '../../src/metrics/registry.js';
import { one } from './manifests.js';
import { alertRuleGroups, metricNamesInAlertRules } from './metric-names.js';
import { findPromtool, runPromtool, unknownLabels, writeTempFiles } from './promql.js';

const rules = () => alertRuleGroups().groups.flatMap((g) => g.rules);
const alert = (name: string) => {
  const found = rules().find((r) => r.alert === name);
  if (!found) throw new Error(`no alert ${name}`);
  return { expr: String(found.expr).replace(/\s+/g, ' ').trim(), for: found['for'] as string | undefined };
};

describe('PrometheusRule', () => {
  it('is a monitoring.coreos.com/v1 PrometheusRule', () => {
    const rule = one('prometheus-rules.yaml', 'PrometheusRule');
    expect(rule.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(rule.spec.groups.length).toBeGreaterThan(0);
  });

  it('alerts on a breaker open for more than 5 minutes', () => {
    const a = alert('LLMGatewayCircuitOpen');
    expect(a.expr).toMatch(/gateway_circuit_state\)? == 2$/);
    expect(a.for).toBe('5m');
  });

  it('burns the 5xx error budget on two windows each (multi-window, multi-burn-rate)', () => {
    const windows = (expr: string): string[] => [...expr.matchAll(/gateway_requests_total\{code=~"5\.\."\}\[(\w+)\]/g)].map((m) => m[1]!);
    expect(windows(alert('LLMGatewayErrorBudgetBurnFast').expr)).toEqual(['1h', '5m']);
    expect(alert('LLMGatewayErrorBudgetBurnFast').expr).toContain('> (14.4 * 0.005)');
    expect(windows(alert('LLMGatewayErrorBudgetBurnMedium').expr)).toEqual(['6h', '30m']);
    expect(windows(alert('LLMGatewayErrorBudgetBurnSlow').expr)).toEqual(['1d', '2h']);
    expect(alert('LLMGatewayTierOutage').expr).toMatch(/sum by \(namespace, tier\)/);
    expect(alert('LLMGatewayAllBreakersOpen').expr).toBe('min by (namespace, pod) (gateway_circuit_state) == 2');
    expect(alert('LLMGatewayConfigReloadRejected').expr).toContain('gateway_config_last_reload_successful');
  });

  it('alerts on rate-limit rejection spikes, overhead p99 above 50 ms and a lost limit store', () => {
    expect(alert('LLMGatewayRateLimitRejectionSpike').expr).toContain('gateway_ratelimit_rejections_total');
    expect(alert('LLMGatewayOverheadHigh').expr).toMatch(
      /^histogram_quantile\(0\.99, sum by \([^)]*\ble\)? ?[^)]*\) \(rate\(gateway_overhead_seconds_bucket\[\w+\]\)\)\) > 0\.05$/,
    );
    expect(alert('LLMGatewayLimitStoreDown').expr).toMatch(/gateway_limit_store_up\)? == 0$/);
  });

  it('alerts at 80% and 100% of an org\'s USD limit, per window', () => {
    for (const [name, ratio] of [['LLMGatewayBudget80Percent', '0.8'], ['LLMGatewayBudgetExhausted', '1']] as const) {
      expect(alert(name).expr).toBe(
        `max by (namespace, org, window) (gateway_budget_spent_usd) / on (namespace, org, window) max by (namespace, org, window) (gateway_budget_limit_usd) >= ${ratio}`,
      );
    }
  });

  it('every alert has a severity, a summary and a description', () => {
    for (const r of rules()) {
      if (!r.alert) continue;
      expect(['warning', 'critical'], r.alert).toContain((r.labels as Record<string, string>)?.severity);
      expect((r.annotations as Record<string, string>)?.summary, r.alert).toBeTruthy();
      expect((r.annotations as Record<string, string>)?.description, r.alert).toBeTruthy();
    }
  });

  it('uses only metrics the gateway registry exports, with labels they have', async () => {
    const { registry } = createMetrics();
    const exported = new Set((await registry.getMetricsAsJSON()).map((m) => m.name));
    for (const name of metricNamesInAlertRules()) expect(exported, name).toContain(name);
    for (const r of rules()) expect(unknownLabels(String(r.expr), registry), r.alert).toEqual([]);
  });

  const promtool = findPromtool();
  const needPromtool = !promtool && !process.env.CI;

  it.skipIf(needPromtool)('passes `promtool check rules`', () => {
    expect(promtool, 'promtool is required in CI: apt-get install prometheus').toBeDefined();
    const dir = writeTempFiles({ 'rules.yaml': YAML.stringify(alertRuleGroups()) });
    const result = runPromtool(promtool!, ['check', 'rules', 'rules.yaml'], dir);
    expect(result.output).toMatch(/SUCCESS: \d+ rules found/);
    expect(result.ok, result.output).toBe(true);
  });

  it.skipIf(needPromtool)('fires as intended on synthetic series (`promtool test rules`)', () => {
    expect(promtool, 'promtool is required in CI: apt-get install prometheus').toBeDefined();
    // Annotations are templated text; the unit tests compare labels only.
    const groups = alertRuleGroups();
    for (const g of groups.groups) for (const r of g.rules) delete r.annotations;
    const tests = readFileSync(join(import.meta.dirname, 'alerts.promtool.yaml'), 'utf8');
    const dir = writeTempFiles({ 'rules.yaml': YAML.stringify(groups), 'alerts.promtool.yaml': tests });
    const result = runPromtool(promtool!, ['test', 'rules', 'alerts.promtool.yaml'], dir);
    expect(result.ok, result.output).toBe(true);
  });
});
