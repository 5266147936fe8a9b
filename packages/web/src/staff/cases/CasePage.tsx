import { nameMembers } from '@jibsa/rules';
import { useCallback, useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, focusSoon, labelFor, Notice, Page } from '../../shared/ui/index.ts';
import { ReferralPanel } from '../referrals/ReferralPanel.tsx';
import type { Referral } from '../referrals/referral-strings.ts';
import { api, type Result } from '../shell/api.ts';
import { DISTRICT_LABEL, STATUS_LABEL, staffStrings } from '../shell/strings.ts';
import type { CaseDetail, Change, Me } from '../shell/types.ts';
import { BreakGlassGate } from './BreakGlassGate.tsx';
import { BrokeGlassCase } from './BrokeGlassCase.tsx';
import { CaseAssignee } from './CaseAssignee.tsx';
import { CaseDetailsForm } from './CaseDetailsForm.tsx';
import { CaseNotices } from './CaseNotices.tsx';
import { CasePeople } from './CasePeople.tsx';
import { CaseStatus } from './CaseStatus.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';
import { BackToTop, CaseToc, type TocExtras } from './CaseToc.tsx';
import { CaseWork } from './CaseWork.tsx';
import type { FieldRequest } from './details-fold.tsx';
import { intakeStrings } from './intake-strings.ts';
import { PathwayPanel } from './PathwayPanel.tsx';
import { ScreeningAhead } from './ScreeningAhead.tsx';
import { changeName, ScreeningResults } from './ScreeningResults.tsx';
import { WhatIf } from './WhatIf.tsx';

