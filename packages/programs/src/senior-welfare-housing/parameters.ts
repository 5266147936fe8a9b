/**
 * 고령자복지주택 (LH: 공공임대 + 1층 사회복지시설). Selection follows 영구임대-type rules for 만 65세 이상;
 * income/asset figures reuse public-rental parameters (public_rental.permanent.*). Only the age is encoded.
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const LH_NOTICE: Citation = {
  title: 'LH 고령자복지주택 입주자모집공고',
  url: 'https://apply.lh.or.kr',
  article: '신청자격 (순위별)',
};

export const ageMin: ParameterDef = {
  id: 'senior_welfare_housing.age_min',
  label: { ko: '최저 연령 (만)', en: 'Minimum age' },
  unit: 'years',
  periods: [
    {
      from: '2019-01-01',
      value: 65,
      citation: LH_NOTICE,
      verified: false,
      note: 'Secondary (several guides: 만 65세 이상 무주택, 수급자·차상위 우선). Notices rank 1·2·3순위 separately and 1순위 may be exempt from income/asset checks — check each notice.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [ageMin];
