import { toJsonSchema } from '@jibsa/rules';
import { householdSchema, MAX_MEMBERS } from './schema.ts';

type Json = Record<string, unknown>;

/**
 * JSON Schema of what screening accepts: the rules' own fields (generated from householdSchema)
 * plus the two conveniences prepareHousehold turns into them: `address` and members' `birthDate`.
 */
export function householdInputJsonSchema(): Json {
  const base = toJsonSchema(householdSchema) as Json & { properties: Json & { members: Json & { items: Json } } };
  const { members, ...fields } = base.properties;
  const memberItems = members.items as Json & { properties: Json };
  return {
    ...base,
    properties: {
      ...fields,
      address: {
        title: 'Address (province and district, or area code)',
        description:
          '주소 (시·도와 시·군·구, 또는 행정구역 코드). region·gwangjuDistrict로 바뀌고 주소 자체는 저장하지 않습니다. ' +
          'Turned into region and gwangjuDistrict; the address itself is not kept.',
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          sido: { type: 'string', description: '시·도, e.g. 광주광역시, 경기도, 서울' },
          sigungu: { type: 'string', description: '시·군·구, e.g. 광산구, 창원시 성산구' },
          code: { type: 'string', pattern: '^(\\d{2}|\\d{5}|\\d{10})$', description: '행정표준코드, e.g. 29200' },
        },
      },
      members: {
        ...members,
        maxItems: MAX_MEMBERS,
        items: {
          ...memberItems,
          properties: {
            ...memberItems.properties,
            birthDate: {
              title: 'Birth date',
              description:
                '생년월일. 기준일의 만 나이(age)로 바뀌고 날짜 자체는 저장하지 않습니다. Becomes age on the screening date.',
              type: ['string', 'null'],
              format: 'date',
            },
          },
        },
      },
    },
  };
}
