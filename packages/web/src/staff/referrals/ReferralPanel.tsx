import { useCallback, useEffect, useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button, CheckboxField, focusSoon, Notice, SelectField, TextField, useOnce } from '../../shared/ui/index.ts';
import { api, type Result } from '../shell/api.ts';
import type { CaseDetail } from '../shell/types.ts';
import { unreadChanged } from '../shell/unread.ts';
import { OPEN_REFERRAL_HEADING, ReferralDetail } from './ReferralDetail.tsx';
import { dueDaysProblem, ReferralDueField } from './ReferralDueField.tsx';
import { ReferralGoalField } from './ReferralGoalField.tsx';
import {
  type DirectoryService,
  OPEN_STATUSES,
  outcomeWords,
  REFERRAL_STATUS_LABEL,
  type Referral,
  referralStrings,
  SHARE_FIELDS,
  SHARE_LABEL,
  type ShareField,
} from './referral-strings.ts';
import { WithdrawConsent } from './WithdrawConsent.tsx';

/** What a new referral shares until the counselor chooses more: who the household is and how to reach it. */
const FIRST_SHARE: ShareField[] = ['name', 'contact'];

/**
 * The case page's referral panel: send the case to a service (the ones matching the screening
 * first), choose the least the agency needs to see, then follow each referral and talk with the agency.
 */
