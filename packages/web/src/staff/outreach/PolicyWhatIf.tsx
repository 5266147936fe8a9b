import { useEffect, useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { MoneyInput } from '../../self-check/inputs/MoneyInput.tsx';
import {
  groupThousands,
  type MoneyUnit,
  moneyReadBack,
  moneyToText,
  parseMoney,
  unitFor,
} from '../../self-check/questionnaire/money.ts';
import { Button, FieldError, Form, Notice, SelectField, TextField } from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import type { WhatIfResult as Result, WhatIfParameters } from './outreach-types.ts';
import { WhatIfResult } from './WhatIfResult.tsx';
import { whatIfStrings } from './what-if-strings.ts';

type Parameter = WhatIfParameters['programs'][number]['parameters'][number];
type Lang = 'ko' | 'en';
/** What is typed for one value (a single figure's key is ''), with its 만원/원 choice for money. */
type Typed = Record<string, { text: string; unit: MoneyUnit }>;

const isMoney = (p: Parameter) => p.unit.startsWith('KRW');
const cells = (p: Parameter) =>
  typeof p.value === 'number' ? [{ key: '', label: null, value: p.value }] : p.value.map((c) => ({ ...c }));
const fieldId = (key: string) => (key === '' ? 'what-if-value' : `what-if-value-${key}`);

/** A figure as people read it: 48 %, 월 256만 4,238원, 2,000. */
export function valueText(p: Parameter, v: number, lang: Lang): string {
  if (p.unit === 'ratio') return `${groupThousands(String(Math.round(v * 1e6) / 1e4))} %`;
  if (isMoney(p)) return moneyReadBack(v, p.unit === 'KRW/month', lang);
  return groupThousands(String(v));
}

/** The field's starting text: the current value, so a person changes it rather than types it anew. */
function typedFor(p: Parameter): Typed {
  return Object.fromEntries(
    cells(p).map((c) => {
      if (isMoney(p)) return [c.key, { text: moneyToText(c.value, unitFor(c.value)), unit: unitFor(c.value) }];
      const text = p.unit === 'ratio' ? String(Math.round(c.value * 1e6) / 1e4) : String(c.value);
      return [c.key, { text, unit: 'won' as MoneyUnit }];
    }),
  );
}

/** What was typed as the API's value (a ratio typed in %), or null where a cell is not a number. */
function typedValue(p: Parameter, typed: Typed): Record<string, number | null> {
  return Object.fromEntries(
    cells(p).map((c) => {
      const t = typed[c.key] ?? { text: '', unit: 'won' };
      if (isMoney(p)) return [c.key, parseMoney(t.text, t.unit)];
      const n = t.text.trim() === '' ? Number.NaN : Number(t.text.replace(/,/g, ''));
      if (!Number.isFinite(n)) return [c.key, null];
      return [c.key, p.unit === 'ratio' ? Math.round(n * 1e6) / 1e8 : n];
    }),
  );
}

/**
 * 정책 모의 계산 for one finished screening: pick a program and one of its figures, see its value
 * now with unit and source, type a new value (money in the self-check's 만원/원 field), and read
 * how many of the list's households would gain or lose each program that reads it.
 */
export function PolicyWhatIf(props: { jobId: string; heading?: 2 | 3 }) {
  const w = useStrings(whatIfStrings);
  const { l, lang } = useI18n();
  const [params, setParams] = useState<WhatIfParameters | null>(null);
  const [programId, setProgramId] = useState('');
  const [parameterId, setParameterId] = useState('');
  const [typed, setTyped] = useState<Typed>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ value: Result; programId: string; change: string } | null>(null);

  useEffect(() => {
    setParams(null);
    setResult(null);
    void api<WhatIfParameters>('GET', `/api/outreach/jobs/${props.jobId}/what-if`).then((r) => {
      if (!r.ok) return setProblem(r.problem);
      setParams(r.value);
      const first = r.value.programs[0];
      setProgramId(first?.id ?? '');
      setParameterId(first?.parameters[0]?.id ?? '');
      if (first?.parameters[0]) setTyped(typedFor(first.parameters[0]));
    });
  }, [props.jobId]);

  const program = params?.programs.find((p) => p.id === programId);
  const parameter = program?.parameters.find((p) => p.id === parameterId);
  const choose = (pid: string, xid: string) => {
    const next = params?.programs.find((p) => p.id === pid)?.parameters.find((x) => x.id === xid);
    setProgramId(pid);
    setParameterId(next?.id ?? '');
    if (next) setTyped(typedFor(next));
    setLocal({});
    setProblem(null);
  };

  const run = async () => {
    if (!parameter) return;
    const values = typedValue(parameter, typed);
    const missing = Object.entries(values).filter(([, v]) => v === null);
    setLocal(Object.fromEntries(missing.map(([k]) => [fieldId(k), w.needNumber])));
    setProblem(null);
    setAttempt((a) => a + 1);
    if (missing.length > 0) return;
    const value = typeof parameter.value === 'number' ? (values[''] as number) : (values as Record<string, number>);
    setBusy(true);
    const r = await api<Result>('POST', `/api/outreach/jobs/${props.jobId}/what-if`, {
      overrides: [{ parameter: parameter.id, value }],
    });
    setBusy(false);
    if (!r.ok) return setProblem(r.problem);
    const shown = (v: number | Record<string, number>, of: Parameter) =>
      typeof v === 'number'
        ? valueText(of, v, lang)
        : cells(of)
            .map((c) => `${c.label ? l(c.label) : c.key} ${valueText(of, v[c.key] as number, lang)}`)
            .join(', ');
    const before =
      typeof parameter.value === 'number'
        ? parameter.value
        : Object.fromEntries(cells(parameter).map((c) => [c.key, c.value]));
    const change = fill(w.resultFor, {
      parameter: l(parameter.label),
      before: shown(before, parameter),
      after: shown(value, parameter),
    });
    setResult({ value: r.value, programId, change });
  };

  // A server error on a cell ("overrides.0.value.3") is shown at that cell's field.
  const serverErrors = Object.fromEntries(
    (problem?.errors ?? []).map((e) => {
      const key = /^overrides\.0\.value\.(.+)$/.exec(e.path)?.[1] ?? '';
      return [e.path.startsWith('overrides.0.parameter') ? 'what-if-parameter' : fieldId(key), l(e)];
    }),
  );
  const errors = { ...serverErrors, ...local };
  const labelOf = (key: string, label: { ko: string; en: string } | null) =>
    key === ''
      ? parameter?.unit === 'ratio'
        ? w.newValuePercent
        : w.newValue
      : fill(w.newValueCell, { key: label ? l(label) : key });
  const Heading = props.heading === 3 ? 'h3' : 'h2';

  if (!params) return problem ? <Notice tone="warn">{l(problem.detail)}</Notice> : null;
  return (
    <section className="policy-what-if" aria-labelledby={props.heading ? 'policy-what-if-title' : undefined}>
      {props.heading && <Heading id="policy-what-if-title">{w.title}</Heading>}
      {props.heading && <p>{w.lead}</p>}
      <Notice>{w.estimate}</Notice>
      <Form
        onSubmit={run}
        summary={{
          items: Object.entries(errors).map(([fieldIdOf, message]) => ({
            fieldId: fieldIdOf,
            label: fieldIdOf === 'what-if-parameter' ? w.parameter : w.newValue,
            message,
          })),
          general: problem && problem.errors.length === 0 ? l(problem.detail) : null,
          attempt,
        }}
      >
        <SelectField
          id="what-if-program"
          label={w.program}
          value={programId}
          options={params.programs.map((p) => ({ value: p.id, label: l(p.label) }))}
          onChange={(pid) => choose(pid, params.programs.find((p) => p.id === pid)?.parameters[0]?.id ?? '')}
        />
        <SelectField
          id="what-if-parameter"
          label={w.parameter}
          value={parameterId}
          options={(program?.parameters ?? []).map((p) => ({ value: p.id, label: l(p.label) }))}
          onChange={(xid) => choose(programId, xid)}
          error={errors['what-if-parameter']}
        />
        {parameter && <Current p={parameter} programId={programId} />}
        {parameter && (
          <fieldset className="what-if-values">
            <legend>
              {parameter.dimension ? fill(w.tableLegend, { dimension: l(parameter.dimension.label) }) : w.newValue}
            </legend>
            {cells(parameter).map((c) => {
              const id = fieldId(c.key);
              const t = typed[c.key] ?? { text: '', unit: 'won' as MoneyUnit };
              const set = (text: string, unit: MoneyUnit) => setTyped({ ...typed, [c.key]: { text, unit } });
              const label = labelOf(c.key, c.label);
              if (isMoney(parameter)) {
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
                      perMonth={parameter.unit === 'KRW/month'}
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
                  hint={fill(parameter.unit === 'ratio' ? w.percentHint : w.numberHint, {
                    now: typedFor(parameter)[c.key]?.text ?? '',
                  })}
                  error={errors[id]}
                />
              );
            })}
          </fieldset>
        )}
        <Button type="submit" variant="primary" disabled={busy || !parameter}>
          {w.run}
        </Button>
        <p aria-live="polite">{busy ? w.running : ''}</p>
      </Form>
      {result && (
        <WhatIfResult
          result={result.value}
          programId={result.programId}
          change={result.change}
          level={props.heading === 3 ? 4 : props.heading === 2 ? 3 : 2}
        />
      )}
    </section>
  );
}

/** 지금 값: the figure on the screening date with its unit, since when, its source and who else reads it. */
function Current({ p, programId }: { p: Parameter; programId: string }) {
  const w = useStrings(whatIfStrings);
  const { l, lang } = useI18n();
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
          {now} ({fill(w.nowFrom, { date: p.from })})
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
      {others.length > 0 && <p>{fill(w.sharedBy, { programs: others.map((r) => l(r.label)).join(', ') })}</p>}
    </>
  );
}
