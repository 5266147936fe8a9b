import { ListError, type SourceRow } from './list-error.ts';
import { suggestMapping } from './mapping.ts';
import { parseDate, parseMoney, parsePhone } from './values.ts';

/** Rows looked at for the column names: a title, a date line and a blank line above them are common. */
export const HEADER_LOOKAHEAD = 5;

/** Cells a row needs that name known columns to be taken for the column names. */
const MIN_NAMED = 2;

type CellRow = { readonly row: number; readonly cells: readonly string[] };

const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '');

/** How many of a row's cells are column names a list of households uses (관리번호, 주소, 월세 …). */
function namedCells(cells: readonly string[]): number {
  return Object.keys(suggestMapping(filled(cells).map((c) => c.replace(/\s+/g, ' ').trim()))).length;
}

/**
 * A cell that is a household's data rather than a column's name: a number, a date, an amount
 * ("100만"), a phone number or an id ("T-024"). Column names rarely look like any of these.
 */
function dataCell(cell: string): boolean {
  const c = cell.trim();
  if (!/\d/.test(c)) return false;
  if (/^[\d\s,.\-/:원만₩]+$/.test(c)) return true;
  if (/^[A-Za-z가-힣]{0,3}-?\d{2,}$/.test(c)) return true;
  const date = parseDate(c);
  if (date.ok && date.value !== null) return true;
  const phone = parsePhone(c);
  if (phone.ok && phone.value !== null) return true;
  const money = parseMoney(c);
  return money.ok && money.value !== null;
}

/** A first line that is a household, not column names: mostly data, hardly a known name. */
function looksLikeData(cells: readonly string[]): boolean {
  const data = filled(cells).filter(dataCell).length;
  return data >= 2 && data > namedCells(cells);
}

/**
 * Which of the first rows holds the column names. The first row, when it names at least two known
 * columns (or names none and is not a title); else the first row below that does, provided every
 * row above it is sparse like a title ("2026년 동구 주거실태조사 명단"), so a list whose own
 * column names are unknown is never read from a household's row.
 * Refuses, saying why, a first line that is data (the first household would have become the
 * column names and vanished) and a title with no column names found under it.
 */
export function findHeaderRow(ahead: readonly SourceRow[]): number {
  const first = ahead[0];
  if (first === undefined || !('cells' in first)) return 0;
  if (namedCells(first.cells) >= MIN_NAMED && !looksLikeData(first.cells)) return 0;
  for (let i = 1; i < ahead.length; i++) {
    const row = ahead[i] as SourceRow;
    if (!('cells' in row)) break;
    const width = filled(row.cells).length;
    const sparse = (r: SourceRow) => 'cells' in r && filled(r.cells).length <= Math.max(2, Math.floor(width / 2));
    if (namedCells(row.cells) >= MIN_NAMED && ahead.slice(0, i).every(sparse)) return i;
  }
  if (looksLikeData(first.cells)) throw dataNotNames();
  const wider = ahead.some((r) => 'cells' in r && filled(r.cells).length >= 3);
  if (filled(first.cells).length === 1 && wider) throw titleOnly(first as CellRow);
  return 0;
}

const dataNotNames = () =>
  new ListError(
    {
      ko: '첫 줄이 열 이름(머리글)이 아니라 자료입니다. 이대로 읽으면 첫 가구가 열 이름이 되어 빠집니다. 맨 위에 "관리번호, 주소, 생년월일, 월세"처럼 열 이름 줄을 넣고 다시 올려 주세요.',
      en: 'The first line is data, not column names: read as it is, the first household would become the column names and be lost. Put a line of column names (관리번호, 주소, 생년월일, 월세 …) at the top and upload it again.',
    },
    'headers',
  );

const titleOnly = (first: CellRow) =>
  new ListError(
    {
      ko: `첫 줄("${first.cells
        .find((c) => c.trim() !== '')
        ?.trim()
        .slice(
          0,
          30,
        )}")은 제목으로 보이는데, 그 아래 ${HEADER_LOOKAHEAD}줄 안에서 열 이름 줄을 찾지 못했습니다. 열 이름(관리번호, 주소, 생년월일 …)은 첫 줄에 있어야 합니다. 제목 줄을 지우고 다시 올려 주세요.`,
      en: `The first line looks like a title, and no line of column names was found in the ${HEADER_LOOKAHEAD} lines below it. Column names (관리번호, 주소, 생년월일 …) must be in the first line: delete the title line and upload the file again.`,
    },
    'headers',
  );
