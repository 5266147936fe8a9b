import type { Label } from '@jibsa/rules';

/**
 * What a list can say a household already gets, and which programs each answer covers. Three are
 * household fields the engine reads too (수급 여부 for 주거·생계·의료급여); the rest are the list's
 * own, read only to tell "eligible but not receiving" (사각지대) from "eligible and served".
 */
export interface ReceiptGroup {
  readonly key: string;
  readonly label: Label;
  readonly covers: (programId: string) => boolean;
  /** Column names lists use for it. */
  readonly headerWords: readonly string[];
}

const prefix =
  (...ids: string[]) =>
  (id: string) =>
    ids.some((p) => id === p || id.startsWith(`${p}.`) || id.startsWith(`${p}-`));

export const RECEIPT_GROUPS: readonly ReceiptGroup[] = [
  {
    key: 'receivesHousingBenefit',
    label: { ko: '주거급여 받음', en: 'Receives housing benefit' },
    covers: prefix('housing-benefit'),
    headerWords: ['주거급여', '주거급여수급', '주거급여여부'],
  },
  {
    key: 'receivesLivelihoodBenefit',
    label: { ko: '생계급여 받음', en: 'Receives livelihood benefit' },
    covers: prefix('livelihood-benefit'),
    headerWords: ['생계급여', '생계급여수급'],
  },
  {
    key: 'receivesMedicalBenefit',
    label: { ko: '의료급여 받음', en: 'Receives medical benefit' },
    covers: prefix('medical-benefit'),
    headerWords: ['의료급여', '의료급여수급'],
  },
  {
    key: 'receives.educationBenefit',
    label: { ko: '교육급여 받음', en: 'Receives education benefit' },
    covers: prefix('education-benefit'),
    headerWords: ['교육급여', '교육급여수급'],
  },
  {
    key: 'receives.publicRental',
    label: { ko: '공공임대 입주 중', en: 'Already lives in public rental' },
    covers: prefix('public-rental', 'vulnerable-housing', 'senior-welfare-housing', 'gwangju-local.gmcc-rental'),
    headerWords: ['공공임대', '임대주택', '공공임대입주', '임대주택입주'],
  },
  {
    key: 'receives.emergencyHousing',
    label: { ko: '긴급복지 주거지원 받음', en: 'Receives emergency housing support' },
    covers: prefix('emergency-housing'),
    headerWords: ['긴급복지', '긴급지원', '긴급주거지원'],
  },
  {
    key: 'receives.youthRent',
    label: { ko: '청년월세 지원 받음', en: 'Receives youth rent support' },
    covers: prefix('youth-rent', 'gwangju-local.city-housing-programs'),
    headerWords: ['청년월세', '청년월세지원'],
  },
  {
    key: 'receives.jeonseLoan',
    label: { ko: '전세자금 대출 받음', en: 'Has a jeonse loan' },
    covers: prefix('jeonse-loan'),
    headerWords: ['전세자금', '버팀목', '전세대출'],
  },
  {
    key: 'receives.homeRepair',
    label: { ko: '집수리 지원 받음', en: 'Received home repair' },
    covers: prefix('home-repair'),
    headerWords: ['집수리지원', '주택개조'],
  },
];

/**
 * Whether the list says the household receives a program: from the household's own 수급 fields
 * and the list-only answers. Undefined when no mapped column speaks of that program.
 */
export function receiptOf(
  household: Record<string, unknown>,
  listOnly: Readonly<Record<string, boolean>> = {},
): (programId: string) => boolean | undefined {
  const known: [ReceiptGroup, boolean][] = [];
  for (const g of RECEIPT_GROUPS) {
    const v = g.key.startsWith('receives.') ? listOnly[g.key] : household[g.key];
    if (typeof v === 'boolean') known.push([g, v]);
  }
  return (id) => known.find(([g]) => g.covers(id))?.[1];
}
