import { GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import type { ComponentProps } from 'react';
import { useI18n, useStrings } from '../i18n/index.tsx';
import { fieldFor } from '../self-check/questionnaire/fields.ts';
import { SelectField } from '../shared/ui/SelectField.tsx';
import { TextField } from '../shared/ui/TextField.tsx';
import { consultStrings } from './strings.ts';
import type { ConsultFormState } from './useConsultForm.ts';

type Extra = Partial<ComponentProps<typeof TextField>>;

/** Who to call, where they live and when: name, phone, 구, a good time and a message. */
export function ContactFields({ state }: { state: ConsultFormState }) {
  const { l } = useI18n();
  const s = useStrings(consultStrings);
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
      {text('name', s.name, { autoComplete: 'name', required: true })}
      {text('phone', s.phone, { hint: s.phoneHint, type: 'tel', autoComplete: 'tel', required: true })}
      <SelectField
        id="field-district"
        label={s.district}
        value={form.district}
        placeholder={s.districtNone}
        options={GWANGJU_DISTRICT_IDS.map((d) => ({ value: d, label: districtLabels?.[d] ? l(districtLabels[d]) : d }))}
        onChange={(v) => setField('district', v)}
        error={errors.district}
        required
      />
      {text('preferredTime', s.preferredTime, { hint: s.preferredTimeHint })}
      {text('message', s.message, { multiline: true })}
    </>
  );
}
