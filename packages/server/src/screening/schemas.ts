import { FIRST_DATE, householdInputJsonSchema } from '@jibsa/programs';
import { Type } from 'typebox';
import { CitationSchema, EvidenceSchema, LabelSchema, ListOf } from '../http/shared-schemas.ts';

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
  keys: ListOf(Type.String()),
  from: Type.String({ format: 'date' }),
  to: Type.Optional(Type.String({ format: 'date' })),
  citation: CitationSchema,
  evidence: EvidenceSchema,
  note: Type.Optional(Type.String()),
});

export const MissingSchema = Type.Object({
  path: Type.String({ description: 'e.g. "monthlyRent" or "members[1].earnedIncome"' }),
  label: LabelSchema,
  rank: Type.Number(),
  affects: ListOf(Type.String()),
});

export const NextQuestionsSchema = ListOf(
  Type.Object({ path: Type.String(), label: LabelSchema, programs: ListOf(Type.String()) }),
);

/** Set on a reason resting on a figure below `secondary`: shown marked ※, with the result's figuresNote. */
export const WeakReason = Type.Literal(true, {
  description: 'This reason rests on a figure found in one source only or in none: see the result’s figuresNote',
});

const FiguresNote = Type.Union([LabelSchema], {
  description: 'Once a result: which weak figures the reasons marked `weak` rest on, to check before applying',
});

export const ProgramScreeningSchema = Type.Object({
  id: Type.String(),
  name: LabelSchema,
  status: Type.Union([Type.Literal('eligible'), Type.Literal('ineligible'), Type.Literal('unknown')]),
  amount: Type.Union([Type.Number(), Type.Null()]),
  amountLabel: Type.Union([LabelSchema, Type.Null()]),
  summary: LabelSchema,
  reasons: ListOf(
    Type.Object({
      id: Type.String(),
      outcome: Type.Union([Type.Boolean(), Type.Null()]),
      text: LabelSchema,
      weak: Type.Optional(WeakReason),
    }),
  ),
  missing: ListOf(MissingSchema),
  parameters: ListOf(ParameterUseSchema),
  evidence: Type.Union([EvidenceSchema], {
    description: 'The weakest evidence among the figures this result read; below secondary, figuresNote says which',
  }),
  figuresNote: Type.Optional(FiguresNote),
  unavailable: Type.Optional(LabelSchema),
  unavailableParameter: Type.Optional(
    Type.String({ description: 'With unavailable: the parameter that has no figure for the date' }),
  ),
  nextFiguresOn: Type.Optional(
    Type.String({ format: 'date', description: 'First day a newer figure this result read takes effect (when known)' }),
  ),
  figuresYear: Type.Optional(
    Type.Integer({
      description:
        "Set when a figure set anew every year (기준 중위소득, 기준임대료) is not in Jibsa yet for the date's year: the year of the figures used, so the result is an estimate",
    }),
  ),
});

export const ScreenRequest = Type.Object(
  {
    household: Type.Ref('Household'),
    date: Type.Optional(
      Type.String({
        format: 'date',
        formatMinimum: FIRST_DATE,
        description: `Evaluate as of this date (${FIRST_DATE} onward); default today`,
      }),
    ),
  },
  { additionalProperties: false },
);

export const ScreenResponse = Type.Object({
  date: Type.String({ format: 'date' }),
  rulesVersion: Type.String({
    description: 'Fingerprint of the program rules and figures used (criteria, parameter values and periods)',
  }),
  programs: ListOf(ProgramScreeningSchema),
  nextQuestions: NextQuestionsSchema,
});
