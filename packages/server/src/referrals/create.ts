import { canonicalProgramId, todayIso } from '@jibsa/programs';
import { type Insertable, type Kysely, sql, type Transaction } from 'kysely';
import type { StaffIdentity } from '../auth/sessions.ts';
import type { CaseRow } from '../cases/access.ts';
import { addEvent } from '../cases/events.ts';
import type { ProgramSnapshot } from '../cases/screening.ts';
import type { Database, ReferralTable } from '../db/schema.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { fieldError } from '../http/problem.ts';
import { REFERRAL_COLUMNS, type ReferralRow } from './access.ts';
import { addBusinessDays } from './business-days.ts';
import { notifyOtherSide } from './notify.ts';
import type { ShareField } from './schemas.ts';
import { OPEN, REFERRAL_STATUS_LABEL } from './vocabulary.ts';

export interface NewReferral {
  serviceId: string;
  message: string;
  sharedFields: ShareField[];
  businessDays?: number;
  previousReferralId?: string;
  goal?: string;
}

/**
 * Sends a case to a service. Only with the household's consent to sharing; the screening summary
 * of the programs the service delivers goes as it stands (program, name, status: no figures); a
 * re-send after a rejection points back
 * to the refused one so the history stays in one chain.
 */
export async function createReferral(
  db: Kysely<Database>,
  c: CaseRow,
  staff: StaffIdentity,
  body: NewReferral,
): Promise<{ referral: ReferralRow; notified: string[] }> {
  if (c.status === 'closed') {
    throw fail('JIBSA_CASE_STATE', {
      ko: '종결된 사례는 연계할 수 없습니다.',
      en: 'A closed case cannot be referred.',
    });
  }
  if (!(c.consent as { sharing?: boolean }).sharing) {
    throw fail('JIBSA_CONSENT_MISSING', {
      ko: '정보 제공 동의가 없어 다른 기관에 연계할 수 없습니다. 먼저 동의를 받아 기록해 주세요.',
      en: 'The household has not agreed to sharing: record consent before referring.',
      errors: [
        {
          path: 'consent.sharing',
          code: 'consent',
          detail: 'consent.sharing: 연계 기관 정보 제공 동의가 필요합니다.',
          detail_en: 'consent.sharing: consent to sharing with partner agencies is needed.',
        },
      ],
    });
  }
  const service = await db
    .selectFrom('agency_service')
    .innerJoin('agency', 'agency.id', 'agency_service.agency_id')
    .select([
      'agency_service.id',
      'agency_service.agency_id',
      'agency_service.name',
      'agency_service.response_business_days',
      'agency_service.program_ids',
      'agency.name as agency_name',
    ])
    .where('agency_service.id', '=', body.serviceId)
    .where('agency_service.active', '=', true)
    .where('agency.active', '=', true)
    .executeTakeFirst();
  if (!service) {
    throw invalid([{ path: 'serviceId', ko: '그런 연계 서비스가 없습니다.', en: 'no such (active) service.' }]);
  }
  if (body.previousReferralId) {
    const prev = await db
      .selectFrom('referral')
      .select(['case_id', 'status'])
      .where('id', '=', body.previousReferralId)
      .executeTakeFirst();
    if (!prev || prev.case_id !== c.id) {
      throw invalid([
        { path: 'previousReferralId', ko: '이 사례의 연계가 아닙니다.', en: 'not a referral of this case.' },
      ]);
    }
    if (prev.status !== 'rejected' && prev.status !== 'cancelled') {
      throw fail('JIBSA_REFERRAL_STATE', {
        ko: '거절되거나 취소된 연계만 다른 곳으로 다시 보낼 수 있습니다.',
        en: 'Only a rejected or cancelled referral can be re-sent elsewhere.',
      });
    }
  }
  if (body.goal !== undefined) refuseGoal(c, body.goal);
  const due = await addBusinessDays(todayIso(), body.businessDays ?? service.response_business_days);
  const latest = await db
    .selectFrom('case_screening')
    .select('results')
    .where('case_id', '=', c.id)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  // Only the programs this service delivers: LH's 주거취약계층 team has no need of 생계·의료급여
  // results (every program's went before, whatever fields the counselor chose to share).
  const delivers = new Set(service.program_ids);
  const summary = ((latest?.results as ProgramSnapshot[] | undefined) ?? [])
    .filter((p) => delivers.has(canonicalProgramId(p.id)))
    .map((p) => ({ id: p.id, name: p.name, status: p.status }));
  return db.transaction().execute(async (trx) => {
    await refuseSecondOpen(trx, c.id, service);
    const referral = await trx
      .insertInto('referral')
      .values({
        ...(await newReferralRow(trx, todayIso(), {
          caseId: c.id,
          service,
          message: body.message.trim(),
          sharedFields: body.sharedFields,
          summary,
          dueOn: due.dueOn,
          createdBy: staff.id,
        })),
        previous_referral_id: body.previousReferralId ?? null,
        goal: body.goal ?? null,
      })
      .returning(REFERRAL_COLUMNS)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('referral_event')
      .values({ referral_id: referral.id, actor_id: staff.id, from_status: null, to_status: 'requested' })
      .execute();
    await addEvent(trx, {
      caseId: c.id,
      actorId: staff.id,
      kind: 'referral',
      version: 0,
      detail: {
        referralId: referral.id,
        number: referral.number,
        agency: service.agency_name,
        service: service.name,
        from: null,
        to: 'requested',
        dueOn: due.dueOn,
        sharedFields: body.sharedFields,
        ...(body.previousReferralId ? { resentFrom: body.previousReferralId } : {}),
      },
    });
    await advanceCaseToReferral(trx, c.id, staff.id, referral.id);
    const notified = await notifyOtherSide(trx, referral, 'center', staff.id, 'status.requested');
    return { referral, notified };
  });
}

