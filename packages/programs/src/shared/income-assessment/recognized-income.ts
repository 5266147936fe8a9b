import { type Arg, defineVariable, p, v } from '@jibsa/rules';
import { householdSize } from '../criteria/household-size.ts';
import { CITY_TYPE_BY_REGION, PROPERTY_REGION_BY_REGION } from '../criteria/region.ts';
import { joinPeriods, rekey } from '../criteria/rekey.ts';
import { yesNo } from '../criteria/yes-no.ts';
import { carExemptCountedShare, carExemptEngineLimit, NO_ENGINE_LIMIT } from './car-exemption-parameters.ts';
import {
  carGeneralRateEngineLimit,
  carGeneralRateLargeFamily,
  carGeneralRateOldCar,
  carGeneralRateSmallCommercial,
  carGeneralRateValueLimit,
} from './car-parameters.ts';
import { type EarningsBound, EXACT, earningsCounted } from './earnings-evaluation.ts';
import {
  basicPropertyByCityType,
  basicPropertyByRegion,
  conversionRate,
  financialLivingAllowance,
  leaseDepositRecognitionRate,
  residentialCapByCityType,
  residentialCapByRegion,
} from './parameters.ts';

/**
 * 소득인정액 = 소득평가액 + 재산의 소득환산액 (국민기초생활 보장법 제2조제8호, 시행령 제5조의4).
 *
 * A screening model, not the 사회보장정보시스템's full calculation: 가구특성별 지출비용 is left out. 주거용재산 is
 * capped by the 한도 first (the part above it is 일반재산), then 기본재산액 and 부채 are taken from 주거용 → 일반 →
 * 금융재산 in that order (see `residentialWithinCap`). The flat deductions from earnings (young, 75세 이상, disabled,
 * and the groups of `earnerGroup`: earnings-evaluation.ts) are in: they decide eligibility (a 30-year-old earning
 * 130만원 in 2026 qualifies for 생계급여 only with it).
 */

/** Before 2024 the tables are by city type, from 2024 by region; both are keyed here by our region enum. */
export const basicProperty = joinPeriods('income-assessment.basic-property', basicPropertyByRegion.label, [
  rekey(basicPropertyByCityType, { id: 'x', dimension: 'cityType', map: CITY_TYPE_BY_REGION }),
  rekey(basicPropertyByRegion, { id: 'x', dimension: 'propertyRegion', map: PROPERTY_REGION_BY_REGION }),
]);
export const residentialCap = joinPeriods('income-assessment.residential-property-cap', residentialCapByRegion.label, [
  rekey(residentialCapByCityType, { id: 'x', dimension: 'cityType', map: CITY_TYPE_BY_REGION }),
  rekey(residentialCapByRegion, { id: 'x', dimension: 'propertyRegion', map: PROPERTY_REGION_BY_REGION }),
]);

export const workIncome = defineVariable(
  'workIncome',
  { ko: '가구 근로·사업소득', en: 'household earnings from work and business' },
  'KRW/month',
  v.sumMembers((m) => v.add(m.input('earnedIncome'), m.input('businessIncome'))),
);

export const otherIncome = defineVariable(
  'otherIncomeTotal',
  { ko: '가구 연금·기타 소득', en: 'household pensions and other income' },
  'KRW/month',
  v.sumMembers((m) => v.add(m.input('pensionIncome'), m.input('otherIncome'))),
);

const HIGH: EarningsBound = { age: 'hi', disabled: 'hi', group: 'hi' };
const LOW: EarningsBound = { age: 'lo', disabled: 'lo', group: 'lo' };
const evaluation = (b: EarningsBound) => v.add(earningsCounted(b), otherIncome);

export const incomeEvaluation = defineVariable(
  'incomeEvaluation',
  { ko: '소득평가액', en: 'assessed income' },
  'KRW/month',
  evaluation(EXACT),
);

/** 주거용 재산: the home's value for owners; 임차보증금 for tenants. */
const residentialAssets = defineVariable(
  'residentialAssets',
  { ko: '주거용 재산', en: 'residential property' },
  'KRW',
  v.if(
    v.eq(v.input('tenure'), 'owner'),
    v.input('residentialProperty'),
    v.if(
      v.oneOf(v.input('tenure'), ['monthly_rent', 'jeonse']),
      v.mul(v.input('deposit'), p(leaseDepositRecognitionRate)),
      v.num(0, 'KRW'),
    ),
  ),
);

