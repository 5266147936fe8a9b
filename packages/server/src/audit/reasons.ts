/**
 * The reasons the server itself writes on audit rows, as words: Korean first, the English beside it
 * in brackets, so the 감사 기록 screen and its CSV read the same in either language. Each names only
 * codes and figures (a role, a 구, which fields, a filter, a number of days, a public notice), never
 * a household's or a person's data. Exported as `@jibsa/server/audit-reasons`: the screen also words
 * the reasons older versions stored as codes or JSON (`storedReasonWords`), so old rows read alike.
 */
import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { AUDIT_AREAS, AUDIT_OUTCOMES, type AuditWords, actionWords } from './vocabulary.ts';

/** "한국어 (English)": how a server-written reason is stored. */
export const reasonText = (w: AuditWords) => `${w.ko} (${w.en})`;

const ROLE_WORDS: Readonly<Record<string, AuditWords>> = {
  admin: { ko: '관리자', en: 'administrator' },
  counselor: { ko: '상담사', en: 'counselor' },
  partner: { ko: '협력기관', en: 'partner agency' },
  city: { ko: '시청', en: 'city' },
};
const DISTRICT_WORDS: Readonly<Record<string, AuditWords>> = Object.fromEntries(
  GWANGJU_DISTRICTS.map((d) => [d.id, { ko: d.ko, en: d.en }]),
);
const ACCOUNT_FIELD_WORDS: Readonly<Record<string, AuditWords>> = {
  displayName: { ko: '이름', en: 'name' },
  role: { ko: '역할', en: 'role' },
  district: { ko: '구', en: 'district' },
  organization: { ko: '소속', en: 'organization' },
};
const FILTER_WORDS: Readonly<Record<string, AuditWords>> = {
  actor: { ko: '아이디', en: 'user' },
  action: { ko: '행동', en: 'action' },
  subject: { ko: '대상', en: 'subject' },
  from: { ko: '시작일', en: 'from' },
  to: { ko: '종료일', en: 'to' },
  outcome: { ko: '결과', en: 'outcome' },
  request: { ko: '요청', en: 'request' },
};
/**
 * Subjects that are fixed names rather than records, by `type:id`: the setting an admin changed, the
 * audit log's own CSV file. The screen shows these words in place of the stored name.
 */
export const AUDIT_SUBJECT_ID_WORDS: Readonly<Record<string, AuditWords>> = {
  'setting:outreach.retention_days': { ko: '발굴 명단 보관 기간', en: 'outreach list retention' },
  'audit_log:csv': { ko: 'CSV 파일', en: 'CSV file' },
};

const own = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;
export const subjectIdWords = (type: string, id: string) => own(AUDIT_SUBJECT_ID_WORDS, `${type}:${id}`);
/** A code with no words (a newer or older version's) is kept as it is, in both languages. */
const wordsOr = (table: Readonly<Record<string, AuditWords>>, code: string): AuditWords =>
  own(table, code) ?? { ko: code, en: code };
const join = (parts: readonly AuditWords[], sep = ', '): AuditWords => ({
  ko: parts.map((p) => p.ko).join(sep),
  en: parts.map((p) => p.en).join(sep),
});

/** `admin.account_create`: the new account's role and 구 (its name stays out). */
export function accountCreatedReason(role: string, district: string | null | undefined): AuditWords {
  const r = wordsOr(ROLE_WORDS, role);
  const d = district ? wordsOr(DISTRICT_WORDS, district) : undefined;
  return {
    ko: `역할 ${r.ko}${d ? `, 구 ${d.ko}` : ''}`,
    en: `role ${r.en}${d ? `, district ${d.en}` : ''}`,
  };
}

/** `admin.account_update`: which fields changed, not what they now say. */
export function accountChangedReason(fields: readonly string[]): AuditWords {
  const f = join(fields.map((k) => wordsOr(ACCOUNT_FIELD_WORDS, k)));
  return { ko: `바꾼 항목: ${f.ko}`, en: `changed: ${f.en}` };
}

/**
 * A filter value as it may be kept: codes, ids, case numbers and usernames are; anything else an
 * admin typed into the subject box (it could be a name) is only said to have been there.
 */
const keepable = (v: string) => /^[\w.:@\- /]{1,100}$/.test(v);

