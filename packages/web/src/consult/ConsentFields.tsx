import { useI18n } from '../i18n/index.tsx';
import { CheckboxField } from '../shared/ui/CheckboxField.tsx';
import type { ConsultFormState } from './useConsultForm.ts';

/** One consent per kind of data: contact details (required), household answers, the result. */
export function ConsentFields({ state }: { state: ConsultFormState }) {
  const { t } = useI18n();
  const { consent, setConsentOf, errors, hasCheck } = state;
  const consentBox = (k: keyof typeof consent, label: string, help: string) => (
    <CheckboxField
      id={`field-${k}`}
      label={label}
      help={help}
      checked={consent[k]}
      error={errors[k]}
      onChange={(v) => setConsentOf(k, v)}
    />
  );
  return (
    <fieldset className="consents">
      <legend>{t.consentTitle}</legend>
      <p>{t.consentLead}</p>
      {consentBox('contact', t.consentContact, t.consentContactHelp)}
      {hasCheck ? (
        <>
          {consentBox('household', t.consentHousehold, t.consentHouseholdHelp)}
          {consentBox('result', t.consentResult, t.consentResultHelp)}
        </>
      ) : (
        <p className="hint">{t.noCheckYet}</p>
      )}
    </fieldset>
  );
}
