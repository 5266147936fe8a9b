import type { ProgramScreening, Screening } from '@jibsa/programs';
import type { Label } from '@jibsa/rules';

/** `?lang=ko|en`: the answer's words in one language (both when absent, as before). */
export type Lang = 'ko' | 'en';

/** Where the figures a lean answer names are described: one shared, cacheable list per date. */
export const parametersUrl = (date: string) => `/api/parameters?date=${date}`;

/**
 * The default answer of POST /api/screen: each figure a result read by id, cell and value only.
 * Labels, citations, evidence grades and notes were three quarters of the old answer and are the
 * same for every household, so they live once in GET /api/parameters.
 */
export function leanScreening(s: Screening, lang?: Lang) {
  const programs = new Array(s.programs.length);
  for (let i = 0; i < programs.length; i++) programs[i] = leanProgram(s.programs[i] as ProgramScreening, lang);
  return {
    date: s.date,
    rulesVersion: s.rulesVersion,
    parametersUrl: parametersUrl(s.date),
    programs,
    nextQuestions:
      lang === undefined
        ? s.nextQuestions
        : s.nextQuestions.map((q) => ({ path: q.path, label: pick(q.label, lang), programs: q.programs })),
  };
}

function leanProgram(p: ProgramScreening, lang: Lang | undefined) {
  const parameters = p.parameters;
  const figures = new Array(parameters.length);
  for (let i = 0; i < parameters.length; i++) {
    const u = parameters[i] as (typeof parameters)[number];
    figures[i] = { id: u.id, keys: u.keys, value: u.value };
  }
  const out = withoutParameters(p, figures);
  if (lang === undefined) return out;
  // Same keys in the same order (a key assigned again keeps its place); each label keeps the asked
  // language only (about half the bytes).
  out.name = pick(p.name, lang);
  out.amountLabel = p.amountLabel === null ? null : pick(p.amountLabel, lang);
  out.summary = pick(p.summary, lang);
  // Written out rather than spread (`{ ...r, text }`): a spread copy is several times slower on Node 20.
  out.reasons = p.reasons.map((r) =>
    r.weak
      ? { id: r.id, outcome: r.outcome, text: pick(r.text, lang), weak: r.weak }
      : { id: r.id, outcome: r.outcome, text: pick(r.text, lang) },
  );
  if (p.figuresNote) out.figuresNote = pick(p.figuresNote, lang);
  out.missing = p.missing.map((m) => ({ path: m.path, label: pick(m.label, lang), rank: m.rank, affects: m.affects }));
  if (p.unavailable) out.unavailable = pick(p.unavailable, lang);
  return out;
}

/**
 * `{ ...p without parameters, figures }` written out: the same keys in the same order (optional
 * ones only when set, as screenOne adds them), without the rest-spread copy, which was the
 * costliest part of building an answer.
 */
function withoutParameters(p: ProgramScreening, figures: unknown[]) {
  const out: Record<string, unknown> = {
    id: p.id,
    name: p.name,
    status: p.status,
    amount: p.amount,
    amountLabel: p.amountLabel,
    summary: p.summary,
    reasons: p.reasons,
    missing: p.missing,
    evidence: p.evidence,
  };
  if ('figuresNote' in p) out.figuresNote = p.figuresNote;
  if ('unavailable' in p) out.unavailable = p.unavailable;
  if ('unavailableParameter' in p) out.unavailableParameter = p.unavailableParameter;
  if ('nextFiguresOn' in p) out.nextFiguresOn = p.nextFiguresOn;
  if ('figuresYear' in p) out.figuresYear = p.figuresYear;
  out.figures = figures;
  return out;
}

const pick = (l: Label, lang: Lang): Partial<Label> => (lang === 'ko' ? { ko: l.ko } : { en: l.en });

/** The old answer, for clients that asked for it with `?detail=full`. */
export function fullScreening(s: Screening) {
  return { date: s.date, rulesVersion: s.rulesVersion, programs: s.programs, nextQuestions: s.nextQuestions };
}
