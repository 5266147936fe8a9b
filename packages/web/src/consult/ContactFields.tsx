import { GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import { useI18n } from '../i18n/index.tsx';
import { fieldFor } from '../self-check/questionnaire/fields.ts';
import { SelectField } from '../shared/ui/SelectField.tsx';
import { TextField } from '../shared/ui/TextField.tsx';
import type { ConsultFormState } from './useConsultForm.ts';

/** Who to call, where they live and when: name, phone, 구, a good time and a message. */
export function ContactFields({ state }: { state: ConsultFormState }) {
  const { t, l } = useI18n();
  const { form, setField, errors } = state;
  const districtField = fieldFor('gwangjuDistrict');
  const districtLabels = districtField?.type === 'enum' ? districtField.valueLabels : undefined;
  return (
    <>
      <TextField
        id="field-name"
        label={t.name}
        value={form.name}
        onChange={(v) => setField('name', v)}
        error={errors.name}
        autoComplete="name"
        required
      />
      <TextField
        id="field-phone"
        label={t.phone}
        hint={t.phoneHint}
        value={form.phone}
        onChange={(v) => setField('phone', v)}
        error={errors.phone}
        type="tel"
        autoComplete="tel"
        required
      />
      <SelectField
        id="field-district"
        label={t.district}
        value={form.district}
        placeholder={t.districtNone}
        options={GWANGJU_DISTRICT_IDS.map((d) => ({ value: d, label: districtLabels?.[d] ? l(districtLabels[d]) : d }))}
        onChange={(v) => setField('district', v)}
        error={errors.district}
        required
      />
      <TextField
        id="field-preferredTime"
        label={t.preferredTime}
        hint={t.preferredTimeHint}
        value={form.preferredTime}
        onChange={(v) => setField('preferredTime', v)}
        error={errors.preferredTime}
      />
      <TextField
        id="field-message"
        label={t.message}
        value={form.message}
        onChange={(v) => setField('message', v)}
        error={errors.message}
        multiline
      />
    </>
  );
}
