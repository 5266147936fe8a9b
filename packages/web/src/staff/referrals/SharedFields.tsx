import { householdSchema } from '@jibsa/programs';
import { type FieldDef, formatNumber } from '@jibsa/rules';
import type { ReactNode } from 'react';
import { fill, type Lang, useI18n, useStrings } from '../../i18n/index.tsx';
import { formatAnswer } from '../../self-check/questionnaire/fields.ts';
import { moneyReadBack } from '../../self-check/questionnaire/money.ts';
import type { Value } from '../../self-check/questionnaire/state.ts';
import { labelFor } from '../../shared/ui/index.ts';
import { RELATION_LABEL } from '../cases/intake-strings.ts';
import { phoneText } from '../shell/phone.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import { referralStrings, SHARE_LABEL, type ShareField } from './referral-strings.ts';

type Label = { ko: string; en: string };
type L = (label: Label) => string;

/**
 * What the center shared with the agency, in words an agency worker reads: the schema's own labels
 * and choices, answers worded as the self-check reads them back (formatAnswer), phone numbers with
 * dashes. Only the keys the server sent are shown.
 */
export function SharedFields({ shared }: { shared: Record<string, unknown> }) {
  const { l, lang } = useI18n();
  const words = { referral: useStrings(referralStrings), l, lang };
  const keys = Object.keys(shared) as ShareField[];
  // 점유형태, 보증금, 월세 and 사는 곳 are kept both with the case's housing and in the household the
  // screening read (the case form writes one onto the other). Shown once, under 주거 상황 when that
  // was shared; under 소득·재산 only when it was not, or when the housing record lacks them.
  const housing = shared.housing;
  const shownWithHousing = new Set(
    housing && typeof housing === 'object'
      ? Object.entries(housing).flatMap(([key, v]) => (v === null || v === undefined || v === '' ? [] : [key]))
      : [],
  );
  return (
    <dl className="shared-fields">
      {keys.map((k) => (
        <div key={k}>
          <dt>{SHARE_LABEL[lang][k] ?? k}</dt>
          <dd>{sharedValue(k, shared[k], words, shownWithHousing)}</dd>
        </div>
      ))}
    </dl>
  );
}

interface Words {
  referral: (typeof referralStrings)['ko'];
  l: L;
  lang: Lang;
}

function sharedValue(k: ShareField, v: unknown, w: Words, shownWithHousing: ReadonlySet<string>): ReactNode {
  if (v === null || v === undefined || v === '') return '-';
  switch (k) {
    case 'contact':
      return phoneText(String(v));
    case 'members':
      return list(v, (p) =>
        [p.name, p.relation ? labelFor(RELATION_LABEL, String(p.relation), w.l) : '', p.birthDate]
          .filter((x) => typeof x === 'string' && x !== '')
          .join(' · '),
      );
    case 'address': {
      const a = v as { district?: string; dong?: string; detail?: string };
      return [a.district ? labelFor(DISTRICT_LABEL, a.district, w.l) : '', a.dong, a.detail].filter(Boolean).join(' ');
    }
    case 'housing':
      return <Pairs pairs={housingPairs(v as Record<string, unknown>, w)} />;
    case 'needs':
      return Array.isArray(v) ? v.join(', ') || '-' : String(v);
    case 'household':
      return <HouseholdPairs household={v as Record<string, unknown>} w={w} skip={shownWithHousing} />;
    case 'plan':
      return list(v, (g) => `${String(g.goal)}${g.done === true ? ` (${w.referral.goalDone})` : ''}`);
    default:
      return typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
}

function list(v: unknown, line: (item: Record<string, unknown>) => string): ReactNode {
  if (!Array.isArray(v) || v.length === 0) return '-';
  return (
    <ul>
      {v.map((item, i) => (
        // The shared list is read, never reordered: its position is its identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <li key={i}>{line(item as Record<string, unknown>)}</li>
      ))}
    </ul>
  );
}

function Pairs({ pairs }: { pairs: readonly (readonly [label: string, value: string, ...rest: string[]])[] }) {
  if (pairs.length === 0) return '-';
  return (
    <dl className="shared-pairs">
      {pairs.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The case's housing record: choices and amounts as the household schema names them, the counselor's note as written. */
function housingPairs(h: Record<string, unknown>, w: Words): [string, string][] {
  const r = w.referral;
  const schema = householdSchema.household as Readonly<Record<string, FieldDef>>;
  const own: Record<string, [string, (x: unknown) => string]> = {
    arrearsAmount: [r.arrearsAmount, (x) => (typeof x === 'number' ? moneyReadBack(x, false, w.lang) : String(x))],
    arrearsMonths: [
      r.arrearsMonths,
      (x) => (typeof x === 'number' ? fill(r.months, { n: formatNumber(x) }) : String(x)),
    ],
    conditionNotes: [r.conditionNotes, String],
  };
  return Object.entries(h)
    .filter(([, x]) => x !== null && x !== undefined && x !== '')
    .map(([key, x]) => {
      const f = schema[key];
      if (f) return [w.l(f.label), answerText(key, x, w.lang)];
      const [label, show] = own[key] ?? [key, (y: unknown) => answerText(key, y, w.lang)];
      return [label, show(x)];
    });
}

/** An answer at a household path ("deposit", "members[0].age") in words; anything not a plain value as JSON. */
const answerText = (path: string, v: unknown, lang: Lang) =>
  typeof v === 'object' ? JSON.stringify(v) : formatAnswer(path, v as Value, lang);

/** Known answers only, in the schema's order; unknown ones are left out rather than shown as "unknown". */
function schemaPairs(
  fields: Readonly<Record<string, FieldDef>>,
  record: Record<string, unknown>,
  prefix: string,
  w: Words,
) {
  const pairs: [label: string, value: string, key: string][] = [];
  for (const [key, f] of Object.entries(fields)) {
    const v = record[key];
    if (v !== null && v !== undefined) pairs.push([w.l(f.label), answerText(`${prefix}${key}`, v, w.lang), key]);
  }
  return pairs;
}

function HouseholdPairs({
  household,
  w,
  skip,
}: {
  household: Record<string, unknown>;
  w: Words;
  /** The household's own answers already shown under 주거 상황. */
  skip: ReadonlySet<string>;
}) {
  const fields = householdSchema.household as Readonly<Record<string, FieldDef>>;
  const members = Array.isArray(household.members) ? (household.members as Record<string, unknown>[]) : [];
  const memberFields = householdSchema.member as Readonly<Record<string, FieldDef>>;
  return (
    <>
      <Pairs pairs={schemaPairs(fields, household, '', w).filter(([, , key]) => !skip.has(key))} />
      {members.map((m, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: members are numbered by their place in the household
        <section key={i} aria-label={fill(w.referral.memberN, { n: i + 1 })}>
          <h4>{fill(w.referral.memberN, { n: i + 1 })}</h4>
          <Pairs pairs={schemaPairs(memberFields, m, `members[${i}].`, w)} />
        </section>
      ))}
    </>
  );
}
