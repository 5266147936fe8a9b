import { type FormEvent, useState } from 'react';
import { fill, useI18n } from '../i18n/index.tsx';
import { ButtonLink } from '../shared/ui/Button.tsx';
import { ChoiceInput } from '../shared/ui/ChoiceInput.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { MembersEditor, type PersonDraft } from './inputs/MembersEditor.tsx';
import { MoneyInput } from './inputs/MoneyInput.tsx';
import { birthdayPassed, knownAgeFor, yearAgeFrom } from './questionnaire/birthday.ts';
import { type Draft, initialDraft, kindOf, readDraft, rememberMoneyUnit } from './questionnaire/draft.ts';
import { fieldFor, formatAnswer, questionTitle } from './questionnaire/fields.ts';
import { needsConfirming } from './questionnaire/plausible.ts';
import { type Answers, getAnswer, type MemberAnswer, type Value } from './questionnaire/state.ts';

interface Props {
  path: string;
  answers: Answers;
  progress: { n: number; total: number };
  onAnswer: (path: string, value: Value) => void;
  onMembers: (members: MemberAnswer[], origins: (number | null)[]) => void;
  onUnknown: (path: string) => void;
  onBack: (() => void) | null;
  returnToAnswers: boolean;
}

function peopleFrom(a: Answers): PersonDraft[] {
  const saved = Boolean(a.members?.length);
  const ms = a.members?.length ? a.members : [{ relation: 'head' }];
  return ms.map((m, i) => {
    const { relation, age, ...rest } = m;
    return {
      relation: String(relation ?? 'head'),
      ageText: age === undefined ? '' : String(age),
      rest,
      origin: saved ? i : null,
    };
  });
}

