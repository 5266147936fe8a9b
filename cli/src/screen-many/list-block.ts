import type { ListBlock } from '@jibsa/lists';
import { type BatchScreener, type ColumnsScreening, programLine } from '@jibsa/programs/batch';
import type { RowError } from './row-errors.ts';
import type { ScreenedRow } from './screen-block.ts';
import { HouseholdsNotLoaded, type WorkerBlock } from './worker-blocks.ts';

/** A block of a list screened in columns: each program's status and amount per good row. */
export interface ScreenedBlock {
  readonly block: ListBlock;
  readonly programs: readonly ColumnsScreening[];
}

/**
 * A block read on the worker holds its households as objects only when loaded: the rare block
 * with a figure missing for the date is screened again once they are.
 */
export async function screenListBlock(screener: BatchScreener, block: ListBlock | WorkerBlock): Promise<ScreenedBlock> {
  const screen = () => ({ block, programs: screener.screenColumns(block.columns, (k) => block.household(k)) });
  try {
    return screen();
  } catch (error) {
    if (!(error instanceof HouseholdsNotLoaded) || !('load' in block)) throw error;
    await block.load();
    return screen();
  }
}

/** The block's bad rows' problems, in row order, as the general path reports them. */
export function blockErrors(block: ListBlock): RowError[] {
  const out: RowError[] = [];
  for (const [r, problems] of block.problems) {
    const row = block.rowNumbers[r] as number;
    const reference = block.references[r] ?? null;
    for (const p of problems) out.push({ row, reference, ...p });
  }
  return out;
}

/** The block as one object per row, for the writers that want them (NDJSON, XLSX). */
export function screenedRows({ block, programs }: ScreenedBlock): ScreenedRow[] {
  const out: ScreenedRow[] = [];
  for (let r = 0; r < block.size; r++) {
    const row = block.rowNumbers[r] as number;
    const reference = block.references[r] ?? null;
    const k = block.at[r] as number;
    if (k < 0) {
      const errors = (block.problems.get(r) ?? []).map((p) => ({ row, reference, ...p }));
      out.push({ ok: false, row, reference, errors });
    } else out.push({ ok: true, row, reference, programs: programs.map((p) => programLine(p, k)) });
  }
  return out;
}
