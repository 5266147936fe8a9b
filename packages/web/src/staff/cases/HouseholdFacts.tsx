import { useI18n, useStrings } from '../../i18n/index.tsx';
import { moneyShown } from '../../self-check/questionnaire/money.ts';
import { SelectField, TextField } from '../../shared/ui/index.ts';
import { keepMoney } from './case-details-draft.ts';
import { FACT_GROUPS, type FactKey, factField, factOptions, isMoney } from './case-details-facts.ts';
import { caseDetailsStrings } from './case-details-strings.ts';

/**
 * The household's other answers, one fieldset per topic: yes / no / not known for each fact,
 * the schema's own choices for a choice, numbers for amounts, counts and years. Empty is "not
 * known" to the engine, never "no".
 */
export function HouseholdFacts(props: {
  facts: Record<string, string>;
  onChange: (key: FactKey, text: string) => void;
  errorOf: (id: string) => string | undefined;
  /** What is saved now, beside a field it differs in (after a 409). */
  storedHint: (key: FactKey) => string | undefined;
}) {
  const d = useStrings(caseDetailsStrings);
  const { l } = useI18n();
  return (
    <>
      {FACT_GROUPS.map((group) => (
        <fieldset key={group.id}>
          <legend>{l(group.title)}</legend>
          {group.keys.map((k) => {
            const f = factField(k);
            const id = `cd-household-${k}`;
            const value = props.facts[k] ?? '';
            const common = { id, label: l(f.label), error: props.errorOf(id), hint: props.storedHint(k) };
            if (f.type === 'number') {
              const money = isMoney(f);
              return (
                <TextField
                  key={k}
                  {...common}
                  value={money ? moneyShown(value) : value}
                  onChange={(v) => props.onChange(k, money ? keepMoney(v) : v)}
                  inputMode="numeric"
                  maxLength={money ? 20 : 4}
                />
              );
            }
            return (
              <SelectField
                key={k}
                {...common}
                value={value}
                placeholder={d.unknown}
                options={factOptions(f, d, l)}
                onChange={(v) => props.onChange(k, v)}
              />
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
