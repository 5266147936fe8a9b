import type { Insertable, Selectable } from 'kysely';
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

/** An object without its undefined entries: the columns of only the fields given. */
const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Each agency field and its column: the one table both directions read (the form's fields to
 * columns here, a row back to fields in agencyFields), so a new column is named once.
 */
const AGENCY_COLUMN = {
  slug: 'slug',
  name: 'name',
  alternateName: 'alternate_name',
  kind: 'kind',
  description: 'description',
  website: 'website',
  email: 'email',
  phone: 'phone',
  address: 'address',
  notifyEmail: 'notify_email',
  fictionalContacts: 'fictional_contacts',
  active: 'active',
} as const satisfies Record<keyof AgencyFields, keyof AgencyTable>;
type AgencyColumn = typeof AGENCY_COLUMN;

/** The agency columns of the fields given, each field to its column: all of a patch, and no more. */
export const agencyColumns = (a: Partial<AgencyFields>) =>
  defined(
    Object.fromEntries(Object.entries(AGENCY_COLUMN).map(([f, c]) => [c, a[f as keyof AgencyFields]])) as {
      [F in keyof AgencyColumn as AgencyColumn[F]]: AgencyFields[F];
    },
  );

/** The fields of an agency row, each column back to its field. */
export const agencyFields = (row: Selectable<AgencyTable>) =>
  Object.fromEntries(Object.entries(AGENCY_COLUMN).map(([f, c]) => [f, row[c]])) as {
    [F in keyof AgencyColumn]: Selectable<AgencyTable>[AgencyColumn[F]];
  };

/** The agency row of a new agency: its columns, and for an optional field left out, empty (or shown and real). */
export const agencyRow = (a: AgencyFields) =>
  ({
    alternate_name: null,
    website: null,
    email: null,
    phone: null,
    address: null,
    notify_email: null,
    fictional_contacts: false,
    active: true,
    ...agencyColumns(a),
  }) as Insertable<AgencyTable>; // slug, name, kind and description: required in AgencyFields

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

/** The agency_service columns of the fields given (lists as JSON): all of a patch, and no more. */
export const serviceColumns = (s: Partial<ServiceFields>) =>
  defined({
    slug: s.slug,
    name: s.name,
    description: s.description,
    program_ids: s.programIds && JSON.stringify(s.programIds),
    districts: s.districts && JSON.stringify(s.districts),
    contact_name: s.contactName,
    contact_phone: s.contactPhone,
    contact_email: s.contactEmail,
    hours: s.hours && JSON.stringify(s.hours),
    hours_note: s.hoursNote,
    documents: s.documents && JSON.stringify(s.documents),
    response_business_days: s.responseBusinessDays,
    active: s.active,
  });

/** The agency_service row of a new service: its columns, and for an optional field left out, empty (or 7 days, active). */
export const serviceRow = (agencyId: string, s: ServiceFields) =>
  ({
    agency_id: agencyId,
    contact_name: null,
    contact_phone: null,
    contact_email: null,
    hours_note: null,
    response_business_days: 7,
    active: true,
    ...serviceColumns(s),
  }) as Insertable<AgencyServiceTable>; // the lists, slug, name and description: required in ServiceFields
