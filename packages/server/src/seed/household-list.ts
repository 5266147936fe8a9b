/**
 * Lists of fictional households as a 구 office keeps them, for trying 발굴 (the sample list staff
 * can download) and for the bench's million-row list: column names the outreach import and the CLI
 * map by themselves, money written the ways lists write it ("1,200,000", "120만원").
 */
const HEADERS = [
  '관리번호',
  '주소',
  '생년월일',
  '가구원수',
  '점유형태',
  '보증금',
  '월세',
  '소득',
  '금융재산',
  '자동차',
];
/**
 * A sample list answers what the engine needs to decide (a list names only its head, so its
 * households are mostly one person), and what each already receives, so its 사각지대 (eligible,
 * not receiving) can be found.
 */
const SAMPLE_HEADERS = ['사업소득', '연금', '기타소득', '부채', '기타재산', '주택소유', '생계급여', '주거급여'];

const DISTRICTS = ['동구', '서구', '남구', '북구', '광산구'];
const TENURES = ['월세', '전세', '자가', '무상'];

/**
 * The list's lines (the header first, no line ends), deterministic from the seed. A `sample` list
 * has the columns above too, and two in three of its households are one person.
 */
export function* householdListLines(
  rows: number,
  { seed = 7, sample = false, district }: { seed?: number; sample?: boolean; district?: string } = {},
): Generator<string> {
  let s = seed >>> 0;
  const rand = () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
  yield (sample ? [...HEADERS, ...SAMPLE_HEADERS] : HEADERS).join(',');
  for (let i = 1; i <= rows; i++) {
    const year = 1935 + Math.floor(rand() * 70);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const tenure = pick(TENURES);
    const rent = tenure === '월세' ? `${10 + Math.floor(rand() * 60)}만원` : '0';
    const drawn = tenure === '자가' ? '0' : `"${(Math.floor(rand() * 300) * 100_000).toLocaleString('en-US')}"`;
    // Someone living free (무상) pays no deposit; still drawn, so every later household stays as it was.
    const deposit = tenure === '무상' ? '0' : drawn;
    const income = `"${(Math.floor(rand() * 40) * 50_000).toLocaleString('en-US')}"`;
    const cells = [
      `A-${String(i).padStart(7, '0')}`,
      // With `district` (a 구's own sample) every address is there; the draw is kept so the rest stays the same.
      `광주광역시 ${district ?? pick(DISTRICTS)} 가상로 ${1 + Math.floor(rand() * 300)}`,
      `${year}.${month}.${day}`,
      String(1 + Math.floor(rand() * 4)),
      tenure,
      deposit,
      rent,
      income,
      `${Math.floor(rand() * 2000)}만`,
      rand() < 0.8 ? '0' : `${Math.floor(rand() * 1500)}만원`,
    ];
    if (sample) {
      if (rand() < 2 / 3) cells[3] = '1';
      const pension = rand() < 0.5 ? `${Math.floor(rand() * 40)}만원` : '0';
      const debts = rand() < 0.7 ? '0' : `${Math.floor(rand() * 3000)}만원`;
      const land = rand() < 0.9 ? '0' : `${Math.floor(rand() * 5000)}만원`;
      // Most households a list names get nothing yet; those are what 발굴 looks for.
      const receives = () => (rand() < 0.2 ? '예' : '아니오');
      cells.push('0', pension, '0', debts, land, tenure === '자가' ? '예' : '아니오', receives(), receives());
    }
    yield cells.join(',');
  }
}
