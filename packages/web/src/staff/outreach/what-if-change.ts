import { fill } from '../../i18n/index.tsx';
import type { WhatIfParameters } from './outreach-types.ts';
import { cells, type Parameter, valueText } from './what-if-figure.ts';

/** A figure and the value a what-if gives it, as the API takes it (a number, or a table's cells by key). */
export interface Override {
  readonly parameter: string;
  readonly value: number | Readonly<Record<string, number>>;
}

type Label = { ko: string; en: string };

/** The figure of that id among those the screening offers. */
export function parameterById(params: WhatIfParameters, id: string): Parameter | undefined {
  for (const p of params.programs) {
    const found = p.parameters.find((x) => x.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The program a result is headed by: the first that reads the first figure changed. */
export function programFor(params: WhatIfParameters, overrides: readonly Override[]): string {
  const first = overrides[0]?.parameter;
  return params.programs.find((p) => p.parameters.some((x) => x.id === first))?.id ?? '';
}

/** "기준: 지금 값 → 새 값" for each figure changed, joined by " · " (a figure no longer offered by its id). */
export function changeSummary(
  params: WhatIfParameters,
  overrides: readonly Override[],
  l: (x: Label) => string,
  lang: 'ko' | 'en',
  template: string,
): string {
  const shown = (v: number | Readonly<Record<string, number>>, of: Parameter) =>
    typeof v === 'number'
      ? valueText(of, v, lang)
      : cells(of)
          .map((c) => `${c.label ? l(c.label) : c.key} ${valueText(of, v[c.key] as number, lang)}`)
          .join(', ');
  return overrides
    .map((o) => {
      const parameter = parameterById(params, o.parameter);
      if (!parameter) return o.parameter;
      const before =
        typeof parameter.value === 'number'
          ? parameter.value
          : Object.fromEntries(cells(parameter).map((c) => [c.key, c.value]));
      return fill(template, {
        parameter: l(parameter.label),
        before: shown(before, parameter),
        after: shown(o.value, parameter),
      });
    })
    .join(' · ');
}
