import type { Val } from '../eval-scalar/context.ts';
import type { Unit } from '../parameters/types.ts';
import type { Label } from '../schema/fields.ts';
import { formatNumber, formatValue } from './format.ts';

/**
 * A comparison's sentence with how far its figure is from the line, in both directions, in brackets
 * after it ("… 이하입니다 (기준보다 12,000원 적어요)", "(기준보다 3살 적어요)"): how near a household is
 * to qualifying, or to losing it, is what it wants to know next. Counts and yes/no answers need no
 * gap; the sentence already shows both sides. Joined here, the brackets already on the words.
 */
export function withGap(ko: string, en: string, left: Val, right: Val, unit: Unit | null, age: boolean): Label {
  if (typeof left !== 'number' || typeof right !== 'number') return { ko, en };
  const words = gapWords(unit, age);
  if (!words) return { ko, en };
  const raw = unit === 'ratio' ? (left - right) * 100 : left - right;
  // Ratios are compared in percentage points to two decimals; everything else to the unit.
  const diff = unit === 'ratio' ? Math.round(raw * 100) / 100 : Math.round(raw);
  if (diff === 0) return { ko: `${ko} (기준과 같아요)`, en: `${en} (exactly at the line)` };
  const size = formatNumber(Math.abs(diff));
  const [k, e] = diff < 0 ? words.below : words.above;
  return { ko: `${ko} (기준보다 ${size}${k}`, en: `${en} (${size}${e}` };
}

interface GapWords {
  readonly below: readonly [ko: string, en: string];
  readonly above: readonly [ko: string, en: string];
}

// Made once, with the closing bracket: the words were a new object and four arrays per sentence with a gap.
const AGE: GapWords = {
  below: ['살 적어요)', ' years younger than the line)'],
  above: ['살 많아요)', ' years older than the line)'],
};
const WON: GapWords = { below: ['원 적어요)', ' won below the line)'], above: ['원 많아요)', ' won above the line)'] };
const RATIO: GapWords = {
  below: ['%p 낮아요)', ' percentage points below the line)'],
  above: ['%p 높아요)', ' percentage points above the line)'],
};
const YEARS: GapWords = {
  below: ['년 짧아요)', ' years shorter than the line)'],
  above: ['년 길어요)', ' years longer than the line)'],
};
const M2: GapWords = {
  below: ['㎡ 좁아요)', ' m² smaller than the line)'],
  above: ['㎡ 넓어요)', ' m² larger than the line)'],
};

function gapWords(unit: Unit | null, age: boolean): GapWords | null {
  if (age) return AGE;
  switch (unit) {
    case 'KRW':
    case 'KRW/month':
    case 'KRW/year':
      return WON;
    case 'ratio':
      return RATIO;
    case 'years':
      return YEARS;
    case 'm2':
      return M2;
    default:
      return null;
  }
}

/** An age reads "만 19세", not "19년" (years also measure marriages and stays, which keep 년). */
export const isAgeName = (name: Label | null) => name !== null && ageNames(name);

/** Names are the program's own labels (nameIn keeps them), so the answer is kept per label. */
const ageOfName = new WeakMap<Label, boolean>();
function ageNames(name: Label): boolean {
  let age = ageOfName.get(name);
  if (age === undefined) {
    age = /나이|연령/.test(name.ko);
    ageOfName.set(name, age);
  }
  return age;
}

export function formatAge(val: Val): Label {
  if (typeof val !== 'number') return formatValue(val, 'years');
  const s = formatNumber(val);
  return { ko: `${s}세`, en: `${s} ${val === 1 ? 'year' : 'years'} old` };
}
