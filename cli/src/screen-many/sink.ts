import fs from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Io } from '../io.ts';

/** Where output bytes go (a file or standard output), waiting when the reader is slower than we write. */
export interface Sink {
  write(chunk: string | Uint8Array): Promise<void>;
  end(): Promise<void>;
  /** The same target as a Node stream, for writers (ExcelJS) that want one. */
  stream(): Writable;
}

export function fileSink(file: string): Sink {
  const out = fs.createWriteStream(file);
  return streamSink(out);
}

/** Standard output as the Io gives it: a real stream (backpressure honoured) or a test's collector. */
export function stdoutSink(io: Io): Sink {
  const target = io.stdout as Io['stdout'] & Partial<Pick<NodeJS.WritableStream, 'once'>>;
  const writable = new Writable({
    write(chunk: Buffer, _enc, done) {
      const more = target.write(chunk);
      if (more === false && typeof target.once === 'function') target.once('drain', () => done());
      else done();
    },
  });
  return streamSink(writable);
}

function streamSink(out: Writable): Sink {
  return {
    write: (chunk) => (out.write(chunk) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve))),
    // A writer that ended the stream itself (ExcelJS does) is waited for, not ended twice.
    end: () => {
      if (!out.writableEnded) out.end();
      return finished(out);
    },
    stream: () => out,
  };
}
