import { defineConfig } from 'vitest/config';
import { preactAliases } from './packages/web/build/preact-aliases.ts';

const SERVER_TESTS = 'packages/server/test/**/*.test.{ts,tsx}';

export default defineConfig({
  test: {
    // Two cores: keep parallelism modest so browser and database tests do not starve each other.
    maxWorkers: 2,
    // Template databases made once per run and copied for each test app (packages/server/test/support/templates.ts).
    globalSetup: ['packages/server/test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          include: [SERVER_TESTS],
          // Server test files share a worker's loaded modules: each would otherwise import the whole
          // app again and compile its schemas again (half the server tests' CPU time). They mock no
          // module and keep their state in their own apps, so nothing leaks from file to file.
          isolate: false,
        },
      },
      {
        extends: true,
        // The web app's components render with Preact, as they ship (packages/web/build/preact-aliases.ts).
        resolve: { alias: preactAliases },
        test: {
          name: 'rest',
          include: [
            'packages/*/test/**/*.test.{ts,tsx}',
            // A program's tests sit beside its rules (packages/programs/src/programs/<id>/).
            'packages/*/src/**/*.test.ts',
            'cli/test/**/*.test.ts',
            'e2e/tests/**/*.test.ts',
          ],
          exclude: [SERVER_TESTS, '**/node_modules/**'],
        },
      },
    ],
  },
});
