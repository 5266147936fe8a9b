import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { useEffect, useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { groupThousands } from '../../self-check/questionnaire/money.ts';
import { centerTime } from '../../shared/ui/center-time.ts';
import { Notice, Page, SelectField } from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import type { WhatIfJobs } from './outreach-types.ts';
import { PolicyWhatIf } from './PolicyWhatIf.tsx';
import { whatIfStrings } from './what-if-strings.ts';

/**
 * 정책 모의 계산 as a screen of its own, for the city (which sees counts, never a household, so
 * has no 발굴 screen) and admins: choose a finished screening of any 구, then the figure to change.
 */
export function WhatIfPage() {
  const w = useStrings(whatIfStrings);
  const { l, lang } = useI18n();
  const [jobs, setJobs] = useState<WhatIfJobs['items'] | null>(null);
  const [jobId, setJobId] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  useEffect(() => {
    void api<WhatIfJobs>('GET', '/api/outreach/what-if/jobs').then((r) => {
      if (!r.ok) return setProblem(r.problem);
      setJobs(r.value.items);
      setJobId(r.value.items[0]?.jobId ?? '');
    });
  }, []);
  const districtName = (id: string | null) => {
    const d = GWANGJU_DISTRICTS.find((x) => x.id === id);
    return d ? l(d) : w.cityWide;
  };
  const optionLabel = (j: WhatIfJobs['items'][number]) => {
    const values = {
      district: districtName(j.district),
      date: j.screeningDate,
      n: groupThousands(String(j.households)),
      name: j.fileName ?? '',
      // Lists of one 구 screened the same day read alike without it (the city sees no file names).
      when: centerTime(j.finishedAt, lang),
    };
    return fill(j.fileName ? w.listOptionNamed : w.listOption, values);
  };
  return (
    <Page title={w.title} lead={w.lead}>
      {problem && <Notice tone="warn">{l(problem.detail)}</Notice>}
      {jobs?.length === 0 && <Notice>{w.noLists}</Notice>}
      {jobs && jobs.length > 0 && (
        <SelectField
          id="what-if-list"
          label={w.pickList}
          hint={w.pickListHint}
          value={jobId}
          options={jobs.map((j) => ({ value: j.jobId, label: optionLabel(j) }))}
          onChange={setJobId}
        />
      )}
      {jobId && <PolicyWhatIf key={jobId} jobId={jobId} />}
    </Page>
  );
}
