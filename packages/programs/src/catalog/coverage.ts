import { listParameters, type ParameterDef, type Program, periodAsOf } from '@jibsa/rules';

export const FIRST_YEAR = 2019;

/** Years (from 2019 to `lastYear`) in which every parameter a program uses has a period in force all year. */
export function yearsCovered(program: Program, lastYear: number): number[] {
  const params = listParameters(program);
  const years: number[] = [];
  for (let y = FIRST_YEAR; y <= lastYear; y++) {
    if (params.every((d) => inForce(d, `${y}-01-01`) && inForce(d, `${y}-12-31`))) years.push(y);
  }
  return years;
}

/** Whether a year's figures were all checked against the official text. */
export function yearVerified(program: Program, year: number): boolean {
  return listParameters(program).every((d) => {
    try {
      return periodAsOf(d, `${year}-07-01`).verified;
    } catch {
      return false;
    }
  });
}

function inForce(def: ParameterDef, date: string): boolean {
  try {
    periodAsOf(def, date);
    return true;
  } catch {
    return false;
  }
}
