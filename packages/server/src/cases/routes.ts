import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { checkHousehold, todayIso } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { readPersonalData, readPersonalPage } from '../access/personal-data.ts';
import { inScope, type RecordScope, requireRecordScope } from '../access/scope.ts';
import type { StaffIdentity } from '../auth/sessions.ts';
import { requireStaff } from '../auth/staff-guard.ts';
import type { District } from '../db/schema.ts';
import { fail, invalid } from '../http/error-codes.ts';
import { pageRequest } from '../http/paging.ts';
import { problemResponses } from '../http/responses.ts';
import type { ReferralRow } from '../referrals/access.ts';
import { CONSENT_WITHDRAWN_REASON, cancelOpenReferrals, closeReferrals } from '../referrals/cancel-open.ts';
import { announce } from '../referrals/mail.ts';
import { auditWrite, openCase } from './access.ts';
import { assignedEvent, checkedAssignee, currentAssignee, firstAssignee } from './assignee.ts';
import { carryConsultation, markConsultationTaken, openConsultation } from './consultation-intake.ts';
import { loadCaseDetail } from './detail.ts';
import { caseElsewhere } from './elsewhere.ts';
import { addEvent, saveVersioned } from './events.ts';
import { insertCase } from './insert-case.ts';
import { cleanPeople, type Person, writePeople } from './people.ts';
import { householdForHousing, householdForPeople } from './people-household.ts';
import {
  type CaseListRow,
  countCases,
  type DuplicateRow,
  findDuplicates,
  listCases,
  nextCaseNumber,
} from './queries.ts';
import {
  CaseCreateBody,
  CaseDetail,
  CaseList,
  CaseListQuery,
  CaseParams,
  CasePatchBody,
  CaseReadQuery,
  DuplicateList,
  DuplicatesQuery,
  StatusBody,
} from './schemas.ts';

const TAGS = ['cases'];
const security = [{ session: [] }];

/** Checks a household in the engine's input format; kept as given so later screenings age members correctly. */
export function checkedHousehold(household: unknown): Record<string, unknown> {
  const checked = checkHousehold(household, todayIso());
  if (!checked.ok) {
    throw invalid(checked.errors.map((e) => ({ path: `household.${e.path}`, ko: e.message.ko, en: e.message.en })));
  }
  return household as Record<string, unknown>;
}

