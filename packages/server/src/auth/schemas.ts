import { Type } from 'typebox';
import type { StaffRole } from '../db/schema.ts';
import { DistrictSchema } from '../http/shared-schemas.ts';

export const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);

export const PasswordChangeBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
    newPassword: Type.String({
      minLength: 12,
      maxLength: 200,
      description: '12자 이상. 공개된 체험용 비밀번호는 쓸 수 없습니다 (at least 12 characters)',
    }),
  },
  { additionalProperties: false },
);

export const Me = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.Unsafe<StaffRole>({ type: 'string', enum: ['admin', 'counselor', 'partner', 'city'] }),
  district: Type.Union([DistrictSchema, Type.Null()]),
  organization: Type.Union([Type.String(), Type.Null()]),
  mustChangePassword: Type.Boolean({
    description: 'An administrator reset the password: every other staff route answers 403 until it is changed',
  }),
  csrfToken: Type.String({ description: 'Send as the x-csrf-token header with every state-changing request' }),
});

export const SessionState = Type.Union([
  Type.Object({ loggedIn: Type.Literal(false) }),
  Type.Object({ loggedIn: Type.Literal(true), me: Me }),
]);
