import { type ColumnMapping, columnOf, type ListView, mapRow, readAs, type SourceRow } from '@jibsa/lists';
import { isGwangjuDistrict } from '@jibsa/programs';
import type { BatchScreener, LineOutcome } from '@jibsa/programs/batch';
import type { District, OutreachProgramResult } from '../../db/schema.ts';
import { receiptOf } from '../receipt.ts';
import type { RowChecks, RowNote } from './row-checks.ts';

export interface RowResult {
  row: number;
  ok: boolean;
  reference: string | null;
  district: District | null;
  eligibleCount: number;
  /** Programs likely eligible that the list says are not received (사각지대). */
  unreachedCount: number;
  programs: OutreachProgramResult[];
  /** The inputs the row's programs lack, each once; a program's `missing` lists indices into it. */
  missingPaths: string[];
  errors: { column: string; ko: string; en: string }[];
}

/**
 * Screens a block of a list's rows: each is mapped to a household and the block is decided
 * together on the batch path. A row with a cell that cannot be read, or a household the engine
 * refuses, is a bad row with every problem named by column; it is not screened. A good row keeps
 * the programs it is likely eligible for, with amounts, and those still open with what is missing.
 * With `checks` (kept across a job's blocks), a repeat of an earlier row is a bad row naming it, and
 * a row's warnings (cells short or over, 가구원수 0) are kept in its errors, the row still screened.
 * `view` reads the rows as the job chose (readAs: what the list lacks taken as none, or as they are).
 */
export function screenBlock(
  screener: BatchScreener,
  headers: readonly string[],
  mapping: ColumnMapping,
  rows: readonly SourceRow[],
  checks?: RowChecks,
  view: ListView = readAs(headers, mapping, false),
): RowResult[] {
  const block = prepareBlock(headers, mapping, rows, checks, view);
  return finishBlock(block, screener.screen(block.households, { missing: true }), view.mapping);
}

/** A block's rows read and checked, with the households still to screen (screenBlock's first half). */
export interface PreparedBlock {
  readonly out: RowResult[];
  readonly warned: Map<number, RowNote[]>;
  readonly households: Record<string, unknown>[];
  readonly receipts: Readonly<Record<string, boolean>>[];
  /** Where each household's row is in `out`. */
  readonly at: number[];
}

/**
 * The rows mapped and checked; the households to screen (on any thread) come out in `households`.
 * Repeats and short rows are found in the cells as the file has them, the household read through `view`.
 */
export function prepareBlock(
  headers: readonly string[],
  mapping: ColumnMapping,
  rows: readonly SourceRow[],
  checks?: RowChecks,
  view: ListView = readAs(headers, mapping, false),
): PreparedBlock {
  const out: RowResult[] = [];
  const warned = new Map<number, RowNote[]>();
  const households: Record<string, unknown>[] = [];
  const receipts: Readonly<Record<string, boolean>>[] = [];
  const at: number[] = [];
  const bad = (row: number, reference: string | null, errors: RowResult['errors']): RowResult => ({
    row,
    ok: false,
    reference,
    district: null,
    eligibleCount: 0,
    unreachedCount: 0,
    programs: [],
    missingPaths: [],
    errors,
  });
  for (const source of rows) {
    if ('broken' in source) {
      out.push(bad(source.row, null, [{ column: '', ...source.broken }]));
      continue;
    }
    const mapped = mapRow(view.headers, view.cells(source.cells), view.mapping);
    const noted = checks?.check(source);
    if (noted && 'repeat' in noted) {
      out.push(bad(source.row, mapped.reference, [noted.repeat]));
      continue;
    }
    if (noted && noted.warnings.length > 0) warned.set(out.length, noted.warnings);
    if (mapped.errors.length > 0) {
      out.push(
        bad(
          source.row,
          mapped.reference,
          mapped.errors.map((e) => ({ column: e.column, ...e.message })),
        ),
      );
      continue;
    }
    at.push(out.length);
    households.push(mapped.household);
    receipts.push(mapped.receives);
    out.push(bad(source.row, mapped.reference, []));
  }
  return { out, warned, households, receipts, at };
}

/** The block's results once its households are screened (outcomes in the order of `block.households`). */
export function finishBlock(
  block: PreparedBlock,
  outcomes: readonly LineOutcome[],
  mapping: ColumnMapping,
): RowResult[] {
  const { out, warned, households, receipts, at } = block;
  outcomes.forEach((outcome, k) => {
    const slot = out[at[k] as number] as RowResult;
    if (!outcome.ok) {
      slot.errors = outcome.errors.map((e) => ({ column: columnOf(e.path, mapping), ...e.message }));
      return;
    }
    const receives = receiptOf(households[k] as Record<string, unknown>, receipts[k]);
    const paths = new PathIndex();
    const programs = outcome.programs
      .filter((p) => p.status !== 'ineligible')
      .map((p) => {
        const r = receives(p.id);
        return {
          id: p.id,
          status: p.status as 'eligible' | 'unknown',
          amount: p.amount,
          missing: paths.indicesOf(p.missing),
          ...(r === undefined ? {} : { receives: r }),
        };
      });
    const district = outcome.household.gwangjuDistrict;
    slot.ok = true;
    slot.district = isGwangjuDistrict(district) ? district : null;
    slot.programs = programs;
    slot.missingPaths = paths.paths;
    slot.eligibleCount = programs.filter((p) => p.status === 'eligible').length;
    slot.unreachedCount = programs.filter((p) => p.status === 'eligible' && p.receives === false).length;
  });
  for (const [i, notes] of warned) (out[i] as RowResult).errors.push(...notes);
  return out;
}

/** A row's missing inputs, each path once in the order first met, and each program's as indices. */
class PathIndex {
  readonly paths: string[] = [];
  private readonly at = new Map<string, number>();

  indicesOf(missing: readonly string[] | undefined): number[] {
    if (missing === undefined) return [];
    const out: number[] = new Array(missing.length);
    for (let i = 0; i < missing.length; i++) {
      const path = missing[i] as string;
      let k = this.at.get(path);
      if (k === undefined) {
        k = this.paths.length;
        this.paths.push(path);
        this.at.set(path, k);
      }
      out[i] = k;
    }
    return out;
  }
}
