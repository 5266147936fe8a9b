import { createHash } from 'node:crypto';
import { findProgram, GWANGJU_DISTRICTS } from '@jibsa/programs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { loadDirectory } from './queries.ts';

/**
 * The directory as Open Referral HSDS 3.0 objects (organization, service, location,
 * service_at_location, contact, phone, schedule, required_document, service_area, attribute).
 * Agencies and services keep their own ids; the smaller objects get ids derived from their owner
 * and position, so the same directory always exports the same ids. Engine program ids travel as
 * attributes with a taxonomy term of the "jibsa-programs" taxonomy.
 */
export const HSDS_VERSION = '3.0';

/** A name-based UUID (RFC 4122 version 5 layout over SHA-1), stable for the same parts. */
export function stableUuid(...parts: string[]): string {
  const h = createHash('sha1').update(parts.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DISTRICT_KO = new Map<string, string>(GWANGJU_DISTRICTS.map((d) => [d.id, d.ko]));
const FICTIONAL = '체험용 가상 연락처 (fictional demo contact)';

/** Drops undefined and null so optional HSDS fields are left out rather than sent as null. */
function clean<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** The HSDS phone list of one number (empty without one), linked to the records it belongs to. */
function phonesOf(number: string | null, ownerId: string, links: Record<string, string>, fictional: boolean) {
  if (!number) return [];
  return [
    clean({
      id: stableUuid('phone', ownerId),
      ...links,
      number,
      type: 'voice',
      description: fictional ? FICTIONAL : undefined,
    }),
  ];
}

export async function exportHsds(db: Kysely<Database>) {
  const directory = await loadDirectory(db, { includeInactive: false });
  const organizations = [];
  const services = [];
  const locations = [];
  const serviceAtLocations = [];
  for (const { agency: a, services: rows } of directory) {
    const locationId = stableUuid('location', a.id);
    const orgPhones = phonesOf(a.phone, a.id, { organization_id: a.id }, a.fictional_contacts);
    const location = clean({
      id: locationId,
      location_type: 'physical',
      organization_id: a.id,
      name: a.name,
      description: a.fictional_contacts ? `${a.address ?? ''} · ${FICTIONAL}`.trim() : undefined,
      addresses: [
        clean({
          id: stableUuid('address', a.id),
          location_id: locationId,
          address_1: a.address ?? '광주광역시',
          city: '광주광역시',
          state_province: '광주광역시',
          postal_code: '61000',
          country: 'KR',
          address_type: 'physical',
        }),
      ],
      phones: orgPhones,
    });
    locations.push(location);
    organizations.push(
      clean({
        id: a.id,
        name: a.name,
        alternate_name: a.alternate_name,
        description: a.description,
        email: a.email,
        website: a.website,
        phones: orgPhones,
        locations: [location],
      }),
    );
    for (const s of rows) {
      const salId = stableUuid('service_at_location', s.id, locationId);
      const contactId = stableUuid('contact', s.id);
      const phones = phonesOf(s.contact_phone, s.id, { service_id: s.id, contact_id: contactId }, a.fictional_contacts);
      const schedules = s.hours.map((h, i) =>
        clean({
          id: stableUuid('schedule', s.id, String(i)),
          service_id: s.id,
          freq: 'WEEKLY',
          wkst: 'MO',
          byday: h.days.join(','),
          opens_at: h.opens,
          closes_at: h.closes,
          timezone: 9,
          description: s.hours_note ?? undefined,
        }),
      );
      const sal = clean({
        id: salId,
        service_id: s.id,
        location_id: locationId,
        schedules,
        phones,
      });
      serviceAtLocations.push(sal);
      services.push(
        clean({
          id: s.id,
          organization_id: a.id,
          name: s.name,
          description: s.description,
          email: s.contact_email,
          status: 'active',
          last_modified: new Date(s.updated_at).toISOString(),
          phones,
          schedules,
          contacts: [
            clean({
              id: contactId,
              service_id: s.id,
              name: s.contact_name ?? undefined,
              email: s.contact_email ?? undefined,
              phones,
            }),
          ],
          service_areas: s.districts.map((d) =>
            clean({
              id: stableUuid('service_area', s.id, d),
              service_id: s.id,
              name: `광주광역시 ${DISTRICT_KO.get(d) ?? d}`,
              extent_type: 'jibsa-district',
              extent: d,
            }),
          ),
          service_at_locations: [sal],
          required_documents: s.documents.map((doc, i) => ({
            id: stableUuid('required_document', s.id, String(i)),
            service_id: s.id,
            document: doc,
          })),
          attributes: s.program_ids.map((programId) => ({
            id: stableUuid('attribute', s.id, programId),
            link_id: s.id,
            link_type: 'service',
            link_entity: 'service',
            value: programId,
            taxonomy_term: clean({
              id: stableUuid('taxonomy_term', programId),
              code: programId,
              name: findProgram(programId)?.metadata.name.ko ?? programId,
              description: '집사 규칙 엔진의 제도 id (Jibsa rules engine program id)',
              taxonomy: 'jibsa-programs',
            }),
          })),
        }),
      );
    }
  }
  return {
    hsds_version: HSDS_VERSION,
    generated_at: new Date().toISOString(),
    publisher: '집사 (Jibsa) 광주 주거복지 연계 기관 목록',
    note: '체험 자료의 전화·메일·주소는 모두 가상입니다. Contacts in demo data are fictional.',
    organizations,
    services,
    locations,
    service_at_locations: serviceAtLocations,
  };
}
