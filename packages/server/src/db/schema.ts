import type { GwangjuDistrictId } from '@jibsa/programs';
import type { ColumnType, Generated } from 'kysely';
import type { ReferralStatus } from '../referrals/vocabulary.ts';

export type { ReferralStatus };

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
  case_record: CaseRecordTable;
  case_person: CasePersonTable;
  case_screening: CaseScreeningTable;
  case_task: CaseTaskTable;
  case_note: CaseNoteTable;
  case_document: CaseDocumentTable;
  case_event: CaseEventTable;
  board_post: BoardPostTable;
  board_revision: BoardRevisionTable;
  board_attachment: BoardAttachmentTable;
  board_view: BoardViewTable;
  housing_notice: HousingNoticeTable;
  notice_alert: NoticeAlertTable;
  agency: AgencyTable;
  agency_service: AgencyServiceTable;
  agency_member: AgencyMemberTable;
  referral: ReferralTable;
  referral_event: ReferralEventTable;
  referral_message: ReferralMessageTable;
  notification: NotificationTable;
  case_pathway: CasePathwayTable;
  pathway_milestone: PathwayMilestoneTable;
  outreach_list: OutreachListTable;
  outreach_mapping: OutreachMappingTable;
  outreach_job: OutreachJobTable;
  outreach_result: OutreachResultTable;
  outreach_year_count: OutreachYearCountTable;
  outreach_whatif_run: OutreachWhatIfRunTable;
  app_setting: AppSettingTable;
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
  /** Set when an administrator disables the account: it can no longer log in. */
  disabled_at: Date | null;
  /** Set by an administrator's password reset: every route but change-password refuses until changed. */
  must_change_password: Generated<boolean>;
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
  /** The language of the page it was sent from (0030): 'en' asks to be called in English. */
  language: Generated<'ko' | 'en'>;
  status: Generated<'new' | 'assigned' | 'closed'>;
  /** The case that took the request: made from it, or an existing case it was linked to (0012). */
  case_id: string | null;
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

