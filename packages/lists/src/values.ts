import type { Label } from '@jibsa/rules';

/**
 * One cell as office lists write it, read into what the household format takes. Each parser
 * answers a value, `null` for a blank cell (unknown, never zero), or a plain message saying what
 * was expected; it never guesses a value it cannot read.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: Label };

const blank = (s: string) => /^[\s\-–—·.?]*$/.test(s) || /^(모름|미상|미확인|unknown|n\/?a)$/i.test(s.trim());
const squash = (s: string) => s.replace(/[\s·ㆍ()（）[\]'"]/g, '').toLowerCase();

const BIG: Record<string, number> = { 억: 1e8, 만: 1e4 };
const SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };

/**
 * Won as people write it: "1,200,000", "1,200,000원", "₩1200000", "120만원", "120만",
 * "1억 2천만원", "3천만", "120.5만". "없음" is zero (no such money), a blank cell unknown.
 */
export function parseMoney(raw: string): Parsed<number> {
  const text = raw.trim();
  if (blank(text)) return { ok: true, value: null };
  if (/^(없음|무|해당없음|0원)$/.test(text.replace(/\s/g, ''))) return { ok: true, value: 0 };
  const s = text.replace(/[\s,₩\\]/g, '').replace(/(원|krw|won)$/i, '');
  const bad = {
    ok: false as const,
    message: {
      ko: `금액으로 읽을 수 없습니다: "${clip(text)}" (예: 1,200,000 또는 120만원)`,
      en: `not an amount of money: "${clip(text)}" (e.g. 1,200,000 or 120만원)`,
    },
  };
  if (s.startsWith('-')) {
    return {
      ok: false,
      message: {
        ko: `금액은 0원보다 작을 수 없습니다: "${clip(text)}"`,
        en: `money cannot be negative: "${clip(text)}"`,
      },
    };
  }
  if (/^\d+(\.\d+)?$/.test(s)) return { ok: true, value: Math.round(Number(s)) };
  const token = /(\d+(?:\.\d+)?)?(억|만|천|백|십)/y;
  let total = 0;
  let section = 0;
  let at = 0;
  let pending: number | null = null;
  while (at < s.length) {
    token.lastIndex = at;
    const m = token.exec(s);
    if (!m) {
      // Digits left at the end: "1억 5000" is 1억 and 5,000 won.
      const tail = s.slice(at);
      if (!/^\d+(\.\d+)?$/.test(tail)) return bad;
      pending = Number(tail);
      break;
    }
    at = token.lastIndex;
    const unit = m[2] as string;
    const small = SMALL[unit];
    if (small !== undefined) section += (m[1] === undefined ? 1 : Number(m[1])) * small;
    else {
      // "천만" is 1,000만, "3천5만" 3,005만, "만" alone 1만.
      const n = m[1] === undefined ? (section > 0 ? 0 : 1) : Number(m[1]);
      total += (section + n) * (BIG[unit] as number);
      section = 0;
    }
  }
  const value = Math.round(total + section + (pending ?? 0));
  return { ok: true, value };
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1880 || y > 2100 || m < 1 || m > 12 || d < 1 || d > (MONTH_DAYS[m - 1] as number)) return null;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A calendar date: 1948-05-01, 1948.5.1, 1948. 5. 1., 1948/5/1, 19480501, 1948년 5월 1일, or the
 * first seven digits of a 주민등록번호 (480501-1…), whose 7th digit gives the century. Only the
 * date is taken: the rest of a 주민등록번호 is never read or kept.
 */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  if (blank(text)) return { ok: true, value: null };
  const bad = {
    ok: false as const,
    message: {
      ko: `날짜로 읽을 수 없습니다: "${clip(text, 8)}" (예: 1948-05-01, 1948.5.1, 19480501)`,
      en: `not a date: "${clip(text, 8)}" (e.g. 1948-05-01, 1948.5.1, 19480501)`,
    },
  };
  const ymd = ymdOf(text);
  if (!ymd) return bad;
  const [y, m, d] = ymd;
  const iso = isoDate(y, m, d);
  return iso ? { ok: true, value: iso } : bad;
}

