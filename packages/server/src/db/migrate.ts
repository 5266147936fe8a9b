import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely';
import * as init from './migrations/0001-init.ts';
import * as hardening from './migrations/0002-hardening.ts';
import * as cases from './migrations/0003-cases.ts';
import * as board from './migrations/0004-board.ts';
import * as accounts from './migrations/0005-accounts.ts';
import * as referrals from './migrations/0006-referrals.ts';
import * as pathway from './migrations/0007-pathway.ts';
import * as notices from './migrations/0008-notices.ts';
import * as outreach from './migrations/0009-outreach.ts';
import * as caseList from './migrations/0012-case-list.ts';
import * as outreachWorklist from './migrations/0013-outreach-worklist.ts';
import * as appSetting from './migrations/0014-app-setting.ts';
import * as programIds from './migrations/0015-program-ids.ts';
import * as outreachYearCounts from './migrations/0016-outreach-year-counts.ts';
import * as outreachWhatIfRun from './migrations/0017-outreach-whatif-run.ts';
import * as caseHousingAnswers from './migrations/0018-case-housing-answers.ts';
import * as referralHoldReason from './migrations/0019-referral-hold-reason.ts';
import * as boardRevisionRedaction from './migrations/0020-board-revision-redaction.ts';
import * as outreachListHeaderRow from './migrations/0021-outreach-list-header-row.ts';
import * as outreachJobTallies from './migrations/0022-outreach-job-tallies.ts';
import * as outreachProblemRows from './migrations/0023-outreach-problem-rows.ts';
import * as outreachMissingPaths from './migrations/0024-outreach-missing-paths.ts';
import * as outreachEligibleRows from './migrations/0025-outreach-eligible-rows.ts';
import * as outreachUnspokenReceipts from './migrations/0026-outreach-unspoken-receipts.ts';
import * as taskEnglishTitle from './migrations/0027-task-english-title.ts';
import * as referralGoal from './migrations/0028-referral-goal.ts';
import * as outreachAssumeNone from './migrations/0029-outreach-assume-none.ts';
import * as consultationLanguage from './migrations/0030-consultation-language.ts';

/** Migrations are imported statically so the bundled server carries them; order is by name. */
const MIGRATIONS: Record<string, Migration> = {
  '0001-init': init,
  '0002-hardening': hardening,
  '0003-cases': cases,
  '0004-board': board,
  '0005-accounts': accounts,
  '0006-referrals': referrals,
  '0007-pathway': pathway,
  '0008-notices': notices,
  '0009-outreach': outreach,
  '0012-case-list': caseList,
  '0013-outreach-worklist': outreachWorklist,
  '0014-app-setting': appSetting,
  '0015-program-ids': programIds,
  '0016-outreach-year-counts': outreachYearCounts,
  '0017-outreach-whatif-run': outreachWhatIfRun,
  '0018-case-housing-answers': caseHousingAnswers,
  '0019-referral-hold-reason': referralHoldReason,
  '0020-board-revision-redaction': boardRevisionRedaction,
  '0021-outreach-list-header-row': outreachListHeaderRow,
  '0022-outreach-job-tallies': outreachJobTallies,
  '0023-outreach-problem-rows': outreachProblemRows,
  '0024-outreach-missing-paths': outreachMissingPaths,
  '0025-outreach-eligible-rows': outreachEligibleRows,
  '0026-outreach-unspoken-receipts': outreachUnspokenReceipts,
  '0027-task-english-title': taskEnglishTitle,
  '0028-referral-goal': referralGoal,
  '0029-outreach-assume-none': outreachAssumeNone,
  '0030-consultation-language': consultationLanguage,
};

class StaticProvider implements MigrationProvider {
  async getMigrations() {
    return MIGRATIONS;
  }
}

export function migrator(db: Kysely<unknown>): Migrator {
  // Numbers are handed out to parallel work ahead of time, so 0006 can land after 0008: a database
  // that already ran 0008 must still run 0006 (each migration touches only its own tables).
  return new Migrator({ db, provider: new StaticProvider(), allowUnorderedMigrations: true });
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when every known migration has run: what /readyz reports. */
export async function migrationsCurrent(db: Kysely<unknown>): Promise<boolean> {
  const all = await migrator(db).getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
