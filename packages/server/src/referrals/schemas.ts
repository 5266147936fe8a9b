import { Type } from 'typebox';
import { NextCursor, PageQuery } from '../http/shared-schemas.ts';
import { OUTCOMES, REFERRAL_STATUSES } from './states.ts';
import { WAITLIST_RANK_MAX } from './vocabulary.ts';

const Enum = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const Uuid = Type.String({ format: 'uuid', maxLength: 36 });

/** What a counselor may choose to show the agency; nothing else of the case ever leaves. */
export const SHARE_FIELDS = ['name', 'contact', 'members', 'address', 'housing', 'needs', 'household', 'plan'] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];

export const ReferralStatusSchema = Enum(
  REFERRAL_STATUSES,
  'HL7 SDOH task status: requested 의뢰됨, received 접수 확인, accepted 수락, rejected 거절, in-progress 진행 중, on-hold 보류, completed 완료, cancelled 취소',
);

export const ReferralParams = Type.Object({ referralId: Uuid }, { additionalProperties: false });
export const CaseReferralParams = Type.Object({ caseId: Uuid }, { additionalProperties: false });

export const ReferralCreateBody = Type.Object(
  {
    serviceId: Uuid,
    message: Type.String({ minLength: 1, maxLength: 2000, description: '기관에 보내는 말' }),
    sharedFields: Type.Array(
      Enum(
        SHARE_FIELDS,
        'name 이름, contact 연락처, members 가구원, address 주소, housing 주거, needs 필요, household 소득·재산, plan 계획',
      ),
      { maxItems: SHARE_FIELDS.length, uniqueItems: true, description: '기관이 볼 항목 (최소한만)' },
    ),
    businessDays: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 60, description: '회신 기한: 공휴일·주말을 뺀 일수 (없으면 서비스 기본값)' }),
    ),
    previousReferralId: Type.Optional(Uuid),
    goal: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 300,
        description:
          '이 연계로 이루려는 서비스 계획의 목표 (아직 이루지 않은 목표의 글 그대로): 좋은 결과로 끝나면 사례 화면이 그 목표를 이룸으로 표시하자고 묻습니다',
      }),
    ),
  },
  { additionalProperties: false },
);

export const TransitionBody = Type.Object(
  {
    to: ReferralStatusSchema,
    version: Type.Integer({ minimum: 1, maximum: 1_000_000 }),
    reason: Type.Optional(
      Type.String({
        maxLength: 500,
        description: '거절 사유 (거절할 때 필수), 보류 사유 (보류할 때 필수, 200자 이내), 취소 사유 (선택)',
      }),
    ),
    outcome: Type.Optional(Enum(OUTCOMES, '완료 결과 (예비입주자 선정: 대기자 명단에 오름)')),
    waitlistRank: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: WAITLIST_RANK_MAX,
        description: '예비 순번 (결과가 예비입주자 선정일 때만, 기관이 알려 준 경우)',
      }),
    ),
    note: Type.Optional(
      Type.String({
        maxLength: 1000,
        description:
          '완료할 때: 결과 메모. 다른 단계와 함께: 진행 상황 (예: 진행 시작과 함께 "주거급여 신청 접수, 조사 중"), 센터 상담사의 사례 기록에 남음',
      }),
    ),
  },
  { additionalProperties: false },
);

export const MessageBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);

