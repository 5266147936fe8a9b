import { useEffect, useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import { Button } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import type { WhatIfRuns as Runs, WhatIfParameters } from './outreach-types.ts';
import { changeSummary, type Override } from './what-if-change.ts';
import { whatIfStrings } from './what-if-strings.ts';

type Run = Runs['items'][number];

/**
 * The screening's what-ifs counted in the background (a long list's): when each was asked for, what
 * it changed and how far it got, so one asked for earlier, or left while counting, can be read again.
 * Shown only once there is one.
 */
export function WhatIfRuns(props: {
  jobId: string;
  params: WhatIfParameters;
  /** Changes when a run starts or ends: the list is read again. */
  seen: number;
  level: 2 | 3 | 4;
  onShow: (runId: string, overrides: readonly Override[]) => void;
}) {
  const w = useStrings(whatIfStrings);
  const { l, lang, k } = useI18n();
  const [runs, setRuns] = useState<Run[]>([]);
  const { jobId, seen } = props;
  useEffect(() => {
    // `seen` only says when to read again.
    void seen;
    void api<Runs>('GET', `/api/outreach/jobs/${jobId}/what-if/runs`).then((r) => {
      if (r.ok) setRuns([...r.value.items]);
    });
  }, [jobId, seen]);
  if (runs.length === 0) return null;
  const Heading = `h${props.level}` as 'h2';
  const when = (iso: string) => centerTime(iso, lang);
  const state = (r: Run) =>
    r.state === 'running'
      ? fill(w.runRunning, { done: r.rowsDone.toLocaleString('en-US'), total: r.rowsTotal.toLocaleString('en-US') })
      : w[r.state === 'queued' ? 'runQueued' : r.state === 'done' ? 'runDone' : 'runFailedShort'];
  return (
    <section className="what-if-runs" aria-labelledby={`what-if-runs-${jobId}`}>
      <Heading id={`what-if-runs-${jobId}`}>{w.runsTitle}</Heading>
      <ul>
        {runs.map((r) => (
          <li key={r.runId}>
            <time dateTime={r.askedAt}>{when(r.askedAt)}</time> ·{' '}
            {k(changeSummary(props.params, r.overrides, l, lang, w.resultFor))} · <strong>{state(r)}</strong>{' '}
            {r.state === 'done' && (
              <Button small onClick={() => props.onShow(r.runId, r.overrides)}>
                {w.showRun}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
