import { parseMoney } from '@jibsa/lists';
import { GWANGJU_DISTRICTS, housingTypeFromName } from '@jibsa/programs';
import { parse } from 'csv-parse/sync';
import { columnWords } from './lh-columns.ts';

/** Units by size, as the notice form and the API hold them (schemas.ts Unit). */
export interface ImportedUnit {
  area: string;
  count: number | null;
  deposit: number | null;
  rent: number | null;
}

/** One notice as read from an LH-style row, before it is stored. */
export interface ImportedNotice {
  externalId: string;
  title: string;
  provider: string;
  housingType: string;
  district: string | null;
  /** Null: the row does not say (a list row without detail), so a stored value is kept. */
  complex: string | null;
  units: ImportedUnit[] | null;
  applicationStart: string | null;
  applicationEnd: string;
  /** True when the period is the detail's 접수기간; false when it is the list's 공고일 and 마감일. */
  periodFromDetail: boolean;
  url: string | null;
  providerStatus: string | null;
}

export interface RowError {
  row: number;
  /** The column's code in LH's file (PAN_NM). */
  field: string;
  /** The column's name: "공고명(PAN_NM)" / "notice name (PAN_NM)". */
  column: { ko: string; en: string };
  detail: string;
  detail_en: string;
}

export const MAX_IMPORT_ROWS = 2000;

type Row = Record<string, unknown>;

/**
 * LH's notice list as JSON (an array of rows, `{ dsList: [...] }`, or the open API's
 * `[{ dsSch }, { dsList }]`) or as CSV with the same column names. Unknown columns are ignored.
 *
 * Detail, where the file has it (LH's 상세정보 and 공급정보 answers): in JSON a row may carry its
 * supply rows (`dsList01`: HTY_NNA 주택형, DDO_AR 전용면적, NOW_HSH_CNT 세대수, LS_GMY 임대보증금,
 * RFE 월임대료), its schedule (`dsSplScdl`: SBSC_ACP_ST_DT, SBSC_ACP_CLSG_DT 접수기간) and its
 * complex (`dsSbd`: LCC_NT_NM 단지명); in CSV the same columns sit on the row, one line per 주택형
 * with the same PAN_ID (see mergeRows).
 */
