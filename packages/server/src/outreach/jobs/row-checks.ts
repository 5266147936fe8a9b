import { createHash } from 'node:crypto';
import { type ColumnMapping, parseCell, type SourceRow, targetField } from '@jibsa/lists';

export interface RowNote {
  column: string;
  ko: string;
  en: string;
}

/**
 * What a list's rows can be wrong about beyond their cells, found across the whole list: a
 * household listed twice, a row with more or fewer cells than the column names, a 가구원수 of 0.
 * These had been taken silently: a second listing was counted twice in every headline and every
 * 사각지대 figure the office reports, a short row read its cells under the wrong columns.
 *
 * A repeated row is not screened: it is reported as a problem row naming the row it repeats, so
 * each household counts once and the official sees which lines to merge. Same 관리번호 (the
 * column mapped as reference) or the same cells throughout both count as repeats: a list's id is
 * how the office itself tells households apart, and two identical lines are one household typed
 * twice. The other notes are warnings: the row is screened with what it has, and the note goes
 * into the problem-row file with its row number.
 *
 * Rows a resumed job reads past are noted too (`remember`), so a repeat is found the same way
 * whether or not the job was interrupted. Memory: one short key per row (the reference and a
 * 12-byte hash of the cells), a few tens of MB for a million rows.
 */
export class RowChecks {
  private readonly seen = new Map<string, number>();
  private readonly reference: number;
  private readonly size: number;

  constructor(
    private readonly headers: readonly string[],
    mapping: ColumnMapping,
    /** A workbook leaves a row's empty cells at its end out: only a CSV row can be short. */
    private readonly kind: 'csv' | 'xlsx',
  ) {
    this.reference = headers.findIndex((h) => mapping[h] === 'reference');
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
    for (const [i, key] of keys.entries()) {
      const first = this.seen.get(key);
      if (first === undefined) continue;
      const byId = i === 0 && this.reference >= 0;
      const column = byId ? (this.headers[this.reference] as string) : '';
      return {
        repeat: byId
          ? {
              column,
              ko: `${first}행과 "${column}" 값이 같습니다 (같은 가구가 두 번 있음). 한 번만 셉니다: 이 행은 선별하지 않았습니다.`,
              en: `same "${column}" as row ${first} (the household is listed twice). Counted once: this row was not screened.`,
            }
          : {
              column,
              ko: `${first}행과 내용이 똑같습니다 (같은 줄이 두 번 있음). 한 번만 셉니다: 이 행은 선별하지 않았습니다.`,
              en: `identical to row ${first} (the line is there twice). Counted once: this row was not screened.`,
            },
      };
    }
    for (const key of keys) this.seen.set(key, source.row);
    return { warnings: this.warnings(source.cells) };
  }

  private keys(cells: readonly string[]): string[] {
    const keys: string[] = [];
    const id = this.reference >= 0 ? (cells[this.reference] ?? '').trim() : '';
    if (id !== '') keys.push(`r\u0000${id}`);
    const content = cells.map((c) => c.trim());
    while (content.length > 0 && content[content.length - 1] === '') content.pop();
    keys.push(`c\u0000${createHash('sha256').update(content.join('\u0000')).digest('base64').slice(0, 16)}`);
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
