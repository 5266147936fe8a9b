import { type Program, parameterValue } from '@jibsa/rules';
import type { Columns } from '@jibsa/rules/batch';

/**
 * The peer of the batch 주거급여 kernel: the 2026 rent benefit written by hand as one loop over
 * typed arrays, every figure read once before the loop. Complete households only (no unknowns,
 * no failed lookups): it is the speed limit the compiled kernel is measured against, and its
 * answers are checked against the kernel's in the same run.
 */
export function housingHandLoop(program: Program, date: string) {
  const def = (id: string) => {
    const d = program.parameters.get(id);
    if (!d) throw new Error(`housing-benefit.rent has no parameter ${id}`);
    return d;
  };
  const p = (id: string, ...keys: string[]) => parameterValue(def(id), date, keys);
  const h = program.schema.household;
  const values = (f: unknown) => (f as { values: readonly string[] }).values;
  const tenures = values(h.tenure);
  const regions = values(h.region);
  const [OWNER, RENT, JEONSE] = ['owner', 'monthly_rent', 'jeonse'].map((x) => tenures.indexOf(x));
  const kinds = values(h.carKind);
  const engines = values(h.carEngine);
  const PASSENGER = kinds.indexOf('passenger');
  const smallEngine = Int8Array.from(engines, (x) => (['under_1000', 'under_1600', 'under_2000'].includes(x) ? 1 : 0));
  const smallCommercial = Int8Array.from(kinds, (x) => (['small_van', 'small_truck'].includes(x) ? 1 : 0));
  const largeFamilyKind = Int8Array.from(kinds, (x) => (['passenger', 'small_van'].includes(x) ? 1 : 0));
  const largeFamilyEngine = Int8Array.from(engines, (x) =>
    ['under_1000', 'under_1600', 'under_2000', 'under_2500'].includes(x) ? 1 : 0,
  );
  const CHILD = values(program.schema.member.relation).indexOf('child');

  const basic = Float64Array.from(regions, (r) => p('income-assessment.basic-property', r));
  const cap = Float64Array.from(regions, (r) => p('income-assessment.residential-property-cap', r));
  const rate = (k: string) => p('income-assessment.conversion-rate', k);
  const rRes = rate('residential');
  const rGen = rate('general');
  const rFin = rate('financial');
  const rCar = rate('car');
  const youthAge = p('income-assessment.youth-flat-deduction-age-max');
  const youthFlat = p('income-assessment.youth-flat-deduction');
  const seniorAge = p('income-assessment.senior-flat-deduction-age-min');
  const seniorFlat = p('income-assessment.senior-disabled-flat-deduction');
  const keep = 1 - p('income-assessment.earned-income-deduction-rate');
  const depositRecognised = p('income-assessment.lease-deposit-recognition-rate');
  const living = p('income-assessment.financial-living-allowance');
  // 2026: one car rule for every benefit (2,000cc 미만 under the value limit, or 10 years old whatever its value;
  // small vans and trucks; 다인·다자녀 households' cars under 2,500cc); 주거급여 reads the 'housing' key.
  const carLimit = p('income-assessment.car-general-rate.value-limit', 'housing');
  const commercialAtGeneral = Boolean(p('income-assessment.car-general-rate.small-commercial'));
  const oldCarAtGeneral = Boolean(p('income-assessment.car-general-rate.old-car', 'housing'));
  const largeFamilyAtGeneral = Boolean(p('income-assessment.car-general-rate.large-family'));
  const median = Float64Array.from({ length: 8 }, (_, s) =>
    s === 0 ? Number.NaN : p('basic-livelihood.median-income', String(s)),
  );
  const housingRate = p('housing-benefit.selection-rate');
  const livelihoodRate = p('basic-livelihood.selection-rate.livelihood');
  const depositRate = p('housing-benefit.deposit-conversion-rate');
  const maxTable = p('housing-benefit.standard-rent.max-table-size');
  const largeSize = p('housing-benefit.standard-rent.large-household-size');
  const largeRate = p('housing-benefit.standard-rent.large-household-rate');
  const rentCap = p('housing-benefit.rent-cap-multiple');
  const minPay = p('housing-benefit.min-payment');
  const burdenRate = p('housing-benefit.self-burden-rate');
  const unit = p('housing-benefit.payment-rounding-unit');
  const W = maxTable + 1;
  const standard = new Float64Array(regions.length * W);
  regions.forEach((r, ri) => {
    for (let s = 1; s <= maxTable; s++) standard[ri * W + s] = p('housing-benefit.standard-rent', r, String(s));
  });

  return (cols: Columns, status: Int8Array, amount: Float64Array): void => {
    const col = (rec: Columns['household'], f: string) => {
      const c = rec[f];
      if (!c) throw new Error(`no column ${f}`);
      return c;
    };
    const hc = (f: string) => col(cols.household, f);
    const mc = (f: string) => col(cols.member, f);
    const tenure = hc('tenure');
    const region = hc('region');
    const deposit = hc('deposit');
    const rent = hc('monthlyRent');
    const resid = hc('residentialProperty');
    const other = hc('otherProperty');
    const fin = hc('financialAssets');
    const car = hc('carValue');
    const debts = hc('debts');
    const carKind = hc('carKind');
    const carEngine = hc('carEngine');
    const carOld = hc('carOld');
    const relation = mc('relation');
    const age = mc('age');
    const disabled = mc('disabled');
    const earned = mc('earnedIncome');
    const business = mc('businessIncome');
    const pension = mc('pensionIncome');
    const otherInc = mc('otherIncome');
    const off = cols.memberOffsets;
    for (let i = 0; i < cols.n; i++) {
      let work = 0;
      let others = 0;
      let children = 0;
      const from = off[i] as number;
      const to = off[i + 1] as number;
      const size = to - from;
      for (let j = from; j < to; j++) {
        const e = (earned[j] as number) + (business[j] as number);
        const a = age[j] as number;
        const flat = a <= youthAge ? youthFlat : a >= seniorAge || (disabled[j] as number) > 0 ? seniorFlat : 0;
        work += e <= 0 ? 0 : Math.max(e - flat, 0);
        others += (pension[j] as number) + (otherInc[j] as number);
        if (relation[j] === CHILD) children++;
      }
      const t = tenure[i] as number;
      const r = region[i] as number;
      const residential =
        t === OWNER
          ? (resid[i] as number)
          : t === RENT || t === JEONSE
            ? (deposit[i] as number) * depositRecognised
            : 0;
      const exemption = (basic[r] as number) + (debts[i] as number);
      // The 한도 caps the home first, the part over it is 일반재산; then 기본재산액 + 부채 from 주거용 → 일반 → 금융.
      const within = Math.min(residential, cap[r] as number);
      const resCounted = Math.max(within - exemption, 0);
      const left = Math.max(exemption - within, 0);
      const o = (other[i] as number) + (residential - within);
      const general = Math.max(o - left, 0);
      const financial = Math.max((fin[i] as number) - living - Math.max(left - o, 0), 0);
      const cv = car[i] as number;
      const k = carKind[i] as number;
      const en = carEngine[i] as number;
      const atGeneral =
        (k === PASSENGER && smallEngine[en] === 1 && (cv < carLimit || (oldCarAtGeneral && carOld[i] === 1))) ||
        (cv < carLimit && smallCommercial[k] === 1 && commercialAtGeneral) ||
        (largeFamilyAtGeneral &&
          (size >= 6 || children >= 3) &&
          largeFamilyKind[k] === 1 &&
          largeFamilyEngine[en] === 1);
      const carIncome = cv <= 0 ? 0 : cv * (atGeneral ? rGen : rCar);
      const property = resCounted * rRes + general * rGen + financial * rFin + carIncome;
      const recognised = Math.floor(work * keep + others + property + 0.5);
      const med =
        size <= 7
          ? (median[size] as number)
          : (median[7] as number) + (size - 7) * ((median[7] as number) - (median[6] as number));
      const tenant = t === RENT || t === JEONSE;
      if (!tenant || recognised > Math.floor(med * housingRate + 0.5)) {
        status[i] = 0;
        amount[i] = Number.NaN;
        continue;
      }
      const actual = (t === JEONSE ? 0 : (rent[i] as number)) + ((deposit[i] as number) * depositRate) / 12;
      const std = (standard[r * W + Math.min(size, maxTable)] as number) * (size >= largeSize ? largeRate : 1);
      const line = Math.floor(med * livelihoodRate + 0.5);
      const burden = recognised > line ? Math.floor((recognised - line) * burdenRate) : 0;
      status[i] = 1;
      amount[i] =
        actual > std * rentCap ? minPay : Math.max(Math.ceil((Math.min(actual, std) - burden) / unit) * unit, minPay);
    }
  };
}
