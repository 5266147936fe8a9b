import { createHash } from 'node:crypto';
import { type ColumnMapping, parseCell, type SourceRow, targetField } from '@jibsa/lists';

export interface RowNote {
  column: string;
  ko: string;
  en: string;
}

/** Fields that tell one person from another who shares their name: the household's own particulars. */
const PARTICULARS = ['head.birthDate', 'head.age', 'address', 'phone'];

/**
 * A reference column read as an id (관리번호, 연번, 가구번호 "A-0012"): by its name, or a cell with a
 * digit in it. Names ("김영숙", "임정호") have none.
 */
const ID_HEADER = /번호|코드|id|no\.?$/i;

/**
 * What a list's rows can be wrong about beyond their cells, found across the whole list: a
 * household listed twice, a row with more or fewer cells than the column names, a 가구원수 of 0.
 * These had been taken silently: a second listing was counted twice in every headline and every
 * 사각지대 figure the office reports, a short row read its cells under the wrong columns.
 *
 * A repeated row is not screened: it is reported as a problem row naming the row it repeats, so
 * each household counts once and the official sees which lines to merge. Which rows repeat:
 *  - the same id in the reference column (a 관리번호 is how the office tells households apart);
 *  - the same name there together with the same particulars (생년월일 or 나이, 주소, 전화번호: those
 *    of them the mapping reads, at least one filled in). A name alone is no key: every real list
 *    has two 김영숙, and refusing the second had dropped a household from the screening and from
 *    the city's figures. Without any particulars a name cannot tell two people apart, so it is not
 *    used;
 *  - the same cells throughout (one line typed twice).
 * The other notes are warnings: the row is screened with what it has, and the note goes into the
 * problem-row file with its row number.
 *
 * Rows a resumed job reads past are noted too (`remember`), so a repeat is found the same way
 * whether or not the job was interrupted. Memory: one or two short keys per row (the reference,
 * with a 12-byte hash of the particulars for a name, and a hash of the cells), a few tens of MB for
 * a million rows.
 */
export class RowChecks {
  private readonly seen = new Map<string, number>();
  private readonly reference: number;
  private readonly idColumn: boolean;
  private readonly particulars: { at: number; key: string }[];
  private readonly size: number;

  constructor(
    private readonly headers: readonly string[],
    mapping: ColumnMapping,
    /** A workbook leaves a row's empty cells at its end out: only a CSV row can be short. */
    private readonly kind: 'csv' | 'xlsx',
  ) {
    this.reference = headers.findIndex((h) => mapping[h] === 'reference');
    this.idColumn = this.reference >= 0 && ID_HEADER.test((headers[this.reference] as string).replace(/\s/g, ''));
    this.particulars = headers
      .map((h, at) => ({ at, key: mapping[h] ?? '' }))
      .filter((c) => PARTICULARS.includes(c.key));
    this.size = headers.findIndex((h) => mapping[h] === 'householdSize');
  }

  /** A row read past (screened before a restart): kept only so that a later repeat of it is found. */
  remember(source: SourceRow): void {
    // Checked as when it was screened, the answer dropped: the keys kept are the same either way.
    if ('cells' in source) this.check(source);
  }

  /** The row's problem when it repeats an earlier row (it is then not screened), else its warnings. */
  check(source: { row: number; cells: readonly string[] }): { repeat: RowNote } | { warnings: RowNote[] } {
    const keys = this.keys(source.cells);
    for (const key of keys) {
      const first = this.seen.get(key);
      if (first === undefined) continue;
      return { repeat: this.repeatNote(first, key[0] as 'r' | 'n' | 'c') };
    }
    for (const key of keys) this.seen.set(key, source.row);
    return { warnings: this.warnings(source.cells) };
  }

