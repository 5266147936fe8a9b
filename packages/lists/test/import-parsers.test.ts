import { describe, expect, it } from 'vitest';
import { parseChoice } from '../src/choices.ts';
import { RECEIPT_KEYS, TARGET_FIELDS } from '../src/fields.ts';
import { mappingProblems, mapRow, suggestMapping } from '../src/mapping.ts';
import { parseDate, parseMoney, parsePhone, parseYesNo } from '../src/values.ts';

const value = <T>(p: { ok: boolean; value?: T }) => (p.ok ? p.value : 'ERROR');

describe('money as Korean lists write it', () => {
  it.each([
    ['1,200,000', 1_200_000],
    ['1,200,000원', 1_200_000],
    ['₩ 350000', 350_000],
    ['120만원', 1_200_000],
    ['120만', 1_200_000],
    ['120.5만', 1_205_000],
    ['3천만', 30_000_000],
    ['3천5백만원', 35_000_000],
    ['1억 2천만원', 120_000_000],
    ['1억2000만', 120_000_000],
    ['2억 5000', 200_005_000],
    ['없음', 0],
    ['', null],
    ['-', null],
  ])('%s → %s', (text, expected) => {
    expect(value(parseMoney(text))).toBe(expected);
  });
  it.each(['열두만원', '12만 3천 abc', '-50000', '1.2.3'])('refuses %s with a message', (text) => {
    const parsed = parseMoney(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.ko).toContain(text.slice(0, 5));
  });
});

describe('dates', () => {
  it.each([
    ['1948-05-01', '1948-05-01'],
    ['1948.5.1', '1948-05-01'],
    ['1948. 5. 1.', '1948-05-01'],
    ['1948/05/01', '1948-05-01'],
    ['19480501', '1948-05-01'],
    ['1948년 5월 1일', '1948-05-01'],
    ['480501-1234567', '1948-05-01'],
    ['010203-3', '2001-02-03'],
    ['2000-02-29', '2000-02-29'],
    ['', null],
  ])('%s → %s', (text, expected) => {
    expect(value(parseDate(text))).toBe(expected);
  });
  it.each(['1948-02-30', '1900-02-29', '480501', '5월 1일', '19481301'])('refuses %s', (text) => {
    expect(parseDate(text).ok).toBe(false);
  });
  it.each([
    ['1948/13/40', '"1948/13/40"', '13월은 없습니다'],
    ['1955-02-30', '"1955-02-30"', '2월 30일은 없는 날입니다'],
    ['1955.4.31', '"1955.4.31"', '4월 31일은 없는 날입니다'],
    ['1955-02-29', '"1955-02-29"', '1955년은 윤년이 아니라 2월 29일이 없습니다'],
    ['1555-01-01', '"1555-01-01"', '1555년은 맞는 연도가 아닙니다'],
    ['1948년 5월 1일쯤', '"1948년 5월 1일쯤"', '날짜로 읽을 수 없습니다'],
  ])('shows %s whole and says why it is no date', (text, shown, why) => {
    const parsed = parseDate(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message.ko).toContain(shown);
      expect(parsed.message.ko).toContain(why);
      expect(parsed.message.en).toContain(shown);
    }
  });
  it('cuts only a long value short', () => {
    const parsed = parseDate('생년월일을 모르겠다고 하셨음 다음에 확인');
    expect(!parsed.ok && parsed.message.ko).toContain('"생년월일을 모르겠다고 하셨음 다음에 …"');
  });
  it('never repeats a 주민등록번호 back in its message', () => {
    const parsed = parseDate('481301-1234567');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.ko).not.toContain('1234567');
  });
});

