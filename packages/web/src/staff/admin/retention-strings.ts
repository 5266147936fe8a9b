import { defineStrings } from '../../i18n/index.tsx';

/** The administrator's setting of how long uploaded outreach lists are kept. */
export const retentionStrings = defineStrings(
  {
    nav: '명단 보존 기간',
    title: '발굴 명단 보존 기간',
    lead: '올린 발굴 명단과 그 선별 결과는 개인정보입니다. 올린 날부터 여기서 정한 날수가 지나면 파일과 함께 지워집니다. 바꾸면 이미 올린 명단에도 바로 적용되고, 감사 기록에 남습니다.',
    days: '보존 기간 (일, 1–3650)',
    hint: '예: 90은 올린 날부터 90일 뒤에 지웁니다.',
    current: '지금: {days}일.',
    defaultNote: '관리자가 정하기 전에는 서버 설정(JIBSA_OUTREACH_RETENTION_DAYS)의 {days}일을 씁니다.',
    changedBy: '마지막으로 바꾼 사람:',
    save: '저장',
    saved: '저장했습니다. 명단은 올린 날부터 {days}일 뒤 지워집니다.',
    due: '보존 기간이 이미 지난 명단 {n}개는 10분 안에 지워집니다.',
    notNumber: '날수를 숫자로 적어 주세요.',
  },
  {
    nav: 'List retention',
    title: 'Outreach list retention',
    lead: 'Uploaded outreach lists and their screening results are personal data. They are deleted with their file this many days after upload. A change applies at once to lists already uploaded, and is kept in the audit log.',
    days: 'Retention (days, 1–3650)',
    hint: 'For example, 90 deletes a list 90 days after it was uploaded.',
    current: 'Now: {days} days.',
    defaultNote:
      'Until an administrator sets it, the server setting (JIBSA_OUTREACH_RETENTION_DAYS) of {days} days applies.',
    changedBy: 'Last changed by',
    save: 'Save',
    saved: 'Saved. Lists are deleted {days} days after upload.',
    due: '{n} lists are already past the retention and will be deleted within 10 minutes.',
    notNumber: 'Write the number of days in digits.',
  },
);
