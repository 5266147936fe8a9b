import { decideWithReasons, type Label } from '@jibsa/rules';
import { checkHousehold } from '../household/prepare.ts';
import { housingType } from './housing-types.ts';
import { type NoticeLimits, type NoticeSource, noticeLimitsProgram } from './limits.ts';

export interface NoticeTerms {
  readonly housingType: string;
  /** Programs beyond the housing type's own (a notice may name more). */
  readonly programIds?: readonly string[];
  readonly limits?: NoticeLimits;
  /** The notice the limits are cited to; without it they are cited to an unnamed 모집공고 of the day. */
  readonly source?: NoticeSource;
}

/**
 * What is known about a household: the engine's result per program, and the household itself in the
 * engine's input format (as the self-check or a case holds it: an address or a 구, members with an
 * age or a birth date), on which the notice's own limits are evaluated.
 */
export interface Applicant {
  readonly programs: readonly {
    readonly id: string;
    readonly name?: Label;
    readonly status: string;
    /** The program's missing inputs, ranked (as a screening gives them): what to ask to decide it. */
    readonly missing?: readonly { readonly label: Label }[];
  }[];
  readonly household: unknown;
}

export interface NoticeFit {
  /** yes: fits; maybe: nothing rules it out but something is not known; no: something rules it out. */
  readonly fit: 'yes' | 'maybe' | 'no';
  readonly reasons: readonly Label[];
  readonly missing: readonly Label[];
}

/** A fit lists at most this many answers still needed for the housing type's program (the first to ask). */
const MAX_ASKS = 3;

export function noticeProgramIds(terms: NoticeTerms): string[] {
  return [...new Set([...(housingType(terms.housingType)?.programIds ?? []), ...(terms.programIds ?? [])])];
}

/** The fields of a notice as the API answers them (server notices/store.ts), for matchNotice. */
export interface NoticeLike {
  readonly title: string;
  readonly housingType: string;
  readonly programIds?: readonly string[];
  readonly limits?: NoticeLimits;
  readonly url: string | null;
  readonly permalink: string;
  readonly applicationStart: string | null;
  readonly applicationEnd: string;
}

/** A notice's terms, with its own limits cited to it: the same on the server and in the browser. */
export function noticeTerms(n: NoticeLike): NoticeTerms {
  return {
    housingType: n.housingType,
    ...(n.programIds ? { programIds: n.programIds } : {}),
    ...(n.limits ? { limits: n.limits } : {}),
    source: { title: n.title, url: n.url ?? n.permalink, date: n.applicationStart ?? n.applicationEnd },
  };
}

/**
 * Does a household fit a notice on `date`? The engine decides the housing type's program (any one
 * of them eligible is enough, as a person applies under one supply type) and the notice's own
 * limits, written as engine expressions (limits.ts): their reasons are the engine's sentences and
 * what is missing is the engine's ranked list of inputs, as for any program. Runs in the browser
 * (the self-check's answers never leave it) and on the server (cases) alike.
 */
export function matchNotice(terms: NoticeTerms, who: Applicant, date: string): NoticeFit {
  const reasons: Label[] = [];
  const missing: Label[] = [];
  let ruledOut = false;
  const ids = noticeProgramIds(terms);
  const results = who.programs.filter((p) => ids.includes(p.id));
  const eligible = results.find((p) => p.status === 'eligible');
  const unknown = results.find((p) => p.status === 'unknown');
  const nameOf = (p: { id: string; name?: Label }) => p.name ?? { ko: p.id, en: p.id };
  if (ids.length === 0) {
    missing.push({
      ko: '이 공고의 자격은 공고문을 직접 확인해야 합니다',
      en: "check this notice's eligibility in its text",
    });
  } else if (eligible) {
    reasons.push({ ko: `${nameOf(eligible).ko} 자격에 맞음`, en: `meets ${nameOf(eligible).en}` });
  } else if (unknown) {
    // Name the answers that would decide it, as the program's own card does, rather than "more is needed".
    const asks = unknown.missing?.slice(0, MAX_ASKS) ?? [];
    if (asks.length > 0) missing.push(...asks.map((m) => m.label));
    else
      missing.push({
        ko: `${nameOf(unknown).ko} 자격을 판단할 정보가 더 필요함`,
        en: `more information needed to decide ${nameOf(unknown).en}`,
      });
  } else {
    ruledOut = true;
    reasons.push(
      results.length
        ? {
            ko: `${nameOf(results[0] as (typeof results)[number]).ko} 자격에 맞지 않음`,
            en: `does not meet ${nameOf(results[0] as (typeof results)[number]).en}`,
          }
        : { ko: '이 주택 유형의 선별 결과가 없음', en: 'no screening result for this housing type' },
    );
  }

  const own = ownLimits(terms, who.household, date);
  if (own) {
    reasons.push(...own.reasons);
    // The program and the notice may want the same answer (an age, savings): ask it once.
    for (const m of own.missing) if (!missing.some((x) => x.ko === m.ko)) missing.push(m);
    if (own.ruledOut) ruledOut = true;
  }
  return { fit: ruledOut ? 'no' : missing.length > 0 ? 'maybe' : 'yes', reasons, missing };
}

/**
 * The notice's own limits, decided by the engine. The household is prepared as for a screening on
 * `date` (ages from birth dates, the 구 from an address); the figures are the notice's, read as of
 * its own date. A household the schema refuses is read as unknown rather than guessed at.
 */
function ownLimits(
  terms: NoticeTerms,
  household: unknown,
  date: string,
): { reasons: Label[]; missing: Label[]; ruledOut: boolean } | null {
  const source = terms.source ?? { title: '모집공고', url: '/board', date };
  const program = terms.limits ? noticeLimitsProgram(terms.limits, source) : null;
  if (!program) return null;
  const checked = checkHousehold(household ?? {}, date);
  const result = decideWithReasons(program, checked.ok ? checked.value : {}, { date: source.date, values: false });
  return {
    reasons: result.criteria.filter((c) => c.outcome !== null).map((c) => c.sentence),
    missing: result.missing.map((m) => m.label),
    ruledOut: result.status === 'ineligible',
  };
}
