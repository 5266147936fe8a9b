import { RELATIONS } from '@jibsa/programs';
import { Type } from 'typebox';
import { PersonSchema } from './schemas.ts';

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Version = Type.Integer({ minimum: 1, maximum: 2_000_000_000, description: '읽어 온 사례의 version' });

export const PersonParams = Type.Object({ caseId: Uuid, personId: Uuid }, { additionalProperties: false });

/** One person added to a case: the person's fields and the case version the counselor read. */
export const PersonAddBody = Type.Object(
  { version: Version, ...PersonSchema.properties },
  { additionalProperties: false },
);

/** Only what is sent changes; `null` clears a birth date or phone. */
export const PersonPatchBody = Type.Object(
  {
    version: Version,
    name: Type.Optional(PersonSchema.properties.name),
    birthDate: PersonSchema.properties.birthDate,
    relation: Type.Optional(
      Type.Unsafe<(typeof RELATIONS)[number]>({
        type: 'string',
        enum: [...RELATIONS],
        description: '가구주(head)와의 관계',
      }),
    ),
    phone: PersonSchema.properties.phone,
  },
  { additionalProperties: false },
);

export const PersonRemoveQuery = Type.Object({ version: Version }, { additionalProperties: false });
