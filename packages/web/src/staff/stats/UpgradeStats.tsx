import { useI18n, useStrings } from '../../i18n/index.tsx';
import { DataTable, labelFor, Page } from '../../shared/ui/index.ts';
import { FROM_LABEL, pathwayStrings } from '../cases/pathway-strings.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import { useYearFigures } from './year-figures.tsx';

interface UpgradeStatsOut {
  year: number;
  moved: number;
  byDistrict: { district: string; moved: number }[];
  byFromHousingType: { fromHousingType: string; moved: number }[];
  settled6m: number;
  started: number;
}

/**
 * 주거상향 통계 (city, admin, counselors): how many households moved from non-housing into a home
 * in a year, by 구 and by where they came from. Counts only, taken from the recorded 이사 steps.
 */
export function UpgradeStats() {
  const p = useStrings(pathwayStrings);
  const { l } = useI18n();
  const { figures: stats, controls } = useYearFigures<UpgradeStatsOut>(
    '/api/stats/housing-upgrade',
    'stats-year',
    p.statsYear,
  );
  return (
    <Page title={p.statsTitle}>
      <p className="lead">{p.statsLead}</p>
      {controls}
      {stats && (
        <>
          <dl className="stats-figures">
            <dt>{p.statsMoved}</dt>
            <dd data-stat="moved">{stats.moved}</dd>
            <dt>{p.statsSettled}</dt>
            <dd data-stat="settled6m">{stats.settled6m}</dd>
            <dt>{p.statsStarted}</dt>
            <dd data-stat="started">{stats.started}</dd>
          </dl>
          <DataTable
            caption={p.statsByDistrict}
            rows={stats.byDistrict}
            rowKey={(r) => r.district}
            empty={p.statsNone}
            columns={[
              {
                key: 'd',
                header: p.statsDistrict,
                rowHeader: true,
                cell: (r) => labelFor(DISTRICT_LABEL, r.district, l),
              },
              { key: 'n', header: p.statsMoved, cell: (r) => r.moved },
            ]}
          />
          <DataTable
            caption={p.statsByFrom}
            rows={stats.byFromHousingType}
            rowKey={(r) => r.fromHousingType}
            empty={p.statsNone}
            columns={[
              {
                key: 'f',
                header: p.statsFrom,
                rowHeader: true,
                cell: (r) => labelFor(FROM_LABEL, r.fromHousingType, l),
              },
              { key: 'n', header: p.statsMoved, cell: (r) => r.moved },
            ]}
          />
        </>
      )}
    </Page>
  );
}
