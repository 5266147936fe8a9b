import { assertNever } from '../expr/nodes.ts';
import type { Val } from './context.ts';

/* The interpreter's operations on known values (interpret.ts); unknowns never reach them. */

export function arith(op: 'add' | 'sub' | 'mul' | 'div', l: number, r: number): number | null {
  switch (op) {
    case 'add':
      return l + r;
    case 'sub':
      return l - r;
    case 'mul':
      return l * r;
    case 'div':
      return r === 0 ? null : l / r;
    default:
      return assertNever(op);
  }
}

export function roundTo(mode: 'floor' | 'ceil' | 'round', x: number, step: number): number {
  const q = x / step;
  return (mode === 'floor' ? Math.floor(q) : mode === 'ceil' ? Math.ceil(q) : Math.floor(q + 0.5)) * step;
}

export function compareValues(op: 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne', l: Val, r: Val): boolean {
  switch (op) {
    case 'lt':
      return (l as number) < (r as number);
    case 'le':
      return (l as number) <= (r as number);
    case 'gt':
      return (l as number) > (r as number);
    case 'ge':
      return (l as number) >= (r as number);
    case 'eq':
      return l === r;
    case 'ne':
      return l !== r;
    default:
      return assertNever(op);
  }
}
