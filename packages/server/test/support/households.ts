/**
 * A fictional 78-year-old living alone in 광산구 (광주광역시 = 3급지), renting on a 500만원 deposit at 월세 30만원,
 * with a 35만원 pension and nothing saved: 2026 주거급여 247,000원. The CLI tests and the HTTP benches screen her.
 */
export const ELDERLY_RENTER_ALONE = {
  region: 'metro',
  gwangjuDistrict: 'gwangsan',
  tenure: 'monthly_rent',
  deposit: 5_000_000,
  monthlyRent: 300_000,
  financialAssets: 0,
  otherProperty: 0,
  carValue: 0,
  debts: 0,
  members: [{ age: 78, earnedIncome: 0, businessIncome: 0, pensionIncome: 350_000, otherIncome: 0 }],
};

/** The same renter with 200만원 saved and her relation named, as the server's screening tests send her. */
export const ELDERLY_RENTER = {
  ...ELDERLY_RENTER_ALONE,
  financialAssets: 2_000_000,
  members: [{ ...ELDERLY_RENTER_ALONE.members[0], relation: 'head' }],
};
