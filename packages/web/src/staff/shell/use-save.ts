import { useState } from 'react';
import type { Result } from './api.ts';
import { useProblems } from './use-problems.ts';

/**
 * A staff form's save: its answer's field errors shown beside the fields (useProblems), or "saved"
 * (done) when it went in. settle(answer) shows either and says whether it was saved.
 */
export function useSave(prefix: string, labels: Record<string, string>) {
  const problems = useProblems(prefix, labels);
  const [done, setDone] = useState(false);
  const settle = <T>(r: Result<T>): r is Extract<Result<T>, { ok: true }> => {
    problems.show(r.ok ? null : r.problem);
    setDone(r.ok);
    return r.ok;
  };
  return { ...problems, done, settle };
}
