import { Type } from 'typebox';
import { DistrictSchema, NextCursor, PageQuery, ProgramIdSchema } from '../http/shared-schemas.ts';

const Status = Type.Union([Type.Literal('eligible'), Type.Literal('ineligible'), Type.Literal('unknown')]);

/** What the self-check sends of its result, with consent: a compact summary, checked field by field. */
export const ScreeningSummary = Type.Object(
  {
    date: Type.String({ format: 'date' }),
    rulesVersion: Type.String({ maxLength: 64, pattern: '^[A-Za-z0-9._-]+$' }),
    programs: Type.Array(
      Type.Object(
        {
          id: ProgramIdSchema(),
          name: Type.String({ maxLength: 200 }),
          status: Status,
          amount: Type.Union([Type.Integer({ minimum: 0, maximum: 10_000_000_000 }), Type.Null()]),
        },
        { additionalProperties: false },
      ),
      { maxItems: 100 },
    ),
  },
  {
    additionalProperties: false,
    description: '자가진단 결과 요약 (동의한 경우만). With the household, the server screens it again itself.',
  },
);

const Language = Type.Union([Type.Literal('ko'), Type.Literal('en')], {
  description:
    '신청한 화면의 언어 (없으면 ko): en이면 상담사에게 "영어로 연락 원함"으로 보입니다. The page’s language: en shows the counselor "English preferred".',
});

export const ConsultationRequestBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50, description: '이름 또는 부를 호칭' }),
    // No minimum here: a number too short is told what to do (routes.ts), not a character count.
    phone: Type.String({
      minLength: 1,
      maxLength: 20,
      pattern: '^[0-9+\\-\\s().]+$',
      description: '연락처: 010-1234-5678, 010 1234 5678, 01012345678, +82 10-1234-5678 …',
    }),
    district: Type.Optional(DistrictSchema),
    preferredTime: Type.Optional(Type.String({ maxLength: 100, description: '연락받기 좋은 때' })),
    message: Type.Optional(Type.String({ maxLength: 2000 })),
    consent: Type.Object(
      {
        contact: Type.Literal(true, { description: '연락처를 센터에 보내는 데 동의 (필수)' }),
        household: Type.Boolean({ description: '자가진단에 입력한 가구 정보를 보내는 데 동의' }),
        result: Type.Boolean({ description: '자가진단 결과를 보내는 데 동의' }),
      },
      { additionalProperties: false },
    ),
    household: Type.Optional(Type.Ref('Household', { description: '가구 정보 (동의한 경우만)' })),
    screening: Type.Optional(ScreeningSummary),
    language: Type.Optional(Language),
  },
  { additionalProperties: false },
);

export const ConsultationReceipt = Type.Object({
  reference: Type.String({ description: '접수 번호, 상담사에게 불러 주세요' }),
  createdAt: Type.String({ format: 'date-time' }),
  center: Type.Union(
    [
      Type.Object({
        name: Type.String(),
        phone: Type.String(),
        fictional: Type.Boolean({ description: '체험용 가상 번호' }),
      }),
      Type.Null(),
    ],
    {
      description:
        '연락이 없을 때 전화할 센터: 그 구 상담사의 소속 기관이 기관 목록에 올린 번호 (없으면 null: 번호를 지어내지 않음)',
    },
  ),
});

export const ConsultationSummary = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  district: Type.Union([DistrictSchema, Type.Null()]),
  name: Type.String(),
  phone: Type.String(),
  preferredTime: Type.Union([Type.String(), Type.Null()]),
  message: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  consent: Type.Object({
    contact: Type.Boolean(),
    household: Type.Boolean(),
    result: Type.Boolean(),
    at: Type.String(),
  }),
  household: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  screening: Type.Union([ScreeningSummary, Type.Null()]),
  language: Language,
  createdAt: Type.String({ format: 'date-time' }),
});

export const ConsultationListQuery = Type.Object(
  {
    reason: Type.String({ minLength: 2, maxLength: 200, description: '조회 사유 (감사 기록에 남습니다)' }),
    district: Type.Optional(DistrictSchema),
    status: Type.Optional(Type.Union([Type.Literal('new'), Type.Literal('assigned'), Type.Literal('closed')])),
    ...PageQuery,
  },
  { additionalProperties: false },
);

export const ConsultationList = Type.Object({ items: Type.Array(ConsultationSummary), nextCursor: NextCursor });
