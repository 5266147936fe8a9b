import type { SourceRow } from './list-error.ts';

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * The CSV tokenizer for the common case, with csv-parse (csv-rows.ts) behind it for the rest.
 *
 * Why a tokenizer of our own: on this 2-core machine csv-parse 7 took about 44 µs a row (4.4 s
 * for 100,000 rows of 10 cells, a third of `jibsa screen-many`'s time per row: one record object
 * and one awaited step per row); this scan takes well under 1 µs a row. It reads only text it
 * can read exactly as csv-parse (with csv-rows.ts's options) reads it: unquoted cells without a
 * quote, quoted cells closed by a quote before the delimiter or the line's end, `""` inside them,
 * and lines that all end alike (CRLF or LF, as csv-parse settles from the first one). At the
 * first record that is anything else (a stray quote, a line break inside quotes, a lone CR, a
 * record near the length limit) it stops and hands the text from that record's start to
 * csv-parse, which reads the rest of the file and reports broken rows and long lines as before.
 * The equality is tested on random and edge-case files (test/csv-scan.test.ts).
 */
export class CsvScanner {
  /** Records read so far, which is also the line of the last one: no record read here spans lines. */
  lines = 0;
  /** The line ending settled by the first record, as csv-parse settles it; undefined before. */
  recordDelimiter: '\r\n' | '\n' | undefined;
  private pending = '';
  private readonly delimiter: number;

  constructor(
    delimiter: string,
    /** Records longer than this are left to csv-parse, which enforces the limit. */
    private readonly maxChars: number,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /**
   * Reads the complete records of the text seen so far into `out`. Returns null while it can go on,
   * or the unread text from the start of the first record it would not read exactly (for csv-parse).
   * `final` says the input ends with this chunk.
   */
  push(chunk: string, final: boolean, out: SourceRow[]): string | null {
    const text = this.pending === '' ? chunk : this.pending + chunk;
    this.pending = '';
    const n = text.length;
    const delim = this.delimiter;
    let start = 0;
    while (start < n) {
      const cells: string[] = [];
      let p = start;
      // 0: the record ended at a line break; 1: more text is needed; 2: csv-parse must read it.
      let stop = 0;
      for (;;) {
        let value: string;
        if (p < n && text.charCodeAt(p) === QUOTE) {
          value = '';
          let from = p + 1;
          let q = from;
          for (;;) {
            if (q >= n) {
              stop = final ? 2 : 1;
              break;
            }
            const c = text.charCodeAt(q);
            if (c === QUOTE) {
              if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
                value += text.slice(from, q + 1);
                q += 2;
                from = q;
                continue;
              }
              if (q + 1 >= n && !final) {
                stop = 1;
                break;
              }
              value += text.slice(from, q);
              q++;
              break;
            }
            if (c === CR || c === LF) {
              stop = 2;
              break;
            }
            q++;
          }
          if (stop !== 0) break;
          p = q;
          if (p < n) {
            const c = text.charCodeAt(p);
            if (c !== delim && c !== CR && c !== LF) {
              stop = 2;
              break;
            }
          }
        } else {
          let q = p;
          for (; q < n; q++) {
            const c = text.charCodeAt(q);
            if (c === delim || c === CR || c === LF) break;
            if (c === QUOTE) {
              stop = 2;
              break;
            }
          }
          if (stop !== 0) break;
          value = text.slice(p, q);
          p = q;
        }
        if (p - start > this.maxChars) {
          stop = 2;
          break;
        }
        if (p >= n) {
          if (!final) {
            stop = 1;
            break;
          }
          cells.push(value);
          break;
        }
        const c = text.charCodeAt(p);
        cells.push(value);
        if (c === delim) {
          p++;
          continue;
        }
        if (c === LF) {
          if (this.recordDelimiter === '\r\n') stop = 2;
          else {
            this.recordDelimiter = '\n';
            p++;
          }
          break;
        }
        // CR: only as the first half of CRLF, and only where lines end in CRLF.
        if (p + 1 >= n && !final) {
          stop = 1;
          break;
        }
        if (p + 1 < n && text.charCodeAt(p + 1) === LF && this.recordDelimiter !== '\n') {
          this.recordDelimiter = '\r\n';
          p += 2;
        } else stop = 2;
        break;
      }
      if (stop === 2) return text.slice(start);
      if (stop === 1) {
        if (n - start > this.maxChars) return text.slice(start);
        this.pending = text.slice(start);
        return null;
      }
      out.push({ row: ++this.lines, cells });
      start = p;
    }
    return null;
  }
}
