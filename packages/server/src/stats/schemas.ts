import { Type } from 'typebox';
import { CASE_STATUSES } from '../cases/schemas.ts';
import { DistrictSchema, LabelSchema } from '../http/shared-schemas.ts';

export const CenterFiguresQuery = Type.Object(
  {
    year: Type.Integer({
      minimum: 2000,
      maximum: 2100,
      description: '사례·연계를 연 해, 발굴 명단을 올린 해 (한국 시간)',
    }),
  },
  { additionalProperties: false },
);

const Count = (description: string) => Type.Integer({ minimum: 0, description });
const Unreached = Type.Union([Count('사각지대: 대상일 것 같은데 받지 않는 가구'), Type.Null()], {
  description: '사각지대 가구 (받는 제도를 적은 명단이 없으면 null: 0이 아니라 알 수 없음)',
});

/** 발굴: the counts kept when each list's screening finished, so they outlive the lists. */
export const OutreachFiguresOut = Type.Object({
  lists: Count('그해 올려 선별을 마친 명단'),
  listsWithoutReceipt: Count('그중 받는 제도를 적지 않아 사각지대를 셀 수 없는 명단'),
  screened: Count('선별한 가구'),
  eligible: Count('제도 하나라도 대상일 것 같은 가구'),
  unreached: Unreached,
  cases: Count('작업 목록에서 사례로 만들거나 기존 사례에 이은 가구'),
  byDistrict: Type.Array(
    Type.Object({
      district: Type.Union([DistrictSchema, Type.Null()], { description: '가구의 구 (모르면 null)' }),
      screened: Count('선별한 가구'),
      eligible: Count('대상일 것 같은 가구'),
      unreached: Unreached,
      cases: Count('사례가 된 가구'),
    }),
  ),
  byProgram: Type.Array(
    Type.Object({
      programId: Type.String(),
      name: LabelSchema,
      eligible: Count('이 제도 대상일 것 같은 가구'),
      unreached: Unreached,
      cases: Count('그중 사례가 된 가구'),
    }),
  ),
});

export const CenterFiguresOut = Type.Object({
  year: Type.Integer(),
  casesOpened: Count('그해 연 사례'),
  casesClosed: Count('그중 지금 종결된 사례'),
  casesScreened: Count('그중 한 번이라도 선별한 사례 (eligibleByProgram은 이 사례들 가운데서 셈)'),
  byDistrict: Type.Array(
    Type.Object({
      district: DistrictSchema,
      opened: Count('그해 연 사례'),
      byStatus: Type.Object(
        Object.fromEntries(CASE_STATUSES.map((s) => [s, Count(`지금 ${s} 단계인 사례`)])) as Record<
          (typeof CASE_STATUSES)[number],
          ReturnType<typeof Count>
        >,
      ),
    }),
  ),
  referralsSent: Count('그해 보낸 연계'),
  byAgency: Type.Array(
    Type.Object({
      agency: Type.String(),
      sent: Count('보낸 연계'),
      taken: Count('기관이 수락한 연계 (진행·보류·완료 포함): inProgress + completed, 따로 더하지 않음'),
      inProgress: Count('수락한 뒤 아직 끝나지 않은 연계 (수락·진행 중·보류)'),
      completed: Count('결과까지 회신된 연계'),
      declined: Count('거절된 연계'),
      cancelled: Count('센터가 취소한 연계'),
      waiting: Count('아직 기관의 답을 기다리는 연계 (waiting + inProgress + completed + declined + cancelled = sent)'),
      late: Count('waiting 가운데 회신 기한이 지난 연계'),
      open: Count('끝나지 않은 연계'),
      medianDaysToAnswer: Type.Union([Type.Number(), Type.Null()], {
        description: '수락 또는 거절까지 걸린 날의 중앙값 (답한 연계가 없으면 null)',
      }),
    }),
  ),
  outcomes: Type.Array(Type.Object({ outcome: Type.String(), count: Count('완료된 연계 중 이 결과') })),
  eligibleByProgram: Type.Array(
    Type.Object({
      programId: Type.String(),
      name: LabelSchema,
      cases: Count(
        "마지막 선별에서 '대상'(eligible)인 사례: 더 알아봐야 함(unknown)은 세지 않음, 한 사례가 여러 제도에 셈",
      ),
    }),
  ),
  outreach: OutreachFiguresOut,
  byCounselor: Type.Optional(
    Type.Object(
      {
        counselors: Type.Array(
          Type.Object({
            id: Type.String(),
            name: Type.String({ description: '상담사 이름' }),
            district: Type.Union([DistrictSchema, Type.Null()]),
            disabled: Type.Boolean({ description: '꺼진 계정 (아직 맡은 사례가 있어 나옴)' }),
            openCases: Count('지금 맡고 있는, 종결되지 않은 사례'),
            overdueTasks: Count('그 사례들의 기한 지난 할 일'),
          }),
        ),
        unassigned: Type.Object({
          openCases: Count('담당자 없는, 종결되지 않은 사례'),
          overdueTasks: Count('그 사례들의 기한 지난 할 일'),
        }),
      },
      {
        description:
          '관리자에게만: 상담사별로 지금 맡은 사례와 기한 지난 할 일 (해와 상관없이 지금). Administrators only: open cases per counselor now.',
      },
    ),
  ),
});
