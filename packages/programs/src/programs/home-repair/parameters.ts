/**
 * 주거환경개선·집수리. Only one figure could be found, and only in a secondary source.
 * 주거급여 수선유지급여 (경·중·대보수) belongs to the housing-benefit researcher and is NOT duplicated here.
 */
import type { Citation, ParameterDef } from '@jibsa/rules';

const RURAL_DISABLED: Citation = {
  title: '보건복지부 「농어촌 장애인 주택개조사업」 안내 (장애인복지사업안내)',
  url: 'https://www.bokjiro.go.kr',
  article: '지원내용 (가구당 지원한도)',
};

export const ruralDisabledMaxPerHome: ParameterDef = {
  id: 'home-repair.rural-disabled.max-per-home',
  label: { ko: '농어촌 장애인 주택개조 가구당 지원한도', en: 'Rural disabled home adaptation: limit per home' },
  unit: 'KRW',
  informationOnly: 'The program is listed for information only (no screenable rule yet).',
  periods: [
    {
      from: '2019-01-01',
      value: 3_800_000,
      citation: RURAL_DISABLED,
      evidence: 'single',
      note: 'Secondary only (one welfare app: "장애인 주택개조비 최대 380만원, 주택 소유 장애인 가구"). Start year and whether it rose later NOT verified. Applies to 읍·면 (농어촌) areas — most of Gwangju\'s 5 구 are urban dong, so few Gwangju residents will fit.',
    },
  ],
};

export const parameters: readonly ParameterDef[] = [ruralDisabledMaxPerHome];

/**
 * The program pages' research logs (their metadata `notes`), kept here as `note`s so that the self-check's bundle
 * leaves them out like the figures' notes (packages/web/build/strip-research-notes.ts); the API serves them.
 */
export const metadataResearch: Readonly<Record<string, { readonly note?: string }>> = {
  'home-repair.rural-disabled': {
    note: 'Amount and rules from secondary sources only. Urban dong in Gwangju are normally not covered.',
  },
  'home-repair.low-income-repair': {
    note: 'No Gwangju-specific 집수리 scheme (name, amount, agency) could be verified. Ask the 구청 or a 주거복지센터.',
  },
};
