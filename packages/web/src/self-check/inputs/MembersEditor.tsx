import { useEffect, useRef } from 'react';
import { fill, useI18n } from '../../i18n/index.tsx';
import { relationLabels } from '../questionnaire/fields.ts';
import { halfWidth } from '../questionnaire/money.ts';
import { ordinalName } from '../questionnaire/people.ts';

/** One person as edited: relation, age as typed, and whatever else was already answered about them. */
export interface PersonDraft {
  readonly relation: string;
  readonly ageText: string;
  readonly rest: Readonly<Record<string, unknown>>;
  /** Where this person was in the saved answers (null when added now), so answers about them follow them. */
  readonly origin: number | null;
}

interface Props {
  people: readonly PersonDraft[];
  onChange: (people: PersonDraft[]) => void;
  errors: Readonly<Record<number, string>>;
}

const RELATIONS = Object.keys(relationLabels ?? {}).filter((r) => r !== 'head');

/** "Who lives with you": people with relation and age; the first is always the person themself. */
export function MembersEditor({ people, onChange, errors }: Props) {
  const { t, lang, l } = useI18n();
  const focusIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (focusIndex.current === null) return;
    const el = listRef.current?.querySelectorAll<HTMLElement>('.person select, .person input')[0];
    const rows = listRef.current?.querySelectorAll<HTMLElement>('.person');
    const row = rows?.[Math.min(focusIndex.current, rows.length - 1)];
    (row?.querySelector<HTMLElement>('select, input') ?? el)?.focus();
    focusIndex.current = null;
  });

  const set = (i: number, patch: Partial<PersonDraft>) =>
    onChange(people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const add = () => {
    const relation = people.some((p) => p.relation === 'spouse') ? 'child' : 'spouse';
    focusIndex.current = people.length;
    onChange([...people, { relation, ageText: '', rest: {}, origin: null }]);
  };
  const remove = (i: number) => {
    focusIndex.current = i - 1;
    onChange(people.filter((_, j) => j !== i));
  };

  return (
    <div className="members">
      <ol className="people" ref={listRef}>
        {people.map((p, i) => {
          const name = ordinalName(i, lang);
          const ageId = `person-${i}-age`;
          const errId = `person-${i}-error`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: people have no identity beyond their position
            <li key={i} className="person">
              <fieldset>
                {/* "첫 번째 분 — 본인 (가구주)": a dash, not brackets around the label's own brackets. */}
                <legend>
                  {i === 0
                    ? `${upperFirst(name)} — ${l(relationLabels?.head ?? { ko: '본인', en: 'You' })}`
                    : upperFirst(name)}
                </legend>
                {i > 0 && (
                  <div className="field">
                    <label htmlFor={`person-${i}-relation`}>{t.relation}</label>
                    <select
                      id={`person-${i}-relation`}
                      value={p.relation}
                      onChange={(e) => set(i, { relation: e.target.value })}
                    >
                      {RELATIONS.map((r) => (
                        <option key={r} value={r}>
                          {relationLabels?.[r] ? l(relationLabels[r]) : r}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
                <div className="field">
                  <label htmlFor={ageId}>{t.age}</label>
                  <span className="with-unit">
                    <input
                      id={ageId}
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      className="number short"
                      value={p.ageText}
                      aria-invalid={errors[i] ? true : undefined}
                      aria-describedby={errors[i] ? errId : undefined}
                      // Kept as typed (full-width digits made plain): a wrong age is named on 다음, not silently changed.
                      onChange={(e) => set(i, { ageText: halfWidth(e.target.value).slice(0, 6) })}
                    />
                    <span aria-hidden="true">{t.ageUnit}</span>
                  </span>
                  {errors[i] && (
                    <p id={errId} className="field-error">
                      <span aria-hidden="true">⚠ </span>
                      {errors[i]}
                    </p>
                  )}
                </div>
                {i > 0 && (
                  <button type="button" className="secondary small" onClick={() => remove(i)}>
                    {t.removePerson}
                    <span className="visually-hidden"> ({name})</span>
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="people-count" aria-live="polite">
        {people.length === 1 ? t.peopleCountOne : fill(t.peopleCount, { n: people.length })}
      </p>
      <button type="button" className="secondary" onClick={add}>
        <span aria-hidden="true">＋ </span>
        {t.addPerson}
      </button>
    </div>
  );
}

/** "the second person" begins a legend as "The second person"; Korean is left as it is. */
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
