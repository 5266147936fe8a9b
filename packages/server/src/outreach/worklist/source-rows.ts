import path from 'node:path';
import { ListError, type MappedRow, mapRow, openList, type TextEncoding } from '@jibsa/lists';
import type { ListRow } from '../access.ts';
import type { OutreachJob } from '../jobs/queue.ts';

/**
 * Reads the chosen rows of a list again from the uploaded file, through the job's mapping: the
 * results keep no names, birth dates or household details, the file does (until its retention
 * ends). The file is read once, up to the last row wanted.
 */
export async function readSourceRows(
  uploadsDir: string,
  list: ListRow,
  job: OutreachJob,
  rows: readonly number[],
): Promise<Map<number, MappedRow>> {
  const wanted = new Set(rows);
  const last = Math.max(...rows);
  const found = new Map<number, MappedRow>();
  const opened = await openList(path.join(uploadsDir, list.storage_name), {
    encoding: (job.encoding ?? undefined) as TextEncoding | undefined,
  });
  try {
    for await (const row of opened.rows) {
      if (row.row > last) break;
      if (!wanted.has(row.row) || 'broken' in row) continue;
      found.set(row.row, mapRow(list.headers, row.cells, job.mapping));
      if (found.size === wanted.size) break;
    }
  } catch (error) {
    // A file that goes bad after the rows wanted were read still gives those rows.
    if (!(error instanceof ListError)) throw error;
  } finally {
    opened.close();
  }
  return found;
}
