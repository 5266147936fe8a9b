import { tableCell } from '../parameters/lookup.ts';
import type { ParameterDef, ParameterPeriod } from '../parameters/types.ts';
import type { CellRead, Ctx, ParamUse, Trace } from './context.ts';
import type { PNode } from './plan.ts';

/** Throws ParameterLookupError as tableCell does (nothing is cached then). */
export function cellRead(ctx: Ctx, n: PNode, period: ParameterPeriod, keys: string[]): CellRead {
  const def = n.def as NonNullable<PNode['def']>;
  const nk = keys.length;
  const k = nk === 0 ? def.id : nk === 1 ? `${def.id}[${keys[0]}]` : `${def.id}[${keys.join(',')}]`;
  let byPeriod = canonicalReads.get(def);
  if (byPeriod === undefined) {
    byPeriod = new WeakMap();
    canonicalReads.set(def, byPeriod);
  }
  let byK = byPeriod.get(period);
  if (byK === undefined) {
    byK = new Map();
    byPeriod.set(period, byK);
  }
  // The cell's value follows from its definition, period and keys: a known record needs no lookup.
  const known = byK.get(k);
  if (known !== undefined) return known;
  const value = tableCell(def, ctx.date, period.value, keys);
  // Keys come from household values: past the bound a record is made per read and told by key.
  const canonical = byK.size < MAX_CANONICAL;
  const use: ParamUse = Object.freeze({ def, period, keys, value });
  const read: CellRead = {
    period,
    k,
    use,
    value: n.boolParam ? value !== 0 : value,
    canonical,
    lastTrace: null,
    capMark: 0,
    shown: null,
  };
  if (canonical) byK.set(k, read);
  return read;
}

/**
 * The one record of each cell, per definition, period and trace key: never replaced, so no two
 * canonical records of one cell exist (a trace tells the cells it holds by their record).
 */
const canonicalReads = new WeakMap<ParameterDef, WeakMap<ParameterPeriod, Map<string, CellRead>>>();
const MAX_CANONICAL = 4096;

/** A cell just read: into the trace (when explaining) and the reads of the variable being computed (when shared). */
export function noteRead(ctx: Ctx, r: CellRead): void {
  if (ctx.trace !== null) traced(ctx.trace, r);
  if (ctx.capture !== null && r.capMark !== ctx.captureMark) {
    r.capMark = ctx.captureMark;
    ctx.capture.push(r);
  }
}

/**
 * Reads into the capture of the variable being computed, each once: a capture is only ever replayed
 * into traces (interpret.ts sharedSlot), which keep the first read of each cell, so a cell read again
 * adds nothing to any of them. A record marked with the capture's number is in it (numbers are never
 * reused); one in it but marked by another capture since is only added twice, which replays the same.
 */
export function captureAll(ctx: Ctx, from: readonly CellRead[]): void {
  const to = ctx.capture as CellRead[];
  const mark = ctx.captureMark;
  for (let i = 0; i < from.length; i++) {
    const r = from[i] as CellRead;
    if (r.capMark === mark) continue;
    r.capMark = mark;
    to.push(r);
  }
}

/**
 * After a capture nested in the one now current (restored) ends, successfully: its reads are added to
 * the current one, each once, as a nested variable's are. The nested capture marked the records both
 * hold as its own, so the current capture's records are marked again first.
 */
export function addCaptured(ctx: Ctx, inner: readonly CellRead[]): void {
  const outer = ctx.capture;
  if (outer === null) return;
  const mark = ctx.captureMark;
  for (let i = 0; i < outer.length; i++) (outer[i] as CellRead).capMark = mark;
  captureAll(ctx, inner);
}

let captures = 0;

/** A number for a new capture, unequal to every other capture's (CellRead.capMark). */
export function newCaptureMark(): number {
  return ++captures;
}

/**
 * Places a read cell in the trace unless the trace holds it already. A canonical record is one
 * object per cell and period, so the record itself says whether this trace has it (evaluations
 * do not nest: one trace is filled at a time); records past the interning bound are told by key.
 */
export function traced(trace: Trace, r: CellRead): void {
  if (r.lastTrace === trace) return;
  r.lastTrace = trace;
  let keys = trace.keys;
  if (keys === null) {
    if (r.canonical) {
      trace.params.push(r);
      return;
    }
    keys = new Set();
    for (const x of trace.params) keys.add(x.k);
    trace.keys = keys;
  }
  if (keys.has(r.k)) return;
  keys.add(r.k);
  trace.params.push(r);
}
