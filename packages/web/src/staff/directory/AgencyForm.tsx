import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, CheckboxField, Form, Saved, SelectField } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { useSave } from '../shell/use-save.ts';
import { useTextFields } from '../shell/use-text-fields.tsx';
import { directoryStrings, KIND_LABEL, KINDS } from './directory-strings.ts';
import { type AdminAgency, orNulls, textsOf } from './directory-types.ts';

/** The agency's optional texts: empty in the form, null to the API. */
const OPTIONAL = ['alternateName', 'website', 'email', 'phone', 'address', 'notifyEmail'] as const;

const fieldsOf = (a?: AdminAgency) => ({
  ...textsOf(['slug', 'name', 'description', ...OPTIONAL], a),
  kind: a?.kind ?? 'local_government',
});

/**
 * An agency's own details: a new one (with its code) or an existing one. The server checks every
 * field; its field errors show beside the fields and in the summary above.
 */
export function AgencyForm({ agency, onSaved }: { agency?: AdminAgency; onSaved: (a: AdminAgency) => void }) {
  const d = useStrings(directoryStrings);
  const { lang } = useI18n();
  const prefix = agency ? 'agency-edit' : 'agency-new';
  const [fictional, setFictional] = useState(agency?.fictionalContacts ?? false);
  const [active, setActive] = useState(agency?.active ?? true);
  const p = useSave(prefix, {
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
  const t = useTextFields(prefix, fieldsOf(agency), p.errorOf, { maxLength: 300 });
  const f = t.values;
  const submit = async () => {
    const body = {
      ...(agency ? {} : { slug: f.slug.trim() }),
      name: f.name.trim(),
      kind: f.kind,
      description: f.description.trim(),
      ...orNulls(OPTIONAL, f),
      fictionalContacts: fictional,
      active,
    };
    const r = agency
      ? await api<AdminAgency>('PATCH', `/api/admin/agencies/${agency.id}`, body)
      : await api<AdminAgency>('POST', '/api/admin/agencies', body);
    if (p.settle(r)) {
      if (!agency) {
        t.setValues(fieldsOf());
        setFictional(false);
        setActive(true);
      }
      onSaved(r.value);
    }
  };
  const text = t.field;
  const titleId = `${prefix}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{agency ? `${d.editAgency}: ${agency.name}` : d.newAgency}</h2>
      <Saved show={p.done}>{agency ? d.saved : d.added}</Saved>
      <Form onSubmit={submit} summary={p}>
        {!agency && text('slug', d.slug, { hint: d.slugHint, required: true, maxLength: 60, autoComplete: 'off' })}
        {text('name', d.agencyName, { required: true, maxLength: 100 })}
        {text('alternateName', d.alternateName, { maxLength: 100 })}
        <SelectField
          id={`${prefix}-kind`}
          label={d.kind}
          value={f.kind}
          options={KINDS.map((k) => ({ value: k, label: KIND_LABEL[lang][k] }))}
          onChange={t.set('kind')}
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
      </Form>
    </section>
  );
}
