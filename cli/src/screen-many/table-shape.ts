import { catalog } from '@jibsa/programs';
import type { ScreenedBlock } from './list-block.ts';
import { safeCell } from './row-errors.ts';
import type { ScreenedRow } from './screen-block.ts';

export interface ResultsWriter {
  write(rows: readonly ScreenedRow[]): Promise<void>;
  /** A block screened in columns (the same rows as `screenedRows` of it). */
  writeBlock(block: ScreenedBlock): Promise<void>;
  end(): Promise<void>;
}

export interface Context {
  readonly date: string;
  readonly rulesVersion: string;
  readonly lang: 'ko' | 'en';
  readonly explain: boolean;
}

/** Excel's last row: a sheet holds 1,048,576 rows with the header. */
export const XLSX_MAX_ROWS = 1_048_575;

export const STATUS = {
  ko: { eligible: '대상', ineligible: '해당 없음', unknown: '확인 필요' },
  en: { eligible: 'eligible', ineligible: 'not eligible', unknown: 'check' },
} as const;

export interface TableShape {
  readonly header: string[];
  /** The programs' ids, in the order of their columns. */
  readonly programs: readonly string[];
  /** Only screened rows are written: bad rows go to the error report, by row number. */
  cells(row: Extract<ScreenedRow, { ok: true }>): (string | number)[];
}

/** Row number, reference, count of programs the household is likely eligible for, then per program its result and amount. */
export function tableShape(ctx: Context): TableShape {
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
    programs: programs.map((p) => p.id),
    cells(row) {
      const out: (string | number)[] = [row.row, safeCell(row.reference ?? ''), 0];
      let eligible = 0;
      for (const p of row.programs) {
        if (p.status === 'eligible') eligible++;
        out.push(STATUS[ctx.lang][p.status], p.amount ?? '');
        if (ctx.explain) {
          const why = row.reasons?.get(p.id);
          const lines = why ? [why.summary, ...why.reasons, ...(why.figuresNote ? [why.figuresNote] : [])] : [];
          out.push(lines.map((l) => l[ctx.lang]).join(' / '));
        }
      }
      out[2] = eligible;
      out.push(ctx.date, ctx.rulesVersion);
      return out;
    },
  };
}
