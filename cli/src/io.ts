/** Where a command reads and writes: the process's streams in use, strings in tests. */
export interface Io {
  stdout: { write(s: string | Uint8Array): unknown };
  stderr: { write(s: string): unknown };
  stdin: NodeJS.ReadableStream;
}
