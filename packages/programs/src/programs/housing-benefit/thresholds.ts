import { shareOfMedian } from '../../shared/criteria/household-size.ts';
import { livelihoodRate } from '../basic-livelihood/parameters.ts';
import { housingRate } from './parameters.ts';

/** 주거급여 선정기준 (기준 중위소득 × 주거급여 선정기준 비율). */
export const housingLine = shareOfMedian(
  'housingBenefitLine',
  { ko: '주거급여 선정기준', en: 'housing benefit threshold' },
  housingRate,
);

/** 생계급여 선정기준: above it, a housing-benefit household pays part of its rent itself. */
export const livelihoodLine = shareOfMedian(
  'livelihoodBenefitLine',
  { ko: '생계급여 선정기준', en: 'livelihood benefit threshold' },
  livelihoodRate,
);
