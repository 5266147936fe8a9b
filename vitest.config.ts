import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/test/**/*.test.{ts,tsx}',
      // A program's tests sit beside its rules (packages/programs/src/programs/<id>/).
      'packages/*/src/**/*.test.ts',
      'cli/test/**/*.test.ts',
      'e2e/tests/**/*.test.ts',
    ],
    // Two cores: keep parallelism modest so browser and database tests do not starve each other.
    maxWorkers: 2,
    // Template databases made once per run and copied for each test app (packages/server/test/support/templates.ts).
    globalSetup: ['packages/server/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
