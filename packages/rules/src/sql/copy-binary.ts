import type { Fields, Household, Member, Schema } from '../schema/schema.ts';
import { generatedFunction } from '../util/code-generation.ts';
import { isIsoDate } from '../util/dates.ts';
import { bulkColumns, copyBinarySql } from './bulk-load.ts';
import { withRoom } from './grow-bytes.ts';
import { fieldColumns, type SqlNames } from './naming.ts';

/**
 * A `COPY … FROM STDIN WITH (FORMAT binary)` and its rows as PostgreSQL wire-protocol messages
 * (Query, CopyData, CopyDone) in one buffer, the rows written in place. Against CSV through
 * PGlite's '/dev/blob', binary spares the server its slowest steps: splitting lines into fields
 * and parsing number text (PGlite's strtod works in 128-bit software floats); and the message
 * reaches it by block copies, where '/dev/blob' copies a Blob byte by byte in JavaScript.
 */
class CopyIn {
  buf: Uint8Array<ArrayBuffer>;
  view: DataView<ArrayBuffer>;
  n: number;
  /** One row's field values, reused row after row. */
  readonly vals: unknown[] = [];
  private readonly dataAt: number;
  private readonly enc = new TextEncoder();

  /** `into`: a buffer of an earlier answer, written over when it is large enough. */
  constructor(sql: string, capacity: number, into?: Uint8Array<ArrayBuffer>) {
    const q = this.enc.encode(sql);
    const size = Math.max(capacity, 1 << 16) + q.length + 32;
    this.buf = into && into.buffer.byteLength >= size ? new Uint8Array(into.buffer) : new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
    this.buf[0] = 81; // 'Q', then the query and its closing zero
    this.view.setInt32(1, 4 + q.length + 1);
    this.buf.set(q, 5);
    this.buf[5 + q.length] = 0;
    this.n = 5 + q.length + 1;
    this.buf[this.n] = 100; // 'd': its length is known at the end
    this.n += 5;
    this.dataAt = this.n;
    this.buf.set(SIGNATURE, this.n);
    this.n += SIGNATURE.length;
    // Flags and header-extension length, both 0 (an earlier answer's buffer may hold rows there).
    this.view.setInt32(this.n, 0);
    this.view.setInt32(this.n + 4, 0);
    this.n += 8;
  }

