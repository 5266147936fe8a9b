import { defineStrings } from './define.ts';

/** The app shell and home page. */
const ko = {
  appShortName: '집사',
  appTagline: '주거복지 도우미',
  skipToMain: '본문 바로가기',
  navHome: '처음으로',
  navCheck: '자가진단',
  navPrograms: '지원 제도',
  mainNav: '주요 메뉴',
  langSwitch: 'English',
  textSize: '글자 크기',
  textNormal: '보통',
  textLarge: '크게',
  textXLarge: '아주 크게',
  footer:
    '광주 주거복지센터 · 입력한 내용은 이 기기 밖으로 나가지 않습니다. 상담을 신청하고 동의할 때만 센터로 보냅니다.',
  footerStaffLink: '센터 직원·협력 기관 로그인',
  footerStaff:
    '광주 주거복지센터 · 직원 화면입니다. 여기서 보는 가구 정보는 상담 업무에만 쓰며, 누가 언제 왜 열어 보았는지 기록됩니다.',
  homeTitle: '집 문제로 어려우신가요? 주거복지센터가 함께 찾아 드립니다',
  homeLead:
    '월세가 버겁거나, 집이 낡았거나, 살 곳이 마땅치 않을 때 받을 수 있는 도움이 있습니다. 몇 가지 질문에 답하면 받을 수 있는 지원과 신청 방법을 알려 드립니다.',
  homePoints: [
    '질문은 한 번에 하나씩, 쉬운 말로 묻습니다.',
    '모르는 질문은 "잘 모르겠어요"를 누르면 됩니다.',
    '답한 내용은 이 기기에만 남고, 센터로 보내지 않습니다.',
    '결과를 보고 상담을 신청하면 상담사가 연락드립니다.',
  ],
  startCheck: '자가진단 시작',
  startCheckHint: '5분쯤 걸립니다',
  browsePrograms: '지원 제도 보기',
  browseProgramsHint: '어떤 도움이 있는지 살펴보기',
  browseBoard: '모집공고·센터 소식',
  browseBoardHint: '임대주택 모집, 공지, 자료',
  resumeCheck: '하던 자가진단 계속하기',
  loading: '불러오는 중…',
  loadFailed: '화면을 불러오지 못했습니다. 새로 고쳐 주세요.',
  reload: '새로 고치기',
  notFoundTitle: '찾는 화면이 없습니다',
  notFoundBody: '주소를 다시 확인하시거나 처음 화면으로 가 주세요.',
};

export const shell = defineStrings(ko, {
  appShortName: 'Jibsa',
  appTagline: 'Housing welfare helper',
  skipToMain: 'Skip to main content',
  navHome: 'Home',
  navCheck: 'Self-check',
  navPrograms: 'Programs',
  mainNav: 'Main menu',
  langSwitch: '한국어',
  textSize: 'Text size',
  textNormal: 'Normal',
  textLarge: 'Large',
  textXLarge: 'Extra large',
  footer:
    'Gwangju Housing Welfare Center · What you enter stays on this device. It is sent to the center only when you ask for a consultation and agree.',
  footerStaffLink: 'Log-in for center staff and partner agencies',
  footerStaff:
    'Gwangju Housing Welfare Center · Staff screens. Household records seen here are for casework only, and who opened them, when and why is logged.',
  homeTitle: 'Housing trouble? The housing welfare center helps you find support',
  homeLead:
    'If rent is hard to pay, your home is in poor repair, or you have nowhere suitable to live, there is help. Answer a few questions to see which support you may get and how to apply.',
  homePoints: [
    'One question at a time, in plain words.',
    'If you do not know an answer, press "I don\'t know".',
    'Your answers stay on this device and are not sent to the center.',
    'After the result you can ask a counselor to contact you.',
  ],
  startCheck: 'Start the self-check',
  startCheckHint: 'About 5 minutes',
  browsePrograms: 'Browse programs',
  browseProgramsHint: 'See what help exists',
  browseBoard: 'Housing notices and news',
  browseBoardHint: 'Public rental openings, notices, documents',
  resumeCheck: 'Continue your self-check',
  loading: 'Loading…',
  loadFailed: 'This screen could not be loaded. Please reload.',
  reload: 'Reload',
  notFoundTitle: 'Page not found',
  notFoundBody: 'Please check the address or go back to the start.',
});
