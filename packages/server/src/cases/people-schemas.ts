import { RELATIONS } from '@jibsa/programs';
import { Type } from 'typebox';
import { PersonSchema } from './schemas.ts';

const UUID = { format: 'uuid', maxLength: 36 } as const;
const Uuid = Type.String(UUID);
const Version = Type.Integer({ minimum: 1, maximum: 2_000_000_000, description: '읽어 온 사례의 version' });

/** 만 나이, kept on the engine's household member; only read when no birth date is known. */
const FormerHeadRelation = Type.Optional(
  Type.Unsafe<(typeof RELATIONS)[number]>({
    type: 'string',
    enum: RELATIONS.filter((r) => r !== 'head'),
    description: '다른 가구원이 본인이 될 때: 지금까지의 본인이 갖게 될 관계',
  }),
);
const Age = Type.Optional(
  Type.Union([Type.Integer({ minimum: 0, maximum: 130 }), Type.Null()], {
    description: '만 나이 (생년월일을 모를 때만; 생년월일이 있으면 생년월일로 셉니다)',
  }),
);

export const PersonParams = Type.Object({ caseId: Uuid, personId: Uuid }, { additionalProperties: false });

/** One person added to a case: the person's fields and the case version the counselor read. */
export const PersonAddBody = Type.Object(
  { version: Version, ...PersonSchema.properties, age: Age, formerHeadRelation: FormerHeadRelation },
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
    age: Age,
    newHeadId: Type.Optional(
      Type.String({ ...UUID, description: '본인의 관계를 바꿀 때: 새로 본인이 될 가구원의 id' }),
    ),
    formerHeadRelation: FormerHeadRelation,
  },
  { additionalProperties: false },
);

/** Removing the 본인 while others stay names who becomes 본인 (`newHeadId`). */
export const PersonRemoveQuery = Type.Object(
  {
    version: Version,
    newHeadId: Type.Optional(Type.String({ ...UUID, description: '본인을 뺄 때: 새로 본인이 될 가구원의 id' })),
  },
  { additionalProperties: false },
);
