import { useState } from 'react';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import {
  Button,
  ButtonRow,
  Dialog,
  ErrorSummary,
  Form,
  Notice,
  optionsOf,
  SelectField,
  TextField,
} from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import type { Account } from '../shell/types.ts';
import { useProblems } from '../shell/use-problems.ts';
import { adminStrings, ROLE_LABEL } from './admin-strings.ts';

const ROLES = ['counselor', 'admin', 'partner', 'city'] as const;

function RoleAndDistrict(props: {
  prefix: string;
  role: string;
  district: string;
  onRole: (v: string) => void;
  onDistrict: (v: string) => void;
  errorOf: (path: string) => string | undefined;
}) {
  const a = useStrings(adminStrings);
  const { l, lang } = useI18n();
  return (
    <>
      <SelectField
        id={`${props.prefix}-role`}
        label={a.role}
        value={props.role}
        options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[lang][r] }))}
        onChange={props.onRole}
        error={props.errorOf('role')}
      />
      <SelectField
        id={`${props.prefix}-district`}
        label={a.district}
        value={props.district}
        placeholder={a.cityWide}
        options={optionsOf(DISTRICT_LABEL, l)}
        onChange={props.onDistrict}
        error={props.errorOf('district')}
      />
    </>
  );
}

/** A temporary password an admin sets, on a new account or as a reset: the holder must change it at first sign-in. */
function TemporaryPasswordField(props: {
  prefix: string;
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
  required?: boolean;
}) {
  const a = useStrings(adminStrings);
  return (
    <TextField
      id={`${props.prefix}-temporaryPassword`}
      label={a.temporaryPassword}
      hint={a.temporaryHint}
      type="password"
      autoComplete="new-password"
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      maxLength={200}
      required={props.required}
    />
  );
}

export function NewAccountForm({ onCreated }: { onCreated: () => void }) {
  const a = useStrings(adminStrings);
  const [f, setF] = useState({
    username: '',
    displayName: '',
    role: 'counselor',
    district: '',
    organization: '',
    pw: '',
  });
  const [done, setDone] = useState(false);
  const p = useProblems('new', {
    username: a.username,
    displayName: a.displayName,
    role: a.role,
    district: a.district,
    organization: a.organization,
    temporaryPassword: a.temporaryPassword,
  });
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const text = (
    k: 'username' | 'displayName' | 'organization',
    label: string,
    extra: Partial<Parameters<typeof TextField>[0]>,
  ) => <TextField id={`new-${k}`} label={label} value={f[k]} onChange={set(k)} error={p.errorOf(k)} {...extra} />;
  const submit = async () => {
    const r = await api<Account>('POST', '/api/admin/accounts', {
      username: f.username,
      displayName: f.displayName,
      role: f.role,
      district: f.district || null,
      organization: f.organization || null,
      temporaryPassword: f.pw,
    });
    setDone(r.ok);
    p.show(r.ok ? null : r.problem);
    if (r.ok) {
      setF({ username: '', displayName: '', role: 'counselor', district: '', organization: '', pw: '' });
      onCreated();
    }
  };
  return (
    <section aria-labelledby="new-account-title">
      <h2 id="new-account-title">{a.newAccount}</h2>
      {done && (
        <p role="status" className="notice notice-info">
          {a.created}
        </p>
      )}
      <Form onSubmit={submit} summary={p}>
        {text('username', a.username, { autoComplete: 'off', maxLength: 40, required: true })}
        {text('displayName', a.displayName, { maxLength: 80, required: true })}
        <RoleAndDistrict
          prefix="new"
          role={f.role}
          district={f.district}
          onRole={set('role')}
          onDistrict={set('district')}
          errorOf={p.errorOf}
        />
        {text('organization', a.organization, { maxLength: 100 })}
        <TemporaryPasswordField
          prefix="new"
          value={f.pw}
          onChange={set('pw')}
          error={p.errorOf('temporaryPassword')}
          required
        />
        <Button type="submit" variant="primary">
          {a.create}
        </Button>
      </Form>
    </section>
  );
}

/** One account's role, 구 and on/off, and a password reset: each a separate, audited action. */
export function AccountEditor({ account, onSaved }: { account: Account; onSaved: () => void }) {
  const a = useStrings(adminStrings);
  const [role, setRole] = useState<string>(account.role);
  const [district, setDistrict] = useState(account.district ?? '');
  const [pw, setPw] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [disabling, setDisabling] = useState(false);
  const p = useProblems('edit', { role: a.role, district: a.district, temporaryPassword: a.temporaryPassword });
  const patch = async (body: object) => {
    const r = await api<Account>('PATCH', `/api/admin/accounts/${account.id}`, body);
    p.show(r.ok ? null : r.problem);
    setMessage(r.ok ? a.saved : null);
    if (r.ok) onSaved();
  };
  const reset = async () => {
    const r = await api('POST', `/api/admin/accounts/${account.id}/password`, { temporaryPassword: pw });
    p.show(r.ok ? null : r.problem);
    setMessage(r.ok ? a.resetDone : null);
    if (r.ok) {
      setPw('');
      onSaved();
    }
  };
  return (
    <section aria-labelledby="edit-account-title">
      <h2 id="edit-account-title" tabIndex={-1}>
        {a.editTitle}: {account.username}
      </h2>
      {message && (
        <p role="status" className="notice notice-info">
          {message}
        </p>
      )}
      {account.locked && <Notice tone="warn">{a.lockedHelp}</Notice>}
      <ErrorSummary items={p.items} general={p.general} attempt={p.attempt} />
      <Form onSubmit={() => patch({ role, district: district || null })}>
        <RoleAndDistrict
          prefix="edit"
          role={role}
          district={district}
          onRole={setRole}
          onDistrict={setDistrict}
          errorOf={p.errorOf}
        />
        <ButtonRow>
          <Button type="submit" variant="primary">
            {a.save}
          </Button>
          {/* Turning an account off ends its log-ins at once, so it asks first; turning it back on does not. */}
          <Button onClick={() => (account.disabled ? void patch({ disabled: false }) : setDisabling(true))}>
            {account.disabled ? a.enable : a.disable}
          </Button>
        </ButtonRow>
      </Form>
      <Dialog
        open={disabling}
        title={fill(a.disableTitle, { username: account.username })}
        onClose={() => setDisabling(false)}
        actions={
          <Button
            variant="primary"
            onClick={() => {
              setDisabling(false);
              void patch({ disabled: true });
            }}
          >
            {a.disableConfirm}
          </Button>
        }
      >
        <p>{a.disableLead}</p>
      </Dialog>
      <Form onSubmit={reset}>
        <TemporaryPasswordField prefix="edit" value={pw} onChange={setPw} error={p.errorOf('temporaryPassword')} />
        <Button type="submit">{a.resetPassword}</Button>
      </Form>
    </section>
  );
}
