import { DWELLING_TYPES, RELATIONS, TENURES } from '@jibsa/programs';
import { Type } from 'typebox';
import { DistrictSchema, NextCursor, PageQuery, ProgramIdSchema } from '../http/shared-schemas.ts';
import { SnapshotOut } from './screening-schemas.ts';

/** A closed list of string codes (TypeBox's Union of a mapped array would type as never). */
const Enum = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, ...(description ? { description } : {}) });
const Won = (description: string) => Type.Integer({ minimum: 0, maximum: 100_000_000_000, description });

export const CASE_STATUSES = ['intake', 'counseling', 'planning', 'referral', 'monitoring', 'closed'] as const;
export const CaseStatusSchema = Enum(
  CASE_STATUSES,
  '접수 intake → 상담 counseling → 계획 planning → 연계 referral → 모니터링 monitoring → 종결 closed',
);

/** The engine's own relation codes, so people and household members line up. */
export const PersonSchema = Type.Object(
  {
    name: Text(50, '이름'),
    birthDate: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
    relation: Enum(RELATIONS, '가구주(head)와의 관계 (엔진의 가구 형식과 같은 값)'),
    phone: Type.Optional(
      Type.Union([Type.String({ minLength: 9, maxLength: 20, pattern: '^[0-9+\\-\\s().]+$' }), Type.Null()]),
    ),
  },
  { additionalProperties: false },
);

export const HousingSchema = Type.Object(
  {
    dong: Type.Optional(Type.String({ maxLength: 30, description: '행정동' })),
    detail: Type.Optional(Type.String({ maxLength: 200, description: '상세 주소' })),
    tenure: Type.Optional(Enum(TENURES, '점유 형태: 월세(보증부 포함), 전세, 자가, 무상, 거처 없음')),
    housingType: Type.Optional(
      Enum(
        DWELLING_TYPES,
        '주거유형: 아파트, 다세대·연립, 단독, 오피스텔, 반지하, 옥탑, 고시원, 쪽방, 여인숙, 비닐하우스, 보호시설, 그 밖의 비주택 (컨테이너 등)',
      ),
    ),
    deposit: Type.Optional(Won('보증금 (원)')),
    monthlyRent: Type.Optional(Won('월세 (원)')),
    arrearsMonths: Type.Optional(Type.Integer({ minimum: 0, maximum: 240, description: '체납 개월' })),
    arrearsAmount: Type.Optional(Won('체납액 (원)')),
    conditionNotes: Type.Optional(Type.String({ maxLength: 2000, description: '주거 상태 메모' })),
  },
  { additionalProperties: false },
);

export const ConsentInput = Type.Object(
  {
    collection: Type.Boolean({ description: '상담을 위한 개인정보 수집·이용 동의' }),
    sharing: Type.Boolean({ description: '연계 기관에 정보 제공 동의 (철회하면 공유가 멈춥니다)' }),
  },
  { additionalProperties: false },
);
const ConsentRecord = Type.Object({
  collection: Type.Boolean(),
  sharing: Type.Boolean(),
  recordedAt: Type.String({ format: 'date-time' }),
  recordedBy: Type.Union([Type.String(), Type.Null()]),
  source: Type.Optional(
    Type.Literal('outreach', {
      description: '발굴: found on an outreach list, not asked yet; nothing is shared until consent is recorded',
    }),
  ),
});

const Needs = Type.Array(Text(100), { maxItems: 20, description: '필요 (예: 체납 해결, 이사, 집수리)' });
const PlanSchema = Type.Array(
  Type.Object({ goal: Text(300, '목표'), done: Type.Boolean() }, { additionalProperties: false }),
  { maxItems: 30, description: '서비스 계획의 목표' },
);

