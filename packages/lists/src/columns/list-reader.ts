import { checkHousehold, householdSchema } from '@jibsa/programs';
import type { FieldDef, Household, Schema } from '@jibsa/rules';
import { type Column, type Columns, toColumns } from '@jibsa/rules/batch';
import type { TargetField } from '../fields.ts';
import type { SourceRow } from '../list-error.ts';
import { type ColumnMapping, columnOf, mapRow, parseCell } from '../mapping.ts';
import { evaluate, type Group, groupsOf, mappedField, type Outcome, unknownOf } from './groups.ts';
import { quickMoney } from './quick-money.ts';

/** What is wrong with a row, as the row error reports say it. `code` is the check's, where a check failed. */
export interface RowProblem {
  readonly column: string;
  readonly ko: string;
  readonly en: string;
  readonly code?: string;
}

/** A block of a list's rows read into the batch path's columns. */
export interface ListBlock {
  /** Rows in the block, in the file's order (good and bad). */
  readonly size: number;
  readonly rowNumbers: Int32Array;
  readonly references: readonly (string | null)[];
  /** Per row: the index of its household in `columns`, or -1 when it has problems. */
  readonly at: Int32Array;
  readonly problems: ReadonlyMap<number, readonly RowProblem[]>;
  /** The good rows' households, checked as screenHousehold checks them, in the household schema's columns. */
  readonly columns: Columns;
  /** Household `k` of `columns` as an object (read again by the general path: for the rare uses that need one). */
  household(k: number): Household;
}

/** Distinct cells kept per group: enough for every birth date of a century; cleared past it to keep memory flat. */
const MEMO_MAX = 65_536;

/**
 * Reads a list's rows straight into the batch columns, without a household object per row.
 * Each group of columns (groups.ts) is read and checked once per distinct cell (the same code as
 * a whole row), and the outcome is kept; money is read by quickMoney where it can. A row whose
 * cells do not all read and check cleanly is read again whole by the general path (mapRow, then
 * checkHousehold), which gives its problems exactly as before. The columns equal `toColumns` of
 * the general path's households, and the problems its problems (tested on random lists).
 */
export class ListReader {
  private readonly groups: Group[];
  private readonly schema: Schema = householdSchema as unknown as Schema;
  private readonly reference: number;
  private readonly size: number;
  private readonly sizeMemo = new Map<string, number | null | undefined>();
  private readonly mDefs: FieldDef[];
  private readonly relation: { index: number; head: number };

  constructor(
    private readonly headers: readonly string[],
    private readonly mapping: ColumnMapping,
    private readonly date: string,
  ) {
    this.groups = groupsOf(headers, mapping, this.schema);
    this.reference = headers.findIndex((h) => mappedField(h, mapping)?.key === 'reference');
    this.size = headers.findIndex((h) => mappedField(h, mapping)?.key === 'householdSize');
    this.mDefs = Object.values(this.schema.member);
    const names = Object.keys(this.schema.member);
    const relation = this.schema.member.relation;
    this.relation = {
      index: names.indexOf('relation'),
      head: relation?.type === 'enum' ? relation.values.indexOf('head') : -1,
    };
  }

