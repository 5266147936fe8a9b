import { defineStrings } from '../../i18n/index.tsx';

/** The table of lists already uploaded, so a list can be found again after a reload. */
export const outreachListStrings = defineStrings(
  {
    listsTitle: '올린 명단',
    listsLead:
      '볼 수 있는 명단입니다 (상담사는 자기 구의 명단). 명단과 선별 결과는 개인정보라 보존 기간이 지나면 파일과 함께 지워집니다.',
    listsCaption: '올린 명단 (새로 올린 것부터)',
    listsEmpty: '올린 명단이 없습니다.',
    fileName: '파일',
    uploadedBy: '올린 사람',
    uploadedAt: '올린 날',
    rows: '행 수',
    status: '상태',
    unreached: '사각지대 가구',
    deletion: '삭제까지',
    open: '열기',
    notScreened: '선별 전 (열 연결 필요)',
    statePercent: '{state} {percent}%',
    unknownUnreached: '셀 수 없음',
    daysLeft: '{n}일 후 삭제',
    today: '오늘 삭제',
    opened: '열어 둔 명단',
  },
  {
    listsTitle: 'Uploaded lists',
    listsLead:
      'The lists you may see (a counselor: their own district). Lists and their results are personal data: when the retention period ends they are deleted with the file.',
    listsCaption: 'Uploaded lists (newest first)',
    listsEmpty: 'No lists uploaded.',
    fileName: 'File',
    uploadedBy: 'Uploaded by',
    uploadedAt: 'Uploaded',
    rows: 'Rows',
    status: 'Status',
    unreached: 'Likely eligible, not receiving',
    deletion: 'Deletion',
    open: 'Open',
    notScreened: 'Not screened yet (map the columns)',
    statePercent: '{state} {percent}%',
    unknownUnreached: 'Cannot count',
    daysLeft: 'Deleted in {n} days',
    today: 'Deleted today',
    opened: 'Open list',
  },
);
