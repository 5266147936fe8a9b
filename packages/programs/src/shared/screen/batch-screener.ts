import {
  decide,
  type Household,
  ParameterLookupError,
  type Schema,
  type SharedValues,
  sharedValues,
  type ValidationError,
} from '@jibsa/rules';
import {
  type CatalogBatch,
  type Columns,
  ColumnsBuffer,
  compileCatalogBatch,
  schemaReadBy,
  statusName,
  toColumns,
} from '@jibsa/rules/batch';
import { type CatalogEntry, catalog } from '../catalog/registry.ts';
import { rulesVersion } from '../catalog/rules-version.ts';
import { checkHousehold } from '../household/prepare.ts';

/** What `screen-many` writes for one household and program: the screening's status and amount, no reasons. */
export interface ProgramLine {
  readonly id: string;
  readonly status: 'eligible' | 'ineligible' | 'unknown';
  readonly amount: number | null;
  readonly unavailableParameter?: string;
  /** With `{ missing: true }`, for an unknown result: the inputs that could still decide it, most useful first. */
  readonly missing?: readonly string[];
}

export type LineOutcome =
  | { readonly ok: true; readonly programs: readonly ProgramLine[]; readonly household: Household }
  | { readonly ok: false; readonly errors: readonly ValidationError[] };

/** One program over a block of households in columns: see `BatchScreener.screenColumns`. */
export interface ColumnsScreening {
  readonly id: string;
  /** 1 eligible, 0 ineligible, -1 unknown (also where a figure is missing: see `unavailable`). */
  readonly status: Int8Array;
  /** The amount where eligible and the program pays one; NaN otherwise. */
  readonly amount: Float64Array;
  /** Households (by index) whose figures for the date are missing, with the parameter's id. */
  readonly unavailable: ReadonlyMap<number, string>;
}

const STATUS: Record<number, ProgramLine['status']> = { 1: 'eligible', 0: 'ineligible', [-1]: 'unknown' };

/** Household `i`'s line for one program of `screenColumns`' answer (as `screen` gives it without `missing`). */
export function programLine(r: ColumnsScreening, i: number): ProgramLine {
  const unavailable = r.unavailable.get(i);
  if (unavailable !== undefined)
    return { id: r.id, status: 'unknown', amount: null, unavailableParameter: unavailable };
  const amount = r.amount[i] as number;
  return { id: r.id, status: STATUS[r.status[i] as number] ?? 'unknown', amount: Number.isNaN(amount) ? null : amount };
}

/**
 * Screens many households at once on the batch path: each program compiled once for the date,
 * households checked exactly as `screenHousehold` checks them, then decided column-wise. The
 * answers are `screenHousehold`'s (tested): a program not yet started is ineligible, and where the
 * figures for the date are missing the status is unknown with the parameter's id.
 */
export class BatchScreener {
  /** Entries with a program, in catalog order. */
  private readonly entries: readonly CatalogEntry[];
  /** Their programs compiled together for the date (work they share done once per household). */
  private readonly batch: CatalogBatch;
  /** The columns of `screen`'s households, block after block in the same arrays (read before it returns). */
  private readonly columns = new ColumnsBuffer();
  /** The fields some program reads: `screen` builds columns for those only. */
  private readonly schema: Schema | undefined;
  readonly rulesVersion: string;

  constructor(
    readonly date: string,
    entries: readonly CatalogEntry[] = catalog,
  ) {
    this.entries = entries.filter((e) => e.program);
    this.batch = compileCatalogBatch(
      this.entries.map((e) => e.program as NonNullable<CatalogEntry['program']>),
      { date },
    );
    this.rulesVersion = rulesVersion(entries);
    this.schema = this.batch.programs.length > 0 ? schemaReadBy(this.batch.programs) : undefined;
  }

