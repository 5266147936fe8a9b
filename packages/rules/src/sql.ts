/**
 * `@jibsa/rules/sql`: a program compiled to PostgreSQL for one date (see sql/select.ts). Its own
 * entry point so a browser bundle never carries it.
 */
export { bulkColumns, bulkRows, copyCsvSql } from './sql/bulk-load.ts';
export { householdsCopyIn } from './sql/copy-binary.ts';
export { householdsCsv } from './sql/csv-bytes.ts';
export { columnTypes, constraintsSql, createTablesSql, quoteIdent, quoteTable } from './sql/naming.ts';
export { compileSql } from './sql/select.ts';
