import { useEffect, useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button, focusSoon, Notice, optionsOf, SelectField, TextField } from '../../shared/ui/index.ts';
import { REFERRAL_STATUS_LABEL, type ReferralStatus } from '../referrals/referral-strings.ts';
import { api } from '../shell/api.ts';
import { FROM_LABEL, pathwayStrings } from './pathway-strings.ts';

interface Step {
  milestone: string;
  label: { ko: string; en: string };
  reachedOn: string | null;
  dueOn: string | null;
  overdue: boolean;
  note: string | null;
}

interface Pathway {
  active: boolean;
  fromHousingType: string | null;
  startedOn: string | null;
  steps: Step[];
  next: string | null;
  supportReferrals: { id: string; number: string; serviceName: string; agencyName: string; status: string }[];
}

const VISITS = ['settled_1m', 'settled_3m', 'settled_6m'];
const today = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/**
 * 주거상향 on a case: where the household stands, what comes next, the settling-in visits due after
 * the move, and the referrals paying for the move. Each recorded step lands on the case timeline.
 */
export function PathwayPanel({
  caseId,
  version,
  housingType,
  onChanged,
  onShown,
}: {
  caseId: string;
  version: number;
  housingType: string | undefined;
  onChanged: () => Promise<void>;
  /** The panel has loaded and shows (the page's contents then lists it). */
  onShown?: () => void;
}) {
  const s = useStrings(pathwayStrings);
  const { l, k, lang } = useI18n();
  const [p, setP] = useState<Pathway | null>(null);
  // The case's own dwelling when it is one a pathway starts from; else a choice, not 쪽방 for everyone.
  const [from, setFrom] = useState(housingType && FROM_LABEL[housingType] ? housingType : '');
  const [fromError, setFromError] = useState<string | undefined>();
  const [step, setStep] = useState('');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a saved change to the case (new version) reloads it
  useEffect(() => {
    void api<Pathway>('GET', `/api/cases/${caseId}/pathway`).then((r) => {
      if (!r.ok) return;
      setP(r.value);
      onShown?.();
    });
  }, [caseId, version]);
  if (!p) return null;

  // The next step in order, and any settling-in visit not yet made once the move is recorded.
  const moved = p.steps.some((x) => x.milestone === 'moved' && x.reachedOn);
  const open = p.steps.filter(
    (x) => !x.reachedOn && (x.milestone === p.next || (moved && VISITS.includes(x.milestone))),
  );
  const chosen = open.some((x) => x.milestone === step) ? step : (open[0]?.milestone ?? '');

  const done = async (r: Awaited<ReturnType<typeof api<Pathway>>>) => {
    if (!r.ok) {
      setError([l(r.problem.detail), ...r.problem.errors.map((e) => l(e))].join(' '));
      return;
    }
    setError(null);
    setP(r.value);
    setNote('');
    await onChanged();
  };
  const start = async () => {
    if (!from) {
      setFromError(s.fromMissing);
      focusSoon('pathway-from');
      return;
    }
    setFromError(undefined);
    done(await api<Pathway>('POST', `/api/cases/${caseId}/pathway`, { fromHousingType: from, startedOn: date }));
  };
  const record = async () =>
    done(
      await api<Pathway>('POST', `/api/cases/${caseId}/pathway/milestones`, {
        milestone: chosen,
        reachedOn: date,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    );

  return (
    <section aria-labelledby="h-pathway" className="pathway">
      <h2 id="h-pathway">{s.title}</h2>
      <p>{k(s.lead)}</p>
      {error && (
        <div role="alert">
          <Notice tone="warn">{error}</Notice>
        </div>
      )}
      {!p.active ? (
        <div className="no-print">
          <p>{s.notStarted}</p>
          <SelectField
            id="pathway-from"
            label={s.from}
            value={from}
            onChange={(v) => {
              setFrom(v);
              if (v) setFromError(undefined);
            }}
            placeholder={s.fromPick}
            error={fromError}
            options={optionsOf(FROM_LABEL, l)}
          />
          <TextField id="pathway-start" label={s.startedOn} type="date" value={date} onChange={setDate} />
          <Button onClick={start}>{s.start}</Button>
        </div>
      ) : (
        <>
          <p>
            {s.from}: {l(FROM_LABEL[p.fromHousingType ?? ''] ?? { ko: '-', en: '-' })} · {s.startedOn}: {p.startedOn}
          </p>
          <h3>{s.steps}</h3>
          <ol className="pathway-steps">
            {p.steps.map((x) => (
              <li key={x.milestone} data-milestone={x.milestone} data-reached={x.reachedOn ? 'yes' : 'no'}>
                <strong>{l(x.label)}</strong>{' '}
                {x.reachedOn
                  ? s.reachedOn.replace('{date}', x.reachedOn)
                  : x.dueOn
                    ? s.dueOn.replace('{date}', centerDay(x.dueOn, lang))
                    : s.waiting}
                {x.overdue && <span className="overdue"> · {s.overdue}</span>}
                {x.note && <span> · {k(x.note)}</span>}
              </li>
            ))}
          </ol>
          {open.length === 0 ? (
            <p>{s.done}</p>
          ) : (
            <div className="no-print">
              <h3>{s.record}</h3>
              <SelectField
                id="pathway-step"
                label={s.step}
                value={chosen}
                onChange={setStep}
                options={open.map((x) => ({ value: x.milestone, label: l(x.label) }))}
              />
              <TextField id="pathway-date" label={s.date} type="date" value={date} onChange={setDate} />
              <TextField id="pathway-note" label={s.note} value={note} onChange={setNote} maxLength={500} />
              <Button onClick={record}>{s.save}</Button>
            </div>
          )}
          <h3>{s.support}</h3>
          {p.supportReferrals.length === 0 ? (
            <p>{s.supportNone}</p>
          ) : (
            <ul>
              {p.supportReferrals.map((r) => (
                <li key={r.id}>
                  {r.number} · {r.agencyName} · {r.serviceName} ·{' '}
                  {REFERRAL_STATUS_LABEL[r.status as ReferralStatus]?.[lang] ?? r.status}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
