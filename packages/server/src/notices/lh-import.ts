import { GWANGJU_DISTRICTS, housingTypeFromName } from '@jibsa/programs';
import { parse } from 'csv-parse/sync';

/** One notice as read from an LH-style row, before it is stored. */
export interface ImportedNotice {
  externalId: string;
  title: string;
  provider: string;
  housingType: string;
  district: string | null;
  applicationStart: string | null;
  applicationEnd: string;
  url: string | null;
  providerStatus: string | null;
}

export interface RowError {
  row: number;
  field: string;
  detail: string;
  detail_en: string;
}

export const MAX_IMPORT_ROWS = 2000;

type Row = Record<string, unknown>;

/**
 * LH's notice list as JSON (an array of rows, `{ dsList: [...] }`, or the open API's
 * `[{ dsSch }, { dsList }]`) or as CSV with the same column names. Unknown columns are ignored.
 */
export function readRows(
  format: 'json' | 'csv',
  content: string,
): { rows: Row[] } | { error: { ko: string; en: string } } {
  if (format === 'csv') {
    try {
      const rows = parse(content, {
        columns: true,
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
      });
      return { rows: rows as Row[] };
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
  return { rows };
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

/** Turns one row into a notice, or says in Korean and English which field is wrong and why. */
export function readNotice(row: Row, index: number): ImportedNotice | RowError {
  const err = (field: string, ko: string, en: string): RowError => ({
    row: index + 1,
    field,
    detail: `${field}: ${ko}`,
    detail_en: `${field}: ${en}`,
  });
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
  const end = lhDate(row.CLSG_DT);
  if (!end)
    return err(
      'CLSG_DT',
      '마감일이 없거나 날짜가 아닙니다 (예: 2026.12.20).',
      'the closing date is missing or not a date (e.g. 2026.12.20).',
    );
  const startRaw = text(row.PAN_NT_ST_DT);
  const start = startRaw ? lhDate(startRaw) : null;
  if (startRaw && !start) return err('PAN_NT_ST_DT', '공고일이 날짜가 아닙니다.', 'the notice date is not a date.');
  if (start && start > end)
    return err('CLSG_DT', '마감일이 공고일보다 앞섭니다.', 'the closing date is before the notice date.');
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
    applicationStart: start,
    applicationEnd: end,
    url: url || null,
    providerStatus: text(row.PAN_SS).slice(0, 30) || null,
  };
}
