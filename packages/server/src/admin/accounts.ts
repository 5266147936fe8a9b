import type { Kysely, Selectable } from 'kysely';
import { staffIdentity } from '../auth/sessions.ts';
import type { Database, StaffUserTable } from '../db/schema.ts';
import { invalid } from '../http/error-codes.ts';
import { DEMO_PASSWORD } from '../seed/demo-accounts.ts';

type StaffRow = Selectable<StaffUserTable>;

/** An account as the admin screens show it: never the hash, never the failed-login count. */
export function publicAccount(row: StaffRow) {
  return {
    ...staffIdentity(row),
    disabled: row.disabled_at !== null,
    locked: row.locked_until !== null && row.locked_until.getTime() > Date.now(),
    createdAt: new Date(row.created_at).toISOString(),
    passwordChangedAt: row.password_changed_at ? new Date(row.password_changed_at).toISOString() : null,
  };
}

export function listAccounts(db: Kysely<Database>) {
  return db.selectFrom('staff_user').selectAll().orderBy('role').orderBy('username').limit(1000).execute();
}

export function findAccount(db: Kysely<Database>, id: string) {
  return db.selectFrom('staff_user').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The published demo password would let anyone in from outside: an admin may not hand it out either. */
export function refuseDemoPassword(password: string, path: string) {
  if (password === DEMO_PASSWORD) {
    throw invalid([
      {
        path,
        code: 'demo',
        ko: '공개된 체험용 비밀번호는 쓸 수 없습니다.',
        en: 'the published demo password cannot be used.',
      },
    ]);
  }
}

/**
 * Who may be in a 구: counselors and partners; admins and the city see the whole city. A counselor
 * must have one: one left without (the form's first choice had been '시 전체') read every 구's
 * households with no reason asked.
 */
export function checkDistrictForRole(role: StaffRow['role'], district: StaffRow['district']) {
  if (district === null && role === 'counselor') {
    throw invalid([
      {
        path: 'district',
        ko: '상담사 계정은 맡을 구를 골라 주세요. 상담사는 자기 구의 기록만 봅니다.',
        en: 'choose the district a counselor works in: counselors see only their own district.',
      },
    ]);
  }
  if (district !== null && (role === 'admin' || role === 'city')) {
    throw invalid([
      {
        path: 'district',
        ko: '관리자와 시청 계정은 구를 정하지 않습니다 (시 전체).',
        en: 'administrator and city accounts have no district (city-wide).',
      },
    ]);
  }
}

/** True for a PostgreSQL unique-constraint violation (two admins creating one username at once). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}
