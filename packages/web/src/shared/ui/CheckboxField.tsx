import { describedBy, FieldError } from './FieldError.tsx';

interface Props {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  error?: string | undefined;
  onChange: (v: boolean) => void;
}

/** A big checkbox with its label, an explanation under it and its error. */
export function CheckboxField(p: Props) {
  const helpId = `${p.id}-help`;
  const errId = `${p.id}-error`;
  return (
    <div className="checkbox-field">
      <input
        id={p.id}
        type="checkbox"
        className="big-radio"
        checked={p.checked}
        aria-describedby={describedBy(p.help && helpId, p.error && errId)}
        aria-invalid={p.error ? true : undefined}
        onChange={(e) => p.onChange(e.target.checked)}
      />
      <label htmlFor={p.id}>{p.label}</label>
      {p.help && (
        <p id={helpId} className="hint">
          {p.help}
        </p>
      )}
      {p.error && <FieldError id={errId} text={p.error} />}
    </div>
  );
}
