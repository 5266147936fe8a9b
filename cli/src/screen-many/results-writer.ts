import { catalog } from '@jibsa/programs';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { Format } from './formats.ts';
import { safeCell } from './row-errors.ts';
import type { ScreenedRow } from './screen-block.ts';
import type { Sink } from './sink.ts';

export interface ResultsWriter {
  write(rows: readonly ScreenedRow[]): Promise<void>;
  end(): Promise<void>;
}

interface Context {
  readonly date: string;
  readonly rulesVersion: string;
  readonly lang: 'ko' | 'en';
  readonly explain: boolean;
}

/** Excel's last row: a sheet holds 1,048,576 rows with the header. */
export const XLSX_MAX_ROWS = 1_048_575;

const STATUS = {
  ko: { eligible: '대상', ineligible: '해당 없음', unknown: '확인 필요' },
  en: { eligible: 'eligible', ineligible: 'not eligible', unknown: 'check' },
} as const;

export function resultsWriter(format: Format, sink: Sink, ctx: Context): ResultsWriter {
  if (format === 'ndjson') return ndjsonWriter(sink, ctx);
  const table = tableShape(ctx);
  return format === 'csv' ? csvWriter(sink, table) : xlsxWriter(sink, table);
}

/** One JSON object per line, as screen-many always wrote: bad lines stay in place with their errors. */
function ndjsonWriter(sink: Sink, ctx: Context): ResultsWriter {
  return {
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
        const programs = r.reasons ? r.programs.map((p) => ({ ...p, ...r.reasons?.get(p.id) })) : r.programs;
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
}

interface TableShape {
  readonly header: string[];
  /** Only screened rows are written: bad rows go to the error report, by row number. */
  cells(row: Extract<ScreenedRow, { ok: true }>): (string | number)[];
}

/** Row number, reference, count of programs the household is likely eligible for, then per program its result and amount. */
function tableShape(ctx: Context): TableShape {
  const programs = catalog.filter((e) => e.program);
  const ko = ctx.lang === 'ko';
  const header = [
    ko ? '행 번호' : 'Row',
    ko ? '이름·관리번호' : 'Name or reference',
    ko ? '대상 제도 수' : 'Programs eligible',
  ];
  for (const p of programs) {
    const name = p.metadata.name[ctx.lang];
    header.push(name, ko ? `${name} 금액(원)` : `${name} amount (KRW)`);
    if (ctx.explain) header.push(ko ? `${name} 이유` : `${name} why`);
  }
  header.push(ko ? '기준일' : 'As of', ko ? '규칙 버전' : 'Rules version');
  return {
    header,
    cells(row) {
      const out: (string | number)[] = [row.row, safeCell(row.reference ?? ''), 0];
      let eligible = 0;
      for (const p of row.programs) {
        if (p.status === 'eligible') eligible++;
        out.push(STATUS[ctx.lang][p.status], p.amount ?? '');
        if (ctx.explain) {
          const why = row.reasons?.get(p.id);
          out.push(why ? [why.summary, ...why.reasons].map((l) => l[ctx.lang]).join(' / ') : '');
        }
      }
      out[2] = eligible;
      out.push(ctx.date, ctx.rulesVersion);
      return out;
    },
  };
}

/** CSV as Excel on a Korean desktop opens it: UTF-8 with a byte order mark, CRLF, RFC 4180 quoting. */
function csvWriter(sink: Sink, table: TableShape): ResultsWriter {
  let started = false;
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
    async end() {
      if (!started)
        await sink.write(
          stringify([], { header: true, columns: table.header, bom: true, record_delimiter: 'windows' }),
        );
      await sink.end();
    },
  };
}

/** XLSX through ExcelJS's streaming writer: rows are committed as they come, so memory stays flat. */
function xlsxWriter(sink: Sink, table: TableShape): ResultsWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream(),
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('선별 결과', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).commit();
  let written = 0;
  return {
    async write(rows) {
      for (const r of rows) {
        if (!r.ok) continue;
        if (++written > XLSX_MAX_ROWS) throw new Error('xlsx-full');
        sheet.addRow(table.cells(r)).commit();
      }
    },
    async end() {
      sheet.commit();
      await workbook.commit();
      await sink.end();
    },
  };
}
