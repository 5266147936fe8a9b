import { createContext, type ReactNode, useCallback, useContext, useState } from 'react';
import { type Answers, emptyAnswers } from './questionnaire/state.ts';

/**
 * The self-check answers, kept in this tab only (sessionStorage: gone when the tab closes).
 * Nothing here leaves the device unless the person sends it with a consultation request.
 */
const KEY = 'jibsa.answers';

function load(): Answers {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return emptyAnswers;
    const a = JSON.parse(raw) as Partial<Answers>;
    if (typeof a !== 'object' || a === null || !Array.isArray(a.asked) || !Array.isArray(a.unknown)) {
      return emptyAnswers;
    }
    return { ...emptyAnswers, ...a };
  } catch {
    return emptyAnswers;
  }
}

interface Store {
  readonly answers: Answers;
  readonly update: (f: (a: Answers) => Answers) => void;
  readonly reset: () => void;
}

const Ctx = createContext<Store | null>(null);

export function AnswersProvider({ children }: { children: ReactNode }) {
  const [answers, setAnswers] = useState<Answers>(load);
  const update = useCallback((f: (a: Answers) => Answers) => {
    setAnswers((prev) => {
      const next = f(prev);
      try {
        sessionStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // Storage unavailable: answers last until the page is reloaded.
      }
      return next;
    });
  }, []);
  const reset = useCallback(() => update(() => emptyAnswers), [update]);
  return <Ctx.Provider value={{ answers, update, reset }}>{children}</Ctx.Provider>;
}

export function useAnswers(): Store {
  const s = useContext(Ctx);
  if (!s) throw new Error('useAnswers outside AnswersProvider');
  return s;
}
