import { GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import type { ComponentProps } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { fieldFor } from '../self-check/questionnaire/fields.ts';
import { SelectField } from '../shared/ui/SelectField.tsx';
import { TextField } from '../shared/ui/TextField.tsx';
import type { ConsultFormState } from './useConsultForm.ts';

type Extra = Partial<ComponentProps<typeof TextField>>;

/** Who to call, where they live and when: name, phone, 구, a good time and a message. */
export function ContactFields({ state }: { state: ConsultFormState }) {
  const { t, l } = useI18n();
  const { form, setField, errors } = state;
  const districtField = fieldFor('gwangjuDistrict');
  const districtLabels = districtField?.type === 'enum' ? districtField.valueLabels : undefined;
  const text = (k: 'name' | 'phone' | 'preferredTime' | 'message', label: string, extra: Extra = {}) => (
    <TextField
      id={`field-${k}`}
      label={label}
      value={form[k]}
      onChange={(v) => setField(k, v)}
      error={errors[k]}
      {...extra}
    />
  );
  return (
    <>
      {text('name', t.name, { autoComplete: 'name', required: true })}
      {text('phone', t.phone, { hint: t.phoneHint, type: 'tel', autoComplete: 'tel', required: true })}
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
      {text('preferredTime', t.preferredTime, { hint: t.preferredTimeHint })}
      {text('message', t.message, { multiline: true })}
    </>
  );
}
