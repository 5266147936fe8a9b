/**
 * @jibsa/programs — Korean housing-welfare programs written with @jibsa/rules.
 * One folder per program: its parameters (dated, cited), rules, metadata and tests side by side.
 * `screenHousehold` is the single entry point the web app, the API and the CLI share.
 * A center adds its own local programs as JSON (LOCAL-PROGRAMS.md): `loadLocalPrograms` compiles them
 * and `screenHousehold(h, { extraPrograms })` screens them after the national catalog.
 * `unverifiedPeriods` lists every figure whose evidence is below `secondary` (UNVERIFIED.md, the evidence report).
 */

export { AGENCIES, type AgencyId, agenciesOf } from './shared/catalog/agencies.ts';
export { entryPartialYears, entryYears, evidenceOn, FIRST_DATE, isScreeningDate } from './shared/catalog/coverage.ts';
export type { ProgramMetadata } from './shared/catalog/metadata.ts';
export { canonicalProgramId, canonicalProgramIds, PROGRAM_ID_ALIASES } from './shared/catalog/program-ids.ts';
export { type CatalogEntry, catalog, findProgram } from './shared/catalog/registry.ts';
export { rulesVersion } from './shared/catalog/rules-version.ts';
export { nextYearlyFiguresOn, olderYearlyFiguresOn } from './shared/catalog/yearly-figures.ts';
export {
  GWANGJU_DISTRICT_IDS,
  GWANGJU_DISTRICTS,
  type GwangjuDistrictId,
  isGwangjuDistrict,
} from './shared/household/districts.ts';
export { householdInputJsonSchema } from './shared/household/input-json-schema.ts';
export { MOOT_WHILE_UNKNOWN } from './shared/household/moot-questions.ts';
export { checkHousehold } from './shared/household/prepare.ts';
export {
  DWELLING_TYPES,
  type HouseholdSchema,
  householdSchema,
  MAX_MEMBERS,
  RELATIONS,
  TENURES,
} from './shared/household/schema.ts';
export { noticeState } from './shared/notices/deadline.ts';
export {
  HOUSING_TYPE_IDS,
  HOUSING_TYPES,
  type HousingTypeId,
  housingType,
  housingTypeFromName,
} from './shared/notices/housing-types.ts';
export {
  type Applicant,
  matchNotice,
  type NoticeFit,
  noticeProgramIds,
  noticeTerms,
} from './shared/notices/match.ts';
export { incomeBreakdown, PROPERTY_KINDS, type PropertyKind } from './shared/screen/income-breakdown.ts';
export {
  markedReasons,
  type ProgramScreening,
  type Screening,
  screenHousehold,
  todayIso,
  WEAK_MARK,
} from './shared/screen/screen.ts';
export { screenStatuses } from './shared/screen/statuses.ts';
