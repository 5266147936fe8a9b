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
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