const exemption = defineVariable(
  'propertyExemption',
  { ko: '기본재산액과 부채', en: 'basic property exemption plus debts' },
  'KRW',
  v.add(p(basicProperty, v.input('region')), v.input('debts')),
);
/**
 * The 한도 caps the home's gross value, and the part above it is 일반재산; only then are 기본재산액 and 부채 taken off,
 * from the capped 주거용재산 first, then from 일반재산 (that part included), then from 금융재산. Four independent public
 * copies agree on this order, none says otherwise (secondary; SOURCES-2026-12-tenth-pass.md), among them a guide's
 * 세종 example that it says is the 찾기쉬운 생활법령정보 one: 주거용 1억 6,600만 → 2,000만 over the 1억 4,600만 한도 goes
 * to 일반재산 (with 3,000만: 5,000만 × 4.17 %), and (1억 4,600만 − 기본재산액 7,700만) × 1.04 %. Until 2026-12 the
 * 기본재산액 was taken off first and what was left capped, counting up to 기본재산액 + 부채 less at 4.17 %.
 */
const residentialWithinCap = v.min(residentialAssets, p(residentialCap, v.input('region')));
const residentialExcess = v.sub(residentialAssets, residentialWithinCap);
const generalAssets = v.add(v.input('otherProperty'), residentialExcess);
const residentialAfter = v.max(v.sub(residentialWithinCap, exemption), 0);
const leftAfterResidential = v.max(v.sub(exemption, residentialWithinCap), 0);
const generalAfter = v.max(v.sub(generalAssets, leftAfterResidential), 0);
const leftAfterGeneral = v.max(v.sub(leftAfterResidential, generalAssets), 0);
const financialAfter = v.max(v.sub(v.input('financialAssets'), p(financialLivingAllowance), leftAfterGeneral), 0);

/**
 * The four kinds of 재산의 소득환산액, each a named value so a result can say which one decides
 * (an 800만원 car counted in full outweighs a whole salary). Their sum is propertyIncome.
 */
const part = (id: string, ko: string, en: string, amount: Arg, kind: string) =>
  defineVariable(id, { ko, en }, 'KRW/month', v.asMonthly(v.mul(amount, p(conversionRate, kind))));

export const residentialPropertyIncome = part(
  'residentialPropertyIncome',
  '주거용재산 환산액',
  'residential property, converted',
  residentialAfter,
  'residential',
);
export const generalPropertyIncome = part(
  'generalPropertyIncome',
  '일반재산 환산액',
  'other property, converted',
  generalAfter,
  'general',
);
export const financialPropertyIncome = part(
  'financialPropertyIncome',
  '금융재산 환산액',
  'savings, converted',
  financialAfter,
  'financial',
);
/**
 * 자동차: 100 % a month, except a car that meets the 일반재산 exception (car-parameters.ts), converted at 4.17 %.
 * Before 2025 the exception differed between 생계·의료 ('basic') and 주거·교육 ('housing'), so everything that
 * depends on the car is built once per group; from 2025 both give the same figures. A car used for a living, or by
 * a severely disabled member or a wounded veteran (`carUse`, car-exemption-parameters.ts), is left out (생업용 before
 * 2024: half its value at 4.17 %). No car needs no questions; the car's use, kind, engine size and age are asked
 * only when they could decide.
 */
export type BenefitGroup = 'basic' | 'housing';

const LOWEST_LABEL = { ko: '가구 소득인정액 (가장 적게 잡아도)', en: 'household recognized income (at least)' };

const carValue = v.input('carValue');
const carAt = (kind: 'car' | 'general') => v.asMonthly(v.mul(carValue, p(conversionRate, kind)));
const propertyWithoutCar = v.add(residentialPropertyIncome, generalPropertyIncome, financialPropertyIncome);

/** The highest 소득인정액 counts any car in full, so it is the same for both groups. */
export const recognizedIncomeHighest = defineVariable(
  'recognizedIncomeHighest',
  { ko: '가구 소득인정액 (가장 많게 잡아도)', en: 'household recognized income (at most)' },
  'KRW/month',
  v.round(v.add(evaluation(HIGH), propertyWithoutCar, carAt('car'))),
  { bound: true },
);

const suffix = (group: BenefitGroup, id: string) => (group === 'basic' ? id : `${id}HousingEducation`);

/** Engine size under a limit in cc (the bands' upper ends); a limit over every band needs no engine size. */
const engineUnderLimit = (limit: Arg) =>
  v.or(
    v.ge(limit, NO_ENGINE_LIMIT),
    v.and(v.eq(v.input('carEngine'), 'under_1000'), v.ge(limit, 1000)),
    v.and(v.eq(v.input('carEngine'), 'under_1600'), v.ge(limit, 1600)),
    v.and(v.eq(v.input('carEngine'), 'under_2000'), v.ge(limit, 2000)),
    v.and(v.eq(v.input('carEngine'), 'under_2500'), v.ge(limit, 2500)),
  );
