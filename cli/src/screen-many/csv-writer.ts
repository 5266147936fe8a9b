import { stringify } from 'csv-stringify/sync';
import type { ScreenedBlock } from './list-block.ts';
import { safeCell } from './row-errors.ts';
import type { Sink } from './sink.ts';
import { type Context, type ResultsWriter, STATUS, type TableShape } from './table-shape.ts';

const COMMA = 0x2c;

/** A number as `${n}` writes it: whole numbers digit by digit, anything else through String. */
function writeNumber(buf: Buffer, at: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0 || Object.is(n, -0)) return at + buf.write(String(n), at, 'latin1');
  if (n < 10) {
    buf[at] = 0x30 + n;
    return at + 1;
  }
  let digits = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let i = at + digits - 1, x = n; i >= at; i--, x = Math.floor(x / 10)) buf[i] = 0x30 + (x % 10);
  return at + digits;
}

/**
 * `bytes` into `buf` at `at`; returns the end. A loop, not Buffer#copy: the words are a few bytes
 * and copy's way into the runtime cost more than the bytes (21 calls a row, ~0.8 s a million rows).
 */
function put(buf: Buffer, at: number, bytes: Uint8Array): number {
  for (let j = 0; j < bytes.length; j++) buf[at + j] = bytes[j] as number;
  return at + bytes.length;
}

/** A field as csv-stringify writes it with the options below: quoted when it holds a quote, comma or line break. */
const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * CSV as Excel on a Korean desktop opens it: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting.
 * Rows in objects go through csv-stringify; a block screened in columns is written as bytes
 * straight from its status and amount arrays (each program's status words encoded once), a block
 * of rows one buffer: csv-stringify's cell-by-cell work, then building and encoding the text, were
 * a large part of a million-row run (encoding alone about 2.8 µs a row). Both give the same bytes
 * (tested: cli/test/screen-many-fast.test.ts).
 */
export function csvWriter(sink: Sink, table: TableShape, ctx: Context): ResultsWriter {
  let started = false;
  const header = () => {
    started = true;
    return stringify([], { header: true, columns: table.header, bom: true, record_delimiter: 'windows' });
  };
  const words = STATUS[ctx.lang];
  // Status code + 1 → the bytes of ",word," (the amount follows the second comma).
  const status = [words.unknown, words.ineligible, words.eligible].map((w) => Buffer.from(`,${field(w)},`));
  const tail = Buffer.from(`,${field(ctx.date)},${field(ctx.rulesVersion)}\r\n`);
  const widest = Math.max(...status.map((b) => b.length)) + 24;

  /** The block's good rows as UTF-8 bytes, written straight into a buffer (no text to encode). */
  function rowBytes(block: ScreenedBlock['block'], programs: ScreenedBlock['programs']): Buffer {
    const statuses = programs.map((p) => p.status);
    const amounts = programs.map((p) => p.amount);
    const rowMax = 40 + statuses.length * widest + tail.length;
    let buf = Buffer.allocUnsafe(block.columns.n * (rowMax + 16));
    let at = 0;
    for (let r = 0; r < block.size; r++) {
      const k = block.at[r] as number;
      if (k < 0) continue;
      const reference = field(safeCell(block.references[r] ?? ''));
      const need = at + rowMax + reference.length * 3;
      if (need > buf.length) {
        const grown = Buffer.allocUnsafe(Math.max(need, buf.length * 2));
        buf.copy(grown, 0, 0, at);
        buf = grown;
      }
      at = writeNumber(buf, at, block.rowNumbers[r] as number);
      buf[at++] = COMMA;
      if (reference !== '') at += buf.write(reference, at, 'utf8');
      buf[at++] = COMMA;
      let eligible = 0;
      for (let p = 0; p < statuses.length; p++) if ((statuses[p] as Int8Array)[k] === 1) eligible++;
      at = writeNumber(buf, at, eligible);
      for (let p = 0; p < statuses.length; p++) {
        const word = status[((statuses[p] as Int8Array)[k] as number) + 1] as Buffer;
        at = put(buf, at, word);
        const amount = (amounts[p] as Float64Array)[k] as number;
        if (!Number.isNaN(amount)) at = writeNumber(buf, at, amount);
      }
      at = put(buf, at, tail);
    }
    return buf.subarray(0, at);
  }
  return {
    async write(rows) {
      const lines = rows.flatMap((r) => (r.ok ? [table.cells(r)] : []));
      const text = stringify(lines, {
        header: !started,
        columns: started ? undefined : table.header,
        bom: !started,
        record_delimiter: 'windows',
        eof: true,
      });
      started = true;
      if (text) await sink.write(text);
    },
    async writeBlock({ block, programs }) {
      if (programs.map((p) => p.id).join() !== table.programs.join()) throw new Error('program columns out of order');
      if (block.columns.n === 0) return;
      if (!started) await sink.write(header());
      await sink.write(rowBytes(block, programs));
    },
    async end() {
      if (!started) await sink.write(header());
      await sink.end();
    },
  };
}
