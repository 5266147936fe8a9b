import { fill, useStrings } from '../../i18n/index.tsx';
import { strictAmount } from '../../self-check/questionnaire/money.ts';
import { Button, TextField } from '../../shared/ui/index.ts';
import { noticeStrings } from './notice-strings.ts';

/** One row of 주택형별 공급 as typed: text until it is checked and sent. */
export interface UnitDraft {
  area: string;
  count: string;
  deposit: string;
  rent: string;
}
export type UnitKey = keyof UnitDraft;
export const UNIT_KEYS: readonly UnitKey[] = ['area', 'count', 'deposit', 'rent'];
export const EMPTY_UNIT: UnitDraft = { area: '', count: '', deposit: '', rent: '' };
/** The API takes at most this many (schemas.ts). */
export const MAX_UNITS = 30;
/** The API's upper bounds (schemas.ts Unit), so the form says so before sending. */
const MAX: Record<Exclude<UnitKey, 'area'>, number> = { count: 100_000, deposit: 10_000_000_000, rent: 100_000_000 };

const digits = (x: string) => x.replace(/[,\s]/g, '');

/**
 * A row's number as typed: digits with separators, or for money Korean words as notices write
 * them ("12만", "1,954만 6천원"); undefined when nothing is typed, NaN when it is not a whole number.
 */
function unitNumber(k: Exclude<UnitKey, 'area'>, typed: string): number | undefined {
  if (!digits(typed)) return undefined;
  if (k === 'count') return /^\d+$/.test(digits(typed)) ? Number(digits(typed)) : Number.NaN;
  const won = strictAmount(typed, 'won');
  return won !== null && Number.isSafeInteger(won) ? won : Number.NaN;
}

/** Problems per `${row}.${key}`, in the reader's words; rows left wholly empty are skipped. */
export function checkUnits(
  units: readonly UnitDraft[],
  s: { required: string; notNumber: string; tooBig: string },
): Record<string, string> {
  const out: Record<string, string> = {};
  units.forEach((u, i) => {
    if (UNIT_KEYS.every((k) => !u[k].trim())) return;
    if (!u.area.trim()) out[`${i}.area`] = s.required;
    for (const k of ['count', 'deposit', 'rent'] as const) {
      const n = unitNumber(k, u[k]);
      if (n === undefined) continue;
      if (Number.isNaN(n)) out[`${i}.${k}`] = s.notNumber;
      else if (n > MAX[k]) out[`${i}.${k}`] = fill(s.tooBig, { max: MAX[k].toLocaleString('ko-KR') });
    }
  });
  return out;
}

/** The rows as the API takes them (won as whole numbers, commas allowed when typing). */
export function unitsToSend(units: readonly UnitDraft[]) {
  const n = (k: Exclude<UnitKey, 'area'>, x: string) => unitNumber(k, x) ?? null;
  return units
    .filter((u) => UNIT_KEYS.some((k) => u[k].trim()))
    .map((u) => ({
      area: u.area.trim(),
      count: n('count', u.count),
      deposit: n('deposit', u.deposit),
      rent: n('rent', u.rent),
    }));
}

export function unitsFromNotice(
  units: readonly { area: string; count?: number | null; deposit?: number | null; rent?: number | null }[],
): UnitDraft[] {
  const t = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));
  return units.map((u) => ({ area: u.area, count: t(u.count), deposit: t(u.deposit), rent: t(u.rent) }));
}

/** A server path such as `units[2].deposit` → `2.deposit`. */
export function unitErrorKey(path: string): string | null {
  const m = /^units\[(\d+)\](?:\.(area|count|deposit|rent))?$/.exec(path);
  return m ? `${m[1]}.${m[2] ?? 'area'}` : null;
}

/** 주택형별 공급: size, number of homes, deposit and rent, one group of fields per type. */
export function NoticeUnits({
  units,
  errors,
  onChange,
}: {
  units: readonly UnitDraft[];
  errors: Readonly<Record<string, string>>;
  onChange: (units: UnitDraft[]) => void;
}) {
  const s = useStrings(noticeStrings);
  const label: Record<UnitKey, string> = {
    area: s.unitArea,
    count: s.unitCount,
    deposit: s.unitDeposit,
    rent: s.unitRent,
  };
  const hint: Partial<Record<UnitKey, string>> = { area: s.unitAreaHint, deposit: s.wonHint, rent: s.wonHint };
  const set = (i: number, k: UnitKey) => (x: string) => onChange(units.map((u, j) => (j === i ? { ...u, [k]: x } : u)));
  return (
    <fieldset className="field notice-units">
      <legend>{s.units}</legend>
      <p className="hint">{s.unitsHint}</p>
      {units.map((u, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own; ids follow the position
        <fieldset key={i} className="notice-unit">
          <legend>{fill(s.unitN, { n: i + 1 })}</legend>
          {UNIT_KEYS.map((k) => (
            <TextField
              key={k}
              id={`notice-unit-${i}-${k}`}
              label={label[k]}
              hint={hint[k]}
              value={u[k]}
              maxLength={k === 'area' ? 30 : 20}
              onChange={set(i, k)}
              error={errors[`${i}.${k}`]}
            />
          ))}
          <Button small onClick={() => onChange(units.filter((_, j) => j !== i))}>
            {fill(s.removeUnit, { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      <Button small disabled={units.length >= MAX_UNITS} onClick={() => onChange([...units, { ...EMPTY_UNIT }])}>
        {s.addUnit}
      </Button>
    </fieldset>
  );
}

/** Field ids and names for the error summary, in row order. */
export function unitSummary(errors: Readonly<Record<string, string>>, s: Record<string, string>) {
  const label: Record<UnitKey, string> = {
    area: s.unitArea as string,
    count: s.unitCount as string,
    deposit: s.unitDeposit as string,
    rent: s.unitRent as string,
  };
  return Object.entries(errors)
    .map(([key, message]) => {
      const [row, k] = key.split('.') as [string, UnitKey];
      return {
        order: Number(row) * 10 + UNIT_KEYS.indexOf(k),
        fieldId: `notice-unit-${row}-${k}`,
        label: `${fill(s.unitN as string, { n: Number(row) + 1 })} ${label[k]}`,
        message,
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _o, ...item }) => item);
}
