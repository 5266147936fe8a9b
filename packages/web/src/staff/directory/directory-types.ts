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
