/**
 * Every audit action, subject type and outcome the server writes, with the words an administrator
 * reads on the 감사 기록 screen. `recordAudit` takes only these keys, so an action that is not here
 * fails the typecheck instead of reaching the screen as a bare code. Pure data with no imports,
 * exported as `@jibsa/server/audit-vocabulary` so the browser shows the same words.
 *
 * Rows written before a code was added here (or by an older version) keep their code: the screen
 * shows the code when there are no words for it.
 */

export interface AuditWords {
  readonly ko: string;
  readonly en: string;
}

/**
 * The areas an action belongs to, by the code's first part: the screen's filter offers "all of an
 * area" (the API's prefix filter, `case.`) before the single actions.
 */
export const AUDIT_AREAS = {
  'case.': { ko: '사례', en: 'Cases' },
  'referral.': { ko: '연계 의뢰', en: 'Referrals' },
  'consultation.': { ko: '상담신청', en: 'Consultation requests' },
  'outreach.': { ko: '발굴 명단', en: 'Outreach lists' },
  'notice.': { ko: '모집공고', en: 'Housing notices' },
  'board.': { ko: '게시판', en: 'Board' },
  'agency.': { ko: '연계 기관', en: 'Partner agencies' },
  'service.': { ko: '기관 서비스', en: 'Agency services' },
  'export.': { ko: '내보내기', en: 'Exports' },
  'admin.': { ko: '계정과 설정', en: 'Accounts and settings' },
  'audit.': { ko: '감사 기록', en: 'Audit log' },
  'auth.': { ko: '로그인과 비밀번호', en: 'Log-in and passwords' },
  'refused.': { ko: '막힌 접근', en: 'Refused access' },
} as const satisfies Record<string, AuditWords>;
export type AuditArea = keyof typeof AUDIT_AREAS;

/**
 * What each action means, in words a person reads without knowing the code. Reads say what was
 * seen (열람, 봄), writes what was done; a refused attempt says what was blocked.
 */
