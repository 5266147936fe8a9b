import { screenHousehold } from '@jibsa/programs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResultSummary } from '../src/self-check/result/ResultSummary.tsx';

const date = '2026-06-01';
/** 29, alone in 서구, 보증금 1,000만원 · 월세 40만원: 주거급여 and 청년월세 both at 월 100만원 earned. */
const young = (earned: number) => ({
  region: 'metro',
  gwangjuDistrict: 'seo',
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 10_000_000,
  monthlyRent: 400_000,
  financialAssets: 1_000_000,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  ownsHome: false,
  livesApartFromParents: true,
  parentsHouseholdSize: 2,
  parentsMonthlyIncome: 3_000_000,
  parentsProperty: 100_000_000,
  married: false,
  receivesLivelihoodBenefit: false,
  receivesHousingBenefit: false,
  members: [
    {
      age: 29,
      yearAge: 29,
      relation: 'head',
      disabled: false,
      earnerGroup: 'none',
      earnedIncome: earned,
      businessIncome: 0,
      pensionIncome: 0,
      otherIncome: 0,
    },
  ],
});

function summary(household: object) {
  const s = screenHousehold(household, { date });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  const status = (id: string) => s.programs.find((p) => p.id === id)?.status;
  return { html: renderToStaticMarkup(<ResultSummary screening={s} />), status };
}

describe('the result summary’s monthly total', () => {
  it('says the sum may be less when it adds 청년월세 to 주거급여', () => {
    const { html, status } = summary(young(1_000_000));
    expect(status('housing-benefit.rent')).toBe('eligible');
    expect(status('youth-rent')).toBe('eligible');
    expect(html).toContain('실제로는 이보다 적을 수 있어요');
    expect(html).toMatch(/\((주거급여 \(임차급여\) · 청년월세 특별지원|청년월세 특별지원 · 주거급여 \(임차급여\))\)/);
  });

  it('says nothing of it when only one of them is added', () => {
    const { html, status } = summary(young(2_600_000));
    expect(status('housing-benefit.rent')).not.toBe('eligible');
    expect(html).toContain('data-total=');
    expect(html).not.toContain('실제로는 이보다 적을 수 있어요');
  });
});
