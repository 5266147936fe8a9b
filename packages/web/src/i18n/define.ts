/** The English table must have every key the Korean one has, with the same kind of value. */
export type Shape<T> = { [K in keyof T]: T[K] extends readonly string[] ? readonly string[] : string };

export function defineStrings<T extends Record<string, string | readonly string[]>>(ko: T, en: Shape<T>) {
  return { ko: ko as Shape<T>, en };
}

/** "질문 {n} / 약 {m}" with { n: 3, m: 12 } → "질문 3 / 약 12". */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