/** A 주민등록번호's 7th digit: the century of birth (9 and 0 for the 1800s). */
const CENTURY: Record<string, number> = {
  '1': 1900,
  '2': 1900,
  '5': 1900,
  '6': 1900,
  '3': 2000,
  '4': 2000,
  '7': 2000,
  '8': 2000,
  '9': 1800,
  '0': 1800,
};

function ymdOf(text: string): [number, number, number] | null {
  const num = (m: RegExpExecArray): [number, number, number] => [Number(m[1]), Number(m[2]), Number(m[3])];
  const written = /^(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*[.일]?$/.exec(text);
  if (written) return num(written);
  const packed = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (packed) return num(packed);
  const rrn = /^(\d{2})(\d{2})(\d{2})\s*-?\s*([0-9])/.exec(text);
  if (rrn) {
    const [y, m, d] = num(rrn);
    return [(CENTURY[rrn[4] as string] as number) + y, m, d];
  }
  return null;
}

/** A whole number of people, years or months: "3", "3명", "72세", "만 72세". */
export function parseCount(raw: string, max: number): Parsed<number> {
  const text = raw.trim();
  if (blank(text)) return { ok: true, value: null };
  const s = text
    .replace(/\s/g, '')
    .replace(/^만/, '')
    .replace(/(명|인|세|살|개월|년|가구)$/, '');
  const n = /^\d+$/.test(s) ? Number(s) : Number.NaN;
  if (Number.isNaN(n) || n > max) {
    return {
      ok: false,
      message: {
        ko: `0부터 ${max}까지의 수로 읽을 수 없습니다: "${clip(text)}"`,
        en: `not a whole number from 0 to ${max}: "${clip(text)}"`,
      },
    };
  }
  return { ok: true, value: n };
}

const YES = [
  '예',
  '네',
  '응',
  '있음',
  '유',
  '해당',
  '해당함',
  '대상',
  'o',
  '○',
  '◯',
  'y',
  'yes',
  'true',
  '1',
  '수급',
  '수급자',
  '수급중',
  '수급함',
  '등록',
  '받음',
  '받고있음',
  '받는중',
  '지원중',
  '입주',
  '입주중',
];
const NO = [
  '아니오',
  '아니요',
  '아니',
  '없음',
  '무',
  '비해당',
  '해당없음',
  '미해당',
  '비대상',
  'x',
  '×',
  '✕',
  'n',
  'no',
  'false',
  '0',
  '비수급',
  '비수급자',
  '미수급',
  '미수급자',
  '미신청',
  '신청안함',
  '미등록',
  '안받음',
  '받지않음',
  '미입주',
  '미지원',
];

/**
 * Yes or no as lists write it: 예/아니오, 있음/없음, 해당/비해당, O/X, Y/N, 1/0, 수급/비수급·미수급,
 * 수급중, 미신청 (not applied, so not receiving). A word outside both lists is an error, never a guess.
 */
export function parseYesNo(raw: string): Parsed<boolean> {
  const text = raw.trim();
  if (text === '' || /^(모름|미상|미확인|-)$/.test(text)) return { ok: true, value: null };
  const s = squash(text);
  if (YES.includes(s)) return { ok: true, value: true };
  if (NO.includes(s)) return { ok: true, value: false };
  return {
    ok: false,
    message: {
      ko: `예·아니오로 읽을 수 없습니다: "${clip(text)}" (예: 예/아니오, O/X, 있음/없음)`,
      en: `not a yes or no: "${clip(text)}" (e.g. 예/아니오, O/X, Y/N)`,
    },
  };
}

/**
 * A phone number as lists write it (010-1234-5678, 010 1234 5678, +82 10-1234-5678, (062)123-4567),
 * reduced to the digits intake keeps. Excel drops a number's leading 0 when the column holds
 * numbers ("1012345678"), so nine or ten bare digits get it back. The message never repeats the
 * number: row errors are downloaded and kept.
 */
export function parsePhone(raw: string): Parsed<string> {
  const text = raw.trim();
  if (blank(text) || /^(없음|무)$/.test(text)) return { ok: true, value: null };
  let digits = text.replace(/[\s\-().]/g, '');
  if (digits.startsWith('+82')) digits = `0${digits.slice(3).replace(/^0/, '')}`;
  else if (/^[1-9]\d{8,9}$/.test(digits)) digits = `0${digits}`;
  if (/^0\d{8,10}$/.test(digits)) return { ok: true, value: digits };
  return {
    ok: false,
    message: {
      ko: '전화번호로 읽을 수 없습니다 (예: 010-1234-5678).',
      en: 'not a phone number (e.g. 010-1234-5678).',
    },
  };
}

/**
 * Everyday words for each value of an enum field, matched after spaces and dots are removed.
 * The field's own ids and Korean and English labels are accepted too (see `parseChoice`).
 */
export const EVERYDAY_WORDS: Record<string, Record<string, readonly string[]>> = {
  tenure: {
    monthly_rent: [
      '월세',
      '보증부월세',
      '반전세',
      '사글세',
      '삭월세',
      '일세',
      '달세',
      '임대',
      '공공임대',
      '영구임대',
      '국민임대',
      '매입임대',
    ],
    jeonse: ['전세', '전세임대', '전세자금'],
    owner: ['자가', '자기집', '내집', '본인소유', '소유', '자가소유', '자가주택'],
    free: ['무상', '무상거주', '무상임대', '무료', '관사', '사택', '친척집', '지인집'],
    homeless: ['노숙', '거리노숙', '거처없음', '주거없음', '홈리스'],
  },
  housingType: {
    apartment: ['아파트', '아파트먼트', 'apt'],
    multi_family: ['다세대', '다세대주택', '연립', '연립주택', '다가구', '다가구주택', '빌라', '원룸', '투룸'],
    detached: ['단독', '단독주택', '주택', '일반주택'],
    officetel: ['오피스텔'],
    semi_basement: ['반지하', '지하', '지하층', '반지층', '지층'],
    rooftop: ['옥탑', '옥탑방'],
    goshiwon: ['고시원', '고시텔', '원룸텔', '리빙텔'],
    jjokbang: ['쪽방', '쪽방촌'],
    inn: ['여관', '여인숙', '모텔', '여관여인숙', '숙박업소'],
    vinyl_house: ['비닐하우스', '움막', '판잣집', '판자집', '비닐하우스움막'],
    shelter: ['노숙인시설', '노숙인쉼터', '쉼터', '보호시설'],
    other_non_housing: ['기타', '컨테이너', '창고', '공장', '상가', 'pc방', '사무실', '기타비주택'],
  },
  gwangjuDistrict: {
    dong: ['동구', '광주동구'],
    seo: ['서구', '광주서구'],
    nam: ['남구', '광주남구'],
    buk: ['북구', '광주북구'],
    gwangsan: ['광산구', '광주광산구'],
    outside: ['광주밖', '타지역', '관외'],
  },
  region: {
    seoul: ['서울', '서울시', '서울특별시'],
    gyeonggi: ['경기', '경기도'],
    incheon: ['인천', '인천시', '인천광역시'],
    metro: [
      '광역시',
      '광주',
      '광주광역시',
      '부산',
      '대구',
      '대전',
      '울산',
      '부산광역시',
      '대구광역시',
      '대전광역시',
      '울산광역시',
    ],
    sejong: ['세종', '세종시', '세종특별자치시'],
    changwon: ['창원', '창원시'],
    other: ['기타', '그밖', '시군'],
  },
  carUse: {
    livelihood: ['생업용', '생계용', '영업용', '생업', '생계형'],
    disabled_member: ['장애인용', '장애인차량', '장애인사용', '장애인사용차량'],
    veteran: ['국가유공자', '유공자', '보훈대상자', '상이자'],
    none: ['일반', '일반용', '자가용', '비영업용', '해당없음', '없음'],
  },
  carKind: {
    passenger: ['승용', '승용차'],
    small_van: ['승합', '승합차', '소형승합', '소형승합차'],
    small_truck: ['화물', '화물차', '소형화물', '소형화물차', '트럭', '1톤'],
    other: ['기타', '오토바이', '이륜차', '특수', '특수차', '대형'],
  },
  earnerGroup: {
    school_student: ['초중고학생', '만학도', '25세이상학생'],
    defector: ['북한이탈주민', '새터민', '탈북민', '탈북주민'],
    care_leaver: ['자립준비청년', '보호종료아동', '보호종료청년', '시설퇴소', '시설퇴소아동'],
    vocational_rehab: ['직업재활', '직업재활참여', '직업재활사업'],
    none: ['일반', '해당없음', '없음'],
  },
  relation: {
    head: ['본인', '가구주', '세대주'],
    spouse: ['배우자', '처', '남편', '아내'],
    child: ['자녀', '아들', '딸', '자'],
    parent: ['부모', '부', '모', '아버지', '어머니'],
    grandchild: ['손자녀', '손자', '손녀'],
    sibling: ['형제자매', '형제', '자매'],
    other: ['기타', '그밖', '친척'],
  },
};

/** Lists give an engine's size in cc ("1,998cc", "998"); the household format asks for its band. */
function engineBucket(squashed: string): string | undefined {
  const m = /^(\d{2,5})(cc|씨씨)?$/.exec(squashed.replaceAll(',', ''));
  if (!m) return undefined;
  const cc = Number(m[1]);
  if (cc < 1000) return 'under_1000';
  if (cc < 1600) return 'under_1600';
  if (cc < 2000) return 'under_2000';
  if (cc < 2500) return 'under_2500';
  return 'from_2500';
}

/** One of a field's values, from its id, its labels or an everyday word (EVERYDAY_WORDS). */
export function parseChoice(
  raw: string,
  field: string,
  values: readonly string[],
  labels: Readonly<Record<string, Label>> = {},
): Parsed<string> {
  const text = raw.trim();
  if (blank(text)) return { ok: true, value: null };
  const s = squash(text);
  if (field === 'carEngine') {
    const bucket = engineBucket(s);
    if (bucket && values.includes(bucket)) return { ok: true, value: bucket };
  }
  const words = EVERYDAY_WORDS[field] ?? {};
  for (const v of values) {
    const label = labels[v];
    const names = [v, ...(words[v] ?? []), ...(label ? [label.ko, label.en] : [])].map(squash);
    if (names.includes(s)) return { ok: true, value: v };
  }
  // "광산구 신창동", "보증부 월세(월 25만)": the first value whose everyday word the cell starts with.
  for (const v of values) {
    if ((words[v] ?? []).some((w) => w.length >= 2 && s.startsWith(squash(w)))) return { ok: true, value: v };
  }
  const shown = values
    .map((v) => labels[v]?.ko ?? v)
    .slice(0, 6)
    .join(', ');
  return {
    ok: false,
    message: {
      ko: `알 수 없는 값입니다: "${clip(text)}" (예: ${shown})`,
      en: `unknown value: "${clip(text)}" (one of: ${values.slice(0, 6).join(', ')})`,
    },
  };
}

/** "광주광역시 광산구 수완로 1" → 시·도 and 시·군·구, all the household format keeps of an address. */
export function parseAddress(raw: string): Parsed<{ sido: string; sigungu?: string }> {
  const text = raw.trim();
  if (blank(text)) return { ok: true, value: null };
  const [sido, sigungu] = text.split(/\s+/);
  return { ok: true, value: sigungu ? { sido: sido as string, sigungu } : { sido: sido as string } };
}

/** Cell text in a message: enough to find it, never a whole cell of personal data. */
function clip(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
