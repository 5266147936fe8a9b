import { householdSchema, MAX_MEMBERS } from '@jibsa/programs';
import type { FieldDef, Label } from '@jibsa/rules';

/** What a column of a list can be read as: a household field, a field of the head, or the list's own. */
export interface TargetField {
  readonly key: string;
  readonly label: Label;
  readonly kind: 'money' | 'number' | 'yesno' | 'choice' | 'date' | 'address' | 'text' | 'phone';
  readonly values?: readonly string[];
  readonly valueLabels?: Readonly<Record<string, Label>>;
  readonly max?: number;
  /** Column names lists use for it, matched when a mapping is suggested. */
  readonly headerWords: readonly string[];
}

/** Column names seen in 구·동 lists, 쪽방 censuses and arrears lists. */
const HEADER_WORDS: Record<string, readonly string[]> = {
  reference: ['이름', '성명', '대상자', '대상자명', '세대주', '세대주명', '관리번호', '연번', '번호', 'name', 'id'],
  phone: ['전화번호', '연락처', '휴대폰', '휴대전화', '핸드폰', '휴대폰번호', '전화', 'phone', 'tel'],
  address: ['주소', '거주지', '거주지주소', '도로명주소', '지번주소', '소재지', 'address'],
  gwangjuDistrict: ['구', '자치구', '관할구', '시군구', 'district'],
  region: ['시도', '지역', 'region'],
  tenure: ['점유형태', '거주형태', '임차형태', '주거형태', '점유', 'tenure'],
  // "주거형태" is either: the tenure's last name, the dwelling's too, taken by whichever is left over.
  housingType: [
    '주거유형',
    '주택유형',
    '주택종류',
    '거처유형',
    '거처종류',
    '주거종류',
    '주거지유형',
    'housingtype',
    '주거형태',
  ],
  deposit: ['보증금', '임차보증금', '전세금', 'deposit'],
  monthlyRent: ['월세', '월임대료', '임대료', '월차임', 'rent'],
  financialAssets: ['금융재산', '예금', '금융자산'],
  residentialProperty: ['주택가액', '자가주택가액', '주거용재산'],
  otherProperty: ['일반재산', '토지', '기타재산', '부동산'],
  carValue: ['자동차', '자동차가액', '차량가액'],
  carUse: ['차량용도', '자동차용도', '차량사용용도', '자동차사용목적'],
  carKind: ['차종', '차량종류', '자동차종류', '차량구분'],
  carEngine: ['배기량', '차량배기량', '자동차배기량', 'cc'],
  debts: ['부채', '대출', '빚'],
  ownsHome: ['주택소유', '주택보유', '유주택'],
  receivesLivelihoodBenefit: ['생계급여', '생계급여수급', '기초생활수급', '기초수급', '수급여부', '수급자'],
  receivesMedicalBenefit: ['의료급여', '의료급여수급'],
  receivesHousingBenefit: ['주거급여', '주거급여수급', '주거급여여부'],
  nearPoor: ['차상위', '차상위계층'],
  inCrisis: ['위기', '위기상황', '위기가구'],
  homeNeedsRepair: ['수선필요', '집수리', '주택수선'],
  married: ['혼인', '혼인여부', '결혼여부'],
  householdSize: ['가구원수', '세대원수', '가구원', '가족수', '인원', '세대원'],
  'head.birthDate': ['생년월일', '출생일', '생일', '주민등록번호', '주민번호', 'birthdate'],
  'head.age': ['나이', '연령', '만나이', 'age'],
  'head.disabled': ['장애', '장애여부', '장애인', '장애등록'],
  'head.earnerGroup': ['공제대상', '근로소득공제대상', '소득공제대상'],
  'head.earnedIncome': ['근로소득', '소득', '월소득', '소득월액', 'income'],
  'head.businessIncome': ['사업소득'],
  'head.pensionIncome': ['연금', '연금소득', '공적이전소득', '이전소득'],
  'head.otherIncome': ['기타소득'],
};

function fromSchema(key: string, def: FieldDef): TargetField {
  const headerWords = HEADER_WORDS[key] ?? [];
  if (def.type === 'boolean') return { key, label: def.label, kind: 'yesno', headerWords };
  if (def.type === 'enum') {
    return { key, label: def.label, kind: 'choice', values: def.values, valueLabels: def.valueLabels, headerWords };
  }
  if (def.type === 'date') return { key, label: def.label, kind: 'date', headerWords };
  const money = def.unit === 'KRW' || def.unit === 'KRW/month';
  return { key, label: def.label, kind: money ? 'money' : 'number', max: def.max ?? 1_000_000, headerWords };
}

