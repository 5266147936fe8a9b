import type { FieldDef } from '../schema/fields.ts';
import type { Fields, Household, Member, Schema } from '../schema/schema.ts';
import { isIsoDate } from '../util/dates.ts';
import { fieldColumns } from './naming.ts';

/**
 * PostgreSQL's binary COPY format, written in one growing buffer. Against CSV it spares the
 * server its slowest steps: splitting lines into fields, and parsing number text (PGlite's
 * strtod works in 128-bit software floats); on PGlite, 100,000 demo households COPY in ~60 % of
 * the CPU time of the same rows as CSV. Numbers are written as their 8 bytes, so no text either.
 */
class BinaryBytes {
  buf: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16);
  view = new DataView(this.buf.buffer);
  n = 0;
  /** Bytes the current row's fixed-size fields may still need (kept free when text grows the buffer). */
  private reserve = 0;
  private readonly enc = new TextEncoder();

  room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.n + k) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** A row's field count; room for every fixed-size field of the row (text makes its own). */
  row(fields: number): void {
    this.reserve = 12 * fields;
    this.room(2 + this.reserve);
    this.view.setInt16(this.n, fields);
    this.n += 2;
  }

  nul(): void {
    this.view.setInt32(this.n, -1);
    this.n += 4;
  }

  int8(x: number): void {
    this.view.setInt32(this.n, 8);
    this.view.setInt32(this.n + 4, Math.floor(x / 2 ** 32));
    this.view.setUint32(this.n + 8, x >>> 0);
    this.n += 12;
  }

  int4(x: number): void {
    this.view.setInt32(this.n, 4);
    this.view.setInt32(this.n + 4, x);
    this.n += 8;
  }

  bool(x: boolean): void {
    this.view.setInt32(this.n, 1);
    this.buf[this.n + 4] = x ? 1 : 0;
    this.n += 5;
  }

  /** -0 is written as 0, as the CSV path's number text ("0") loads it. */
  float8(x: number): void {
    this.view.setInt32(this.n, 8);
    this.view.setFloat64(this.n + 4, x === 0 ? 0 : x);
    this.n += 12;
  }

  /** Days since 2000-01-01, PostgreSQL's date. */
  date(days: number): void {
    this.view.setInt32(this.n, 4);
    this.view.setInt32(this.n + 4, days);
    this.n += 8;
  }

  text(s: string): void {
    this.room(4 + 3 * s.length + this.reserve);
    const buf = this.buf;
    const start = this.n + 4;
    let n = start;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        // Not ASCII: the encoder writes the rest (every UTF-16 unit is at most 3 bytes, room above).
        n += this.enc.encodeInto(s.slice(i), buf.subarray(n)).written;
        break;
      }
      buf[n++] = c;
    }
    this.view.setInt32(this.n, n - start);
    this.n = n;
  }

  bytes(): Uint8Array<ArrayBuffer> {
    return this.buf.subarray(0, this.n);
  }
}

/** Days from 2000-01-01 to an ISO date (proleptic Gregorian, as PostgreSQL counts). */
function pgDays(s: string): number {
  const y0 = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  // Days from civil (H. Hinnant): March-based years put the leap day last.
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 - 10957;
}

type Put = (out: BinaryBytes, x: unknown, key: string) => void;

function refuse(key: string, x: unknown, want: string): never {
  throw new TypeError(`${key}: ${JSON.stringify(x)} is not ${want} (validate households before loading them)`);
}

/** The writer of one field's values; a value of another type is refused (CSV would hand it to the server's parser). */
function putFor(f: FieldDef): Put {
  switch (f.type) {
    case 'number':
      return (out, x, key) => (typeof x === 'number' ? out.float8(x) : refuse(key, x, 'a number'));
    case 'boolean':
      return (out, x, key) => (typeof x === 'boolean' ? out.bool(x) : refuse(key, x, 'true or false'));
    case 'enum':
      return (out, x, key) => (typeof x === 'string' ? out.text(x) : refuse(key, x, 'a string'));
    case 'date':
      // Year 0 is a real ISO date but not a PostgreSQL one (its text input refuses it too).
      return (out, x, key) =>
        isIsoDate(x) && !x.startsWith('0000') ? out.date(pgDays(x)) : refuse(key, x, 'a date YYYY-MM-DD');
  }
}

const writers = new WeakMap<Fields, readonly (readonly [string, Put])[]>();
function writersOf(fields: Fields): readonly (readonly [string, Put])[] {
  let w = writers.get(fields);
  if (!w) {
    w = fieldColumns(fields).map(([k]) => [k, putFor(fields[k] as FieldDef)] as const);
    writers.set(fields, w);
  }
  return w;
}

const SIGNATURE = [80, 71, 67, 79, 80, 89, 10, 255, 13, 10, 0];

function start(): BinaryBytes {
  const out = new BinaryBytes();
  out.buf.set(SIGNATURE);
  // Flags and header-extension length, both 0, are already the buffer's zeros.
  out.n = SIGNATURE.length + 8;
  return out;
}

function end(out: BinaryBytes): Uint8Array<ArrayBuffer> {
  out.room(2);
  out.view.setInt16(out.n, -1);
  out.n += 2;
  return out.bytes();
}

/**
 * `householdsCsv`'s rows (csv-bytes.ts) in PostgreSQL's binary COPY format, for `COPY … FROM
 * STDIN WITH (FORMAT binary)` (`copyBinarySql`), columns in `bulkColumns` order. Binary leaves
 * no text for the server to check, so the households must be valid (`checkHousehold`): a value
 * of the wrong type, or a date that is not YYYY-MM-DD, is refused here.
 */
export function householdsCopyBinary(
  schema: Schema,
  households: readonly Household[],
  firstId = 1,
): { households: Uint8Array<ArrayBuffer>; members: Uint8Array<ArrayBuffer> } {
  const hw = writersOf(schema.household);
  const mw = writersOf(schema.member);
  const hh = start();
  const mm = start();
  for (let i = 0; i < households.length; i++) {
    const h = households[i] as Household & Member;
    const id = firstId + i;
    const ms = Array.isArray(h.members) ? (h.members as readonly Member[]) : null;
    hh.row(2 + hw.length);
    hh.int8(id);
    hh.bool(ms !== null);
    for (const [k, put] of hw) {
      const x = h[k];
      if (x === null || x === undefined) hh.nul();
      else put(hh, x, k);
    }
    if (ms === null) continue;
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j] as Member;
      mm.row(2 + mw.length);
      mm.int8(id);
      mm.int4(j);
      for (const [k, put] of mw) {
        const x = m[k];
        if (x === null || x === undefined) mm.nul();
        else put(mm, x, k);
      }
    }
  }
  return { households: end(hh), members: end(mm) };
}
