import type { InForce, Program } from './types.ts';

export type { InForce };

/** The id under which results report a program that was not in force on the evaluation date. */
export const IN_FORCE_ID = 'in-force';

export const IN_FORCE_LABEL = { ko: '그날 시행 중인 제도', en: 'program in force on the date' } as const;

export function inForceOn(program: Program, date: string): boolean {
  const f = program.inForce;
  if (!f) return true;
  return (f.from === undefined || date >= f.from) && (f.until === undefined || date <= f.until);
}
