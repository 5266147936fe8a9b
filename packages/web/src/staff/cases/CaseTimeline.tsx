import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import { labelFor } from '../../shared/ui/index.ts';
import { outcomeWords, type ReferralStatus, stepWords } from '../referrals/referral-strings.ts';
import { CHANGED_PART_LABEL, EVENT_LABEL, STATUS_LABEL, staffStrings } from '../shell/strings.ts';
import type { CaseDetail } from '../shell/types.ts';
import { RELATION_LABEL } from './intake-strings.ts';
import { taskTitle } from './task-title.ts';

/** A case's timeline: what happened, when (the center's clock) and by whom, oldest first. */
export function CaseTimeline({ c }: { c: CaseDetail }) {
  const s = useStrings(staffStrings);
  const { l, lang, k } = useI18n();
  return (
    <section aria-labelledby="h-timeline">
      <h2 id="h-timeline">{s.timeline}</h2>
      <ol className="timeline">
        {c.timeline.map((e) => (
          <li key={e.id}>
            <time dateTime={e.at}>{centerTime(e.at, lang)}</time> ·{' '}
            {k(eventWords(e, lang, l, s.byReferral, s.consentWithdrawn))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * What one timeline entry says after its time, as one text: the page marks the Korean in it (names,
 * titles, reasons written in Korean) lang="ko" on the English page (WCAG 3.1.2).
 */
function eventWords(
  e: CaseDetail['timeline'][number],
  lang: 'ko' | 'en',
  l: (x: { ko: string; en: string }) => string,
  byReferral: string,
  consentWithdrawn: string,
): string {
  return (
    labelFor(EVENT_LABEL, e.kind, l) +
    (e.kind === 'status' && typeof e.detail.to === 'string'
      ? `: ${STATUS_LABEL[lang][e.detail.to as keyof (typeof STATUS_LABEL)['ko']] ?? e.detail.to}`
      : '') +
    (typeof e.detail.title === 'string' ? `: ${taskTitle(e.detail as { title: string }, lang)}` : '') +
    (e.kind === 'updated' && Array.isArray(e.detail.fields) ? changedParts(e.detail.fields, l) : '') +
    (e.kind === 'assigned' ? `: ${handler(e.detail.fromName, lang)} → ${handler(e.detail.toName, lang)}` : '') +
    (e.kind.startsWith('person.') && typeof e.detail.relation === 'string'
      ? `: ${labelFor(RELATION_LABEL, e.detail.relation, l)}`
      : '') +
    (e.kind === 'linked' || (e.kind === 'created' && e.detail.from === 'outreach')
      ? `: ${linkedFrom(e.detail, lang)}`
      : '') +
    (e.kind === 'referral' && typeof e.detail.to === 'string'
      ? `: ${String(e.detail.number)} ${String(e.detail.agency)} · ${stepWords(e.detail.from as ReferralStatus | null, e.detail.to as ReferralStatus, lang)}${typeof e.detail.outcome === 'string' ? ` (${outcomeWords(e.detail.outcome, typeof e.detail.waitlistRank === 'number' ? e.detail.waitlistRank : null, lang)})` : ''}`
      : '') +
    (e.kind === 'referral' && typeof e.detail.reason === 'string' ? ` · ${e.detail.reason}` : '') +
    (e.kind === 'referral' && typeof e.detail.note === 'string' ? ` · ${e.detail.note}` : '') +
    (e.kind === 'status' && typeof e.detail.referralId === 'string' ? ` · ${byReferral}` : '') +
    // Why a case was closed, as the counselor wrote it (required when closing).
    (e.kind === 'status' && typeof e.detail.reason === 'string' ? ` · ${e.detail.reason}` : '') +
    (e.detail.consentWithdrawn === true ? ` · ${consentWithdrawn}` : '') +
    (e.actorName ? ` (${e.actorName})` : '')
  );
}

/** One side of a change of handler: the name as it was then, or 없음 when nobody handled the case. */
function handler(name: unknown, lang: 'ko' | 'en'): string {
  return typeof name === 'string' && name ? name : lang === 'ko' ? '없음' : 'nobody';
}

/** Where a case or a linked intake came from: the request's reference, an outreach list's row, or the counter. */
function linkedFrom(detail: Record<string, unknown>, lang: 'ko' | 'en') {
  const from =
    detail.from === 'consultation'
      ? `${lang === 'ko' ? '상담신청' : 'Request'} ${String(detail.reference ?? '')}`
      : detail.from === 'outreach'
        ? lang === 'ko'
          ? `발굴 명단 ${String(detail.list ?? '')} ${String(detail.row ?? '')}행 (동의 전)`
          : `Outreach list ${String(detail.list ?? '')}, row ${String(detail.row ?? '')} (no consent yet)`
        : lang === 'ko'
          ? '창구·전화 접수'
          : 'Counter or phone intake';
  const needs = Array.isArray(detail.needs) && detail.needs.length ? ` (+ ${detail.needs.join(', ')})` : '';
  return `${from}${needs}`;
}

/** ": 서비스 계획, 주거" for a details change: which parts it touched (parts with no words are left out). */
function changedParts(fields: unknown[], l: (x: { ko: string; en: string }) => string): string {
  const words = fields.flatMap((f) => {
    const label = typeof f === 'string' ? CHANGED_PART_LABEL[f] : undefined;
    return label ? [l(label)] : [];
  });
  return words.length > 0 ? `: ${words.join(', ')}` : '';
}
