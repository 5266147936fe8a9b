import { useI18n, useStrings } from '../../i18n/index.tsx';
import { SelectField } from '../../shared/ui/index.ts';
import type { CaseDetail } from '../shell/types.ts';
import { referralStrings } from './referral-strings.ts';

/**
 * Which goal of the service plan a referral is for (optional): when it ends well, the plan offers to
 * mark that goal achieved. Only goals still to reach; nothing to choose, no field.
 */
export function ReferralGoalField(p: {
  plan: CaseDetail['plan'];
  value: string;
  onChange: (v: string) => void;
  error?: string | undefined;
}) {
  const r = useStrings(referralStrings);
  const { lang } = useI18n();
  const open = p.plan.filter((g) => !g.done);
  if (open.length === 0) return null;
  return (
    <SelectField
      id="referral-goal"
      label={r.goal}
      value={p.value}
      placeholder={r.noGoal}
      // The counselor's own (Korean) words: marked so on the English page.
      options={open.map((g) => ({ value: g.goal, label: g.goal, lang: lang === 'en' ? 'ko' : undefined }))}
      hint={r.goalHint}
      onChange={p.onChange}
      error={p.error}
    />
  );
}
