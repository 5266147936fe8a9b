/**
 * `@jibsa/rules/batch`: many households at once over typed arrays (see eval-batch/run.ts). Its own
 * entry point so a browser bundle that only screens one household never carries it.
 */
export { type CatalogBatch, compileCatalogBatch } from './eval-batch/catalog.ts';
export { type Column, type Columns, ColumnsBuffer, toColumns } from './eval-batch/columns.ts';
export { type BatchResult, compileBatch, statusName } from './eval-batch/run.ts';
export { decideCompiled } from './eval-batch/scalar.ts';
export { schemaReadBy } from './program/inputs-read.ts';
