import { Readable } from 'node:stream';
import type { Io } from '../../src/io.ts';
import { type ScreenManyOptions, screenManyCommand } from '../../src/screen-many-command.ts';

/** What a command wrote and how it ended, as the tests read it. */
export interface Ran {
  code: number;
  out: string;
  err: string;
}

/**
 * An `Io` that keeps what a command writes, so a test can run the command in process and read its output.
 * Standard output is kept as bytes and read as UTF-8 at the end, so a multi-byte character split between
 * two writes (a CSV streamed in chunks) still reads whole.
 */
export function captureIo(stdin: Buffer | string = ''): { io: Io; result: (code: number) => Ran } {
  const out: Buffer[] = [];
  let err = '';
  const io: Io = {
    stdout: { write: (s: string | Uint8Array) => out.push(Buffer.from(s)) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([Buffer.from(stdin)]),
  };
  return { io, result: (code) => ({ code, out: Buffer.concat(out).toString('utf8'), err }) };
}

/** Runs a command in process with `stdin`, and returns its exit code and what it wrote. */
export async function runCaptured(command: (io: Io) => Promise<number>, stdin: Buffer | string = ''): Promise<Ran> {
  const { io, result } = captureIo(stdin);
  return result(await command(io));
}

/** `screen-many`'s options when a test names none: no files, 2026-03-01, Korean. */
const SCREEN_MANY_DEFAULTS: ScreenManyOptions = {
  in: undefined,
  out: undefined,
  from: undefined,
  to: undefined,
  errors: undefined,
  mapping: undefined,
  explain: false,
  date: '2026-03-01',
  lang: 'ko',
};

/** Runs `screen-many` in process with the given options over the defaults above. */
export function runScreenMany(opts: Partial<ScreenManyOptions>): Promise<Ran> {
  return runCaptured((io) => screenManyCommand({ ...SCREEN_MANY_DEFAULTS, ...opts }, io));
}
