/**
 * @jibsa/programs — Korean housing-welfare programs written with @jibsa/rules.
 * One folder per program: its parameters (dated, cited), rules, metadata and tests side by side.
 * `screenHousehold` is the single entry point the web app, the API and the CLI share.
 * A center adds its own local programs as JSON (LOCAL-PROGRAMS.md): `loadLocalPrograms` compiles them
 * and `screenHousehold(h, { extraPrograms })` screens them after the national catalog.
 * `unverifiedPeriods` lists every figure not yet checked against the official text (UNVERIFIED.md).
 */

export { allParameters, renderUnverified, type UnverifiedRow, unverifiedPeriods } from './catalog/audit.ts';
export {
  entryPartialYears,
  entryYears,
  FIRST_DATE,
  FIRST_YEAR,
  isScreeningDate,
  yearsCovered,
  yearVerified,
} from './catalog/coverage.ts';
export type { ApplyChannel, Audience, HelpType, ProgramMetadata } from './catalog/metadata.ts';
export { type CatalogEntry, catalog, findProgram } from './catalog/registry.ts';
export { rulesVersion } from './catalog/rules-version.ts';
export { type Address, addressToRegion } from './household/address.ts';
export {
  GWANGJU_DISTRICT_IDS,
  GWANGJU_DISTRICTS,
  type GwangjuDistrictId,
  isGwangjuDistrict,
} from './household/districts.ts';
export { householdInputJsonSchema } from './household/input-json-schema.ts';
export { checkHousehold, prepareHousehold } from './household/prepare.ts';
export { type HouseholdSchema, householdSchema, MAX_MEMBERS } from './household/schema.ts';
export {
  FORMAT as LOCAL_PROGRAM_FORMAT,
  type LocalProgramError,
  type LocalProgramFile,
} from './local/format.ts';
export { type LoadResult, loadLocalProgram, loadLocalPrograms } from './local/load.ts';
export { validateLocalProgram } from './local/validate.ts';
export {
  type ProgramScreening,
  type Screening,
  type ScreenOutcome,
  screenHousehold,
  todayIso,
} from './screen/screen.ts';
