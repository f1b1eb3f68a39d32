#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the top functions by self time with url:line,
// the same grouped by package / file, and the project's own functions by inclusive time.
// Positions in dist/*.js are mapped back to src/*.ts through the source maps when present.
// usage: node bench/top-functions.mjs FILE.cpuprofile [--top 25] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const META = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);

const maps = new Map();
function sourceMapFor(file) {
  if (!maps.has(file)) {
    let map;
    try {
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
    } catch {
      map = undefined;
    }
    maps.set(file, map);
  }
  return maps.get(file);
}

/** "src/pipeline/relay.ts:42" for project code, "node_modules/express/lib/router/index.js:12", "node:internal/...". */
function where(cf) {
  const url = cf.url || '';
  if (!url) return cf.functionName ? '(native)' : '';
  let line = cf.lineNumber + 1;
  if (!url.startsWith('file://')) return `${url}:${line}`;
  const file = fileURLToPath(url);
  let shown = relative(ROOT, file);
  if (!shown.includes('node_modules/')) {
    const entry = sourceMapFor(file)?.findEntry(cf.lineNumber, cf.columnNumber);
    if (entry && entry.originalSource) {
      const src = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : new URL(entry.originalSource, url).pathname;
      shown = relative(ROOT, src).replace(/^(\.\.\/)+work\/main\//, '');
      line = entry.originalLine + 1;
    }
  }
  return `${shown}:${line}`;
}

/** The group a position belongs to: a package, a project file, or node's internals. */
function groupOf(loc) {
  const nm = loc.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = loc.slice(nm + 'node_modules/'.length).split('/');
    return `pkg ${rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]}`;
  }
  if (loc.startsWith('node:')) return `node ${loc.replace(/^node:(internal\/)?/, '').split(/[/:]/)[0]}`;
  if (loc.startsWith('src/') || loc.startsWith('dist/')) return loc.replace(/:\d+$/, '');
  return loc || '(native/V8)';
}

export function summarise(profile, top = 25) {
  const { nodes, samples, timeDeltas } = profile;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  for (let i = 0; i < samples.length; i++) selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0));

  const fnKey = (n) => `${n.callFrame.functionName || '(anonymous)'}\u0000${where(n.callFrame)}`;
  let total = 0;
  let meta = {};
  const self = new Map();
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    total += us;
    const name = n.callFrame.functionName;
    if (META.has(name)) {
      meta[name] = (meta[name] ?? 0) + us;
      continue;
    }
    const k = fnKey(n);
    self.set(k, (self.get(k) ?? 0) + us);
    // Inclusive: every distinct function on the stack of this sample gets the time once.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const node = byId.get(cur);
      if (META.has(node.callFrame.functionName)) continue;
      const key = fnKey(node);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  const busy = total - (meta['(idle)'] ?? 0);
  const split = (k) => {
    const [fn, loc] = k.split('\u0000');
    return { fn, loc };
  };
  const selfRows = [...self.entries()].sort((a, b) => b[1] - a[1]).map(([k, us]) => ({ ...split(k), selfMs: us / 1000, pctBusy: (100 * us) / busy }));
  const groups = new Map();
  for (const r of selfRows) groups.set(groupOf(r.loc), (groups.get(groupOf(r.loc)) ?? 0) + r.selfMs);
  for (const [name, us] of Object.entries(meta)) if (name !== '(idle)' && name !== '(root)') groups.set(name, (groups.get(name) ?? 0) + us / 1000);
  const groupRows = [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([group, ms]) => ({ group, selfMs: ms, pctBusy: (100 * ms * 1000) / busy }));
  const project = [...inclusive.entries()]
    .map(([k, us]) => ({ ...split(k), inclusiveMs: us / 1000, pctBusy: (100 * us) / busy }))
    .filter((r) => r.loc.startsWith('src/') || r.loc.startsWith('dist/'))
    .sort((a, b) => b.inclusiveMs - a.inclusiveMs);
  return {
    durationMs: (profile.endTime - profile.startTime) / 1000,
    sampledMs: total / 1000,
    busyMs: busy / 1000,
    idleMs: (meta['(idle)'] ?? 0) / 1000,
    gcMs: (meta['(garbage collector)'] ?? 0) / 1000,
    programMs: (meta['(program)'] ?? 0) / 1000,
    topSelf: selfRows.slice(0, top),
    byGroup: groupRows.slice(0, top),
    projectInclusive: project.slice(0, top),
  };
}

export function render(s, title = '') {
  const out = [];
  const pct = (v) => `${v.toFixed(1).padStart(5)}%`;
  out.push(`${title}${title ? ': ' : ''}${s.durationMs.toFixed(0)} ms profiled, ${s.busyMs.toFixed(0)} ms busy (${s.idleMs.toFixed(0)} ms idle); GC ${s.gcMs.toFixed(0)} ms, (program) ${s.programMs.toFixed(0)} ms`);
  out.push('', `Top ${s.topSelf.length} functions by self time (% of busy time):`);
  s.topSelf.forEach((r, i) => out.push(`${String(i + 1).padStart(3)}. ${pct(r.pctBusy)} ${r.selfMs.toFixed(1).padStart(8)} ms  ${r.fn}  ${r.loc}`));
  out.push('', 'Self time by package / file:');
  for (const r of s.byGroup) out.push(`     ${pct(r.pctBusy)} ${r.selfMs.toFixed(1).padStart(8)} ms  ${r.group}`);
  out.push('', 'Project functions by inclusive time (self + callees):');
  for (const r of s.projectInclusive) out.push(`     ${pct(r.pctBusy)} ${r.inclusiveMs.toFixed(1).padStart(8)} ms  ${r.fn}  ${r.loc}`);
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' }, json: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length === 0) {
    process.stderr.write('usage: node bench/top-functions.mjs FILE.cpuprofile [--top 25] [--json]\n');
    process.exit(2);
  }
  for (const file of positionals) {
    const s = summarise(JSON.parse(readFileSync(file, 'utf8')), Number(values.top));
    process.stdout.write(values.json ? `${JSON.stringify(s)}\n` : `${render(s, file)}\n\n`);
  }
}
