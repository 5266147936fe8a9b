/**
 * @jibsa/programs — Korean housing-welfare programs written with @jibsa/rules.
 * One folder per program: its parameters (dated, cited), rules, metadata and tests side by side.
 * `screenHousehold` is the single entry point the web app, the API and the CLI share.
 * A center adds its own local programs as JSON (LOCAL-PROGRAMS.md): `loadLocalPrograms` compiles them
 * and `screenHousehold(h, { extraPrograms })` screens them after the national catalog.
 * `unverifiedPeriods` lists every figure whose evidence is below `secondary` (UNVERIFIED.md, the evidence report).
 */

export { AGENCIES, type AgencyId, agenciesOf, PROGRAM_AGENCIES } from './shared/catalog/agencies.ts';
export {
  allParameters,
  evidenceCounts,
  renderUnverified,
  type UnverifiedRow,
  unverifiedPeriods,
} from './shared/catalog/audit.ts';
export {
  entryPartialYears,
  entryYears,
  evidenceOn,
  FIRST_DATE,
  FIRST_YEAR,
  isScreeningDate,
  yearsCovered,
  yearVerified,
} from './shared/catalog/coverage.ts';
export type { ApplyChannel, Audience, HelpType, ProgramMetadata } from './shared/catalog/metadata.ts';
export { type CatalogEntry, catalog, findProgram } from './shared/catalog/registry.ts';
export { rulesVersion } from './shared/catalog/rules-version.ts';
export { type Address, addressToRegion } from './shared/household/address.ts';
export {
  GWANGJU_DISTRICT_IDS,
  GWANGJU_DISTRICTS,
  type GwangjuDistrictId,
  isGwangjuDistrict,
} from './shared/household/districts.ts';
export { householdInputJsonSchema } from './shared/household/input-json-schema.ts';
export { checkHousehold, prepareHousehold } from './shared/household/prepare.ts';
export {
  DWELLING_TYPES,
  type HouseholdSchema,
  householdSchema,
  MAX_MEMBERS,
  RELATIONS,
  TENURES,
} from './shared/household/schema.ts';
export {
  FORMAT as LOCAL_PROGRAM_FORMAT,
  type LocalProgramError,
  type LocalProgramFile,
} from './shared/local/format.ts';
export { type LoadResult, loadLocalProgram, loadLocalPrograms } from './shared/local/load.ts';
export { validateLocalProgram } from './shared/local/validate.ts';
export { CLOSING_SOON_DAYS, type NoticeState, noticeState } from './shared/notices/deadline.ts';
export {
  HOUSING_TYPE_IDS,
  HOUSING_TYPES,
  type HousingType,
  type HousingTypeId,
  housingType,
  housingTypeFromName,
} from './shared/notices/housing-types.ts';
export { type NoticeLimits, type NoticeSource, noticeLimitsProgram } from './shared/notices/limits.ts';
export {
  type Applicant,
  matchNotice,
  type NoticeFit,
  type NoticeLike,
  type NoticeTerms,
  noticeProgramIds,
  noticeTerms,
} from './shared/notices/match.ts';
export {
  type IncomeBreakdown,
  incomeBreakdown,
  PROPERTY_KINDS,
  type PropertyKind,
} from './shared/screen/income-breakdown.ts';
export {
  type ProgramScreening,
  type Screening,
  type ScreenOutcome,
  screenHousehold,
  todayIso,
} from './shared/screen/screen.ts';
