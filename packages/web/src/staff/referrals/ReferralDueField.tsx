import { useEffect, useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { referralStrings } from './referral-strings.ts';

/** The answer time a counselor may ask for: the server's range for businessDays. */
export const MAX_DUE_DAYS = 60;

/** Empty (the service's usual time) or a whole number of working days in range; anything else is said beside the field. */
export function dueDaysProblem(text: string, lang: 'ko' | 'en'): string | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text.trim());
  if (Number.isInteger(n) && n >= 1 && n <= MAX_DUE_DAYS) return undefined;
  return lang === 'ko'
    ? `1부터 ${MAX_DUE_DAYS}까지의 수로 적어 주세요.`
    : `Enter a whole number from 1 to ${MAX_DUE_DAYS}.`;
}

/**
 * How long the agency has to answer, with the date it comes to. The date counts working days with
 * Korea's public holidays skipped, which only the server knows, so it is asked for (and said before
 * sending: an eviction next week needs an answer sooner than the service's usual time).
 */
export function ReferralDueField(p: {
  value: string;
  onChange: (v: string) => void;
  /** The chosen service's usual time, used while the field is empty. */
  serviceDays: number | undefined;
  error?: string | undefined;
}) {
  const r = useStrings(referralStrings);
  const { lang } = useI18n();
  const [dueOn, setDueOn] = useState<string | null>(null);
  const typed = p.value.trim();
  const days = typed === '' ? p.serviceDays : dueDaysProblem(typed, lang) ? undefined : Number(typed);
  useEffect(() => {
    setDueOn(null);
    if (days === undefined) return;
    let current = true;
    void api<{ dueOn: string }>('GET', `/api/referrals/due-date?businessDays=${days}`).then((res) => {
      if (current && res.ok) setDueOn(res.value.dueOn);
    });
    return () => {
      current = false;
    };
  }, [days]);
  const usual =
    p.serviceDays === undefined
      ? undefined
      : lang === 'ko'
        ? `비워 두면 이 서비스의 보통 기한 ${p.serviceDays}일로 정합니다.`
        : `Leave empty for this service's usual ${p.serviceDays} working days.`;
  return (
    <>
      <TextField
        id="referral-days"
        label={r.days}
        value={p.value}
        onChange={p.onChange}
        inputMode="numeric"
        maxLength={3}
        hint={usual}
        error={p.error}
      />
      <p id="referral-due-preview" className="hint" aria-live="polite">
        {dueOn ? `${r.due}: ${centerDay(dueOn, lang)}` : ''}
      </p>
    </>
  );
}
