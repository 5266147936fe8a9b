import type { Label } from '@jibsa/rules';

/**
 * One cell as office lists write it, read into what the household format takes. Each parser
 * answers a value, `null` for a blank cell (unknown, never zero), or a plain message saying what
 * was expected; it never guesses a value it cannot read.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: Label };

/** A cell that says nothing: empty, a dash, "모름". */
export const blank = (s: string) => /^[\s\-–—·.?]*$/.test(s) || /^(모름|미상|미확인|unknown|n\/?a)$/i.test(s.trim());
/** Cell text with spaces, dots and brackets removed, lower-cased: how names are compared. */
export const squash = (s: string) => s.replace(/[\s·ㆍ()（）[\]'"]/g, '').toLowerCase();

const DIGITS = /^\d+$/;
const BIG: Record<string, number> = { 억: 1e8, 만: 1e4 };
const SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };

/**
 * Won as people write it: "1,200,000", "1,200,000원", "₩1200000", "120만원", "120만",
 * "1억 2천만원", "3천만", "120.5만". "없음" is zero (no such money), a blank cell unknown.
 */
export function parseMoney(raw: string): Parsed<number> {
  const text = raw.trim();
  // Most cells are digits alone: read before the other forms are tried.
  if (DIGITS.test(text)) return { ok: true, value: Math.round(Number(text)) };
  if (blank(text)) return { ok: true, value: null };
  if (/^(없음|무|해당없음|0원)$/.test(text.replace(/\s/g, ''))) return { ok: true, value: 0 };
  const s = text.replace(/[\s,₩\\]/g, '').replace(/(원|krw|won)$/i, '');
  const bad = () => ({
    ok: false as const,
    message: {
      ko: `금액으로 읽을 수 없습니다: "${clip(text)}" (예: 1,200,000 또는 120만원)`,
      en: `not an amount of money: "${clip(text)}" (e.g. 1,200,000 or 120만원)`,
    },
  });
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
      if (!/^\d+(\.\d+)?$/.test(tail)) return bad();
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
  const shown = dateShown(text);
  const ymd = ymdOf(text);
  const iso = ymd ? isoDate(...ymd) : null;
  if (iso) return { ok: true, value: iso };
  // A date written rightly but not on the calendar gets its reason: "2월 30일" is a typing slip
  // the official can fix from the message alone, where "cannot be read" sends them hunting.
  const why = ymd ? noSuchDate(...ymd) : null;
  return {
    ok: false,
    message: why
      ? { ko: `날짜가 맞지 않습니다: "${shown}" (${why.ko})`, en: `not a real date: "${shown}" (${why.en})` }
      : {
          ko: `날짜로 읽을 수 없습니다: "${shown}" (예: 1948-05-01, 1948.5.1, 19480501)`,
          en: `not a date: "${shown}" (e.g. 1948-05-01, 1948.5.1, 19480501)`,
        },
  };
}

/** A 주민등록번호 past its birth date: its back half (sex, place, serial) never goes into a message. */
const RRN_BACK = /^\d{6}\s*-?\s*\d/;

/**
 * A date cell as a message shows it: whole when short ("1948/13/40" had been cut to "1948/13/…",
 * leaving the official to guess what was wrong), the first six digits only of a 주민등록번호.
 */
function dateShown(text: string): string {
  if (RRN_BACK.test(text) && text.replace(/\D/g, '').length > 8) return `${text.slice(0, 6)}…`;
  return clip(text);
}

const MONTH_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Why a year, month and day read from a cell are no day of the calendar, in words; null when they are one. */
function noSuchDate(y: number, m: number, d: number): { ko: string; en: string } | null {
  if (m < 1 || m > 12) return { ko: `${m}월은 없습니다`, en: `there is no month ${m}` };
  if (d < 1) return { ko: `${d}일은 없습니다`, en: `there is no day ${d}` };
  const month = MONTH_EN[m - 1] as string;
  if (d > (MONTH_DAYS[m - 1] as number)) {
    return { ko: `${m}월 ${d}일은 없는 날입니다`, en: `${month} has no day ${d}` };
  }
  if (m === 2 && d === 29 && isoDate(y, m, d) === null && y >= 1880 && y <= 2100) {
    return { ko: `${y}년은 윤년이 아니라 2월 29일이 없습니다`, en: `${y} is not a leap year: no 29 February` };
  }
  if (y < 1880 || y > 2100) return { ko: `${y}년은 맞는 연도가 아닙니다`, en: `${y} is not a likely year` };
  return null;
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

/** "광주광역시 광산구 수완로 1" → 시·도 and 시·군·구, all the household format keeps of an address. */
export function parseAddress(raw: string): Parsed<{ sido: string; sigungu?: string }> {
  const text = raw.trim();
  if (blank(text)) return { ok: true, value: null };
  const [sido, sigungu] = text.split(/\s+/);
  return { ok: true, value: sigungu ? { sido: sido as string, sigungu } : { sido: sido as string } };
}

/** Cell text in a message: enough to find it, never a whole cell of personal data. */
export function clip(text: string, max = 20): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
