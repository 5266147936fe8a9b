import { type ReactNode, useState } from 'react';

/**
 * A folded section whose content renders only once opened (keeps the result fast to show).
 * Printing shows what is open, so the paper copy stays one or two A4 pages.
 */
export function LazyDetails({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="figures-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
