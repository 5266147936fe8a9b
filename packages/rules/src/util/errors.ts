import type { Label } from '../schema/fields.ts';

/**
 * Rules that are ill-formed are rejected when defined, never at a citizen's request.
 * The message names the program (or variable), the node path and the problem so a content
 * author can find the line without a debugger.
 */
export class RuleDefinitionError extends Error {
  override name = 'RuleDefinitionError';
  constructor(
    readonly owner: string,
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${owner}: ${path}: ${problem}`);
  }
}

/**
 * A lookup the data cannot answer (date outside every period, table key absent).
 * Thrown rather than defaulted: a silent 0 would wrongly deny or grant a benefit.
 */
export class ParameterLookupError extends Error {
  override name = 'ParameterLookupError';
  constructor(
    readonly parameterId: string,
    readonly date: string,
    readonly problem: string,
  ) {
    super(`parameter ${parameterId} as of ${date}: ${problem}`);
  }
}

export type { Label };
