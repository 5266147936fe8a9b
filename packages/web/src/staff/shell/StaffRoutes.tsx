import { useCallback, useEffect, useState } from 'react';
import { href, navigate, type Route } from '../../app/router.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, Form, Notice, Page, type SummaryItem, TextField } from '../../shared/ui/index.ts';
import { Accounts } from '../admin/Accounts.tsx';
import { AuditLog } from '../admin/AuditLog.tsx';
import { adminStrings } from '../admin/admin-strings.ts';
import { HmisExport } from '../admin/HmisExport.tsx';
import { RetentionSetting } from '../admin/RetentionSetting.tsx';
import { retentionStrings } from '../admin/retention-strings.ts';
import { BoardEditor } from '../board/BoardEditor.tsx';
import { boardStaffStrings } from '../board/board-strings.ts';
import { NoticeForm } from '../board/NoticeForm.tsx';
import { NoticeImport } from '../board/NoticeImport.tsx';
import { StaffBoard } from '../board/StaffBoard.tsx';
import { CaseList } from '../cases/CaseList.tsx';
import { CasePage } from '../cases/CasePage.tsx';
import { Intake } from '../cases/Intake.tsx';
import { intakeStrings } from '../cases/intake-strings.ts';
import { pathwayStrings } from '../cases/pathway-strings.ts';
import { Inbox } from '../consultations/Inbox.tsx';
import { DirectoryAdmin } from '../directory/DirectoryAdmin.tsx';
import { directoryStrings } from '../directory/directory-strings.ts';
import { Outreach } from '../outreach/Outreach.tsx';
import { outreachStrings } from '../outreach/outreach-strings.ts';
import { WhatIfPage } from '../outreach/WhatIfPage.tsx';
import { whatIfStrings } from '../outreach/what-if-strings.ts';
import { PartnerInbox } from '../referrals/PartnerInbox.tsx';
import { PartnerReferralPage } from '../referrals/PartnerReferralPage.tsx';
import { ReferralNews } from '../referrals/ReferralNews.tsx';
import { referralStrings } from '../referrals/referral-strings.ts';
import { CenterFigures } from '../stats/CenterFigures.tsx';
import { centerStrings } from '../stats/center-strings.ts';
import { UpgradeStats } from '../stats/UpgradeStats.tsx';
import { api, setCsrfToken, whenSessionEnds } from './api.ts';
import { forgetDrafts } from './kept-drafts.ts';
import { PasswordChange } from './PasswordChange.tsx';
import { staffStrings } from './strings.ts';
import type { Me } from './types.ts';
import { UnreadBadge } from './UnreadBadge.tsx';

/**
 * The staff area (#/staff…): log-in, then 상담신청함, the case list and a case page; for admins the
 * accounts and audit screens. A password an admin reset must be changed before anything else.
 */
