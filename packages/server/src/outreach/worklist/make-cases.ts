import type { MappedRow } from '@jibsa/lists';
import { checkHousehold, todayIso } from '@jibsa/programs';
import type { Label } from '@jibsa/rules';
import type { Kysely } from 'kysely';
import { inScope, type RecordScope } from '../../access/scope.ts';
import type { StaffIdentity } from '../../auth/sessions.ts';
import { saveVersioned } from '../../cases/events.ts';
import { insertCase } from '../../cases/insert-case.ts';
import { findDuplicates, nextCaseNumber } from '../../cases/queries.ts';
import type { Database, District } from '../../db/schema.ts';
import { countCase } from '../jobs/year-counts.ts';

export type RowOutcome =
  | { row: number; outcome: 'created' | 'linked' | 'already'; caseId: string; caseNumber: string }
  | { row: number; outcome: 'refused'; reason: Label };

const REFUSED = {
  bad: { ko: '읽지 못한 행이라 사례를 만들 수 없습니다.', en: 'This row could not be read, so no case can be made.' },
  gone: { ko: '올린 파일에서 이 행을 찾지 못했습니다.', en: 'This row is no longer in the uploaded file.' },
  noName: {
    ko: '이름 열이 연결되지 않아 사례를 만들 수 없습니다.',
    en: 'No column is mapped to the name, so no case can be made.',
  },
  noDistrict: {
    ko: '어느 구의 가구인지 알 수 없습니다 (구나 주소 열을 연결해 주세요).',
    en: 'The district is unknown (map a 구 or address column).',
  },
  outsideGwangju: {
    ko: '광주 밖에 사는 가구라 이 센터의 사례로 만들 수 없습니다. 사는 곳의 행정복지센터나 주거복지센터로 안내해 주세요.',
    en: 'This household lives outside Gwangju, so no case can be made here. Refer them to the welfare office where they live.',
  },
  otherDistrict: {
    ko: '다른 구의 가구입니다. 그 구에서 만들어야 합니다.',
    en: 'This household belongs to another district.',
  },
} satisfies Record<string, Label>;

export interface WorklistSource {
  jobId: string;
  listId: string;
  fileName: string;
  jobDistrict: District | null;
}

/**
 * Turns one screened row into work: a new case in the household's 구, or — when intake's duplicate
 * check (same name and birth date, or phone) finds the person — a link to the case they have, so a
 * household is never opened twice. The case starts with no consent (source 발굴): referrals stay
 * blocked until a counselor records the household's consent. The timeline names the list and row.
 */
export async function caseFromRow(
  db: Kysely<Database>,
  staff: StaffIdentity,
  scope: RecordScope,
  source: WorklistSource,
  result: { row_number: number; ok: boolean; district: District | null; case_id: string | null },
  mapped: MappedRow | undefined,
): Promise<RowOutcome> {
  const row = result.row_number;
  if (result.case_id) {
    const c = await db.selectFrom('case_record').select('number').where('id', '=', result.case_id).executeTakeFirst();
    if (c) return { row, outcome: 'already', caseId: result.case_id, caseNumber: c.number };
  }
  if (!result.ok) return { row, outcome: 'refused', reason: REFUSED.bad };
  if (!mapped) return { row, outcome: 'refused', reason: REFUSED.gone };
  const name = mapped.reference?.trim();
  if (!name) return { row, outcome: 'refused', reason: REFUSED.noName };
  const district = result.district ?? source.jobDistrict;
  if (!district)
    return { row, outcome: 'refused', reason: livesOutside(mapped) ? REFUSED.outsideGwangju : REFUSED.noDistrict };
  if (!inScope(scope, district)) return { row, outcome: 'refused', reason: REFUSED.otherDistrict };

  const head = ((mapped.household.members as Record<string, unknown>[] | undefined)?.[0] ?? {}) as {
    birthDate?: string;
  };
  const birthDate = head.birthDate ?? null;
  // Read from the file again for this moment only (results keep no phone); kept on the case as intake keeps it.
  const phone = mapped.phone;
  const from = { from: 'outreach', jobId: source.jobId, listId: source.listId, list: source.fileName, row };
  const claim = (trx: Parameters<Parameters<typeof saveVersioned>[5] & object>[0], caseId: string) =>
    trx
      .updateTable('outreach_result')
      .set({ case_id: caseId })
      .where('job_id', '=', source.jobId)
      .where('row_number', '=', row)
      .where('case_id', 'is', null)
      .executeTakeFirst()
      .then(async (r) => {
        if (Number(r.numUpdatedRows) !== 1) throw new AlreadyTaken();
        await countCase(trx, source.jobId, row);
      });

  const same = await findDuplicates(
    db,
    { all: false, district },
    { name, birthDate: birthDate ?? undefined, phone: phone ?? undefined },
  );
  const match = same[0];
  try {
    if (match) {
      const current = await db
        .selectFrom('case_record')
        .select('version')
        .where('id', '=', match.caseId)
        .executeTakeFirstOrThrow();
      await saveVersioned(
        db,
        match.caseId,
        current.version,
        {},
        { actorId: staff.id, kind: 'linked', detail: from },
        (trx) => claim(trx, match.caseId),
      );
      return { row, outcome: 'linked', caseId: match.caseId, caseNumber: match.number };
    }
    const today = todayIso();
    const household = checkHousehold(mapped.household, today).ok ? mapped.household : null;
    const number = await nextCaseNumber(db, Number(today.slice(0, 4)));
    const created = await db.transaction().execute(async (trx) => {
      const c = await insertCase(
        trx,
        {
          district,
          assigneeId: staff.role === 'counselor' && staff.district === district ? staff.id : null,
          people: [{ name, birthDate, relation: 'head', phone }],
          household,
          consent: {
            collection: false,
            sharing: false,
            source: 'outreach',
            recordedAt: new Date().toISOString(),
            recordedBy: null,
          },
          actorId: staff.id,
          createdFrom: from,
        },
        number,
      );
      await claim(trx, c.id);
      return c;
    });
    return { row, outcome: 'created', caseId: created.id, caseNumber: created.number };
  } catch (error) {
    if (!(error instanceof AlreadyTaken)) throw error;
    // Someone turned this row into work a moment ago: answer what they made.
    const now = await db
      .selectFrom('outreach_result as r')
      .innerJoin('case_record as c', 'c.id', 'r.case_id')
      .select(['c.id', 'c.number'])
      .where('r.job_id', '=', source.jobId)
      .where('r.row_number', '=', row)
      .executeTakeFirstOrThrow();
    return { row, outcome: 'already', caseId: now.id, caseNumber: now.number };
  }
}

class AlreadyTaken extends Error {}

/** Whether the row's address or 구 column places the household outside Gwangju (not merely unknown). */
function livesOutside(mapped: MappedRow): boolean {
  const checked = checkHousehold(mapped.household, todayIso());
  return checked.ok && (checked.value as { gwangjuDistrict?: string }).gwangjuDistrict === 'outside';
}
