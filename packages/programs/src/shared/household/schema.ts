import { bool, defineSchema, enumOf, num } from '@jibsa/rules';
import { GWANGJU_DISTRICT_IDS, GWANGJU_DISTRICTS } from './districts.ts';

/**
 * What Jibsa may know about a household. Every field may be absent (unknown); the engine then
 * says which missing fields could still change a result, and the self-check asks only those.
 * Money is in won: flows per month (KRW/month), stocks as totals (KRW).
 * `order` is the questionnaire's tie-break: lower is asked first.
 */
/**
 * The most people one household may list. Korea's largest households are around ten; the 기준
 * 중위소득 tables themselves stop at 7인 and add a step per extra person.
 */
export const MAX_MEMBERS = 20;

/** 가구주와의 관계 codes: the engine's members and the server's case people. */
export const RELATIONS = ['head', 'spouse', 'child', 'parent', 'grandchild', 'sibling', 'other'] as const;

/** 점유 형태 codes: one list for the engine's household and the server's case record. */
export const TENURES = ['monthly_rent', 'jeonse', 'owner', 'free', 'homeless'] as const;

/** 주거유형 codes of the household's `housingType` (not the 모집공고 housing types, HOUSING_TYPES). */
export const DWELLING_TYPES = [
  'apartment',
  'multi_family',
  'detached',
  'officetel',
  'semi_basement',
  'rooftop',
  'goshiwon',
  'jjokbang',
  'inn',
  'vinyl_house',
  'shelter',
  'other_non_housing',
] as const;

