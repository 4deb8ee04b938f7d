import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Most of the suite's time is spent starting `node bin/cnmetrics.js` (~240 runs). Node reads and
// parses the NODE_EXTRA_CA_CERTS bundle at every start (~40 ms of CPU each on the dev machine),
// and the CLI opens no TLS connection: the test processes and the CLIs they start go without it.
delete process.env.NODE_EXTRA_CA_CERTS;

export default defineConfig({
  test: {
    // Tests assert behaviour, never speed: a run of the real CLI on a loaded 2-core machine may
    // take many times its usual second, and a timeout is only there to catch a hang. Timing
    // lives in `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Vitest's default for `run` is one worker per core less one: on the 2-core dev machine, one
    // file at a time. A test file mostly waits on the CLI it spawned, so two files at once keep
    // both cores busy; larger machines keep the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // No test mocks modules or keeps state between files (the library's lazily built tables are
    // the same for every caller), so files share one module graph per worker instead of
    // importing src/ afresh each (a quarter of a second of CPU per file, measured).
    isolate: false,
  },
});