/** One case: people, screening, plan, tasks, notes, documents, status and the timeline. */
/** `fromSearch`: arrived from the case list's offer to open another 구's case (CaseElsewhere.tsx). */
/** `referralId`: arrived from '새 연계 소식': that referral is opened (reading its news) once. */
export function CasePage({
  caseId,
  staffId,
  staffRole,
  fromSearch = false,
  referralId,
}: {
  caseId: string;
  staffId: string;
  staffRole: Me['role'];
  fromSearch?: boolean;
  referralId?: string;
}) {
  const s = useStrings(staffStrings);
  const i = useStrings(intakeStrings);
  const { l, lang, k } = useI18n();
  const [c, setC] = useState<CaseDetail | null>(null);
  const [message, setMessage] = useState<{ text: string; warn: boolean } | null>(null);
  const [changes, setChanges] = useState<Change[] | null>(null);
  const [ahead, setAhead] = useState<{ date: string; changes: Change[] } | null>(null);
  const [missing, setMissing] = useState(false);
  const [showField, setShowField] = useState<FieldRequest | null>(null);
  // The reason is only ever what this counselor typed below, never read from the address: a link
  // (in a board post, say) could otherwise open another 구's case in their name with its own reason.
  const [glassUsed, setGlassUsed] = useState<string | undefined>();
  // What the panels that load their own lists tell the contents (stable, so they can be effect dependencies).
  const [tocExtras, setTocExtras] = useState<TocExtras>({});
  const onNotices = useCallback((notices: number) => setTocExtras((x) => ({ ...x, notices })), []);
  const onPathway = useCallback(() => setTocExtras((x) => ({ ...x, pathway: true })), []);
  const onReferrals = useCallback((openReferrals: number) => setTocExtras((x) => ({ ...x, openReferrals })), []);
  // The referral panel is remade with each new version of the case: the one named by the link is
  // opened by the first panel only, not again (taking focus) after every save.
  const [showReferral, setShowReferral] = useState(referralId);
  useEffect(() => setShowReferral(referralId), [referralId]);
  const onReferralShown = useCallback(() => setShowReferral(undefined), []);
  const [referrals, setReferrals] = useState<readonly Referral[]>([]);

  const load = useCallback(
    async (glass?: string) => {
      const qs = glass ? `?breakGlass=true&reason=${encodeURIComponent(glass)}` : '';
      const r = await api<CaseDetail>('GET', `/api/cases/${caseId}${qs}`);
      if (r.ok) {
        setC(r.value);
        setMissing(false);
        return r.value;
      }
      if (r.problem.status === 404) setMissing(true);
      else setMessage({ text: l(r.problem.detail), warn: true });
      return null;
    },
    [caseId, l],
  );
  useEffect(() => {
    void load();
  }, [load]);

  /** Applies a write's answer: the new case, or a reload and a plain message on 409. */
  const after = async (r: Result<unknown>, fresh?: CaseDetail) => {
    if (r.ok) {
      setMessage(null);
      if (fresh) setC(fresh);
      else await load();
      return true;
    }
    if (r.problem.status === 409 && r.problem.code === 'JIBSA_CASE_CONFLICT') {
      await load();
      setMessage({ text: s.conflict, warn: true });
    } else setMessage({ text: [l(r.problem.detail), ...r.problem.errors.map((e) => l(e))].join(' '), warn: true });
    // The message sits at the top of a long page, often screens away from the button pressed:
    // focus goes to it, so it is seen and read out, not only written where nobody looks.
    focusSoon('case-message');
    return false;
  };

  if (missing) {
    return (
      <BreakGlassGate
        fromSearch={fromSearch}
        error={message?.text}
        open={async (reason) => {
          setMessage(null);
          if (await load(reason)) setGlassUsed(reason);
        }}
      />
    );
  }
  if (!c) return message ? <Notice tone="warn">{message.text}</Notice> : null;
  if (c.brokeGlass) {
    return (
      <Page
        title={`${c.number} · ${c.people[0]?.name ?? ''}`}
        tabTitle={c.number}
        lead={labelFor(DISTRICT_LABEL, c.district, l)}
      >
        <ButtonRow className="no-print">
          <a href={href('/staff/cases')}>{s.back}</a>
        </ButtonRow>
        <BrokeGlassCase c={c} />
      </Page>
    );
  }

  const screen = async () => {
    const r = await api<{ changes: Change[]; ahead?: { date: string; changes: Change[] } }>(
      'POST',
      `/api/cases/${c.id}/screenings`,
      {},
    );
    // The first screening has nothing to compare with: no "same as the last screening" then.
    const hadOne = c.latestScreening != null;
    if (await after(r)) {
      setChanges(r.ok && hadOne ? r.value.changes : null);
      setAhead(r.ok ? (r.value.ahead ?? null) : null);
    }
  };
  return (
    <Page
      title={`${c.number} · ${c.people[0]?.name ?? ''}`}
      tabTitle={c.number}
      lead={`${labelFor(DISTRICT_LABEL, c.district, l)} · ${STATUS_LABEL[lang][c.status]}${
        c.status === 'closed' && c.closingReason ? ` (${c.closingReason})` : ''
      }${c.contactLanguage === 'en' ? ` · ${s.englishPreferred}` : ''}`}
    >
      <ButtonRow className="no-print">
        <a href={href('/staff/cases')}>{s.back}</a>
        <Button small onClick={() => window.print()}>
          {s.print}
        </Button>
      </ButtonRow>
      <div role="status" id="case-message" tabIndex={-1}>
        {message && <Notice tone={message.warn ? 'warn' : 'info'}>{message.text}</Notice>}
      </div>
      <CaseAssignee c={c} me={{ id: staffId, role: staffRole }} after={after} />
      <CaseToc c={c} extras={tocExtras} />

      <CasePeople c={c} onSaved={setC} reload={() => load(glassUsed)} />

      <CaseDetailsForm key={c.id} c={c} onSaved={setC} reload={() => load(glassUsed)} show={showField} />

      <section aria-labelledby="h-screening">
        <h2 id="h-screening">{s.screening}</h2>
        {c.latestScreening ? (
          <ScreeningResults
            {...c.latestScreening}
            people={c.people}
            onAnswer={(fieldId) => setShowField((was) => ({ fieldId, n: (was?.n ?? 0) + 1 }))}
          />
        ) : (
          <p>{s.noScreening}</p>
        )}
        {changes && (
          <div className="screening-changes">
            <h3>{s.changesSince}</h3>
            {changes.length === 0 ? (
              <p>{s.noChanges}</p>
            ) : (
              <ul>
                {changes.map((ch) => (
                  <li key={ch.programId}>
                    <strong>{k(changeName(ch, lang))}</strong>:{' '}
                    {k(
                      nameMembers(
                        ch.why,
                        c.people.map((p) => p.name),
                      ),
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        {ahead && <ScreeningAhead ahead={ahead} />}
        <Button className="no-print" onClick={screen}>
          {s.screenNow}
        </Button>
      </section>

      <section aria-labelledby="h-whatif" className="no-print">
        <h2 id="h-whatif">{i.whatIfTitle}</h2>
        <WhatIf c={c} />
      </section>

      <CaseNotices caseId={c.id} version={c.version} onCount={onNotices} />

      <PathwayPanel
        caseId={c.id}
        version={c.version}
        housingType={c.housing.housingType as string | undefined}
        onChanged={() => load().then(() => undefined)}
        onShown={onPathway}
      />

      <CaseWork c={c} staffId={staffId} after={after} referrals={referrals} />

      <ReferralPanel
        key={c.version}
        c={c}
        after={after}
        onOpenCount={onReferrals}
        show={showReferral}
        onShown={onReferralShown}
        onLoaded={setReferrals}
      />

      <CaseStatus c={c} after={after} openReferrals={tocExtras.openReferrals} />

      <CaseTimeline c={c} />
      <BackToTop />
    </Page>
  );
}
