import { Type } from 'typebox';
import { CASE_STATUSES } from '../cases/schemas.ts';
import { DistrictSchema, LabelSchema } from '../http/shared-schemas.ts';

export const CenterFiguresQuery = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100, description: '사례·연계를 연 해 (한국 시간)' }) },
  { additionalProperties: false },
);

const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const CenterFiguresOut = Type.Object({
  year: Type.Integer(),
  casesOpened: Count('그해 연 사례'),
  casesClosed: Count('그중 지금 종결된 사례'),
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
      taken: Count('기관이 수락한 연계 (진행·보류·완료 포함)'),
      completed: Count('결과까지 회신된 연계'),
      declined: Count('거절된 연계'),
      cancelled: Count('센터가 취소한 연계'),
      waiting: Count('아직 기관의 답을 기다리는 연계'),
      late: Count('그중 회신 기한이 지난 연계'),
      open: Count('끝나지 않은 연계'),
      medianDaysToAnswer: Type.Union([Type.Number(), Type.Null()], {
        description: '수락 또는 거절까지 걸린 날의 중앙값 (답한 연계가 없으면 null)',
      }),
    }),
  ),
  outcomes: Type.Array(Type.Object({ outcome: Type.String(), count: Count('완료된 연계 중 이 결과') })),
  eligibleByProgram: Type.Array(
    Type.Object({ programId: Type.String(), name: LabelSchema, cases: Count('마지막 선별에서 대상인 사례') }),
  ),
});
