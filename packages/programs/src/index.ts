/**
 * @jibsa/programs — Korean housing-welfare programs written with @jibsa/rules.
 * One folder per program: its parameters (dated, cited), rules, metadata and tests side by side.
 * `screenHousehold` is the single entry point the web app, the API and the CLI share.
 */

export { FIRST_YEAR, yearsCovered, yearVerified } from './catalog/coverage.ts';
export type { ApplyChannel, Audience, HelpType, ProgramMetadata } from './catalog/metadata.ts';
export { type CatalogEntry, catalog, findProgram } from './catalog/registry.ts';
export { type HouseholdSchema, householdSchema } from './household/schema.ts';
export {
  type ProgramScreening,
  type Screening,
  type ScreenOutcome,
  screenHousehold,
  todayIso,
} from './screen/screen.ts';
