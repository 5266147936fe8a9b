import { GWANGJU_DISTRICT_IDS } from '@jibsa/programs';
import { Type } from 'typebox';
import { DistrictSchema, ProgramIdSchema } from '../http/shared-schemas.ts';

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Slug = Type.String({ minLength: 2, maxLength: 60, pattern: '^[a-z0-9][a-z0-9-]*$' });
const Phone = Type.String({ minLength: 3, maxLength: 20, pattern: '^[0-9+\\-\\s().]+$' });
const Email = Type.String({ maxLength: 200, format: 'email' });
const Url = Type.String({ maxLength: 300, pattern: '^https?://[^\\s]+$' });
const Time = Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' });
const Day = Type.Unsafe<'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU'>({
  type: 'string',
  enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'],
});
export const AGENCY_KINDS = [
  'public_housing',
  'local_government',
  'housing_management',
  'repair',
  'counseling',
  'emergency',
  'finance',
  'welfare_center',
] as const;
const Kind = Type.Unsafe<(typeof AGENCY_KINDS)[number]>({
  type: 'string',
  enum: [...AGENCY_KINDS],
  description: '공공임대, 지자체, 주택관리, 집수리, 상담소, 긴급지원, 금융, 복지관',
});

export const Hours = Type.Object(
  { days: Type.Array(Day, { minItems: 1, maxItems: 7, uniqueItems: true }), opens: Time, closes: Time },
  { additionalProperties: false },
);

const nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

const agencyFields = {
  name: Type.String({ minLength: 2, maxLength: 100 }),
  alternateName: Type.Optional(nullable(Type.String({ maxLength: 100 }))),
  kind: Kind,
  description: Type.String({ minLength: 1, maxLength: 1000 }),
  website: Type.Optional(nullable(Url)),
  email: Type.Optional(nullable(Email)),
  phone: Type.Optional(nullable(Phone)),
  address: Type.Optional(nullable(Type.String({ maxLength: 200 }))),
  notifyEmail: Type.Optional(nullable(Email)),
  fictionalContacts: Type.Optional(Type.Boolean({ description: '연락처가 가상이면 true (화면에 표시)' })),
  active: Type.Optional(Type.Boolean()),
};
export const AgencyCreateBody = Type.Object({ slug: Slug, ...agencyFields }, { additionalProperties: false });
export const AgencyPatchBody = Type.Partial(Type.Object(agencyFields, { additionalProperties: false }), {
  additionalProperties: false,
});

const serviceFields = {
  name: Type.String({ minLength: 2, maxLength: 100 }),
  description: Type.String({ minLength: 1, maxLength: 2000 }),
  programIds: Type.Array(ProgramIdSchema(), {
    maxItems: 50,
    uniqueItems: true,
    description: '이 서비스가 전달하는 엔진 제도 id',
  }),
  districts: Type.Array(DistrictSchema, { minItems: 1, maxItems: GWANGJU_DISTRICT_IDS.length, uniqueItems: true }),
  contactName: Type.Optional(nullable(Type.String({ maxLength: 60 }))),
  contactPhone: Type.Optional(nullable(Phone)),
  contactEmail: Type.Optional(nullable(Email)),
  hours: Type.Array(Hours, { maxItems: 14 }),
  hoursNote: Type.Optional(nullable(Type.String({ maxLength: 200 }))),
  documents: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 30 }),
  responseBusinessDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  active: Type.Optional(Type.Boolean()),
};
export const ServiceCreateBody = Type.Object({ slug: Slug, ...serviceFields }, { additionalProperties: false });
export const ServicePatchBody = Type.Partial(Type.Object(serviceFields, { additionalProperties: false }), {
  additionalProperties: false,
});

export const AgencyParams = Type.Object({ agencyId: Uuid }, { additionalProperties: false });
export const ServiceParams = Type.Object({ serviceId: Uuid }, { additionalProperties: false });
export const MembersBody = Type.Object(
  { usernames: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 100, uniqueItems: true }) },
  { additionalProperties: false },
);

const N = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
export const ServiceOut = Type.Object({
  id: Type.String(),
  agencyId: Type.String(),
  agencyName: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  programIds: Type.Array(Type.String()),
  districts: Type.Array(Type.String()),
  contactName: N(Type.String()),
  contactPhone: N(Type.String()),
  contactEmail: N(Type.String()),
  hours: Type.Array(Hours),
  hoursNote: N(Type.String()),
  documents: Type.Array(Type.String()),
  responseBusinessDays: Type.Integer(),
  fictionalContacts: Type.Boolean(),
  active: Type.Boolean(),
});
export const AgencyOut = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  alternateName: N(Type.String()),
  kind: Type.String(),
  description: Type.String(),
  website: N(Type.String()),
  email: N(Type.String()),
  phone: N(Type.String()),
  address: N(Type.String()),
  fictionalContacts: Type.Boolean(),
  active: Type.Boolean(),
  services: Type.Array(ServiceOut),
  members: Type.Optional(Type.Array(Type.String(), { description: '연결된 담당자 계정 (관리자에게만)' })),
  notifyEmail: Type.Optional(N(Type.String({ description: '알림 메일 주소 (관리자에게만)' }))),
});
export const AgencyList = Type.Object({ items: Type.Array(AgencyOut) });
export const ServiceList = Type.Object({ items: Type.Array(ServiceOut) });
export const ServiceQuery = Type.Object(
  {
    program: Type.Optional(ProgramIdSchema('Only services delivering this program')),
    district: Type.Optional(DistrictSchema),
  },
  { additionalProperties: false },
);
