import { householdInputJsonSchema } from '@jibsa/programs';
import { Type } from 'typebox';

const LabelSchema = Type.Object({ ko: Type.String(), en: Type.String() });
const CitationSchema = Type.Object({ title: Type.String(), url: Type.String(), article: Type.Optional(Type.String()) });
const TableValue = Type.Unknown({ description: 'A number, or a table keyed by dimension values' });

/** The household JSON Schema, generated from the same engine schema the rules use (plus address, birth date). */
export function householdJsonSchema() {
  const { $schema: _drop, ...schema } = householdInputJsonSchema();
  return { ...schema, $id: 'Household' };
}

export const ParameterUseSchema = Type.Object({
  id: Type.String(),
  label: LabelSchema,
  value: Type.Number(),
  unit: Type.String(),
  keys: Type.Array(Type.String()),
  from: Type.String({ format: 'date' }),
  to: Type.Optional(Type.String({ format: 'date' })),
  citation: CitationSchema,
  verified: Type.Boolean(),
  note: Type.Optional(Type.String()),
});

const MissingSchema = Type.Object({
  path: Type.String({ description: 'e.g. "monthlyRent" or "members[1].earnedIncome"' }),
  label: LabelSchema,
  rank: Type.Number(),
  affects: Type.Array(Type.String()),
});

export const ProgramScreeningSchema = Type.Object({
  id: Type.String(),
  name: LabelSchema,
  status: Type.Union([Type.Literal('eligible'), Type.Literal('ineligible'), Type.Literal('unknown')]),
  amount: Type.Union([Type.Number(), Type.Null()]),
  amountLabel: Type.Union([LabelSchema, Type.Null()]),
  summary: LabelSchema,
  reasons: Type.Array(
    Type.Object({ id: Type.String(), outcome: Type.Union([Type.Boolean(), Type.Null()]), text: LabelSchema }),
  ),
  missing: Type.Array(MissingSchema),
  parameters: Type.Array(ParameterUseSchema),
  unavailable: Type.Optional(LabelSchema),
  unavailableParameter: Type.Optional(
    Type.String({ description: 'With unavailable: the parameter that has no figure for the date' }),
  ),
});

export const ScreenRequest = Type.Object(
  {
    household: Type.Ref('Household'),
    date: Type.Optional(
      Type.String({ format: 'date', description: 'Evaluate as of this date (2019-01-01 onward); default today' }),
    ),
  },
  { additionalProperties: false },
);

export const ScreenResponse = Type.Object({
  date: Type.String({ format: 'date' }),
  rulesVersion: Type.String({
    description: 'Fingerprint of the program rules and figures used (criteria, parameter values and periods)',
  }),
  programs: Type.Array(ProgramScreeningSchema),
  nextQuestions: Type.Array(
    Type.Object({ path: Type.String(), label: LabelSchema, programs: Type.Array(Type.String()) }),
  ),
});

const ParameterPeriodSchema = Type.Object({
  from: Type.String({ format: 'date' }),
  to: Type.Optional(Type.String({ format: 'date' })),
  value: TableValue,
  citation: CitationSchema,
  verified: Type.Boolean(),
  note: Type.Optional(Type.String()),
});

export const ParameterDefSchema = Type.Object({
  id: Type.String(),
  label: LabelSchema,
  unit: Type.String(),
  dimensions: Type.Optional(Type.Array(Type.String())),
  periods: Type.Array(ParameterPeriodSchema),
});

const TextsSchema = Type.Object({ ko: Type.Array(Type.String()), en: Type.Array(Type.String()) });
const LinkSchema = Type.Object({ title: Type.String(), url: Type.String() });

export const ProgramSummarySchema = Type.Object({
  id: Type.String(),
  name: LabelSchema,
  summary: LabelSchema,
  audience: Type.Array(Type.String()),
  helpType: Type.String(),
  agency: LabelSchema,
  screenable: Type.Boolean({ description: 'false for programs listed for information only' }),
  years: Type.Array(Type.Integer(), { description: 'Years whose figures are encoded (for at least some households)' }),
  partialYears: Type.Array(Type.Integer(), {
    description: 'Of those years, the ones where some table cells (a 급지, a household size) are missing',
  }),
  startedOn: Type.Optional(
    Type.String({
      format: 'date',
      description: 'For programs that began after 2019: screening an earlier date answers "not eligible"',
    }),
  ),
  verified: Type.Boolean(),
});

export const ProgramDetailSchema = Type.Object({
  ...ProgramSummarySchema.properties,
  whoQualifies: TextsSchema,
  whatYouGet: LabelSchema,
  documents: TextsSchema,
  apply: Type.Object({
    agency: LabelSchema,
    channels: Type.Array(
      Type.Object({
        kind: Type.String(),
        label: LabelSchema,
        url: Type.Optional(Type.String()),
        phone: Type.Optional(Type.String()),
      }),
    ),
  }),
  legalBasis: Type.Array(LinkSchema),
  links: Type.Array(LinkSchema),
  notes: Type.Optional(Type.String()),
  parameters: Type.Array(ParameterDefSchema),
});