export function ReferralPanel({
  c,
  after,
  onOpenCount,
  show,
  onShown,
  onLoaded,
}: {
  c: CaseDetail;
  after: (r: Result<unknown>, fresh?: CaseDetail) => Promise<boolean>;
  /** How many referrals are still open, for the page's contents. */
  onOpenCount?: (n: number) => void;
  /** A referral to open on arrival (a '새 연계 소식' link names it); `onShown` says it was, so it is done once. */
  show?: string;
  onShown?: (id: string) => void;
  /** The list, each time it is loaded (the plan offers to mark the goals referrals reached). */
  onLoaded?: (items: Referral[]) => void;
}) {
  const r = useStrings(referralStrings);
  const { l, lang, k } = useI18n();
  const [items, setItems] = useState<Referral[]>([]);
  // The panel is remade on every new version of the case: until its list is back it says no count,
  // or the status panel would read 0 open referrals for a moment and close without asking about them.
  const [loaded, setLoaded] = useState(false);
  const [open, setOpen] = useState<Referral | null>(null);
  const [services, setServices] = useState<DirectoryService[]>([]);
  const [serviceId, setServiceId] = useState('');
  const [message, setMessage] = useState('');
  const [days, setDays] = useState('');
  const [shared, setShared] = useState<ShareField[]>(FIRST_SHARE);
  const [previous, setPrevious] = useState<string | undefined>();
  const [goal, setGoal] = useState('');
  const [errors, setErrors] = useState<{ service?: string; message?: string; days?: string; goal?: string }>({});
  /** Said in the open referral when the agency had moved it first. */
  const [stale, setStale] = useState<string | null>(null);
  const { busy, once } = useOnce();

  const load = useCallback(async () => {
    const res = await api<{ items: Referral[] }>('GET', `/api/cases/${c.id}/referrals`);
    if (res.ok) {
      setItems(res.value.items);
      setLoaded(true);
      onLoaded?.(res.value.items);
    }
  }, [c.id, onLoaded]);
  useEffect(() => {
    void load();
    void api<{ items: DirectoryService[] }>('GET', '/api/directory/services').then((res) => {
      if (res.ok) setServices(res.value.items);
    });
  }, [load]);

  const eligible = new Set(c.latestScreening?.programs.filter((p) => p.status === 'eligible').map((p) => p.id) ?? []);
  const fits = (s: DirectoryService) => s.programIds.some((id) => eligible.has(id));
  const local = services.filter((s) => s.districts.includes(c.district));
  const serviceOption = (s: DirectoryService) => ({
    value: s.id,
    label: `${s.agencyName} · ${s.name}`,
    lang: lang === 'en' ? 'ko' : undefined,
  });
  const openOnes = items.filter((x) => OPEN_STATUSES.includes(x.status));
  useEffect(() => {
    if (loaded) onOpenCount?.(openOnes.length);
  }, [loaded, openOnes.length, onOpenCount]);
  /** The open referral of this case to each service: such a service is shown, marked, and cannot be chosen. */
  const openTo = new Map(openOnes.map((x) => [x.service.id, x]));
  const choosable = local.filter((s) => !openTo.has(s.id));
  const referredOption = (s: DirectoryService) => ({
    value: s.id,
    label: fill(r.openOption, { service: serviceOption(s).label, number: openTo.get(s.id)?.number ?? '' }),
    lang: lang === 'en' ? 'ko' : undefined,
    disabled: true,
  });

  /** Opening a referral reads its news: with some, the header's count is asked again. */
  const openOne = useCallback(
    async (id: string, hadNews: boolean) => {
      setStale(null);
      const res = await api<Referral>('GET', `/api/referrals/${id}`);
      if (res.ok) setOpen(res.value);
      await load();
      if (res.ok && hadNews) unreadChanged();
      return res.ok;
    },
    [load],
  );
  // Arriving from a news link: the case alone left its news unread and the count standing, so the
  // referral is opened (which reads it) and brought into view with focus, once its list is back.
  useEffect(() => {
    if (!loaded || !show) return;
    onShown?.(show);
    const x = items.find((i) => i.id === show);
    if (x)
      void openOne(x.id, x.unread > 0).then((ok) => {
        if (ok) focusSoon(OPEN_REFERRAL_HEADING);
      });
  }, [loaded, show, items, openOne, onShown]);
  const refresh = async (res: Result<Referral>) => {
    // The agency moved first (it accepted while the counselor was cancelling): the case page's
    // general message would say "reload" with version numbers, and the open referral would keep its
    // old version so every retry failed again. Reload it here and say what happened.
    // Likewise a message written while the agency closed the referral: reloaded, the thread shows
    // why its box is gone.
    if (!res.ok && res.problem.status === 409 && open) {
      const again = await api<Referral>('GET', `/api/referrals/${open.id}`);
      if (again.ok) {
        setOpen(again.value);
        const now = REFERRAL_STATUS_LABEL[again.value.status];
        setStale(
          res.problem.code !== 'JIBSA_CONFLICT'
            ? l(res.problem.detail)
            : lang === 'ko'
              ? `그사이 기관이 먼저 처리했습니다. 지금 상태는 '${now.ko}'입니다. 확인하고, 필요하면 다시 해 주세요.`
              : `The agency acted on this referral first. It is now '${now.en}'. Check it and try again if needed.`,
        );
      }
      await load();
      return false;
    }
    setStale(null);
    const ok = await after(res);
    if (ok && res.ok) setOpen(res.value);
    await load();
    return ok;
  };
  const send = async () => {
    const daysProblem = dueDaysProblem(days, lang);
    const problems = {
      ...(serviceId ? (openTo.has(serviceId) ? { service: r.openHint } : {}) : { service: r.needService }),
      ...(message.trim() ? {} : { message: r.needMessage }),
      ...(daysProblem ? { days: daysProblem } : {}),
    };
    setErrors(problems);
    // The messages appear beside the fields, far from the button: focus goes to the first, whose
    // label and error are then read out together (it points at the error with aria-describedby).
    if (problems.service || problems.message || problems.days) {
      focusSoon(problems.service ? 'referral-service' : problems.message ? 'referral-message' : 'referral-days');
      return;
    }
    await once(async () => {
      const res = await api<Referral>('POST', `/api/cases/${c.id}/referrals`, {
        serviceId,
        message: message.trim(),
        sharedFields: shared,
        ...(days.trim() ? { businessDays: Number(days.trim()) } : {}),
        ...(previous ? { previousReferralId: previous } : {}),
        ...(goal ? { goal } : {}),
      });
      // The goal was ticked or reworded meanwhile (another tab): said beside its choice.
      const goalProblem = res.ok ? undefined : res.problem.errors.find((e) => e.path === 'goal');
      if (goalProblem) {
        setErrors({ goal: l(goalProblem) });
        focusSoon('referral-goal');
        return;
      }
      if (!res.ok && res.problem.code === 'JIBSA_REFERRAL_OPEN') {
        // Someone else referred the case there a moment ago: said beside the list, which now marks it.
        setErrors({ service: l(res.problem.detail) });
        setServiceId('');
        await load();
        focusSoon('referral-service');
        return;
      }
      if (await refresh(res)) {
        setMessage('');
        setServiceId('');
        setDays('');
        setPrevious(undefined);
        setGoal('');
        // What one agency needed (income, say) is not what the next needs: each starts from the least.
        setShared(FIRST_SHARE);
        // The form is emptied (and the panel drawn anew): focus goes to the list the referral joined.
        focusSoon('h-referrals');
      }
    });
  };

  return (
    <section aria-labelledby="h-referrals">
      <h2 id="h-referrals" tabIndex={-1}>
        {r.referrals}
      </h2>
      {items.length === 0 ? (
        <p>{r.noReferrals}</p>
      ) : (
        <ul className="referrals">
          {items.map((x) => (
            <li key={x.id}>
              <strong>{x.number}</strong> · {k(x.agency.name)} · {k(x.service.name)} ·{' '}
              {REFERRAL_STATUS_LABEL[x.status][lang]}
              {x.status === 'on-hold' && x.holdReason && (
                <>
                  {' '}
                  ({r.heldBecause}: {k(x.holdReason)})
                </>
              )}
              {x.outcome ? ` (${outcomeWords(x.outcome, x.waitlistRank, lang)})` : ''} · {r.due}{' '}
              {centerDay(x.dueOn, lang)}
              {/* The space goes before the badge: inside it, at the start of an inline block, it is lost. */}
              {x.overdue && (
                <>
                  {' '}
                  <span className="badge warn">{r.overdue}</span>
                </>
              )}
              {x.unread > 0 && (
                <>
                  {' '}
                  <span className="badge">
                    {r.unread} {x.unread}
                  </span>
                </>
              )}{' '}
              <Button small onClick={() => openOne(x.id, x.unread > 0)}>
                {`${r.open}: ${x.number}`}
              </Button>
              {(x.status === 'rejected' || x.status === 'cancelled') && (
                <Button small onClick={() => setPrevious(x.id)}>
                  {`${r.resend}: ${x.number}`}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <ReferralDetail
          open={open}
          stale={stale}
          busy={busy}
          onSend={async (body) =>
            (await once(async () =>
              refresh(await api<Referral>('POST', `/api/referrals/${open.id}/messages`, { body })),
            )) ?? false
          }
          onCancel={() =>
            once(async () =>
              refresh(
                await api<Referral>('POST', `/api/referrals/${open.id}/status`, {
                  to: 'cancelled',
                  version: open.version,
                }),
              ),
            )
          }
        />
      )}
      {c.status === 'closed' ? (
        // A closed case takes no new referral (the server refuses it): said here, not found out on sending.
        <p className="no-print referral-closed">{r.caseClosed}</p>
      ) : !c.consent.sharing ? (
        <div className="no-print referral-consent">
          <Notice tone="warn">{r.needConsent}</Notice>
          <Button
            onClick={async () => {
              const res = await api<CaseDetail>('PATCH', `/api/cases/${c.id}`, {
                version: c.version,
                consent: { collection: c.consent.collection, sharing: true },
              });
              await after(res, res.ok ? res.value : undefined);
            }}
          >
            {r.recordConsent}
          </Button>
        </div>
      ) : (
        <div className="no-print referral-send">
          <h3>{r.sendTitle}</h3>
          {previous && <Notice>{`${r.resend}: ${items.find((x) => x.id === previous)?.number ?? ''}`}</Notice>}
          <SelectField
            id="referral-service"
            label={r.service}
            value={serviceId}
            placeholder={r.pickService}
            options={[]}
            // Agency and service names are Korean: on the English page each option is marked lang="ko",
            // and whether it fits the screening is said by its group, not by English words inside it.
            groups={[
              { label: r.fitGroup, options: choosable.filter(fits).map(serviceOption) },
              { label: r.otherGroup, options: choosable.filter((s) => !fits(s)).map(serviceOption) },
              { label: r.openGroup, options: local.filter((s) => openTo.has(s.id)).map(referredOption) },
            ].filter((g) => g.options.length > 0)}
            hint={openTo.size > 0 ? r.openHint : undefined}
            onChange={setServiceId}
            error={errors.service}
          />
          <TextField
            id="referral-message"
            label={r.message}
            value={message}
            onChange={setMessage}
            multiline
            maxLength={2000}
            error={errors.message}
            required
          />
          <ReferralDueField
            value={days}
            onChange={setDays}
            serviceDays={services.find((x) => x.id === serviceId)?.responseBusinessDays}
            error={errors.days}
          />
          <ReferralGoalField plan={c.plan} value={goal} onChange={setGoal} error={errors.goal} />
          <fieldset>
            <legend>{r.shareLegend}</legend>
            <p className="hint">{r.shareHint}</p>
            {SHARE_FIELDS.map((f) => (
              <CheckboxField
                key={f}
                id={`share-${f}`}
                label={SHARE_LABEL[lang][f]}
                checked={shared.includes(f)}
                onChange={(on) => setShared(on ? [...shared, f] : shared.filter((x) => x !== f))}
              />
            ))}
          </fieldset>
          <Button variant="primary" aria-disabled={busy} onClick={send}>
            {r.send}
          </Button>
          <WithdrawConsent c={c} openOnes={openOnes} after={after} />
        </div>
      )}
    </section>
  );
}
