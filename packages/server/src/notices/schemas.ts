import { HOUSING_TYPE_IDS, type HousingTypeId } from '@jibsa/programs';
import { Type } from 'typebox';
import { DistrictSchema, LabelSchema, ListOf, ProgramIdSchema } from '../http/shared-schemas.ts';

export const HousingTypeSchema = Type.Unsafe<HousingTypeId>({
  type: 'string',
  enum: [...HOUSING_TYPE_IDS],
  description:
    'permanent 영구임대, national 국민임대, happy 행복주택, integrated 통합공공임대, purchase 매입임대, jeonse 전세임대, senior 고령자복지주택, other 기타',
});

const Won = (max: number, description: string) => Type.Integer({ minimum: 0, maximum: max, description });

export const Unit = Type.Object(
  {
    area: Type.String({ minLength: 1, maxLength: 30, description: '전용면적 (예: 26㎡, 36A)' }),
    count: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100_000 }), Type.Null()])),
    deposit: Type.Optional(Type.Union([Won(10_000_000_000, '임대보증금 (원)'), Type.Null()])),
    rent: Type.Optional(Type.Union([Won(100_000_000, '월 임대료 (원)'), Type.Null()])),
  },
  { additionalProperties: false },
);

export const Limits = Type.Object(
  {
    minAge: Type.Optional(Type.Integer({ minimum: 0, maximum: 120, description: '신청인 최소 나이 (만)' })),
    maxAge: Type.Optional(Type.Integer({ minimum: 0, maximum: 120, description: '신청인 최대 나이 (만)' })),
    assetCap: Type.Optional(Won(100_000_000_000, '총자산 상한 (원)')),
    residence: Type.Optional(ListOf(DistrictSchema, { maxItems: 5, description: '거주해야 하는 구' })),
  },
  { additionalProperties: false },
);

/** The structured part of a 모집공고, shared by the form, the import and the answers. */
export const NoticeFields = {
  provider: Type.String({ minLength: 1, maxLength: 50, description: '공급 기관 (LH, 광주도시공사, 구청 …)' }),
  housingType: HousingTypeSchema,
  complex: Type.Optional(Type.Union([Type.String({ maxLength: 100, description: '단지명' }), Type.Null()])),
  district: Type.Optional(Type.Union([DistrictSchema, Type.Null()])),
  units: Type.Optional(ListOf(Unit, { maxItems: 30 })),
  applicationStart: Type.Optional(
    Type.Union([Type.String({ format: 'date', description: '접수 시작일' }), Type.Null()]),
  ),
  applicationEnd: Type.String({ format: 'date', description: '접수 마감일 (이날까지)' }),
  priorityGroups: Type.Optional(ListOf(Type.String({ minLength: 1, maxLength: 100 }), { maxItems: 20 })),
  programIds: Type.Optional(
    ListOf(ProgramIdSchema(), {
      maxItems: 10,
      description: "Engine programs beyond the housing type's own",
    }),
  ),
  limits: Type.Optional(Limits),
  documents: Type.Optional(ListOf(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 30 })),
  url: Type.Optional(
    Type.Union([
      Type.String({ maxLength: 500, pattern: '^https?://[^\\s]+$', description: '공식 공고문 주소' }),
      Type.Null(),
    ]),
  ),
};

/** One fictional notice, the form's example in the API docs (edits send it back with a version). */
const NOTICE_EXAMPLE = {
  title: '[예시] 광주 동구 행복주택 입주자 모집',
  body: '신청 방법과 자격은 공식 공고문을 꼭 확인하세요.',
  provider: 'LH',
  housingType: 'happy',
  district: 'dong',
  units: [{ area: '26㎡', count: 40, deposit: 20_000_000, rent: 100_000 }],
  applicationStart: '2026-12-01',
  applicationEnd: '2026-12-15',
  documents: ['주민등록등본'],
  url: 'https://apply.lh.or.kr',
};

export const NoticeCreate = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    body: Type.String({ maxLength: 50_000, description: 'Markdown: what the notice says beyond its fields' }),
    pinned: Type.Optional(Type.Boolean()),
    ...NoticeFields,
  },
  {
    additionalProperties: false,
    examples: [NOTICE_EXAMPLE],
  },
);

export const NoticeUpdate = Type.Object(
  {
    ...NoticeCreate.properties,
    version: Type.Integer({
      minimum: 1,
      description: "The post's version this edit started from; a stale one gets 409",
    }),
  },
  { additionalProperties: false, examples: [{ ...NOTICE_EXAMPLE, version: 1 }] },
);

