import { GWANGJU_DISTRICT_IDS, GWANGJU_DISTRICTS, type GwangjuDistrictId, PROGRAM_ID_ALIASES } from '@jibsa/programs';
import { type TArrayOptions, type TSchema, Type } from 'typebox';

/** 광주 자치구 as the API names them; the list itself comes from @jibsa/programs. */
export const DistrictSchema = Type.Unsafe<GwangjuDistrictId>({
  type: 'string',
  enum: [...GWANGJU_DISTRICT_IDS],
  description: `광주 자치구: ${GWANGJU_DISTRICTS.map((d) => `${d.id} ${d.ko}`).join(', ')}`,
});

const ALIASES = Object.entries(PROGRAM_ID_ALIASES)
  .map(([old, now]) => `${old} → ${now}`)
  .join(', ');

/**
 * A program id the API reads (path, query or body). Ids renamed when they got one style still work:
 * they are read as today's id, and what is stored or answered carries today's.
 */
export const ProgramIdSchema = (description?: string) =>
  Type.String({
    maxLength: 100,
    pattern: '^[a-z0-9._-]+$',
    description: `${description ? `${description}. ` : ''}Old program ids are accepted as aliases of today's: ${ALIASES}`,
  });

/** An array the engine hands over read-only (its results are frozen): typed readonly, validated alike. */
export const ListOf = <T extends TSchema>(item: T, options?: TArrayOptions) =>
  Type.Immutable(Type.Array(item, options));

/** Cursor paging shared by every list: `limit` rows after `cursor` (opaque, from `nextCursor`). */
export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
};

export const NextCursor = Type.Union([Type.String(), Type.Null()], {
  description: 'Pass as `cursor` for the next page; null on the last page',
});

export const LabelSchema = Type.Object({ ko: Type.String(), en: Type.String() });
export const CitationSchema = Type.Object({
  title: Type.String(),
  url: Type.String(),
  article: Type.Optional(Type.String()),
});
export const TableValue = Type.Unknown({ description: 'A number, or a table keyed by dimension values' });

/** What a figure rests on: official · secondary (two or more copies agree) · single (one copy) · recall (none seen). */
export const EvidenceSchema = Type.Union(
  [Type.Literal('official'), Type.Literal('secondary'), Type.Literal('single'), Type.Literal('recall')],
  {
    description:
      'official: 고시·사업안내·law text; secondary: two or more independent copies agree; single: one copy; recall: not seen in a source',
  },
);
