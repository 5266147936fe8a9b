/**
 * Housing types of public-rental 모집공고 and the engine programs whose eligibility each one uses.
 * `lhNames` are the words LH's notice data (AIS_TP_CD_NM) and other providers use for the type.
 */
export interface HousingType {
  readonly id: string;
  readonly ko: string;
  readonly en: string;
  readonly programIds: readonly string[];
  readonly lhNames: readonly string[];
}

export const HOUSING_TYPES = [
  {
    id: 'permanent',
    ko: '영구임대',
    en: 'Permanent rental',
    programIds: ['public-rental.permanent'],
    lhNames: ['영구임대', '영구임대주택'],
  },
  {
    id: 'national',
    ko: '국민임대',
    en: 'National rental',
    programIds: ['public-rental.national'],
    lhNames: ['국민임대', '국민임대주택'],
  },
  {
    id: 'happy',
    ko: '행복주택',
    en: 'Happy Housing',
    programIds: ['public-rental.happy-youth', 'public-rental.happy-newlywed', 'public-rental.happy-elderly'],
    lhNames: ['행복주택'],
  },
  {
    id: 'integrated',
    ko: '통합공공임대',
    en: 'Integrated public rental',
    programIds: ['public-rental.integrated'],
    lhNames: ['통합공공임대', '통합공공임대주택'],
  },
  {
    id: 'purchase',
    ko: '매입임대',
    en: 'Purchased rental',
    programIds: ['public-rental.purchase'],
    lhNames: ['매입임대', '매입임대주택', '기존주택매입임대'],
  },
  {
    id: 'jeonse',
    ko: '전세임대',
    en: 'Jeonse-lease rental',
    programIds: ['public-rental.jeonse'],
    lhNames: ['전세임대', '전세임대주택', '기존주택전세임대'],
  },
  {
    id: 'senior',
    ko: '고령자복지주택',
    en: 'Senior welfare housing',
    programIds: ['senior-welfare-housing'],
    lhNames: ['고령자복지주택'],
  },
  { id: 'other', ko: '기타', en: 'Other', programIds: [], lhNames: [] },
] as const satisfies readonly HousingType[];

export type HousingTypeId = (typeof HOUSING_TYPES)[number]['id'];
export const HOUSING_TYPE_IDS = HOUSING_TYPES.map((t) => t.id) as readonly HousingTypeId[];

export function housingType(id: string): HousingType | undefined {
  return HOUSING_TYPES.find((t) => t.id === id);
}

/** "행복주택(청년)" or "국민임대주택" → the type; spacing and brackets do not matter. */
export function housingTypeFromName(name: string): HousingType | undefined {
  const squashed = name.replace(/\s+/g, '');
  return (
    HOUSING_TYPES.find((t) => t.lhNames.some((n) => squashed === n)) ??
    HOUSING_TYPES.find((t) => t.lhNames.some((n) => squashed.includes(n)))
  );
}
