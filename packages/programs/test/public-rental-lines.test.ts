import type { Household, Program } from '@jibsa/rules';
import { describe, it } from 'vitest';
import {
  happyElderly,
  happyNewlywed,
  happyYouth,
  integratedRental,
  jeonseRental,
  nationalRental,
  permanentRental,
  purchaseRental,
} from '../src/public-rental/programs.ts';
import { seniorWelfareHousing } from '../src/senior-welfare-housing/program.ts';
import { check, family, gwangjuRenter, person } from './helpers.ts';

/**
 * 공공임대 income lines, computed by hand from the cited tables (public-rental/parameters.ts):
 *   도시근로자 월평균소득 2025: 1인 3,598,164 · 2인 5,477,003 · 3인 7,626,973 · 4인 8,578,088 · 5인 9,031,048
 *   도시근로자 월평균소득 2026: 1인 3,813,363 · 2인 5,866,270 · 3인 8,168,429 · 4인 8,802,202
 *   기준 중위소득 2025: 1인 2,392,013 · 3인 5,025,353;  2026: 1인 2,564,238 · 2인 4,199,292
 * Lines are rounded to the won (2026 notices print 1인 120 % = 4,576,036 = round(3,813,363 × 1.2)).
 * Each row gives: at the line → eligible; 1 won over → ineligible.
 */
interface Line {
  program: Program;
  date: string;
  size: number;
  line: number;
  calc: string;
  headAge: number;
  fields?: Record<string, unknown>;
  /** Split the income between head and spouse (맞벌이). */
  dual?: boolean;
}

const NEWLYWED = { married: true, marriedYears: 3 };
const YOUTH = { married: false };

