import { stringify } from 'csv-stringify/sync';

/**
 * The LH notice columns the import reads, in the words of LH's own site and 공고문, so a row's
 * problem names the column as a person sees it in Excel ("공고명(PAN_NM)"), not by its code alone;
 * and a sample file with every column, fictional rows, that imports without an error.
 */
export const LH_COLUMNS: Readonly<Record<string, { ko: string; en: string }>> = {
  PAN_ID: { ko: '공고번호', en: 'notice number' },
  PAN_NM: { ko: '공고명', en: 'notice name' },
  AIS_TP_CD_NM: { ko: '공고유형', en: 'housing type' },
  CNP_CD_NM: { ko: '지역', en: 'region' },
  PAN_SS: { ko: '공고상태', en: 'notice status' },
  PAN_NT_ST_DT: { ko: '공고일', en: 'notice date' },
  CLSG_DT: { ko: '마감일', en: 'closing date' },
  DTL_URL: { ko: '공고 주소', en: 'notice link' },
  SBSC_ACP_ST_DT: { ko: '접수 시작일', en: 'first application day' },
  SBSC_ACP_CLSG_DT: { ko: '접수 마감일', en: 'last application day' },
  SBD_LGO_NM: { ko: '단지명', en: 'complex name' },
  HTY_NNA: { ko: '주택형', en: 'unit type' },
  DDO_AR: { ko: '전용면적', en: 'floor area' },
  NOW_HSH_CNT: { ko: '세대수', en: 'number of units' },
  LS_GMY: { ko: '임대보증금', en: 'deposit' },
  RFE: { ko: '월임대료', en: 'monthly rent' },
  dsList01: { ko: '공급정보', en: 'supply details' },
};

/** "공고명(PAN_NM)" / "notice name (PAN_NM)": a column as a row's problem names it. */
export function columnWords(field: string): { ko: string; en: string } {
  const name = LH_COLUMNS[field];
  return name ? { ko: `${name.ko}(${field})`, en: `${name.en} (${field})` } : { ko: field, en: field };
}

const SAMPLE_HEADER = [
  'PAN_ID',
  'PAN_NM',
  'AIS_TP_CD_NM',
  'CNP_CD_NM',
  'PAN_SS',
  'PAN_NT_ST_DT',
  'CLSG_DT',
  'DTL_URL',
  'SBSC_ACP_ST_DT',
  'SBSC_ACP_CLSG_DT',
  'SBD_LGO_NM',
  'HTY_NNA',
  'DDO_AR',
  'NOW_HSH_CNT',
  'LS_GMY',
  'RFE',
] as const;

/** `YYYY.MM.DD`, as LH writes its dates, `days` after `today` (ISO). */
const lhDay = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '.');

/**
 * A sample import file (CSV, UTF-8 with BOM for Excel): two fictional notices dated from `today` so
 * they are open when tried, the first with two unit types on two lines of the same 공고번호, as
 * LH's own download lists them. Names and links say they are examples.
 */
export function sampleNoticesCsv(today: string): string {
  // The first notice is listed once per 주택형, as LH's own download lists it: the same fields, then each unit's.
  const first = [
    'SAMPLE-2026-001',
    '[예시] 광주 가상지구 국민임대주택 예비입주자 모집',
    '국민임대',
    '광주광역시 광산구',
    '공고중',
    lhDay(today, 0),
    lhDay(today, 20),
    'https://example.org/notice/sample-001',
    lhDay(today, 10),
    lhDay(today, 14),
    '가상지구 1단지 (예시)',
  ];
  const second = [
    'SAMPLE-2026-002',
    '[예시] 광주 동구 행복주택 입주자 모집',
    '행복주택',
    '광주광역시 동구',
    '공고중',
    lhDay(today, 1),
    lhDay(today, 30),
    'https://example.org/notice/sample-002',
  ];
  const rows = [
    [...first, '26A', '26.37', '40', '12,345,000', '123,450'],
    [...first, '36B', '36.9', '12', '19,546,000', '165,000'],
    // No detail: the list's own 공고일 and 마감일 make its period.
    [...second, ...Array<string>(SAMPLE_HEADER.length - second.length).fill('')],
  ];
  return stringify(rows, {
    header: true,
    columns: [...SAMPLE_HEADER],
    bom: true,
    record_delimiter: 'windows',
    eof: true,
  });
}
