import type { Kysely, Selectable } from 'kysely';
import type { AgencyServiceTable, AgencyTable, Database } from '../db/schema.ts';
import { agencyFields } from './rows.ts';

type AgencyRow = Selectable<AgencyTable>;
type ServiceRow = Selectable<AgencyServiceTable>;

export function serviceOut(s: ServiceRow, a: AgencyRow) {
  return {
    id: s.id,
    agencyId: a.id,
    agencyName: a.name,
    slug: s.slug,
    name: s.name,
    description: s.description,
    programIds: s.program_ids,
    districts: s.districts,
    contactName: s.contact_name,
    contactPhone: s.contact_phone,
    contactEmail: s.contact_email,
    hours: s.hours,
    hoursNote: s.hours_note,
    documents: s.documents,
    responseBusinessDays: s.response_business_days,
    fictionalContacts: a.fictional_contacts,
    active: s.active && a.active,
  };
}

/** The whole directory, agencies with their services, in a stable order (name, then slug). */
export async function loadDirectory(db: Kysely<Database>, opts: { includeInactive: boolean }) {
  let agencies = db.selectFrom('agency').selectAll().orderBy('name').orderBy('slug');
  if (!opts.includeInactive) agencies = agencies.where('active', '=', true);
  const [aRows, sRows] = await Promise.all([
    agencies.execute(),
    db.selectFrom('agency_service').selectAll().orderBy('name').orderBy('slug').execute(),
  ]);
  return aRows.map((a) => ({
    agency: a,
    services: sRows.filter((s) => s.agency_id === a.id && (opts.includeInactive || s.active)),
  }));
}

export function agencyOut(a: AgencyRow, services: ServiceRow[]) {
  // The notice address is the admin's alone: the public view leaves it out.
  const { notifyEmail: _adminOnly, ...fields } = agencyFields(a);
  return { id: a.id, ...fields, services: services.map((s) => serviceOut(s, a)) };
}
