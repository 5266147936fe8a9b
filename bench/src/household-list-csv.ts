import fs from 'node:fs';
import { householdListLines } from '../../packages/server/src/seed/household-list.ts';

/**
 * Writes a list of fictional households as CSV (UTF-8, Excel's BOM), streamed so a million rows do
 * not sit in memory. Returns the file's size in bytes.
 */
export async function writeHouseholdListCsv(file: string, rows: number, seed = 7): Promise<number> {
  const out = fs.createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write('\uFEFF');
  let chunk: string[] = [];
  for (const line of householdListLines(rows, { seed })) {
    chunk.push(line);
    if (chunk.length === 10_000) {
      await write(`${chunk.join('\r\n')}\r\n`);
      chunk = [];
    }
  }
  if (chunk.length) await write(`${chunk.join('\r\n')}\r\n`);
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return fs.statSync(file).size;
}