/** A setting an administrator changes at run time (0014), e.g. outreach.retention_days. */
export interface AppSettingTable {
  key: string;
  value: Json<unknown>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export interface RateLimitTable {
  /** What is limited and for whom, e.g. "screen:" + a hash of the client address (never the address). */
  key: string;
  window_start: Date;
  hits: number;
}

/** 접수 → 상담 → 계획 → 연계 → 모니터링 → 종결 */
export type CaseStatus = 'intake' | 'counseling' | 'planning' | 'referral' | 'monitoring' | 'closed';
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CaseRecordTable {
  id: Generated<string>;
  /** Read aloud and searched: "C-2026-000123". */
  number: string;
  district: District;
  status: Generated<CaseStatus>;
  closing_reason: string | null;
  assignee_id: string | null;
  consultation_id: string | null;
  housing: Json<Record<string, unknown>>;
  /** The household in the engine's input format (birth dates kept so later screenings age correctly). */
  household: Json<Record<string, unknown>> | null;
  needs: ColumnType<string[], string | undefined, string>;
  consent: Json<Record<string, unknown>>;
  plan: ColumnType<{ goal: string; done: boolean }[], string | undefined, string>;
  eligible_programs: ColumnType<string[], string | undefined, string>;
  version: Generated<number>;
  search_names: Generated<string>;
  search_choseong: Generated<string>;
  search_phones: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface CasePersonTable {
  id: Generated<string>;
  case_id: string;
  position: number;
  name: string;
  birth_date: ColumnType<string | null, string | null, string | null>;
  relation: string;
  phone: string | null;
}

export interface CaseScreeningTable {
  id: Generated<string>;
  case_id: string;
  screened_on: ColumnType<string, string, never>;
  rules_version: string;
  household: Json<Record<string, unknown>>;
  results: Json<unknown>;
  actor_id: string | null;
  created_at: CreatedAt;
}

export interface CaseTaskTable {
  id: Generated<string>;
  case_id: string;
  title: string;
  /** The title in English, for the tasks the system words itself (migration 0027); null for a person's own. */
  title_en: ColumnType<string | null, string | null | undefined, string | null>;
  assignee_id: string | null;
  due_on: ColumnType<string | null, string | null, string | null>;
  done_at: Date | null;
  created_at: CreatedAt;
}

export interface CaseNoteTable {
  id: Generated<string>;
  case_id: string;
  author_id: string | null;
  body: string;
  created_at: CreatedAt;
}

export interface CaseDocumentTable {
  id: Generated<string>;
  case_id: string;
  kind: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  /** File name under the data folder's documents/ (never a path the client chose). */
  storage_key: string;
  uploaded_by: string | null;
  created_at: CreatedAt;
}

export interface CaseEventTable {
  id: Generated<string>;
  case_id: string;
  at: CreatedAt;
  actor_id: string | null;
  kind: string;
  version: number;
  detail: Json<Record<string, unknown>>;
}

export type BoardCategory = 'news' | 'notice' | 'recruitment' | 'library';

export interface BoardPostTable {
  id: Generated<string>;
  /** 번호: what the board shows and what a post's address carries. */
  number: Generated<number>;
  category: BoardCategory;
  title: string;
  body_md: string;
  /** Rendered and sanitised once, when written. */
  body_html: string;
  /** Title and text without spaces, lower-cased: Korean search that forgives spacing. */
  search_text: string;
  author_id: string | null;
  author_name: string;
  pinned: Generated<boolean>;
  views: Generated<number>;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface BoardRevisionTable {
  id: Generated<string>;
  post_id: string;
  version: number;
  /** NULL once an administrator removed this version's text (redacted_*). */
  title: string | null;
  body_md: string | null;
  edited_by: string;
  edited_at: CreatedAt;
  redacted_at: Date | null;
  redacted_by: string | null;
  redaction_reason: string | null;
}

export interface BoardAttachmentTable {
  id: Generated<string>;
  post_id: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  storage_key: string;
  downloads: Generated<number>;
  created_at: CreatedAt;
}

export interface BoardViewTable {
  post_id: string;
  day: string;
  visitor: string;
}

/** 모집공고 fields beside its board post (migration 0008). Dates are YYYY-MM-DD on the center's calendar. */
export interface HousingNoticeTable {
  id: Generated<string>;
  post_id: string;
  source: 'form' | 'import';
  /** The provider's notice id (LH PAN_ID): a re-import updates the same notice. */
  external_id: string | null;
  provider: string;
  housing_type: string;
  complex: string | null;
  district: string | null;
  units: Json<{ area: string; count: number | null; deposit: number | null; rent: number | null }[]>;
  application_start: ColumnType<string | null, string | null | undefined, string | null>;
  application_end: ColumnType<string, string, string>;
  priority_groups: ColumnType<string[], string | undefined, string>;
  program_ids: ColumnType<string[], string | undefined, string>;
  limits: Json<{ minAge?: number; maxAge?: number; assetCap?: number; residence?: string[] }>;
  documents: ColumnType<string[], string | undefined, string>;
  url: string | null;
  provider_status: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface NoticeAlertTable {
  id: Generated<string>;
  notice_id: string;
  case_id: string;
  staff_id: string;
  fit: string;
  created_at: CreatedAt;
  seen_at: Date | null;
}

export interface AgencyTable {
  id: Generated<string>;
  slug: string;
  name: string;
  alternate_name: string | null;
  /** public_housing, local_government, welfare_center, housing_management, repair, counseling, emergency */
  kind: string;
  description: string;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  notify_email: string | null;
  fictional_contacts: Generated<boolean>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface OpeningHours {
  /** RFC 5545 day codes, as HSDS schedules use them. */
  days: ('MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU')[];
  opens: string;
  closes: string;
}

export interface AgencyServiceTable {
  id: Generated<string>;
  agency_id: string;
  slug: string;
  name: string;
  description: string;
  program_ids: ColumnType<string[], string | undefined, string>;
  districts: ColumnType<District[], string | undefined, string>;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  hours: ColumnType<OpeningHours[], string | undefined, string>;
  hours_note: string | null;
  documents: ColumnType<string[], string | undefined, string>;
  response_business_days: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface AgencyMemberTable {
  staff_user_id: string;
  agency_id: string;
  created_at: CreatedAt;
}

export interface ReferralTable {
  id: Generated<string>;
  /** "R-2026-000012": read aloud on the phone between center and agency. */
  number: string;
  case_id: string;
  service_id: string;
  agency_id: string;
  status: Generated<ReferralStatus>;
  held_from: ReferralStatus | null;
  message: string;
  shared_fields: ColumnType<string[], string, string>;
  screening_summary: ColumnType<{ id: string; name: string; status: string }[], string, string>;
  due_on: ColumnType<string, string, string>;
  reject_reason: string | null;
  /** Why the agency holds it (0019); null while not held, and for holds made before reasons were asked. */
  hold_reason: string | null;
  outcome: string | null;
  outcome_note: string | null;
  /** Place on the waiting list given with the outcome '예비입주자 선정' (0019), when the agency gives one. */
  waitlist_rank: number | null;
  previous_referral_id: string | null;
  /** The case's plan goal this referral is sent for, in its words then (0028); null when none was named. */
  goal: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  closed_at: Date | null;
}

export interface ReferralEventTable {
  id: Generated<string>;
  referral_id: string;
  at: CreatedAt;
  actor_id: string | null;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  reason: string | null;
  outcome: string | null;
  note: string | null;
}

export interface ReferralMessageTable {
  id: Generated<string>;
  referral_id: string;
  author_id: string | null;
  side: 'center' | 'partner';
  body: string;
  created_at: CreatedAt;
}

export interface NotificationTable {
  id: Generated<string>;
  recipient_id: string;
  referral_id: string | null;
  kind: string;
  created_at: CreatedAt;
  read_at: Date | null;
}

export interface CasePathwayTable {
  case_id: string;
  from_housing_type: string;
  started_on: ColumnType<string, string, string>;
  started_by: string | null;
  created_at: CreatedAt;
}

export interface PathwayMilestoneTable {
  id: Generated<string>;
  case_id: string;
  milestone: string;
  reached_on: ColumnType<string, string, string>;
  note: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface OutreachListTable {
  id: Generated<string>;
  /** The 구 whose staff may see it; null for city-wide (admin) uploads. */
  district: District | null;
  file_name: string;
  kind: 'csv' | 'xlsx';
  encoding: string | null;
  byte_size: number;
  headers: Json<string[]>;
  /** The row the column names were read from (0021); null for lists uploaded before it. */
  header_row: number | null;
  /** The file's name in the outreach folder of the data directory. */
  storage_name: string;
  uploaded_by: string | null;
  created_at: CreatedAt;
  delete_after: Date;
}

export interface OutreachMappingTable {
  id: Generated<string>;
  name: string;
  columns: Json<Record<string, string>>;
  updated_by: string | null;
  updated_at: UpdatedAt;
}

export type OutreachJobState = 'queued' | 'running' | 'done' | 'cancelled' | 'failed';

export interface OutreachJobTable {
  id: Generated<string>;
  list_id: string;
  district: District | null;
  mapping: Json<Record<string, string>>;
  encoding: string | null;
  /** ISO date, kept as text so no driver turns it into a local-time Date. */
  screening_date: string;
  state: Generated<OutreachJobState>;
  /** The list's row number up to which every row has a result (0 before the first). */
  last_row: Generated<number>;
  rows_done: Generated<number>;
  rows_ok: Generated<number>;
  rows_bad: Generated<number>;
  /** How far into the file the last committed row lies, 0–1. */
  fraction: Generated<number>;
  worker: string | null;
  lease_until: Date | null;
  failure: Json<{ ko: string; en: string }> | null;
  /** Times a worker threw on this job (0013); at the limit the job fails instead of being retried. */
  failures: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  started_at: Date | null;
  updated_at: UpdatedAt;
  finished_at: Date | null;
  /** Headline counts kept block by block (0022); null for jobs screened before them. */
  tallies: Json<JobTallies> | null;
  /** The list read with what it has no column for taken as none (0029, @jibsa/lists readAs). */
  assume_none: Generated<boolean>;
}

/** Households by program or 구: likely eligible, and of those, 사각지대 (the list says not received). */
export interface Tally {
  eligible: number;
  unreached: number;
}

/**
 * A job's headline counts, kept up to date block by block in the transaction that writes the block
 * (outreach_job.tallies, 0022; outreach/jobs/tallies.ts), so an ended job's answer reads them
 * instead of counting its rows: for a 1M-row list that count took some 30 s on PGlite, inside the
 * server process. A block written once is counted once, and a job resumed after a crash carries on
 * from its last commit's counts.
 */
export interface JobTallies {
  /** Rows screened with a warning (ok, with errors). */
  warned: number;
  programs: Record<string, Tally>;
  /** By the household's 구; '' for a row with none. */
  districts: Record<string, Tally>;
  /** Rows screened (read without a problem), by 구 as `districts`: for the year counts (year-counts.ts). */
  screened: Record<string, number>;
  /** By 구 as `districts`, then program: likely eligible, and 사각지대 as the year counts count it. */
  districtPrograms: Record<string, Record<string, Tally>>;
  /**
   * The comparison with the list's earlier screening (earlier-screening.ts) as the rows were
   * written: absent when there was none when the job began, or when a resumed job found another.
   */
  compared?: {
    earlierId: string;
    newly: number;
    noLonger: number;
    newlyByProgram: Record<string, number>;
  };
  /**
   * Rows read, likely eligible for nothing yet and undecided for some program (results only=check),
   * and by what their programs lack (a list field key, or "members" for members after the head).
   * Absent for jobs begun before it was counted.
   */
  undecided?: { households: number; missing: Record<string, number> };
}

export interface OutreachResultTable {
  job_id: string;
  row_number: number;
  ok: boolean;
  reference: string | null;
  district: District | null;
  eligible_count: number;
  programs: Json<OutreachProgramResult[]>;
  errors: Json<{ column: string; ko: string; en: string }[]>;
  /** Programs likely eligible that the list says the household does not receive (사각지대; 0013). */
  unreached_count: Generated<number>;
  /** The case made from this row or linked to it (0013). */
  case_id: string | null;
  /** The inputs its programs lack, each once; their `missing` lists indices into it (0024). */
  missing_paths: ColumnType<string[], string | undefined, string>;
}

/**
 * A finished screening's counts, kept after its list is deleted (0016): no household in it. Null
 * `program_id` counts households; null `district` is 구 unknown; null `unreached` is 사각지대 unknown.
 */
export interface OutreachYearCountTable {
  list_id: string;
  job_id: string;
  /** The list's upload year in Korea time. */
  year: number;
  district: District | null;
  program_id: string | null;
  screened: number;
  eligible: number;
  unreached: number | null;
  cases: Generated<number>;
  counted_at: CreatedAt;
}

/** A program a household may get (eligible) or may get once something is known (unknown). */
export interface OutreachProgramResult {
  id: string;
  status: 'eligible' | 'unknown';
  amount: number | null;
  /**
   * Inputs that could still decide an unknown result: indices into the row's `missing_paths` (0024);
   * in rows written before, the household format paths themselves. Read with views.ts `missingPaths`.
   */
  missing: (number | string)[];
  /** Whether the list says the household already receives it; absent when the list does not say. */
  receives?: boolean;
}

/** A policy what-if counted in the background (migration 0017): counts only, never a household. */
export interface OutreachWhatIfRunTable {
  id: Generated<string>;
  job_id: string;
  requested_by: string;
  overrides: Json<unknown[]>;
  state: Generated<'queued' | 'running' | 'done' | 'failed'>;
  rows_total: number;
  rows_done: Generated<number>;
  /** The what-if's answer (counts by program and 구), once the run is done. */
  result: Json<unknown> | null;
  /** Why a run failed, as an error code the route words (e.g. the list's file is gone). */
  error_code: string | null;
  worker: string | null;
  lease_until: Date | null;
  created_at: CreatedAt;
  finished_at: Date | null;
}
