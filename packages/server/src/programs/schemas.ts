import { Type } from 'typebox';
import { CitationSchema, EvidenceSchema, LabelSchema, ListOf, TableValue } from '../http/shared-schemas.ts';

export const ParameterPeriodSchema = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.Optional(Type.String({ format: 'date' })),
  value: TableValue,
  citation: CitationSchema,
  evidence: EvidenceSchema,
  cellEvidence: Type.Optional(
    Type.Record(Type.String(), EvidenceSchema, {
      description: 'Cells graded apart from the period, keys joined by "."',
    }),
  ),
  note: Type.Optional(Type.String()),
});

export const ParameterDefSchema = Type.Object({
  id: Type.String(),
  label: LabelSchema,
  unit: Type.String(),
  dimensions: Type.Optional(ListOf(Type.String())),
  periods: ListOf(ParameterPeriodSchema),
});

const TextsSchema = Type.Object({ ko: ListOf(Type.String()), en: ListOf(Type.String()) });
const LinkSchema = Type.Object({ title: Type.String(), url: Type.String() });

export const ProgramSummarySchema = Type.Object({
  id: Type.String(),
  name: LabelSchema,
  summary: LabelSchema,
  audience: ListOf(Type.String()),
  helpType: Type.String(),
  agency: LabelSchema,
  screenable: Type.Boolean({ description: 'false for programs listed for information only' }),
  years: ListOf(Type.Integer(), { description: 'Years whose figures are encoded (for at least some households)' }),
  partialYears: ListOf(Type.Integer(), {
    description: 'Of those years, the ones where some table cells (a 급지, a household size) are missing',
  }),
  startedOn: Type.Optional(
    Type.String({
      format: 'date',
      description: 'For programs that began after 2019: screening an earlier date answers "not eligible"',
    }),
  ),
  verified: Type.Boolean({
    description: 'The texts (who qualifies, documents, how to apply) were checked against the official guide',
  }),
  evidence: Type.Optional(
    Type.Union([EvidenceSchema], { description: "The weakest grade among today's figures (screenable programs only)" }),
  ),
});

export const ProgramDetailSchema = Type.Object({
  ...ProgramSummarySchema.properties,
  whoQualifies: TextsSchema,
  whatYouGet: LabelSchema,
  documents: TextsSchema,
  apply: Type.Object({
    agency: LabelSchema,
    channels: ListOf(
      Type.Object({
        kind: Type.String(),
        label: LabelSchema,
        url: Type.Optional(Type.String()),
        phone: Type.Optional(Type.String()),
      }),
    ),
  }),
  legalBasis: ListOf(LinkSchema),
  links: ListOf(LinkSchema),
  notes: Type.Optional(Type.String()),
  parameters: ListOf(ParameterDefSchema),
});
