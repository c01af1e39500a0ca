import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Room for a machine busy with other work (about three times slower than a quiet one). The
    // waits inside a test give up after a minute and say what they waited for, so a test's own
    // timeout is only the backstop: it must be longer than any wait, or it would fire first and
    // name nothing.
    testTimeout: 300_000,
    hookTimeout: 180_000,
    // expect.poll without a timeout of its own waits as long as the tests' named waits, not 1 s.
    expect: { poll: { timeout: 60_000, interval: 100 } },
    fileParallelism: false,
  },
});
