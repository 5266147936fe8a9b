import { stringify } from 'csv-stringify/sync';
import { safeCell } from './row-errors.ts';
import type { Sink } from './sink.ts';
import { type Context, type ResultsWriter, STATUS, type TableShape } from './table-shape.ts';

/** A field as csv-stringify writes it with the options below: quoted when it holds a quote, comma or line break. */
const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

/**
 * CSV as Excel on a Korean desktop opens it: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting.
 * Rows in objects go through csv-stringify; a block screened in columns is written as text built
 * straight from its status and amount arrays (each program's status words made once), a block of
 * rows a string: csv-stringify's cell-by-cell work was a large part of a million-row run. Both
 * give the same bytes (tested: cli/test/screen-many-fast.test.ts).
 */
export function csvWriter(sink: Sink, table: TableShape, ctx: Context): ResultsWriter {
  let started = false;
  const header = () => {
    started = true;
    return stringify([], { header: true, columns: table.header, bom: true, record_delimiter: 'windows' });
  };
  const words = STATUS[ctx.lang];
  // Status code + 1 → ",word," (the amount follows the second comma).
  const status = [`,${field(words.unknown)},`, `,${field(words.ineligible)},`, `,${field(words.eligible)},`];
  const tail = `,${field(ctx.date)},${field(ctx.rulesVersion)}\r\n`;
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
      const statuses = programs.map((p) => p.status);
      const amounts = programs.map((p) => p.amount);
      let text = started ? '' : header();
      for (let r = 0; r < block.size; r++) {
        const k = block.at[r] as number;
        if (k < 0) continue;
        let eligible = 0;
        let cells = '';
        for (let p = 0; p < statuses.length; p++) {
          const s = (statuses[p] as Int8Array)[k] as number;
          if (s === 1) eligible++;
          const amount = (amounts[p] as Float64Array)[k] as number;
          cells += Number.isNaN(amount) ? (status[s + 1] as string) : `${status[s + 1]}${amount}`;
        }
        text += `${block.rowNumbers[r]},${field(safeCell(block.references[r] ?? ''))},${eligible}${cells}${tail}`;
      }
      await sink.write(text);
    },
    async end() {
      if (!started) await sink.write(header());
      await sink.end();
    },
  };
}
