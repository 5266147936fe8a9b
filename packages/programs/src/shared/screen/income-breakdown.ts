import { decideWithReasons, ParameterLookupError } from '@jibsa/rules';
import { findProgram } from '../catalog/registry.ts';
import { checkHousehold, withField } from '../household/prepare.ts';
import { groupVariableId } from '../income-assessment/recognized-income.ts';

export type PropertyKind = 'residential' | 'general' | 'financial' | 'car';
export const PROPERTY_KINDS: readonly PropertyKind[] = ['residential', 'general', 'financial', 'car'];

/** 소득인정액 in its parts, each per month, with the monthly conversion rate each kind of property used. */
export interface IncomeBreakdown {
  readonly recognizedIncome: number;
  /** 소득평가액: income after the deductions. */
  readonly incomeEvaluation: number;
  /** 재산의 소득환산액, the sum of `property`. */
  readonly propertyIncome: number;
  readonly property: Readonly<Record<PropertyKind, { readonly amount: number; readonly rate: number | null }>>;
  /** The part that weighs most: income, or one kind of property. */
  readonly decisive: 'income' | PropertyKind;
  /**
   * True when the figures take members whose 장애인 등록 was never asked as not registered: the
   * answer did not need it (the status stands either way), and the parts are still worth showing.
   */
  readonly assumesNoDisability?: true;
  /**
   * True when the figures take a member whose deduction group (학생·북한이탈주민·자립준비청년·직업재활) was never asked
   * as in none, or a car whose use (생업용·장애인·국가유공자) was never asked as not exempt.
   */
  readonly assumesNoExemption?: true;
}

const VARIABLE: Record<PropertyKind, string> = {
  residential: 'residentialPropertyIncome',
  general: 'generalPropertyIncome',
  financial: 'financialPropertyIncome',
  car: 'carPropertyIncome',
};

/**
 * How a program's 소득인정액 for this household is made up, or null when the program does not use
 * one, or a part is still unknown. Evaluates that program once more with values (screenHousehold
 * does not keep them), so callers ask only for the cards they show.
 */
export function incomeBreakdown(input: unknown, programId: string, date: string): IncomeBreakdown | null {
  const exact = breakdownOf(input, programId, date);
  if (exact) return exact;
  const assumed = withUnasked(input);
  const b = assumed ? breakdownOf(assumed.household, programId, date) : null;
  if (!b || !assumed) return null;
  return {
    ...b,
    ...(assumed.disability ? { assumesNoDisability: true } : {}),
    ...(assumed.exemption ? { assumesNoExemption: true } : {}),
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

/**
 * The household with each member's unasked 장애인 등록 set to "no", their unasked deduction group and the car's
 * unasked use to "none"; null when nothing was unasked.
 */
function withUnasked(
  input: unknown,
): { household: Record<string, unknown>; disability: boolean; exemption: boolean } | null {
  if (!isRecord(input) || !Array.isArray(input.members)) return null;
  let disability = false;
  let exemption = false;
  const members = input.members.map((m) => {
    if (!isRecord(m)) return m;
    // Copied by rest, not by spread: adding a field to a spread copy is ~20x slower on Node 20.
    const { ...filled } = m;
    if (m.disabled === undefined) {
      disability = true;
      filled.disabled = false;
    }
    if (m.earnerGroup === undefined) {
      // Said only of an earner: nobody else has a deduction to assume.
      const earns = (x: unknown) => typeof x === 'number' && x > 0;
      if (earns(m.earnedIncome) || earns(m.businessIncome)) exemption = true;
      filled.earnerGroup = 'none';
    }
    return filled;
  });
  const household = withField(input, 'members', members);
  if (input.carUse === undefined) {
    if ((input.carValue ?? 0) !== 0) exemption = true;
    household.carUse = 'none';
  }
  return { household, disability, exemption };
}

function breakdownOf(input: unknown, programId: string, date: string): IncomeBreakdown | null {
  const entry = findProgram(programId);
  const program = entry?.program;
  const checked = checkHousehold(input, date);
  if (!program || !checked.ok) return null;
  let r: ReturnType<typeof decideWithReasons>;
  try {
    r = decideWithReasons(program, checked.value, { date });
  } catch (error) {
    if (error instanceof ParameterLookupError) return null;
    throw error;
  }
  // 주거·교육급여 count a car by their own rule (before 2025), under their own variable ids.
  const group = entry && /^(housing-benefit\.|basic-livelihood\.education$)/.test(entry.id) ? 'housing' : 'basic';
  const id = (name: string) => groupVariableId(group, name);
  const value = (id: string) => {
    const x = r.values.find((u) => u.kind === 'variable' && u.ref === id)?.value;
    return typeof x === 'number' ? x : null;
  };
  const total = value(id('recognizedIncome'));
  const income = value('incomeEvaluation');
  const propertyIncome = value(id('propertyIncome'));
  if (total === null || income === null || propertyIncome === null) return null;
  const rates = r.parameters.filter((u) => u.id === 'income-assessment.conversion-rate');
  const property = {} as Record<PropertyKind, { amount: number; rate: number | null }>;
  // A small, cheap car counted as ordinary property (2025–) is converted at the 일반재산 rate.
  const carAsGeneral = r.values.find((u) => u.kind === 'variable' && u.ref === id('carAtGeneralRate'))?.value === true;
  for (const kind of PROPERTY_KINDS) {
    const rateKind = kind === 'car' && carAsGeneral ? 'general' : kind;
    property[kind] = {
      amount: Math.round(value(kind === 'car' ? id(VARIABLE[kind]) : VARIABLE[kind]) ?? 0),
      rate: rates.find((u) => u.keys[0] === rateKind)?.value ?? null,
    };
  }
  let decisive: IncomeBreakdown['decisive'] = 'income';
  let most = income;
  for (const kind of PROPERTY_KINDS) {
    if (property[kind].amount > most) {
      most = property[kind].amount;
      decisive = kind;
    }
  }
  return {
    recognizedIncome: total,
    incomeEvaluation: Math.round(income),
    propertyIncome: Math.round(propertyIncome),
    property,
    decisive,
  };
}
