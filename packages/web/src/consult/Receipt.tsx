import { fill, useI18n, useStrings } from '../i18n/index.tsx';
import { Button, ButtonLink } from '../shared/ui/Button.tsx';
import { ButtonRow } from '../shared/ui/layout.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import type { ReceiptCenter } from './consult-api.ts';
import { consultStrings } from './strings.ts';

/**
 * The reference number, large, with the advice to write it down, and the center's number to call if
 * nobody calls (when its directory record lists one). No time is promised: nothing in the product
 * says how soon counselors call back.
 */
export function Receipt({
  reference,
  center,
  onAnother,
}: {
  reference: string;
  center: ReceiptCenter | null;
  /** Kept for the tab (kept-receipt.ts): the form comes back only when asked for. */
  onAnother: () => void;
}) {
  const { t, k } = useI18n();
  const s = useStrings(consultStrings);
  return (
    <div className="receipt">
      <PageHeading title={s.doneTitle} />
      <p className="reference-label">{s.reference}</p>
      <p className="reference" data-reference={reference}>
        {reference}
      </p>
      <p className="advice">
        <span aria-hidden="true">✎ </span>
        {s.referenceAdvice}
      </p>
      <p>{s.doneNext}</p>
      {center && (
        <p data-center-phone={center.phone}>
          {k(fill(s.noCall, { center: center.name, phone: center.phone }))}
          {center.fictional ? ` ${s.fictionalPhone}` : ''}
        </p>
      )}
      <ButtonRow className="no-print">
        <Button onClick={() => window.print()}>{t.print}</Button>
        <ButtonLink href="#/">{s.backHome}</ButtonLink>
        <Button onClick={onAnother}>{s.another}</Button>
      </ButtonRow>
    </div>
  );
}
