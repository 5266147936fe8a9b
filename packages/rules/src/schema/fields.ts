import type { Unit } from '../parameters/types.ts';

/** Every user-facing string exists in Korean and English. */
export interface Label {
  readonly ko: string;
  readonly en: string;
}

/** Units a number can carry ("bool" is a parameter unit, not a number unit). */
export type NumUnit = Exclude<Unit, 'bool'>;

interface FieldBase {
  readonly label: Label;
  /**
   * Question order for the questionnaire: lower asks first among inputs that decide the
   * same number of criteria. Defaults to declaration order.
   */
  readonly order?: number;
}

export interface NumberField extends FieldBase {
  readonly type: 'number';
  readonly unit: NumUnit;
  /** Defaults to 0: welfare inputs (money, counts, ages, areas) are never negative. */
  readonly min?: number;
  readonly max?: number;
  /** Defaults to true for "count". */
  readonly integer?: boolean;
}
export interface BooleanField extends FieldBase {
  readonly type: 'boolean';
}
export interface EnumField extends FieldBase {
  readonly type: 'enum';
  readonly values: readonly string[];
  /** Display names for values, used in explanations. */
  readonly valueLabels?: Readonly<Record<string, Label>>;
}
export interface DateField extends FieldBase {
  readonly type: 'date';
}
export type FieldDef = NumberField | BooleanField | EnumField | DateField;

type NumOpts = Partial<Pick<NumberField, 'min' | 'max' | 'integer' | 'order'>>;

export function num(unit: NumUnit, label: Label, opts: NumOpts = {}): NumberField {
  return Object.freeze({ type: 'number', unit, label, ...opts });
}
export function bool(label: Label, opts: { order?: number } = {}): BooleanField {
  return Object.freeze({ type: 'boolean', label, ...opts });
}
export function enumOf<const V extends string>(
  values: readonly V[],
  label: Label,
  opts: { order?: number; valueLabels?: Partial<Record<V, Label>> } = {},
): EnumField {
  return Object.freeze({ type: 'enum', values: Object.freeze([...values]), label, ...opts }) as EnumField;
}
export function date(label: Label, opts: { order?: number } = {}): DateField {
  return Object.freeze({ type: 'date', label, ...opts });
}

export function numberMin(f: NumberField): number {
  return f.min ?? 0;
}
export function isInteger(f: NumberField): boolean {
  return f.integer ?? f.unit === 'count';
}
