import { type ComponentProps, useState } from 'react';
import { TextField } from '../../shared/ui/index.ts';

type Extra = Partial<ComponentProps<typeof TextField>>;

/**
 * The text fields of a staff form: their values, a setter a field, and a TextField a field, with
 * the id `${prefix}-${name}` and the server's error for that name (nameOf: where the server's name
 * differs from the form's key).
 */
export function useTextFields<K extends string>(
  prefix: string,
  initial: Record<K, string>,
  errorOf: (field: string) => string | undefined,
  defaults: { maxLength: number; nameOf?: (k: K) => string },
) {
  const [values, setValues] = useState<Record<K, string>>(initial);
  const set = (k: K) => (v: string) => setValues({ ...values, [k]: v });
  const field = (k: K, label: string, extra: Extra = {}) => {
    const name = defaults.nameOf?.(k) ?? k;
    return (
      <TextField
        id={`${prefix}-${name}`}
        label={label}
        value={values[k]}
        onChange={set(k)}
        error={errorOf(name)}
        maxLength={defaults.maxLength}
        {...extra}
      />
    );
  };
  return { values, setValues, set, field };
}
