import { useStrings } from '../i18n/index.tsx';
import { CheckboxField } from '../shared/ui/CheckboxField.tsx';
import { consultStrings } from './strings.ts';
import type { ConsultFormState } from './useConsultForm.ts';

/** One consent per kind of data: contact details (required), household answers, the result. */
export function ConsentFields({ state }: { state: ConsultFormState }) {
  const s = useStrings(consultStrings);
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
      <legend>{s.consentTitle}</legend>
      <p>{s.consentLead}</p>
      {consentBox('contact', s.consentContact, s.consentContactHelp)}
      {hasCheck ? (
        <>
          {consentBox('household', s.consentHousehold, s.consentHouseholdHelp)}
          {consentBox('result', s.consentResult, s.consentResultHelp)}
        </>
      ) : (
        <p className="hint">{s.noCheckYet}</p>
      )}
    </fieldset>
  );
}
