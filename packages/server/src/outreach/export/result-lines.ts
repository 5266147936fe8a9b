import { canonicalProgramId, GWANGJU_DISTRICTS } from '@jibsa/programs';
import type { Kysely } from 'kysely';
import type { Database, District, OutreachProgramResult } from '../../db/schema.ts';
import { type ResultFilter, resultConditions } from '../result-filter.ts';
import { rowsBySpan } from '../row-spans.ts';
import { missingLabel, missingPaths, programName } from '../views.ts';

const DISTRICT_KO = Object.fromEntries(GWANGJU_DISTRICTS.map((d) => [d.id, d.ko])) as Record<District, string>;
const STATUS_KO = { eligible: '가능성 높음', unknown: '확인 필요' } as const;

/** Korean column headers of the results file, one line per household and program. */
export const RESULT_COLUMNS = [
  { header: '행 번호', width: 8 },
  { header: '이름·관리번호', width: 16 },
  { header: '구', width: 8 },
  { header: '제도', width: 28 },
  { header: '판정', width: 12 },
  { header: '예상 금액 (원)', width: 14 },
  { header: '명단상 수급', width: 12 },
  { header: '사각지대 (받을 수 있는데 받지 않음)', width: 14 },
  { header: '확인할 것', width: 40 },
  { header: '사례 번호', width: 16 },
] as const;

export type ResultLine = [number, string, string, string, string, number | null, string, string, string, string];

const receivesKo = (r: boolean | undefined) => (r === undefined ? '모름' : r ? '받음' : '받지 않음');

/**
 * The results of a job as lines for a spreadsheet, a page of rows at a time in row order so a
 * million-row list streams out with flat memory. Only rows read without problems (the bad ones
 * have their own file) and only programs not ruled out; `unreached` keeps households with a
 * program likely eligible and, by the list, not received. The rows are those the results screen
 * shows for the same filter; with a program chosen, only that program's line of each household is
 * written, since the official asked for that program's households and not their other programs.
 */
export async function* resultLines(
  db: Kysely<Database>,
  job: { id: string; last_row: number },
  filter: ResultFilter,
  pageRows = 2000,
): AsyncGenerator<ResultLine> {
  const program = filter.program ? canonicalProgramId(filter.program) : null;
  const conditions = resultConditions(filter, 'r');
  const read = (from: number, upTo: number, limit: number) => {
    let q = db
      .selectFrom('outreach_result as r')
      .leftJoin('case_record as c', 'c.id', 'r.case_id')
      .select(['r.row_number', 'r.reference', 'r.district', 'r.programs', 'r.missing_paths', 'c.number as case_number'])
      .where('r.job_id', '=', job.id)
      .where('r.ok', '=', true)
      .where('r.row_number', '>', from)
      .where('r.row_number', '<=', upTo)
      .orderBy('r.row_number')
      .limit(limit);
    for (const condition of conditions) q = q.where(condition);
    return q.execute();
  };
  for await (const page of rowsBySpan(read, 0, job.last_row, pageRows)) {
    for (const r of page) {
      for (const p of r.programs as OutreachProgramResult[]) {
        if (program !== null && p.id !== program) continue;
        yield [
          r.row_number,
          r.reference ?? '',
          r.district ? DISTRICT_KO[r.district] : '',
          programName(p.id).ko,
          STATUS_KO[p.status],
          p.amount,
          receivesKo(p.receives),
          p.status === 'eligible' && p.receives === false ? '예' : '',
          missingPaths(p, r.missing_paths)
            .map((m) => missingLabel(m).ko)
            .join(', '),
          r.case_number ?? '',
        ];
      }
    }
  }
}
