import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { MoneyInput } from '../../self-check/inputs/MoneyInput.tsx';
import type { MoneyUnit } from '../../self-check/questionnaire/money.ts';
import { Button, FieldError, SelectField, TextField } from '../../shared/ui/index.ts';
import type { WhatIfParameters } from './outreach-types.ts';
import {
  cells,
  changeFor,
  type FigureChange,
  figureIds,
  isMoney,
  type Parameter,
  parameterOf,
  typedFor,
  valueText,
} from './what-if-figure.ts';
import { whatIfStrings } from './what-if-strings.ts';

/**
 * One figure to change: its program and figure, the value now with its source, and a field per
 * value (money in the self-check's 만원/원 field, ratios in %). With several figures each is a
 * group of its own, numbered, with a button to take it out.
 */
export function WhatIfFigure(props: {
  index: number;
  count: number;
  params: WhatIfParameters;
  change: FigureChange;
  errors: Readonly<Record<string, string>>;
  onChange: (change: FigureChange) => void;
  onRemove: () => void;
}) {
  const w = useStrings(whatIfStrings);
  const { l } = useI18n();
  const { params, change, errors } = props;
  const ids = figureIds(props.index);
  const program = params.programs.find((p) => p.id === change.programId);
  const parameter = parameterOf(params, change);
  const fields = (
    <>
      <SelectField
        id={ids.program}
        label={w.program}
        value={change.programId}
        options={params.programs.map((p) => ({ value: p.id, label: l(p.label) }))}
        onChange={(pid) => props.onChange(changeFor(params, pid))}
      />
      <SelectField
        id={ids.parameter}
        label={w.parameter}
        value={change.parameterId}
        options={(program?.parameters ?? []).map((p) => ({ value: p.id, label: l(p.label) }))}
        onChange={(xid) => props.onChange(changeFor(params, change.programId, xid))}
        error={errors[ids.parameter]}
      />
      {parameter && <Current p={parameter} programId={change.programId} />}
      {parameter && <Values p={parameter} {...props} />}
    </>
  );
  if (props.count === 1) return fields;
  return (
    <fieldset className="what-if-figure">
      <legend>{fill(w.figureLegend, { n: String(props.index + 1) })}</legend>
      {fields}
      <Button small onClick={props.onRemove}>
        {fill(w.removeFigure, { n: String(props.index + 1) })}
      </Button>
    </fieldset>
  );
}

/** The new value's fields: one, or one per cell of a table (a 만원/원 field for money). */
function Values(props: {
  p: Parameter;
  index: number;
  change: FigureChange;
  errors: Readonly<Record<string, string>>;
  onChange: (change: FigureChange) => void;
}) {
  const { p, change, errors } = props;
  const w = useStrings(whatIfStrings);
  const { l } = useI18n();
  const ids = figureIds(props.index);
  const labelOf = (key: string, label: { ko: string; en: string } | null) =>
    key === ''
      ? p.unit === 'ratio'
        ? w.newValuePercent
        : w.newValue
      : fill(w.newValueCell, { key: label ? l(label) : key });
  return (
    <fieldset className="what-if-values">
      <legend>{p.dimension ? fill(w.tableLegend, { dimension: l(p.dimension.label) }) : w.newValue}</legend>
      {cells(p).map((c) => {
        const id = ids.value(c.key);
        const t = change.typed[c.key] ?? { text: '', unit: 'won' as MoneyUnit };
        const set = (text: string, unit: MoneyUnit) =>
          props.onChange({ ...change, typed: { ...change.typed, [c.key]: { text, unit } } });
        const label = labelOf(c.key, c.label);
        if (isMoney(p)) {
          return (
            <div className="field" key={id}>
              <label id={`${id}-label`} htmlFor={id}>
                {label}
              </label>
              <MoneyInput
                id={id}
                labelledBy={`${id}-label`}
                describedBy={errors[id] ? `${id}-error` : ''}
                text={t.text}
                unit={t.unit}
                perMonth={p.unit === 'KRW/month'}
                invalid={Boolean(errors[id])}
                onChange={set}
              />
              {errors[id] && <FieldError id={`${id}-error`} text={errors[id] as string} />}
            </div>
          );
        }
        return (
          <TextField
            key={id}
            id={id}
            label={label}
            value={t.text}
            onChange={(text) => set(text, 'won')}
            inputMode="decimal"
            maxLength={20}
            hint={fill(p.unit === 'ratio' ? w.percentHint : w.numberHint, { now: typedFor(p)[c.key]?.text ?? '' })}
            error={errors[id]}
          />
        );
      })}
    </fieldset>
  );
}

/** 지금 값: the figure on the screening date with its unit, since when, its source and who else reads it. */
function Current({ p, programId }: { p: Parameter; programId: string }) {
  const w = useStrings(whatIfStrings);
  const { l, lang, k } = useI18n();
  const now =
    typeof p.value === 'number'
      ? valueText(p, p.value, lang)
      : p.value.map((c) => `${l(c.label)} ${valueText(p, c.value, lang)}`).join(', ');
  const others = p.readBy.filter((r) => r.id !== programId);
  return (
    <>
      <dl className="what-if-current">
        <dt>{w.now}</dt>
        <dd>
          {k(now)} ({fill(w.nowFrom, { date: p.from })})
        </dd>
        <dt>{w.source}</dt>
        <dd>
          <a href={p.citation.url}>
            <span lang="ko">
              {p.citation.title}
              {p.citation.article ? ` ${p.citation.article}` : ''}
            </span>
          </a>
        </dd>
      </dl>
      {others.length > 0 && <p>{k(fill(w.sharedBy, { programs: others.map((r) => l(r.label)).join(', ') }))}</p>}
    </>
  );
}
