import type { ReactNode } from 'react';
import { fieldAria, LabelledField } from './LabelledField.tsx';

interface Props {
  id: string;
  label: string;
  hint?: string;
  /** What the file picker offers, e.g. ".pdf,.hwp" or "application/pdf". */
  accept: string;
  multiple?: boolean;
  onFiles: (files: File[]) => void;
  /** A new value empties the picker (after an upload). */
  resetKey?: number;
  className?: string;
  /** Why the last try failed, beside the picker. */
  error?: string | undefined;
  /** Shown after the picker, e.g. its upload button. */
  children?: ReactNode;
}

/** A labelled file picker with its hint. */
export function FileField(p: Props) {
  return (
    <LabelledField id={p.id} label={p.label} hint={p.hint} error={p.error} className={p.className}>
      <input
        key={p.resetKey}
        id={p.id}
        type="file"
        multiple={p.multiple}
        {...fieldAria(p)}
        accept={p.accept}
        onChange={(e) => p.onFiles(Array.from(e.target.files ?? []))}
      />
      {p.children}
    </LabelledField>
  );
}
