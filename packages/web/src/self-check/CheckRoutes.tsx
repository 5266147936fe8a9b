import { screenHousehold } from '@jibsa/programs';
import { lazy, useEffect, useMemo, useRef } from 'react';
import { navigate, type Route } from '../app/router.ts';
import { useI18n } from '../i18n/index.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { AnswersSummary } from './AnswersSummary.tsx';
import { useAnswers } from './answers-store.tsx';
import { Question } from './Question.tsx';
import { knownFieldsOnly } from './questionnaire/fields.ts';
import { nextPath, previousPath, progress } from './questionnaire/flow.ts';
import {
  type Answers,
  type MemberAnswer,
  markUnknown,
  setAnswer,
  setMembers,
  toHousehold,
  type Value,
} from './questionnaire/state.ts';
import { Result } from './result/Result.tsx';

// The consultation form is its own screen, opened by a few; it loads when first opened (App's Suspense).
const Consult = lazy(() => import('../consult/Consult.tsx').then((m) => ({ default: m.Consult })));

const screened = new WeakMap<Answers, ReturnType<typeof screenHousehold>>();

/** Evaluation runs here, in the browser: answers never leave the device unless sent with consent. */
function screen(a: Answers) {
  let s = screened.get(a);
  if (!s) {
    s = screenHousehold(knownFieldsOnly(toHousehold(a)));
    screened.set(a, s);
  }
  return s;
}

/** The self-check: questions, answers summary, result and consultation request share one screening. */
export default function CheckRoutes({ route }: { route: Route }) {
  const { t } = useI18n();
  const { answers, update, reset } = useAnswers();
  const screening = useMemo(() => screen(answers), [answers]);
  const next = screening.ok ? screening.nextQuestions : [];
  const pending = nextPath(answers, next);
  const q = route.query.get('q');
  const fromAnswers = route.query.get('from') === 'answers';
  // The estimate shown on the screen before, so the next one does not leap up.
  const shownTotal = useRef<number | null>(null);
  const prog = progress(answers, next, q, shownTotal.current);
  useEffect(() => {
    if (q) shownTotal.current = prog.total;
  }, [q, prog.total]);

  useEffect(() => {
    if (route.path !== '/check' || q) return;
    if (pending) navigate('/check', { q: pending }, { replace: true });
    else navigate('/result', undefined, { replace: true });
  }, [route.path, q, pending]);

  const go = (after: Answers) => {
    update(() => after);
    // Back to the list at the answer just changed (AnswersSummary takes focus there).
    if (fromAnswers) return navigate('/check/answers', q ? { changed: q } : undefined);
    const s = screen(after);
    const np = nextPath(after, s.ok ? s.nextQuestions : []);
    if (np) navigate('/check', { q: np });
    else navigate('/result');
  };

  if (route.path === '/check/answers') {
    return (
      <AnswersSummary
        answers={answers}
        changed={route.query.get('changed')}
        onReset={() => {
          reset();
          navigate('/check');
        }}
      />
    );
  }
  if (route.path === '/consult') {
    return (
      <Consult answers={answers} screening={screening.ok ? screening : null} program={route.query.get('program')} />
    );
  }
  if (route.path === '/result') {
    if (answers.asked.length === 0 || !screening.ok) {
      return (
        <div>
          <PageHeading title={t.resultTitle} />
          <p>{screening.ok ? t.noAnswers : t.invalid}</p>
          <p>
            <a className="button primary" href={screening.ok ? '#/check' : '#/check/answers'}>
              {screening.ok ? t.startCheck : t.editAnswers}
            </a>
          </p>
        </div>
      );
    }
    return <Result screening={screening} answers={answers} pending={pending !== null} />;
  }
  if (!q) return <p className="loading">{t.loading}</p>;
  const prev = previousPath(answers, q);
  return (
    <Question
      key={q}
      path={q}
      answers={answers}
      progress={prog}
      returnToAnswers={fromAnswers}
      onAnswer={(path: string, value: Value) => go(setAnswer(answers, path, value))}
      onMembers={(members: MemberAnswer[], origins: (number | null)[]) => go(setMembers(answers, members, origins))}
      onUnknown={(path: string) => go(markUnknown(answers, path))}
      onBack={prev ? () => navigate('/check', { q: prev }) : null}
    />
  );
}