const Message = Type.Object({
  id: Type.String(),
  side: Enum(['center', 'partner'] as const),
  authorName: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

const Step = Type.Object({
  at: Type.String({ format: 'date-time' }),
  actorName: Type.Union([Type.String(), Type.Null()]),
  from: Type.Union([ReferralStatusSchema, Type.Null()]),
  to: ReferralStatusSchema,
  reason: Type.Union([Type.String(), Type.Null()]),
  outcome: Type.Union([Type.String(), Type.Null()]),
  note: Type.Union([Type.String(), Type.Null()]),
});

const Summary = Type.Array(Type.Object({ id: Type.String(), name: Type.String(), status: Type.String() }));

/** The parts both sides see alike. */
const referralCore = {
  id: Type.String(),
  number: Type.String(),
  status: ReferralStatusSchema,
  heldFrom: Type.Union([ReferralStatusSchema, Type.Null()]),
  version: Type.Integer(),
  agency: Type.Object({ id: Type.String(), name: Type.String() }),
  service: Type.Object({ id: Type.String(), name: Type.String() }),
  message: Type.String(),
  sharedFields: Type.Array(Type.String()),
  dueOn: Type.String({ format: 'date' }),
  overdue: Type.Boolean({ description: '회신 기한이 지났는데 아직 답이 없음' }),
  rejectReason: Type.Union([Type.String(), Type.Null()]),
  holdReason: Type.Union([Type.String(), Type.Null()], {
    description: '보류 중일 때 기관이 적은 보류 사유 (사유를 묻기 전의 보류는 null)',
  }),
  outcome: Type.Union([Type.String(), Type.Null()]),
  outcomeNote: Type.Union([Type.String(), Type.Null()]),
  waitlistRank: Type.Union([Type.Integer(), Type.Null()], {
    description: '예비입주자 선정으로 끝났을 때 기관이 알려 준 대기 순번 (없으면 null)',
  }),
  previousReferralId: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  closedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  moves: Type.Array(ReferralStatusSchema, { description: '지금 이 사용자가 할 수 있는 상태 변경' }),
  outcomes: Type.Array(Enum(OUTCOMES), {
    description:
      '이 연계를 마칠 때 고를 수 있는 결과: 서비스를 맡은 기관의 종류에 맞는 것과 누구나 고르는 것 (연계 완료, 대상 아님, 본인 포기, 연락 두절)',
  }),
  unread: Type.Integer({ description: '이 사용자가 아직 읽지 않은 알림 수' }),
};

/** Center staff only: the agency does not see the plan unless it was shared. */
const Goal = Type.Optional(
  Type.Union([Type.String(), Type.Null()], { description: '센터 직원에게만: 이 연계로 이루려는 계획의 목표' }),
);

export const ReferralListItem = Type.Object({ ...referralCore, caseId: Type.Optional(Type.String()), goal: Goal });

export const CenterReferral = Type.Object({
  ...referralCore,
  caseId: Type.String(),
  caseNumber: Type.String(),
  goal: Goal,
  steps: Type.Array(Step),
  messages: Type.Array(Message),
});

/** The shared fields as the agency sees them; absent keys were not shared. */
const SharedView = Type.Object({
  name: Type.Optional(Type.String()),
  contact: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  members: Type.Optional(
    Type.Array(
      Type.Object({
        name: Type.String(),
        relation: Type.String(),
        birthDate: Type.Union([Type.String(), Type.Null()]),
      }),
    ),
  ),
  address: Type.Optional(
    Type.Object({ district: Type.String(), dong: Type.Optional(Type.String()), detail: Type.Optional(Type.String()) }),
  ),
  housing: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  needs: Type.Optional(Type.Array(Type.String())),
  household: Type.Optional(Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()])),
  plan: Type.Optional(Type.Array(Type.Object({ goal: Type.String(), done: Type.Boolean() }))),
});

export const PartnerReferral = Type.Object({
  ...referralCore,
  district: Type.String(),
  screeningSummary: Summary,
  shared: SharedView,
  consentWithdrawn: Type.Boolean({ description: '당사자가 정보 제공 동의를 거두어 공유가 멈췄음' }),
  cancelled: Type.Boolean({
    description: '센터가 이 연계를 취소해 공유가 멈췄고 메시지도 닫혔음 (취소 사유와 진행 기록만 남음)',
  }),
  closed: Type.Boolean({
    description:
      '끝난 연계 (취소·거절·완료): 가구 정보 공유가 멈췄고 새 메시지도 받지 않음 (진행 기록과 지난 메시지는 남음)',
  }),
  centerContact: Type.Union(
    [
      Type.Object({
        name: Type.Union([Type.String(), Type.Null()], {
          description: '이 연계를 보낸 상담사 (계정이 닫혔으면 null: 기관 전화로 문의)',
        }),
        organization: Type.Union([Type.String(), Type.Null()]),
        phone: Type.Union([Type.String(), Type.Null()], {
          description: '소속 기관의 전화 (기관 목록에 있을 때만; 없으면 null: 이름으로 문의)',
        }),
        fictional: Type.Boolean({ description: '체험용 가상 연락처' }),
      }),
      Type.Null(),
    ],
    {
      description:
        '센터에 물을 곳: 끝난 연계에 메시지 대신 연락할 사람 (진행 중인 연계, 또는 물을 사람도 번호도 없으면 null)',
    },
  ),
  steps: Type.Array(Step),
  messages: Type.Array(Message),
});

export const ReferralList = Type.Object({ items: Type.Array(ReferralListItem), nextCursor: NextCursor });

export const ReferralListQuery = Type.Object(
  {
    status: Type.Optional(ReferralStatusSchema),
    open: Type.Optional(Type.Boolean({ description: '끝나지 않은 것만' })),
    overdue: Type.Optional(Type.Boolean({ description: '회신 기한이 지난 것만' })),
    number: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 20,
        pattern: '^[Rr0-9-]+$',
        description: '연계 번호로 찾기: 전체(R-2026-000123) 또는 일부(000123, 123), 대소문자 무관',
      }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const DueDateQuery = Type.Object(
  {
    from: Type.Optional(Type.String({ format: 'date' })),
    businessDays: Type.Integer({ minimum: 1, maximum: 60 }),
  },
  { additionalProperties: false },
);
export const DueDateAnswer = Type.Object({
  dueOn: Type.String({ format: 'date' }),
  skipped: Type.Array(Type.Object({ date: Type.String(), names: Type.Array(Type.String()) })),
  holidaysKnown: Type.Boolean(),
});
