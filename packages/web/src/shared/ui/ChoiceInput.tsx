interface Props {
  name: string;
  labelledBy: string;
  describedBy?: string;
  options: readonly { value: string; label: string }[];
  value: string;
  invalid: boolean;
  onChange: (v: string) => void;
}

/** Radio buttons as big touch targets: enums with the schema's value labels, and 예/아니요. */
export function ChoiceInput({ name, labelledBy, describedBy, options, value, invalid, onChange }: Props) {
  return (
    <fieldset
      className="choices"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-invalid={invalid || undefined}
    >
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="radio"
            className="big-radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
