import { ListError, type SourceRow } from '../src/list-error.ts';
import { openList } from '../src/read-list.ts';

/** A list file opened and every row read, for tests: the list's facts with its rows in an array. */
export async function readAll(file: string, opts: Parameters<typeof openList>[1] = {}) {
  const list = await openList(file, opts);
  const rows: SourceRow[] = [];
  for await (const row of list.rows) rows.push(row);
  return { ...list, rows };
}

/** The ListError a file is refused with (opening or reading it); fails the test if it is read. */
export async function refusal(file: string): Promise<ListError> {
  try {
    await readAll(file);
  } catch (error) {
    if (error instanceof ListError) return error;
    throw error;
  }
  throw new Error('the file was read without complaint');
}
