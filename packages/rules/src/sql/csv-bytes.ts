import type { Household, Member, Schema } from '../schema/schema.ts';
import { withRoom } from './grow-bytes.ts';
import { fieldColumns } from './naming.ts';

/**
 * UTF-8 CSV bytes grown in one buffer. Text built as one string per line kept every line alive
 * until the final join, and the young-generation collector copied them all again and again: on
 * 50,000 demo households it spent 3× as long in GC as in building the text. Bytes written in
 * place leave almost nothing for it. Works in browsers too (TextEncoder, no Node byte type).
 */
class CsvBytes {
  buf: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16);
  n = 0;
  private readonly enc = new TextEncoder();

  private room(k: number): void {
    this.buf = withRoom(this.buf, this.n, k);
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.n++] = b;
  }

  /** ASCII text as it is (integers, number text, t/f). */
  ascii(s: string): void {
    this.room(s.length);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < s.length; i++) buf[n++] = s.charCodeAt(i);
    this.n = n;
  }

  /** A cell as the CSV reference writes it (test/fixtures/csv-reference.ts): NULL empty, t/f, number text, strings quoted with `"` doubled. */
  cell(x: unknown): void {
    if (x === null || x === undefined) return;
    if (typeof x === 'boolean') {
      this.byte(x ? 116 : 102);
      return;
    }
    if (typeof x === 'number') {
      this.ascii(Number.isFinite(x) ? String(x) : x > 0 ? 'Infinity' : x < 0 ? '-Infinity' : 'NaN');
      return;
    }
    const s = String(x);
    // Every UTF-16 unit is at most 3 UTF-8 bytes; a doubled quote is 2; plus the two quotes.
    this.room(3 * s.length + 2);
    const buf = this.buf;
    let n = this.n;
    buf[n++] = 34;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) {
        // Not ASCII (Korean, say): the encoder writes the rest, quotes doubled first (still
        // within the room above: a doubled quote is 2 bytes, any other unit at most 3).
        const rest = s.slice(i).replace(/"/g, '""');
        n += this.enc.encodeInto(rest, buf.subarray(n)).written;
        buf[n++] = 34;
        this.n = n;
        return;
      }
      if (c === 34) buf[n++] = 34;
      buf[n++] = c;
    }
    buf[n++] = 34;
    this.n = n;
  }

  bytes(): Uint8Array<ArrayBuffer> {
    return this.buf.subarray(0, this.n);
  }
}

/**
 * The CSV of `bulkRows(schema, households, firstId)`'s households and members, byte
 * for byte (UTF-8), written straight from the households: no row object per household and
 * member, whose 30-odd properties each took longer to build than the text, and no string per
 * line. Columns are `bulkColumns(schema)`; hand each part to COPY as a Blob.
 */
export function householdsCsv(
  schema: Schema,
  households: readonly Household[],
  firstId = 1,
): { households: Uint8Array<ArrayBuffer>; members: Uint8Array<ArrayBuffer> } {
  const hf = fieldColumns(schema.household);
  const mf = fieldColumns(schema.member);
  // No field is named like a key column: the schema refuses id, householdId, ordinal, membersKnown.
  const hh = new CsvBytes();
  const mm = new CsvBytes();
  for (let i = 0; i < households.length; i++) {
    const h = households[i] as Household & Member;
    const id = String(firstId + i);
    const ms = Array.isArray(h.members) ? (h.members as readonly Member[]) : null;
    hh.ascii(id);
    hh.ascii(ms !== null ? ',t' : ',f');
    for (const [k] of hf) {
      hh.byte(44);
      hh.cell(h[k]);
    }
    hh.byte(10);
    if (ms === null) continue;
    for (let j = 0; j < ms.length; j++) {
      const m = ms[j] as Member;
      mm.ascii(id);
      mm.byte(44);
      mm.ascii(String(j));
      for (const [k] of mf) {
        mm.byte(44);
        mm.cell(m[k]);
      }
      mm.byte(10);
    }
  }
  return { households: hh.bytes(), members: mm.bytes() };
}
