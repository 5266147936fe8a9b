import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Format, formatOfBytes, formatOfName } from './formats.ts';
import { fileSize, listInput, ndjsonInput, type RowInput, type Threads } from './inputs.ts';

/**
 * Opens the input, a file or standard input, in the format asked for or else the one its name or
 * first bytes say. A table on standard input is first copied to a temporary file: XLSX is a ZIP,
 * read from its end, and the list reader sniffs a file's head; the copy streams, memory stays flat.
 */
export async function openInput(
  file: string | undefined,
  from: Format | undefined,
  stdin: NodeJS.ReadableStream,
  mapping: Readonly<Record<string, string>> | null,
  date: string,
  threads: Threads = false,
): Promise<RowInput & { format: Format; cleanup(): void }> {
  if (file !== undefined) {
    const format = from ?? formatOfName(file) ?? formatOfBytes(readHead(file));
    return { ...(await openAs(format, file, mapping, date, threads)), format, cleanup: () => {} };
  }
  const iterator = stdin[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value as string | Buffer);
  const rest = new PassThrough();
  rest.write(head);
  const pump = (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!rest.write(next.value)) await new Promise((resolve) => rest.once('drain', resolve));
    }
    rest.end();
  })();
  const format = from ?? formatOfBytes(head);
  if (format === 'ndjson') return { ...ndjsonInput(rest, null), format, cleanup: () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jibsa-stdin-'));
  const spooled = path.join(dir, format === 'xlsx' ? 'stdin.xlsx' : 'stdin.csv');
  await Promise.all([pipeline(rest, fs.createWriteStream(spooled)), pump]);
  const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    return { ...(await openAs(format, spooled, mapping, date, threads)), format, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

async function openAs(
  format: Format,
  file: string,
  mapping: Readonly<Record<string, string>> | null,
  date: string,
  threads: Threads,
): Promise<RowInput> {
  if (format === 'ndjson') return ndjsonInput(fs.createReadStream(file, { encoding: 'utf8' }), fileSize(file));
  return listInput(file, mapping, date, threads);
}

function readHead(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, 64, 0));
  } finally {
    fs.closeSync(fd);
  }
}
