import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { hoursText } from '../../shared/directory/service.ts';
import {
  Button,
  ButtonRow,
  DataTable,
  Form,
  labelFor,
  NamedAction,
  Notice,
  Page,
  Saved,
  TextField,
} from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import { useItems } from '../shell/use-items.ts';
import { useSave } from '../shell/use-save.ts';
import { AgencyForm } from './AgencyForm.tsx';
import { directoryStrings, KIND_LABEL } from './directory-strings.ts';
import type { AdminAgency } from './directory-types.ts';
import { ServiceForm } from './ServiceForm.tsx';

/**
 * 연계 기관 (admins): every agency, hidden ones too; choosing one opens its details, its partner
 * accounts and its services, each editable; below, a form for a new agency.
 */
export function DirectoryAdmin() {
  const d = useStrings(directoryStrings);
  const { lang, k } = useI18n();
  const { items, error, reload: load } = useItems<AdminAgency>('/api/admin/agencies');
  const [editing, setEditing] = useState<string | null>(null);
  const chosen = items?.find((x) => x.id === editing);
  return (
    <Page title={d.title} lead={d.lead}>
      {error && <Notice tone="warn">{error}</Notice>}
      {items && (
        <DataTable
          caption={d.agencies}
          rows={items}
          rowKey={(x) => x.id}
          columns={[
            { key: 'name', header: d.agencyName, rowHeader: true, cell: (x) => k(x.name) },
            { key: 'kind', header: d.kind, cell: (x) => KIND_LABEL[lang][x.kind] ?? x.kind },
            { key: 'services', header: d.services, cell: (x) => k(x.services.map((s) => s.name).join(', ')) },
            { key: 'state', header: d.state, cell: (x) => (x.active ? d.inUse : d.hidden) },
            {
              key: 'edit',
              header: d.edit,
              cell: (x) => (
                <Button small onClick={() => setEditing(x.id)}>
                  <NamedAction action={d.edit} name={x.name} />
                </Button>
              ),
            },
          ]}
        />
      )}
      {chosen && <AgencyEditor key={chosen.id} agency={chosen} onSaved={load} />}
      <AgencyForm
        onSaved={async (a) => {
          await load();
          setEditing(a.id);
        }}
      />
    </Page>
  );
}

/** One agency: its details, the partner accounts that work for it, and its services. */
function AgencyEditor({ agency, onSaved }: { agency: AdminAgency; onSaved: () => Promise<void> }) {
  const d = useStrings(directoryStrings);
  const { l, lang, k } = useI18n();
  const [serviceId, setServiceId] = useState<string | null>(null);
  const service = agency.services.find((s) => s.id === serviceId);
  return (
    <div className="agency-editor">
      <AgencyForm key={agency.id} agency={agency} onSaved={() => void onSaved()} />
      <Members agency={agency} onSaved={onSaved} />
      <section aria-labelledby="agency-services-title">
        <h2 id="agency-services-title">
          {d.servicesOf}: {k(agency.name)}
        </h2>
        <DataTable
          caption={d.servicesOf}
          rows={agency.services}
          rowKey={(s) => s.id}
          empty={d.noServices}
          columns={[
            { key: 'name', header: d.serviceName, rowHeader: true, cell: (s) => k(s.name) },
            {
              key: 'where',
              header: d.districts,
              cell: (s) => s.districts.map((x) => labelFor(DISTRICT_LABEL, x, l)).join(', '),
            },
            { key: 'hours', header: d.hours, cell: (s) => hoursText(s.hours, lang) },
            { key: 'state', header: d.state, cell: (s) => (s.active ? d.inUse : d.hidden) },
            {
              key: 'edit',
              header: d.edit,
              cell: (s) => (
                <Button small onClick={() => setServiceId(s.id)}>
                  <NamedAction action={d.edit} name={s.name} />
                </Button>
              ),
            },
          ]}
        />
        {service && <ServiceForm key={service.id} agency={agency} service={service} onSaved={() => void onSaved()} />}
        <ServiceForm key={`new-${agency.id}`} agency={agency} onSaved={() => void onSaved()} />
      </section>
    </div>
  );
}

/** The partner accounts linked to the agency: they see its referral inbox and nothing else. */
function Members({ agency, onSaved }: { agency: AdminAgency; onSaved: () => Promise<void> }) {
  const d = useStrings(directoryStrings);
  const [text, setText] = useState((agency.members ?? []).join(', '));
  const p = useSave('members', { usernames: d.members });
  const save = async () => {
    const usernames = text
      .split(/[,\s]+/)
      .map((x) => x.trim())
      .filter(Boolean);
    const r = await api<AdminAgency>('PUT', `/api/admin/agencies/${agency.id}/members`, { usernames });
    if (p.settle(r)) await onSaved();
  };
  return (
    <Form className="agency-members" onSubmit={save} summary={p}>
      <Saved show={p.done}>{d.saved}</Saved>
      <TextField
        id="members-usernames"
        label={d.members}
        hint={d.membersHint}
        value={text}
        onChange={setText}
        error={p.errorOf('usernames')}
        autoComplete="off"
        maxLength={2000}
      />
      <ButtonRow>
        <Button type="submit">{d.saveMembers}</Button>
      </ButtonRow>
    </Form>
  );
}
