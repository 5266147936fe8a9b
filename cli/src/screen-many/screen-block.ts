import { markedReasons, screenHousehold } from '@jibsa/programs';
import type { BatchScreener, ProgramLine } from '@jibsa/programs/batch';
import type { Label } from '@jibsa/rules';
import type { RowError } from './row-errors.ts';

/** A row ready to screen: its household, or the problems that stop it being one. */
export type PendingRow =
  | {
      readonly row: number;
      readonly reference: string | null;
      readonly household: unknown;
      readonly columnOf: (path: string) => string;
    }
  | { readonly row: number; readonly reference: string | null; readonly errors: readonly RowError[] };

export type ScreenedRow =
  | {
      readonly ok: true;
      readonly row: number;
      readonly reference: string | null;
      readonly programs: readonly ProgramLine[];
      /** With --explain: each program's reasons in plain words, by program id. */
      readonly reasons?: ReadonlyMap<string, Why>;
    }
  | {
      readonly ok: false;
      readonly row: number;
      readonly reference: string | null;
      readonly errors: readonly RowError[];
    };

/**
 * Screens a block of rows on the batch path (each program compiled once, households decided
 * column-wise). Reasons come only with `explain`: they need the traced evaluator, one household at
 * a time, which is many times slower.
 */
export function screenBlock(
  screener: BatchScreener,
  rows: readonly PendingRow[],
  opts: { explain: boolean },
): ScreenedRow[] {
  const good = rows.filter((r): r is Extract<PendingRow, { household: unknown }> => 'household' in r);
  const outcomes = screener.screen(good.map((r) => r.household));
  const byRow = new Map<PendingRow, ScreenedRow>();
  good.forEach((r, k) => {
    const outcome = outcomes[k];
    if (!outcome) return;
    if (!outcome.ok) {
      const errors = outcome.errors.map((e) => ({
        row: r.row,
        reference: r.reference,
        column: r.columnOf(e.path),
        ko: e.message.ko,
        en: e.message.en,
        code: e.code,
      }));
      byRow.set(r, { ok: false, row: r.row, reference: r.reference, errors });
      return;
    }
    const reasons = opts.explain ? explain(r.household, screener.date) : undefined;
    byRow.set(r, {
      ok: true,
      row: r.row,
      reference: r.reference,
      programs: outcome.programs,
      ...(reasons ? { reasons } : {}),
    });
  });
  return rows.map(
    (r) => byRow.get(r) ?? { ok: false, row: r.row, reference: r.reference, errors: 'errors' in r ? r.errors : [] },
  );
}

/** A program's reasons in words (--explain); `figuresNote` names the weak figures the reasons ending ※ rest on. */
interface Why {
  summary: Label;
  reasons: readonly Label[];
  figuresNote?: Label;
}

function explain(household: unknown, date: string) {
  const screening = screenHousehold(household, { date });
  const out = new Map<string, Why>();
  if (!screening.ok) return out;
  for (const p of screening.programs) {
    const why: Why = { summary: p.summary, reasons: p.unavailable ? [p.unavailable] : markedReasons(p) };
    if (p.figuresNote) why.figuresNote = p.figuresNote;
    out.set(p.id, why);
  }
  return out;
}
