import type { District } from '../db/schema.ts';
import { DISTRICTS } from './districts.ts';
import type { Random } from './random.ts';

// Fictional on purpose: a surname + "OO" style alias, never a real name or 주민등록번호.
const SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권'];
const HOUSING_TYPES = [
  'apartment',
  'multi_family',
  'detached',
  'semi_basement',
  'goshiwon',
  'jjokbang',
  'officetel',
] as const;

export interface DemoHousehold {
  district: District;
  alias: string;
  household: Record<string, unknown>;
}

export function makeDemoHousehold(rand: Random): DemoHousehold {
  const district = rand.pick(DISTRICTS);
  const size = rand.pick([1, 1, 1, 2, 2, 3, 4, 5]);
  const members = Array.from({ length: size }, (_, i) => {
    const age = i === 0 ? rand.int(20, 88) : rand.int(0, 80);
    const works = age >= 19 && age < 70 && rand.chance(0.55);
    return {
      relation: i === 0 ? 'head' : age < 19 ? 'child' : rand.pick(['spouse', 'parent', 'other']),
      age,
      disability: rand.chance(0.08),
      earnedIncome: works ? rand.int(40, 320) * 10_000 : 0,
      otherIncome: rand.chance(0.3) ? rand.int(5, 60) * 10_000 : 0,
    };
  });
  const housingType =
    size === 1 && rand.chance(0.25) ? rand.pick(['goshiwon', 'jjokbang'] as const) : rand.pick(HOUSING_TYPES);
  const tenure =
    housingType === 'goshiwon' || housingType === 'jjokbang'
      ? 'monthly_rent'
      : rand.pick(['monthly_rent', 'monthly_rent', 'jeonse', 'owner'] as const);
  return {
    district: district.id,
    alias: `${rand.pick(SURNAMES)}OO`,
    household: {
      region: { sido: '광주광역시', sigungu: district.ko },
      members,
      housing: {
        tenure,
        type: housingType,
        deposit: tenure === 'owner' ? 0 : rand.int(0, 60) * 1_000_000,
        monthlyRent: tenure === 'monthly_rent' ? rand.int(15, 60) * 10_000 : 0,
      },
      assets: {
        financial: rand.int(0, 30) * 1_000_000,
        car: rand.chance(0.3) ? rand.int(3, 20) * 1_000_000 : 0,
        debt: rand.int(0, 10) * 1_000_000,
      },
    },
  };
}
