import type { DirectoryService } from '../../shared/directory/service.ts';
import type { AgencyKind } from './directory-strings.ts';

/** An agency as the admin API gives it (GET /api/admin/agencies). */
export interface AdminAgency {
  id: string;
  slug: string;
  name: string;
  alternateName: string | null;
  kind: AgencyKind;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  fictionalContacts: boolean;
  active: boolean;
  services: DirectoryService[];
  members?: string[];
  notifyEmail?: string | null;
}

/** An optional text field as the API wants it: null when left empty (which also clears it). */
export const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** A form's texts of the keys named: the record's value, or empty where there is no record or no value. */
export function textsOf<K extends string>(keys: readonly K[], from?: Partial<Record<K, string | null>>) {
  return Object.fromEntries(keys.map((k) => [k, from?.[k] ?? ''])) as Record<K, string>;
}

/** The optional texts of the keys named as the API wants them (orNull of each). */
export function orNulls<K extends string>(keys: readonly K[], values: Record<K, string>) {
  return Object.fromEntries(keys.map((k) => [k, orNull(values[k])])) as Record<K, string | null>;
}
