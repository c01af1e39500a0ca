import { defineConfig } from 'vitest/config';

// The journeys in Firefox ESR (tests/e2e/extension.firefox.ts). Firefox takes several seconds to
// start and install the add-on on a busy machine, hence the long hook timeout; no test waits on
// time, only on states, so the limits only bound how long a broken run hangs.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.firefox.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
