import { incomeBreakdown, PROPERTY_KINDS, type PropertyKind } from '@jibsa/programs';
import { useMemo } from 'react';
import { fill, useI18n } from '../../i18n/index.tsx';
import { groupThousands } from '../questionnaire/money.ts';

const percent = (rate: number) => `${Number((rate * 100).toFixed(2))}%`;

/**
 * 소득인정액 as the sum it is: 소득평가액 plus each kind of property converted at its monthly rate,
 * and which part weighs most. A 250만원 earner "over the line" by a car counted in full should
 * read that the car is the cause, not guess at it.
 */
export function IncomeParts({
  programId,
  household,
  date,
  bounded = false,
}: {
  programId: string;
  household: unknown;
  date: string;
  /** A reason above words 소득인정액 by a bound ("가장 적게 잡아도"), which this total, on assumed answers, may not equal. */
  bounded?: boolean;
}) {
  const { t, lang } = useI18n();
  const b = useMemo(() => incomeBreakdown(household, programId, date), [household, programId, date]);
  if (!b) return null;
  const kindName: Record<PropertyKind, string> = {
    residential: t.partResidential,
    general: t.partGeneral,
    financial: t.partFinancial,
    car: t.partCar,
  };
  const won = (n: number) => `${groupThousands(String(Math.round(n)))}${lang === 'ko' ? '원' : ' won'}`;
  const counted = PROPERTY_KINDS.filter((k) => b.property[k].amount > 0);
  const decisive = b.decisive === 'income' ? t.partIncome : kindName[b.decisive];
  return (
    <section className="income-parts">
      <h4>{t.partsTitle}</h4>
      <dl className="parts">
        <div>
          <dt>{t.partIncome}</dt>
          <dd>{fill(t.perMonth, { amount: won(b.incomeEvaluation) })}</dd>
        </div>
        <div>
          <dt>{t.partProperty}</dt>
          <dd>
            {fill(t.perMonth, { amount: won(b.propertyIncome) })}
            {counted.length > 0 && (
              <ul className="plain-list">
                {counted.map((k) => {
                  const rate = b.property[k].rate;
                  return (
                    <li key={k}>
                      {kindName[k]}: {fill(t.perMonth, { amount: won(b.property[k].amount) })}
                      {rate !== null && ` (${fill(t.partRate, { rate: percent(rate) })})`}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
        <div className="parts-total">
          <dt>{t.partTotal}</dt>
          <dd>{fill(t.perMonth, { amount: won(b.recognizedIncome) })}</dd>
        </div>
      </dl>
      <p className="parts-decisive">{fill(t.partDecisive, { part: decisive })}</p>
      {b.assumesNoDisability && <p className="parts-assumed">{t.partAssumesNoDisability}</p>}
      {b.assumesNoExemption && <p className="parts-assumed">{t.partAssumesNoExemption}</p>}
      {bounded && (b.assumesNoDisability || b.assumesNoExemption) && (
        <p className="parts-assumed">{t.partBoundDiffers}</p>
      )}
    </section>
  );
}
