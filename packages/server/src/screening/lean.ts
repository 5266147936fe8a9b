import type { ProgramScreening, Screening } from '@jibsa/programs';

/** Where the figures a lean answer names are described: one shared, cacheable list per date. */
export const parametersUrl = (date: string) => `/api/parameters?date=${date}`;

/**
 * The default answer of POST /api/screen: each figure a result read by id, cell and value only.
 * Labels, citations, evidence grades and notes were three quarters of the old answer and are the
 * same for every household, so they live once in GET /api/parameters.
 */
export function leanScreening(s: Screening) {
  return {
    date: s.date,
    rulesVersion: s.rulesVersion,
    parametersUrl: parametersUrl(s.date),
    programs: s.programs.map(leanProgram),
    nextQuestions: s.nextQuestions,
  };
}

function leanProgram(p: ProgramScreening) {
  const { parameters, ...rest } = p;
  const figures = new Array(parameters.length);
  for (let i = 0; i < parameters.length; i++) {
    const u = parameters[i] as (typeof parameters)[number];
    figures[i] = { id: u.id, keys: u.keys, value: u.value };
  }
  return { ...rest, figures };
}

/** The old answer, for clients that asked for it with `?detail=full`. */
export function fullScreening(s: Screening) {
  return { date: s.date, rulesVersion: s.rulesVersion, programs: s.programs, nextQuestions: s.nextQuestions };
}