  private repeatNote(first: number, by: 'r' | 'n' | 'c'): RowNote {
    const column = by === 'c' ? '' : (this.headers[this.reference] as string);
    const counted = {
      ko: '한 번만 셉니다: 이 행은 선별하지 않았습니다.',
      en: 'Counted once: this row was not screened.',
    };
    if (by === 'r') {
      return {
        column,
        ko: `${first}행과 "${column}" 값(관리번호)이 같습니다 (같은 가구가 두 번 있음). ${counted.ko}`,
        en: `same "${column}" (an id) as row ${first} (the household is listed twice). ${counted.en}`,
      };
    }
    if (by === 'n') {
      const names = [column, ...this.particulars.map((p) => this.headers[p.at] as string)];
      return {
        column,
        ko: `${first}행과 ${names.map((n) => `"${n}"`).join('·')} 값이 모두 같습니다 (같은 가구가 두 번 있음). ${counted.ko}`,
        en: `same ${names.map((n) => `"${n}"`).join(', ')} as row ${first} (the household is listed twice). ${counted.en}`,
      };
    }
    return {
      column,
      ko: `${first}행과 내용이 똑같습니다 (같은 줄이 두 번 있음). ${counted.ko}`,
      en: `identical to row ${first} (the line is there twice). ${counted.en}`,
    };
  }

  private keys(cells: readonly string[]): string[] {
    const keys: string[] = [];
    const ref = this.reference >= 0 ? (cells[this.reference] ?? '').trim().replace(/\s+/g, ' ') : '';
    if (ref !== '') {
      if (this.idColumn || /\d/.test(ref)) keys.push(`r\u0000${ref}`);
      else {
        const particulars = this.particulars.map((p) => readParticular(p.key, cells[p.at] ?? ''));
        if (particulars.some((v) => v !== '')) keys.push(`n\u0000${ref}\u0000${digest(particulars)}`);
      }
    }
    const content = cells.map((c) => c.trim());
    while (content.length > 0 && content[content.length - 1] === '') content.pop();
    keys.push(`c\u0000${digest(content)}`);
    return keys;
  }

  private warnings(cells: readonly string[]): RowNote[] {
    const notes: RowNote[] = [];
    const n = this.headers.length;
    const extra = cells.slice(n).filter((c) => c.trim() !== '').length;
    if (extra > 0) {
      notes.push({
        column: '',
        ko: `칸이 열 이름보다 많습니다 (열 ${n}개, 이 행 ${cells.length}칸). 뒤의 ${cells.length - n}칸은 읽지 않았습니다. 칸이 밀렸는지 확인해 주세요.`,
        en: `more cells than column names (${n} columns, ${cells.length} cells). The last ${cells.length - n} were not read; check the cells have not shifted.`,
      });
    } else if (this.kind === 'csv' && cells.length < n) {
      notes.push({
        column: '',
        ko: `칸이 열 이름보다 적습니다 (열 ${n}개, 이 행 ${cells.length}칸). 없는 칸은 모름으로 보고 선별했습니다. 칸이 밀렸는지 확인해 주세요.`,
        en: `fewer cells than column names (${n} columns, ${cells.length} cells). Missing cells were taken as unknown; check the cells have not shifted.`,
      });
    }
    if (this.size >= 0) {
      const field = targetField('householdSize');
      const parsed = field ? parseCell(field, cells[this.size] ?? '') : null;
      if (parsed?.ok && parsed.value === 0) {
        const column = this.headers[this.size] as string;
        notes.push({
          column,
          ko: `"${column}" 값이 0명입니다. 가구주 1명인 가구로 보고 선별했습니다. 맞는 가구원수를 확인해 주세요.`,
          en: `"${column}" is 0. Screened as a household of one (the head); check the household size.`,
        });
      }
    }
    return notes;
  }
}

const digest = (parts: readonly string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64').slice(0, 16);

/**
 * A particular as read ("1950.1.1" and "1950-01-01", "010 1234 5678" and "01012345678" alike), or its
 * text. An address whole, spaces aside: read, it keeps only 시·도 and 구, which many neighbours share.
 */
function readParticular(key: string, raw: string): string {
  if (key === 'address') return raw.trim().replace(/\s+/g, ' ');
  const field = targetField(key);
  const parsed = field ? parseCell(field, raw) : null;
  if (parsed?.ok) return parsed.value === null ? '' : JSON.stringify(parsed.value);
  return raw.trim();
}
