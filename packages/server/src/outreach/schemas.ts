import { ENCODINGS } from '@jibsa/lists';
import { Type } from 'typebox';
import { DistrictSchema, LabelSchema, ListOf, ProgramIdSchema } from '../http/shared-schemas.ts';

export const EncodingSchema = Type.Union(
  ENCODINGS.map((e) => Type.Literal(e)),
  {
    description:
      'CSV text encoding; detected when left out (utf-8, utf-8-bom, cp949 = EUC-KR with 통합형 한글, utf-16le/be)',
  },
);

export const ListParams = Type.Object({ listId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const JobParams = Type.Object({ jobId: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export const MappingParams = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);

export const Mapping = Type.Record(Type.String({ minLength: 1, maxLength: 100 }), Type.String({ maxLength: 60 }), {
  description: "The file's column name → the household field it is read as (see GET /api/outreach/fields)",
  maxProperties: 200,
});

export const UploadQuery = Type.Object(
  {
    encoding: Type.Optional(EncodingSchema),
    district: Type.Optional(DistrictSchema),
  },
  { additionalProperties: false },
);

export const ListOut = Type.Object({
  id: Type.String(),
  fileName: Type.String(),
  kind: Type.Union([Type.Literal('csv'), Type.Literal('xlsx')]),
  encoding: Type.Union([EncodingSchema, Type.Null()]),
  district: Type.Union([DistrictSchema, Type.Null()]),
  byteSize: Type.Number(),
  headers: ListOf(Type.String()),
  headerRow: Type.Optional(
    Type.Integer({
      description:
        'The row the column names were read from (1, or the row under a title such as "2026년 동구 주거실태조사 명단"); absent for lists uploaded before Jibsa kept it',
    }),
  ),
  suggestedMapping: Mapping,
  createdAt: Type.String(),
  deleteAfter: Type.String(),
  daysLeft: Type.Integer({ description: 'Whole days until the list and its results are deleted' }),
});

export const Field = Type.Object({
  key: Type.String(),
  label: LabelSchema,
  kind: Type.String(),
  values: Type.Optional(ListOf(Type.Object({ id: Type.String(), label: LabelSchema }))),
});

const AssumeNone = Type.Optional(
  Type.Boolean({
    default: false,
    description:
      'Screen as if the household had none of what the list has no column for: car, debts, savings, other property, income other than earnings, an earnings-deduction group, a registered disability (GET /api/outreach/fields: NONE_CELLS). Off by default; recorded with the job and said on its results, downloads and what-if',
  }),
);

/** The fields a screening took as none, and what as (assumeNone). */
/** One field a screening took as none, and what as (@jibsa/lists AssumedField). */
export const AssumedField = Type.Object({ key: Type.String(), label: LabelSchema, value: LabelSchema });

const AssumedFields = ListOf(AssumedField, {
  description: 'Fields the list has no column for that were taken as none (assumeNone); empty when none was',
});

/** Households likely eligible for nothing yet, undecided somewhere for want of what the list does not say. */
export const Undecided = Type.Object(
  {
    households: Type.Integer({
      description: 'Rows read, likely eligible for nothing yet, undecided for some program (results only=check)',
    }),
    missing: ListOf(
      Type.Object({
        key: Type.String({ description: 'The field (GET /api/outreach/fields), or "members" for other members' }),
        label: LabelSchema,
        column: Type.Union([Type.String(), Type.Null()], {
          description: 'The column mapped to the field (its cells blank), or null when the list has none',
        }),
        households: Type.Integer({ description: 'Of the undecided households, those whose programs lack it' }),
      }),
      { description: 'What holds them back, most households first (up to 6)' },
    ),
  },
  { description: 'Households that need more information; null for a job screened before they were counted' },
);

export const PreviewBody = Type.Object(
  {
    mapping: Mapping,
    assumeNone: AssumeNone,
    encoding: Type.Optional(EncodingSchema),
    rows: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10 })),
    date: Type.Optional(Type.String({ format: 'date' })),
  },
  { additionalProperties: false },
);

const ProgramOut = Type.Object({
  id: Type.String(),
  name: LabelSchema,
  status: Type.Union([Type.Literal('eligible'), Type.Literal('unknown')]),
  amount: Type.Union([Type.Number(), Type.Null()]),
  missing: ListOf(Type.Object({ path: Type.String(), label: LabelSchema })),
  receives: Type.Optional(
    Type.Boolean({
      description: 'What the list says: already receives it (true) or not (false); absent when it does not say',
    }),
  ),
});

