import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { DataTable, labelFor, Page } from '../../shared/ui/index.ts';
import { outcomeWords } from '../referrals/referral-strings.ts';
import { DISTRICT_LABEL, STATUS_LABEL } from '../shell/strings.ts';
import { STATUSES } from '../shell/types.ts';
import { CounselorLoad, type CounselorLoadOut } from './CounselorLoad.tsx';
import { centerStrings } from './center-strings.ts';
import { OutreachYear, type OutreachYearOut } from './OutreachYear.tsx';
import { TableLegend } from './TableLegend.tsx';
import { useYearFigures } from './year-figures.tsx';

type Status = (typeof STATUSES)[number];

interface CenterFiguresOut {
  year: number;
  casesOpened: number;
  casesClosed: number;
  casesScreened: number;
  byDistrict: { district: string; opened: number; byStatus: Record<Status, number> }[];
  referralsSent: number;
  byAgency: {
    agency: string;
    sent: number;
    taken: number;
    inProgress: number;
    completed: number;
    declined: number;
    cancelled: number;
    waiting: number;
    late: number;
    medianDaysToAnswer: number | null;
  }[];
  outcomes: { outcome: string; count: number }[];
  eligibleByProgram: { programId: string; name: { ko: string; en: string }; cases: number }[];
  outreach: OutreachYearOut;
  /** Administrators only. */
  byCounselor?: CounselorLoadOut;
}

/**
 * 센터 현황 (city, admin, counselors): the year's cases by 구 and the step each is at, referrals by
 * agency (where each is now, adding up to those sent; late; days to an answer) with a legend of what
 * each column counts, their outcomes, the programs the screened cases were found eligible for, and
 * the year's 발굴 (OutreachYear). Counts only, as the server gives them.
 */
export function CenterFigures() {
  const c = useStrings(centerStrings);
  const { l, k, lang } = useI18n();
  const { figures, controls } = useYearFigures<CenterFiguresOut>('/api/stats/center', 'center-year', c.year);
  return (
    <Page title={c.title} lead={c.lead}>
      {controls}
      {figures && (
        <>
          <dl className="stats-figures">
            <dt>{c.opened}</dt>
            <dd data-stat="opened">{figures.casesOpened}</dd>
            <dt>{c.closed}</dt>
            <dd data-stat="closed">{figures.casesClosed}</dd>
            <dt>{c.screenedHeadline}</dt>
            <dd data-stat="screened">{figures.casesScreened}</dd>
            <dt>{c.sent}</dt>
            <dd data-stat="sent">{figures.referralsSent}</dd>
          </dl>
          <DataTable
            caption={c.byDistrict}
            rows={figures.byDistrict}
            rowKey={(r) => r.district}
            columns={[
              { key: 'd', header: c.district, rowHeader: true, cell: (r) => labelFor(DISTRICT_LABEL, r.district, l) },
              { key: 'n', header: c.opened, cell: (r) => r.opened },
              ...STATUSES.map((s) => ({
                key: s,
                header: STATUS_LABEL[lang][s],
                cell: (r: { byStatus: Record<Status, number> }) => r.byStatus[s],
              })),
            ]}
          />
          <DataTable
            caption={c.byAgency}
            rows={figures.byAgency}
            rowKey={(r) => r.agency}
            empty={c.none}
            columns={[
              // Agency and program names are Korean proper names: marked lang="ko" on the English page.
              { key: 'a', header: c.agency, rowHeader: true, cell: (r) => k(r.agency) },
              { key: 'sent', header: c.sent, cell: (r) => r.sent },
              // Where each referral is now, each counted once (they add up to 보낸); 기한 지남 is part
              // of 답 기다림, so it sits beside it. "수락" overlapped these and is said in the legend.
              { key: 'waiting', header: c.waiting, cell: (r) => r.waiting },
              { key: 'late', header: c.late, cell: (r) => r.late },
              { key: 'inProgress', header: c.inProgress, cell: (r) => r.inProgress },
              { key: 'completed', header: c.completed, cell: (r) => r.completed },
              { key: 'declined', header: c.declined, cell: (r) => r.declined },
              { key: 'cancelled', header: c.cancelled, cell: (r) => r.cancelled },
              {
                key: 'days',
                header: c.days,
                cell: (r) => (r.medianDaysToAnswer === null ? '-' : fill(c.daysValue, { n: r.medianDaysToAnswer })),
              },
            ]}
          />
          <TableLegend
            title={c.howToRead}
            items={[
              { term: c.sent, meaning: c.sentMeans },
              { term: c.waiting, meaning: c.waitingMeans },
              { term: c.late, meaning: c.lateMeans },
              { term: c.inProgress, meaning: c.inProgressMeans },
              { term: c.completed, meaning: c.completedMeans },
              { term: c.declined, meaning: c.declinedMeans },
              { term: c.cancelled, meaning: c.cancelledMeans },
              { term: c.days, meaning: c.daysMeans },
            ]}
          />
          <DataTable
            caption={c.outcomes}
            rows={figures.outcomes}
            rowKey={(r) => r.outcome}
            empty={c.none}
            columns={[
              {
                key: 'o',
                header: c.outcome,
                rowHeader: true,
                cell: (r) => outcomeWords(r.outcome, null, lang),
              },
              { key: 'n', header: c.count, cell: (r) => r.count },
            ]}
          />
          <DataTable
            caption={c.eligible}
            rows={figures.eligibleByProgram}
            rowKey={(r) => r.programId}
            empty={c.none}
            columns={[
              { key: 'p', header: c.program, rowHeader: true, cell: (r) => k(r.name) },
              { key: 'n', header: c.cases, cell: (r) => r.cases },
            ]}
          />
          <TableLegend
            title={c.howToRead}
            items={[
              { term: c.cases, meaning: c.eligibleMeans },
              {
                term: c.screenedTerm,
                meaning: fill(c.screenedOf, { opened: figures.casesOpened, screened: figures.casesScreened }),
              },
            ]}
          />
          <OutreachYear figures={figures.outreach} />
          {figures.byCounselor && <CounselorLoad load={figures.byCounselor} />}
        </>
      )}
    </Page>
  );
}