/** One question per screen, with "잘 모르겠어요" on every one but who lives together. */
export function Question(props: Props) {
  const { path, answers, progress } = props;
  const { t, lang } = useI18n();
  const field = fieldFor(path);
  // 연 나이 with the 만 나이 known: asked as a yes/no ("올해 생일이 지났나요?"), kept as the number.
  const knownAge = knownAgeFor(answers, path);
  const kind = knownAge !== undefined ? 'boolean' : kindOf(path, field);
  const [draft, setDraft] = useState<Draft>(() => {
    const now = getAnswer(answers, path);
    if (knownAge === undefined || typeof now !== 'number') return initialDraft(kind, now);
    return initialDraft(kind, birthdayPassed(knownAge, now));
  });
  const [people, setPeople] = useState<PersonDraft[]>(() => peopleFrom(answers));
  const [error, setError] = useState<string | null>(null);
  /** An amount far outside the usual range, waiting for "네, 맞아요" before it is kept. */
  const [toConfirm, setToConfirm] = useState<number | null>(null);
  const [personErrors, setPersonErrors] = useState<Record<number, string>>({});
  const title = questionTitle(path, answers, lang, t.membersTitle);
  const ids = { h1: 'question-title', hint: 'question-hint', error: 'question-error', input: 'answer' };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    performance.mark('jibsa:answer');
    if (kind === 'members') {
      const errs: Record<number, string> = {};
      const members = people.map((p, i) => {
        // As typed, checked here: "-5", "78.5" or "칠십" used to be stripped to 5, 785 or nothing.
        const text = p.ageText.trim();
        const age = text === '' ? undefined : /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
        // "-5" is a number, below zero: said so, not "write a number".
        if (Number.isNaN(age)) errs[i] = /^[-－]\s*\d+$/.test(text) ? t.ageNegative : t.ageNotNumber;
        else if (age !== undefined && age > 130) errs[i] = fill(t.tooLarge, { max: 130 });
        return { ...p.rest, relation: i === 0 ? 'head' : p.relation, age } as MemberAnswer;
      });
      setPersonErrors(errs);
      const first = Object.keys(errs)[0];
      // Focus goes to the first wrong age, whose error is its description: a screen reader says both.
      if (first !== undefined) requestAnimationFrame(() => document.getElementById(`person-${first}-age`)?.focus());
      if (Object.keys(errs).length === 0)
        props.onMembers(
          members,
          people.map((p) => p.origin),
        );
      return;
    }
    const read = readDraft(kind, field, draft);
    const r =
      read.ok && knownAge !== undefined
        ? { ok: true as const, value: yearAgeFrom(knownAge, read.value === true) }
        : read;
    if (r.ok && kind === 'money' && typeof r.value === 'number' && needsConfirming(path, r.value)) {
      // Kept only on "네, 맞아요": pressing 다음 again (or Enter) took 300억원 without an answer.
      if (toConfirm !== r.value) setToConfirm(r.value);
      else document.getElementById('confirm-yes')?.focus();
      return;
    }
    if (r.ok) props.onAnswer(path, r.value);
    else if (r.error === 'tooLarge') setError(fill(t.tooLarge, { max: r.max ?? '' }));
    else if (r.error === 'whole') setError(kind === 'money' ? t.wonWhole : t.wholeNumber);
    else if (r.error === 'negative') setError(t.negative);
    else setError(t.needAnswer);
  };

  const hint =
    kind === 'money'
      ? field?.type === 'number' && field.unit === 'KRW/month'
        ? t.moneyHintMonth
        : t.moneyHintTotal
      : kind === 'members'
        ? t.membersLead
        : '';
  const describedBy = [hint ? ids.hint : '', error ? ids.error : ''].filter(Boolean).join(' ');
  const change = (d: Partial<Draft>) => {
    if (d.unit !== undefined && d.unit !== draft.unit) rememberMoneyUnit(d.unit);
    setDraft({ ...draft, ...d });
    setError(null);
    setToConfirm(null);
  };

  return (
    <div className="question" data-question-path={path} data-kind={kind}>
      <div className="progress">
        <p id="progress-text">{fill(t.progress, { n: progress.n, m: progress.total })}</p>
        <progress max={progress.total} value={progress.n} aria-labelledby="progress-text" />
      </div>
      <form onSubmit={submit} noValidate>
        <div id={ids.h1}>
          {/* The progress is read with the question when the heading takes focus. */}
          <PageHeading title={title} describedBy="progress-text" />
        </div>
        {hint && (
          <p id={ids.hint} className="hint">
            {hint}
          </p>
        )}
        {kind === 'members' && <MembersEditor people={people} onChange={setPeople} errors={personErrors} />}
        {kind === 'money' && (
          <MoneyInput
            id={ids.input}
            labelledBy={ids.h1}
            describedBy={describedBy}
            text={draft.text}
            unit={draft.unit}
            perMonth={field?.type === 'number' && field.unit === 'KRW/month'}
            invalid={!!error}
            onChange={(text, unit) => change({ text, unit })}
          />
        )}
        {kind === 'number' && (
          <span className="with-unit">
            <input
              id={ids.input}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className="number"
              aria-labelledby={ids.h1}
              aria-describedby={describedBy || undefined}
              aria-invalid={error ? true : undefined}
              value={draft.text}
              onChange={(e) => change({ text: e.target.value.replace(/[^0-9.]/g, '') })}
            />
            {path.endsWith('.age') && <span aria-hidden="true">{t.ageUnit}</span>}
          </span>
        )}
        {kind === 'date' && (
          <input
            id={ids.input}
            type="date"
            aria-labelledby={ids.h1}
            aria-describedby={describedBy || undefined}
            value={draft.text}
            onChange={(e) => change({ text: e.target.value })}
          />
        )}
        {(kind === 'enum' || kind === 'boolean') && (
          <ChoiceInput
            name={ids.input}
            labelledBy={ids.h1}
            describedBy={describedBy || undefined}
            invalid={!!error}
            value={draft.choice}
            onChange={(choice) => change({ choice })}
            options={
              kind === 'boolean'
                ? [
                    { value: 'yes', label: t.yes },
                    { value: 'no', label: t.no },
                  ]
                : field?.type === 'enum'
                  ? field.values.map((v) => ({ value: v, label: field.valueLabels?.[v]?.[lang] ?? v }))
                  : []
            }
          />
        )}
        {error && (
          <p id={ids.error} className="field-error" role="alert">
            <span aria-hidden="true">⚠ </span>
            {error}
          </p>
        )}
        {toConfirm !== null && (
          <div className="confirm-amount notice" role="alert">
            <p className="confirm-question">{fill(t.confirmAmount, { amount: formatAnswer(path, toConfirm, lang) })}</p>
            <p>{t.confirmAmountLead}</p>
            <div className="button-row">
              <button
                type="button"
                id="confirm-yes"
                className="primary"
                onClick={() => props.onAnswer(path, toConfirm)}
              >
                {t.confirmYes}
              </button>
              <button
                type="button"
                onClick={() => {
                  setToConfirm(null);
                  document.getElementById(ids.input)?.focus();
                }}
              >
                {t.confirmFix}
              </button>
            </div>
          </div>
        )}
        <div className="question-actions">
          <button type="submit" className="primary">
            {props.returnToAnswers ? t.save : t.next}
            <span aria-hidden="true"> →</span>
          </button>
          {/* Who lives together is what every other question builds on: everyone can say it. */}
          {kind !== 'members' && (
            <button type="button" className="dont-know" onClick={() => props.onUnknown(path)}>
              <span aria-hidden="true">? </span>
              {t.dontKnow}
            </button>
          )}
        </div>
      </form>
      <nav className="question-nav" aria-label={t.checkTitle}>
        {props.onBack && (
          <button type="button" className="secondary" onClick={props.onBack}>
            <span aria-hidden="true">← </span>
            {t.back}
          </button>
        )}
        <ButtonLink href="#/check/answers">{t.reviewAnswers}</ButtonLink>
        <ButtonLink href="#/result">{t.showResultNow}</ButtonLink>
      </nav>
    </div>
  );
}