export default function StaffRoutes({ route }: { route: Route }) {
  const s = useStrings(staffStrings);
  const bs = useStrings(boardStaffStrings);
  const rs = useStrings(referralStrings);
  const a = useStrings(adminStrings);
  const ds = useStrings(directoryStrings);
  const ps = useStrings(pathwayStrings);
  const i = useStrings(intakeStrings);
  const os = useStrings(outreachStrings);
  const cs = useStrings(centerStrings);
  const rt = useStrings(retentionStrings);
  const ws = useStrings(whatIfStrings);
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const remember = useCallback((m: Me | null) => {
    if (m) setCsrfToken(m.csrfToken);
    setMe(m);
  }, []);
  const reload = useCallback(() => {
    // /api/auth/session, not /me: nobody logged in yet is a 200 there, not a 401 in the console.
    void api<{ loggedIn: false } | { loggedIn: true; me: Me }>('GET', '/api/auth/session').then((r) =>
      remember(r.ok && r.value.loggedIn ? r.value.me : null),
    );
  }, [remember]);
  useEffect(reload, [reload]);
  // A session that ended while a screen was open: the log-in in its place, saying the screen comes back.
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    whenSessionEnds(() => {
      setEnded(true);
      setMe(null);
    });
    return () => whenSessionEnds(null);
  }, []);

  if (me === undefined) return null;
  if (me === null)
    return (
      <Login
        ended={ended}
        onLoggedIn={(m) => {
          setEnded(false);
          remember(m);
        }}
      />
    );
  const logOut = async () => {
    await api('POST', '/api/auth/logout');
    forgetDrafts();
    remember(null);
    navigate('/staff');
  };
  const caseId = route.path.match(/^\/staff\/cases\/([0-9a-f-]{36})$/)?.[1];
  const canSeeCases = me.role === 'admin' || me.role === 'counselor';
  // The server lets center and city staff write on the board, not partner agencies.
  const canWrite = me.role !== 'partner';
  const board = route.path.match(/^\/staff\/board(?:\/(new|notice|import|\d{1,9}|notice\/\d{1,9}))?$/);
  const partnerReferral = route.path.match(/^\/staff\/partner\/([0-9a-f-]{36})$/)?.[1];
  const isPartner = me.role === 'partner';
  const isAdmin = me.role === 'admin';
  // 정책 모의 계산 over any 구's screened lists: counts only, so the city too (counselors have it on 발굴).
  const canWhatIf = isAdmin || me.role === 'city';
  const link = (path: string, label: string) => (
    <a href={href(path)} aria-current={route.path === path ? 'page' : undefined}>
      {label}
    </a>
  );
  const screen = () => {
    if (me.mustChangePassword) return <PasswordChange forced onChanged={reload} />;
    if (route.path === '/staff/password') return <PasswordChange forced={false} onChanged={reload} />;
    if (isAdmin && route.path === '/staff/accounts') return <Accounts />;
    if (isAdmin && route.path === '/staff/audit') return <AuditLog query={route.query} />;
    if (isAdmin && route.path === '/staff/directory') return <DirectoryAdmin />;
    if (isAdmin && route.path === '/staff/exports') return <HmisExport />;
    if (isAdmin && route.path === '/staff/retention') return <RetentionSetting />;
    if (board && canWrite) {
      if (board[1]?.startsWith('notice')) {
        return <NoticeForm key={board[1]} postNumber={board[1] === 'notice' ? null : Number(board[1].slice(7))} />;
      }
      if (board[1] === 'import') return <NoticeImport />;
      return board[1] ? (
        <BoardEditor key={board[1]} number={board[1] === 'new' ? null : Number(board[1])} canRemoveText={isAdmin} />
      ) : (
        <StaffBoard />
      );
    }
    if (canWhatIf && route.path === '/staff/what-if') return <WhatIfPage />;
    if (!isPartner && route.path === '/staff/stats') return <UpgradeStats />;
    if (!isPartner && route.path === '/staff/center-stats') return <CenterFigures />;
    if ((isPartner || canSeeCases) && route.path === '/staff/news') return <ReferralNews partner={isPartner} />;
    if (isPartner) {
      return partnerReferral ? (
        <PartnerReferralPage key={partnerReferral} referralId={partnerReferral} />
      ) : (
        <PartnerInbox />
      );
    }
    // The city sees counts, never a household: its home is the moving-up figures, and a household
    // screen (a link shared by a counselor, say) says why it is not shown instead of another page.
    if (me.role === 'city') {
      if (route.path === '/staff') return <UpgradeStats />;
      return (
        <Page title={s.staffTitle}>
          <Notice>{s.notForCity}</Notice>
        </Page>
      );
    }
    if (!canSeeCases) {
      return (
        <Page title={s.staffTitle}>
          <Notice>{s.noCasesForRole}</Notice>
        </Page>
      );
    }
    if (route.path === '/staff/cases/new') return <Intake me={me} />;
    if (caseId)
      return (
        <CasePage
          caseId={caseId}
          staffId={me.id}
          staffRole={me.role}
          fromSearch={route.query.get('glass') === 'search'}
          referralId={route.query.get('referral') ?? undefined}
        />
      );
    if (route.path === '/staff/inbox') return <Inbox />;
    if (route.path === '/staff/outreach') return <Outreach query={route.query} />;
    return <CaseList query={route.query} me={me} />;
  };
  return (
    <div className="staff">
      <nav aria-label={s.staffTitle} className="staff-nav no-print">
        <ButtonRow>
          {!me.mustChangePassword && (
            <>
              {isPartner && link('/staff/partner', rs.inboxTitle)}
              {/* The city sees counts, never a household: no inbox or case links that would lead back to them. */}
              {canSeeCases && link('/staff/inbox', s.navInbox)}
              {canSeeCases && link('/staff/cases', s.navCases)}
              {(isPartner || canSeeCases) && <UnreadBadge key={route.path} current={route.path === '/staff/news'} />}
              {canSeeCases && link('/staff/cases/new', i.navIntake)}
              {canSeeCases && link('/staff/outreach', os.nav)}
              {isAdmin && link('/staff/accounts', a.navAccounts)}
              {isAdmin && link('/staff/audit', a.navAudit)}
              {!isPartner && link('/staff/stats', ps.navStats)}
              {!isPartner && link('/staff/center-stats', cs.nav)}
              {canWhatIf && link('/staff/what-if', ws.nav)}
              {isAdmin && link('/staff/directory', ds.navDirectory)}
              {isAdmin && link('/staff/exports', ds.navExport)}
              {isAdmin && link('/staff/retention', rt.nav)}
              {canWrite && (
                <a href={href('/staff/board')} aria-current={board ? 'page' : undefined}>
                  {bs.navBoard}
                </a>
              )}
              {link('/staff/password', a.navPassword)}
            </>
          )}
          <span translate="no" lang="ko">
            {me.displayName}
          </span>
          <Button small onClick={logOut}>
            {s.logOut}
          </Button>
        </ButtonRow>
      </nav>
      {screen()}
    </div>
  );
}

