import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, Dialog } from '../../shared/ui/index.ts';
import { api, type Result } from '../shell/api.ts';
import type { CaseDetail } from '../shell/types.ts';
import { REFERRAL_STATUS_LABEL, type Referral, referralStrings } from './referral-strings.ts';

/** Withdrawing consent to sharing, asked first: it cancels the open referrals listed and the agencies are told. */
export function WithdrawConsent({
  c,
  openOnes,
  after,
}: {
  c: CaseDetail;
  openOnes: readonly Referral[];
  after: (r: Result<unknown>, fresh?: CaseDetail) => Promise<boolean>;
}) {
  const r = useStrings(referralStrings);
  const { lang } = useI18n();
  const [withdrawing, setWithdrawing] = useState(false);
  return (
    <>
      <Button onClick={() => setWithdrawing(true)}>{r.withdrawConsent}</Button>
      <Dialog
        open={withdrawing}
        title={r.withdrawTitle}
        onClose={() => setWithdrawing(false)}
        actions={
          <Button
            variant="primary"
            onClick={async () => {
              setWithdrawing(false);
              const res = await api<CaseDetail>('PATCH', `/api/cases/${c.id}`, {
                version: c.version,
                consent: { collection: c.consent.collection, sharing: false },
              });
              await after(res, res.ok ? res.value : undefined);
            }}
          >
            {r.withdrawConfirm}
          </Button>
        }
      >
        <p>{r.withdrawLead}</p>
        {openOnes.length > 0 && (
          <>
            <h3>{r.withdrawOpen}</h3>
            <ul>
              {openOnes.map((x) => (
                <li key={x.id}>
                  {x.number} · {x.agency.name} · {REFERRAL_STATUS_LABEL[x.status][lang]}
                </li>
              ))}
            </ul>
          </>
        )}
      </Dialog>
    </>
  );
}
