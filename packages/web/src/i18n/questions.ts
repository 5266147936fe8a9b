import type { HouseholdSchema } from '@jibsa/programs';
import type { Label } from '@jibsa/rules';

type HouseholdField = keyof HouseholdSchema['household'];
/** `relation` is chosen in the members editor; `hasIncome` is the income gate (income-gate.ts). */
type MemberQuestion = Exclude<keyof HouseholdSchema['member'], 'relation'> | 'hasIncome';

/**
 * The question as asked, for every field of the household schema, keyed by the field itself: a
 * field renamed or added in the schema fails the typecheck and test/wording.test.ts here instead of
 * being asked with its terse schema label.
 */
export const questionTitles: Readonly<Record<HouseholdField, Label>> = {
  gwangjuDistrict: { ko: '광주 어느 구에 사세요?', en: 'Which district of Gwangju do you live in?' },
  region: { ko: '어느 시·도에 사세요?', en: 'Which city or province do you live in?' },
  tenure: { ko: '지금 사는 집은 어떻게 살고 계세요?', en: 'How do you live in your current home?' },
  housingType: { ko: '어떤 곳에 사세요?', en: 'What kind of place do you live in?' },
  nonHousingMonths: {
    ko: '주택이 아닌 곳(쪽방·고시원 등)에서 몇 달 사셨어요?',
    en: 'How many months have you lived in non-housing (jjokbang, gosiwon…)?',
  },
  deposit: { ko: '집 보증금은 얼마인가요?', en: 'How much is your rental deposit?' },
  monthlyRent: { ko: '월세는 한 달에 얼마인가요?', en: 'How much is your monthly rent?' },
  ownsHome: { ko: '함께 사는 가족 중 집을 가진 분이 있나요?', en: 'Does anyone in your household own a home?' },
  financialAssets: {
    ko: '예금·적금·보험 같은 금융재산은 모두 얼마인가요?',
    en: 'How much are your savings, deposits and insurance in total?',
  },
  residentialProperty: { ko: '가지고 계신 집의 가격은 얼마쯤인가요?', en: 'About how much is your home worth?' },
  otherProperty: {
    ko: '사는 집 말고 가진 땅이나 건물은 얼마쯤인가요?',
    en: 'How much other land or buildings do you own?',
  },
  carValue: { ko: '자동차가 있다면 가격은 얼마쯤인가요?', en: 'If you have a car, about how much is it worth?' },
  carUse: {
    ko: '자동차를 어디에 쓰나요? (생업에 쓰는 차, 장애가 심한 가족이나 상이 국가유공자가 타는 차는 재산에서 빠질 수 있어요)',
    en: 'What is the car used for? (A car for earning a living, or driven by a severely disabled member or a wounded veteran, may not count as property)',
  },
  carKind: { ko: '자동차는 어떤 종류인가요?', en: 'What kind of vehicle is it?' },
  carEngine: {
    ko: '자동차 배기량은 얼마인가요? (자동차등록증에 적혀 있어요)',
    en: 'What is the engine size? (It is on the vehicle registration card)',
  },
  carOld: {
    ko: '자동차는 처음 등록한 지 10년이 넘었나요? (자동차등록증의 최초등록일)',
    en: 'Was the car first registered 10 or more years ago? (First registration date on the registration card)',
  },
  debts: { ko: '빚(대출 등)은 모두 얼마인가요?', en: 'How much do you owe in total (loans)?' },
  receivesLivelihoodBenefit: { ko: '지금 생계급여를 받고 계세요?', en: 'Do you receive the livelihood benefit now?' },
  receivesMedicalBenefit: {
    ko: '지금 기초생활보장 의료급여를 받고 계세요? (국가유공자·입양아동 등 다른 이유로 받는 의료급여는 빼고요)',
    en: 'Do you receive the medical benefit (의료급여) as a basic livelihood recipient now? (Not for other reasons, such as veterans or adopted children)',
  },
  receivesHousingBenefit: { ko: '지금 주거급여를 받고 계세요?', en: 'Do you receive the housing benefit now?' },
  nearPoor: { ko: '차상위계층 확인을 받으셨어요?', en: 'Are you certified as near-poor (차상위)?' },
  inCrisis: {
    ko: '최근 갑자기 어려운 일(실직·사망·화재·퇴거 등)이 생겼나요?',
    en: 'Did something sudden happen recently (job loss, death, fire, eviction…)?',
  },
  married: { ko: '결혼한 부부가 함께 사나요?', en: 'Is there a married couple in the household?' },
  marriedYears: { ko: '결혼한 지 몇 년 되었나요?', en: 'How many years have you been married?' },
  livesApartFromParents: { ko: '부모님과 따로 사세요?', en: 'Do you live apart from your parents?' },
  parentsMonthlyIncome: {
    ko: '부모님 가구의 한 달 소득은 얼마쯤인가요?',
    en: "About how much is your parents' household income per month?",
  },
  parentsHouseholdSize: { ko: '부모님 가구는 몇 명인가요?', en: "How many people are in your parents' household?" },
  parentsProperty: {
    ko: '부모님 가구의 재산(집·땅·예금 등에서 빚을 뺀 금액)은 얼마쯤인가요?',
    en: "About how much do your parents' household own (home, land, savings) after debts?",
  },
  homeNeedsRepair: {
    ko: '집에 고칠 곳(물 새는 곳·단열·설비 등)이 있나요?',
    en: 'Does your home need repair (leaks, insulation, fixtures)?',
  },
};

