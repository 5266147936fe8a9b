import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { groupThousands } from '../../self-check/questionnaire/money.ts';
import { DataTable, Notice } from '../../shared/ui/index.ts';
import type { WhatIfResult as Result } from './outreach-types.ts';
import { AssumedNote } from './UndecidedNote.tsx';
import { undecidedStrings } from './undecided-strings.ts';
import { whatIfStrings } from './what-if-strings.ts';

type Program = Result['programs'][number];
type Lang = 'ko' | 'en';

/** +43, −12 or ±0: a change in households, signed so it reads without a colour. */
export function signed(n: number): string {
  if (n === 0) return '±0';
  return n > 0 ? `+${groupThousands(String(n))}` : `−${groupThousands(String(-n))}`;
}

/** A sum of amounts in its unit: "월 1,234,000원" / "1,234,000 won a month". */
function amountText(won: number, unit: Program['amountUnit'], lang: Lang): string {
  const n = groupThousands(String(Math.round(won)));
  const monthly = unit === 'KRW/month';
  if (lang === 'en') return `${n} won${monthly ? ' a month' : unit === 'KRW/year' ? ' a year' : ''}`;
  return `${monthly ? '월 ' : unit === 'KRW/year' ? '연 ' : ''}${n}원`;
}

/**
 * A what-if's counts in plain words: a sentence per program the change moves, then each program
 * that reads the figure (now, changed, difference, gained, lost, amounts), then the chosen
 * program by 구. Counts only: the answer holds no household.
 */
export function WhatIfResult(props: { result: Result; programId: string; change: string; level: 2 | 3 | 4 }) {
  const { result } = props;
  const w = useStrings(whatIfStrings);
  const u = useStrings(undecidedStrings);
  const { l, lang, k } = useI18n();
  const Heading = `h${props.level}` as const;
  const affected = result.programs.filter((p) => p.affected);
  const moved = affected.filter((p) => p.became > 0 || p.stopped > 0);
  const chosen = affected.find((p) => p.id === props.programId) ?? moved[0];
  const districtName = (id: string | null) => {
    const d = GWANGJU_DISTRICTS.find((x) => x.id === id);
    return d ? l(d) : w.noDistrict;
  };
  const amount = (p: Program) => {
    if (p.amountUnit === null) return w.noAmount;
    const side = (t: Program['baseline']) =>
      fill(w.amountKnown, {
        amount: amountText(t.amount, p.amountUnit, lang),
        n: groupThousands(String(t.withAmount)),
        // Beside the eligible count: "월 33,000원" next to 55 eligible households read as their total.
        eligible: groupThousands(String(t.eligible)),
      });
    return `${side(p.baseline)} → ${side(p.scenario)}`;
  };
  return (
    <section className="what-if-result" aria-labelledby="what-if-result-title">
      <Heading id="what-if-result-title">{w.resultTitle}</Heading>
      <p>{k(props.change)}</p>
      <p>
        {fill(w.households, {
          n: groupThousands(String(result.households)),
          skipped: groupThousands(String(result.rowsSkipped)),
        })}
      </p>
      {moved.length === 0 ? (
        <p>{w.nothingMoves}</p>
      ) : (
        <ul>
          {moved.map((p) => (
            <li key={p.id}>
              {k(
                fill(w.headline, {
                  program: l(p.label),
                  before: groupThousands(String(p.baseline.eligible)),
                  after: groupThousands(String(p.scenario.eligible)),
                  diff: signed(p.scenario.eligible - p.baseline.eligible),
                }),
              )}
            </li>
          ))}
        </ul>
      )}
      <Notice>{l(result.note)}</Notice>
      <AssumedNote assumed={result.assumed} on="whatIf" />
      {!result.assumed?.length &&
        affected.some((p) => p.amountUnit !== null && p.baseline.withAmount < p.baseline.eligible) && (
          <p className="hint">{u.amountsUnknown}</p>
        )}
      <DataTable
        caption={w.byProgramCaption}
        rows={affected}
        rowKey={(p) => p.id}
        columns={[
          { key: 'program', header: w.colProgram, rowHeader: true, cell: (p) => k(p.label) },
          { key: 'now', header: w.colNow, className: 'number', cell: (p) => p.baseline.eligible },
          { key: 'after', header: w.colAfter, className: 'number', cell: (p) => p.scenario.eligible },
          {
            key: 'diff',
            header: w.colDiff,
            className: 'number',
            cell: (p) => signed(p.scenario.eligible - p.baseline.eligible),
          },
          { key: 'became', header: w.colBecame, className: 'number', cell: (p) => p.became },
          { key: 'stopped', header: w.colStopped, className: 'number', cell: (p) => p.stopped },
          { key: 'amount', header: w.colAmount, cell: amount },
        ]}
      />
      {chosen && (
        <DataTable
          caption={fill(w.byDistrictCaption, { program: l(chosen.label) })}
          rows={chosen.byDistrict}
          rowKey={(d) => d.district ?? 'none'}
          columns={[
            { key: 'district', header: w.colDistrict, rowHeader: true, cell: (d) => districtName(d.district) },
            { key: 'now', header: w.colNow, className: 'number', cell: (d) => d.baseline },
            { key: 'after', header: w.colAfter, className: 'number', cell: (d) => d.scenario },
            { key: 'diff', header: w.colDiff, className: 'number', cell: (d) => signed(d.scenario - d.baseline) },
          ]}
        />
      )}
    </section>
  );
}
