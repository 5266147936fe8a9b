import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, CheckboxField, ErrorSummary, SelectField, TextField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { useProblems } from '../shell/use-problems.ts';
import { directoryStrings, KIND_LABEL, KINDS } from './directory-strings.ts';
import { type AdminAgency, orNull } from './directory-types.ts';

type Fields = Record<
  | 'slug'
  | 'name'
  | 'alternateName'
  | 'kind'
  | 'description'
  | 'website'
  | 'email'
  | 'phone'
  | 'address'
  | 'notifyEmail',
  string
>;

const fieldsOf = (a?: AdminAgency): Fields => ({
  slug: a?.slug ?? '',
  name: a?.name ?? '',
  alternateName: a?.alternateName ?? '',
  kind: a?.kind ?? 'local_government',
  description: a?.description ?? '',
  website: a?.website ?? '',
  email: a?.email ?? '',
  phone: a?.phone ?? '',
  address: a?.address ?? '',
  notifyEmail: a?.notifyEmail ?? '',
});

/**
 * An agency's own details: a new one (with its code) or an existing one. The server checks every
 * field; its field errors show beside the fields and in the summary above.
 */
export function AgencyForm({ agency, onSaved }: { agency?: AdminAgency; onSaved: (a: AdminAgency) => void }) {
  const d = useStrings(directoryStrings);
  const { lang } = useI18n();
  const prefix = agency ? 'agency-edit' : 'agency-new';
  const [f, setF] = useState<Fields>(fieldsOf(agency));
  const [fictional, setFictional] = useState(agency?.fictionalContacts ?? false);
  const [active, setActive] = useState(agency?.active ?? true);
  const [done, setDone] = useState(false);
  const p = useProblems(prefix, {
    slug: d.slug,
    name: d.agencyName,
    alternateName: d.alternateName,
    kind: d.kind,
    description: d.description,
    website: d.website,
    email: d.email,
    phone: d.phone,
    address: d.address,
    notifyEmail: d.notifyEmail,
    fictionalContacts: d.fictional,
    active: d.active,
  });
  const set = (k: keyof Fields) => (v: string) => setF({ ...f, [k]: v });
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const body = {
      ...(agency ? {} : { slug: f.slug.trim() }),
      name: f.name.trim(),
      alternateName: orNull(f.alternateName),
      kind: f.kind,
      description: f.description.trim(),
      website: orNull(f.website),
      email: orNull(f.email),
      phone: orNull(f.phone),
      address: orNull(f.address),
      notifyEmail: orNull(f.notifyEmail),
      fictionalContacts: fictional,
      active,
    };
    const r = agency
      ? await api<AdminAgency>('PATCH', `/api/admin/agencies/${agency.id}`, body)
      : await api<AdminAgency>('POST', '/api/admin/agencies', body);
    p.show(r.ok ? null : r.problem);
    setDone(r.ok);
    if (r.ok) {
      if (!agency) {
        setF(fieldsOf());
        setFictional(false);
        setActive(true);
      }
      onSaved(r.value);
    }
  };
  const text = (k: keyof Fields, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField
      id={`${prefix}-${k}`}
      label={label}
      value={f[k]}
      onChange={set(k)}
      error={p.errorOf(k)}
      maxLength={300}
      {...extra}
    />
  );
  const titleId = `${prefix}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{agency ? `${d.editAgency}: ${agency.name}` : d.newAgency}</h2>
      {done && (
        <p role="status" className="notice notice-info">
          {agency ? d.saved : d.added}
        </p>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorSummary items={p.items} general={p.general} attempt={p.attempt} />
        {!agency && text('slug', d.slug, { hint: d.slugHint, required: true, maxLength: 60, autoComplete: 'off' })}
        {text('name', d.agencyName, { required: true, maxLength: 100 })}
        {text('alternateName', d.alternateName, { maxLength: 100 })}
        <SelectField
          id={`${prefix}-kind`}
          label={d.kind}
          value={f.kind}
          options={KINDS.map((k) => ({ value: k, label: KIND_LABEL[lang][k] }))}
          onChange={set('kind')}
          error={p.errorOf('kind')}
          required
        />
        {text('description', d.description, { multiline: true, required: true, maxLength: 1000 })}
        {text('phone', d.phone, { type: 'tel', maxLength: 20 })}
        {text('email', d.email, { maxLength: 200 })}
        {text('website', d.website, { maxLength: 300 })}
        {text('address', d.address, { maxLength: 200 })}
        {text('notifyEmail', d.notifyEmail, { hint: d.notifyHint, maxLength: 200 })}
        <CheckboxField
          id={`${prefix}-fictionalContacts`}
          label={d.fictional}
          help={d.fictionalHelp}
          checked={fictional}
          onChange={setFictional}
          error={p.errorOf('fictionalContacts')}
        />
        <CheckboxField
          id={`${prefix}-active`}
          label={d.active}
          checked={active}
          onChange={setActive}
          error={p.errorOf('active')}
        />
        <Button type="submit" variant="primary">
          {agency ? d.save : d.addAgency}
        </Button>
      </form>
    </section>
  );
}