function Login({ onLoggedIn, ended }: { onLoggedIn: (me: Me) => void; ended: boolean }) {
  const s = useStrings(staffStrings);
  const { l } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const submit = async () => {
    // An empty field is named here, beside the field: the server's refusal only said "the fields below".
    const empty: SummaryItem[] = [];
    if (!username.trim()) empty.push({ fieldId: 'staff-username', label: s.username, message: s.usernameMissing });
    if (!password) empty.push({ fieldId: 'staff-password', label: s.password, message: s.passwordMissing });
    setMissing(empty);
    if (empty.length) {
      setError(null);
      setAttempt((a) => a + 1);
      return;
    }
    const r = await api<Me>('POST', '/api/auth/login', { username, password });
    if (r.ok) onLoggedIn(r.value);
    else {
      setError(l(r.problem.detail));
      setAttempt((a) => a + 1);
    }
  };
  const errorOf = (id: string) => missing.find((m) => m.fieldId === id)?.message;
  return (
    <Page title={s.loginTitle} lead={s.loginLead}>
      {ended && <Notice tone="warn">{s.sessionEnded}</Notice>}
      <Form
        onSubmit={submit}
        summary={{ items: missing, general: error, attempt, title: missing.length ? undefined : s.loginFailed }}
      >
        <TextField
          id="staff-username"
          label={s.username}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
          error={errorOf('staff-username')}
        />
        <TextField
          id="staff-password"
          label={s.password}
          type="password"
          value={password}
          onChange={setPassword}
          autoComplete="current-password"
          required
          error={errorOf('staff-password')}
        />
        <Button type="submit" variant="primary">
          {s.logIn}
        </Button>
      </Form>
    </Page>
  );
}