export const AUDIT_ACTIONS = {
  'case.list': { ko: '사례 목록 봄', en: 'Viewed the case list' },
  'case.duplicates': { ko: '같은 사람 사례 찾아봄', en: 'Checked for duplicate cases' },
  'case.read': { ko: '사례 열람', en: 'Opened a case' },
  'case.read.break_glass': {
    ko: '다른 구 사례 열람 (사유 적음)',
    en: 'Opened a case of another district (reason given)',
  },
  'case.out_of_scope': { ko: '다른 구 사례 열기 막힘', en: 'Blocked from a case of another district' },
  'case.found_elsewhere': {
    ko: '다른 구 사례 번호로 찾아봄 (어느 구인지 봄)',
    en: 'Looked up a case number of another district (saw which district)',
  },
  'case.create': { ko: '사례 만듦', en: 'Opened a new case' },
  'case.update': { ko: '사례 고침', en: 'Changed a case' },
  'case.status': { ko: '사례 단계 바꿈', en: "Moved a case's stage" },
  'case.assign': { ko: '사례 담당자 바꿈', en: 'Changed who handles a case' },
  'case.link': { ko: '기존 사례에 연결', en: 'Linked to an existing case' },
  'case.person.add': { ko: '가구원 더함', en: 'Added a household member' },
  'case.person.update': { ko: '가구원 고침', en: 'Changed a household member' },
  'case.person.remove': { ko: '가구원 뺌', en: 'Removed a household member' },
  'case.screen': { ko: '지원 가능성 판정', en: 'Screened the case for programs' },
  'case.screenings': { ko: '판정 결과 봄', en: 'Viewed screening results' },
  'case.what_if': { ko: '가정해 보는 판정', en: 'Tried a what-if screening' },
  'case.task.add': { ko: '할 일 더함', en: 'Added a task' },
  'case.task.update': { ko: '할 일 고침', en: 'Changed a task' },
  'case.note.add': { ko: '상담 기록 더함', en: 'Added a counseling note' },
  'case.document.add': { ko: '서류 올림', en: 'Uploaded a document' },
  'case.document.read': { ko: '서류 내려받음', en: 'Downloaded a document' },
  'case.pathway.start': { ko: '주거상향 시작', en: 'Started moving-up support' },
  'case.pathway.milestone': { ko: '주거상향 단계 적음', en: 'Recorded a moving-up step' },
  'case.pathway.read': { ko: '주거상향 봄', en: 'Viewed the moving-up steps' },
  'case.notices': { ko: '사례에 맞는 모집공고 봄', en: 'Viewed housing notices for a case' },
  'case.notice_match': { ko: '모집공고에 맞는 사례 봄', en: 'Viewed cases for a housing notice' },

  'referral.list': { ko: '사례의 연계 의뢰 봄', en: "Viewed a case's referrals" },
  'referral.read': { ko: '연계 의뢰 열람', en: 'Opened a referral' },
  'referral.create': { ko: '연계 의뢰 보냄', en: 'Sent a referral' },
  'referral.message': { ko: '연계 의뢰에 글 남김', en: 'Wrote on a referral' },
  'referral.inbox': { ko: '받은 연계 의뢰 목록 봄', en: 'Viewed the referral inbox' },
  'referral.partner_read': { ko: '기관이 연계 의뢰 열람', en: 'Agency opened a referral' },
  'referral.out_of_scope': { ko: '다른 기관 연계 의뢰 열기 막힘', en: "Blocked from another agency's referral" },
  // One per referral status (`referral.${to}`): the move a partner or the center made.
  'referral.requested': { ko: '연계 의뢰됨으로 바꿈', en: 'Set a referral to requested' },
  'referral.received': { ko: '연계 의뢰 접수 확인', en: 'Confirmed a referral was received' },
  'referral.accepted': { ko: '연계 의뢰 수락', en: 'Accepted a referral' },
  'referral.rejected': { ko: '연계 의뢰 거절', en: 'Declined a referral' },
  'referral.in-progress': { ko: '연계 지원 시작', en: 'Started work on a referral' },
  'referral.on-hold': { ko: '연계 의뢰 보류', en: 'Put a referral on hold' },
  'referral.completed': { ko: '연계 지원 완료', en: 'Completed a referral' },
  'referral.cancelled': { ko: '연계 의뢰 취소', en: 'Cancelled a referral' },

  'consultation.list': { ko: '상담신청 목록 봄', en: 'Viewed consultation requests' },

  'outreach.lists': { ko: '발굴 명단 목록 봄', en: 'Viewed the outreach lists' },
  'outreach.upload': { ko: '명단 올림', en: 'Uploaded an outreach list' },
  'outreach.preview': { ko: '명단 미리 봄', en: 'Previewed an outreach list' },
  'outreach.mapping.save': { ko: '명단 열 맞춤 저장', en: 'Saved a column mapping' },
  'outreach.job.start': { ko: '명단 선별 시작', en: 'Started screening a list' },
  'outreach.job.cancel': { ko: '명단 선별 멈춤', en: 'Stopped screening a list' },
  'outreach.results': { ko: '선별 결과 봄', en: 'Viewed list screening results' },
  'outreach.errors': { ko: '선별 못 한 줄 내려받음', en: 'Downloaded the rows not screened' },
  'outreach.export.csv': { ko: '선별 결과 CSV로 내려받음', en: 'Downloaded list results as CSV' },
  'outreach.export.xlsx': { ko: '선별 결과 엑셀로 내려받음', en: 'Downloaded list results as Excel' },
  'outreach.worklist': { ko: '선별 결과로 사례 만듦', en: 'Made cases from list results' },
  'outreach.whatif': { ko: '명단으로 정책 모의 계산함', en: 'Ran a policy what-if on a list' },
  'outreach.out_of_scope': { ko: '다른 구 명단 열기 막힘', en: 'Blocked from a list of another district' },

  'notice.create': { ko: '모집공고 올림', en: 'Added a housing notice' },
  'notice.edit': { ko: '모집공고 고침', en: 'Changed a housing notice' },
  'notice.import': { ko: '모집공고 가져옴', en: 'Imported housing notices' },

  'board.create': { ko: '게시글 씀', en: 'Wrote a board post' },
  'board.edit': { ko: '게시글 고침', en: 'Changed a board post' },
  'board.attach': { ko: '게시글에 파일 붙임', en: 'Attached a file to a post' },
  'board.redact': { ko: '게시글 이전 판 내용 지움', en: 'Removed the text of an earlier version of a post' },

  'agency.create': { ko: '연계 기관 더함', en: 'Added a partner agency' },
  'agency.update': { ko: '연계 기관 고침', en: 'Changed a partner agency' },
  'agency.members': { ko: '기관 담당자 계정 바꿈', en: "Changed an agency's accounts" },
  'service.create': { ko: '기관 서비스 더함', en: 'Added an agency service' },
  'service.update': { ko: '기관 서비스 고침', en: 'Changed an agency service' },

  'export.hmis': { ko: '연계 실적 내보냄 (HMIS)', en: 'Exported referral records (HMIS)' },

  'admin.account_create': { ko: '계정 만듦', en: 'Created an account' },
  'admin.account_update': { ko: '계정 고침', en: 'Changed an account' },
  'admin.account_disable': { ko: '계정 끔', en: 'Disabled an account' },
  'admin.account_enable': { ko: '계정 다시 켬', en: 'Enabled an account again' },
  'admin.password_reset': { ko: '비밀번호 초기화', en: 'Reset a password' },
  'admin.setting_update': { ko: '설정 바꿈', en: 'Changed a setting' },

  'audit.export': { ko: '감사 기록 내려받음', en: 'Downloaded the audit log' },

  'auth.login': { ko: '로그인', en: 'Log-in' },
  'auth.password_change': { ko: '비밀번호 바꿈', en: 'Changed a password' },

  'refused.unauthorized': { ko: '로그인 없이 들어오려다 막힘', en: 'Blocked: not logged in' },
  'refused.cross_site': { ko: '다른 사이트에서 온 요청 막힘', en: 'Blocked a request from another site' },
  'refused.csrf': { ko: '확인 표시 없는 변경 요청 막힘', en: 'Blocked a change without its security token' },
  'refused.password_change_required': {
    ko: '비밀번호를 바꾸기 전이라 막힘',
    en: 'Blocked until the password is changed',
  },
  'refused.rate_limited': { ko: '너무 잦은 요청 막힘', en: 'Blocked: too many requests' },
  'refused.role': { ko: '관리자 전용 화면 막힘', en: 'Blocked from an administrators-only screen' },
  'refused.scope': { ko: '볼 권한 없는 기록 막힘', en: 'Blocked from records outside their role' },
  'refused.partner': { ko: '연계 기관 전용 화면 막힘', en: 'Blocked from a partner-only screen' },
} as const satisfies Record<string, AuditWords>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** What a row is about; the subject column shows these words before the id (or the case number). */
export const AUDIT_SUBJECT_TYPES = {
  case: { ko: '사례', en: 'Case' },
  referral: { ko: '연계 의뢰', en: 'Referral' },
  consultation_request: { ko: '상담신청', en: 'Consultation request' },
  outreach_list: { ko: '발굴 명단', en: 'Outreach list' },
  outreach_job: { ko: '명단 선별', en: 'List screening' },
  outreach_mapping: { ko: '명단 열 맞춤', en: 'Column mapping' },
  housing_notice: { ko: '모집공고', en: 'Housing notice' },
  board_post: { ko: '게시글', en: 'Board post' },
  board_attachment: { ko: '게시글 첨부파일', en: 'Attachment' },
  agency: { ko: '연계 기관', en: 'Partner agency' },
  service: { ko: '기관 서비스', en: 'Agency service' },
  export: { ko: '내보낸 파일', en: 'Export' },
  staff_user: { ko: '계정', en: 'Account' },
  setting: { ko: '설정', en: 'Setting' },
  audit_log: { ko: '감사 기록', en: 'Audit log' },
  route: { ko: '요청한 주소', en: 'Requested address' },
} as const satisfies Record<string, AuditWords>;
export type AuditSubjectType = keyof typeof AUDIT_SUBJECT_TYPES;

