import { useState } from 'react';
import { fill, useStrings } from '../../i18n/index.tsx';
import { Notice } from '../../shared/ui/index.ts';
import type { Problem } from '../shell/api.ts';
import { DistrictCounts, ProgramCounts } from './CountTables.tsx';
import { OutreachWorklist } from './OutreachWorklist.tsx';
import { outreachStrings } from './outreach-strings.ts';
import type { OutreachJob } from './outreach-types.ts';
import { PolicyWhatIf } from './PolicyWhatIf.tsx';
import { exportQuery, type ResultFilters } from './result-query.ts';
import { AssumedNote, UndecidedNote, useNoneText } from './UndecidedNote.tsx';

/** From about this many households a results file may pass the million lines an Excel sheet holds. */
const LARGE_LIST_ROWS = 100_000;

/**
 * A finished job: what changed since the list's earlier screening (a list screened again as of 1
 * January: the households the new figures bring in), the 사각지대 headline (eligible but, by the
 * list, not receiving) by program and by 구, the downloads, and the households to choose from to
 * make cases for counselors.
 */
export function OutreachResults(props: { job: OutreachJob; onProblem: (p: Problem) => void }) {
  const { job } = props;
  const s = useStrings(outreachStrings);
  const [filters, setFilters] = useState<ResultFilters>({
    program: '',
    district: '',
    unreached: false,
    newly: false,
    check: false,
  });

  const base = `/api/outreach/jobs/${job.id}`;
  const none = useNoneText(job.undecided);

  return (
    <>
      {job.figuresYear !== null && <Notice>{fill(s.figuresYear, { year: job.figuresYear })}</Notice>}
      {job.compared && (
        <>
          <h3>{fill(s.comparedTitle, { date: job.compared.date })}</h3>
          <p>
            {fill(s.comparedLead, {
              date: job.compared.date,
              newly: job.compared.newlyEligible,
              lost: job.compared.noLongerEligible,
            })}
          </p>
          <ProgramCounts caption={s.comparedByProgram} items={job.compared.newlyByProgram} />
        </>
      )}
      <AssumedNote assumed={job.assumed} on="job" />
      <UndecidedNote undecided={job.undecided} lead="job" />
      <h3>{s.unreachedTitle}</h3>
      {job.receiptColumns ? (
        <>
          <ProgramCounts caption={s.unreachedByProgram} items={job.unreachedByProgram} empty={none} />
          <DistrictCounts caption={s.unreachedByDistrict} items={job.unreachedByDistrict} empty={none} />
        </>
      ) : (
        <Notice>{s.noReceiptColumns}</Notice>
      )}
      <ProgramCounts caption={s.byProgram} items={job.eligibleByProgram} empty={none} />
      <DistrictCounts caption={s.byDistrict} items={job.eligibleByDistrict} empty={none} />

      <h3>{s.downloads}</h3>
      <p>{s.downloadsFiltered}</p>
      {job.rowsOk >= LARGE_LIST_ROWS && <p className="hint">{s.downloadsLarge}</p>}
      <ul className="link-list">
        <li>
          <a href={`${base}/results.xlsx?${exportQuery(filters)}`} download>
            {s.resultsXlsx}
          </a>
        </li>
        <li>
          <a href={`${base}/results.csv?${exportQuery(filters)}`} download>
            {s.resultsCsv}
          </a>
        </li>
        {job.rowsBad + job.rowsWarned > 0 && (
          <li>
            <a href={`${base}/errors.csv`} download>
              {s.errorsCsv}
            </a>{' '}
            <span className="hint">{s.errorsCsvHint}</span>
          </li>
        )}
      </ul>

      {job.state === 'done' && <PolicyWhatIf jobId={job.id} heading={3} />}

      <h3>{s.worklistTitle}</h3>
      <p>{s.worklistLead}</p>
      <OutreachWorklist job={job} filters={filters} onFilters={setFilters} onProblem={props.onProblem} />
    </>
  );
}
