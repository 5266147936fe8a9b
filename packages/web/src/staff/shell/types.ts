export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: 'admin' | 'counselor' | 'partner' | 'city';
  district: string | null;
  mustChangePassword: boolean;
  csrfToken: string;
}

export type CaseStatus = 'intake' | 'counseling' | 'planning' | 'referral' | 'monitoring' | 'closed';
export const STATUSES: readonly CaseStatus[] = ['intake', 'counseling', 'planning', 'referral', 'monitoring', 'closed'];

export interface CaseSummary {
  id: string;
  number: string;
  district: string;
  status: CaseStatus;
  headName: string;
  /** Who handles the case (담당자); null: nobody. */
  assigneeId: string | null;
  assigneeName: string | null;
  overdueTasks: number;
  openReferrals: number;
  overdueReferrals: number;
  eligiblePrograms: string[];
  createdAt: string;
}

export interface ProgramResult {
  id: string;
  name: string;
  status: 'eligible' | 'ineligible' | 'unknown';
  amount: number | null;
  reasons: string[];
  /** Absent in screenings kept before English reasons and questions were. */
  nameEn?: string;
  reasonsEn?: string[];
  amountLabel?: { ko: string; en: string } | null;
  /** `path`: the household answer asked for (snapshots since 2026-12). */
  missing?: { ko: string; en: string; path?: string }[];
  /** Set when the year's own 기준 중위소득 or 기준임대료 was not in Jibsa yet: the year used instead. */
  figuresYear?: number;
  /** Which weak figures the reasons ending " ※" rest on (screenings since 2026-12). */
  figuresNote?: { ko: string; en: string };
}

export interface Change {
  programId: string;
  name: string;
  before: ProgramResult | null;
  after: ProgramResult | null;
  why: { ko: string; en: string };
}

export interface CaseDetail {
  id: string;
  number: string;
  district: string;
  status: CaseStatus;
  closingReason: string | null;
  /** Who handles the case (담당자); null: nobody. */
  assigneeId: string | null;
  assigneeName: string | null;
  /** 'en' when a consultation request it took came from the English page. */
  contactLanguage: 'ko' | 'en';
  version: number;
  people: { id: string; name: string; birthDate: string | null; relation: string; phone: string | null }[];
  housing: Record<string, unknown>;
  household: Record<string, unknown> | null;
  needs: string[];
  consent: { collection: boolean; sharing: boolean; recordedAt: string; recordedBy: string | null };
  plan: { goal: string; done: boolean }[];
  /** `titleEn`: the English title of a task the system worded (after a referral's answer); null for a person's own. */
  tasks: { id: string; title: string; titleEn: string | null; dueOn: string | null; doneAt: string | null }[];
  notes: { id: string; authorName: string | null; body: string; createdAt: string }[];
  documents: { id: string; kind: string; filename: string; mediaType: string; size: number; createdAt: string }[];
  latestScreening: { date: string; rulesVersion: string; programs: ProgramResult[] } | null;
  timeline: { id: string; at: string; actorName: string | null; kind: string; detail: Record<string, unknown> }[];
  brokeGlass: boolean;
}

export interface Consultation {
  id: string;
  reference: string;
  district: string | null;
  name: string;
  phone: string;
  message: string | null;
  /** 연락받기 좋은 때, as the person wrote it. */
  preferredTime: string | null;
  status: string;
  household: Record<string, unknown> | null;
  screening: { programs: { id: string; name: string; status: string }[] } | null;
  /** The language of the page it was sent from: 'en' wants a call in English. */
  language: 'ko' | 'en';
  createdAt: string;
}

export interface Account {
  id: string;
  username: string;
  displayName: string;
  role: Me['role'];
  district: string | null;
  organization: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  locked: boolean;
  createdAt: string;
  passwordChangedAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  caseNumber: string | null;
  /** For a row about an account: its username. */
  subjectUsername: string | null;
  /** What a person knows another subject by (a referral's number, case and agency; a notice's title …). */
  subjectLabel: string | null;
  reason: string | null;
  outcome: string;
  requestId: string | null;
  /** How many rows the entry stands for: a list view's cases, read by one request. */
  subjects: number;
  /** The first case numbers among them. */
  caseNumbers: string[];
}
