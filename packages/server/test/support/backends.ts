import { describe } from 'vitest';
import { makeTestApp, type TestApp } from './app.ts';
import { createTestDatabase, requirePostgres } from './postgres.ts';

export type { TestApp };
export type Backend = 'PGlite' | 'PostgreSQL';
type AppOptions = Omit<NonNullable<Parameters<typeof makeTestApp>[0]>, 'databaseUrl'>;

// Decided once per test file: under CI a missing PostgreSQL fails here instead of skipping.
const postgres = await requirePostgres();

/**
 * The same tests on embedded PGlite and on real PostgreSQL (a throw-away database per app), as
 * production may run either. `make` builds a fresh app on the backend of this block.
 */
export function describeOnEachDatabase(name: string, body: (make: (opts?: AppOptions) => Promise<TestApp>) => void) {
  describe(`${name} (PGlite)`, () => body((opts) => makeTestApp(opts)));
  describe.runIf(postgres)(`${name} (PostgreSQL)`, () =>
    body(async (opts) => {
      const database = await createTestDatabase('t', { from: opts?.seed === false ? 'migrated' : 'seeded' });
      const t = await makeTestApp({ ...opts, databaseUrl: database.url });
      return {
        ...t,
        async close() {
          await t.close();
          await database.drop();
        },
      };
    }),
  );
}