describe('yes/no and everyday words', () => {
  it.each([
    ['예', true],
    ['O', true],
    ['수급', true],
    ['해당', true],
    ['아니오', false],
    ['X', false],
    ['비해당', false],
    ['', null],
    // The everyday words of 수급 columns.
    ['미수급', false],
    ['비수급', false],
    ['미신청', false],
    ['해당없음', false],
    ['해당 없음', false],
    ['없음', false],
    ['N', false],
    ['n', false],
    ['아니오', false],
    ['수급중', true],
    ['수급 중', true],
    ['Y', true],
    ['o', true],
  ])('%s → %s', (text, expected) => {
    expect(value(parseYesNo(text))).toBe(expected);
  });
  it.each(['수급예정', '글쎄', '2'])('refuses %s as a yes or no', (text) => {
    const parsed = parseYesNo(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.ko).toContain(text);
  });
  it.each([
    ['010-1234-5678', '01012345678'],
    ['010 1234 5678', '01012345678'],
    ['+82 10-1234-5678', '01012345678'],
    ['(062) 123-4567', '0621234567'],
    // Excel keeps a numeric column's 010… as 10….
    ['1012345678', '01012345678'],
    ['', null],
  ])('phone %s → %s', (text, expected) => {
    expect(value(parsePhone(text))).toBe(expected);
  });
  it('refuses what is not a phone number without repeating it', () => {
    const parsed = parsePhone('010-12-999');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.ko).not.toContain('999');
  });
  const tenure = TARGET_FIELDS.find((f) => f.key === 'tenure');
  const housing = TARGET_FIELDS.find((f) => f.key === 'housingType');
  it.each([
    ['월세', 'monthly_rent'],
    ['보증부 월세', 'monthly_rent'],
    ['사글세', 'monthly_rent'],
    ['전세', 'jeonse'],
    ['자가', 'owner'],
    ['무상거주', 'free'],
    ['노숙', 'homeless'],
    ['owner', 'owner'],
  ])('tenure %s → %s', (text, expected) => {
    expect(value(parseChoice(text, 'tenure', tenure?.values ?? [], tenure?.valueLabels))).toBe(expected);
  });
  it.each([
    ['아파트', 'apartment'],
    ['빌라', 'multi_family'],
    ['다가구주택', 'multi_family'],
    ['반지하', 'semi_basement'],
    ['옥탑방', 'rooftop'],
    ['고시텔', 'goshiwon'],
    ['쪽방', 'jjokbang'],
    ['여인숙', 'inn'],
    ['비닐하우스', 'vinyl_house'],
    ['컨테이너', 'other_non_housing'],
    ['고시원·고시텔', 'goshiwon'],
  ])('주거유형 %s → %s', (text, expected) => {
    expect(value(parseChoice(text, 'housingType', housing?.values ?? [], housing?.valueLabels))).toBe(expected);
  });
  // The car's use, kind and engine and an earner's group each decide 소득인정액 near a line (issue 16):
  // a list that has them should not leave the household undecided.
  const field = (key: string) => TARGET_FIELDS.find((f) => f.key === key);
  it.each([
    ['carUse', '생업용', 'livelihood'],
    ['carUse', '장애인 사용', 'disabled_member'],
    ['carUse', '국가유공자', 'veteran'],
    ['carUse', '자가용', 'none'],
    ['carKind', '승용', 'passenger'],
    ['carKind', '1톤 트럭', 'small_truck'],
    ['carKind', '승합차', 'small_van'],
    ['carEngine', '998cc', 'under_1000'],
    ['carEngine', '1,000', 'under_1600'],
    ['carEngine', '1,599cc', 'under_1600'],
    ['carEngine', '1600', 'under_2000'],
    ['carEngine', '1,999 cc', 'under_2000'],
    ['carEngine', '2000', 'under_2500'],
    ['carEngine', '2,500cc', 'from_2500'],
    ['carEngine', '2,000cc 이상 2,500cc 미만', 'under_2500'],
    ['head.earnerGroup', '새터민', 'defector'],
    ['head.earnerGroup', '보호종료아동', 'care_leaver'],
    ['head.earnerGroup', '직업재활 참여', 'vocational_rehab'],
    ['head.earnerGroup', '해당 없음', 'none'],
  ])('%s %s → %s', (key, text, expected) => {
    const f = field(key);
    expect(f?.kind).toBe('choice');
    expect(value(parseChoice(text, key.replace(/^head\./, ''), f?.values ?? [], f?.valueLabels))).toBe(expected);
  });
  it('refuses an engine size that is not a number of cc', () => {
    const f = field('carEngine');
    expect(parseChoice('2리터', 'carEngine', f?.values ?? [], f?.valueLabels).ok).toBe(false);
  });
  it('refuses a word it does not know, naming some it does', () => {
    const parsed = parseChoice('궁전', 'housingType', housing?.values ?? [], housing?.valueLabels);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message.ko).toContain('아파트');
  });
});

