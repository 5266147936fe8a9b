import {
  type CriterionSpec,
  defineProgram,
  type Label,
  type ParameterDef,
  type Program,
  p,
  type Unit,
  v,
} from '@jibsa/rules';
import { applicantAgeWithin } from '../criteria/applicant.ts';
import { totalAssets } from '../criteria/income.ts';
import { householdSchema } from '../household/schema.ts';

/** A notice's own limits beyond its housing type's program (the notice text decides them). */
export interface NoticeLimits {
  readonly minAge?: number;
  readonly maxAge?: number;
  /** Total assets cap in 원. */
  readonly assetCap?: number;
  /** 구 ids the applicant must live in (empty or absent: anywhere). */
  readonly residence?: readonly string[];
}

/**
 * Where the limits are written: the notice itself. Its figures are cited to it and take effect on
 * its date (the first day of application, or the last when no first day is given).
 */
export interface NoticeSource {
  readonly title: string;
  /** The official notice, or the notice's page on the board when it has no link of its own. */
  readonly url: string;
  readonly date: string;
}

const compiled = new Map<string, Program | null>();
/** Notices on a board at once are few; the bound keeps odd input from growing the cache. */
const MAX_COMPILED = 500;

/**
 * The notice's own limits as an engine program over the household schema, so the engine decides
 * them and explains them (sentences, figures cited to the notice, missing inputs ranked) exactly as
 * it does a program's criteria: the applicant's (가구주) age within the notice's bounds, 총자산
 * within its cap, and the 구 lived in. No limits: null.
 */
export function noticeLimitsProgram(limits: NoticeLimits, source: NoticeSource): Program | null {
  const key = JSON.stringify([limits.minAge, limits.maxAge, limits.assetCap, limits.residence, source]);
  let program = compiled.get(key);
  if (program === undefined) {
    program = build(limits, source);
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(key, program);
  }
  return program;
}

function build(limits: NoticeLimits, source: NoticeSource): Program | null {
  const figure = (id: string, label: Label, unit: Unit, value: number): ParameterDef => ({
    id: `notice.${id}`,
    label,
    unit,
    periods: [
      {
        from: source.date,
        value,
        citation: { title: source.title, url: source.url },
        // The notice is the law for its own applicants; staff copy the figure from its text.
        evidence: 'official',
        note: '모집공고에 적힌 값 (센터가 옮겨 적음)',
      },
    ],
  });
  const criteria: Record<string, CriterionSpec> = {};
  const { minAge, maxAge, assetCap, residence } = limits;
  if (minAge !== undefined || maxAge !== undefined) {
    const min =
      minAge === undefined
        ? undefined
        : figure('min-age', { ko: '최저 나이 (만)', en: 'minimum age' }, 'years', minAge);
    const max =
      maxAge === undefined
        ? undefined
        : figure('max-age', { ko: '최고 나이 (만)', en: 'maximum age' }, 'years', maxAge);
    const range: Label =
      min && max
        ? { ko: '만 {n:notice.min-age}~{n:notice.max-age}세', en: '{n:notice.min-age} to {n:notice.max-age}' }
        : min
          ? { ko: '만 {n:notice.min-age}세 이상', en: '{n:notice.min-age} or older' }
          : { ko: '만 {n:notice.max-age}세 이하', en: '{n:notice.max-age} or younger' };
    criteria.age = applicantAgeWithin(
      'noticeApplicantAge',
      { ko: `신청인 나이 ${range.ko}`, en: `applicant aged ${range.en}` },
      min,
      max,
    );
  }
  if (assetCap !== undefined) {
    const cap = figure('asset-cap', { ko: '공고의 총자산 상한', en: "the notice's asset cap" }, 'KRW', assetCap);
    criteria.assets = {
      label: { ko: '총자산이 공고의 상한 이하', en: "total assets within the notice's cap" },
      test: v.le(totalAssets, p(cap)),
    };
  }
  if (residence && residence.length > 0) {
    criteria.residence = {
      label: { ko: '공고가 정한 구에 삶', en: 'lives in a district the notice names' },
      test: v.oneOf(v.input('gwangjuDistrict'), residence),
    };
  }
  if (Object.keys(criteria).length === 0) return null;
  return defineProgram({
    id: 'notice.limits',
    label: { ko: '공고의 자체 조건', en: "the notice's own limits" },
    schema: householdSchema,
    criteria,
  });
}