  room(k: number): void {
    const next = withRoom(this.buf, this.n, k);
    if (next === this.buf) return;
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  /** Text as UTF-8 with its length; `reserve` bytes are kept free after it for the row's other fields. */
  text(s: string, reserve: number): void {
    this.room(4 + 3 * s.length + reserve);
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

  /** Closes the rows (trailer), the CopyData message, and appends CopyDone. */
  end(): Uint8Array<ArrayBuffer> {
    this.room(2 + 5);
    this.view.setInt16(this.n, -1);
    this.n += 2;
    this.view.setInt32(this.dataAt - 4, 4 + this.n - this.dataAt);
    this.buf[this.n] = 99; // 'c'
    this.view.setInt32(this.n + 1, 4);
    this.n += 5;
    return this.buf.subarray(0, this.n);
  }
}

const SIGNATURE = [80, 71, 67, 79, 80, 89, 10, 255, 13, 10, 0];
const NUMBER = 0;
const BOOLEAN = 1;
const TEXT = 2;
const DATE = 3;
const KIND = { number: NUMBER, boolean: BOOLEAN, enum: TEXT, date: DATE } as const;
const WANT = ['a number', 'true or false', 'a string', 'a date YYYY-MM-DD'];
/** Bytes of a fixed-size field with its length word (int8 and float8, the largest). */
const FIXED = 12;

interface Plan {
  readonly keys: readonly string[];
  readonly kinds: readonly number[];
  /** Copies the fields' values, in `keys` order, into `vals`. */
  readonly read: FieldReader;
}
type FieldReader = (src: Member, vals: unknown[]) => void;

/**
 * A reader of the fields' values as one named load per field, where a loop over the keys is one
 * keyed load site seeing every field (megamorphic): on the demo households the loads took half
 * the time. Generated code, so with `generate: false` (and where a Content-Security-Policy
 * forbids `new Function`) it is the loop.
 */
export function fieldReader(keys: readonly string[], generate = true): FieldReader {
  if (generate) {
    const body = keys.map((k, i) => `vals[${i}] = src[${JSON.stringify(k)}];`).join('\n');
    const read = generatedFunction(['src', 'vals'], body);
    // Where code generation is forbidden or refused: the loop below.
    if (read) return read as FieldReader;
  }
  return (src, vals) => {
    for (let i = 0; i < keys.length; i++) vals[i] = src[keys[i] as string];
  };
}

const plans = new WeakMap<Fields, Plan>();
function planOf(fields: Fields): Plan {
  let p = plans.get(fields);
  if (!p) {
    const keys = fieldColumns(fields).map(([k]) => k);
    p = { keys, kinds: keys.map((k) => KIND[(fields[k] as Fields[string]).type]), read: fieldReader(keys) };
    plans.set(fields, p);
  }
  return p;
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

function refuse(key: string, x: unknown, kind: number): never {
  throw new TypeError(`${key}: ${JSON.stringify(x)} is not ${WANT[kind]} (validate households before loading them)`);
}

/**
 * One row: the field count, the two key columns (int8, then bool or int4), then the fields. A
 * value of another type than its field's is refused (CSV would hand it to the server's parser).
 */
function row(out: CopyIn, id: number, second: number, secondBool: boolean, src: Member, plan: Plan): void {
  const { keys, kinds } = plan;
  const vals = out.vals;
  plan.read(src, vals);
  const reserve = FIXED * (keys.length + 2);
  out.room(2 + reserve);
  let view = out.view;
  let n = out.n;
  view.setInt16(n, keys.length + 2);
  view.setInt32(n + 2, 8);
  view.setInt32(n + 6, Math.floor(id / 2 ** 32));
  view.setUint32(n + 10, id >>> 0);
  n += 14;
  if (secondBool) {
    view.setInt32(n, 1);
    view.setUint8(n + 4, second);
    n += 5;
  } else {
    view.setInt32(n, 4);
    view.setInt32(n + 4, second);
    n += 8;
  }
  for (let f = 0; f < keys.length; f++) {
    const x = vals[f];
    if (x === null || x === undefined) {
      view.setInt32(n, -1);
      n += 4;
      continue;
    }
    const kind = kinds[f] as number;
    if (kind === NUMBER) {
      if (typeof x !== 'number') refuse(keys[f] as string, x, kind);
      view.setInt32(n, 8);
      // -0 is written as 0, as the CSV path's number text ("0") loads it.
      view.setFloat64(n + 4, x === 0 ? 0 : x);
      n += 12;
    } else if (kind === TEXT) {
      if (typeof x !== 'string') refuse(keys[f] as string, x, kind);
      out.n = n;
      out.text(x, reserve);
      view = out.view;
      n = out.n;
    } else if (kind === BOOLEAN) {
      if (typeof x !== 'boolean') refuse(keys[f] as string, x, kind);
      view.setInt32(n, 1);
      view.setUint8(n + 4, x ? 1 : 0);
      n += 5;
    } else {
      // Year 0 is a real ISO date but not a PostgreSQL one (its text input refuses it too).
      if (!isIsoDate(x) || x.startsWith('0000')) refuse(keys[f] as string, x, kind);
      view.setInt32(n, 4);
      view.setInt32(n + 4, pgDays(x));
      n += 8;
    }
  }
  out.n = n;
}

/** The two tables' COPY messages: for `db.execProtocol(…)`, households first. */
export interface CopyInMessages {
  readonly households: Uint8Array<ArrayBuffer>;
  readonly members: Uint8Array<ArrayBuffer>;
}

/**
 * `householdsCsv`'s rows (csv-bytes.ts) as one `COPY … FROM STDIN WITH (FORMAT binary)` per
 * table in wire-protocol messages, for PGlite's `db.execProtocol(…)`, households numbered
 * `firstId`, `firstId + 1`, … Binary leaves the server no text to check, so the households must
 * be valid (`checkHousehold`): a value of the wrong type, or a date that is not YYYY-MM-DD, is
 * refused here, before anything is sent. Hand a big list over in slices (the bench uses 50,000
 * households): each table's rows travel as one message, which the server caps at 1 GB.
 *
 * `freeze: true` asks for `COPY … FREEZE`, for tables created (or truncated) in the same
 * transaction as the COPY, as a fresh load's are: the rows are written already visible to
 * everyone, so the scans that build the keys afterwards skip checking (and marking) each row's
 * visibility. On PGlite, 100,000 demo households: keys 123–134 ms of CPU instead of 169–190.
 * The server refuses it for a table made in an earlier transaction.
 *
 * `into` takes the answer of an earlier call whose messages have been sent: the new ones are
 * written over its buffers where they fit. Fresh buffers for every slice cost the process a page
 * fault per 4 KiB written and the collector the old buffers.
 */
export function householdsCopyIn(
  schema: Schema,
  households: readonly Household[],
  opts: { firstId?: number; names?: SqlNames; freeze?: boolean; into?: CopyInMessages } = {},
): CopyInMessages {
  const firstId = opts.firstId ?? 1;
  const cols = bulkColumns(schema);
  const hp = planOf(schema.household);
  const mp = planOf(schema.member);
  let members = 0;
  for (const h of households) if (Array.isArray(h.members)) members += h.members.length;
  // Sized for every field present and 8 bytes wide, so the buffer seldom grows (and copies).
  const hh = new CopyIn(
    copyBinarySql(opts.names?.households ?? 'households', cols.households, opts.freeze),
    households.length * (2 + FIXED * (hp.keys.length + 2)),
    opts.into?.households,
  );
  const mm = new CopyIn(
    copyBinarySql(opts.names?.members ?? 'members', cols.members, opts.freeze),
    members * (2 + FIXED * (mp.keys.length + 2)),
    opts.into?.members,
  );
  for (let i = 0; i < households.length; i++) {
    const h = households[i] as Household & Member;
    const id = firstId + i;
    const ms = Array.isArray(h.members) ? (h.members as readonly Member[]) : null;
    row(hh, id, ms !== null ? 1 : 0, true, h, hp);
    if (ms !== null) for (let j = 0; j < ms.length; j++) row(mm, id, j, false, ms[j] as Member, mp);
  }
  return { households: hh.end(), members: mm.end() };
}
