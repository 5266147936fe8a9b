import { type Household, type Member, parameterValue } from '@jibsa/rules';
import { Engine } from 'json-rules-engine';
import {
  assetLimit,
  assetRate,
  incomeRatio,
  medianIncome,
  seniorSupplement,
  standardRent,
} from '../../packages/rules/test/fixtures/sample.ts';

/**
 * The sample program's eligibility written the json-rules-engine way: JSON conditions over
 * facts, with derived values (member sums, table lookups) as dynamic facts — JRE has no
 * aggregates or tables. The amount is a fact reported in the event's params, so both engines
 * produce the same answer (status and amount). Parameters are resolved once for the date,
 * which favours JRE.
 * Households must be complete: JRE has no notion of unknown.
 */
export function makeJreEngine(date: string): Engine {
  const ratio = parameterValue(incomeRatio, date);
  const rate = parameterValue(assetRate, date);
  const asOf = Number(date.replaceAll('-', ''));
  const years = (d: string) => Math.trunc((asOf - Number(d.replaceAll('-', ''))) / 10000);
  const supplement = parameterValue(seniorSupplement, date);
  const engine = new Engine([], { allowUndefinedFacts: false, replaceFactsInEventParams: true });
  engine.addFact('recognizedIncome', async (_p, almanac) => {
    const h = await almanac.factValue<Household>('household');
    const members = (h.members ?? []) as Member[];
    let sum = 0;
    for (const m of members) sum += (m.earnedIncome as number) * 0.7 + (m.otherIncome as number);
    return Math.floor(sum + (h.deposit as number) * rate);
  });
  engine.addFact('threshold', async (_p, almanac) => {
    const h = await almanac.factValue<Household>('household');
    return Math.floor(parameterValue(medianIncome, date, [String(h.size)]) * ratio);
  });
  engine.addFact('assetLimit', async (_p, almanac) => {
    const h = await almanac.factValue<Household>('household');
    return parameterValue(assetLimit, date, [h.region as string]);
  });
  engine.addFact('hasAdult', async (_p, almanac) => {
    const h = await almanac.factValue<Household>('household');
    return ((h.members ?? []) as Member[]).some((m) => years(m.birthDate as string) >= 19);
  });
  engine.addFact('amount', async (_p, almanac) => {
    const h = await almanac.factValue<Household>('household');
    const income = await almanac.factValue<number>('recognizedIncome');
    const half = (await almanac.factValue<number>('threshold')) * 0.5;
    const std = parameterValue(standardRent, date, [h.region as string, String(h.size)]);
    const base = Math.min(h.rent as number, std);
    const seniors = ((h.members ?? []) as Member[]).filter(
      (m) => years(m.birthDate as string) >= 65 || m.disabled,
    ).length;
    const benefit = Math.max(0, income <= half ? base : base - (income - half) * 0.3);
    return Math.ceil((benefit + seniors * supplement) / 10) * 10;
  });
  engine.addRule({
    name: 'sample.rent-benefit',
    conditions: {
      all: [
        { fact: 'recognizedIncome', operator: 'lessThanInclusive', value: { fact: 'threshold' } },
        { fact: 'household', path: '$.ownsHome', operator: 'equal', value: false },
        { fact: 'household', path: '$.deposit', operator: 'lessThanInclusive', value: { fact: 'assetLimit' } },
        { fact: 'hasAdult', operator: 'equal', value: true },
      ],
    },
    event: { type: 'eligible', params: { amount: { fact: 'amount' } } },
  });
  return engine;
}

/** The amount when eligible, null when not. */
export async function jreDecide(engine: Engine, household: Household): Promise<number | null> {
  const { events } = await engine.run({ household });
  return events.length ? (events[0]?.params?.amount as number) : null;
}
