import { fieldAria, LabelledField } from './LabelledField.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  error?: string | undefined;
  type?: 'text' | 'tel' | 'password' | 'date';
  autoComplete?: string;
  required?: boolean;
  multiline?: boolean;
  maxLength?: number;
  /** The phone keyboard to offer: "numeric" for amounts of money. */
  inputMode?: 'numeric' | 'decimal';
}

/** A labelled text field with its hint and its error (from the form or from the server) beside it. */
export function TextField(p: Props) {
  const common = { id: p.id, value: p.value, maxLength: p.maxLength, ...fieldAria(p) };
  return (
    <LabelledField {...p}>
      {p.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => p.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={p.type ?? 'text'}
          autoComplete={p.autoComplete}
          inputMode={p.inputMode ?? (p.type === 'tel' ? 'tel' : undefined)}
          onChange={(e) => p.onChange(e.target.value)}
        />
      )}
    </LabelledField>
  );
}