export function readRows(
  format: 'json' | 'csv',
  content: string,
): { rows: Row[]; numbers: number[] } | { error: { ko: string; en: string } } {
  if (format === 'csv') {
    try {
      const records = parse(content, {
        columns: true,
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        info: true,
      }) as { record: Row; info: { lines: number } }[];
      // A CSV row is named by its line in the file, as a person finds it in Excel (the header is
      // line 1), not by its place among the data rows: "줄 3" was file line 4.
      return { rows: records.map((r) => r.record), numbers: records.map((r) => r.info.lines) };
    } catch (e) {
      const where = (e as { lines?: number }).lines;
      return {
        error: {
          ko: `CSV 파일을 읽을 수 없습니다${where ? ` (${where}번째 줄 근처)` : ''}. 따옴표와 쉼표를 확인해 주세요.`,
          en: `The CSV file cannot be read${where ? ` (near line ${where})` : ''}. Check its quotes and commas.`,
        },
      };
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    return { error: { ko: 'JSON 형식이 아닙니다.', en: 'This is not valid JSON.' } };
  }
  const lists = Array.isArray(data) ? data : [data];
  const rows: Row[] = [];
  for (const item of lists) {
    if (item && typeof item === 'object' && Array.isArray((item as Row).dsList))
      rows.push(...((item as Row).dsList as Row[]));
    else if (item && typeof item === 'object' && !('dsSch' in item)) rows.push(item as Row);
  }
  return { rows, numbers: rows.map((_, i) => i + 1) };
}

/** 2026.12.20, 2026-12-20 or 20261220 → 2026-12-20; anything else (or an impossible day) → null. */
export function lhDate(value: unknown): string | null {
  const m = /^(\d{4})[.\-/]?(\d{2})[.\-/]?(\d{2})\.?$/.exec(String(value ?? '').trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? null : iso;
}

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

/** A row's problem, naming its column as a person reads it ("공고명(PAN_NM): …"); `field` keeps the code. */
function rowError(row: number, field: string, words: { ko: string; en: string }): RowError {
  const column = columnWords(field);
  return { row, field, column, detail: `${column.ko}: ${words.ko}`, detail_en: `${column.en}: ${words.en}` };
}

/** Turns one row into a notice, or says in Korean and English which field is wrong and why. */
export function readNotice(row: Row, rowNumber: number): ImportedNotice | RowError {
  const err = (field: string, ko: string, en: string): RowError => rowError(rowNumber, field, { ko, en });
  const id = text(row.PAN_ID);
  if (!/^[A-Za-z0-9_-]{1,50}$/.test(id))
    return err('PAN_ID', '공고 번호가 없거나 형식이 틀렸습니다.', 'the notice id is missing or malformed.');
  const title = text(row.PAN_NM);
  if (!title || title.length > 200)
    return err(
      'PAN_NM',
      '공고 이름이 없거나 200자를 넘습니다.',
      'the notice name is missing or longer than 200 characters.',
    );
  const typeName = text(row.AIS_TP_CD_NM);
  const type = housingTypeFromName(typeName);
  if (!type) {
    return err(
      'AIS_TP_CD_NM',
      `"${typeName.slice(0, 30)}"은(는) 아는 임대주택 유형이 아닙니다.`,
      `"${typeName.slice(0, 30)}" is not a known rental housing type.`,
    );
  }
  const region = text(row.CNP_CD_NM);
  if (region && !region.includes('광주')) {
    return err(
      'CNP_CD_NM',
      `광주 밖(${region.slice(0, 20)})의 공고라 가져오지 않았습니다.`,
      `the notice is outside Gwangju (${region.slice(0, 20)}); not imported.`,
    );
  }
  const schedules = rowsOf(row.dsSplScdl) ?? [row];
  const period: { start: string[]; end: string[] } = { start: [], end: [] };
  for (const [key, field] of [
    ['start', 'SBSC_ACP_ST_DT'],
    ['end', 'SBSC_ACP_CLSG_DT'],
  ] as const) {
    for (const sc of schedules) {
      const raw = text(sc[field]);
      if (!raw) continue;
      const day = lhDate(raw);
      if (!day)
        return err(
          field,
          '접수 기간의 날짜가 틀렸습니다 (예: 2026.12.20).',
          'an application date is not a date (e.g. 2026.12.20).',
        );
      period[key].push(day);
    }
  }
  // The application period (접수기간) when the detail gives it; otherwise the list's 공고일 and 마감일.
  const end = period.end.sort().at(-1) ?? lhDate(row.CLSG_DT);
  if (!end)
    return err(
      'CLSG_DT',
      '마감일이 없거나 날짜가 아닙니다 (예: 2026.12.20).',
      'the closing date is missing or not a date (e.g. 2026.12.20).',
    );
  const startRaw = text(row.PAN_NT_ST_DT);
  const posted = startRaw ? lhDate(startRaw) : null;
  if (startRaw && !posted) return err('PAN_NT_ST_DT', '공고일이 날짜가 아닙니다.', 'the notice date is not a date.');
  const start = period.start.sort()[0] ?? posted;
  if (start && start > end)
    return err(
      period.end.length ? 'SBSC_ACP_CLSG_DT' : 'CLSG_DT',
      '마감일이 시작일보다 앞섭니다.',
      'the closing date is before the first day.',
    );
  const units = readUnits(row);
  if ('field' in units) return err(units.field, units.ko, units.en);
  const sbd = rowsOf(row.dsSbd)?.[0];
  const complex =
    text(row.SBD_LGO_NM) || text(sbd?.LCC_NT_NM) || text(sbd?.SBD_LGO_NM) || text(units.first?.SBD_LGO_NM);
  const url = text(row.DTL_URL);
  if (url && (!/^https?:\/\/\S+$/.test(url) || url.length > 500)) {
    return err('DTL_URL', '공고 주소는 http(s)로 시작해야 합니다.', 'the notice link must start with http(s).');
  }
  const gu = GWANGJU_DISTRICTS.find((d) => `${region} ${title}`.includes(d.ko));
  return {
    externalId: id,
    title,
    provider: text(row.PROVIDER) || 'LH',
    housingType: type.id,
    district: gu?.id ?? null,
    complex: complex ? complex.slice(0, 100) : null,
    units: units.units,
    applicationStart: start,
    applicationEnd: end,
    periodFromDetail: period.end.length > 0 || period.start.length > 0,
    url: url || null,
    providerStatus: text(row.PAN_SS).slice(0, 30) || null,
  };
}

const rowsOf = (v: unknown): Row[] | null =>
  Array.isArray(v) ? v.filter((x): x is Row => x !== null && typeof x === 'object') : null;

/**
 * LH writes "공고문 참조" where a notice gives no single figure: not known, not an error. Amounts
 * are read as people write them ("12,345,000", "1,200만원", "1억 2천만"), as the notice form and
 * the outreach lists read them.
 */
function won(v: unknown, max: number): number | null | 'bad' {
  const raw = text(v);
  if (!/\d/.test(raw)) return null;
  const read = parseMoney(raw);
  if (!read.ok || read.value === null || !Number.isInteger(read.value)) return 'bad';
  return read.value <= max ? read.value : 'bad';
}

const UNIT_FIELDS = [
  'HTY_NNA',
  'DDO_AR',
  'RSDN_DDO_AR',
  'NOW_HSH_CNT',
  'SIL_HSH_CNT',
  'HSH_CNT',
  'LS_GMY',
  'RFE',
  'MM_RFE',
];
const MAX_UNITS = 30;

/** Units by size from a row's supply rows (JSON `dsList01`) or from the row itself (CSV); null: none given. */
function readUnits(
  row: Row,
): { units: ImportedUnit[] | null; first: Row | undefined } | { field: string; ko: string; en: string } {
  const supply = rowsOf(row.dsList01) ?? (UNIT_FIELDS.some((f) => text(row[f])) ? [row] : null);
  if (!supply) return { units: null, first: undefined };
  if (supply.length > MAX_UNITS)
    return { field: 'dsList01', ko: `주택형은 ${MAX_UNITS}개까지입니다.`, en: `at most ${MAX_UNITS} unit types.` };
  const units: ImportedUnit[] = [];
  for (const u of supply) {
    const type = text(u.HTY_NNA);
    const size = text(u.DDO_AR) || text(u.RSDN_DDO_AR);
    if (size && !/^\d{1,4}(\.\d{1,4})?$/.test(size))
      return { field: 'DDO_AR', ko: '전용면적은 숫자(㎡)입니다.', en: 'the floor area is a number (m²).' };
    const area = type && size ? `${type} (${size}㎡)` : type || (size ? `${size}㎡` : '');
    if (!area || area.length > 30)
      return {
        field: 'HTY_NNA',
        ko: '주택형이나 전용면적이 없거나 너무 깁니다.',
        en: 'the unit type or floor area is missing or too long.',
      };
    const countRaw = text(u.NOW_HSH_CNT) || text(u.SIL_HSH_CNT) || text(u.HSH_CNT);
    if (countRaw && !/^\d{1,6}$/.test(countRaw.replace(/,/g, '')))
      return {
        field: 'NOW_HSH_CNT',
        ko: '세대수는 0 이상의 정수입니다.',
        en: 'the number of units is a whole number.',
      };
    const deposit = won(u.LS_GMY, 10_000_000_000);
    if (deposit === 'bad')
      return {
        field: 'LS_GMY',
        ko: '임대보증금(LS_GMY)을 금액으로 읽을 수 없습니다 (예: 12,345,000 또는 1,234만원).',
        en: 'the deposit (LS_GMY) is not an amount (e.g. 12,345,000 or 1,234만원).',
      };
    const rent = won(text(u.RFE) || text(u.MM_RFE), 100_000_000);
    if (rent === 'bad')
      return {
        field: 'RFE',
        ko: '월 임대료(RFE)를 금액으로 읽을 수 없습니다 (예: 123,450 또는 12만원).',
        en: 'the monthly rent (RFE) is not an amount (e.g. 123,450 or 12만원).',
      };
    units.push({ area, count: countRaw ? Number(countRaw.replace(/,/g, '')) : null, deposit, rent });
  }
  return { units, first: supply[0] };
}

/**
 * A CSV lists a notice once per 주택형: a later row with the same PAN_ID and the same notice fields
 * adds its units to the first. A row that says something else about the notice is refused.
 */
export function mergeRows(first: ImportedNotice, next: ImportedNotice, rowNumber: number): ImportedNotice | RowError {
  const { units: a, ...restA } = first;
  const { units: b, ...restB } = next;
  const sameNotice = JSON.stringify({ ...restA, complex: null }) === JSON.stringify({ ...restB, complex: null });
  if (sameNotice && b && b.length > 0 && (a?.length ?? 0) + b.length <= MAX_UNITS) {
    return { ...first, complex: first.complex ?? next.complex, units: [...(a ?? []), ...b] };
  }
  return rowError(rowNumber, 'PAN_ID', {
    ko: `같은 공고(${next.externalId})가 다른 내용으로 파일에 두 번 있습니다. 처음 것만 가져왔습니다.`,
    en: `the notice ${next.externalId} appears twice in the file with different facts; the first was kept.`,
  });
}
