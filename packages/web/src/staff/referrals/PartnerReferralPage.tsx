import { useCallback, useEffect, useRef, useState } from 'react';
import { href } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button, focusSoon, labelFor, Notice, Page, SelectField, TextField, useOnce } from '../../shared/ui/index.ts';
import { api, type Result } from '../shell/api.ts';
import { DISTRICT_LABEL, RESULT_LABEL } from '../shell/strings.ts';
import { unreadChanged } from '../shell/unread.ts';
import { centerContactNote } from './center-contact.ts';
import { ReferralThread } from './ReferralThread.tsx';
import {
  HOLD_REASON_MAX,
  isResume,
  MOVE_LABEL,
  OUTCOME_LABEL,
  outcomeWords,
  type PartnerReferral,
  REFERRAL_STATUS_LABEL,
  type ReferralStatus,
  referralStrings,
  threadClosedNote,
  WAITLIST_RANK_MAX,
  WAITLISTED,
} from './referral-strings.ts';
import { SharedFields } from './SharedFields.tsx';

/** What a move did, as said in the status line under the referral's title. */
function movedWords(m: { to: ReferralStatus; resumed: boolean }, lang: 'ko' | 'en', resumed: string): string {
  const now = REFERRAL_STATUS_LABEL[m.to]?.[lang] ?? m.to;
  if (m.resumed) return fill(resumed, { status: now });
  return lang === 'ko' ? `상태를 바꿨습니다. 지금 상태: ${now}` : `Status changed. Now: ${now}`;
}

/** A progress note is a line the counselor reads at a glance on the case timeline. */
const PROGRESS_NOTE_MAX = 200;

/** The fields a move may need and lack, each said beside itself. */
type FieldId = 'reject-reason' | 'hold-reason' | 'referral-outcome' | 'waitlist-rank';

