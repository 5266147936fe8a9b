import { useEffect, useRef } from 'react';
import { href } from '../app/router.ts';
import { fill, useI18n } from '../i18n/index.tsx';
import { ButtonLink } from '../shared/ui/Button.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { birthdayPassed, knownAgeFor } from './questionnaire/birthday.ts';
import { formatAnswer, questionTitle, relationLabels } from './questionnaire/fields.ts';
import { type Answers, getAnswer } from './questionnaire/state.ts';

/**
 * Every answer so far, each with a "바꾸기" link back to its question. Back from changing one
 * (`changed`), focus is on that answer's link, read with its new value, not on the page's heading:
 * someone going down the list goes on from where they were.
 */
export function AnswersSummary({
  answers,
  changed,
  onReset,
}: {
  answers: Answers;
  changed?: string | null;
  onReset: () => void;
}) {
  const { t, l, lang } = useI18n();
  const list = useRef<HTMLDListElement>(null);
  useEffect(() => {
    // After PageHeading's own focus (a child's effect runs first), so this one stays.
    if (changed) list.current?.querySelector<HTMLAnchorElement>(`[data-path="${CSS.escape(changed)}"] a`)?.focus();
  }, [changed]);
  const describe = (path: string): string => {
    if (answers.unknown.includes(path)) return t.dontKnow;
    if (path === 'members') {
      const people = (answers.members ?? []).map((m) => {
        const rel = relationLabels?.[String(m.relation)];
        const who = rel ? l(rel) : String(m.relation ?? '');
        return m.age === undefined ? who : `${who} ${formatAnswer('members[0].age', m.age, lang)}`;
      });
      return `${people.length === 1 ? t.peopleOne : fill(t.people, { n: people.length })}: ${people.join(', ')}`;
    }
    const v = getAnswer(answers, path);
    // 연 나이 asked by the birthday reads back as the answer given (예/아니요), not the number kept.
    const age = knownAgeFor(answers, path);
    const passed = age !== undefined && typeof v === 'number' ? birthdayPassed(age, v) : undefined;
    if (passed !== undefined) return formatAnswer('', passed, lang);
    return v === undefined ? '—' : formatAnswer(path, v, lang);
  };
  return (
    <div className="answers">
      <PageHeading title={t.answersTitle} />
      {answers.asked.length === 0 ? (
        <p>{t.noAnswersYet}</p>
      ) : (
        <>
          <p>{t.answersLead}</p>
          <dl className="answer-list" ref={list}>
            {answers.asked.map((path, i) => {
              const q = questionTitle(path, answers, lang, t.membersTitle);
              return (
                <div key={path} className="answer-row" data-path={path}>
                  <dt>{q}</dt>
                  <dd>
                    <span className="answer-value" id={`answer-${i}`}>
                      {describe(path)}
                    </span>
                    <a
                      className="button small secondary"
                      href={href('/check', { q: path, from: 'answers' })}
                      aria-describedby={`answer-${i}`}
                    >
                      {t.change}
                      <span className="visually-hidden"> — {q}</span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
      <p className="button-row">
        <ButtonLink href="#/check" variant="primary">
          {t.continueCheck}
        </ButtonLink>
        <ButtonLink href="#/result">{t.showResultNow}</ButtonLink>
        <button type="button" className="secondary" onClick={onReset}>
          {t.startOver}
        </button>
      </p>
    </div>
  );
}