const LINES: Line[] = [
  {
    program: permanentRental,
    date: '2025-06-01',
    size: 1,
    line: 2_518_715,
    calc: '3,598,164 × 70 % = 2,518,714.8',
    headAge: 50,
  },
  {
    program: permanentRental,
    date: '2025-06-01',
    size: 3,
    line: 3_813_487,
    calc: '7,626,973 × 50 % = 3,813,486.5',
    headAge: 50,
  },
  {
    program: permanentRental,
    date: '2026-06-01',
    size: 1,
    line: 2_669_354,
    calc: '3,813,363 × 70 % = 2,669,354.1',
    headAge: 50,
  },
  { program: permanentRental, date: '2026-06-01', size: 4, line: 4_401_101, calc: '8,802,202 × 50 %', headAge: 50 },
  {
    program: nationalRental,
    date: '2025-06-01',
    size: 1,
    line: 3_238_348,
    calc: '3,598,164 × 90 % = 3,238,347.6',
    headAge: 50,
  },
  {
    program: nationalRental,
    date: '2025-06-01',
    size: 3,
    line: 5_338_881,
    calc: '7,626,973 × 70 % = 5,338,881.1',
    headAge: 50,
  },
  {
    program: nationalRental,
    date: '2026-06-01',
    size: 1,
    line: 3_432_027,
    calc: '3,813,363 × 90 % = 3,432,026.7',
    headAge: 50,
  },
  { program: nationalRental, date: '2026-06-01', size: 2, line: 4_693_016, calc: '5,866,270 × 80 %', headAge: 50 },
  {
    program: happyYouth,
    date: '2025-06-01',
    size: 1,
    line: 4_317_797,
    calc: '3,598,164 × 120 % (2025 table copy prints 4,317,797)',
    headAge: 30,
    fields: YOUTH,
  },
  {
    program: happyYouth,
    date: '2026-06-01',
    size: 1,
    line: 4_576_036,
    calc: '3,813,363 × 120 % (2026 notices print 4,576,036)',
    headAge: 30,
    fields: YOUTH,
  },
  {
    program: happyNewlywed,
    date: '2025-06-01',
    size: 2,
    line: 6_024_703,
    calc: '외벌이 5,477,003 × 110 % = 6,024,703.3',
    headAge: 32,
    fields: NEWLYWED,
  },
  {
    program: happyNewlywed,
    date: '2025-06-01',
    size: 2,
    line: 6_572_404,
    calc: '맞벌이 5,477,003 × 120 % = 6,572,403.6',
    headAge: 32,
    fields: NEWLYWED,
    dual: true,
  },
  {
    program: happyNewlywed,
    date: '2026-06-01',
    size: 2,
    line: 6_452_897,
    calc: '외벌이 5,866,270 × 110 %',
    headAge: 32,
    fields: NEWLYWED,
  },
  {
    program: happyNewlywed,
    date: '2026-06-01',
    size: 2,
    line: 7_626_151,
    calc: '맞벌이 5,866,270 × 130 %',
    headAge: 32,
    fields: NEWLYWED,
    dual: true,
  },
  {
    program: happyElderly,
    date: '2025-06-01',
    size: 1,
    line: 4_317_797,
    calc: '3,598,164 × 120 % = 4,317,796.8',
    headAge: 70,
  },
  { program: happyElderly, date: '2026-06-01', size: 2, line: 6_452_897, calc: '5,866,270 × 110 %', headAge: 70 },
  {
    program: integratedRental,
    date: '2025-06-01',
    size: 1,
    line: 4_066_422,
    calc: '중위 2,392,013 × 170 % = 4,066,422.1',
    headAge: 50,
  },
  {
    program: integratedRental,
    date: '2025-06-01',
    size: 3,
    line: 7_538_030,
    calc: '중위 5,025,353 × 150 % = 7,538,029.5',
    headAge: 50,
  },
  {
    program: integratedRental,
    date: '2026-06-01',
    size: 1,
    line: 4_359_205,
    calc: '중위 2,564,238 × 170 % = 4,359,204.6',
    headAge: 50,
  },
  {
    program: integratedRental,
    date: '2026-06-01',
    size: 2,
    line: 6_718_867,
    calc: '중위 4,199,292 × 160 % = 6,718,867.2',
    headAge: 50,
  },
  {
    program: purchaseRental,
    date: '2025-06-01',
    size: 1,
    line: 2_518_715,
    calc: '3,598,164 × 70 % (1인) = 2,518,714.8',
    headAge: 50,
  },
  {
    program: purchaseRental,
    date: '2026-06-01',
    size: 1,
    line: 2_669_354,
    calc: '3,813,363 × 70 % (1인) = 2,669,354.1',
    headAge: 50,
  },
  {
    program: jeonseRental,
    date: '2025-06-01',
    size: 2,
    line: 3_286_202,
    calc: '5,477,003 × 60 % (2인) = 3,286,201.8',
    headAge: 50,
  },
  {
    program: jeonseRental,
    date: '2026-06-01',
    size: 1,
    line: 2_669_354,
    calc: '3,813,363 × 70 % (1인) = 2,669,354.1',
    headAge: 50,
  },
  {
    program: seniorWelfareHousing,
    date: '2025-06-01',
    size: 1,
    line: 2_518_715,
    calc: '영구임대 1인 3,598,164 × 70 %',
    headAge: 70,
  },
  {
    program: seniorWelfareHousing,
    date: '2026-06-01',
    size: 2,
    line: 3_519_762,
    calc: '영구임대 2인 5,866,270 × 60 %',
    headAge: 70,
  },
];

function atIncome(l: Line, income: number): Household {
  const members = family(l.size, l.headAge, { earned: l.dual ? income - 1_000_000 : income });
  if (l.dual) members[1] = person('spouse', l.headAge, { earned: 1_000_000 });
  return gwangjuRenter(members, l.fields);
}

describe('공공임대: income lines (at the line eligible, 1 won over ineligible)', () => {
  for (const l of LINES) {
    const name = `${l.program.id} ${l.date.slice(0, 4)} ${l.size}인${l.dual ? ' 맞벌이' : ''}: ${l.calc} → ${l.line.toLocaleString()}`;
    it(`${name}; at the line`, () =>
      check(l.program, { name, date: l.date, household: atIncome(l, l.line), expect: { status: 'eligible' } }));
    it(`${name}; 1 won over`, () =>
      check(l.program, { name, date: l.date, household: atIncome(l, l.line + 1), expect: { status: 'ineligible' } }));
  }
});
