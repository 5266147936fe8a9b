import type { Label } from '@jibsa/rules';
import { canonicalProgramId } from './program-ids.ts';

/**
 * The places a person applies at, each spelled one way everywhere (the catalog's "신청하는 곳"
 * filter offered 17 near-duplicates made from the programs' free-text agency lines).
 */
export const AGENCIES = {
  'welfare-center': { ko: '행정복지센터', en: 'Community center (행정복지센터)' },
  'district-office': { ko: '구청', en: 'District office (구청)' },
  'city-hall': { ko: '광주광역시청', en: 'Gwangju City Hall' },
  lh: { ko: 'LH', en: 'LH (Korea Land & Housing Corporation)' },
  gmcc: { ko: '광주도시공사', en: 'Gwangju Metropolitan City Corporation' },
  bokjiro: { ko: '복지로 (온라인)', en: 'Bokjiro (online)' },
  'fund-banks': { ko: '주택도시기금 수탁은행', en: 'Housing fund banks' },
} as const satisfies Record<string, Label>;

export type AgencyId = keyof typeof AGENCIES;

/** Where each program is applied for; a test checks every catalog entry is here. */
export const PROGRAM_AGENCIES: Readonly<Record<string, readonly AgencyId[]>> = {
  'housing-benefit.rent': ['welfare-center', 'bokjiro'],
  'housing-benefit.repair': ['welfare-center', 'bokjiro'],
  'public-rental.permanent': ['welfare-center', 'lh', 'gmcc'],
  'public-rental.national': ['lh', 'gmcc'],
  'public-rental.happy-youth': ['lh', 'gmcc'],
  'public-rental.happy-newlywed': ['lh', 'gmcc'],
  'public-rental.happy-elderly': ['lh', 'gmcc'],
  'public-rental.integrated': ['lh'],
  'public-rental.purchase': ['lh', 'gmcc', 'welfare-center'],
  'public-rental.jeonse': ['lh', 'welfare-center'],
  'vulnerable-housing': ['welfare-center'],
  'emergency-housing': ['district-office', 'welfare-center'],
  'youth-rent': ['welfare-center', 'bokjiro'],
  'jeonse-loan.general': ['fund-banks'],
  'jeonse-loan.youth': ['fund-banks'],
  'jeonse-loan.newlywed': ['fund-banks'],
  'home-repair.low-income-repair': ['welfare-center', 'district-office'],
  'home-repair.rural-disabled': ['district-office'],
  'senior-welfare-housing': ['lh'],
  'basic-livelihood.livelihood': ['welfare-center', 'bokjiro'],
  'basic-livelihood.medical': ['welfare-center', 'bokjiro'],
  'basic-livelihood.education': ['welfare-center', 'bokjiro'],
  'gwangju-local.gmcc-rental': ['gmcc'],
  'gwangju-local.city-housing-programs': ['city-hall', 'district-office', 'welfare-center'],
};

export const agenciesOf = (programId: string): readonly AgencyId[] =>
  PROGRAM_AGENCIES[canonicalProgramId(programId)] ?? [];