/** ok, or why the attempt was refused. */
export const AUDIT_OUTCOMES = {
  ok: { ko: '정상', en: 'OK' },
  denied: { ko: '거부', en: 'Refused' },
  login_failed: { ko: '로그인 실패', en: 'Log-in failed' },
  locked: { ko: '잠김', en: 'Locked' },
  rate_limited: { ko: '너무 잦음', en: 'Rate limited' },
} as const satisfies Record<string, AuditWords>;
export type AuditOutcome = keyof typeof AUDIT_OUTCOMES;

const wordsIn = <T extends Record<string, AuditWords>>(table: T, code: string): AuditWords | undefined =>
  Object.hasOwn(table, code) ? table[code] : undefined;

/** The words for a stored code, or undefined for a code this version does not know (an old row's). */
export const actionWords = (code: string) => wordsIn(AUDIT_ACTIONS, code);
export const subjectTypeWords = (code: string) => wordsIn(AUDIT_SUBJECT_TYPES, code);
export const outcomeWords = (code: string) => wordsIn(AUDIT_OUTCOMES, code);

/** The area an action code belongs to (the API's prefix filter), if any. */
export const areaOf = (code: string): AuditArea | undefined =>
  (Object.keys(AUDIT_AREAS) as AuditArea[]).find((area) => code.startsWith(area));
