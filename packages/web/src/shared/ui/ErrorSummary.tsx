import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/index.tsx';

export interface SummaryItem {
  /** The id of the field the link moves to. */
  readonly fieldId: string;
  /** The field's name, so each link says which field ("연락처: 꼭 적어 주세요."). */
  readonly label: string;
  readonly message: string;
}

/**
 * The list of what to fix, above a form. It takes focus each time `attempt` changes (a new
 * submit), so the person hears it at once; each link moves focus to its field.
 */
export function ErrorSummary({
  items,
  general,
  attempt,
  title,
}: {
  items: readonly SummaryItem[];
  general?: string | null;
  attempt: number;
  /** In place of "고칠 곳이 있습니다", where nothing on the form is to be fixed (a log-in refused, say). */
  title?: string | undefined;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0 || Boolean(general);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per submit, not per keystroke
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [attempt]);
  if (!shown) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>
        <span aria-hidden="true">⚠ </span>
        {title ?? t.errorSummary}
      </h2>
      {general && <p>{general}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={item.fieldId}>
              <a href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId)}>
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function focusField(e: React.MouseEvent, id: string) {
  e.preventDefault();
  document.getElementById(id)?.focus();
}
