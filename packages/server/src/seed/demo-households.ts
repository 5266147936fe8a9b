import { GWANGJU_DISTRICTS as DISTRICTS } from '@jibsa/programs';
import type { District } from '../db/schema.ts';
import type { Random } from './random.ts';

// Fictional on purpose: a surname + "OO" alias, never a real name or 주민등록번호.
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
const HOUSING_TYPES = ['apartment', 'multi_family', 'multi_family', 'detached', 'semi_basement', 'officetel'] as const;
const NON_HOUSING = ['goshiwon', 'jjokbang', 'inn'] as const;

export interface DemoHousehold {
  district: District;
  alias: string;
  /** In the documented household format (@jibsa/programs householdSchema), so it can be screened. */
  household: Record<string, unknown>;
}

export function makeDemoHousehold(rand: Random): DemoHousehold {
  const district = rand.pick(DISTRICTS);
  const size = rand.pick([1, 1, 1, 2, 2, 3, 4, 5]);
  let spouses = 0;
  const members = Array.from({ length: size }, (_, i) => {
    const age = i === 0 ? rand.int(20, 88) : rand.int(0, 80);
    const works = age >= 19 && age < 70 && rand.chance(0.55);
    const drawn = i === 0 ? 'head' : age < 19 ? 'child' : rand.pick(['spouse', 'parent', 'other'] as const);
    // One spouse at most (the case form refuses a second): a second draw of 'spouse' becomes
    // 'other' without a new draw, so the rest of the demo data stays as it was.
    const relation = drawn === 'spouse' && spouses++ > 0 ? 'other' : drawn;
    return {
      relation,
      age,
      disabled: rand.chance(0.08),
      earnedIncome: works ? rand.int(40, 320) * 10_000 : 0,
      businessIncome: 0,
      pensionIncome: age >= 65 ? rand.int(20, 60) * 10_000 : 0,
      otherIncome: rand.chance(0.2) ? rand.int(5, 30) * 10_000 : 0,
      // No demo earner is in a group with its own deduction (no draw, so the rest stays as it was).
      ...(works ? { earnerGroup: 'none' as const } : {}),
    };
  });
  const nonHousing = size === 1 && rand.chance(0.2);
  const housingType = nonHousing ? rand.pick(NON_HOUSING) : rand.pick(HOUSING_TYPES);
  const tenure = nonHousing ? 'monthly_rent' : rand.pick(['monthly_rent', 'monthly_rent', 'jeonse', 'owner'] as const);
  const demo = {
    district: district.id,
    alias: `${rand.pick(SURNAMES)}OO`,
    household: {
      region: 'metro',
      gwangjuDistrict: district.id,
      tenure,
      housingType,
      ...(nonHousing ? { nonHousingMonths: rand.int(1, 60) } : {}),
      deposit:
        tenure === 'owner' ? 0 : tenure === 'jeonse' ? rand.int(30, 150) * 1_000_000 : rand.int(0, 30) * 1_000_000,
      monthlyRent: tenure === 'monthly_rent' ? rand.int(15, 60) * 10_000 : 0,
      ownsHome: tenure === 'owner',
      residentialProperty: tenure === 'owner' ? rand.int(50, 300) * 1_000_000 : 0,
      otherProperty: rand.chance(0.1) ? rand.int(10, 100) * 1_000_000 : 0,
      financialAssets: rand.int(0, 30) * 1_000_000,
      carValue: rand.chance(0.3) ? rand.int(3, 20) * 1_000_000 : 0,
      debts: rand.chance(0.3) ? rand.int(1, 30) * 1_000_000 : 0,
      members,
    },
  };
  // A demo car is an ordinary mid-size car for getting about (no draw, so the rest of the demo data stays as it was).
  if (demo.household.carValue > 0) {
    Object.assign(demo.household, { carKind: 'passenger', carEngine: 'under_2000', carUse: 'none' });
  }
  return demo;
}
