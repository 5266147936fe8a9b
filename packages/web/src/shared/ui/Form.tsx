import type { ReactNode } from 'react';
import { ErrorSummary, type SummaryItem } from './ErrorSummary.tsx';

/**
 * A form whose fields the app checks itself: `noValidate`, because the browser's own bubbles would
 * come before (and unlike) the error summary, and submitting runs `onSubmit` in place of a page load.
 * Given `summary`, the list of what to fix stands first in the form, where each submit moves focus.
 */
export function Form(props: {
  onSubmit: () => unknown;
  summary?: { items: readonly SummaryItem[]; general?: string | null; attempt: number; title?: string | undefined };
  className?: string;
  children: ReactNode;
}) {
  const { summary } = props;
  return (
    <form
      className={props.className}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void props.onSubmit();
      }}
    >
      {summary && (
        <ErrorSummary items={summary.items} general={summary.general} attempt={summary.attempt} title={summary.title} />
      )}
      {props.children}
    </form>
  );
}
