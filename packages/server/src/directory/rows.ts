import type { Insertable } from 'kysely';
import type { AgencyServiceTable, AgencyTable, District, OpeningHours } from '../db/schema.ts';

/** An agency as the admin's form and the demo seed give it; what is left out is empty, shown and real. */
export interface AgencyFields {
  slug: string;
  name: string;
  alternateName?: string | null;
  kind: string;
  description: string;
  website?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
  notifyEmail?: string | null;
  fictionalContacts?: boolean;
  active?: boolean;
}

/** The agency row of new agency, one column per field. */
export const agencyRow = (a: AgencyFields): Insertable<AgencyTable> => ({
  slug: a.slug,
  name: a.name,
  alternate_name: a.alternateName ?? null,
  kind: a.kind,
  description: a.description,
  website: a.website ?? null,
  email: a.email ?? null,
  phone: a.phone ?? null,
  address: a.address ?? null,
  notify_email: a.notifyEmail ?? null,
  fictional_contacts: a.fictionalContacts ?? false,
  active: a.active ?? true,
});

/** A service of an agency as the admin's form and the demo seed give it (program ids already current). */
export interface ServiceFields {
  slug: string;
  name: string;
  description: string;
  programIds: readonly string[];
  districts: readonly District[];
  contactName?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  hours: readonly OpeningHours[];
  hoursNote?: string | null;
  documents: readonly string[];
  responseBusinessDays?: number;
  active?: boolean;
}

/** The agency_service row of a new service; list fields are stored as JSON. */
export const serviceRow = (agencyId: string, s: ServiceFields): Insertable<AgencyServiceTable> => ({
  agency_id: agencyId,
  slug: s.slug,
  name: s.name,
  description: s.description,
  program_ids: JSON.stringify(s.programIds),
  districts: JSON.stringify(s.districts),
  contact_name: s.contactName ?? null,
  contact_phone: s.contactPhone ?? null,
  contact_email: s.contactEmail ?? null,
  hours: JSON.stringify(s.hours),
  hours_note: s.hoursNote ?? null,
  documents: JSON.stringify(s.documents),
  response_business_days: s.responseBusinessDays ?? 7,
  active: s.active ?? true,
});
