import { useI18n, useStrings } from '../../i18n/index.tsx';
import { DAY_LABEL, DAYS, type Day, type OpeningHours } from '../../shared/directory/service.ts';
import { Button, describedBy, FieldError, TextField } from '../../shared/ui/index.ts';
import { directoryStrings } from './directory-strings.ts';

/**
 * A service's opening hours as lines of "these days, from–to": each line its own group of day
 * boxes and two times. The server checks the times; its message shows under the whole list.
 */
export function ServiceHours(props: {
  id: string;
  hours: OpeningHours[];
  onChange: (h: OpeningHours[]) => void;
  error?: string | undefined;
}) {
  const d = useStrings(directoryStrings);
  const { lang } = useI18n();
  const errId = `${props.id}-error`;
  const change = (i: number, patch: Partial<OpeningHours>) =>
    props.onChange(props.hours.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  const toggle = (i: number, day: Day, on: boolean) => {
    const days = props.hours[i]?.days ?? [];
    change(i, { days: on ? DAYS.filter((x) => x === day || days.includes(x)) : days.filter((x) => x !== day) });
  };
  return (
    <fieldset
      id={props.id}
      tabIndex={-1}
      className="service-hours"
      aria-describedby={describedBy(props.error && errId)}
    >
      <legend>{d.hours}</legend>
      {props.error && <FieldError id={errId} text={props.error} />}
      {props.hours.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own; order is the identity
        <fieldset key={i} className="service-hours-line">
          <legend>{`${d.hoursRow} ${i + 1}`}</legend>
          <fieldset className="day-boxes">
            <legend>{d.days}</legend>
            {DAYS.map((day) => (
              <label key={day} className="day-box">
                <input
                  type="checkbox"
                  checked={h.days.includes(day)}
                  onChange={(e) => toggle(i, day, e.target.checked)}
                />
                <span>{DAY_LABEL[lang][day]}</span>
              </label>
            ))}
          </fieldset>
          <TextField
            id={`${props.id}-${i}-opens`}
            label={d.opens}
            value={h.opens}
            onChange={(v) => change(i, { opens: v })}
            maxLength={5}
          />
          <TextField
            id={`${props.id}-${i}-closes`}
            label={d.closes}
            value={h.closes}
            onChange={(v) => change(i, { closes: v })}
            maxLength={5}
          />
          <Button small onClick={() => props.onChange(props.hours.filter((_, j) => j !== i))}>
            {`${d.removeHours} (${i + 1})`}
          </Button>
        </fieldset>
      ))}
      <Button
        small
        onClick={() =>
          props.onChange([...props.hours, { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' }])
        }
      >
        {d.addHours}
      </Button>
    </fieldset>
  );
}
