import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, Form, Notice, Page, Saved, type SummaryItem, TextField } from '../../shared/ui/index.ts';
import { adminStrings } from '../admin/admin-strings.ts';
import { api } from './api.ts';

/**
 * 비밀번호 바꾸기. When an administrator reset the password (`forced`) this is the only screen the
 * staff area shows, as the server refuses everything else until it is done.
 */
export function PasswordChange({ forced, onChanged }: { forced: boolean; onChanged: () => void }) {
  const a = useStrings(adminStrings);
  const { l } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<SummaryItem[]>([]);
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState(false);
  const labels: Record<string, [string, string]> = {
    currentPassword: ['pw-current', a.currentPassword],
    newPassword: ['pw-new', a.newPassword],
  };
  const submit = async () => {
    setAttempt((n) => n + 1);
    setDone(false);
    if (next !== repeat) {
      setGeneral(null);
      setErrors([{ fieldId: 'pw-repeat', label: a.repeatPassword, message: a.notSame }]);
      return;
    }
    const r = await api('POST', '/api/auth/password', { currentPassword: current, newPassword: next });
    if (r.ok) {
      setErrors([]);
      setGeneral(null);
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
      onChanged();
      return;
    }
    const fields = r.problem.errors.map((err) => {
      const [fieldId, label] = labels[err.path.replace(/^body\./, '')] ?? ['pw-new', a.newPassword];
      return { fieldId, label, message: l(err) };
    });
    setErrors(fields);
    setGeneral(fields.length ? null : l(r.problem.detail));
  };
  const errorFor = (id: string) => errors.find((x) => x.fieldId === id)?.message;
  const password = (id: string, label: string, value: string, onChange: (v: string) => void, autoComplete: string) => (
    <TextField
      id={id}
      label={label}
      type="password"
      value={value}
      onChange={onChange}
      autoComplete={autoComplete}
      error={errorFor(id)}
      required
      maxLength={200}
    />
  );
  return (
    <Page title={a.passwordTitle} lead={a.passwordLead}>
      {forced && <Notice tone="warn">{a.passwordForced}</Notice>}
      <Saved show={done}>{a.passwordChanged}</Saved>
      <Form onSubmit={submit} summary={{ items: errors, general, attempt }}>
        {password('pw-current', a.currentPassword, current, setCurrent, 'current-password')}
        {password('pw-new', a.newPassword, next, setNext, 'new-password')}
        {password('pw-repeat', a.repeatPassword, repeat, setRepeat, 'new-password')}
        <Button type="submit" variant="primary">
          {a.changePassword}
        </Button>
      </Form>
    </Page>
  );
}