export const RowOut = Type.Object({
  row: Type.Integer(),
  ok: Type.Boolean(),
  reference: Type.Union([Type.String(), Type.Null()]),
  district: Type.Union([DistrictSchema, Type.Null()]),
  programs: ListOf(ProgramOut),
  errors: ListOf(Type.Object({ column: Type.String(), ko: Type.String(), en: Type.String() })),
  unreached: Type.Integer({ description: 'Programs likely eligible that the list says are not received (사각지대)' }),
  caseId: Type.Union([Type.String(), Type.Null()], { description: 'The case made from this row or linked to it' }),
  newly: Type.Optional(
    ListOf(Type.String(), {
      description:
        'Results only, when the list has an earlier screening (job.compared): the programs this household is newly likely eligible for',
    }),
  ),
});

export const PreviewOut = Type.Object({
  date: Type.String(),
  rows: ListOf(RowOut),
  undecided: Undecided,
  assumed: AssumedFields,
});

export const JobBody = Type.Object(
  {
    mapping: Mapping,
    assumeNone: AssumeNone,
    encoding: Type.Optional(EncodingSchema),
    date: Type.Optional(Type.String({ format: 'date', description: 'Screening date; today when left out' })),
    saveMappingAs: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'Also save the mapping under this name' }),
    ),
  },
  { additionalProperties: false },
);

const ProgramCount = Type.Object({ id: Type.String(), name: LabelSchema, households: Type.Integer() });
const DistrictCount = Type.Object({ district: Type.Union([DistrictSchema, Type.Null()]), households: Type.Integer() });
const ByProgram = ListOf(ProgramCount);
/** A count of the job's rows, kept as its blocks are written: while it runs, the rows so far. */
const soFar = (what: string) => ({
  description: `${what}; while the job runs, of the rows screened so far (empty for a job screened before counts were kept, until it ends)`,
});

export const JobOut = Type.Object({
  id: Type.String(),
  listId: Type.String(),
  state: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('done'),
    Type.Literal('cancelled'),
    Type.Literal('failed'),
  ]),
  date: Type.String(),
  figuresYear: Type.Union([Type.Integer(), Type.Null()], {
    description:
      "The year of the 기준 중위소득 or 기준임대료 used when the date's own year's are not in Jibsa yet (the counts are estimates); null when they are",
  }),
  rowsDone: Type.Integer(),
  rowsOk: Type.Integer(),
  rowsBad: Type.Integer(),
  rowsWarned: Type.Integer({
    description:
      'Rows screened with a warning (cells short or over, 가구원수 0), listed in errors.csv with the bad rows; while the job runs, of the rows so far',
  }),
  fraction: Type.Number(),
  rowsPerSecond: Type.Union([Type.Number(), Type.Null()]),
  secondsLeft: Type.Union([Type.Integer(), Type.Null()]),
  failure: Type.Union([LabelSchema, Type.Null()]),
  createdAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  receiptColumns: Type.Boolean({
    description:
      'Whether the mapping reads any column saying what a household already receives (else 사각지대 is unknown)',
  }),
  // Kept on the job as each block is written (tallies.ts), so a running job's 1-second polls carry
  // the counts so far at no cost; the comparison with an earlier screening waits for the end.
  assumeNone: Type.Boolean({ description: 'Whether the job took what the list has no column for as none' }),
  assumed: AssumedFields,
  undecided: Type.Union([Undecided, Type.Null()]),
  eligibleByProgram: ListOf(ProgramCount, soFar('Households likely eligible, by program')),
  eligibleByDistrict: ListOf(DistrictCount, soFar('Households likely eligible, by 구')),
  unreachedByProgram: ListOf(ProgramCount, soFar('사각지대 households, by program')),
  unreachedByDistrict: ListOf(DistrictCount, soFar('사각지대 households, by 구')),
  compared: Type.Union(
    [
      Type.Object({
        jobId: Type.String(),
        date: Type.String({ description: 'The earlier screening day' }),
        newlyEligible: Type.Integer({
          description: 'Households likely eligible for something the earlier screening did not find',
        }),
        noLongerEligible: Type.Integer({
          description: 'Households the earlier screening found likely eligible for something this one does not',
        }),
        newlyByProgram: ByProgram,
      }),
      Type.Null(),
    ],
    {
      description:
        'Against the newest finished screening of the same list as of an earlier day (e.g. before the new year’s figures); null when there is none or the job has not ended',
    },
  ),
});

