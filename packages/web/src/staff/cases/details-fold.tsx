import { useEffect, useState } from 'react';
import type { CaseDetail } from '../shell/types.ts';

/** A request to show one field of the details form: `n` tells two requests for the same field apart. */
export interface FieldRequest {
  readonly fieldId: string;
  readonly n: number;
}

/**
 * The details form is filled in mostly at intake and counseling; later the case is read far more
 * than it is edited, so there its ~40 fields start folded and the screening sits right under the people.
 */
const OPEN_AT: ReadonlySet<CaseDetail['status']> = new Set(['intake', 'counseling']);

/**
 * Whether the details form is unfolded, and the unfolding a screening question asks for: the form
 * opens, then the field asked about gets the focus (after the render that shows it, as a hidden
 * field cannot take it).
 */
export function useDetailsFold(status: CaseDetail['status'], request: FieldRequest | null | undefined) {
  const [open, setOpen] = useState(() => OPEN_AT.has(status));
  const [pending, setPending] = useState<string | null>(null);
  useEffect(() => {
    if (!request) return;
    setOpen(true);
    setPending(request.fieldId);
  }, [request]);
  useEffect(() => {
    if (!open || pending === null) return;
    const field = document.getElementById(pending);
    field?.scrollIntoView({ block: 'center' });
    field?.focus();
    setPending(null);
  }, [open, pending]);
  return { open, setOpen };
}
