import { canonicalProgramId, GWANGJU_DISTRICTS } from '@jibsa/programs';
import type { FastifyInstance } from 'fastify';
import { type RawBuilder, sql } from 'kysely';
import type { District } from '../db/schema.ts';
import { invalid } from '../http/error-codes.ts';
import { earlierJob, newlyEligible } from './earlier-screening.ts';
import type { OutreachJob } from './jobs/queue.ts';
import { programName } from './views.ts';

/**
 * The results screen's filters. The screen's table and its downloads read them through this one
 * module: a download that was not filtered as the screen was had handed an official every 구 and
 * program when the screen showed ten households.
 */
export interface ResultFilter {
  only: 'eligible' | 'unreached' | 'bad' | 'all' | 'newly' | 'check';
  program?: string | undefined;
  district?: District | 'none' | undefined;
  /** With `newly`: the earlier job of the same list read against (earlier-screening.ts). */
  since?: string | undefined;
}

/** Conditions on `outreach_result` (under `table`, its name or alias in the query) for a filter. */
export function resultConditions(f: ResultFilter, table: string): RawBuilder<boolean>[] {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const out: RawBuilder<boolean>[] = [];
  if (f.only === 'eligible') out.push(sql<boolean>`${col('eligible_count')} > 0`);
  if (f.only === 'bad') out.push(sql<boolean>`${col('ok')} = false`);
  if (f.only === 'unreached') out.push(sql<boolean>`${col('unreached_count')} > 0`);
  // Rows read, likely eligible for nothing yet but undecided somewhere (with a program: undecided
  // for it, below): what the list lacks might still make them eligible. A list without income
  // columns showed "없음" on every row.
  if (f.only === 'check') {
    out.push(sql<boolean>`${col('ok')}`);
    if (!f.program) {
      out.push(sql<boolean>`${col('eligible_count')} = 0`);
      out.push(sql<boolean>`${col('programs')} @> ${JSON.stringify([{ status: 'unknown' }])}::jsonb`);
    }
  }
  if (f.only === 'newly') {
    if (f.since === undefined) throw new Error('newly needs the earlier job');
    out.push(newlyEligible(f.since, table, f.program ? canonicalProgramId(f.program) : undefined));
  }
  if (f.program) {
    // With 사각지대 only, the program itself must be the one not received, as the headline counts it.
    const wanted = {
      id: canonicalProgramId(f.program),
      status: f.only === 'check' ? 'unknown' : 'eligible',
      ...(f.only === 'unreached' ? { receives: false } : {}),
    };
    out.push(sql<boolean>`${col('programs')} @> ${JSON.stringify([wanted])}::jsonb`);
  }
  if (f.district === 'none') out.push(sql<boolean>`${col('district')} is null`);
  else if (f.district) out.push(sql<boolean>`${col('district')} = ${f.district}`);
  return out;
}

const DISTRICTS = new Map<string, { ko: string; en: string }>(GWANGJU_DISTRICTS.map((d) => [d.id, d]));
/** Characters a file name cannot hold on Windows, where most officials open the file. */
const UNSAFE = /[\\/:*?"<>|\s]+/g;

/**
 * A download's name saying what it holds, so two files saved from one job are told apart:
 * "선별결과-동구-주거급여(임차급여)-사각지대.csv", and an ASCII twin for clients that cannot take it.
 */
export function exportFileNames(f: ResultFilter, kind: string): { korean: string; ascii: string } {
  const which = {
    eligible: ['가능성높음', 'eligible'],
    unreached: ['사각지대', 'unreached'],
    newly: ['새로대상', 'newly-eligible'],
    check: ['확인필요', 'to-check'],
    all: ['전체', 'all'],
  };
  const only = f.only === 'bad' ? which.all : which[f.only];
  const ko = ['선별결과'];
  const en = ['results'];
  if (f.district) {
    ko.push(f.district === 'none' ? '구모름' : (DISTRICTS.get(f.district)?.ko ?? f.district));
    en.push(f.district);
  }
  if (f.program) {
    const id = canonicalProgramId(f.program);
    ko.push(programName(id).ko);
    en.push(id);
  }
  ko.push(only[0] as string);
  en.push(only[1] as string);
  return {
    korean: `${ko.join('-').replace(UNSAFE, '')}.${kind}`,
    ascii: `${en.join('-').replace(/[^\w.-]+/g, '')}.${kind}`,
  };
}

/** A results filter with the earlier job it needs when it asks for newly eligible households; a 400 when the list has none. */
export async function withEarlier(db: FastifyInstance['db'], job: OutreachJob, f: ResultFilter): Promise<ResultFilter> {
  if (f.only !== 'newly') return f;
  const earlier = await earlierJob(db, job);
  if (earlier === undefined) {
    throw invalid([
      {
        path: 'only',
        ko: '이 명단을 이보다 앞선 날짜 기준으로 선별한 적이 없어, 새로 대상이 된 가구를 고를 수 없습니다.',
        en: 'this list was not screened as of an earlier day, so there is nothing to compare with.',
      },
    ]);
  }
  return { ...f, since: earlier.id };
}