export const NoticeState = Type.Union(
  [Type.Literal('upcoming'), Type.Literal('open'), Type.Literal('closing'), Type.Literal('closed')],
  { description: 'upcoming 접수 전, open 접수 중, closing 마감 임박 (7일 이내), closed 마감' },
);

export const Notice = Type.Object({
  id: Type.String(),
  postNumber: Type.Integer(),
  title: Type.String(),
  source: Type.String(),
  externalId: Type.Union([Type.String(), Type.Null()]),
  provider: Type.String(),
  housingType: HousingTypeSchema,
  housingTypeLabel: LabelSchema,
  complex: Type.Union([Type.String(), Type.Null()]),
  district: Type.Union([Type.String(), Type.Null()]),
  units: ListOf(Unit),
  applicationStart: Type.Union([Type.String(), Type.Null()]),
  applicationEnd: Type.String(),
  priorityGroups: ListOf(Type.String()),
  programIds: ListOf(Type.String({ description: 'Every engine program the notice relates to (type + extra)' })),
  limits: Limits,
  documents: ListOf(Type.String()),
  url: Type.Union([Type.String(), Type.Null()]),
  state: NoticeState,
  daysLeft: Type.Integer({ description: 'Days until the last day (0: today is the last day; negative: closed)' }),
  permalink: Type.String(),
  version: Type.Integer({ description: "The post's version (send it back with an edit)" }),
});

export const NoticeListQuery = Type.Object(
  {
    state: Type.Optional(
      Type.Union([Type.Literal('open'), Type.Literal('closing'), Type.Literal('closed'), Type.Literal('all')], {
        description: 'open: 접수 전·중 (default); closing: 마감 임박만; closed: 마감; all',
      }),
    ),
    program: Type.Optional(ProgramIdSchema('Only notices relating to this program')),
    district: Type.Optional(DistrictSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 100 })),
  },
  { additionalProperties: false },
);

export const NoticeList = Type.Object({ items: ListOf(Notice), today: Type.String({ format: 'date' }) });

export const ImportBody = Type.Object(
  {
    format: Type.Union([Type.Literal('json'), Type.Literal('csv')]),
    content: Type.String({ minLength: 1, maxLength: 2_000_000, description: 'The file text (LH-style fields)' }),
  },
  {
    additionalProperties: false,
    examples: [
      {
        format: 'csv',
        content:
          'PAN_ID,PAN_NM,AIS_TP_CD_NM,CNP_CD_NM,PAN_NT_ST_DT,CLSG_DT,DTL_URL\n2026000001,[예시] 광주 북구 국민임대 예비입주자 모집,국민임대,광주광역시,2026.12.01,2026.12.20,https://apply.lh.or.kr\n',
      },
      {
        format: 'json',
        content: JSON.stringify([
          {
            PAN_ID: '2026000002',
            PAN_NM: '[예시] 광주 광산구 행복주택 입주자 모집',
            AIS_TP_CD_NM: '행복주택',
            CNP_CD_NM: '광주광역시',
            PAN_NT_ST_DT: '2026.12.01',
            CLSG_DT: '2026.12.20',
            DTL_URL: 'https://apply.lh.or.kr',
            dsSplScdl: [{ SBSC_ACP_ST_DT: '2026.12.14', SBSC_ACP_CLSG_DT: '2026.12.16' }],
            dsSbd: [{ LCC_NT_NM: '[예시] 광주하남 행복주택' }],
            dsList01: [
              { HTY_NNA: '26A', DDO_AR: '26.9', NOW_HSH_CNT: '40', LS_GMY: '21000000', RFE: '105000' },
              { HTY_NNA: '36B', DDO_AR: '36.5', NOW_HSH_CNT: '12', LS_GMY: '공고문 참조', RFE: '공고문 참조' },
            ],
          },
        ]),
      },
    ],
  },
);

export const ImportResult = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  errors: ListOf(
    Type.Object({
      row: Type.Integer({ description: '1 = the first data row' }),
      field: Type.String({ description: "The column's code in LH's file, e.g. PAN_NM" }),
      column: Type.Object(
        { ko: Type.String(), en: Type.String() },
        { description: 'The column as a person reads it: "공고명(PAN_NM)" / "notice name (PAN_NM)"' },
      ),
      detail: Type.String(),
      detail_en: Type.String(),
    }),
  ),
  notices: ListOf(Type.Object({ id: Type.String(), postNumber: Type.Integer(), externalId: Type.String() })),
});
