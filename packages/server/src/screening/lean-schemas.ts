import { Type } from 'typebox';
import { ListOf } from '../http/shared-schemas.ts';
import { ParameterDefSchema, ParameterPeriodSchema } from '../programs/schemas.ts';
import { MissingSchema, NextQuestionsSchema, ProgramScreeningSchema, WeakReason } from './schemas.ts';

/*
 * The lean answer of POST /api/screen and the shared parameter list it points to (issue 11). Written
 * with `enum` and type lists rather than unions of literals: fast-json-stringify serialises a union
 * (anyOf) by validating each value against every branch, which made it slower than JSON.stringify.
 */

const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });

export const EVIDENCE = ['official', 'secondary', 'single', 'recall'] as const;
export const EvidenceEnum = oneOf(
  EVIDENCE,
  'official: 고시·사업안내·law text; secondary: two or more independent copies agree; single: one copy; recall: not seen in a source',
);
/** Words in Korean and English, or (with `?lang`) only the asked language. */
const AnswerLabel = Type.Object(
  { ko: Type.Optional(Type.String()), en: Type.Optional(Type.String()) },
  { minProperties: 1, description: 'ko and en; only the asked one with ?lang=ko|en' },
);
const NullableLabel = Type.Unsafe<{ ko?: string; en?: string } | null>({
  type: ['object', 'null'],
  properties: { ko: { type: 'string' }, en: { type: 'string' } },
  minProperties: 1,
});
const NullableNumber = Type.Unsafe<number | null>({ type: ['number', 'null'] });
const NullableBoolean = Type.Unsafe<boolean | null>({ type: ['boolean', 'null'] });

/** One figure a result read: which parameter, which table cell, what value. The rest is in the parameter list. */
export const FigureSchema = Type.Object({
  id: Type.String({ description: 'Parameter id, e.g. "housing-benefit.standard-rent"' }),
  keys: ListOf(Type.String(), { description: 'Table keys used, outermost first; empty for a scalar' }),
  value: Type.Number(),
});

const { parameters: _inline, ...screeningFields } = ProgramScreeningSchema.properties;

export const LeanProgramSchema = Type.Object({
  ...screeningFields,
  status: oneOf(['eligible', 'ineligible', 'unknown'] as const),
  amount: NullableNumber,
  name: AnswerLabel,
  amountLabel: NullableLabel,
  summary: AnswerLabel,
  reasons: ListOf(
    Type.Object({ id: Type.String(), outcome: NullableBoolean, text: AnswerLabel, weak: Type.Optional(WeakReason) }),
  ),
  figuresNote: Type.Optional(
    Type.Union([AnswerLabel], {
      description: 'Once a result: which weak figures the reasons marked `weak` rest on, to check before applying',
    }),
  ),
  missing: ListOf(Type.Object({ ...MissingSchema.properties, label: AnswerLabel })),
  unavailable: Type.Optional(AnswerLabel),
  evidence: EvidenceEnum,
  figures: ListOf(FigureSchema, {
    description:
      'The figures read, by parameter id; their labels, units, citations and evidence are in `parametersUrl`',
  }),
});

export const LeanScreenResponse = Type.Object(
  {
    date: Type.String({ format: 'date' }),
    rulesVersion: Type.String({
      description: 'Fingerprint of the program rules and figures used (criteria, parameter values and periods)',
    }),
    parametersUrl: Type.String({
      description: 'GET this for every figure in force on `date`, with citations and evidence (cacheable, ETag)',
    }),
    programs: ListOf(LeanProgramSchema),
    nextQuestions: ListOf(Type.Object({ ...NextQuestionsSchema.items.properties, label: AnswerLabel })),
  },
  { description: 'The default answer. `?detail=full` answers with each figure’s citation inline (`parameters`).' },
);

/** A parameter as in force on one date: the period's figure(s) and what they rest on. */
const { periods: _history, ...definitionFields } = ParameterDefSchema.properties;

export const ParameterInForceSchema = Type.Object({
  ...definitionFields,
  ...ParameterPeriodSchema.properties,
  evidence: EvidenceEnum,
  cellEvidence: Type.Optional(
    Type.Record(Type.String(), EvidenceEnum, { description: 'Cells graded apart from the period, keys joined by "."' }),
  ),
});

export const ParameterListResponse = Type.Object({
  date: Type.String({ format: 'date' }),
  rulesVersion: Type.String(),
  parameters: ListOf(ParameterInForceSchema, {
    description: 'Every parameter a screening may read, in id order; one without a figure for the date is left out',
  }),
});