  read(rows: readonly SourceRow[]): ListBlock {
    const size = rows.length;
    const rowNumbers = new Int32Array(size);
    const references: (string | null)[] = new Array(size).fill(null);
    const at = new Int32Array(size).fill(-1);
    const problems = new Map<number, RowProblem[]>();
    const out = new ColumnsBuilder(this.schema, size);
    const sources: number[] = [];
    const head = new Float64Array(this.mDefs.length);
    const headSet: number[] = [];
    for (let r = 0; r < size; r++) {
      const source = rows[r] as SourceRow;
      rowNumbers[r] = source.row;
      if (!('cells' in source)) {
        problems.set(r, [{ column: '', ...source.broken }]);
        continue;
      }
      const cells = source.cells;
      if (this.reference >= 0) references[r] = this.text(cells[this.reference] ?? '');
      const k = out.n;
      let ok = true;
      let hasHead = false;
      for (const g of this.groups) {
        if (g.apart) {
          // A phone differs row by row: read, not kept.
          if (parseCell(g.fields[0] as TargetField, cells[g.columns[0] as number] ?? '').ok) continue;
          ok = false;
          break;
        }
        const money = g.money;
        if (money) {
          const v = quickMoney(cells[g.columns[0] as number] ?? '');
          if (v !== undefined && within(money.def, v)) {
            if (money.member) {
              head[money.index] = v;
              headSet.push(money.index);
              hasHead = true;
            } else (out.h[money.index] as Column)[k] = v;
            continue;
          }
        }
        const key = g.key(cells);
        let o = g.memo.get(key);
        if (o === undefined) {
          o = evaluate(g, cells, this.schema, this.date);
          if (g.memo.size >= MEMO_MAX) g.memo.clear();
          g.memo.set(key, o);
        }
        if (o === null) {
          ok = false;
          break;
        }
        apply(o, out.h, k, head, headSet);
        if (o.head) hasHead = true;
      }
      const members = this.size >= 0 ? this.sizeOf(cells[this.size] ?? '') : null;
      if (!ok || members === undefined) {
        out.clearRow(k);
        for (const f of headSet) head[f] = Number.NaN;
        headSet.length = 0;
        const general = this.general(cells);
        if ('problems' in general) {
          problems.set(r, general.problems);
          if (this.reference < 0) references[r] = general.reference;
          continue;
        }
        at[r] = out.add(general.household);
        sources.push(r);
        continue;
      }
      const count = hasHead || members !== null ? Math.max(1, members ?? 1) : -1;
      at[r] = out.commit(count, head, headSet, this.relation);
      headSet.length = 0;
      sources.push(r);
    }
    return {
      size,
      rowNumbers,
      references,
      at,
      problems,
      columns: out.finish(),
      household: (k) => {
        const general = this.general((rows[sources[k] as number] as { cells: readonly string[] }).cells);
        if ('problems' in general) throw new Error('a row screened as good reads as bad');
        return general.household;
      },
    };
  }

  private text(raw: string): string | null {
    const parsed = parseCell(mappedField(this.headers[this.reference] as string, this.mapping) as never, raw);
    return parsed.ok ? (parsed.value as string | null) : null;
  }

  /** The household size cell: a count, null when blank, undefined when it cannot be read. */
  private sizeOf(raw: string): number | null | undefined {
    let size = this.sizeMemo.get(raw);
    if (size === undefined && !this.sizeMemo.has(raw)) {
      const parsed = parseCell(mappedField(this.headers[this.size] as string, this.mapping) as never, raw);
      size = parsed.ok ? (parsed.value as number | null) : undefined;
      if (this.sizeMemo.size >= MEMO_MAX) this.sizeMemo.clear();
      this.sizeMemo.set(raw, size);
    }
    return size;
  }

  /** One row read as before this reader: mapRow, then checkHousehold. */
  private general(
    cells: readonly string[],
  ): { household: Household } | { problems: RowProblem[]; reference: string | null } {
    const mapped = mapRow(this.headers, cells, this.mapping);
    if (mapped.errors.length > 0) {
      return {
        reference: mapped.reference,
        problems: mapped.errors.map((e) => ({ column: e.column, ko: e.message.ko, en: e.message.en })),
      };
    }
    const checked = checkHousehold(mapped.household, this.date);
    if (checked.ok) return { household: checked.value };
    return {
      reference: mapped.reference,
      problems: checked.errors.map((e) => ({
        column: columnOf(e.path, this.mapping),
        ko: e.message.ko,
        en: e.message.en,
        code: e.code,
      })),
    };
  }
}

/** validateHousehold's bounds for a number field, for a whole number read by quickMoney. */
function within(def: FieldDef, v: number): boolean {
  if (def.type !== 'number') return false;
  return v >= (def.min ?? 0) && (def.max === undefined || v <= def.max);
}

