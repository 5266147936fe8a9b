import { MET_OUTCOMES, type Outcome } from '@jibsa/server/referral-vocabulary';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { Button } from '../../shared/ui/index.ts';
import { outcomeWords, type Referral, referralStrings } from '../referrals/referral-strings.ts';
import type { CaseDetail } from '../shell/types.ts';

/**
 * The open plan goals a referral was sent for and has reached (the agency reported a home, support,
 * works done or a link on), each with the referral and a button to mark it achieved. Only offered:
 * whether the household's goal is met is the counselor's to say, so the plan is never changed for them.
 */
export function goalsMet(plan: CaseDetail['plan'], referrals: readonly Referral[]) {
  const met: { index: number; referral: Referral }[] = [];
  // Newest first (the list's order): one offer a goal, from its latest good ending.
  for (const x of referrals) {
    if (x.status !== 'completed' || !x.goal || !MET_OUTCOMES.includes(x.outcome as Outcome)) continue;
    const index = plan.findIndex((g) => g.goal === x.goal && !g.done);
    if (index >= 0 && !met.some((m) => m.index === index)) met.push({ index, referral: x });
  }
  return met;
}

export function GoalsMet({
  plan,
  referrals,
  onMark,
}: {
  plan: CaseDetail['plan'];
  referrals: readonly Referral[];
  onMark: (index: number) => void;
}) {
  const r = useStrings(referralStrings);
  const { lang, k } = useI18n();
  return (
    <>
      {goalsMet(plan, referrals).map(({ index, referral: x }) => (
        <div className="notice goal-met no-print" key={x.id}>
          <p>{fill(r.goalMet, { number: x.number, outcome: outcomeWords(x.outcome ?? '', x.waitlistRank, lang) })}</p>
          <p>
            {r.goalOf}: <strong>{k(plan[index]?.goal ?? '')}</strong>
          </p>
          <Button small onClick={() => onMark(index)}>
            {r.markGoal}: {k(plan[index]?.goal ?? '')}
          </Button>
        </div>
      ))}
    </>
  );
}
