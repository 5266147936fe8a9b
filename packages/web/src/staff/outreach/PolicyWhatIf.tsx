import { useEffect, useRef, useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, Form, Notice } from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import type { WhatIfResult as Result, WhatIfParameters, WhatIfRun } from './outreach-types.ts';
import { WhatIfFigure } from './WhatIfFigure.tsx';
import { WhatIfResult } from './WhatIfResult.tsx';
import { WhatIfRuns } from './WhatIfRuns.tsx';
import { changeSummary, type Override, programFor } from './what-if-change.ts';
import {
  changeFor,
  type FigureChange,
  fieldOfError,
  figureIds,
  MAX_FIGURES,
  nextChange,
  type Parameter,
  parameterOf,
  ratioOutOfRange,
  typedValue,
} from './what-if-figure.ts';
import { whatIfStrings } from './what-if-strings.ts';

/** A field's problem, with the figure it belongs to and whether it is that figure's choice of figure. */
interface FieldProblem {
  readonly message: string;
  readonly index: number;
  readonly parameter: boolean;
}

/**
 * 정책 모의 계산 for one finished screening: pick a program and one of its figures, see its value
 * now with unit and source, type a new value, and read how many of the list's households would
 * gain or lose each program that reads it. More figures can be changed together (up to the API's
 * ten), as a change of policy often moves several at once.
 */