/** For a 전세 tenant, the questions worded as they say it: their deposit is the 전세금. */
export const jeonseWording: Readonly<Partial<Record<HouseholdField, Label>>> = {
  deposit: { ko: '전세금(전세 보증금)은 얼마인가요?', en: 'How much is your jeonse deposit (전세금)?' },
};

/** For one person living alone, the household questions worded for that person. */
export const aloneWording: Readonly<Partial<Record<HouseholdField, Label>>> = {
  ownsHome: { ko: '집을 가지고 계세요?', en: 'Do you own a home?' },
  // "결혼하셨나요?" left a widowed or divorced person unsure: the rules ask about a marriage now (혼인 중).
  married: {
    ko: '지금 결혼한 상태인가요? (배우자와 따로 살아도 "예", 이혼했거나 배우자가 세상을 떠났으면 "아니요")',
    en: 'Are you married now? (Choose "Yes" even if your spouse lives elsewhere, "No" if divorced or widowed)',
  },
};

/** 연 나이 asked by the birthday (questionnaire/birthday.ts): alone, and "{person}의 …" for others. */
export const birthdayWording = {
  alone: { ko: '올해 생일이 지났나요?', en: 'Has your birthday passed this year?' },
  member: { ko: '올해 생일이 지났나요?', en: 'Birthday passed this year?' },
} as const;

/** Member questions: "{person}의 …" in Korean. */
export const memberQuestionLabels: Readonly<Record<MemberQuestion, Label>> = {
  age: { ko: '나이 (만)', en: 'Age' },
  yearAge: {
    ko: '태어난 해로 센 올해 나이 (올해 − 태어난 해)',
    en: 'Age this year by year of birth (this year − birth year)',
  },
  // Asked as "{본인}의 …": said so that the answer is plain, not "…여부", a form's word.
  disabled: {
    ko: '장애인 등록 (등록되어 있으면 "예"를 고르세요)',
    en: 'Registered disability (choose "Yes" if registered)',
  },
  earnerGroup: {
    ko: '상황 중 아래에 해당하는 것이 있나요? (학생·북한이탈주민·자립준비청년·직업재활 참여자는 번 돈의 일부를 빼고 셉니다)',
    en: 'Earnings deduction group (students, defectors, care leavers and rehabilitation participants have more of their earnings left out)',
  },
  hasIncome: {
    ko: '매달 들어오는 돈 (일해서 버는 돈, 연금·수당, 용돈 등)이 있나요?',
    en: 'Any money coming in each month (work, pension or allowance, support)?',
  },
  // Questions after "{person}의 …", so each ends as one: "두 번째 분(배우자)의 한 달 근로소득은 얼마인가요?"
  earnedIncome: { ko: '한 달 근로소득(일해서 버는 돈)은 얼마인가요?', en: 'Monthly earnings from work' },
  businessIncome: { ko: '한 달 사업·장사 소득은 얼마인가요?', en: 'Monthly business income' },
  pensionIncome: {
    ko: '한 달 연금·수당(기초연금·국민연금 등)은 얼마인가요?',
    en: 'Monthly pensions and allowances (basic pension, national pension…)',
  },
  otherIncome: {
    ko: '그 밖의 한 달 소득(월세 받는 돈·이자·자녀가 주는 용돈 등)은 얼마인가요?',
    en: 'Other monthly income (rent received, interest, money from children…)',
  },
};

/**
 * Member questions to someone who lives alone, asked to them as questions: "본인의 한 달에 일해서
 * 버는 돈" reads as a form's label and trips on its "의 … 에"; with one person there is no one else
 * to name. Several people keep "{첫 번째 분(본인, 40세)}의 …", which says whose money is meant.
 */
export const aloneMemberWording: Readonly<Partial<Record<MemberQuestion, Label>>> = {
  age: { ko: '나이는 만으로 몇 살인가요?', en: 'How old are you?' },
  yearAge: {
    ko: '태어난 해로 세면 올해 몇 살인가요? (올해 − 태어난 해)',
    en: 'How old are you this year, counted by year of birth? (this year − birth year)',
  },
  disabled: {
    ko: '장애인으로 등록되어 있나요?',
    en: 'Are you registered as a person with a disability?',
  },
  earnerGroup: {
    ko: '아래 중 해당하는 것이 있나요? (해당하면 번 돈의 일부를 빼고 셉니다)',
    en: 'Does any of these apply to you? (If so, part of your earnings is left out)',
  },
  hasIncome: {
    ko: '매달 들어오는 돈(일해서 버는 돈, 연금·수당, 용돈 등)이 있나요?',
    en: 'Do you have any money coming in each month (work, pension or allowance, support)?',
  },
  earnedIncome: {
    ko: '한 달에 일해서 버는 돈은 얼마인가요? (근로소득)',
    en: 'How much do you earn from work a month?',
  },
  businessIncome: {
    ko: '한 달에 사업이나 장사로 버는 돈은 얼마인가요?',
    en: 'How much do you make from a business a month?',
  },
  pensionIncome: {
    ko: '한 달에 받는 연금·수당은 얼마인가요? (기초연금·국민연금 등)',
    en: 'How much do you get in pensions and allowances a month? (basic pension, national pension…)',
  },
  otherIncome: {
    ko: '그 밖에 한 달에 들어오는 돈은 얼마인가요? (월세 받는 돈·이자·자녀가 주는 용돈 등)',
    en: 'How much other money comes in a month? (rent received, interest, money from children…)',
  },
};
