import { useEffect, useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import { Button, Form, Page, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { useProblems } from '../shell/use-problems.ts';
import { retentionStrings } from './retention-strings.ts';

interface Retention {
  days: number;
  defaultDays: number;
  updatedAt: string | null;
  updatedBy: string | null;
  due: number;
}

/**
 * 명단 보존 기간 (admins): how many days uploaded outreach lists are kept. The server checks the
 * bounds and answers field errors in Korean and English; they show beside the field.
 */
export function RetentionSetting() {
  const r = useStrings(retentionStrings);
  const { lang } = useI18n();
  const [now, setNow] = useState<Retention | null>(null);
  const [days, setDays] = useState('');
  const [saved, setSaved] = useState<Retention | null>(null);
  const p = useProblems('retention', { days: r.days });

  // Once, on opening the screen (p is a new object every render).
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once on open
  useEffect(() => {
    void api<Retention>('GET', '/api/admin/outreach/retention').then((res) => {
      if (!res.ok) return p.show(res.problem);
      setNow(res.value);
      setDays(String(res.value.days));
    });
  }, []);

  const submit = async () => {
    setSaved(null);
    const text = days.trim();
    // What is not a whole number goes as it is: the server names the problem in both languages.
    const res = await api<Retention>('PUT', '/api/admin/outreach/retention', {
      days: /^-?\d+$/.test(text) ? Number(text) : text,
    });
    p.show(res.ok ? null : res.problem);
    if (!res.ok) return;
    setNow(res.value);
    setSaved(res.value);
  };

  return (
    <Page title={r.title} lead={r.lead}>
      <Form onSubmit={submit} summary={p}>
        {now && (
          <p>
            {fill(r.current, { days: now.days })}{' '}
            {now.updatedAt && now.updatedBy ? (
              <>
                {r.changedBy} <span translate="no">{now.updatedBy}</span>, {centerTime(now.updatedAt, lang)}
              </>
            ) : (
              fill(r.defaultNote, { days: now.defaultDays })
            )}
          </p>
        )}
        <TextField
          id="retention-days"
          label={r.days}
          hint={r.hint}
          value={days}
          onChange={setDays}
          inputMode="numeric"
          error={p.errorOf('days')}
          required
        />
        <Button type="submit" variant="primary">
          {r.save}
        </Button>
        {saved && (
          <p role="status" className="notice notice-info">
            {fill(r.saved, { days: saved.days })}
            {saved.due > 0 && <> {fill(r.due, { n: saved.due })}</>}
          </p>
        )}
      </Form>
    </Page>
  );
}