export async function caseRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/api/cases',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff: cases in scope, newest first, with filters and search (이름·초성·전화·사례번호 or its serial alone·접수 번호); audited',
        security,
        querystring: CaseListQuery,
        response: { 200: CaseList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const filter = (staff: StaffIdentity) => ({
        status: q.status,
        district: q.district,
        program: q.program,
        assigneeId: q.mine ? staff.id : undefined,
        unassigned: q.unassigned,
        overdue: q.overdue,
        referral: q.referral,
        q: q.q,
        today: todayIso(),
      });
      let total: { count: number; atLeast: boolean } | null = null;
      let asked: RecordScope | undefined;
      const { rows, staff, nextCursor } = await readPersonalPage<CaseListRow>(request, {
        action: 'case.list',
        subjectType: 'case',
        reason: q.reason ?? null,
        subjectId: (r) => r.id,
        query: async (scope, staff) => {
          asked = scope;
          const page = pageRequest(q);
          // Counted with the first page only: the next pages match the same cases, and the list keeps it.
          if (!page.after) total = await countCases(request.server.db, scope, filter(staff));
          return listCases(request.server.db, scope, { ...filter(staff), ...page });
        },
      });
      // A whole case number not in this 구's list may be another 구's: said, for breaking the glass.
      const elsewhere = rows.length === 0 && asked ? await caseElsewhere(request, staff, asked, q.q) : null;
      return {
        nextCursor,
        total,
        elsewhere,
        items: rows.map((r) => ({
          id: r.id,
          number: r.number,
          district: r.district,
          status: r.status,
          headName: r.head_name ?? '',
          assigneeId: r.assignee_id,
          assigneeName: r.assignee_name,
          overdueTasks: r.overdue_tasks,
          openReferrals: r.open_referrals,
          overdueReferrals: r.overdue_referrals,
          eligiblePrograms: r.eligible_programs,
          createdAt: new Date(r.created_at).toISOString(),
          updatedAt: new Date(r.updated_at).toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/cases/duplicates',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: possible duplicates before intake (same name and birth date, or same phone); audited',
        security,
        querystring: DuplicatesQuery,
        response: { 200: DuplicateList, ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const phone = request.query.phone ? request.query.phone.replace(/[\s\-().]/g, '') : undefined;
      const { rows } = await readPersonalData<DuplicateRow>(request, {
        action: 'case.duplicates',
        subjectType: 'case',
        reason: null,
        subjectId: (r) => r.caseId,
        query: (scope) =>
          findDuplicates(request.server.db, scope, {
            name: request.query.name,
            birthDate: request.query.birthDate,
            phone,
          }),
      });
      return { items: rows };
    },
  );

  app.post(
    '/api/cases',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff: open a case, at the counter or from a consultation request (상담신청 → 사례), optionally naming its handler (assigneeId)',
        security,
        body: CaseCreateBody,
        response: { 201: CaseDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const { staff } = await requireStaff(request);
      const scope = await requireRecordScope(request, staff);
      const { db } = request.server;
      const body = request.body;
      const today = todayIso();
      let district: District | null = body.district ?? staff.district;
      let people: Person[] | undefined = body.people ? cleanPeople(body.people, today) : undefined;
      let household = body.household !== undefined ? checkedHousehold(body.household) : null;
      let consultation: Awaited<ReturnType<typeof openConsultation>> | undefined;
      if (body.consultationId) {
        const c = await openConsultation(db, scope, body.consultationId);
        consultation = c;
        district = c.district ?? district;
        people ??= [{ name: c.contact_name, birthDate: null, relation: 'head', phone: c.contact_phone }];
        household ??= (c.household as Record<string, unknown> | null) ?? null;
      }
      if (!people) {
        throw invalid([{ path: 'people', ko: '가구원을 한 명 이상 적어 주세요.', en: 'add at least one person.' }]);
      }
      // A case is a record of personal data kept for counseling: it starts with the person's consent
      // (a household found on an outreach list becomes a case by its own route, marked 동의 전).
      if (!body.consent.collection) {
        throw invalid([
          {
            path: 'consent.collection',
            ko: '상담을 위해 개인정보를 모으고 쓰는 데 동의를 받아야 사례를 만들 수 있습니다. 동의를 받았으면 표시해 주세요.',
            en: 'a case can be opened only with consent to collect and use personal data for counseling. Tick it once given.',
          },
        ]);
      }
      if (!district || !inScope(scope, district)) {
        throw invalid([
          {
            path: 'district',
            ko: '내 구의 사례만 만들 수 있습니다.',
            en: 'cases can be opened only in your district.',
          },
        ]);
      }
      const caseDistrict = district;
      const personList = people;
      // The engine's household holds the case's housing from the start (and, when none was given,
      // its people), as every later change keeps it, so the first screening reads what the page shows.
      const opened = household ?? householdForPeople(null, personList, caseDistrict);
      household = checkedHousehold(body.housing ? householdForHousing(opened, body.housing) : opened);
      const assignee = await firstAssignee(db, staff, caseDistrict, body.assigneeId);
      const number = await nextCaseNumber(db, Number(today.slice(0, 4)));
      const row = await db.transaction().execute(async (trx) => {
        const created = await insertCase(
          trx,
          {
            district: caseDistrict,
            assigneeId: assignee.id,
            consultationId: consultation?.id ?? null,
            people: personList,
            household,
            housing: body.housing,
            needs: body.needs,
            consent: { ...body.consent, recordedAt: new Date().toISOString(), recordedBy: staff.displayName },
            actorId: staff.id,
            createdFrom: consultation
              ? { from: 'consultation', reference: consultation.reference }
              : { from: 'counter' },
          },
          number,
        );
        if (consultation) {
          await markConsultationTaken(trx, consultation.id, created.id);
          await carryConsultation(trx, consultation, created.id, staff.id, 1);
        }
        // A handler named at opening is recorded as a change of handler is: who gave it to whom.
        if (assignee.named)
          await addEvent(trx, { caseId: created.id, version: 1, ...assignedEvent(staff.id, null, assignee.named) });
        return created;
      });
      await auditWrite(request, staff, 'case.create', row.id);
      if (assignee.named) await auditWrite(request, staff, 'case.assign', row.id);
      const fresh = await db.selectFrom('case_record').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      return reply.status(201).send(await loadCaseDetail(db, fresh, false));
    },
  );

  app.get(
    '/api/cases/:caseId',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: the case page with its timeline (audited; another district only with breakGlass and a reason)',
        security,
        params: CaseParams,
        querystring: CaseReadQuery,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const { row, brokeGlass } = await openCase(request, request.params.caseId, {
        read: 'case.read',
        reason: request.query.reason ?? null,
        breakGlass: request.query.breakGlass,
      });
      return loadCaseDetail(request.server.db, row, brokeGlass);
    },
  );

  app.patch(
    '/api/cases/:caseId',
    {
      schema: {
        tags: TAGS,
        summary:
          'Staff: change people, housing, household, needs, consent, plan or the handler (assigneeId); a stale version gets 409',
        description:
          "New `housing` replaces the record and is written onto the engine's household (tenure, housingType, " +
          'deposit, monthlyRent). Sent alone, the household then holds exactly what the new record holds; sent ' +
          'with `household`, the household given keeps the answers the record leaves out.',
        security,
        params: CaseParams,
        body: CasePatchBody,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db } = request.server;
      const { version, people: peopleIn, consent, household, housing, needs, plan, assigneeId } = request.body;
      const people = peopleIn ? cleanPeople(peopleIn, todayIso()) : undefined;
      const fields = Object.keys(request.body).filter((k) => k !== 'version' && k !== 'assigneeId');
      const assigning = assigneeId !== undefined;
      if (fields.length === 0 && !assigning)
        throw invalid([{ path: '(body)', ko: '바꿀 항목이 없습니다.', en: 'nothing to change.' }]);
      // A new handler is checked before anything is saved: refused, the whole change is.
      const assignTo = assigning ? await checkedAssignee(db, row, assigneeId) : null;
      const assignedFrom = assigning ? await currentAssignee(db, row) : null;
      const previousConsent = row.consent as { sharing?: boolean };
      const withdrawn = Boolean(consent && previousConsent.sharing && !consent.sharing);
      // A whole new people list is written into the engine's household too (members by position, as
      // the one-person routes do), so a screening never reads relations or ages the case no longer has.
      // New housing is written onto it too, so the tenure and rent the case page shows are what is screened.
      const householdIn = household !== undefined ? household : people || housing ? row.household : undefined;
      const withPeople = people ? householdForPeople(householdIn, people, row.district) : householdIn;
      const householdNext =
        householdIn === undefined
          ? undefined
          : checkedHousehold(
              housing ? householdForHousing(withPeople, housing, { mirror: household === undefined }) : withPeople,
            );
      let cancelled: ReferralRow[] = [];
      await saveVersioned(
        db,
        row.id,
        version,
        {
          ...(housing ? { housing: JSON.stringify(housing) } : {}),
          ...(householdNext !== undefined ? { household: JSON.stringify(householdNext) } : {}),
          ...(needs ? { needs: JSON.stringify(needs) } : {}),
          ...(plan ? { plan: JSON.stringify(plan) } : {}),
          ...(assigning ? { assignee_id: assignTo?.id ?? null } : {}),
          ...(consent
            ? {
                consent: JSON.stringify({
                  ...consent,
                  recordedAt: new Date().toISOString(),
                  recordedBy: staff.displayName,
                }),
              }
            : {}),
        },
        fields.length > 0
          ? { actorId: staff.id, kind: 'updated', detail: { fields, ...(withdrawn ? { consentWithdrawn: true } : {}) } }
          : assignedEvent(staff.id, assignedFrom, assignTo),
        async (trx, saved) => {
          if (people) await writePeople(trx, row.id, people);
          if (withdrawn) cancelled = await cancelOpenReferrals(trx, row.id, staff, CONSENT_WITHDRAWN_REASON);
          // With other changes, the handler's change is an entry of its own at the same version.
          if (assigning && fields.length > 0)
            await addEvent(trx, { caseId: row.id, version: saved, ...assignedEvent(staff.id, assignedFrom, assignTo) });
        },
      );
      if (fields.length > 0) await auditWrite(request, staff, 'case.update', row.id);
      if (assigning) await auditWrite(request, staff, 'case.assign', row.id);
      for (const r of cancelled) announce(request.server, r, 'center', 'status.cancelled');
      const fresh = await db.selectFrom('case_record').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      return loadCaseDetail(db, fresh, false);
    },
  );

  app.post(
    '/api/cases/:caseId/status',
    {
      schema: {
        tags: TAGS,
        summary: 'Staff: move the case 접수 → 상담 → 계획 → 연계 → 모니터링 → 종결 (closing needs a reason)',
        security,
        params: CaseParams,
        body: StatusBody,
        response: { 200: CaseDetail, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => {
      const { staff, row } = await openCase(request, request.params.caseId, {});
      const { db } = request.server;
      const { version, status, closingReason, withdrawReferrals } = request.body;
      if (status === 'closed' && !closingReason?.trim()) {
        throw invalid([{ path: 'closingReason', ko: '종결 사유를 적어 주세요.', en: 'closing needs a reason.' }]);
      }
      if (status === row.status) {
        throw fail('JIBSA_CASE_STATE', { ko: '이미 그 상태입니다.', en: 'The case already has this status.' });
      }
      let cancelled: ReferralRow[] = [];
      await saveVersioned(
        db,
        row.id,
        version,
        { status, closing_reason: status === 'closed' ? (closingReason ?? null) : null },
        {
          actorId: staff.id,
          kind: 'status',
          detail: { from: row.status, to: status, ...(status === 'closed' ? { reason: closingReason } : {}) },
        },
        status === 'closed'
          ? async (trx) => {
              cancelled = await closeReferrals(trx, row.id, staff, withdrawReferrals === true);
            }
          : undefined,
      );
      await auditWrite(request, staff, 'case.status', row.id);
      for (const r of cancelled) announce(request.server, r, 'center', 'status.cancelled');
      const fresh = await db.selectFrom('case_record').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
      return loadCaseDetail(db, fresh, false);
    },
  );
}
