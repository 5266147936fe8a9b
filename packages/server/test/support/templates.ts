import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { connectDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';
import { seedDemoData } from '../../src/seed/demo-seed.ts';
import { testRun } from './test-run.ts';

export type TemplateKind = 'seeded' | 'migrated';

/** What a database of this kind holds: the migrations, and for 'seeded' the demo data too. */
export async function prepareDatabase(db: Kysely<Database>, kind: TemplateKind): Promise<void> {
  await migrateToLatest(db as never);
  if (kind === 'seeded') await seedDemoData(db);
}

/** `build` run once per kind in this worker, its promise shared by every test app that asks. */
export function oncePerKind(
  build: (kind: TemplateKind) => Promise<string | undefined>,
): (kind: TemplateKind) => Promise<string | undefined> {
  const made = new Map<TemplateKind, Promise<string | undefined>>();
  return (kind) => {
    let m = made.get(kind);
    if (!m) {
      m = build(kind);
      made.set(kind, m);
    }
    return m;
  };
}

/**
 * A PGlite folder, migrated (and seeded with the demo data), made once per test run and copied for
 * each test app: initdb, the migrations and the seed cost about 4 s a fresh folder on a quiet
 * machine, a copy about 0.1 s. Undefined when the run has no template place (no global setup).
 */
export const pgliteTemplate = oncePerKind(buildPgliteTemplate);

async function buildPgliteTemplate(kind: TemplateKind): Promise<string | undefined> {
  const run = testRun();
  if (!run) return undefined;
  const final = path.join(run.templateDir, `pglite-${kind}`);
  if (fs.existsSync(final)) return final;
  // Two test files may start at once and both build; the first rename wins and the other copy goes.
  const mine = fs.mkdtempSync(path.join(run.templateDir, `building-${kind}-`));
  const handle = await connectDatabase({ dataDir: mine });
  await prepareDatabase(handle.db, kind);
  await handle.db.destroy();
  try {
    fs.renameSync(mine, final);
  } catch {
    fs.rmSync(mine, { recursive: true, force: true });
  }
  return final;
}

/** Fills an empty data folder from the run's template; false when there is none (the caller builds). */
export async function copyPgliteTemplate(kind: TemplateKind, dataDir: string): Promise<boolean> {
  const template = await pgliteTemplate(kind);
  if (!template) return false;
  fs.cpSync(template, dataDir, { recursive: true });
  return true;
}
