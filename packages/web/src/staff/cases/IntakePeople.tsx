import { useI18n, useStrings } from '../../i18n/index.tsx';
import { moneyShown } from '../../self-check/questionnaire/money.ts';
import { Button, optionsOf, SelectField, TextField } from '../../shared/ui/index.ts';
import { staffStrings } from '../shell/strings.ts';
import { keepMoney } from './case-details-draft.ts';
import { INCOME_KIND_LABEL, intakeStrings, RELATION_LABEL } from './intake-strings.ts';

export interface PersonDraft {
  name: string;
  birthDate: string;
  relation: string;
  phone: string;
  income: string;
  /**
   * Which of the engine's income fields the amount is (INCOME_KIND_LABEL): pay is counted after a
   * deduction, a pension in full, so taking one for the other moved 생계급여 by 200,000원 a month.
   */
  incomeKind: string;
}

export const emptyPerson = (relation = 'head'): PersonDraft => ({
  name: '',
  birthDate: '',
  relation,
  phone: '',
  income: '',
  incomeKind: '',
});

/** The household's people, one fieldset each; the first is the head of household. */
export function IntakePeople(props: {
  people: PersonDraft[];
  onChange: (people: PersonDraft[]) => void;
  errorOf: (path: string) => string | undefined;
}) {
  const s = useStrings(staffStrings);
  const i = useStrings(intakeStrings);
  const { l } = useI18n();
  const { people, onChange } = props;
  const set = (n: number, k: keyof PersonDraft) => (v: string) =>
    onChange(people.map((p, j) => (j === n ? { ...p, [k]: v } : p)));
  return (
    <>
      {people.map((p, n) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: people have no id until the case is saved
        <fieldset key={n}>
          <legend>
            {i.person} {n + 1}
          </legend>
          <TextField
            id={`people-${n}-name`}
            label={s.name}
            value={p.name}
            onChange={set(n, 'name')}
            error={props.errorOf(`people.${n}.name`)}
            maxLength={50}
            required
          />
          <TextField
            id={`people-${n}-birthDate`}
            label={s.birthDate}
            type="date"
            value={p.birthDate}
            onChange={set(n, 'birthDate')}
            error={props.errorOf(`people.${n}.birthDate`)}
          />
          <SelectField
            id={`people-${n}-relation`}
            label={s.relation}
            value={p.relation}
            options={optionsOf(RELATION_LABEL, l)}
            onChange={set(n, 'relation')}
            error={props.errorOf(`people.${n}.relation`)}
          />
          <TextField
            id={`people-${n}-phone`}
            label={s.phone}
            type="tel"
            value={p.phone}
            onChange={set(n, 'phone')}
            error={props.errorOf(`people.${n}.phone`)}
            maxLength={20}
          />
          <TextField
            id={`people-${n}-income`}
            label={i.monthlyIncome}
            value={moneyShown(p.income)}
            onChange={(v) => set(n, 'income')(keepMoney(v))}
            error={props.errorOf(`household.members.${n}.earnedIncome`)}
            maxLength={12}
          />
          <SelectField
            id={`people-${n}-incomeKind`}
            label={i.incomeKind}
            value={p.incomeKind}
            placeholder={i.choose}
            options={optionsOf(INCOME_KIND_LABEL, l)}
            onChange={set(n, 'incomeKind')}
            error={props.errorOf(`people.${n}.incomeKind`)}
          />
          {n > 0 && (
            <Button small onClick={() => onChange(people.filter((_, j) => j !== n))}>
              {i.removePerson}
            </Button>
          )}
        </fieldset>
      ))}
      {people.length < 20 && (
        <Button small onClick={() => onChange([...people, emptyPerson('spouse')])}>
          {i.addPerson}
        </Button>
      )}
    </>
  );
}
