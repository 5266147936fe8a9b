import { Type } from 'typebox';
import { CitationSchema, DistrictSchema, LabelSchema, ListOf } from '../../http/shared-schemas.ts';
import { AssumedField } from '../schemas.ts';

/** At most this many figures changed in one what-if: enough for a reform, few enough to read. */
export const MAX_OVERRIDES = 10;

const UnitSchema = Type.Union([
  Type.Literal('KRW'),
  Type.Literal('KRW/month'),
  Type.Literal('KRW/year'),
  Type.Literal('ratio'),
  Type.Literal('count'),
  Type.Literal('years'),
  Type.Literal('m2'),
]);

const KeyedValue = Type.Object({ key: Type.String(), label: LabelSchema, value: Type.Number() });

export const WhatIfParameterOut = Type.Object({
  id: Type.String(),
  label: LabelSchema,
  unit: UnitSchema,
  dimension: Type.Union([Type.Object({ id: Type.String(), label: LabelSchema }), Type.Null()]),
  value: Type.Union([Type.Number(), ListOf(KeyedValue)], {
    description: 'The value in force on the screening date: a number, or the table’s cells in key order',
  }),
  from: Type.String({ description: 'First day the current value is in force' }),
  citation: CitationSchema,
  evidence: Type.String(),
  readBy: ListOf(Type.Object({ id: Type.String(), label: LabelSchema }), {
    description: 'Every program that reads the figure: changing it changes them all',
  }),
});

export const WhatIfParametersOut = Type.Object({
  jobId: Type.String(),
  screeningDate: Type.String(),
  programs: ListOf(Type.Object({ id: Type.String(), label: LabelSchema, parameters: ListOf(WhatIfParameterOut) })),
});

export const WhatIfBody = Type.Object(
  {
    overrides: ListOf(
      Type.Object(
        {
          parameter: Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9.-]+$' }),
          value: Type.Union(
            [
              Type.Number(),
              Type.Record(Type.String({ minLength: 1, maxLength: 40 }), Type.Number(), { maxProperties: 50 }),
            ],
            {
              description:
                'A number for a single figure; for a table, an object with the current table’s keys, a number in each (ranges by unit: money ≥ 0, a ratio 0–10 where 0.48 is 48 %)',
            },
          ),
          from: Type.Optional(
            Type.String({
              format: 'date',
              description: 'First day the new value is in force; on or before the screening date (default: that date)',
            }),
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: MAX_OVERRIDES },
    ),
  },
  { additionalProperties: false },
);

const Tally = Type.Object({
  eligible: Type.Integer({ description: 'Households likely eligible' }),
  withAmount: Type.Integer({ description: 'Of those, households whose amount could be estimated from the list' }),
  amount: Type.Number({ description: 'Sum of those amounts (in amountUnit); 0 where the program pays none' }),
});

export const WhatIfOut = Type.Object({
  jobId: Type.String(),
  screeningDate: Type.String(),
  households: Type.Integer({ description: 'Households screened from the list' }),
  rowsSkipped: Type.Integer({ description: 'Rows that could not be read as a household' }),
  householdsByDistrict: ListOf(
    Type.Object({ district: Type.Union([DistrictSchema, Type.Null()]), households: Type.Integer() }),
  ),
  overrides: ListOf(
    Type.Object({
      parameter: Type.String(),
      label: LabelSchema,
      unit: UnitSchema,
      from: Type.String(),
    }),
  ),
  programs: ListOf(
    Type.Object({
      id: Type.String(),
      label: LabelSchema,
      affected: Type.Boolean({ description: 'Whether the program reads a changed figure' }),
      amountUnit: Type.Union([UnitSchema, Type.Null()]),
      baseline: Tally,
      scenario: Tally,
      became: Type.Integer({ description: 'Households likely eligible under the scenario only' }),
      stopped: Type.Integer({ description: 'Households likely eligible as the figures stand only' }),
      byDistrict: ListOf(
        Type.Object({
          district: Type.Union([DistrictSchema, Type.Null()]),
          baseline: Type.Integer(),
          scenario: Type.Integer(),
        }),
      ),
    }),
  ),
  assumed: Type.Optional(
    ListOf(AssumedField, {
      description:
        'Fields the list has no column for that its screening, and so these counts, took as none (the job’s assumeNone); empty when none was; absent in runs counted before it was said',
    }),
  ),
  note: LabelSchema,
});

export const WhatIfJobsOut = Type.Object({
  items: ListOf(
    Type.Object({
      jobId: Type.String(),
      listId: Type.String(),
      district: Type.Union([DistrictSchema, Type.Null()]),
      fileName: Type.Union([Type.String(), Type.Null()], {
        description: 'The uploaded file’s name; null for callers who may see counts only (the city)',
      }),
      screeningDate: Type.String(),
      households: Type.Integer(),
      finishedAt: Type.String(),
    }),
    { maxItems: 200 },
  ),
});

export const RunParams = Type.Object({ runId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });

/** A what-if counted in the background: where it stands, and its answer once done. */
export const WhatIfRunOut = Type.Object({
  runId: Type.String(),
  jobId: Type.String(),
  state: Type.Union([Type.Literal('queued'), Type.Literal('running'), Type.Literal('done'), Type.Literal('failed')]),
  rowsDone: Type.Integer({ description: 'Rows counted so far (written about once a second while running)' }),
  rowsTotal: Type.Integer({ description: 'Rows of the screened list' }),
  result: Type.Union([WhatIfOut, Type.Null()], { description: 'The what-if’s answer, once done' }),
  failure: Type.Union([LabelSchema, Type.Null()], { description: 'Why it failed, in words; null unless failed' }),
});

/** A screening's background what-ifs, newest first, without their counts (each run's own address has them). */
export const WhatIfRunsOut = Type.Object({
  items: ListOf(
    Type.Object({
      runId: Type.String(),
      state: Type.Union([
        Type.Literal('queued'),
        Type.Literal('running'),
        Type.Literal('done'),
        Type.Literal('failed'),
      ]),
      rowsDone: Type.Integer(),
      rowsTotal: Type.Integer(),
      askedAt: Type.String({ description: 'When it was asked for (ISO time)' }),
      overrides: ListOf(
        Type.Object({
          parameter: Type.String(),
          value: Type.Union([Type.Number(), Type.Record(Type.String(), Type.Number())]),
        }),
        { maxItems: MAX_OVERRIDES },
      ),
    }),
    { maxItems: 20 },
  ),
});
