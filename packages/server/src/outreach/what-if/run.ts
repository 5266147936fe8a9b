import path from 'node:path';
import {
  type ColumnMapping,
  ListReader,
  type ListView,
  openList,
  readAs,
  type SourceRow,
  type TextEncoding,
} from '@jibsa/lists';
import { type CatalogEntry, catalog, householdSchema, isGwangjuDistrict } from '@jibsa/programs';
import { BatchScreener, type ColumnsScreening } from '@jibsa/programs/batch';
import { type ParameterOverride, type Program, withOverrides } from '@jibsa/rules';
import type { District } from '../../db/schema.ts';
import type { OutreachJob } from '../jobs/queue.ts';

/** Eligible households and the sum of their amounts, for one program (and one 구). */
export interface Tally {
  eligible: number;
  /** Of those, households whose amount could be estimated (a list often lacks what the amount needs). */
  withAmount: number;
  amount: number;
}

export interface ProgramCounts {
  readonly id: string;
  /** Whether the program reads a figure the scenario changes (else its counts cannot move). */
  readonly affected: boolean;
  readonly baseline: Tally;
  readonly scenario: Tally;
  /** Households likely eligible under the scenario and not before, and the other way round. */
  became: number;
  stopped: number;
  /** Per 구 (null: not known), in GWANGJU_DISTRICT_IDS order then null. */
  readonly byDistrict: Map<District | null, { baseline: number; scenario: number }>;
}

export interface WhatIfCounts {
  /** Households screened (rows that read as a household), and rows that did not. */
  households: number;
  rowsSkipped: number;
  readonly householdsByDistrict: Map<District | null, number>;
  readonly programs: ProgramCounts[];
}

/** Rows screened together: the two screeners' columns stay small, and the event loop gets a turn between blocks. */
const BLOCK = 2048;

/**
 * The catalog's screenable programs with a scenario applied for `date` (throws the engine's
 * ScenarioError for a bad override, before any row is read).
 */
export function scenarioEntries(overrides: readonly ParameterOverride[], date: string): CatalogEntry[] {
  const screened = catalog.filter((e) => e.program);
  const programs = withOverrides(
    screened.map((e) => e.program as Program),
    overrides,
    date,
  );
  return screened.map((e, k) => ({ ...e, program: programs[k] }));
}

/**
 * Reads a screened list again with its job's mapping and decides every household on the batch
 * path as the figures stand, and again under the scenario for the programs it changes, keeping
 * counts only: nothing about a
 * household outlives its block. Pure of the database: nothing is written, so a crash part-way
 * leaves nothing behind that could pass for a result.
 */
/** Where a screened list is and how its job read it: what countWhatIf reads again. */
export interface ScreenedList {
  readonly file: string;
  readonly encoding: string | null;
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly date: string;
  /** Whether the job took what the list has no column for as none: read again the same way. */
  readonly assumeNone?: boolean;
}

/** The screened list of a finished job, from the job's row and its list's. */
export function screenedList(
  uploadsDir: string,
  job: Pick<OutreachJob, 'encoding' | 'mapping' | 'screening_date' | 'assume_none'>,
  list: { readonly storage_name: string; readonly headers: readonly string[] },
): ScreenedList {
  return {
    file: path.join(uploadsDir, list.storage_name),
    encoding: job.encoding,
    headers: list.headers,
    mapping: job.mapping,
    date: job.screening_date,
    assumeNone: job.assume_none,
  };
}

