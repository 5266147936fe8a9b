import { Type } from 'typebox';
import { AUDIT_OUTCOMES, type AuditOutcome } from '../audit/vocabulary.ts';
import type { StaffRole } from '../db/schema.ts';
import { DistrictSchema, NextCursor, PageQuery } from '../http/shared-schemas.ts';

const Uuid = Type.String({ format: 'uuid', maxLength: 36 });
const Role = Type.Unsafe<StaffRole>({
  type: 'string',
  enum: ['admin', 'counselor', 'partner', 'city'],
  description: 'admin 관리자, counselor 상담사, partner 협력기관, city 시청',
});
const DistrictOrNone = Type.Union([DistrictSchema, Type.Null()], {
  description: '상담사의 구; 비우면 시 전체 (null: city-wide)',
});
const TemporaryPassword = Type.String({
  minLength: 12,
  maxLength: 200,
  description: '임시 비밀번호, 12자 이상. 다음 로그인 때 바꿔야 합니다 (must be changed at next log-in)',
});

export const AccountParams = Type.Object({ accountId: Uuid }, { additionalProperties: false });

export const Account = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Role,
  district: Type.Union([DistrictSchema, Type.Null()]),
  organization: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
  mustChangePassword: Type.Boolean(),
  locked: Type.Boolean({ description: 'Locked for a while after repeated failed log-ins' }),
  createdAt: Type.String({ format: 'date-time' }),
  passwordChangedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export const AccountList = Type.Object({ items: Type.Array(Account) });

export const CreateAccountBody = Type.Object(
  {
    username: Type.String({
      minLength: 3,
      maxLength: 40,
      pattern: '^[a-z0-9][a-z0-9._-]*$',
      description: '영문 소문자, 숫자, 점·밑줄·빼기 (lower-case letters, digits, . _ -)',
    }),
    displayName: Type.String({ minLength: 1, maxLength: 80 }),
    role: Role,
    district: Type.Optional(DistrictOrNone),
    organization: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
    temporaryPassword: TemporaryPassword,
  },
  {
    additionalProperties: false,
    examples: [
      {
        username: 'counselor.nam2',
        displayName: '남구 상담사 (예시)',
        role: 'counselor',
        district: 'nam',
        organization: '광주주거복지센터',
        temporaryPassword: 'temporary-pass-2026',
      },
    ],
  },
);

export const UpdateAccountBody = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    role: Type.Optional(Role),
    district: Type.Optional(DistrictOrNone),
    organization: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 100 }), Type.Null()])),
    disabled: Type.Optional(Type.Boolean({ description: 'true ends every session of the account' })),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ district: 'buk' }] },
);

export const ResetPasswordBody = Type.Object(
  { temporaryPassword: TemporaryPassword },
  { additionalProperties: false, examples: [{ temporaryPassword: 'temporary-pass-2026' }] },
);

const Outcome = Type.Union(
  (Object.keys(AUDIT_OUTCOMES) as AuditOutcome[]).map((o) => Type.Literal(o)),
  { description: 'ok, or why access was refused' },
);
const IsoDate = Type.String({ format: 'date', maxLength: 10 });

export const AuditQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ minLength: 1, maxLength: 40, description: 'username of the actor' })),
    action: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 60,
        // A hyphen as in the referral statuses' actions (referral.in-progress).
        pattern: '^[a-z_.-]+$',
        description:
          'An action (case.read), or a prefix ending in a dot (case.); the codes and their words are in @jibsa/server/audit-vocabulary',
      }),
    ),
    subject: Type.Optional(
      Type.String({ minLength: 1, maxLength: 100, description: 'A case number (C-2026-000123) or any subject id' }),
    ),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    outcome: Type.Optional(Outcome),
    request: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 64,
        pattern: '^[A-Za-z0-9._:-]+$',
        description: 'Every row one request wrote (its requestId), as one list view wrote a row per case',
      }),
    ),
    group: Type.Optional(
      Type.Literal('request', {
        description:
          "'request': the rows one request wrote about one kind of subject, for one action, as one entry (subjects: how many)",
      }),
    ),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export const AuditExportQuery = Type.Object(
  {
    actor: AuditQuery.properties.actor,
    action: AuditQuery.properties.action,
    subject: AuditQuery.properties.subject,
    from: AuditQuery.properties.from,
    to: AuditQuery.properties.to,
    outcome: AuditQuery.properties.outcome,
    request: AuditQuery.properties.request,
  },
  { additionalProperties: false },
);

export const AuditEntry = Type.Object({
  id: Type.String(),
  at: Type.String({ format: 'date-time' }),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorUsername: Type.Union([Type.String(), Type.Null()]),
  action: Type.String({
    description: 'The action code (case.read); its Korean and English words: @jibsa/server/audit-vocabulary',
  }),
  subjectType: Type.String({
    description: 'What the row is about (case, outreach_list, route …), worded in the same vocabulary',
  }),
  subjectId: Type.String(),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  subjectUsername: Type.Union([Type.String(), Type.Null()], {
    description: 'For a row about an account (staff_user): its username',
  }),
  subjectLabel: Type.Union([Type.String(), Type.Null()], {
    description:
      "What a person knows the subject by, beyond cases and accounts: a referral's number, case number and agency, a list's file name, a notice's or post's number and title, an agency's or service's name, a request's reference; null when gone or outside the viewer's scope",
  }),
  reason: Type.Union([Type.String(), Type.Null()], {
    description:
      'Why: typed by the person (a break-the-glass reason), or written by the server in Korean words with the English in brackets',
  }),
  outcome: Type.String(),
  requestId: Type.Union([Type.String(), Type.Null()]),
  subjects: Type.Integer({
    minimum: 1,
    description: 'How many rows the entry stands for: 1, or with group=request the subjects one request read',
  }),
  caseNumbers: Type.Array(Type.String(), {
    description: 'The case numbers among them, the first three; the rest by the request filter',
  }),
});
export const AuditPage = Type.Object({ items: Type.Array(AuditEntry), nextCursor: NextCursor });
