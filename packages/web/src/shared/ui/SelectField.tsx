import { fieldAria, LabelledField } from './LabelledField.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly { readonly value: string; readonly label: string }[];
  onChange: (v: string) => void;
  /** The empty choice's text ("고르지 않음", "골라 주세요"); no empty choice without it. */
  placeholder?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

/** A labelled drop-down list with its hint and error. */
export function SelectField(p: Props) {
  return (
    <LabelledField {...p}>
      <select id={p.id} value={p.value} {...fieldAria(p)} onChange={(e) => p.onChange(e.target.value)}>
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledField>
  );
}
