import type { GwangjuDistrictId } from '@jibsa/programs';
import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables made by `migrations/`. */
export interface Database {
  staff_user: StaffUserTable;
  session: SessionTable;
  household: HouseholdTable;
  consultation_request: ConsultationRequestTable;
  audit_log: AuditLogTable;
  job: JobTable;
  app_meta: AppMetaTable;
  rate_limit: RateLimitTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Json<T> = ColumnType<T, string, string>;

export type StaffRole = 'admin' | 'counselor' | 'partner' | 'city';
export type District = GwangjuDistrictId;

export interface StaffUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  role: StaffRole;
  /** Null for city-wide staff (admin, city). */
  district: District | null;
  organization: string | null;
  password_hash: string;
  created_at: CreatedAt;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  password_changed_at: Date | null;
}

export interface SessionTable {
  /** SHA-256 of the session token: a leaked table does not leak live sessions. */
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  last_seen_at: Generated<Date>;
  /** Sent back in the x-csrf-token header on every state-changing request of this session. */
  csrf_token: string;
}

export interface HouseholdTable {
  id: Generated<string>;
  district: District;
  /** A fictional alias in demo data; never a 주민등록번호. */
  alias: string;
  household: Json<Record<string, unknown>>;
  created_at: CreatedAt;
}

export interface ConsultationRequestTable {
  id: Generated<string>;
  reference: string;
  district: District | null;
  contact_name: string;
  contact_phone: string;
  preferred_time: string | null;
  message: string | null;
  /** What the person agreed to send: always contact; household and result only if ticked. */
  consent: Json<{ contact: true; household: boolean; result: boolean; at: string }>;
  household: Json<Record<string, unknown>> | null;
  screening: Json<unknown> | null;
  status: Generated<'new' | 'assigned' | 'closed'>;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: CreatedAt;
  actor_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  reason: string | null;
  request_id: string | null;
  /** 'ok', or why access was refused ('denied', 'login_failed', 'locked' …). */
  outcome: Generated<string>;
}

export interface JobTable {
  id: Generated<string>;
  kind: string;
  status: Generated<'queued' | 'running' | 'done' | 'failed'>;
  payload: Json<unknown>;
  progress: Generated<number>;
  locked_until: Date | null;
  created_at: CreatedAt;
  updated_at: CreatedAt;
}

export interface AppMetaTable {
  key: string;
  value: Json<unknown>;
}

export interface RateLimitTable {
  /** What is limited and for whom, e.g. "screen:" + a hash of the client address (never the address). */
  key: string;
  window_start: Date;
  hits: number;
}
