import { useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/index.tsx';
import {
  caretAfterDigits,
  digitsBefore,
  digitsOnly,
  groupThousands,
  type MoneyUnit,
  moneyReadBack,
  parseMoney,
} from '../questionnaire/money.ts';

interface Props {
  id: string;
  labelledBy: string;
  describedBy: string;
  text: string;
  unit: MoneyUnit;
  perMonth: boolean;
  invalid: boolean;
  onChange: (text: string, unit: MoneyUnit) => void;
}

/** Money in 만원 or 원, with thousands separators as you type and a read-back in words. */
export function MoneyInput({ id, labelledBy, describedBy, text, unit, perMonth, invalid, onChange }: Props) {
  const { t, lang } = useI18n();
  const won = parseMoney(text, unit);
  const readBackId = `${id}-readback`;
  const shown = groupThousands(digitsOnly(text));
  const input = useRef<HTMLInputElement>(null);
  // Digits before the caret at the last keystroke; the caret is put back after them once the
  // separators are redrawn.
  const caretDigits = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el || caretDigits.current === null || document.activeElement !== el) return;
    const at = caretAfterDigits(shown, caretDigits.current);
    el.setSelectionRange(at, at);
    caretDigits.current = null;
  }, [shown]);
  return (
    <div className="money-input">
      <div className="money-row">
        <input
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="number"
          aria-labelledby={labelledBy}
          aria-describedby={`${describedBy} ${readBackId}`}
          aria-invalid={invalid || undefined}
          ref={input}
          value={shown}
          onChange={(e) => {
            caretDigits.current = digitsBefore(e.target.value, e.target.selectionStart ?? e.target.value.length);
            onChange(digitsOnly(e.target.value), unit);
          }}
        />
        <fieldset className="unit-choice">
          <legend className="visually-hidden">{t.moneyUnit}</legend>
          {(['man', 'won'] as const).map((u) => (
            <label key={u} className="unit-option">
              <input
                type="radio"
                className="big-radio"
                name={`${id}-unit`}
                value={u}
                checked={unit === u}
                onChange={() => onChange(text, u)}
              />
              <span>{u === 'man' ? t.man : t.won}</span>
            </label>
          ))}
        </fieldset>
      </div>
      <p id={readBackId} className="read-back" aria-live="polite">
        {won !== null ? fillAmount(t.readBack, moneyReadBack(won, perMonth, lang)) : '\u00a0'}
      </p>
    </div>
  );
}

function fillAmount(template: string, amount: string) {
  return template.replace('{amount}', amount);
}
