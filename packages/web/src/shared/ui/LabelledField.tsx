import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { describedBy, FieldError } from './FieldError.tsx';

interface Frame {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
}

/** The ARIA a control inside a LabelledField carries: its hint and error, invalid, required. */
export function fieldAria(p: Frame) {
  return {
    'aria-describedby': describedBy(p.hint && `${p.id}-hint`, p.error && `${p.id}-error`),
    'aria-invalid': p.error ? true : undefined,
    'aria-required': p.required || undefined,
  };
}

/**
 * What every labelled field shows around its control: the label (a * when required), the hint above
 * and the error below, with the ids fieldAria points the control at.
 */
export function LabelledField(p: Frame & { children: ReactNode; className?: string }) {
  // Labels and hints name Korean terms and examples in English too ("e.g. 3억 4,500만"): marked lang="ko".
  const { k } = useI18n();
  return (
    <div className={p.className ? `field ${p.className}` : 'field'}>
      <label htmlFor={p.id}>
        {k(p.label)}
        {p.required && <span aria-hidden="true"> *</span>}
      </label>
      {p.hint && (
        <p id={`${p.id}-hint`} className="hint">
          {k(p.hint)}
        </p>
      )}
      {p.children}
      {p.error && <FieldError id={`${p.id}-error`} text={p.error} />}
    </div>
  );
}
