import { useEffect, useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { CheckboxField } from '../../shared/ui/CheckboxField.tsx';
import { Button, focusSoon, SelectField, TextField } from '../../shared/ui/index.ts';
import { api, type Result } from '../shell/api.ts';
import { STATUS_LABEL, staffStrings } from '../shell/strings.ts';
import { type CaseDetail, STATUSES } from '../shell/types.ts';

interface Props {
  c: CaseDetail;
  /** The case page's handler of a write's answer (a reload and a message on a conflict). */
  after: (r: Result<unknown>, fresh?: CaseDetail) => Promise<boolean>;
  /** The case's open referrals, as the referral panel counts them (undefined until it has loaded). */
  openReferrals: number | undefined;
}

/**
 * Moving the case along 접수 → … → 종결. Closing asks for a reason, says which tasks stay open, and,
 * when referrals are still open, asks whether to cancel them (the server refuses to close without
 * that answer: an agency would otherwise go on working for a case nobody follows).
 */
export function CaseStatus({ c, after, openReferrals }: Props) {
  const s = useStrings(staffStrings);
  const { l, lang } = useI18n();
  const [status, setStatus] = useState<string>(c.status);
  const [closingReason, setClosingReason] = useState('');
  const [withdraw, setWithdraw] = useState(false);
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [withdrawError, setWithdrawError] = useState<string | undefined>();
  const [sameStatus, setSameStatus] = useState<string | undefined>();
  // Set when the server found open referrals the panel had not counted (one sent from another tab).
  const [serverFound, setServerFound] = useState(false);
  useEffect(() => setStatus(c.status), [c.status]);
  const openTasks = c.tasks.filter((t) => t.doneAt === null).length;
  const closing = status === 'closed';
  const askWithdraw = closing && ((openReferrals ?? 0) > 0 || serverFound);
  // Every referral has ended (an agency reported its outcome): the case waits in 연계 for nothing.
  const referralsEnded = c.status === 'referral' && openReferrals === 0;

  const save = async (status: string) => {
    setSameStatus(undefined);
    if (status === c.status) {
      // Said beside the choice, before asking the server (its 409 showed at the top of the page).
      setSameStatus(fill(s.sameStatus, { status: STATUS_LABEL[lang][c.status] }));
      focusSoon('case-new-status');
      return;
    }
    const closing = status === 'closed';
    const noReason = closing && !closingReason.trim();
    const noWithdraw = askWithdraw && !withdraw;
    setReasonError(noReason ? (lang === 'ko' ? '종결 사유를 적어 주세요.' : 'Give a reason for closing.') : undefined);
    setWithdrawError(noWithdraw ? s.withdrawOnCloseNeeded : undefined);
    if (noReason || noWithdraw) {
      focusSoon(noReason ? 'case-closing-reason' : 'case-withdraw-referrals');
      return;
    }
    const r = await api<CaseDetail>('POST', `/api/cases/${c.id}/status`, {
      version: c.version,
      status,
      ...(closing ? { closingReason, ...(askWithdraw ? { withdrawReferrals: true } : {}) } : {}),
    });
    // A referral sent from elsewhere since the panel counted: the server's words go by the box.
    const refused = r.ok ? undefined : r.problem.errors.find((e) => e.path === 'withdrawReferrals');
    if (refused) {
      setServerFound(true);
      setWithdraw(false);
      setWithdrawError(l(refused));
      focusSoon('case-withdraw-referrals');
      return;
    }
    if (await after(r, r.ok ? r.value : undefined)) setWithdraw(false);
  };

  return (
    <section aria-labelledby="h-status" className="no-print">
      <h2 id="h-status">{s.changeStatus}</h2>
      {referralsEnded && (
        <div className="notice">
          <p>{s.referralsEnded}</p>
          <Button small onClick={() => void save('monitoring')}>
            {s.toMonitoring}
          </Button>
        </div>
      )}
      <SelectField
        id="case-new-status"
        label={s.status}
        value={status}
        options={STATUSES.map((v) => ({ value: v, label: STATUS_LABEL[lang][v] }))}
        onChange={setStatus}
        error={sameStatus}
      />
      {closing && (
        <TextField
          id="case-closing-reason"
          label={s.closingReason}
          value={closingReason}
          onChange={setClosingReason}
          error={reasonError}
          // Said before closing, not found later: open tasks stay open on a closed case.
          hint={openTasks > 0 ? fill(s.openTasksOnClose, { n: openTasks }) : undefined}
          required
          maxLength={500}
        />
      )}
      {askWithdraw && (
        <CheckboxField
          id="case-withdraw-referrals"
          label={openReferrals && !serverFound ? fill(s.withdrawOnClose, { n: openReferrals }) : s.withdrawOnCloseAll}
          help={s.withdrawOnCloseHelp}
          checked={withdraw}
          error={withdrawError}
          onChange={(v) => {
            setWithdraw(v);
            if (v) setWithdrawError(undefined);
          }}
        />
      )}
      <Button variant="primary" onClick={() => save(status)}>
        {s.saveStatus}
      </Button>
    </section>
  );
}
