import type { Program } from '@jibsa/rules';
import { compileSql } from '@jibsa/rules/sql';

/** What the command needs from node-postgres or PGlite. */
export type Query = (sql: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

/** Splits "schema.table" so it can be looked up in information_schema. */
export function tableParts(name: string): { schema: string | null; table: string } {
  const dot = name.indexOf('.');
  return dot < 0 ? { schema: null, table: name } : { schema: name.slice(0, dot), table: name.slice(dot + 1) };
}

/**
 * The results table, without its key: the key is built once over the written rows. Its CHECK is
 * named, not named after the table, as the table may be made under another name and renamed.
 */
export function createResultsTableSql(quotedName: string): string {
  return `CREATE TABLE ${quotedName} (
    "household_id" bigint NOT NULL,
    "program" text NOT NULL,
    "status" text NOT NULL CONSTRAINT "screening_status_check" CHECK ("status" IN ('eligible', 'ineligible', 'unknown', 'unavailable')),
    "amount" double precision,
    "screened_on" date NOT NULL
  )`;
}

/** The key of a results table, added once all its rows are in. */
export const resultsKeySql = (quotedName: string): string =>
  `ALTER TABLE ${quotedName} ADD PRIMARY KEY ("household_id", "program")`;

/** Input tables a program's query reads, and the day it screens for. */
export interface ScreenSource {
  readonly date: string;
  readonly households: string;
  readonly members: string;
}

/** The compiled query of each program over `source`, worked out once and run as often as needed. */
export function programQueries(programs: readonly Program[], source: ScreenSource) {
  return programs.map((program) => ({
    id: program.id,
    rows: compileSql(program, { date: source.date, households: source.households, members: source.members }).rows,
  }));
}

/** Writes one program's answer for every household its query reads into the results table. */
export async function insertProgramRows(
  q: Query,
  quotedInto: string,
  query: { id: string; rows: string },
  date: string,
): Promise<void> {
  await q(
    `INSERT INTO ${quotedInto} ("household_id", "program", "status", "amount", "screened_on")
     SELECT r."household_id", $1, r."status", r."amount", $2::date FROM (${query.rows}) AS r`,
    [query.id, date],
  );
}