describe('column mapping', () => {
  const headers = [
    '연번',
    '성명',
    '주민등록번호',
    '주소',
    '주거유형',
    '점유형태',
    '보증금',
    '월세',
    '월소득',
    '가구원수',
    '비고',
  ];
  it('suggests fields from the column names lists use', () => {
    expect(suggestMapping(headers)).toEqual({
      연번: 'reference',
      주민등록번호: 'head.birthDate',
      주소: 'address',
      주거유형: 'housingType',
      점유형태: 'tenure',
      보증금: 'deposit',
      월세: 'monthlyRent',
      월소득: 'head.earnedIncome',
      가구원수: 'householdSize',
    });
  });
  it('gives an ambiguous "주거형태" to the field left over: the dwelling when "점유형태" names the tenure', () => {
    expect(suggestMapping(['성명', '주거형태', '점유형태'])).toMatchObject({
      주거형태: 'housingType',
      점유형태: 'tenure',
    });
    expect(suggestMapping(['성명', '주거형태', '주택유형'])).toMatchObject({
      주거형태: 'tenure',
      주택유형: 'housingType',
    });
  });
  it('reads a row into a household and names the column of each bad cell', () => {
    const mapping: Record<string, string> = { ...suggestMapping(headers), 성명: 'reference' };
    delete mapping.연번;
    const row = [
      '1',
      '김가상',
      '480501-1******',
      '광주광역시 광산구 수완로 1',
      '쪽방',
      '월세',
      '50만',
      '25만원',
      '열두만원',
      '2',
      '',
    ];
    const mapped = mapRow(headers, row, mapping);
    expect(mapped.reference).toBe('김가상');
    expect(mapped.household).toEqual({
      address: { sido: '광주광역시', sigungu: '광산구' },
      housingType: 'jjokbang',
      tenure: 'monthly_rent',
      deposit: 500_000,
      monthlyRent: 250_000,
      members: [{ relation: 'head', birthDate: '1948-05-01' }, {}],
    });
    expect(mapped.errors).toHaveLength(1);
    expect(mapped.errors[0]?.column).toBe('월소득');
  });
  it('reads a list’s own 수급 columns and phone apart from the household; an unknown word names its column', () => {
    const cols = [
      '성명',
      '연락처',
      '주거급여',
      '공공임대',
      '교육급여',
      '청년월세',
      '긴급복지',
      '전세대출',
      '집수리지원',
    ];
    const mapping = suggestMapping(cols);
    expect(mapping).toEqual({
      성명: 'reference',
      연락처: 'phone',
      주거급여: 'receivesHousingBenefit',
      공공임대: 'receives.publicRental',
      교육급여: 'receives.educationBenefit',
      청년월세: 'receives.youthRent',
      긴급복지: 'receives.emergencyHousing',
      전세대출: 'receives.jeonseLoan',
      집수리지원: 'receives.homeRepair',
    });
    const mapped = mapRow(
      cols,
      ['김가상', '010-0000-1234', '미수급', '수급중', 'X', '미신청', 'Y', '', '해당없음'],
      mapping,
    );
    expect(mapped.errors).toEqual([]);
    expect(mapped.phone).toBe('01000001234');
    expect(mapped.household).toEqual({ receivesHousingBenefit: false });
    expect(mapped.receives).toEqual({
      'receives.publicRental': true,
      'receives.educationBenefit': false,
      'receives.youthRent': false,
      'receives.emergencyHousing': true,
      'receives.homeRepair': false,
    });
    const bad = mapRow(cols, ['김가상', '', '', '받을예정', '', '', '', '', ''], mapping);
    expect(bad.errors.map((e) => e.column)).toEqual(['공공임대']);
    expect(bad.errors[0]?.message.ko).toContain('받을예정');
  });
  it('offers each list-only field to the mapping with Korean and English labels', () => {
    for (const key of [...RECEIPT_KEYS, 'phone']) {
      const f = TARGET_FIELDS.find((t) => t.key === key);
      expect(f?.label.ko).toMatch(/[가-힣]/);
      expect(f?.label.en).toMatch(/^[A-Z]/);
      expect(mappingProblems({ 열: key }, ['열'])).toEqual([]);
    }
  });
  it('suggests the car and earner-group columns that decide 소득인정액 near a line', () => {
    expect(suggestMapping(['자동차가액', '차량용도', '차종', '배기량', '공제대상'])).toEqual({
      자동차가액: 'carValue',
      차량용도: 'carUse',
      차종: 'carKind',
      배기량: 'carEngine',
      공제대상: 'head.earnerGroup',
    });
  });
  it('says which mapped columns the file lacks and which fields are mapped twice', () => {
    const problems = mappingProblems({ 월세: 'monthlyRent', 임대료: 'monthlyRent', 나이: 'head.age' }, [
      '월세',
      '임대료',
    ]);
    expect(problems.map((p) => p.path)).toEqual(['mapping.임대료', 'mapping.나이']);
    expect(problems[1]?.ko).toContain('"나이" 열이 없습니다');
  });
});
