import ExcelJS from 'exceljs';
import { screenedRows } from './list-block.ts';
import type { Sink } from './sink.ts';
import { type ResultsWriter, type TableShape, XLSX_MAX_ROWS } from './table-shape.ts';

/** XLSX through ExcelJS's streaming writer: rows are committed as they come, so memory stays flat. */
export function xlsxWriter(sink: Sink, table: TableShape): ResultsWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink.stream(),
    useSharedStrings: false,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('선별 결과', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).commit();
  let written = 0;
  const writer: ResultsWriter = {
    writeBlock: (block) => writer.write(screenedRows(block)),
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
  return writer;
}
