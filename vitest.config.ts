import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests assert behaviour, never speed: a run of the real CLI on a loaded 2-core machine may
    // take many times its usual second, and a timeout is only there to catch a hang. Timing
    // lives in `npm run bench`.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