export function PolicyWhatIf(props: { jobId: string; heading?: 2 | 3 }) {
  const w = useStrings(whatIfStrings);
  const { l, lang } = useI18n();
  const [params, setParams] = useState<WhatIfParameters | null>(null);
  const [changes, setChanges] = useState<FigureChange[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [local, setLocal] = useState<Record<string, FieldProblem>>({});
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<{ value: Result; programId: string; change: string } | null>(null);
  /** A long list's what-if counted in the background: rows counted so far, until it ends. */
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  /** Bumped when a background run starts or ends, so the list of them is read again. */
  const [runsSeen, setRunsSeen] = useState(0);
  // Polling stops when the screen goes (another list chosen, or another page).
  const onScreen = useRef(0);

  useEffect(() => {
    onScreen.current++;
    setParams(null);
    setResult(null);
    void api<WhatIfParameters>('GET', `/api/outreach/jobs/${props.jobId}/what-if`).then((r) => {
      if (!r.ok) return setProblem(r.problem);
      setParams(r.value);
      const first = r.value.programs[0];
      setChanges(first ? [changeFor(r.value, first.id)] : []);
    });
    return () => {
      onScreen.current++;
    };
  }, [props.jobId]);

  const edit = (next: FigureChange[]) => {
    setChanges(next);
    setLocal({});
    setProblem(null);
  };

  const run = async () => {
    if (!params) return;
    const chosen = changes.flatMap((c, index) => {
      const parameter = parameterOf(params, c);
      return parameter ? [{ index, parameter, values: typedValue(parameter, c.typed) }] : [];
    });
    const missing = chosen.flatMap(({ index, parameter, values }) =>
      Object.entries(values)
        .filter(([, v]) => v === null || ratioOutOfRange(parameter, v))
        .map(([k, v]): [string, FieldProblem] => [
          figureIds(index).value(k),
          { message: v === null ? w.needNumber : w.percentRange, index, parameter: false },
        ]),
    );
    setLocal(Object.fromEntries(missing));
    setProblem(null);
    setAttempt((a) => a + 1);
    if (missing.length > 0 || chosen.length === 0) return;
    const apiValue = (p: Parameter, values: Record<string, number | null>) =>
      typeof p.value === 'number' ? (values[''] as number) : (values as Record<string, number>);
    setBusy(true);
    setFailure(null);
    const screen = onScreen.current;
    const overrides = chosen.map(({ parameter, values }) => ({
      parameter: parameter.id,
      value: apiValue(parameter, values),
    }));
    const asked = await api<Result | WhatIfRun>('POST', `/api/outreach/jobs/${props.jobId}/what-if`, { overrides });
    let r: { ok: true; value: Result } | { ok: false; problem: Problem } | null;
    if (!asked.ok) r = asked;
    else if ('runId' in asked.value) {
      setRunsSeen((n) => n + 1);
      r = await runToEnd(asked.value, screen);
      setRunsSeen((n) => n + 1);
    } else r = { ok: true, value: asked.value };
    setBusy(false);
    setProgress(null);
    if (r === null) return;
    if (!r.ok) return setProblem(r.problem);
    const change = changeSummary(params, overrides, l, lang, w.resultFor);
    setResult({ value: r.value, programId: changes[0]?.programId ?? '', change });
  };

  /** A background run asked for earlier, read again: its counts shown as a run just counted would be. */
  const showRun = async (runId: string, overrides: readonly Override[]) => {
    if (!params) return;
    const run = await api<WhatIfRun>('GET', `/api/outreach/what-if/runs/${runId}`);
    if (!run.ok) return setProblem(run.problem);
    if (!run.value.result) return;
    const change = changeSummary(params, overrides, l, lang, w.resultFor);
    setResult({ value: run.value.result, programId: programFor(params, overrides), change });
  };

  /** Follows a run counted in the background to its end; null when it failed (said) or the screen went. */
  const runToEnd = async (run: WhatIfRun, screen: number): Promise<{ ok: true; value: Result } | null> => {
    let now = run;
    while (now.state === 'queued' || now.state === 'running') {
      setProgress({ done: now.rowsDone, total: now.rowsTotal });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      if (onScreen.current !== screen) return null;
      const next = await api<WhatIfRun>('GET', `/api/outreach/what-if/runs/${now.runId}`);
      if (!next.ok) {
        setProblem(next.problem);
        return null;
      }
      now = next.value;
    }
    if (now.state === 'done' && now.result) return { ok: true, value: now.result };
    setFailure(now.failure ? l(now.failure) : w.runFailed);
    return null;
  };

  // A server error on a figure ("overrides.1.value.3") is shown at that figure's field.
  const serverErrors = Object.fromEntries(
    (problem?.errors ?? []).flatMap((e): [string, FieldProblem][] => {
      const at = fieldOfError(e.path);
      return at ? [[at.fieldId, { message: l(e), index: at.index, parameter: at.parameter }]] : [];
    }),
  );
  const problems: Record<string, FieldProblem> = { ...serverErrors, ...local };
  const errors = Object.fromEntries(Object.entries(problems).map(([id, p]) => [id, p.message]));
  // The summary names the field, and the figure when there are several.
  const summaryLabel = ({ index, parameter }: FieldProblem) => {
    const what = parameter ? w.parameter : w.newValue;
    return changes.length > 1 ? `${fill(w.figureLegend, { n: String(index + 1) })}: ${what}` : what;
  };
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
          items: Object.entries(problems).map(([fieldId, p]) => ({
            fieldId,
            label: summaryLabel(p),
            message: p.message,
          })),
          general: problem && Object.keys(serverErrors).length === 0 ? l(problem.detail) : null,
          attempt,
        }}
      >
        {changes.map((c, index) => (
          <WhatIfFigure
            // Figures are added at the end and removed anywhere: the index names the fields (figureIds).
            // biome-ignore lint/suspicious/noArrayIndexKey: the fields' ids are by position too
            key={index}
            index={index}
            count={changes.length}
            params={params}
            change={c}
            errors={errors}
            onChange={(next) => edit(changes.map((x, i) => (i === index ? next : x)))}
            onRemove={() => edit(changes.filter((_, i) => i !== index))}
          />
        ))}
        {changes.length < MAX_FIGURES ? (
          <Button onClick={() => edit([...changes, nextChange(params, changes)])}>{w.addFigure}</Button>
        ) : (
          <p>{fill(w.figuresFull, { n: String(MAX_FIGURES) })}</p>
        )}
        <Button type="submit" variant="primary" disabled={busy || changes.length === 0}>
          {w.run}
        </Button>
        <p aria-live="polite">
          {busy
            ? progress
              ? fill(w.runningLong, {
                  done: progress.done.toLocaleString('en-US'),
                  total: progress.total.toLocaleString('en-US'),
                })
              : w.running
            : ''}
        </p>
        {failure && <Notice tone="warn">{failure}</Notice>}
      </Form>
      <WhatIfRuns
        jobId={props.jobId}
        params={params}
        seen={runsSeen}
        level={props.heading === 3 ? 4 : props.heading === 2 ? 3 : 2}
        onShow={showRun}
      />
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