/** The households a results page or a download keeps (`only`): the screening's four, then what each adds. */
const RESULT_FILTERS = ['eligible', 'unreached', 'newly', 'check'] as const;

function onlyFilter<const E extends readonly string[]>(extra: E, description: string) {
  return Type.Optional(
    Type.Union(
      [...RESULT_FILTERS, ...extra].map((f) => Type.Literal(f as (typeof RESULT_FILTERS)[number] | E[number])),
      { default: 'eligible', description },
    ),
  );
}

export const ResultsQuery = Type.Object(
  {
    only: onlyFilter(
      ['bad', 'all'],
      "eligible: likely eligible for something; unreached: likely eligible for something the list says is not received (사각지대); newly: likely eligible for something the list's earlier screening (job.compared) did not find; check: likely eligible for nothing yet but undecided for some program (with program: undecided for it), for the answers the list lacks; bad: rows not read; all",
    ),
    program: Type.Optional(
      ProgramIdSchema('Only households likely eligible for this program (with only=unreached: and not receiving it)'),
    ),
    district: Type.Optional(
      Type.Union([DistrictSchema, Type.Literal('none')], {
        description: 'Only households of this 구 (none: 구 not known)',
      }),
    ),
    after: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'Row number to continue after (nextAfter)' }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

export const ResultsOut = Type.Object({
  items: ListOf(RowOut),
  nextAfter: Type.Union([Type.Integer(), Type.Null()]),
});

export const MappingBody = Type.Object({ columns: Mapping }, { additionalProperties: false });
export const MappingOut = Type.Object({ name: Type.String(), columns: Mapping, updatedAt: Type.String() });

export const ExportQuery = Type.Object(
  {
    only: onlyFilter(
      ['all'],
      "eligible: households likely eligible for something; unreached: likely eligible for a program the list says they do not receive (사각지대); newly: likely eligible for something the list's earlier screening did not find; check: likely eligible for nothing yet but undecided for some program; all: every row read",
    ),
    program: ResultsQuery.properties.program,
    district: ResultsQuery.properties.district,
  },
  { additionalProperties: false },
);

export const WorklistBody = Type.Object(
  {
    rows: Type.Array(Type.Integer({ minimum: 1 }), {
      minItems: 1,
      maxItems: 100,
      description: 'Row numbers of the list (as in the results) to turn into cases',
    }),
  },
  { additionalProperties: false },
);

export const WorklistOut = Type.Object({
  items: ListOf(
    Type.Object({
      row: Type.Integer(),
      outcome: Type.Union([
        Type.Literal('created'),
        Type.Literal('linked'),
        Type.Literal('already'),
        Type.Literal('refused'),
      ]),
      caseId: Type.Optional(Type.String()),
      caseNumber: Type.Optional(Type.String()),
      reason: Type.Optional(LabelSchema),
    }),
  ),
});

const LatestJob = Type.Object({
  id: Type.String(),
  state: JobOut.properties.state,
  date: Type.String(),
  rowsDone: Type.Integer(),
  rowsOk: Type.Integer(),
  rowsBad: Type.Integer(),
  fraction: Type.Number(),
  createdAt: Type.String(),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  mapping: Type.Record(Type.String(), Type.String(), {
    description: 'The column → field mapping the job read the list with, so a reopened list shows it again',
  }),
  assumeNone: Type.Boolean({ description: 'Whether the job took what the list has no column for as none' }),
  unreached: Type.Union([Type.Integer(), Type.Null()], {
    description:
      'Households likely eligible for something the list says they do not receive (사각지대); null until the job is done or when no column says what a household receives',
  }),
});

/** A list as GET /api/outreach/lists answers it: found again after a reload, with its latest job. */
export const ListSummary = Type.Object({
  ...ListOut.properties,
  uploadedBy: Type.Union([Type.String(), Type.Null()], { description: 'Display name of the uploader' }),
  jobs: Type.Integer({ description: 'Screening jobs run over this list' }),
  latestJob: Type.Union([LatestJob, Type.Null()]),
});