  /**
   * `missing` adds, to each unknown result, what could still decide it: the scalar evaluator is run
   * for those pairs only (outreach lists are mostly incomplete, so this is what a counselor asks).
   */
  screen(inputs: readonly unknown[], opts: { missing?: boolean } = {}): LineOutcome[] {
    const out: LineOutcome[] = new Array(inputs.length);
    const valid: Household[] = [];
    const at: number[] = [];
    inputs.forEach((input, k) => {
      const checked = checkHousehold(input, this.date);
      if (checked.ok) {
        valid.push(checked.value);
        at.push(k);
      } else out[k] = { ok: false, errors: checked.errors };
    });
    const rows: ProgramLine[][] = valid.map(() => []);
    if (valid.length > 0 && this.schema) {
      // Reused arrays (columns and results): read in full below, before this screener runs again.
      const results = this.batch.run(toColumns(this.schema, valid, this.columns), { reuse: true });
      // One store of shared values per household: its unknown programs find what 소득인정액 and the
      // like lack once, not once per program.
      const stores: (SharedValues | undefined)[] = new Array(valid.length);
      const storeOf = (i: number) => {
        let s = stores[i];
        if (s === undefined) {
          s = sharedValues();
          stores[i] = s;
        }
        return s;
      };
      // Outside a program's period in force the compiled program itself answers ineligible.
      this.entries.forEach((entry, k) => {
        const res = results[k] as (typeof results)[number];
        rows.forEach((r, i) => {
          const status = statusName(res.status[i] as number);
          if (status === 'unavailable') {
            r.push({
              id: entry.id,
              status: 'unknown',
              amount: null,
              unavailableParameter: this.missingFigure(entry, valid[i] as Household),
            });
            return;
          }
          const amount = res.amount[i] as number;
          const paid = status === 'eligible' && !Number.isNaN(amount) ? amount : null;
          // Written out, not spread from the line: adding a field to a spread copy is slow on Node 20.
          r.push(
            opts.missing && status === 'unknown'
              ? {
                  id: entry.id,
                  status,
                  amount: paid,
                  missing: this.missingInputs(entry, valid[i] as Household, storeOf(i)),
                }
              : { id: entry.id, status, amount: paid },
          );
        });
      });
    }
    rows.forEach((programs, i) => {
      out[at[i] as number] = { ok: true, programs, household: valid[i] as Household };
    });
    return out;
  }

  /**
   * The catalog over households already in columns (the household schema's, as `toColumns` makes
   * them, households already checked): per program, in catalog order, each household's status
   * (1 eligible, 0 ineligible, -1 unknown) and amount (NaN when none), and the households whose
   * figures for the date are missing, with the parameter's id. `householdAt` gives a household as
   * an object, asked only for those (rare) households. The arrays are the caller's to keep.
   */
  screenColumns(cols: Columns, householdAt: (i: number) => Household): ColumnsScreening[] {
    const n = cols.n;
    const results = n > 0 ? this.batch.run(cols, { reuse: true }) : [];
    return this.entries.map((entry, k) => {
      const status = new Int8Array(n);
      const amount = new Float64Array(n).fill(Number.NaN);
      const unavailable = new Map<number, string>();
      const res = results[k];
      for (let i = 0; res && i < n; i++) {
        const s = res.status[i] as number;
        if (s === 1 || s === 0 || s === -1) {
          status[i] = s;
          if (s === 1) amount[i] = res.amount[i] as number;
        } else {
          status[i] = -1;
          if (statusName(s) === 'unavailable') unavailable.set(i, this.missingFigure(entry, householdAt(i)));
        }
      }
      return { id: entry.id, status, amount, unavailable };
    });
  }

  private missingInputs(entry: CatalogEntry, household: Household, shared: SharedValues): string[] {
    const program = entry.program as NonNullable<CatalogEntry['program']>;
    return decide(program, household, { date: this.date, shared }).missing.map((m) => m.path);
  }

  /** The parameter with no figure for the date, as the scalar evaluator names it (rare: only then is it run). */
  private missingFigure(entry: CatalogEntry, household: Household): string {
    try {
      decide(entry.program as NonNullable<CatalogEntry['program']>, household, { date: this.date });
    } catch (error) {
      if (error instanceof ParameterLookupError) return error.parameterId;
      throw error;
    }
    throw new Error(`${entry.id}: the batch path found a missing figure the scalar evaluator did not`);
  }
}
