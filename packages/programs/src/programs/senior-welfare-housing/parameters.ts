/**
 * 고령자복지주택 (LH: 공공임대 + 1층 사회복지시설). Selection follows 영구임대-type rules for 만 65세 이상;
 * income/asset figures reuse public-rental parameters (public-rental.permanent.*). Only the age is encoded.
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const LH_NOTICE: Citation = {
  title: 'LH 고령자복지주택 입주자모집공고',
  url: 'https://apply.lh.or.kr',
  article: '신청자격 (순위별)',
};

export const ageMin: ParameterDef = {
  id: 'senior-welfare-housing.age-min',
  label: { ko: '최저 연령 (만)', en: 'Minimum age' },
  unit: 'years',
  periods: [
    {
      from: '2019-01-01',
      value: 65,
      citation: LH_NOTICE,
      evidence: 'secondary',
      note: 'Secondary (several guides: 만 65세 이상 무주택, 수급자·차상위 우선). Notices rank 1·2·3순위 separately and 1순위 may be exempt from income/asset checks — check each notice. The 2018-09-28 시행규칙 text (xxyy89890-wq/legalize-kr, id 55175535733) 제14조② already read "고령자복지주택 … 65세 이상으로서 다음 각 호의 순위" for the 영구임대 type, but the rule moved to 별표 6의3/6의4 later and the versions in between were not all read, so this period stays unverified.',
    },
    {
      from: '2026-08-24',
      value: 65,
      citation: {
        title: '공공주택 특별법 시행규칙 [별표 6의4] 공공임대주택의 입주자 선정 특례 기준 등 <개정 2026. 8. 24.>',
        url: 'https://www.law.go.kr/법령/공공주택특별법시행규칙',
        article: '제1호 고령자복지주택 가목',
      },
      evidence: 'official',
      note: 'Official text read: "입주자모집공고일 현재 65세 이상인 무주택세대구성원에게 … 영구임대주택, 국민임대주택, 행복주택: 제1순위 별표 3 제1호가목 (수급자), 제2순위 같은 호 나목 (국가유공자 등, 70 %), 제3순위 같은 호 차목 (50 %, 1인 70 %, 2인 60 %)" and 다목 the 제13조제3항 자산요건. Copy of the law.go.kr text fetched 2026-10-05 (시행 2026-08-24), stored in cheongyak/cheongyak.github.io evidence/law/public/byeolpyo_6_4.txt (search id 70300354444). The 별표 was amended 2026-08-24, so earlier wording is not covered by this read.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [ageMin];

/**
 * The program page's research log (its metadata `notes`), kept here as a `note` so that the self-check's bundle leaves
 * it out like the figures' notes (packages/web/build/strip-research-notes.ts); the API serves it with the metadata.
 */
export const programResearch = {
  note: 'Complexes are built one at a time; whether any exists or is planned in Gwangju was NOT verified. 1순위 may be exempt from income/asset checks (seen in a notice parser).',
};
