import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // A hung test still fails, but a slow machine does not: on a loaded 2-core machine e2e tests that take
    // 1–4 s idle take 5–20 s, and a timeout must stay at least 5× a test's idle time (issue 23).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two files at a time even on 2 cores (vitest's default there is one): many tests wait on child processes,
    // loopback servers and real-time retries, so the suite takes 212 s instead of 361 s, and stays green with
    // another CPU-heavy job running.
    maxWorkers: 2,
  },
});
