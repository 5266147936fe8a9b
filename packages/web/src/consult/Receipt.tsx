import { useI18n, useStrings } from '../i18n/index.tsx';
import { Button, ButtonLink } from '../shared/ui/Button.tsx';
import { ButtonRow } from '../shared/ui/layout.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { consultStrings } from './strings.ts';

/** The reference number, large, with the advice to write it down. */
export function Receipt({ reference }: { reference: string }) {
  const { t } = useI18n();
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
      <ButtonRow className="no-print">
        <Button onClick={() => window.print()}>{t.print}</Button>
        <ButtonLink href="#/">{s.backHome}</ButtonLink>
      </ButtonRow>
    </div>
  );
}