export async function countWhatIf(
  opts: ScreenedList & {
    /** scenarioEntries' answer for these overrides. */
    entries: readonly CatalogEntry[];
    overrides: readonly ParameterOverride[];
    /** Called after each block with the rows read so far (a background run reports progress, or stops by throwing). */
    onBlock?: (rowsRead: number) => void | Promise<void>;
  },
): Promise<WhatIfCounts> {
  const baseline = new BatchScreener(opts.date);
  // Only the programs the scenario changed are screened a second time: withOverrides hands back a
  // program that reads no changed figure as the very same object, so its answers cannot move.
  const screened = catalog.filter((e) => e.program);
  const changed = opts.entries.map((e, k) => e.program !== screened[k]?.program);
  const changedEntries = opts.entries.filter((_, k) => changed[k]);
  const scenario = changedEntries.length > 0 ? new BatchScreener(opts.date, changedEntries) : undefined;
  const counts: WhatIfCounts = {
    households: 0,
    rowsSkipped: 0,
    householdsByDistrict: new Map(),
    programs: opts.entries.map((e) => ({
      id: e.id,
      affected: opts.overrides.some((o) => e.program?.parameters.has(o.parameter)),
      baseline: { eligible: 0, withAmount: 0, amount: 0 },
      scenario: { eligible: 0, withAmount: 0, amount: 0 },
      became: 0,
      stopped: 0,
      byDistrict: new Map(),
    })),
  };
  // Rows read straight into the batch columns, as `jibsa screen-many` reads them (ListReader: the
  // same households as mapRow then checkHousehold, tested), without a household object per row.
  // Read as the job read it: the what-if's amounts rest on the same assumption as its screening
  // (a missing 근로소득 공제 대상 taken as none of those groups lets an earner's amount be estimated).
  const view = readAs(opts.headers, opts.mapping, opts.assumeNone ?? false);
  const reader = new ListReader(view.headers, view.mapping, opts.date);
  const opened = await openList(path.resolve(opts.file), {
    encoding: (opts.encoding ?? undefined) as TextEncoding | undefined,
  });
  try {
    let block: SourceRow[] = [];
    let rowsRead = 0;
    const flush = async () => {
      tallyBlock(counts, reader, viewed(view, block), { baseline, scenario, changed });
      rowsRead += block.length;
      block = [];
      await opts.onBlock?.(rowsRead);
      await new Promise((resolve) => setImmediate(resolve));
    };
    for await (const row of opened.rows) {
      block.push(row);
      if (block.length >= BLOCK) await flush();
    }
    if (block.length > 0) await flush();
  } finally {
    opened.close();
  }
  return counts;
}

/** A block's rows with the view's cells (the same rows when the list is read as it is). */
function viewed(view: ListView, rows: readonly SourceRow[]): readonly SourceRow[] {
  if (view.assumed.length === 0) return rows;
  return rows.map((r) => ('cells' in r ? { row: r.row, cells: view.cells(r.cells) } : r));
}

function tallyBlock(
  counts: WhatIfCounts,
  reader: ListReader,
  rows: readonly SourceRow[],
  screeners: { baseline: BatchScreener; scenario: BatchScreener | undefined; changed: readonly boolean[] },
): void {
  const block = reader.read(rows);
  const cols = block.columns;
  counts.rowsSkipped += block.size - cols.n;
  if (cols.n === 0) return;
  const before = screeners.baseline.screenColumns(cols, block.household);
  const after = screeners.scenario?.screenColumns(cols, block.household) ?? [];
  const districts = districtsOf(cols.household.gwangjuDistrict as Int8Array, cols.n);
  counts.households += cols.n;
  for (const d of districts) counts.householdsByDistrict.set(d, (counts.householdsByDistrict.get(d) ?? 0) + 1);
  let next = 0;
  counts.programs.forEach((p, k) => {
    const was = before[k] as ColumnsScreening;
    tallyProgram(p, was, screeners.changed[k] ? (after[next++] as ColumnsScreening) : was, districts);
  });
}

function tallyProgram(
  p: ProgramCounts,
  before: ColumnsScreening,
  after: ColumnsScreening,
  districts: (District | null)[],
) {
  for (let i = 0; i < districts.length; i++) {
    const was = before.status[i] === 1;
    const now = after.status[i] === 1;
    if (!was && !now) continue;
    const d = districts[i] as District | null;
    let cell = p.byDistrict.get(d);
    if (cell === undefined) {
      cell = { baseline: 0, scenario: 0 };
      p.byDistrict.set(d, cell);
    }
    if (was) {
      count(p.baseline, before.amount[i] as number);
      cell.baseline++;
    }
    if (now) {
      count(p.scenario, after.amount[i] as number);
      cell.scenario++;
    }
    if (now && !was) p.became++;
    if (was && !now) p.stopped++;
  }
}

/** One more eligible household in `t`, with its amount where one could be estimated (else NaN). */
function count(t: Tally, amount: number) {
  t.eligible++;
  if (!Number.isNaN(amount)) {
    t.withAmount++;
    t.amount += amount;
  }
}

/** The schema's 구 values by enum index (the columns' encoding), a Gwangju 구 or null. */
const DISTRICT_VALUES = (() => {
  const f = householdSchema.household.gwangjuDistrict;
  const values: readonly string[] = f.type === 'enum' ? f.values : [];
  return values.map((v) => (isGwangjuDistrict(v) ? v : null));
})();

function districtsOf(column: Int8Array, n: number): (District | null)[] {
  const out: (District | null)[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = DISTRICT_VALUES[column[i] as number] ?? null;
  return out;
}
