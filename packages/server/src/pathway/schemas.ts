import { Type } from 'typebox';
import { DistrictSchema, LabelSchema } from '../http/shared-schemas.ts';
import { MILESTONES, NON_HOUSING_TYPES } from './milestones.ts';

const Enum = <T extends string>(values: readonly T[], description: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], description });
const IsoDate = (description: string) => Type.String({ format: 'date', maxLength: 10, description });

export const MilestoneSchema = Enum(
  MILESTONES,
  '상담 counseling → 공공임대 신청 rental_applied → 입주 결정 move_in_decided → 이사 moved → 정착 지원 방문 settled_1m · settled_3m · settled_6m',
);

export const StartPathwayBody = Type.Object(
  {
    fromHousingType: Enum(
      NON_HOUSING_TYPES,
      '지금 사는 곳: 쪽방, 고시원, 비닐하우스, 여인숙, 그 밖의 비주택, 보호시설',
    ),
    startedOn: Type.Optional(IsoDate('시작일 (없으면 오늘)')),
  },
  {
    additionalProperties: false,
    examples: [{ fromHousingType: 'jjokbang', startedOn: '2026-11-02' }],
  },
);

export const MilestoneBody = Type.Object(
  {
    milestone: MilestoneSchema,
    reachedOn: IsoDate('그 단계에 이른 날'),
    note: Type.Optional(Type.String({ maxLength: 500, description: '메모 (개인정보는 적지 마세요)' })),
  },
  { additionalProperties: false, examples: [{ milestone: 'rental_applied', reachedOn: '2026-11-20' }] },
);

const Step = Type.Object({
  milestone: MilestoneSchema,
  label: LabelSchema,
  reachedOn: Type.Union([Type.String(), Type.Null()]),
  dueOn: Type.Union([Type.String(), Type.Null()], { description: '정착 지원 방문 예정일 (이사 뒤 1·3·6개월)' }),
  overdue: Type.Boolean(),
  note: Type.Union([Type.String(), Type.Null()]),
});

const SupportReferral = Type.Object({
  id: Type.String(),
  number: Type.String(),
  serviceName: Type.String(),
  agencyName: Type.String(),
  status: Type.String(),
  outcome: Type.Union([Type.String(), Type.Null()]),
});

export const PathwayOut = Type.Object({
  caseId: Type.String(),
  active: Type.Boolean({ description: 'false: no pathway started on this case' }),
  fromHousingType: Type.Union([Type.String(), Type.Null()]),
  startedOn: Type.Union([Type.String(), Type.Null()]),
  steps: Type.Array(Step),
  next: Type.Union([MilestoneSchema, Type.Null()]),
  /** Referrals for moving costs and deposit (services delivering 주거취약계층·긴급 주거지원). */
  supportReferrals: Type.Array(SupportReferral),
});

export const UpgradeStatsQuery = Type.Object(
  { year: Type.Integer({ minimum: 2000, maximum: 2100, description: '이사한 해' }) },
  { additionalProperties: false },
);

export const UpgradeStatsOut = Type.Object({
  year: Type.Integer(),
  /** Households whose move (이사) is recorded in the year. */
  moved: Type.Integer(),
  byDistrict: Type.Array(Type.Object({ district: DistrictSchema, moved: Type.Integer() })),
  byFromHousingType: Type.Array(Type.Object({ fromHousingType: Type.String(), moved: Type.Integer() })),
  /** Of those, households whose 6-month settling-in visit is recorded. */
  settled6m: Type.Integer(),
  /** Pathways started in the year (all steps). */
  started: Type.Integer(),
});
