import { defineConfig } from 'vitest/config';

// The journeys in Firefox ESR (tests/e2e/extension.firefox.ts), one file, one browser at a time.
// Room for a machine busy with other work: Firefox alone takes seconds to start and install the
// add-on. No test waits on time, only on states; the waits inside a test give up after a minute
// and say what they waited for, so these limits are only the backstop and must be longer.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.firefox.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
    // expect.poll without a timeout of its own waits as long as the tests' named waits, not 1 s.
    expect: { poll: { timeout: 60_000, interval: 100 } },
    fileParallelism: false,
  },
});
