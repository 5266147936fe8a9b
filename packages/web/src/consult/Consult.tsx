import type { Screening } from '@jibsa/programs';
import { useI18n, useStrings } from '../i18n/index.tsx';
import type { Answers } from '../self-check/questionnaire/state.ts';
import { Button } from '../shared/ui/Button.tsx';
import { ErrorSummary, type SummaryItem } from '../shared/ui/ErrorSummary.tsx';
import { Page } from '../shared/ui/layout.tsx';
import { ConsentFields } from './ConsentFields.tsx';
import { ContactFields } from './ContactFields.tsx';
import type { FieldKey } from './consult-api.ts';
import { Receipt } from './Receipt.tsx';
import { consultStrings } from './strings.ts';
import { useConsultForm } from './useConsultForm.ts';

/** Summary and form order: the summary lists errors as the fields come on the page. */
const ORDER: readonly FieldKey[] = [
  'name',
  'phone',
  'district',
  'preferredTime',
  'message',
  'contact',
  'household',
  'result',
];

/** 상담 신청: contact details, and answers or result only with their own consent. */
export function Consult(props: { answers: Answers; screening: Screening | null; program: string | null }) {
  const s = useStrings(consultStrings);
  const { lang } = useI18n();
  const state = useConsultForm(props);
  if (state.receipt)
    return <Receipt reference={state.receipt.reference} center={state.receipt.center} onAnother={state.another} />;

  const label: Record<FieldKey, string> = {
    name: s.fieldName,
    phone: s.fieldPhone,
    district: s.fieldDistrict,
    preferredTime: s.fieldPreferredTime,
    message: s.fieldMessage,
    contact: s.fieldContact,
    household: s.fieldHousehold,
    result: s.fieldResult,
  };
  const items: SummaryItem[] = ORDER.flatMap((k) => {
    const message = state.errors[k];
    return message ? [{ fieldId: `field-${k}`, label: label[k], message }] : [];
  });
  return (
    <Page title={s.consultTitle} lead={s.consultLead} className="consult">
      {/* Nothing to fix in the form (the network, the server, too many tries): say it was not sent. */}
      <ErrorSummary
        items={items}
        general={state.general}
        attempt={state.attempt}
        title={items.length === 0 ? s.notSent : undefined}
      />
      <form onSubmit={state.submit} noValidate>
        {lang === 'en' && <p className="hint">{s.languageNote}</p>}
        <ContactFields state={state} />
        <ConsentFields state={state} />
        <Button type="submit" variant="primary" disabled={state.sending}>
          {state.sending ? s.sending : s.submit}
        </Button>
      </form>
    </Page>
  );
}
