/**
 * 주거취약계층 주거지원 (국토교통부 훈령 「주거취약계층 주거지원 업무처리지침」) and
 * 아동주거빈곤가구 우선 지원 (same 지침: 최저주거기준 미달 + 아동 가구).
 *
 * Only the residence-duration rule could be corroborated (secondary). The 지침's income/asset tests
 * and the 이사비·생활집기 amounts were NOT FOUND in readable form and are not encoded.
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const GUIDELINE: Citation = {
  title: '국토교통부 훈령 「주거취약계층 주거지원 업무처리지침」',
  url: 'https://www.law.go.kr/행정규칙/주거취약계층주거지원업무처리지침',
  article: '제3조(지원대상)',
};

export const minResidenceMonths: ParameterDef = {
  id: 'vulnerable-housing.min-residence-months',
  label: { ko: '비주택 최소 거주기간 (개월)', en: 'Minimum months living in non-housing' },
  unit: 'count',
  periods: [
    {
      from: '2019-01-01',
      value: 3,
      citation: GUIDELINE,
      evidence: 'secondary',
      note: 'Secondary (마이홈 page text: "쪽방, 고시원, 여인숙, 비닐하우스, 노숙인 쉼터 등에서 3개월 이상 거주하는 자"; nhuf 이주지원 버팀목: "3개월 이상 거주"). Unit is months (stored as a count).',
    },
  ],
};

const MYHOME: Citation = {
  title: '마이홈포털 — 주거취약계층 주거지원 / 비정상거처 거주자 이사비 지원 안내',
  url: 'https://www.myhome.go.kr',
};

/** 입주 소득기준: 도시근로자 월평균소득 50 % 이하 (public-rental.urban-worker-income 표 사용). */
export const incomeRate: ParameterDef = {
  id: 'vulnerable-housing.income-rate',
  label: { ko: '소득기준 (도시근로자 월평균소득 대비)', en: 'Income limit (share of urban-worker income)' },
  unit: 'ratio',
  periods: [
    {
      from: '2024-01-01',
      value: 0.5,
      citation: GUIDELINE,
      evidence: 'single',
      note: 'Secondary (program table dated 2026-03 citing 마이홈: "소득 50%이하: 1인 174만·2인 271만·3인 360만·4인 412만원" = 50 % of the 2024 urban-worker table). 생계·의료급여 수급자 are eligible without this test (usual LH practice; not confirmed).',
    },
  ],
};

export const totalAssets: ParameterDef = {
  id: 'vulnerable-housing.total-assets',
  label: { ko: '총자산 한도', en: 'Total assets limit' },
  unit: 'KRW',
  periods: [
    {
      from: '2024-01-01',
      value: 241_000_000,
      citation: GUIDELINE,
      evidence: 'single',
      note: 'Secondary (same table: 자산 24,100만원, 자동차 3,708만원). Probably follows the yearly 영구임대 asset rule; later years NOT FOUND.',
    },
  ],
};

export const carValue: ParameterDef = {
  id: 'vulnerable-housing.car-value',
  label: { ko: '자동차가액 한도', en: 'Car value limit' },
  unit: 'KRW',
  periods: [
    { from: '2024-01-01', value: 37_080_000, citation: GUIDELINE, evidence: 'single', note: 'Secondary (same table).' },
  ],
};

export const deposit: ParameterDef = {
  id: 'vulnerable-housing.deposit',
  label: { ko: '입주 보증금', en: 'Deposit to move in' },
  unit: 'KRW',
  informationOnly: 'The deposit a tenant pays on moving in; shown to people, not a condition of eligibility.',
  periods: [
    {
      from: '2024-01-01',
      value: 500_000,
      citation: MYHOME,
      evidence: 'secondary',
      note: 'Secondary: 보증금 50만원; 매입임대·전세임대·국민임대 연계; 2년 단위 재계약, 최장 20년. nhuf 이주지원 버팀목 also lends the 50만원 for public rental.',
    },
  ],
};

export const relocationAllowance: ParameterDef = {
  id: 'vulnerable-housing.relocation-allowance',
  label: { ko: '비정상거처 이사비·생필품 지원 상한 (1회)', en: 'One-off moving and household-goods allowance' },
  unit: 'KRW',
  periods: [
    {
      from: '2024-01-01',
      value: 400_000,
      citation: MYHOME,
      evidence: 'single',
      note: 'Secondary (2026-03 table citing 마이홈): 이사비 + 생필품 구입비 최대 40만원, 평생 1회, 소득·자산 기준 없음, 새 집 전입일부터 3개월 안에 새 주소지 읍면동 행정복지센터에 신청. Split between moving and goods NOT FOUND; start year NOT verified.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [
  minResidenceMonths,
  incomeRate,
  totalAssets,
  carValue,
  deposit,
  relocationAllowance,
];

/**
 * The program page's research log (its metadata `notes`), kept here as a `note` so that the self-check's bundle leaves
 * it out like the figures' notes (packages/web/build/strip-research-notes.ts); the API serves it with the metadata.
 */
export const programResearch = {
  note: 'Income/asset figures and the 40만원 allowance come from one secondary table (2026-03) citing 마이홈; the 지침 text itself was not read. 주거지원 상담 in Gwangju: local 주거복지센터 if any — not verified.',
};
