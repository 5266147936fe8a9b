import { canonicalProgramId, GWANGJU_DISTRICTS } from '@jibsa/programs';
import { type RawBuilder, sql } from 'kysely';
import type { District } from '../db/schema.ts';
import { programName } from './views.ts';

/**
 * The results screen's filters. The screen's table and its downloads read them through this one
 * module: a download that was not filtered as the screen was had handed an official every 구 and
 * program when the screen showed ten households.
 */
export interface ResultFilter {
  only: 'eligible' | 'unreached' | 'bad' | 'all';
  program?: string | undefined;
  district?: District | 'none' | undefined;
}

/** Conditions on `outreach_result` (under `table`, its name or alias in the query) for a filter. */
export function resultConditions(f: ResultFilter, table: string): RawBuilder<boolean>[] {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const out: RawBuilder<boolean>[] = [];
  if (f.only === 'eligible') out.push(sql<boolean>`${col('eligible_count')} > 0`);
  if (f.only === 'bad') out.push(sql<boolean>`${col('ok')} = false`);
  if (f.only === 'unreached') out.push(sql<boolean>`${col('unreached_count')} > 0`);
  if (f.program) {
    // With 사각지대 only, the program itself must be the one not received, as the headline counts it.
    const wanted = {
      id: canonicalProgramId(f.program),
      status: 'eligible',
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
  const which = { eligible: ['가능성높음', 'eligible'], unreached: ['사각지대', 'unreached'], all: ['전체', 'all'] };
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
