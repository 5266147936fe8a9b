import { applicantAged } from '../../shared/criteria/applicant.ts';
import { permanentTotalAssets } from '../public-rental/parameters.ts';
import { livelihoodRecipient, permanentIncomeLine, publicRentalProgram } from '../public-rental/programs.ts';
import { ageMin } from './parameters.ts';

/**
 * 고령자복지주택 (LH): 만 65세 이상 무주택, selected like 영구임대 (parameters.ts header): 생계급여
 * 수급자 first without a means test, others within the 영구임대 income and asset limits (from 2025).
 * Not screened: notices rank 1·2·3순위 differently (1순위 may skip the income/asset checks) and a
 * complex must exist near the applicant — none in Gwangju was verified.
 */
export const seniorWelfareHousing = publicRentalProgram({
  id: 'senior-welfare-housing',
  label: { ko: '고령자복지주택', en: 'Public rental housing with care services for older people' },
  group: {
    age: applicantAged('seniorAge', ageMin),
  },
  incomeLine: permanentIncomeLine,
  assetLimit: permanentTotalAssets,
  waivedFor: livelihoodRecipient,
});
