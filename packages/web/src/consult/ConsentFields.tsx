import { useI18n } from '../i18n/index.tsx';
import { CheckboxField } from '../shared/ui/CheckboxField.tsx';
import type { ConsultFormState } from './useConsultForm.ts';

/** One consent per kind of data: contact details (required), household answers, the result. */
export function ConsentFields({ state }: { state: ConsultFormState }) {
  const { t } = useI18n();
  const { consent, setConsentOf, errors, hasCheck } = state;
  return (
    <fieldset className="consents">
      <legend>{t.consentTitle}</legend>
      <p>{t.consentLead}</p>
      <CheckboxField
        id="field-contact"
        label={t.consentContact}
        help={t.consentContactHelp}
        checked={consent.contact}
        error={errors.contact}
        onChange={(v) => setConsentOf('contact', v)}
      />
      {hasCheck ? (
        <>
          <CheckboxField
            id="field-household"
            label={t.consentHousehold}
            help={t.consentHouseholdHelp}
            checked={consent.household}
            error={errors.household}
            onChange={(v) => setConsentOf('household', v)}
          />
          <CheckboxField
            id="field-result"
            label={t.consentResult}
            help={t.consentResultHelp}
            checked={consent.result}
            error={errors.result}
            onChange={(v) => setConsentOf('result', v)}
          />
        </>
      ) : (
        <p className="hint">{t.noCheckYet}</p>
      )}
    </fieldset>
  );
}
