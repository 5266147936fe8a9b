import { fieldAria, LabelledField } from './LabelledField.tsx';

/**
 * `lang`: an option can hold no lang="ko" span, so a Korean name (a service) is marked on the option.
 * `disabled`: shown but not chosen (a service already referred); its label says why.
 */
type Option = {
  readonly value: string;
  readonly label: string;
  readonly lang?: string | undefined;
  readonly disabled?: boolean | undefined;
};

interface Props {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  /** Choices under headings (an optgroup each), after the plain options; for a long list. */
  groups?: readonly { readonly label: string; readonly options: readonly Option[] }[];
  onChange: (v: string) => void;
  /** The empty choice's text ("고르지 않음", "골라 주세요"); no empty choice without it. */
  placeholder?: string;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
}

const optionsOf = (options: readonly Option[]) =>
  options.map((o) => (
    <option key={o.value} value={o.value} lang={o.lang} disabled={o.disabled}>
      {o.label}
    </option>
  ));

/** A labelled drop-down list with its hint and error. */
export function SelectField(p: Props) {
  return (
    <LabelledField {...p}>
      <select id={p.id} value={p.value} {...fieldAria(p)} onChange={(e) => p.onChange(e.target.value)}>
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {optionsOf(p.options)}
        {p.groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {optionsOf(g.options)}
          </optgroup>
        ))}
      </select>
    </LabelledField>
  );
}
