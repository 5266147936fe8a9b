import { useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import {
  applyKeystroke,
  caretAfterDigits,
  droppedKeys,
  hasUnitWords,
  type MoneyUnit,
  moneyChars,
  moneyReadBack,
  moneyShown,
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
  const { t, k, lang } = useI18n();
  const won = parseMoney(text, unit);
  const readBackId = `${id}-readback`;
  const shown = moneyShown(text);
  const unitId = `${id}-unit-name`;
  const input = useRef<HTMLInputElement>(null);
  // A new object on every keystroke, even one that leaves the digits as they were (a deleted
  // comma), so the caret is always put back after the same digits once the field is redrawn.
  const [caret, setCaret] = useState<{ readonly digits: number } | null>(null);
  // A key the field drops ("1e9" keeps "19") is said, not only seen in the digits left; said until
  // the field is emptied, as the next digit typed would otherwise take the words away at once.
  const [dropped, setDropped] = useState(false);
  useLayoutEffect(() => {
    const el = input.current;
    if (!el || !caret || document.activeElement !== el) return;
    const at = caretAfterDigits(shown, caret.digits);
    el.setSelectionRange(at, at);
  }, [shown, caret]);
  return (
    <div className="money-input">
      <div className="money-row">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="number"
          aria-labelledby={`${labelledBy} ${unitId}`}
          aria-describedby={`${describedBy} ${readBackId}`}
          aria-invalid={invalid || undefined}
          ref={input}
          value={shown}
          onChange={(e) => {
            const el = e.target;
            // "30만", "1억 2천": kept as typed and read as said (the read-back under the field says the
            // amount in words), instead of the unit words being dropped as the person types.
            if (hasUnitWords(el.value)) {
              setDropped(false);
              setCaret(null);
              onChange(el.value, unit);
              return;
            }
            const edit = applyKeystroke(
              moneyChars(text),
              el.value,
              el.selectionStart ?? el.value.length,
              shown.length,
              (e.nativeEvent as InputEvent).inputType,
            );
            setDropped((was) => (was || droppedKeys(el.value)) && el.value !== '');
            setCaret({ digits: edit.caretDigits });
            onChange(edit.digits, unit);
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
              <span>{k(u === 'man' ? t.man : t.won)}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {/* The field's name carries its unit, read with the question (WCAG 3.3.2). */}
      <span id={unitId} className="visually-hidden">
        ({t.moneyUnit}: {k(unit === 'man' ? t.man : t.won)})
      </span>
      <p id={readBackId} className="read-back" aria-live="polite">
        {won !== null && won >= 0 && Number.isInteger(won)
          ? fillAmount(t.readBack, moneyReadBack(won, perMonth, lang))
          : '\u00a0'}
        {dropped && (
          <>
            <br />
            <span className="dropped-keys">{k(t.digitsOnly)}</span>
          </>
        )}
      </p>
    </div>
  );
}

function fillAmount(template: string, amount: string) {
  return template.replace('{amount}', amount);
}
