import { csvWriter } from './csv-writer.ts';
import type { Format } from './formats.ts';
import { screenedRows } from './list-block.ts';
import type { Sink } from './sink.ts';
import { type Context, type ResultsWriter, tableShape } from './table-shape.ts';

export { type ResultsWriter, XLSX_MAX_ROWS } from './table-shape.ts';

export async function resultsWriter(format: Format, sink: Sink, ctx: Context): Promise<ResultsWriter> {
  if (format === 'ndjson') return ndjsonWriter(sink, ctx);
  const table = tableShape(ctx);
  if (format === 'csv') return csvWriter(sink, table, ctx);
  // ExcelJS takes about a second to load: only when XLSX is written.
  const { xlsxWriter } = await import('./xlsx-writer.ts');
  return xlsxWriter(sink, table);
}

/** One JSON object per line, as screen-many always wrote: bad lines stay in place with their errors. */
function ndjsonWriter(sink: Sink, ctx: Context): ResultsWriter {
  const writer: ResultsWriter = {
    writeBlock: (block) => writer.write(screenedRows(block)),
    async write(rows) {
      const text = rows.map((r) => {
        if (!r.ok) {
          const errors = r.errors.map((e) => ({
            ...(e.code ? { code: e.code } : {}),
            path: e.column,
            message: { ko: e.ko, en: e.en },
          }));
          return JSON.stringify({ line: r.row, ok: false, ...(r.reference ? { reference: r.reference } : {}), errors });
        }
        // Object.assign, not `{ ...p, ...reasons }`: on Node 20 a spread copy that then gains fields
        // costs ~2 µs, paid per program per row (both are the engine's own objects, no __proto__ key).
        const programs = r.reasons ? r.programs.map((p) => Object.assign({}, p, r.reasons?.get(p.id))) : r.programs;
        return JSON.stringify({
          line: r.row,
          ok: true,
          ...(r.reference ? { reference: r.reference } : {}),
          date: ctx.date,
          rulesVersion: ctx.rulesVersion,
          programs,
        });
      });
      if (text.length) await sink.write(`${text.join('\n')}\n`);
    },
    end: () => sink.end(),
  };
  return writer;
}
