import { useEffect, useState } from 'react';
import { href } from '../../app/router.ts';
import { Deadline } from '../../board/Deadline.tsx';
import type { Fit, Notice } from '../../board/types.ts';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { boardStaffStrings } from '../board/board-strings.ts';
import { api } from '../shell/api.ts';
import '../../board/board.css';

/** On a case: open 모집공고 that fit the household or might, with the reasons and what to find out. */
export function CaseNotices({
  caseId,
  version,
  onCount,
}: {
  caseId: string;
  version: number;
  /** How many notices are listed, for the page's contents. */
  onCount?: (n: number) => void;
}) {
  const s = useStrings(boardStaffStrings);
  const { l, k } = useI18n();
  const [items, setItems] = useState<{ notice: Notice; fit: Fit }[] | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a saved change to the case (new version) may change the fit
  useEffect(() => {
    void api<{ items: { notice: Notice; fit: Fit }[] }>('GET', `/api/cases/${caseId}/notices`).then((r) => {
      const loaded = r.ok ? r.value.items : [];
      setItems(loaded);
      onCount?.(loaded.length);
    });
  }, [caseId, version]);
  if (!items) return null;
  return (
    <section aria-labelledby="h-case-notices" className="case-notices">
      <h2 id="h-case-notices">{s.caseNotices}</h2>
      {items.length === 0 ? (
        <p>{s.caseNoticesNone}</p>
      ) : (
        <ul className="notice-list">
          {items.map(({ notice: n, fit }) => (
            <li key={n.id} data-notice-fit={fit.fit}>
              <a className="notice-title" href={href(`/board/${n.postNumber}`)}>
                {k(n.title)}
              </a>{' '}
              <Deadline notice={n} />
              <p>
                <strong>{fit.fit === 'yes' ? s.fitYes : s.fitMaybe}</strong>
                {fit.reasons.length > 0 && k(` · ${s.why}: ${fit.reasons.map((r) => l(r)).join(', ')}`)}
              </p>
              {fit.missing.length > 0 && (
                <p>
                  {s.missing}: {k(fit.missing.map((m) => l(m)).join(', '))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