const carUse = v.input('carUse');
/** The share an exempt car still counts; 'none' counts all of it (and has engine limit 0: never exempt). */
const exemptShare = p(carExemptCountedShare, carUse);
const exempt = engineUnderLimit(p(carExemptEngineLimit, carUse));

/**
 * The bounds between the lowest (reads no person input) and the exact figure read the person inputs in the order
 * the self-check asks them, each set holding the one before (Kleene logic needs nested sets, see `within`):
 * ages; then ages and disabilities. The inputs not yet read are taken at the end that gives the highest figure
 * ('hi') or the lowest ('lo'), so a disability and group still missing are bounded by what they could give at that
 * age, and a group alone missing by what a group could give.
 */
const CHAIN: readonly { id: string; at: (r: 'hi' | 'lo') => EarningsBound }[] = [
  // The id is kept from before the groups: it names what is known.
  { id: 'KnownAge', at: (r) => ({ age: 'read', disabled: r, group: r }) },
  { id: 'KnownPerson', at: (r) => ({ age: 'read', disabled: 'read', group: r }) },
];

function forGroup(group: BenefitGroup) {
  const underValue = v.lt(carValue, p(carGeneralRateValueLimit, group));
  const engineUnder = v.or(
    v.oneOf(v.input('carEngine'), ['under_1000', 'under_1600']),
    v.and(v.eq(v.input('carEngine'), 'under_2000'), v.ge(p(carGeneralRateEngineLimit, group), 2000)),
  );
  // A car that could meet the exception whatever its kind, engine or age: under the value limit, or any car while
  // old cars count whatever their value.
  const couldBeGeneral = v.or(underValue, p(carGeneralRateOldCar, group));
  const atGeneralRate = yesNo(
    suffix(group, 'carAtGeneralRate'),
    { ko: '자동차를 일반재산으로 봄 (소형·저가 차량)', en: 'car counted as ordinary property (small, low-value)' },
    v.or(
      v.and(
        v.eq(v.input('carKind'), 'passenger'),
        engineUnder,
        v.or(underValue, v.and(p(carGeneralRateOldCar, group), v.input('carOld'))),
      ),
      v.and(underValue, v.oneOf(v.input('carKind'), ['small_van', 'small_truck']), p(carGeneralRateSmallCommercial)),
      // 다인·다자녀 (from 2024): a 승용차 or 소형 승합차 under 2,500cc, whatever its value or age.
      v.and(
        p(carGeneralRateLargeFamily),
        v.or(
          v.ge(householdSize, 6),
          v.ge(
            v.countMembers((m) => v.eq(m.input('relation'), 'child')),
            3,
          ),
        ),
        v.oneOf(v.input('carKind'), ['passenger', 'small_van']),
        v.oneOf(v.input('carEngine'), ['under_1000', 'under_1600', 'under_2000', 'under_2500']),
      ),
    ),
  );
  const asRules = v.if(atGeneralRate, carAt('general'), carAt('car'));
  const carIncome = defineVariable(
    suffix(group, 'carPropertyIncome'),
    { ko: '자동차 환산액', en: 'car, converted' },
    'KRW/month',
    v.if(
      v.le(carValue, 0),
      v.num(0, 'KRW/month'),
      // An exempt car counts its share (생업용 before 2024: half) at 4.17 %: never more than the other rules give, so
      // they are not asked about.
      v.if(exempt, v.mul(carAt('general'), exemptShare), asRules),
    ),
  );
  /** The car's least: read without its kind, engine or age; 'any use' reads not even its use (it could be exempt). */
  const carLowestByRules = v.if(couldBeGeneral, carAt('general'), carAt('car'));
  // No car reads nothing about a car: its use would otherwise leave a household with no car undecided.
  const carLowest = v.if(
    v.le(carValue, 0),
    v.num(0, 'KRW/month'),
    v.min(v.mul(carAt('general'), exemptShare), carLowestByRules),
  );
  // 장애인·국가유공자 cars count nothing in every period (car-exemption-parameters.ts), so any car could count 0.
  const carLowestAnyUse = v.num(0, 'KRW/month');
  const property = defineVariable(
    suffix(group, 'propertyIncome'),
    { ko: '재산의 소득환산액', en: 'income equivalent of assets' },
    'KRW/month',
    v.add(propertyWithoutCar, carIncome),
  );
  const recognized = defineVariable(
    suffix(group, 'recognizedIncome'),
    { ko: '가구 소득인정액', en: 'household recognized income' },
    'KRW/month',
    v.round(v.add(incomeEvaluation, property)),
  );
  const bound = (id: string, label: typeof LOWEST_LABEL, x: Arg) =>
    defineVariable(suffix(group, id), label, 'KRW/month', v.round(x), { bound: true });
  /**
   * The lowest 소득인정액 gives every earner the largest deduction any age, disability or group could give; it reads
   * only the car's use (anyUse: not even that, the car counting nothing).
   */
  const lowestAnyUse = bound(
    'recognizedIncomeLowestAnyUse',
    LOWEST_LABEL,
    v.add(evaluation(LOW), propertyWithoutCar, carLowestAnyUse),
  );
  const lowest = bound('recognizedIncomeLowest', LOWEST_LABEL, v.add(evaluation(LOW), propertyWithoutCar, carLowest));
  /**
   * A floor that reads no earnings at all (work and business income only ever add): a household whose pensions,
   * other income and property alone are over a line is over it whatever its members earn.
   */
  const withoutEarnings = bound(
    'recognizedIncomeWithoutEarnings',
    { ko: '가구 소득인정액 (일해서 번 돈을 빼고 보아도)', en: 'household recognized income even without earnings' },
    v.add(otherIncome, propertyWithoutCar, carLowestAnyUse),
  );
  /** The chain's bounds, with the car as it counts. (The same words as the other bounds: the bundle has no room.) */
  const chain = CHAIN.map(({ id, at }) => ({
    lo: bound(`recognizedIncomeLowest${id}`, LOWEST_LABEL, v.add(evaluation(at('lo')), property)),
    hi: bound(`recognizedIncomeHighest${id}`, recognizedIncomeHighest.label, v.add(evaluation(at('hi')), property)),
  }));
  /**
   * "소득인정액 (+ `extra`) ≤ line", decided from the bounds when the exact figure is unknown: within when a highest
   * figure is, over when a lowest one is, unknown (asking for what the exact figure lacks) only in between. `extra`
   * is a further amount added to every figure (청년월세's 원가구 test adds the parents' income), with `exact` the
   * named variable of the exact sum.
   * Kleene logic cannot say "within when any highest is, over when any lowest is" if a lowest figure is unknown
   * while a highest one is known (the "and" would stay unknown): so each lowest figure is read together with the
   * highest figures that read no more than it does (so the bounds' read sets must nest), and the floor without such
   * company reads nothing a highest figure could lack (withoutEarnings).
   */
  const within = (line: Arg, extra?: { add: Arg; exact: Arg }) => {
    const le = (x: Arg) => v.le(extra === undefined ? x : v.add(x, extra.add), line);
    const highest = le(recognizedIncomeHighest);
    const his = chain.map((q) => le(q.hi));
    const exact = v.le(extra === undefined ? recognized : extra.exact, line);
    // Where the exact figure is known the bounds agree with it (lowest ≤ exact ≤ highest), so the
    // batch, SQL and decide paths test it alone and read the bounds only where it is unknown.
    return v.shortcut(
      exact,
      v.and(
        v.or(exact, highest, ...his),
        v.or(le(lowestAnyUse), highest),
        v.or(le(lowest), highest),
        // Each of the chain's lowest with the highest that read no more than it: its own and those before it.
        ...chain.map((q, i) => v.or(le(q.lo), highest, ...his.slice(0, i + 1))),
        le(withoutEarnings),
      ),
    );
  };
  return { atGeneralRate, carIncome, property, recognized, lowest, withoutEarnings, within };
}

const basic = forGroup('basic');
const housing = forGroup('housing');

/** 생계·의료급여 (and the programs that follow them). */
export const carPropertyIncome = basic.carIncome;
export const propertyIncome = basic.property;
export const recognizedIncome = basic.recognized;
export const recognizedIncomeLowest = basic.lowest;
export const recognizedIncomeWithoutEarnings = basic.withoutEarnings;
export const recognizedIncomeWithin = basic.within;

/** 주거·교육급여 and the programs that borrow their 소득인정액 (before 2025 a different car rule). */
export const recognizedIncomeHousing = housing.recognized;
export const recognizedIncomeWithinHousing = housing.within;

/** Variable ids of a group's parts, for reading an evaluation (income-breakdown.ts). */
export const groupVariableId = suffix;

/**
 * The yes/no "소득인정액이 <line> 이하" of a program, labelled with the line's name (test: the 주거·교육
 * 소득인정액 where the program counts a car by that rule).
 */
export const incomeWithinLine = (id: string, line: Arg, ko: string, en: string, test = recognizedIncomeWithin) =>
  yesNo(id, { ko: `소득인정액이 ${ko} 이하`, en: `recognized income at or below the ${en}` }, test(line));
