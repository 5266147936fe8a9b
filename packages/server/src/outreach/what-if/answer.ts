import { assumedFields } from '@jibsa/lists';
import { GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import type { ParameterOverride, Unit } from '@jibsa/rules';
import type { District } from '../../db/schema.ts';
import type { OutreachJob } from '../jobs/queue.ts';
import type { ProgramCounts, scenarioEntries, WhatIfCounts } from './run.ts';

/** Said with every answer: what the counts are and are not. */
const NOTE = {
  ko: '이 명단의 가구를 이 명단에 적힌 내용으로 계산한 추정치입니다. 법령이나 고시가 아니며, 실제 선정은 신청과 조사로 정해집니다.',
  en: 'Estimates for the households of this list, from what the list says. Not law: actual eligibility is decided on application.',
};

const DISTRICT_ORDER: (District | null)[] = [...GWANGJU_DISTRICT_IDS, null];
const byDistrict = <T>(m: Map<District | null, T>) =>
  DISTRICT_ORDER.filter((d) => m.has(d)).map((d) => [d, m.get(d) as T] as const);

/** The route's answer (WhatIfOut) from a run's counts: labels and units from the scenario's programs. */
export function whatIfOut(
  job: OutreachJob,
  overrides: readonly ParameterOverride[],
  entries: ReturnType<typeof scenarioEntries>,
  counts: WhatIfCounts,
) {
  const defs = new Map(entries.flatMap((e) => [...(e.program?.parameters ?? [])]));
  return {
    jobId: job.id,
    screeningDate: job.screening_date,
    households: counts.households,
    rowsSkipped: counts.rowsSkipped,
    householdsByDistrict: byDistrict<number>(counts.householdsByDistrict).map(([district, households]) => ({
      district,
      households,
    })),
    overrides: overrides.map((o) => {
      const d = defs.get(o.parameter);
      return {
        parameter: o.parameter,
        label: d?.label ?? { ko: o.parameter, en: o.parameter },
        unit: (d?.unit ?? 'count') as Exclude<Unit, 'bool'>,
        from: o.from ?? job.screening_date,
      };
    }),
    programs: counts.programs.map((p: ProgramCounts, k) => {
      const program = entries[k]?.program;
      return {
        id: p.id,
        label: program?.label ?? { ko: p.id, en: p.id },
        affected: p.affected,
        amountUnit: program?.amount?.unit ?? null,
        baseline: p.baseline,
        scenario: p.scenario,
        became: p.became,
        stopped: p.stopped,
        byDistrict: byDistrict(p.byDistrict).map(([district, c]) => ({ district, ...c })),
      };
    }),
    // The same words as the job's: the totals rest on what the list's screening assumed.
    assumed: job.assume_none ? assumedFields(job.mapping) : [],
    note: NOTE,
  };
}
