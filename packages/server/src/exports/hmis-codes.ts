import type { ReferralStatus } from '../db/schema.ts';

/**
 * Jibsa's codes turned into HMIS CSV (FY2024) response codes. Pure, so each mapping is tested and
 * documented (docs/hmis-csv-mapping.md) apart from the queries. 99 = "Data not collected" wherever
 * Jibsa does not know the answer: an honest 99 is better than a guessed code.
 */

export const NOT_COLLECTED = 99;

/** 3.15 RelationshipToHoH from the case person's relation (the engine's relation codes). */
export function relationshipToHoH(relation: string): number {
  switch (relation) {
    case 'head':
      return 1; // Self (head of household)
    case 'child':
      return 2; // Head of household's child
    case 'spouse':
      return 3; // Head of household's spouse or partner
    case 'parent':
    case 'grandchild':
    case 'sibling':
      return 4; // Head of household's other relation member
    case 'other':
      return 5; // Other: non-relation member
    default:
      return NOT_COLLECTED;
  }
}

/**
 * 3.917.1 LivingSituation at entry from the case's housing. Non-housing first (it says more than
 * tenure does): 비닐하우스·컨테이너 and "no dwelling" are a place not meant for habitation; 고시원·
 * 쪽방·여인숙 are rooms paid night by night or month by month, the nearest HMIS code being a hotel or
 * motel paid without an emergency shelter voucher; 보호시설 is an emergency shelter.
 */
export function livingSituation(housing: { tenure?: string; housingType?: string }): number {
  switch (housing.housingType) {
    case 'vinyl_house':
    case 'other_non_housing':
      return 116;
    case 'goshiwon':
    case 'jjokbang':
    case 'inn':
      return 314;
    case 'shelter':
      return 101;
  }
  switch (housing.tenure) {
    case 'homeless':
      return 116;
    case 'monthly_rent':
    case 'jeonse':
      return 410; // Rental by client, no ongoing housing subsidy
    case 'owner':
      return 411; // Owned by client, no ongoing housing subsidy
    default:
      return NOT_COLLECTED; // 무상 거주 and unknown: HMIS has no plain match
  }
}

/** Outcomes that mean the household got what it was referred for. */
const ATTAINED = new Set(['입주 확정', '지원 결정', '공사 완료', '연계 완료']);
/**
 * A place on a waiting list (예비입주자 선정): the agency has answered, but the household has neither
 * got a home nor been turned down, so neither success nor failure is claimed.
 */
const WAITING = '예비입주자 선정';

/**
 * 4.20.D ReferralResult on an Event row: 1 successful referral (client accepted), 2 unsuccessful
 * (client rejected), 3 unsuccessful (provider rejected). Only the rows that settle a referral carry
 * one; the others leave it empty.
 */
export function referralResult(to: ReferralStatus, outcome: string | null): number | null {
  if (to === 'accepted') return 1;
  if (to === 'rejected') return 3;
  if (to === 'completed') {
    if (outcome === WAITING) return null;
    if (outcome && ATTAINED.has(outcome)) return 1;
    if (outcome === '대상 아님') return 3;
    return 2; // 본인 포기, 연락 두절: the household did not go on
  }
  if (to === 'cancelled') return 2; // withdrawn on the household's side by the center
  return null;
}

/**
 * ReferralOutcome on a Services row (the PATH referral element: 1 attained, 2 not attained,
 * 3 unknown), from where the referral stands: empty while it is still open, unknown while the
 * household waits on the agency's list.
 */
export function referralOutcome(status: ReferralStatus, outcome: string | null): number | null {
  if (status === 'completed' && outcome === WAITING) return 3;
  if (status === 'completed') return outcome && ATTAINED.has(outcome) ? 1 : 2;
  if (status === 'rejected' || status === 'cancelled') return 2;
  return null;
}

/** Agency kinds whose housing is a public rental unit (LH, 광주도시공사, 주택관리공단). */
const PUBLIC_HOUSING_KINDS = new Set(['public_housing', 'housing_management']);

/**
 * 4.20.2 Event (the kind of referral) from the receiving agency's kind: housing agencies take
 * referrals to a permanent housing opening (15), repair groups, 구청 benefit desks and finance
 * take referrals to assistance (16), counseling (쪽방상담소) to housing navigation (7).
 */
export function eventCode(agencyKind: string): number {
  if (PUBLIC_HOUSING_KINDS.has(agencyKind)) return 15;
  if (agencyKind === 'counseling') return 7;
  return 16;
}

/**
 * Services RecordType and TypeProvided: Jibsa's referrals are written as RecordType 161 (the
 * PATH "referral provided" record, the one HMIS record type with a ReferralOutcome), TypeProvided
 * 7 permanent housing for housing agencies, 6 housing services for the rest.
 */
export const SERVICES_RECORD_TYPE = 161;
export function typeProvided(agencyKind: string): number {
  return PUBLIC_HOUSING_KINDS.has(agencyKind) ? 7 : 6;
}

export interface ExitDestination {
  destination: number;
  /** 3.12.A, only with destination 435. */
  subsidyType: number | null;
  /** Where the code came from: a referral's outcome, the closing reason's words, or nothing. */
  source: 'referral' | 'closing_reason' | 'none';
}

/**
 * 3.12 Destination of a closed case. A completed 입주 확정 referral is the strongest evidence:
 * rental with ongoing subsidy (435), subsidy type public housing unit (434) when the agency is a
 * public landlord, other subsidy (420) otherwise. Else a few plain words in the closing reason
 * (free text, never exported itself); else 99.
 */
export function exitDestination(movedInAgencyKind: string | null, closingReason: string | null): ExitDestination {
  if (movedInAgencyKind !== null) {
    return {
      destination: 435,
      subsidyType: PUBLIC_HOUSING_KINDS.has(movedInAgencyKind) ? 434 : 420,
      source: 'referral',
    };
  }
  const reason = (closingReason ?? '').replace(/\s+/g, '');
  if (reason.includes('입주')) return { destination: 435, subsidyType: 420, source: 'closing_reason' };
  if (reason.includes('사망')) return { destination: 24, subsidyType: null, source: 'closing_reason' };
  if (reason.includes('연락두절')) return { destination: 30, subsidyType: null, source: 'closing_reason' };
  return { destination: NOT_COLLECTED, subsidyType: null, source: 'none' };
}
