import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Each test file in a process of its own: the growth checks measure this process's CPU time
    // (tests/support/growth.ts), which in a shared worker thread would include other files' work.
    pool: 'forks',
    // Room for a machine busy with other work (two CPU-bound processes beside the suite on two
    // cores make every test about three times slower); a hang still ends the run.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
