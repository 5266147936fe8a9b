/** A fictional single elderly renter in 광산구 (광주광역시 = 3급지), pension only: 2026 주거급여 247,000원. */
export const ELDERLY_RENTER = {
  region: 'metro',
  gwangjuDistrict: 'gwangsan',
  tenure: 'monthly_rent',
  deposit: 5_000_000,
  monthlyRent: 300_000,
  financialAssets: 2_000_000,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [{ age: 78, relation: 'head', earnedIncome: 0, businessIncome: 0, pensionIncome: 350_000, otherIncome: 0 }],
};
