/**
 * # @jibsa/rules — rules-as-code for 집사 (Jibsa)
 *
 * Pure TypeScript (no I/O, no Node APIs): the same code runs in the server, the browser
 * and the benchmark.
 *
 * **Inputs.** `defineSchema` declares household fields and member fields, each a number
 * with a unit (`num('KRW/month', label)`), a boolean, an enum (closed list) or an ISO date.
 * Household JSON puts household fields at the top level and members under `members`.
 * Any input may be absent: absent means *unknown*, never zero. `validateHousehold` checks
 * JSON against the schema; `toJsonSchema` describes it for OpenAPI.
 *
 * **Parameters.** Policy figures are `ParameterDef` data (see parameters/types.ts): dated
 * periods, each with a citation and an evidence grade (official · secondary · single · recall), scalar or a table keyed by one or two
 * dimensions. Rules ask for a value *as of* the evaluation date; a date no period covers is
 * an error, never a silent default.
 *
 * **Rules.** Variables, criteria and amounts are expression trees built with `v` and `p`
 * (`v.le(income, p(threshold, v.input('size')))`): a closed union of frozen nodes, never
 * opaque functions, so one definition is interpreted (decide), explained (sentences),
 * vectorised (compileBatch) and compiled to PostgreSQL (compileSql). `defineProgram` checks
 * everything up front — unknown ids, reference cycles, types, units (see expr/units.ts) —
 * and throws `RuleDefinitionError` naming the program, the node path and the problem.
 *
 * **Three-valued logic.** Values are true / false / unknown (Kleene): `false and unknown` is
 * false, `true or unknown` is true, arithmetic and comparison with unknown are unknown.
 * A program is eligible when every criterion is true, ineligible when one is false, unknown
 * otherwise. Results list the *missing inputs that could still change the outcome*, ranked
 * by how many undecided criteria each one feeds (then the schema's question order), so a
 * questionnaire asks only what matters next. Once a criterion fails nothing is asked.
 *
 * **Deciding.** Two scalar functions share one semantics and differ only in what they return:
 * - `decide(program, household, { date })` → `Decision`: status, amount, each criterion's
 *   outcome and the missing inputs. No text, no trace; the fast path for counting and agreement.
 * - `decideWithReasons(program, household, { date })` → `DecisionWithReasons`: the same decision
 *   plus one Korean and English sentence per criterion, a summary, the values read and every cited
 *   parameter used (with its period and evidence grade). What screens and explanations show.
 * `compileBatch` + `toColumns` decide many households over typed arrays; `compileSql` emits
 * PostgreSQL with parameters inlined for the date. Both are property-tested to agree with `decide`.
 *
 * **What-ifs.** `withOverrides(programs, overrides, date)` gives the programs with some figures
 * set to other values from a date on (checked against each figure's unit and table keys, else a
 * `ScenarioError`); every evaluation of the copies reads the new values.
 *
 * Batch and SQL have entry points of their own (`@jibsa/rules/batch`, `@jibsa/rules/sql`), so the
 * browser bundle never carries them.
 *
 * Layout: parameters/ (contract, as-of lookup) · expr/ (nodes, builder, units) · schema/
 * (fields, validation, JSON Schema) · program/ (definition checks) · eval-scalar/ ·
 * explain/ · eval-batch/ · sql/.
 */

export { type SharedValues, sharedValues } from './eval-scalar/context.ts';
export { type Decision, decide, type MissingInput, nameMembers } from './eval-scalar/decide.ts';
export { fillFigures } from './explain/figures.ts';
export { capitalize, formatNumber, wonWords } from './explain/format.ts';
export { type DecisionWithReasons, decideWithReasons, type ParameterUse } from './explain/result.ts';
export { figuresUnder } from './explain/worded.ts';
export { type Arg, defineVariable, type MemberBuilder, p, v } from './expr/builder.ts';
export type { Expr, Variable } from './expr/nodes.ts';
export { children } from './expr/nodes.ts';
export { parameterValue, periodAsOf, periodEnd, periodInForce } from './parameters/lookup.ts';
export {
  OVERRIDE_MAX,
  type OverrideProblem,
  type ParameterOverride,
  ScenarioError,
  withOverrides,
} from './parameters/overrides.ts';
export type * from './parameters/types.ts';
export { EVIDENCE_GRADES, isWeakEvidence, weakestEvidence } from './parameters/types.ts';
export { type CriterionSpec, defineProgram, listParameters } from './program/define.ts';
export { inForceOn } from './program/in-force.ts';
export { type InputsRead, inputsRead } from './program/inputs-read.ts';
export type { Program } from './program/types.ts';
export type { FieldDef, Label } from './schema/fields.ts';
export { bool, date, enumOf, num } from './schema/fields.ts';
export { toJsonSchema } from './schema/json-schema.ts';
export { defineSchema, type Household, type Member, type Schema } from './schema/schema.ts';
export { type ValidationError, validateHousehold } from './schema/validate.ts';

export { forbidCodeGeneration } from './util/code-generation.ts';
export { dateToNum, isIsoDate, wholeYears } from './util/dates.ts';
export { ParameterLookupError, RuleDefinitionError } from './util/errors.ts';