/** A referral serves a goal still to reach on the case's plan, named in its words as they are now. */
function refuseGoal(c: CaseRow, goal: string) {
  const found = c.plan.find((g) => g.goal === goal);
  if (!found) {
    throw invalid([
      {
        path: 'goal',
        ko: '이 사례의 서비스 계획에 없는 목표입니다.',
        en: "not a goal of this case's service plan.",
      },
    ]);
  }
  if (found.done) {
    throw invalid([
      {
        path: 'goal',
        ko: '이미 이룬 목표입니다. 아직 이루지 않은 목표를 골라 주세요.',
        en: 'that goal is already achieved: choose one still to reach.',
      },
    ]);
  }
}

/**
 * One open referral per case and service: a second one while the first is still being worked
 * (requested … on-hold) would have the agency do the same work twice, and the counselor follow two
 * answers. The case row is locked first, so two sends at the same moment (two counselors, a
 * double click) wait for each other and the second finds the first. Once the first has ended
 * (declined, completed, cancelled) the service may be asked again.
 */
async function refuseSecondOpen(
  trx: Transaction<Database>,
  caseId: string,
  service: { id: string; name: string; agency_name: string },
) {
  await trx.selectFrom('case_record').select('id').where('id', '=', caseId).forUpdate().executeTakeFirstOrThrow();
  const open = await trx
    .selectFrom('referral')
    .select(['number', 'status'])
    .where('case_id', '=', caseId)
    .where('service_id', '=', service.id)
    .where('status', 'in', [...OPEN])
    .orderBy('created_at')
    .executeTakeFirst();
  if (!open) return;
  const now = REFERRAL_STATUS_LABEL[open.status];
  throw fail('JIBSA_REFERRAL_OPEN', {
    ko: `이 가구는 '${service.agency_name} · ${service.name}'에 이미 연계 중입니다 (${open.number}, 지금: ${now.ko}). 그 연계가 끝난 뒤에 다시 보낼 수 있습니다. 더 알릴 것은 그 연계에 메시지로 보내 주세요.`,
    en: `This household already has an open referral to '${service.agency_name} · ${service.name}' (${open.number}, now: ${now.en}). It can be sent there again once that one has ended; send anything more as a message on it.`,
    errors: [
      fieldError(
        'serviceId',
        `이미 연계 중인 서비스입니다 (${open.number}).`,
        `an open referral to this service exists (${open.number}).`,
        'open',
      ),
    ],
  });
}

/** Steps before 연계 in the case flow; a case further on (모니터링) keeps its status. */
const BEFORE_REFERRAL = ['intake', 'counseling', 'planning'] as const;

/**
 * Sending a referral is the 연계 step of the case, so a case still at 접수, 상담 or 계획 moves to
 * 연계 with a status entry on its timeline. The case's version goes up like any other change, so
 * an edit made from an older screen gets the usual 409 instead of undoing the move.
 */
export async function advanceCaseToReferral(
  trx: Transaction<Database>,
  caseId: string,
  actorId: string,
  referralId: string,
) {
  const now = await trx
    .selectFrom('case_record')
    .select('status')
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!(BEFORE_REFERRAL as readonly string[]).includes(now.status)) return;
  const saved = await trx
    .updateTable('case_record')
    .set((eb) => ({ status: 'referral', version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', caseId)
    .returning('version')
    .executeTakeFirstOrThrow();
  await addEvent(trx, {
    caseId,
    actorId,
    kind: 'status',
    version: saved.version,
    detail: { from: now.status, to: 'referral', referralId },
  });
}

/** The next referral number, R-<year of `today`>-<six-digit sequence>, as case numbers are made. */
async function nextReferralNumber(trx: Transaction<Database>, today: string): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('referral_number_seq')::text as n`.execute(trx);
  return `R-${today.slice(0, 4)}-${String(rows[0]?.n ?? '0').padStart(6, '0')}`;
}

/**
 * What every new referral row holds: its next number for `today`, the case, the service and its
 * agency, what the sender says and shares, the programs' statuses sent along, and when it is due.
 */
export async function newReferralRow(
  trx: Transaction<Database>,
  today: string,
  r: {
    caseId: string;
    service: { id: string; agency_id: string };
    message: string;
    sharedFields: readonly string[];
    summary: readonly { id: string; name: string; status: string }[];
    dueOn: string;
    createdBy: string | null;
  },
): Promise<Insertable<ReferralTable>> {
  return {
    number: await nextReferralNumber(trx, today),
    case_id: r.caseId,
    service_id: r.service.id,
    agency_id: r.service.agency_id,
    message: r.message,
    shared_fields: JSON.stringify(r.sharedFields),
    screening_summary: JSON.stringify(r.summary),
    due_on: r.dueOn,
    created_by: r.createdBy,
  };
}