/** `audit.export`: the filter the file was cut with, by its words. */
export function auditExportReason(filter: Readonly<Record<string, string | undefined>>): AuditWords {
  const parts = Object.entries(filter).flatMap(([k, v]): AuditWords[] => {
    if (v === undefined || v === '') return [];
    const name = wordsOr(FILTER_WORDS, k);
    const value: AuditWords =
      k === 'action'
        ? (actionWords(v) ?? own(AUDIT_AREAS, v) ?? { ko: v, en: v })
        : k === 'outcome'
          ? wordsOr(AUDIT_OUTCOMES, v)
          : keepable(v)
            ? { ko: v, en: v }
            : { ko: '(적은 값은 남기지 않음)', en: '(typed value not kept)' };
    return [{ ko: `${name.ko} ${value.ko}`, en: `${name.en} ${value.en}` }];
  });
  if (parts.length === 0) return { ko: '거른 조건 없음 (전체)', en: 'no filter (everything)' };
  const f = join(parts);
  return { ko: `거른 조건: ${f.ko}`, en: `filter: ${f.en}` };
}

/** `admin.setting_update` of the outreach retention: days before and after (the default said so). */
export function retentionReason(previous: number | null, defaultDays: number, days: number): AuditWords {
  const before = previous ?? defaultDays;
  const isDefault = previous === null;
  return {
    ko: `${isDefault ? '기본값 ' : ''}${before}일 → ${days}일`,
    en: `${isDefault ? 'default ' : ''}${before} days → ${days} days`,
  };
}

/** `case.notice_match`: the public notice the cases were matched to, by its board number and title. */
export function noticeMatchReason(postNumber: number, title: string): AuditWords {
  return { ko: `모집공고 게시글 ${postNumber}번: ${title}`, en: `housing notice, post ${postNumber}` };
}

/**
 * `board.redact`: which version lost its text, and how long the typed reason is. The reason itself
 * may name what was removed (whose number it was), so it stays on the revision, which only staff
 * read, and not in the log kept for good.
 */
export function revisionRedactedReason(version: number, reasonLength: number): AuditWords {
  return {
    ko: `${version}판 내용 지움, 까닭 ${reasonLength}자`,
    en: `text of version ${version} removed, reason ${reasonLength} characters`,
  };
}

/**
 * Why a staff member read a case when they gave no reason of their own: the ground their role
 * gives them, so every read's row says why (the case is theirs, their 구's, or an administrator's
 * work). A reason typed by the reader is stored instead.
 */
export function caseReadBasis(
  staff: { id: string; role: string; district: string | null },
  c: { assignee_id: string | null; district: string },
): AuditWords {
  if (c.assignee_id === staff.id) return { ko: '담당 사례', en: 'assigned case' };
  if (staff.role === 'admin') return { ko: '관리자 업무', en: 'administration' };
  const d = wordsOr(DISTRICT_WORDS, c.district);
  return { ko: `${d.ko} 사례 업무`, en: `casework in ${d.en}` };
}

/**
 * A reason as words when it is one the server wrote in an older version (codes or JSON): "role,district",
 * "counselor nam", a filter as JSON, "90 (default) → 30", "notice <id>". Anything else (a reason a
 * person typed, or one already in words) gives undefined and is shown as stored.
 */
export function storedReasonWords(action: string, reason: string | null): AuditWords | undefined {
  if (!reason) return undefined;
  if (action === 'admin.account_update' && /^[a-zA-Z]+(,[a-zA-Z]+)*$/.test(reason)) {
    return accountChangedReason(reason.split(','));
  }
  if (action === 'admin.account_create') {
    const m = reason.match(/^([a-z]+)(?: ([a-z]+))?$/);
    if (m?.[1] && own(ROLE_WORDS, m[1])) return accountCreatedReason(m[1], m[2]);
  }
  if (action === 'audit.export' && reason.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(reason);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const filter = Object.fromEntries(
          Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
        );
        return auditExportReason(filter);
      }
    } catch {
      return undefined;
    }
  }
  if (action === 'admin.setting_update') {
    const m = reason.match(/^(\d+)( \(default\))? → (\d+)$/);
    if (m?.[1] && m[3]) return retentionReason(m[2] ? null : Number(m[1]), Number(m[1]), Number(m[3]));
  }
  const notice = action === 'case.notice_match' ? reason.match(/^notice ([0-9a-f-]{36})$/)?.[1] : undefined;
  if (notice) return { ko: `모집공고 ${notice}에 맞는 사례`, en: `cases fitting housing notice ${notice}` };
  return undefined;
}
