import { Type } from 'typebox';

/** A case's screenings as the API gives them: each program's result as kept on the day, and what changed. */
const ProgramResultOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Type.Union([Type.Literal('eligible'), Type.Literal('ineligible'), Type.Literal('unknown')]),
  amount: Type.Union([Type.Number(), Type.Null()]),
  reasons: Type.Array(Type.String(), { description: '판단 이유 (한국어, 선별한 날의 문장 그대로)' }),
  nameEn: Type.Optional(Type.String()),
  reasonsEn: Type.Optional(Type.Array(Type.String(), { description: 'The reasons in English' })),
  amountLabel: Type.Optional(
    Type.Union([Type.Object({ ko: Type.String(), en: Type.String() }), Type.Null()], {
      description: '금액이 무엇인지 (월 급여, 대출 한도 …)',
    }),
  ),
  missing: Type.Optional(
    Type.Array(
      Type.Object({
        ko: Type.String(),
        en: Type.String(),
        path: Type.Optional(Type.String({ description: '물어볼 가구 답의 경로 (the household answer asked for)' })),
      }),
      {
        description: '더 물어볼 것, 먼저 물을 것부터 (what to ask next, most useful first)',
      },
    ),
  ),
  figuresYear: Type.Optional(
    Type.Integer({
      description: '그해 기준 중위소득·기준임대료가 아직 없어 대신 쓴 해 (the year of the figures used instead)',
    }),
  ),
  figuresNote: Type.Optional(
    Type.Object(
      { ko: Type.String(), en: Type.String() },
      {
        description:
          '※ 표시한 이유가 기댄, 확인이 덜 된 기준 (which weak figures the reasons ending " ※" rest on; since 2026-12)',
      },
    ),
  ),
});
export const SnapshotOut = Type.Object({
  id: Type.String(),
  date: Type.String({ format: 'date' }),
  rulesVersion: Type.String(),
  programs: Type.Array(ProgramResultOut),
  createdAt: Type.String(),
});
export const ChangeOut = Type.Object({
  programId: Type.String(),
  name: Type.String(),
  before: Type.Union([ProgramResultOut, Type.Null()]),
  after: Type.Union([ProgramResultOut, Type.Null()]),
  why: Type.Object({ ko: Type.String(), en: Type.String() }),
});

export const ScreenCaseBody = Type.Object(
  { date: Type.Optional(Type.String({ format: 'date', description: '기준일 (기본: 오늘)' })) },
  { additionalProperties: false },
);
export const ScreenCaseResult = Type.Object({
  snapshot: SnapshotOut,
  changes: Type.Array(ChangeOut),
  ahead: Type.Optional(
    Type.Object(
      { date: Type.String({ format: 'date' }), changes: Type.Array(ChangeOut) },
      {
        description:
          '다음 해 기준 중위소득·기준임대료가 들어 있고 아직 시행 전일 때: 그날 같은 가구로 달라지는 것 (what the new figures change on the day they start)',
      },
    ),
  ),
});
export const SnapshotList = Type.Object({ items: Type.Array(SnapshotOut) });

export const WhatIfBody = Type.Object(
  {
    household: Type.Ref('Household', { description: '가정한 가구 (저장되지 않음)' }),
    date: Type.Optional(Type.String({ format: 'date', description: '가정한 가구를 계산할 날 (기본: 오늘)' })),
    baseDate: Type.Optional(
      Type.String({
        format: 'date',
        description:
          '지금 기록을 계산할 날 (기본: date와 같은 날). 예: 오늘과 "2027-03-02에 65세가 되면"을 견줄 때 오늘 (the record is screened on this day)',
      }),
    ),
    label: Type.Optional(Type.String({ maxLength: 200, description: '가정의 설명, 예: "보증부월세 40만원으로 이사"' })),
  },
  { additionalProperties: false },
);
export const WhatIfResult = Type.Object({
  date: Type.String(),
  rulesVersion: Type.String(),
  changes: Type.Array(ChangeOut),
  programs: Type.Array(ProgramResultOut),
});
