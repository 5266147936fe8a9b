import type { Expr } from '../expr/nodes.ts';
import { conversion } from '../expr/units.ts';

/**
 * The fused loop's operations that are one JavaScript expression over their operands' values
 * (already emitted by the compiler): no statements, no early end, nothing that can throw.
 */

/** Arithmetic; a division by zero is unknown (NaN), as in interpret.ts. */
export function arithCode(op: Extract<Expr, { kind: 'arith' }>['op'], l: string, r: string): string {
  // x * 1 and x / 1 are x exactly (NaN and -0 included): a rate of 100 % costs nothing.
  if (r === '1' && (op === 'mul' || op === 'div')) return l;
  if (op === 'div') return `(${r} === 0 ? NaN : ${l} / ${r})`;
  return `(${l} ${{ add: '+', sub: '-', mul: '*' }[op]} ${r})`;
}

/** Rounding `x` to a multiple of step `s` (a literal or an emitted value). */
export function roundCode(mode: Extract<Expr, { kind: 'round' }>['mode'], x: string, s: string): string {
  // To a step of 1 (whole won): x / 1 and y * 1 are x and y exactly, so neither is written.
  const q = s === '1' ? x : `(${x} / ${s})`;
  const f = mode === 'floor' ? `Math.floor(${q})` : mode === 'ceil' ? `Math.ceil(${q})` : `Math.floor(${q} + 0.5)`;
  return s === '1' ? f : `(${f} * ${s})`;
}

/** A unit conversion; `constant` names a number in the kernel's environment. */
export function convertCode(e: Extract<Expr, { kind: 'convert' }>, x: string, constant: (n: number) => string): string {
  const [mul, div] = conversion(e.from, e.to) as readonly [number, number];
  return mul === 1 && div === 1 ? x : `((${x} * ${constant(mul)}) / ${constant(div)})`;
}

/** Membership of enum index `x` in a 0/1 table by index; an unknown index stays unknown. */
export const oneOfCode = (hit: string, x: string) => `(${x} < 0 ? -1 : ${hit}[${x}])`;

/** Kleene's not: unknown stays unknown. */
export const notCode = (x: string) => `(${x} < 0 ? -1 : 1 - ${x})`;

/** Whole years from date number `x` (YYYYMMDD) to the evaluation date `asOf`. */
export const yearsSinceCode = (asOf: string, x: string) => `Math.trunc((${asOf} - ${x}) / 10000)`;
