import type { Household } from '@jibsa/rules';

/** Deterministic households for the sample program (mulberry32), so runs are comparable. */
export function makeHouseholds(n: number, opts: { unknownRate?: number; seed?: number } = {}): Household[] {
  let s = opts.seed ?? 12345;
  const rand = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(rand() * (max + 1));
  const unknown = opts.unknownRate ?? 0;
  const maybe = <T>(x: T): T | undefined => (rand() < unknown ? undefined : x);
  const regions = ['seoul', 'gyeonggi', 'metro', 'other'];
  const out: Household[] = [];
  for (let i = 0; i < n; i++) {
    const count = 1 + int(3);
    const members = Array.from({ length: count }, () => ({
      birthDate: maybe(
        `${1935 + int(85)}-${String(1 + int(11)).padStart(2, '0')}-${String(1 + int(27)).padStart(2, '0')}`,
      ),
      earnedIncome: maybe(int(10) < 3 ? 0 : int(1_500_000)),
      otherIncome: maybe(int(300_000)),
      disabled: maybe(int(10) === 0),
    }));
    out.push({
      size: maybe(count),
      rent: maybe(100_000 + int(600_000)),
      region: maybe(regions[int(3)] as string),
      deposit: maybe(int(120_000_000)),
      ownsHome: maybe(int(10) === 0),
      members,
    });
  }
  return out;
}