/**
 * What a list may say a household already gets beyond the three 수급 fields the engine reads
 * (주거·생계·의료급여): the list's own answers, never given to the engine, read only to tell
 * "eligible but not receiving" (사각지대) from "eligible and served". Which programs each covers
 * is the server's (outreach/receipt.ts), keyed by these keys.
 */
export const RECEIPT_KEYS = [
  'receives.educationBenefit',
  'receives.publicRental',
  'receives.emergencyHousing',
  'receives.youthRent',
  'receives.jeonseLoan',
  'receives.homeRepair',
] as const;
export type ReceiptKey = (typeof RECEIPT_KEYS)[number];

const RECEIPT_WORDS: Record<ReceiptKey, { label: Label; headerWords: readonly string[] }> = {
  'receives.educationBenefit': {
    label: { ko: '교육급여 받음 (명단)', en: 'Receives education benefit (as the list says)' },
    headerWords: ['교육급여', '교육급여수급', '교육급여여부'],
  },
  'receives.publicRental': {
    label: { ko: '공공임대 입주 중 (명단)', en: 'Already lives in public rental (as the list says)' },
    headerWords: ['공공임대', '임대주택', '공공임대입주', '임대주택입주', '공공임대여부'],
  },
  'receives.emergencyHousing': {
    label: { ko: '긴급복지 주거지원 받음 (명단)', en: 'Receives emergency housing support (as the list says)' },
    headerWords: ['긴급복지', '긴급지원', '긴급주거지원', '긴급복지여부'],
  },
  'receives.youthRent': {
    label: { ko: '청년월세 지원 받음 (명단)', en: 'Receives youth rent support (as the list says)' },
    headerWords: ['청년월세', '청년월세지원', '청년월세여부'],
  },
  'receives.jeonseLoan': {
    label: { ko: '전세자금 대출 받음 (명단)', en: 'Has a jeonse loan (as the list says)' },
    headerWords: ['전세자금', '버팀목', '전세대출', '전세자금대출'],
  },
  'receives.homeRepair': {
    label: { ko: '집수리 지원 받음 (명단)', en: 'Received home repair support (as the list says)' },
    headerWords: ['집수리지원', '주택개조', '집수리여부', '집수리지원여부'],
  },
};

/** A phone number: kept only on a case made from the row (as intake keeps it), and used to find the person again. */
const PHONE_FIELD: TargetField = {
  key: 'phone',
  label: { ko: '전화번호 (사례를 만들 때 같은 분 찾기)', en: 'Phone (to find the same person when making cases)' },
  kind: 'phone',
  headerWords: HEADER_WORDS.phone as string[],
};

/**
 * Every field a column can be mapped to, in the household format's own order: the household's
 * fields, the head of household's (a list has one line per household), its size, and the list's
 * own: a reference and a phone to find the household again, an address reduced to 시·도 and 구,
 * and what else the list says the household already receives.
 */
export const TARGET_FIELDS: readonly TargetField[] = [
  {
    key: 'reference',
    label: { ko: '이름·관리번호 (목록에서 찾을 때)', en: 'Name or reference (to find the row again)' },
    kind: 'text',
    headerWords: HEADER_WORDS.reference as string[],
  },
  PHONE_FIELD,
  {
    key: 'address',
    label: { ko: '주소 (시·도와 구만 씀)', en: 'Address (only 시·도 and 구 are used)' },
    kind: 'address',
    headerWords: HEADER_WORDS.address as string[],
  },
  ...Object.entries(householdSchema.household).map(([key, def]) => fromSchema(key, def as FieldDef)),
  {
    key: 'householdSize',
    label: { ko: '가구원 수', en: 'Household size' },
    kind: 'number',
    max: MAX_MEMBERS,
    headerWords: HEADER_WORDS.householdSize as string[],
  },
  {
    key: 'head.birthDate',
    label: { ko: '가구주 생년월일', en: "Head's date of birth" },
    kind: 'date',
    headerWords: HEADER_WORDS['head.birthDate'] as string[],
  },
  ...Object.entries(householdSchema.member)
    .filter(([key]) => key !== 'relation')
    .map(([key, def]) => {
      const f = fromSchema(`head.${key}`, def as FieldDef);
      return { ...f, label: { ko: `가구주 ${f.label.ko}`, en: `Head: ${f.label.en}` } };
    }),
  ...RECEIPT_KEYS.map((key): TargetField => ({ key, kind: 'yesno', ...RECEIPT_WORDS[key] })),
];

export const TARGET_KEYS = new Set(TARGET_FIELDS.map((f) => f.key));
const BY_KEY = new Map(TARGET_FIELDS.map((f) => [f.key, f]));
export const targetField = (key: string) => BY_KEY.get(key);
