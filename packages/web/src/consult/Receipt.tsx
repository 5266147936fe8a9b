import { useI18n } from '../i18n/index.tsx';
import { Button, ButtonLink } from '../shared/ui/Button.tsx';
import { ButtonRow } from '../shared/ui/layout.tsx';
import { PageHeading } from '../shared/ui/PageHeading.tsx';

/** The reference number, large, with the advice to write it down. */
export function Receipt({ reference }: { reference: string }) {
  const { t } = useI18n();
  return (
    <div className="receipt">
      <PageHeading title={t.doneTitle} />
      <p className="reference-label">{t.reference}</p>
      <p className="reference" data-reference={reference}>
        {reference}
      </p>
      <p className="advice">
        <span aria-hidden="true">✎ </span>
        {t.referenceAdvice}
      </p>
      <p>{t.doneNext}</p>
      <ButtonRow className="no-print">
        <Button onClick={() => window.print()}>{t.print}</Button>
        <ButtonLink href="#/">{t.backHome}</ButtonLink>
      </ButtonRow>
    </div>
  );
}