function apply(o: Outcome, h: Column[], k: number, head: Float64Array, headSet: number[]) {
  for (let j = 0; j < o.h.length; j++) (h[o.h[j] as number] as Column)[k] = o.hv[j] as number;
  for (let j = 0; j < o.m.length; j++) {
    const f = o.m[j] as number;
    head[f] = o.mv[j] as number;
    headSet.push(f);
  }
}

/** Columns filled a household at a time; member columns grow as households bring members. */
class ColumnsBuilder {
  n = 0;
  m = 0;
  readonly h: Column[];
  private mcols: Column[];
  private readonly hDefs: FieldDef[];
  private readonly mDefs: FieldDef[];
  private readonly membersKnown: Int8Array;
  private readonly offsets: Int32Array;

  constructor(
    private readonly schema: Schema,
    capacity: number,
  ) {
    this.hDefs = Object.values(schema.household);
    this.mDefs = Object.values(schema.member);
    this.h = this.hDefs.map((d) => column(d, capacity));
    this.mcols = this.mDefs.map((d) => column(d, capacity * 2));
    this.membersKnown = new Int8Array(capacity);
    this.offsets = new Int32Array(capacity + 1);
  }

  /** Back to unknown: the row's household fields were written before a later cell failed. */
  clearRow(k: number) {
    this.hDefs.forEach((d, f) => {
      (this.h[f] as Column)[k] = unknownOf(d);
    });
  }

  /** Ends household n: `count` members (-1 for no member list), the first the head with the values set. */
  commit(count: number, head: Float64Array, headSet: readonly number[], relation: { index: number; head: number }) {
    const k = this.n++;
    if (count >= 0) {
      this.membersKnown[k] = 1;
      this.reserve(count);
      const j = this.m;
      for (const f of headSet) {
        (this.mcols[f] as Column)[j] = head[f] as number;
        head[f] = Number.NaN;
      }
      if (relation.index >= 0) (this.mcols[relation.index] as Column)[j] = relation.head;
      this.m += count;
    }
    this.offsets[k + 1] = this.m;
    return k;
  }

  /** Ends household n with a household read by the general path (rare), encoded by toColumns itself. */
  add(household: Household): number {
    const one = toColumns(this.schema, [household]);
    const k = this.n;
    Object.values(one.household).forEach((col, f) => {
      (this.h[f] as Column)[k] = col[0] as number;
    });
    const count = one.membersKnown[0] === 1 ? (one.memberOffsets[1] as number) : -1;
    if (count > 0) {
      this.reserve(count);
      Object.values(one.member).forEach((col, f) => {
        (this.mcols[f] as Column).set(col, this.m);
      });
    }
    return this.commit(count, new Float64Array(0), [], { index: -1, head: -1 });
  }

  private reserve(count: number) {
    const need = this.m + count;
    const have = (this.mcols[0] as Column | undefined)?.length ?? need;
    if (need <= have) return;
    this.mcols = this.mcols.map((col, f) => {
      const grown = column(this.mDefs[f] as FieldDef, Math.max(need, have * 2));
      grown.set(col.subarray(0, this.m));
      return grown;
    });
  }

  finish(): Columns {
    const names = (fields: Schema['household'], cols: Column[], len: number) =>
      Object.fromEntries(Object.keys(fields).map((name, f) => [name, (cols[f] as Column).slice(0, len)]));
    return {
      n: this.n,
      household: names(this.schema.household, this.h, this.n),
      member: names(this.schema.member, this.mcols, this.m),
      membersKnown: this.membersKnown.slice(0, this.n),
      memberOffsets: this.offsets.slice(0, this.n + 1),
    };
  }
}

/** A column of n unknown values. */
function column(def: FieldDef, n: number): Column {
  return def.type === 'number' || def.type === 'date'
    ? new Float64Array(n).fill(Number.NaN)
    : new Int8Array(n).fill(-1);
}
