import { defineStrings } from '../../i18n/index.tsx';

/** Words for who handles a case (담당자): the case page's line and control, the list's column and filter. */
export const assigneeStrings = defineStrings(
  {
    assignee: '담당자',
    none: '없음',
    change: '담당자 바꾸기',
    choose: '새 담당자',
    chooseHint: '이 사례의 구에서 일하는 상담사만 고를 수 있습니다.',
    nobody: '담당자 없음',
    save: '담당자 저장',
    takeMine: '내가 맡기',
    saved: '담당자를 바꿨습니다.',
    pickOne: '새 담당자를 골라 주세요.',
    sameOne: '지금 담당자와 같은 사람입니다. 다른 사람을 고르세요.',
    noColleagues: '이 구에 맡길 수 있는 상담사가 없습니다.',
    onlyUnassigned: '담당자 없는 사례만',
    intakeNobody: '담당자 없음 (나중에 정하기)',
    intakeHint: '이 구에서 일하는 상담사 가운데 고릅니다. 고르지 않으면 담당자 없는 사례로 만들어집니다.',
  },
  {
    assignee: 'Handled by',
    none: 'None',
    change: 'Change who handles it',
    choose: 'New handler',
    chooseHint: "Only counselors of the case's district can be chosen.",
    nobody: 'Nobody',
    save: 'Save handler',
    takeMine: 'Take this case',
    saved: 'Handler changed.',
    pickOne: 'Choose the new handler.',
    sameOne: 'That person already handles the case. Choose someone else.',
    noColleagues: 'No counselor of this district can take the case.',
    onlyUnassigned: 'Only cases nobody handles',
    intakeNobody: 'Nobody yet (decide later)',
    intakeHint: 'Choose from the counselors of this district. Left empty, the case is opened with nobody handling it.',
  },
);
