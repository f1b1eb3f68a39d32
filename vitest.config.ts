import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests bind real ports and spawn processes; files run in parallel, tests within a file in order.
    pool: 'forks',
    // Vitest's default is one worker per core less one: a single worker on a 2-core machine, idle while a
    // test waits on a socket or a child process. Two keep both cores busy.
    maxWorkers: 2,
  },
});