/** One referral as the agency sees it: the shared fields, the screening summary, the moves open now, the thread. */
export function PartnerReferralPage({ referralId }: { referralId: string }) {
  const r = useStrings(referralStrings);
  const { l, lang, k } = useI18n();
  const [x, setX] = useState<PartnerReferral | null>(null);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** Said after a move, with focus taken there: the button pressed is gone, and focus fell to the page. */
  // What the last move did, in both languages: switching language afterwards rewords it too.
  const [moved, setMoved] = useState<{ to: ReferralStatus; resumed: boolean } | null>(null);
  const [reason, setReason] = useState('');
  const [holdReason, setHoldReason] = useState('');
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  /** Where the work stands, said with 진행 시작 (e.g. "신청 접수, 조사 중"): the counselor reads it on the case. */
  const [progress, setProgress] = useState('');
  const [rank, setRank] = useState('');
  /** A choice the chosen move needs and lacks, said beside its field (not at the top, out of sight on a phone). */
  const [fieldError, setFieldError] = useState<{ id: FieldId; text: string } | null>(null);
  const acknowledged = useRef(false);
  const { busy, once } = useOnce();

  const apply = useCallback(
    async (res: Result<PartnerReferral>) => {
      if (res.ok) {
        setX(res.value);
        setProblem(null);
        return true;
      }
      if (res.problem.status !== 409) {
        setProblem([l(res.problem.detail), ...res.problem.errors.map((e) => l(e))].join(' '));
        return false;
      }
      const again = await api<PartnerReferral>('GET', `/api/partner/referrals/${referralId}`);
      if (again.ok) setX(again.value);
      // Stale (another tab, or a colleague, answered first): the page has just been reloaded, so
      // the server's "reload it" and its version numbers would only confuse; say what happened.
      if (res.problem.code === 'JIBSA_CONFLICT' && again.ok) {
        const now = REFERRAL_STATUS_LABEL[again.value.status];
        setProblem(
          lang === 'ko'
            ? `다른 창에서나 같은 기관의 다른 담당자가 먼저 처리했습니다. 지금 상태는 '${now.ko}'입니다. 아래 내용을 확인하고, 필요하면 다시 해 주세요.`
            : `This referral was answered first in another window or by a colleague. It is now '${now.en}'. Check it below and try again if needed.`,
        );
      } else {
        // Not possible now (e.g. a message on a referral that has just ended): the reloaded page shows
        // where things stand, so the server's sentence is enough without its field codes.
        setProblem(l(res.problem.detail));
      }
      return false;
    },
    [l, lang, referralId],
  );
  useEffect(() => {
    void api<PartnerReferral>('GET', `/api/partner/referrals/${referralId}`).then(async (res) => {
      if (!res.ok) {
        if (res.problem.status === 404) setMissing(true);
        else setProblem(l(res.problem.detail));
        return;
      }
      setX(res.value);
      // Opening it read its news: the header's count, asked as the page came, is asked again.
      unreadChanged();
      // Opening a new referral is the agency's acknowledgement (HL7 "received").
      if (res.value.status === 'requested' && !acknowledged.current) {
        acknowledged.current = true;
        await apply(
          await api<PartnerReferral>('POST', `/api/partner/referrals/${referralId}/status`, {
            to: 'received',
            version: res.value.version,
          }),
        );
      }
    });
  }, [referralId, l, apply]);

  if (missing) {
    return (
      <Page title={r.inboxTitle}>
        <Notice tone="warn">{lang === 'ko' ? '그런 연계 의뢰를 찾을 수 없습니다.' : 'No such referral.'}</Notice>
        <a href={href('/staff/partner')}>{r.back}</a>
      </Page>
    );
  }
  if (!x) return problem ? <Notice tone="warn">{problem}</Notice> : null;

  const lacking = (id: FieldId, text: string) => {
    setFieldError({ id, text });
    focusSoon(id);
  };
  const move = async (to: string) => {
    setFieldError(null);
    if (to === 'rejected' && !reason.trim()) {
      lacking('reject-reason', lang === 'ko' ? '거절 사유를 적어 주세요.' : 'Give a reason for declining.');
      return;
    }
    if (to === 'on-hold' && !holdReason.trim()) {
      lacking('hold-reason', r.needHoldReason);
      return;
    }
    if (to === 'completed' && !outcome) {
      lacking('referral-outcome', lang === 'ko' ? '결과를 골라 주세요.' : 'Choose an outcome.');
      return;
    }
    // The rank goes with the waiting list only; it may be left empty when the agency gave none.
    const waitlisted = to === 'completed' && outcome === WAITLISTED;
    const rankText = rank.trim();
    if (waitlisted && rankText && !(/^\d{1,5}$/.test(rankText) && Number(rankText) >= 1)) {
      lacking('waitlist-rank', r.badWaitlistRank);
      return;
    }
    await once(async () => {
      const res = await api<PartnerReferral>('POST', `/api/partner/referrals/${x.id}/status`, {
        to,
        version: x.version,
        ...(to === 'rejected' ? { reason: reason.trim() } : {}),
        ...(to === 'on-hold' ? { reason: holdReason.trim() } : {}),
        ...(to === 'completed' ? { outcome, ...(note.trim() ? { note: note.trim() } : {}) } : {}),
        ...(to === 'in-progress' && progress.trim() ? { note: progress.trim() } : {}),
        ...(waitlisted && rankText ? { waitlistRank: Number(rankText) } : {}),
      });
      setMoved(null);
      if (await apply(res)) {
        setMoved({ to: to as ReferralStatus, resumed: isResume(x.status, to as ReferralStatus) });
        // Said once: a later resume from a hold must not repeat it as news.
        if (to === 'in-progress') setProgress('');
        focusSoon('partner-moved');
      }
    });
  };
  const sharedKeys = Object.keys(x.shared);
  const awaiting = x.status === 'requested' || x.status === 'received';

  return (
    <Page
      title={`${x.number} · ${x.service.name}`}
      lead={`${labelFor(DISTRICT_LABEL, x.district, l)} · ${REFERRAL_STATUS_LABEL[x.status][lang]} · ${r.due} ${centerDay(x.dueOn, lang)}`}
    >
      <a href={href('/staff/partner')}>{r.back}</a>
      <p role="status" id="partner-moved" tabIndex={-1} className={moved ? 'notice' : undefined}>
        {moved ? movedWords(moved, lang, r.resumed) : ''}
      </p>
      {problem && (
        <div role="status">
          <Notice tone="warn">{problem}</Notice>
        </div>
      )}
      {x.status === 'on-hold' && x.holdReason && (
        <Notice>
          {r.heldBecause}: {k(x.holdReason)}
        </Notice>
      )}
      {/* What the agency reported, its own note with it: it went only to the center's page before. */}
      {x.outcome && (
        <p className="outcome-note">
          <strong>{r.outcomeReported}</strong>: {outcomeWords(x.outcome, x.waitlistRank, lang)}
          {x.outcomeNote ? <> · {k(x.outcomeNote)}</> : null}
        </p>
      )}
      <section aria-labelledby="h-partner-message">
        <h2 id="h-partner-message">{r.message}</h2>
        <p>{k(x.message)}</p>
      </section>
      <section aria-labelledby="h-shared">
        <h2 id="h-shared">{r.sharedInfo}</h2>
        {x.cancelled ? (
          <Notice tone="warn">{r.cancelledShared}</Notice>
        ) : x.closed ? (
          <Notice tone="warn">{r.closedShared}</Notice>
        ) : x.consentWithdrawn ? (
          <Notice tone="warn">{r.consentWithdrawn}</Notice>
        ) : (
          <>
            {sharedKeys.length === 0 ? <p>{r.nothingShared}</p> : <SharedFields shared={x.shared} />}
            <h3>{r.screeningSummary}</h3>
            {x.screeningSummary.length === 0 ? (
              <p>{r.noScreening}</p>
            ) : (
              <ul>
                {x.screeningSummary.map((p) => (
                  <li key={p.id}>
                    {p.name}: {RESULT_LABEL[lang][p.status as keyof (typeof RESULT_LABEL)['ko']] ?? p.status}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      {x.moves.length > 0 && (
        <section aria-labelledby="h-actions">
          <h2 id="h-actions">{r.actions}</h2>
          {/* A hold's way back is its own button, named for what it does, not a second 수락하기. */}
          {x.status === 'on-hold' && <p className="hint">{r.heldNow}</p>}
          {/* Before its answer an agency may not know what 수락 commits it to, nor that it may ask
              first: a 구청 asked to take a 주거급여 application took 수락 for 지원 결정. */}
          {awaiting && (
            <>
              <p className="hint">{r.acceptMeans}</p>
              <p className="hint">
                {r.askFirst} <Button onClick={() => focusSoon('partner-message')}>{r.askFirstButton}</Button>
              </p>
            </>
          )}
          {x.moves.includes('rejected') && (
            <TextField
              id="reject-reason"
              label={r.rejectReason}
              value={reason}
              onChange={setReason}
              maxLength={500}
              error={fieldError?.id === 'reject-reason' ? fieldError.text : undefined}
            />
          )}
          {x.moves.includes('on-hold') && (
            <TextField
              id="hold-reason"
              label={r.holdReason}
              hint={r.holdReasonHint}
              value={holdReason}
              onChange={setHoldReason}
              maxLength={HOLD_REASON_MAX}
              error={fieldError?.id === 'hold-reason' ? fieldError.text : undefined}
            />
          )}
          {x.moves.includes('in-progress') && (
            <TextField
              id="progress-note"
              label={r.progressNote}
              hint={r.progressNoteHint}
              value={progress}
              onChange={setProgress}
              maxLength={PROGRESS_NOTE_MAX}
            />
          )}
          {x.moves.includes('completed') && (
            <>
              <SelectField
                id="referral-outcome"
                label={r.outcome}
                value={outcome}
                placeholder={lang === 'ko' ? '결과를 고르세요' : 'Choose an outcome'}
                // Only what this agency can report: a repair group is not offered a move-in.
                options={x.outcomes.map((o) => ({
                  value: o,
                  label: lang === 'ko' ? OUTCOME_LABEL[o].ko : `${OUTCOME_LABEL[o].en} (${o})`,
                }))}
                onChange={setOutcome}
                error={fieldError?.id === 'referral-outcome' ? fieldError.text : undefined}
              />
              {outcome === WAITLISTED && (
                <TextField
                  id="waitlist-rank"
                  label={r.waitlistRank}
                  hint={r.waitlistRankHint}
                  value={rank}
                  onChange={setRank}
                  inputMode="numeric"
                  maxLength={String(WAITLIST_RANK_MAX).length}
                  error={fieldError?.id === 'waitlist-rank' ? fieldError.text : undefined}
                />
              )}
              <TextField id="outcome-note" label={r.outcomeNote} value={note} onChange={setNote} maxLength={1000} />
            </>
          )}
          <div className="button-row">
            {x.moves.map((to) => (
              <Button
                key={to}
                variant={to === 'accepted' || to === 'completed' || isResume(x.status, to) ? 'primary' : 'secondary'}
                aria-disabled={busy}
                onClick={() => move(to)}
              >
                {isResume(x.status, to) ? r.resume : MOVE_LABEL[lang][to]}
              </Button>
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="h-partner-thread">
        <h2 id="h-partner-thread">{r.thread}</h2>
        <ReferralThread
          idPrefix="partner"
          steps={x.steps}
          messages={x.messages}
          hint={awaiting ? r.messageBeforeAnswer : undefined}
          closedNote={[threadClosedNote(x.status, 'partner', lang), centerContactNote(x.centerContact, x.number, lang)]
            .filter(Boolean)
            .join(' ')}
          onSend={
            x.closed
              ? undefined
              : async (body) =>
                  (await once(async () =>
                    apply(await api<PartnerReferral>('POST', `/api/partner/referrals/${x.id}/messages`, { body })),
                  )) ?? false
          }
        />
      </section>
    </Page>
  );
}
