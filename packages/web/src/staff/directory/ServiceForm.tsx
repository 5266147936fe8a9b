import { catalog } from '@jibsa/programs';
import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import type { DirectoryService, OpeningHours } from '../../shared/directory/service.ts';
import { Button, CheckboxField, describedBy, FieldError, Form, optionsOf, Saved } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import { useSave } from '../shell/use-save.ts';
import { useTextFields } from '../shell/use-text-fields.tsx';
import { directoryStrings } from './directory-strings.ts';
import { type AdminAgency, orNulls, textsOf } from './directory-types.ts';
import { ServiceHours } from './ServiceHours.tsx';

/** A group of checkboxes with one legend and one error (program ids, districts). */
function Boxes(props: {
  id: string;
  legend: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  chosen: string[];
  onChange: (v: string[]) => void;
  error?: string | undefined;
}) {
  const hintId = `${props.id}-hint`;
  const errId = `${props.id}-error`;
  return (
    <fieldset
      id={props.id}
      tabIndex={-1}
      className="box-group"
      aria-describedby={describedBy(props.hint && hintId, props.error && errId)}
    >
      <legend>{props.legend}</legend>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.error && <FieldError id={errId} text={props.error} />}
      {props.options.map((o) => (
        <label key={o.value} className="box-option">
          <input
            type="checkbox"
            value={o.value}
            checked={props.chosen.includes(o.value)}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...props.chosen, o.value] : props.chosen.filter((x) => x !== o.value))
            }
          />
          <span>{o.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The service's optional texts: empty in the form, null to the API. */
const OPTIONAL = ['contactName', 'contactPhone', 'contactEmail', 'hoursNote'] as const;

const formTextsOf = (s?: DirectoryService) => ({
  ...textsOf(['slug', 'name', 'description', ...OPTIONAL], s),
  documents: (s?.documents ?? []).join('\n'),
  days: String(s?.responseBusinessDays ?? 7),
});

/**
 * One service of an agency: what it offers, which engine programs it delivers (so a screening
 * result can name it), where, who to call, when it is open and what to bring.
 */
export function ServiceForm(props: {
  agency: AdminAgency;
  service?: DirectoryService;
  onSaved: (a: AdminAgency) => void;
}) {
  const { agency, service } = props;
  const d = useStrings(directoryStrings);
  const { l } = useI18n();
  const prefix = service ? 'service-edit' : 'service-new';
  const [programs, setPrograms] = useState<string[]>(service?.programIds ?? []);
  const [districts, setDistricts] = useState<string[]>(service?.districts ?? []);
  const [hours, setHours] = useState<OpeningHours[]>(service?.hours ?? []);
  const [active, setActive] = useState(service?.active ?? true);
  const p = useSave(prefix, {
    slug: d.serviceSlug,
    name: d.serviceName,
    description: d.serviceDescription,
    programIds: d.programs,
    districts: d.districts,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    contactEmail: d.contactEmail,
    hours: d.hours,
    hoursNote: d.hoursNote,
    documents: d.documents,
    responseBusinessDays: d.responseDays,
    active: d.serviceActive,
  });
  const fields = useTextFields(prefix, formTextsOf(service), p.errorOf, {
    maxLength: 200,
    nameOf: (k) => (k === 'days' ? 'responseBusinessDays' : k),
  });
  const t = fields.values;
  const submit = async () => {
    const days = t.days.trim();
    const body = {
      ...(service ? {} : { slug: t.slug.trim() }),
      name: t.name.trim(),
      description: t.description.trim(),
      programIds: programs,
      districts,
      ...orNulls(OPTIONAL, t),
      hours,
      documents: t.documents
        .split('\n')
        .map((x) => x.trim())
        .filter(Boolean),
      // Anything but a whole number goes as typed, so the server's message names the field.
      responseBusinessDays: /^\d{1,3}$/.test(days) ? Number(days) : days,
      active,
    };
    const r = service
      ? await api<AdminAgency>('PATCH', `/api/admin/services/${service.id}`, body)
      : await api<AdminAgency>('POST', `/api/admin/agencies/${agency.id}/services`, body);
    if (p.settle(r)) {
      if (!service) {
        fields.setValues(formTextsOf());
        setPrograms([]);
        setDistricts([]);
        setHours([]);
      }
      props.onSaved(r.value);
    }
  };
  const text = fields.field;
  const titleId = `${prefix}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{service ? `${d.editService}: ${service.name}` : `${d.newService} (${agency.name})`}</h3>
      <Saved show={p.done}>{service ? d.saved : d.added}</Saved>
      <Form onSubmit={submit} summary={p}>
        {!service &&
          text('slug', d.serviceSlug, { hint: d.slugHint, required: true, maxLength: 60, autoComplete: 'off' })}
        {text('name', d.serviceName, { required: true, maxLength: 100 })}
        {text('description', d.serviceDescription, { multiline: true, required: true, maxLength: 2000 })}
        <Boxes
          id={`${prefix}-programIds`}
          legend={d.programs}
          hint={d.programsHint}
          options={catalog.map((c) => ({ value: c.id, label: l(c.metadata.name) }))}
          chosen={programs}
          onChange={setPrograms}
          error={p.errorOf('programIds')}
        />
        <Boxes
          id={`${prefix}-districts`}
          legend={d.districts}
          options={optionsOf(DISTRICT_LABEL, l)}
          chosen={districts}
          onChange={setDistricts}
          error={p.errorOf('districts')}
        />
        {text('contactName', d.contactName, { maxLength: 60 })}
        {text('contactPhone', d.contactPhone, { type: 'tel', maxLength: 20 })}
        {text('contactEmail', d.contactEmail, { maxLength: 200 })}
        <ServiceHours id={`${prefix}-hours`} hours={hours} onChange={setHours} error={p.errorOf('hours')} />
        {text('hoursNote', d.hoursNote, { maxLength: 200 })}
        {text('documents', d.documents, { multiline: true, maxLength: 3000 })}
        {text('days', d.responseDays, { maxLength: 3 })}
        <CheckboxField
          id={`${prefix}-active`}
          label={d.serviceActive}
          checked={active}
          onChange={setActive}
          error={p.errorOf('active')}
        />
        <Button type="submit" variant="primary">
          {service ? d.save : d.addService}
        </Button>
      </Form>
    </section>
  );
}
