/**
 * `@jibsa/programs/batch`: the catalog screened many households at a time on the engine's batch
 * path, shared by `jibsa screen-many` and the server's outreach jobs. Its own entry point so the
 * browser bundle never carries it.
 */
export {
  BatchScreener,
  type ColumnsScreening,
  type LineOutcome,
  type ProgramLine,
  programLine,
} from './shared/screen/batch-screener.ts';
