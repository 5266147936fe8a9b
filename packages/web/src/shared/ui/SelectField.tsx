import { describedBy, FieldError } from './FieldError.tsx';

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
  const hintId = `${p.id}-hint`;
  const errId = `${p.id}-error`;
  return (
    <div className="field">
      <label htmlFor={p.id}>
        {p.label}
        {p.required && <span aria-hidden="true"> *</span>}
      </label>
      {p.hint && (
        <p id={hintId} className="hint">
          {p.hint}
        </p>
      )}
      <select
        id={p.id}
        value={p.value}
        aria-describedby={describedBy(p.hint && hintId, p.error && errId)}
        aria-invalid={p.error ? true : undefined}
        aria-required={p.required || undefined}
        onChange={(e) => p.onChange(e.target.value)}
      >
        {p.placeholder !== undefined && <option value="">{p.placeholder}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {p.error && <FieldError id={errId} text={p.error} />}
    </div>
  );
}
