import { GWANGJU_DISTRICTS } from '../household/districts.ts';
import { housingType } from './housing-types.ts';

type Label = { readonly ko: string; readonly en: string };

/** A notice's own limits beyond its housing type's program (the notice text decides them). */
export interface NoticeLimits {
  readonly minAge?: number;
  readonly maxAge?: number;
  /** Total assets cap in 원. */
  readonly assetCap?: number;
  /** 구 ids the applicant must live in (empty or absent: anywhere). */
  readonly residence?: readonly string[];
}

export interface NoticeTerms {
  readonly housingType: string;
  /** Programs beyond the housing type's own (a notice may name more). */
  readonly programIds?: readonly string[];
  readonly limits?: NoticeLimits;
}

/** What is known about a household: the engine's result per program and a few facts. */
export interface Applicant {
  readonly programs: readonly { readonly id: string; readonly name?: Label; readonly status: string }[];
  readonly age?: number | null;
  readonly assets?: number | null;
  readonly district?: string | null;
}

export interface NoticeFit {
  /** yes: fits; maybe: nothing rules it out but something is not known; no: something rules it out. */
  readonly fit: 'yes' | 'maybe' | 'no';
  readonly reasons: readonly Label[];
  readonly missing: readonly Label[];
}

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Full years from a birth date (YYYY-MM-DD) to a day. */
function ageOn(birthDate: string, today: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return null;
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * The facts a notice's own limits read, from a household in the engine's input format: the head's
 * age (given, or from the birth date), total assets when every part is known, and the 구.
 */
export function householdFacts(household: unknown, today: string): Omit<Applicant, 'programs'> {
  const h = (household && typeof household === 'object' ? household : {}) as Record<string, unknown>;
  const head = (Array.isArray(h.members) ? h.members[0] : undefined) as Record<string, unknown> | undefined;
  const age = num(head?.age) ?? (typeof head?.birthDate === 'string' ? ageOn(head.birthDate, today) : null);
  const parts = ['financialAssets', 'otherProperty', 'carValue'].map((k) => num(h[k]));
  const assets = parts.every((p) => p !== undefined)
    ? (parts as number[]).reduce((a, b) => a + b, 0) - (num(h.debts) ?? 0)
    : null;
  const district = typeof h.gwangjuDistrict === 'string' ? h.gwangjuDistrict : null;
  return { age, assets, district };
}

export function noticeProgramIds(terms: NoticeTerms): string[] {
  return [...new Set([...(housingType(terms.housingType)?.programIds ?? []), ...(terms.programIds ?? [])])];
}

/** 3억 2,000만원 / 4,500만원: money as Korean notices write it. */
function won(n: number): string {
  const man = Math.round(n / 10_000);
  const eok = Math.floor(man / 10_000);
  const rest = man % 10_000;
  if (eok === 0) return `${rest.toLocaleString('ko-KR')}만원`;
  return rest ? `${eok}억 ${rest.toLocaleString('ko-KR')}만원` : `${eok}억원`;
}
const guName = (id: string) => GWANGJU_DISTRICTS.find((d) => d.id === id) ?? { ko: id, en: id };

/**
 * Does a household fit a notice? The engine decides the housing type's program (any one of them
 * eligible is enough, as a person applies under one supply type); the notice's own limits are
 * checked on the facts given. Every reason is a plain sentence for the counselor or the citizen.
 */
export function matchNotice(terms: NoticeTerms, who: Applicant): NoticeFit {
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

  const limits = terms.limits ?? {};
  if (limits.minAge !== undefined || limits.maxAge !== undefined) {
    const range = `${limits.minAge ?? ''}~${limits.maxAge ?? ''}세`;
    if (who.age === null || who.age === undefined) {
      missing.push({ ko: `나이 (공고 조건 만 ${range})`, en: `age (the notice asks ${range.replace('세', '')})` });
    } else if (
      (limits.minAge !== undefined && who.age < limits.minAge) ||
      (limits.maxAge !== undefined && who.age > limits.maxAge)
    ) {
      ruledOut = true;
      reasons.push({
        ko: `나이 만 ${who.age}세: 공고 조건 만 ${range} 밖`,
        en: `age ${who.age}: outside the notice's ${range.replace('세', '')}`,
      });
    } else reasons.push({ ko: `나이 만 ${who.age}세: 공고 조건 안`, en: `age ${who.age}: within the notice's range` });
  }
  if (limits.assetCap !== undefined) {
    if (who.assets === null || who.assets === undefined) {
      missing.push({
        ko: `재산 (공고 상한 ${won(limits.assetCap)})`,
        en: `assets (the notice's cap is ${won(limits.assetCap)})`,
      });
    } else if (who.assets > limits.assetCap) {
      ruledOut = true;
      reasons.push({
        ko: `재산 ${won(who.assets)}: 공고 상한 ${won(limits.assetCap)} 넘음`,
        en: `assets ${won(who.assets)} above the cap ${won(limits.assetCap)}`,
      });
    } else
      reasons.push({ ko: `재산 ${won(who.assets)}: 공고 상한 이하`, en: `assets ${won(who.assets)}: within the cap` });
  }
  if (limits.residence && limits.residence.length > 0) {
    const where = limits.residence.map((id) => guName(id));
    const list = { ko: where.map((w) => w.ko).join('·'), en: where.map((w) => w.en).join(', ') };
    if (!who.district)
      missing.push({ ko: `사는 구 (공고 조건 ${list.ko})`, en: `district (the notice asks ${list.en})` });
    else if (!limits.residence.includes(who.district)) {
      ruledOut = true;
      reasons.push({
        ko: `${guName(who.district).ko} 거주: 공고는 ${list.ko} 거주자만`,
        en: `lives in ${guName(who.district).en}: the notice is for ${list.en}`,
      });
    } else
      reasons.push({
        ko: `${guName(who.district).ko} 거주: 공고 조건에 맞음`,
        en: `lives in ${guName(who.district).en}: as the notice asks`,
      });
  }
  return { fit: ruledOut ? 'no' : missing.length > 0 ? 'maybe' : 'yes', reasons, missing };
}