export const householdSchema = defineSchema({
  household: {
    region: enumOf(
      ['seoul', 'gyeonggi', 'incheon', 'metro', 'sejong', 'changwon', 'other'],
      { ko: '사는 곳 (시·도)', en: 'Region (province or city)' },
      {
        order: 1,
        valueLabels: {
          seoul: { ko: '서울특별시', en: 'Seoul' },
          gyeonggi: { ko: '경기도', en: 'Gyeonggi-do' },
          incheon: { ko: '인천광역시', en: 'Incheon' },
          metro: {
            ko: '광역시 (광주·부산·대구·대전·울산)',
            en: 'Metropolitan city (Gwangju, Busan, Daegu, Daejeon, Ulsan)',
          },
          sejong: { ko: '세종특별자치시', en: 'Sejong' },
          changwon: { ko: '창원시', en: 'Changwon' },
          other: { ko: '그 밖의 시·군', en: 'Other city or county' },
        },
      },
    ),
    gwangjuDistrict: enumOf(
      [...GWANGJU_DISTRICT_IDS, 'outside'],
      { ko: '광주 자치구', en: 'District in Gwangju' },
      {
        order: 90,
        valueLabels: {
          ...Object.fromEntries(GWANGJU_DISTRICTS.map((d) => [d.id, { ko: d.ko, en: d.en }])),
          outside: { ko: '광주 밖', en: 'Outside Gwangju' },
        },
      },
    ),
    tenure: enumOf(
      TENURES,
      { ko: '집의 점유 형태', en: 'Tenure' },
      {
        order: 2,
        valueLabels: {
          monthly_rent: { ko: '월세 (보증부 월세 포함)', en: 'Monthly rent' },
          jeonse: { ko: '전세', en: 'Jeonse (lump-sum deposit)' },
          owner: { ko: '내 집 (자가)', en: 'Own home' },
          free: { ko: '무상으로 거주', en: 'Living rent-free' },
          homeless: { ko: '거처 없음', en: 'No place to live' },
        },
      },
    ),
    housingType: enumOf(
      DWELLING_TYPES,
      { ko: '사는 곳의 종류', en: 'Type of dwelling' },
      {
        order: 3,
        valueLabels: {
          apartment: { ko: '아파트', en: 'Apartment' },
          // 원룸 and 빌라 are what people call most of these; without the words they looked for 원룸 in vain.
          multi_family: {
            ko: '다세대·연립·다가구 (빌라·원룸 건물)',
            en: 'Multi-family house (villa, one-room building)',
          },
          detached: { ko: '단독주택', en: 'Detached house' },
          officetel: { ko: '오피스텔', en: 'Officetel' },
          semi_basement: { ko: '반지하·지하', en: 'Semi-basement' },
          rooftop: { ko: '옥탑방', en: 'Rooftop room' },
          goshiwon: { ko: '고시원·고시텔', en: 'Gosiwon (tiny rented room)' },
          jjokbang: { ko: '쪽방', en: 'Jjokbang (tiny room)' },
          inn: { ko: '여관·여인숙', en: 'Inn' },
          vinyl_house: { ko: '비닐하우스·움막', en: 'Vinyl greenhouse or shack' },
          shelter: { ko: '노숙인 시설', en: 'Homeless shelter' },
          other_non_housing: { ko: '그 밖의 주택 아닌 곳', en: 'Other non-housing' },
        },
      },
    ),
    nonHousingMonths: num(
      'count',
      { ko: '주택 아닌 곳에 산 기간 (개월)', en: 'Months lived in non-housing' },
      { order: 40 },
    ),
    deposit: num('KRW', { ko: '임차 보증금', en: 'Rental deposit' }, { order: 10 }),
    monthlyRent: num('KRW/month', { ko: '월세', en: 'Monthly rent' }, { order: 11 }),
    ownsHome: bool(
      { ko: '가구원 중 집을 가진 사람이 있음', en: 'Someone in the household owns a home' },
      { order: 12 },
    ),
    financialAssets: num(
      'KRW',
      { ko: '금융재산 (예금·적금·보험 등)', en: 'Financial assets (savings, insurance)' },
      { order: 20 },
    ),
    residentialProperty: num(
      'KRW',
      { ko: '사는 집의 가격 (자가일 때)', en: 'Value of the home you own' },
      { order: 21 },
    ),
    otherProperty: num('KRW', { ko: '그 밖의 부동산 (토지·건물)', en: 'Other real estate' }, { order: 22 }),
    carValue: num('KRW', { ko: '자동차 가액', en: 'Car value' }, { order: 23 }),
    // Asked only when it could decide: a car used for a living, or by a severely disabled member or a wounded
    // veteran, is left out of the property (car-exemption-parameters.ts).
    carUse: enumOf(
      ['livelihood', 'disabled_member', 'veteran', 'none'],
      { ko: '자동차를 쓰는 까닭', en: 'What the car is used for' },
      {
        order: 23.05,
        valueLabels: {
          livelihood: {
            ko: '생업용 (장사·배달·농사 등 생계에 직접 씀)',
            en: 'To earn a living (trade, delivery, farming…)',
          },
          disabled_member: {
            ko: '장애의 정도가 심한 가구원이 직접 타는 차',
            en: 'Used by a household member with a severe disability',
          },
          veteran: {
            ko: '국가유공자·보훈보상대상자 (상이등급 1~3급) 본인이 타는 차',
            en: 'Used by a person of national merit or veteran wounded in grades 1–3',
          },
          none: { ko: '해당 없음 (출퇴근·나들이 등)', en: 'None of these (commuting, outings…)' },
        },
      },
    ),
    // Asked only when the car's value could decide (소득인정액: a small car may count at 4.17 %, not 100 %).
    carKind: enumOf(
      ['passenger', 'small_van', 'small_truck', 'other'],
      { ko: '자동차 종류', en: 'Kind of vehicle' },
      {
        order: 23.1,
        valueLabels: {
          passenger: { ko: '승용차', en: 'Passenger car' },
          small_van: { ko: '소형 승합차 (15인승 이하)', en: 'Small van (up to 15 seats)' },
          small_truck: { ko: '1톤 이하 화물차', en: 'Truck up to 1 tonne' },
          other: {
            ko: '그 밖의 차 (큰 승합·화물차, 특수차, 오토바이)',
            en: 'Other (larger van or truck, special, motorbike)',
          },
        },
      },
    ),
    carEngine: enumOf(
      ['under_1000', 'under_1600', 'under_2000', 'under_2500', 'from_2500'],
      { ko: '자동차 배기량', en: 'Engine size' },
      {
        order: 23.2,
        valueLabels: {
          under_1000: { ko: '1,000cc 미만 (경차)', en: 'Under 1,000 cc (light car)' },
          under_1600: { ko: '1,000cc 이상 1,600cc 미만', en: '1,000 to under 1,600 cc' },
          under_2000: { ko: '1,600cc 이상 2,000cc 미만', en: '1,600 to under 2,000 cc' },
          under_2500: { ko: '2,000cc 이상 2,500cc 미만', en: '2,000 to under 2,500 cc' },
          from_2500: { ko: '2,500cc 이상', en: '2,500 cc or more' },
        },
      },
    ),
    // Asked only when it could decide: a small 승용차 10 or more years old counts at 4.17 % whatever its value.
    carOld: bool({ ko: '10년 이상 된 자동차 (차령)', en: 'Car 10 or more years old' }, { order: 23.3 }),
    debts: num('KRW', { ko: '빚 (대출 등)', en: 'Debts (loans)' }, { order: 24 }),
    receivesLivelihoodBenefit: bool({ ko: '생계급여를 받고 있음', en: 'Receives livelihood benefit' }, { order: 60 }),
    receivesMedicalBenefit: bool(
      { ko: '의료급여를 받고 있음', en: 'Receives medical benefit (의료급여)' },
      { order: 60.5 },
    ),
    receivesHousingBenefit: bool({ ko: '주거급여를 받고 있음', en: 'Receives housing benefit' }, { order: 61 }),
    nearPoor: bool({ ko: '차상위계층 확인을 받음', en: 'Certified near-poor (차상위)' }, { order: 62 }),
    inCrisis: bool(
      { ko: '갑작스러운 위기 (실직·사망·화재·퇴거 등)', en: 'Sudden crisis (job loss, death, fire, eviction…)' },
      { order: 50 },
    ),
    married: bool({ ko: '혼인 중 (부부)', en: 'Married couple' }, { order: 70 }),
    marriedYears: num('years', { ko: '혼인 기간 (년)', en: 'Years married' }, { order: 71 }),
    livesApartFromParents: bool({ ko: '부모와 따로 삶', en: 'Lives apart from parents' }, { order: 80 }),
    parentsMonthlyIncome: num(
      'KRW/month',
      { ko: '부모 가구의 월 소득', en: "Parents' household monthly income" },
      { order: 81 },
    ),
    parentsHouseholdSize: num('count', { ko: '부모 가구의 사람 수', en: "Parents' household size" }, { order: 82 }),
    parentsProperty: num(
      'KRW',
      {
        ko: '부모 가구의 재산 (집·땅·예금 등, 빚을 뺀 금액)',
        en: "Parents' household assets (home, land, savings, minus debts)",
      },
      { order: 83 },
    ),
    homeNeedsRepair: bool(
      { ko: '집에 고칠 곳이 있음 (누수·단열·설비)', en: 'Home needs repair (leaks, insulation, fixtures)' },
      { order: 85 },
    ),
  },
  member: {
    age: num('years', { ko: '나이 (만)', en: 'Age' }, { order: 5, integer: true, max: 130 }),
    yearAge: num(
      'years',
      { ko: '올해 나이 (올해 − 태어난 해)', en: 'Age this year (this year − birth year)' },
      { order: 5.5, integer: true, max: 131 },
    ),
    relation: enumOf(
      RELATIONS,
      { ko: '가구주와의 관계', en: 'Relation to head of household' },
      {
        order: 6,
        valueLabels: {
          head: { ko: '본인 (가구주)', en: 'Self (head)' },
          spouse: { ko: '배우자', en: 'Spouse' },
          child: { ko: '자녀', en: 'Child' },
          parent: { ko: '부모', en: 'Parent' },
          grandchild: { ko: '손자녀', en: 'Grandchild' },
          sibling: { ko: '형제자매', en: 'Sibling' },
          other: { ko: '그 밖의 가족', en: 'Other relative' },
        },
      },
    ),
    disabled: bool({ ko: '장애인 등록', en: 'Registered disability' }, { order: 30 }),
    // Asked only of an earner, and only when it could decide: each group has its own flat deduction from earnings.
    earnerGroup: enumOf(
      ['school_student', 'defector', 'care_leaver', 'vocational_rehab', 'none'],
      { ko: '근로소득 공제를 받는 대상', en: 'Group with its own earnings deduction' },
      {
        order: 31,
        valueLabels: {
          school_student: {
            ko: '25세 이상으로 초·중·고등학교에 다니는 학생',
            en: 'Student aged 25 or over at primary, middle or high school',
          },
          defector: { ko: '북한이탈주민', en: 'North Korean defector' },
          care_leaver: {
            ko: '자립준비청년 (보육시설 퇴소·위탁 끝난 지 5년 안)',
            en: 'Care leaver (left a children’s home or foster care less than 5 years ago)',
          },
          vocational_rehab: {
            ko: '장애인·정신질환자 직업재활사업 참여',
            en: 'In a vocational rehabilitation programme (disability or mental illness)',
          },
          none: { ko: '해당 없음', en: 'None of these' },
        },
      },
    ),
    earnedIncome: num('KRW/month', { ko: '일해서 버는 돈 (근로소득)', en: 'Earnings from work' }, { order: 7 }),
    businessIncome: num('KRW/month', { ko: '사업·장사 소득', en: 'Business income' }, { order: 8 }),
    pensionIncome: num('KRW/month', { ko: '연금 등 공적 이전소득', en: 'Pensions and public transfers' }, { order: 9 }),
    otherIncome: num(
      'KRW/month',
      { ko: '그 밖의 소득 (임대·이자·용돈 등)', en: 'Other income (rent, interest, support)' },
      { order: 9 },
    ),
  },
});

export type HouseholdSchema = typeof householdSchema;
