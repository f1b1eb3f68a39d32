import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const module = new URL('../../src/config/lower-thread-priority.ts', import.meta.url).href;

// In a process of its own, so that this test runner keeps its priority: a worker thread lowers its own priority
// (as the config loader's does); then the nice values of that thread and of every other thread of the process.
const worker = `
import { readlinkSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';
const { lowerThreadPriority } = await tsImport(${JSON.stringify(module)}, import.meta.url);
const lowered = lowerThreadPriority();
parentPort.postMessage({ lowered, tid: readlinkSync('/proc/thread-self').split('/').pop() });
setTimeout(() => {}, 1000);
`;
const script = `
import { readdirSync, readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
const nice = (tid) => Number(readFileSync('/proc/self/task/' + tid + '/stat', 'utf8').split(') ')[1].split(' ')[16]);
const w = new Worker(${JSON.stringify(worker)}, { eval: true });
w.once('message', ({ lowered, tid }) => {
  const others = readdirSync('/proc/self/task').filter((t) => t !== tid).map(nice);
  console.log(JSON.stringify({ lowered, worker: nice(tid), main: nice(process.pid), others }));
  process.exit(0);
});
`;

describe('lowerThreadPriority: the config loader thread yields the CPU to the thread that serves requests', () => {
  it.runIf(existsSync('/proc/thread-self'))('sets nice 19 on the calling thread only, not on the main thread', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as { lowered: boolean; worker: number; main: number; others: number[] };
    expect(seen.lowered).toBe(true);
    expect(seen.worker).toBe(19);
    expect(seen.main).toBe(0);
    expect(seen.others.length).toBeGreaterThan(0);
    expect(seen.others.every((n) => n === 0)).toBe(true);
  });
});