export const CaseCreateBody = Type.Object(
  {
    consultationId: Type.Optional(Uuid),
    district: Type.Optional(DistrictSchema),
    people: Type.Optional(Type.Array(PersonSchema, { minItems: 1, maxItems: 20 })),
    housing: Type.Optional(HousingSchema),
    household: Type.Optional(Type.Ref('Household', { description: '소득·재산 (엔진의 가구 형식)' })),
    needs: Type.Optional(Needs),
    consent: ConsentInput,
    assigneeId: Type.Optional(
      Type.Union([Uuid, Type.Null()], {
        description:
          '담당자: 이 사례의 구에서 일하는 상담사 (GET /api/cases/assignees), null이면 담당자 없음. 없으면 만드는 상담사 본인 (관리자가 만들면 담당자 없음). The handler: an active counselor of the case’s district, or null; left out, the counselor who opens it (nobody when an admin does).',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CaseLinkBody = Type.Object(
  {
    consultationId: Type.Optional(Uuid),
    from: Type.Optional(Enum(['counter', 'phone'] as const, '창구 또는 전화 접수 (상담 신청이 아닐 때)')),
    needs: Type.Optional(Needs),
  },
  { additionalProperties: false },
);

export const CasePatchBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2_000_000_000, description: '읽어 온 사례의 version' }),
    people: Type.Optional(Type.Array(PersonSchema, { minItems: 1, maxItems: 20 })),
    housing: Type.Optional(HousingSchema),
    household: Type.Optional(Type.Ref('Household')),
    needs: Type.Optional(Needs),
    consent: Type.Optional(ConsentInput),
    plan: Type.Optional(PlanSchema),
    assigneeId: Type.Optional(
      Type.Union([Uuid, Type.Null()], {
        description:
          '담당자: 이 사례의 구에서 일하는 상담사 (GET /api/cases/assignees), null이면 담당자 없음. The handler: an active counselor of the case’s district, or null.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const StatusBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, maximum: 2_000_000_000 }),
    status: CaseStatusSchema,
    closingReason: Type.Optional(Text(500, '종결 사유 (종결할 때 필수)')),
    withdrawReferrals: Type.Optional(
      Type.Boolean({
        description:
          '종결할 때 진행 중인 연계를 취소하고 기관에 알림 (열린 연계가 있으면 필수). Closing cancels the open referrals, each agency told; required when any is open.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const CaseParams = Type.Object({ caseId: Uuid }, { additionalProperties: false });
export const TaskParams = Type.Object({ caseId: Uuid, taskId: Uuid }, { additionalProperties: false });
export const DocumentParams = Type.Object({ caseId: Uuid, documentId: Uuid }, { additionalProperties: false });

export const CaseReadQuery = Type.Object(
  {
    reason: Type.Optional(Type.String({ minLength: 2, maxLength: 200, description: '조회 사유 (감사 기록)' })),
    breakGlass: Type.Optional(
      Type.Boolean({ description: '다른 구의 사례를 사유를 밝히고 엽니다 (reason 10자 이상 필수, 관리자에게 보고됨)' }),
    ),
  },
  { additionalProperties: false },
);

export const CaseListQuery = Type.Object(
  {
    reason: Type.Optional(Type.String({ minLength: 2, maxLength: 200 })),
    status: Type.Optional(CaseStatusSchema),
    district: Type.Optional(DistrictSchema),
    program: Type.Optional(ProgramIdSchema('최근 선별에서 대상인 제도')),
    mine: Type.Optional(Type.Boolean({ description: '내가 담당한 사례만' })),
    unassigned: Type.Optional(Type.Boolean({ description: '담당자가 없는 사례만' })),
    overdue: Type.Optional(Type.Boolean({ description: '기한 지난 할 일이 있는 사례만' })),
    referral: Type.Optional(
      Enum(
        ['waiting', 'open', 'overdue', 'declined'] as const,
        '연계: waiting 기관 회신 대기, open 끝나지 않은 연계, overdue 회신 기한 지남, declined 기관이 거절했고 아직 다른 곳에 다시 보내지 않음',
      ),
    ),
    q: Type.Optional(
      Type.String({ maxLength: 50, description: '이름(띄어쓰기 무시, 초성 가능), 전화번호, 사례 번호' }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const DuplicatesQuery = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 50 })),
    birthDate: Type.Optional(Type.String({ format: 'date' })),
    phone: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9+\\-\\s().]*$' })),
  },
  { additionalProperties: false },
);

const AssigneeName = Type.Union([Type.String(), Type.Null()], { description: '담당자 이름 (없으면 null)' });

export const CaseSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  district: DistrictSchema,
  status: CaseStatusSchema,
  headName: Type.String({ description: '가구주 이름' }),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  assigneeName: AssigneeName,
  overdueTasks: Type.Integer(),
  openReferrals: Type.Integer({ description: '끝나지 않은 연계 수' }),
  overdueReferrals: Type.Integer({ description: '회신 기한이 지난 연계 수' }),
  eligiblePrograms: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});
export const CaseList = Type.Object({
  items: Type.Array(CaseSummary),
  nextCursor: NextCursor,
  total: Type.Union(
    [
      Type.Object({
        count: Type.Integer({ minimum: 0 }),
        atLeast: Type.Boolean({ description: 'true: 적어도 count건 (세기를 거기서 멈춤)' }),
      }),
      Type.Null(),
    ],
    { description: '필터에 맞는 사례 수: 첫 쪽(cursor 없음)에만, 다음 쪽은 null' },
  ),
  elsewhere: Type.Union(
    [Type.Object({ caseId: Type.String(), number: Type.String(), district: DistrictSchema }), Type.Null()],
    {
      description:
        '사례 번호 전체로 찾았는데 내 구에 없고 다른 구에 있을 때 (사유를 밝히고 열 수 있는 상담사에게만): 그 구와 번호뿐, 개인정보 없음',
    },
  ),
});
export const DuplicateList = Type.Object({
  items: Type.Array(
    Type.Object({
      caseId: Type.String(),
      number: Type.String(),
      status: CaseStatusSchema,
      name: Type.String(),
      birthDate: Type.Union([Type.String(), Type.Null()]),
      matchedBy: Type.Union([Type.Literal('name_birth'), Type.Literal('phone')]),
    }),
  ),
});

const PersonOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  birthDate: Type.Union([Type.String(), Type.Null()]),
  relation: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
});
export const TaskOut = Type.Object({
  id: Type.String(),
  title: Type.String(),
  /** The title in English when the system worded the task (after a referral's answer); null for a person's own. */
  titleEn: Type.Union([Type.String(), Type.Null()]),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  dueOn: Type.Union([Type.String(), Type.Null()]),
  doneAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});
export const NoteOut = Type.Object({
  id: Type.String(),
  authorId: Type.Union([Type.String(), Type.Null()]),
  authorName: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  createdAt: Type.String(),
});
export const DocumentOut = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  filename: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});
export const EventOut = Type.Object({
  id: Type.String(),
  at: Type.String(),
  actorName: Type.Union([Type.String(), Type.Null()]),
  kind: Type.String(),
  version: Type.Integer(),
  detail: Type.Record(Type.String(), Type.Unknown()),
});
export const CaseDetail = Type.Object({
  id: Type.String(),
  number: Type.String(),
  district: DistrictSchema,
  status: CaseStatusSchema,
  closingReason: Type.Union([Type.String(), Type.Null()]),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  assigneeName: AssigneeName,
  consultationId: Type.Union([Type.String(), Type.Null()]),
  contactLanguage: Type.Union([Type.Literal('ko'), Type.Literal('en')], {
    description:
      '연락할 말: en이면 이 사례가 받은 상담 신청이 영어 화면에서 왔음 (영어로 연락 원함). en: a request it took came from the English page.',
  }),
  version: Type.Integer(),
  people: Type.Array(PersonOut),
  housing: Type.Record(Type.String(), Type.Unknown()),
  household: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  needs: Type.Array(Type.String()),
  consent: ConsentRecord,
  plan: Type.Array(Type.Object({ goal: Type.String(), done: Type.Boolean() })),
  tasks: Type.Array(TaskOut),
  notes: Type.Array(NoteOut),
  documents: Type.Array(DocumentOut),
  latestScreening: Type.Union([SnapshotOut, Type.Null()]),
  timeline: Type.Array(EventOut),
  brokeGlass: Type.Boolean({ description: '범위 밖 사례를 사유를 밝히고 연 경우' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const TaskBody = Type.Object(
  {
    title: Text(300, '할 일'),
    assigneeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
    dueOn: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  },
  { additionalProperties: false },
);
export const TaskPatchBody = Type.Object(
  {
    done: Type.Optional(Type.Boolean()),
    title: Type.Optional(Text(300)),
    dueOn: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
  },
  { additionalProperties: false },
);
export const NoteBody = Type.Object({ body: Text(5000, '상담 메모') }, { additionalProperties: false });

export const DOCUMENT_KINDS = [
  'id_card',
  'lease',
  'income_proof',
  'bank_statement',
  'photo',
  'application',
  'other',
] as const;
export const DocumentBody = Type.Object(
  {
    kind: Enum(DOCUMENT_KINDS, '서류 종류'),
    filename: Text(200, '파일 이름'),
    // No length here: an empty or over-5 MB file is told so in words by storeDocument ("빈 파일입니다",
    // "5MB까지"), not as a count of base64 characters; the route's body limit bounds it.
    contentBase64: Type.String({ pattern: '^[A-Za-z0-9+/]*={0,2}$' }),
  },
  { additionalProperties: false },
);

export const BreakGlassList = Type.Object({
  items: Type.Array(
    Type.Object({
      at: Type.String(),
      actorId: Type.Union([Type.String(), Type.Null()]),
      actorName: Type.Union([Type.String(), Type.Null()]),
      caseId: Type.String(),
      reason: Type.Union([Type.String(), Type.Null()]),
      requestId: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
});
