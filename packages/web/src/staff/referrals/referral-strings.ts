import {
  type ClosedStatus,
  HOLD_REASON_MAX,
  OPEN,
  OUTCOME_LABEL,
  OUTCOMES,
  type Outcome,
  outcomeWords,
  REFERRAL_STATUS_LABEL,
  type ReferralStatus,
  THREAD_CLOSED,
  WAITLIST_RANK_MAX,
  WAITLISTED,
} from '@jibsa/server/referral-vocabulary';
import { defineStrings } from '../../i18n/index.tsx';
import type { CenterContact } from './center-contact.ts';

/** Words of the referral panel (counselor) and the partner's inbox, Korean first. */
export const referralStrings = defineStrings(
  {
    referrals: '연계',
    noReferrals: '아직 다른 기관에 연계하지 않았습니다.',
    sendTitle: '기관에 연계하기',
    service: '연계할 곳',
    pickService: '서비스를 고르세요',
    fitGroup: '선별 결과에 맞는 곳',
    otherGroup: '그 밖의 곳',
    openGroup: '이미 연계 중인 곳 (지금은 고를 수 없음)',
    openOption: '{service} — 이미 연계 중 ({number})',
    openHint:
      '이미 연계 중인 곳에는 다시 보낼 수 없습니다. 그 연계가 끝나면 (거절·완료·취소) 다시 보낼 수 있습니다. 더 알릴 것은 그 연계를 열어 메시지로 보내 주세요.',
    message: '기관에 보낼 말',
    shareLegend: '기관이 볼 수 있는 정보 (꼭 필요한 것만 고르세요)',
    shareHint:
      '고르지 않은 정보와 사례번호는 기관에 보이지 않습니다. 선별 결과는 그 기관이 맡은 제도의 것만 함께 갑니다.',
    days: '회신 기한 (공휴일·주말 뺀 일수)',
    send: '연계 보내기',
    needService: '연계할 곳을 고르세요.',
    needMessage: '기관에 보낼 말을 적어 주세요.',
    due: '회신 기한',
    overdue: '기한 지남',
    unread: '새 소식',
    steps: '지나온 단계',
    thread: '주고받은 말',
    noMessages: '아직 주고받은 말이 없습니다.',
    writeMessage: '메시지',
    sendMessage: '메시지 보내기',
    cancel: '연계 취소',
    resend: '다른 곳으로 다시 보내기',
    reason: '사유',
    outcome: '결과',
    open: '열기',
    inboxTitle: '연계 의뢰함',
    inboxLead: '우리 기관에 온 연계 의뢰입니다. 센터가 공유한 정보만 보입니다. 모든 조회는 기록됩니다.',
    inboxEmpty: '받은 연계 의뢰가 없습니다.',
    sharedInfo: '센터가 공유한 정보',
    nothingShared: '공유된 개인 정보가 없습니다.',
    consentWithdrawn: '당사자가 정보 제공 동의를 거두어 더는 볼 수 없습니다.',
    cancelledShared:
      '센터가 이 연계를 취소했습니다. 가구 정보는 더 볼 수 없고, 메시지도 보낼 수 없습니다. 진행 기록만 남습니다.',
    closedShared: '끝난 연계라 가구 정보와 선별 결과는 더 보이지 않습니다. 진행 기록과 메시지는 남아 있습니다.',
    screeningSummary: '선별 결과 요약',
    noScreening: '센터가 아직 이 가구를 선별하지 않았습니다.',
    memberN: '가구원 {n}',
    goalDone: '마침',
    arrearsAmount: '밀린 돈',
    arrearsMonths: '밀린 달 수',
    months: '{n}개월',
    conditionNotes: '집 상태 메모',
    actions: '처리',
    progress: '진행 상황',
    rejectReason: '거절 사유',
    holdReason: '보류 사유',
    holdReasonHint: '센터 상담사가 봅니다. 예: 서류 보완을 기다림, 가구가 입원 중',
    needHoldReason: '보류하는 까닭을 짧게 적어 주세요.',
    heldBecause: '보류한 까닭',
    resume: '보류 풀고 다시 진행하기',
    heldNow:
      '보류 중인 연계입니다. 다시 일을 이어 가려면 「보류 풀고 다시 진행하기」를 누르세요. 더 진행할 수 없게 되었으면 (본인 포기, 연락 두절, 대상 아님 등) 결과를 골라 「결과 기록하고 마치기」를 누르세요.',
    resumed: '보류를 풀었습니다. 지금 상태: {status}',
    acceptMeans:
      '수락은 지원 결정이 아니라 이 연계를 맡아 살펴본다는 뜻입니다. 수락하면 회신 기한은 끝납니다. 신청을 받아 심사하는 동안에는 「진행 시작」에 진행 상황(예: 신청 접수, 조사 중)을 적어 두고, 결과가 나오면 「결과 기록하고 마치기」로 알려 주세요.',
    askFirst:
      '수락하기 전에 센터에 물을 것이 있으면 아래 「주고받은 말」에서 메시지로 물어보세요. 센터 담당 상담사에게 알림이 갑니다.',
    askFirstButton: '센터에 먼저 묻기',
    messageBeforeAnswer: '수락이나 거절을 하기 전에도 보낼 수 있습니다.',
    progressNote: '진행 상황 (선택)',
    progressNoteHint: '「진행 시작」과 함께 센터 상담사의 사례 기록에 남습니다. 예: 주거급여 신청 접수, 조사 중',
    outcomeNote: '결과 메모 (선택)',
    waitlistRank: '대기 순번 (알려 준 경우에만)',
    waitlistRankHint: '예: 예비 12번이면 12',
    badWaitlistRank: '대기 순번은 숫자로만 적어 주세요 (예: 12).',
    outcomeNoteFrom: '기관이 남긴 결과 메모',
    outcomeReported: '알린 결과',
    back: '의뢰함으로',
    notices: '새 연계 소식',
    newsLead:
      '기관이 답하거나 상태를 바꾼 연계입니다. 번호를 누르면 그 사례에서 연계가 열리고, 소식은 읽은 것으로 바뀝니다.',
    newsLeadPartner: '센터가 보내거나 고친 연계입니다. 연계를 열면 읽은 것으로 바뀝니다.',
    newsEmpty: '새 소식이 없습니다.',
    newsReferral: '연계 번호',
    newsCount: '새 소식',
    newsItems: '{n}건',
    fictional: '연락처는 체험용 가상 정보입니다.',
    case: '사례',
    needConsent: '연계하려면 당사자의 정보 제공 동의가 있어야 합니다. 동의를 받았다면 기록해 주세요.',
    caseClosed: '종결된 사례라 새로 연계할 수 없습니다. 연계가 필요하면 먼저 사례의 상태를 바꿔 다시 여세요.',
    recordConsent: '정보 제공 동의를 받았음 (기록하기)',
    goal: '이 연계로 이루려는 목표 (서비스 계획)',
    noGoal: '고르지 않음',
    goalHint: '좋은 결과로 끝나면 이 목표를 이룸으로 표시할지 사례 화면에서 묻습니다. 기관에는 보이지 않습니다.',
    goalOf: '이루려는 목표',
    goalMet:
      '연계 {number}의 결과를 기관이 알렸습니다: {outcome}. 이 연계로 이루려던 목표를 이뤘으면 계획에 표시해 주세요.',
    markGoal: '이룸으로 표시',
    withdrawConsent: '정보 제공 동의 철회',
    withdrawTitle: '정보 제공 동의를 거두나요?',
    withdrawLead: '진행 중인 연계는 모두 취소되고, 기관은 공유된 정보를 더는 볼 수 없습니다. 기관에는 알림이 갑니다.',
    withdrawOpen: '취소될 연계',
    withdrawConfirm: '동의 철회하고 연계 취소',
  },
  {
    referrals: 'Referrals',
    noReferrals: 'Not referred to any agency yet.',
    sendTitle: 'Refer to an agency',
    service: 'Refer to',
    pickService: 'Choose a service',
    fitGroup: 'Fits the screening',
    otherGroup: 'Other services',
    openGroup: 'Already referred (cannot be chosen now)',
    // The option is marked lang="ko" (the names are Korean): its group says in English why it is there.
    openOption: '{service} ({number})',
    openHint:
      'A service this case is already referred to cannot be chosen again until that referral has ended (declined, completed or cancelled). To tell the agency more, open that referral and send a message.',
    message: 'Message to the agency',
    shareLegend: 'What the agency may see (choose only what is needed)',
    shareHint:
      'Anything not chosen, and the case number, stay hidden. Only the screening results of the programs this agency handles go along.',
    days: 'Answer due in (working days, holidays skipped)',
    send: 'Send referral',
    needService: 'Choose where to refer.',
    needMessage: 'Write a message to the agency.',
    due: 'Answer due',
    overdue: 'overdue',
    unread: 'new',
    steps: 'Steps so far',
    thread: 'Messages',
    noMessages: 'No messages yet.',
    writeMessage: 'Message',
    sendMessage: 'Send message',
    cancel: 'Cancel referral',
    resend: 'Send elsewhere',
    reason: 'Reason',
    outcome: 'Outcome',
    open: 'Open',
    inboxTitle: 'Referral inbox',
    inboxLead: 'Referrals to your agency. You see only what the center shared. Every read is logged.',
    inboxEmpty: 'No referrals received.',
    sharedInfo: 'Shared by the center',
    nothingShared: 'No personal details were shared.',
    consentWithdrawn: 'The household withdrew consent to sharing: nothing can be shown.',
    cancelledShared:
      'The center cancelled this referral: the household’s details are no longer shown and no messages can be sent. Only the record of its steps remains.',
    closedShared:
      'This referral has ended, so the household’s details and screening are no longer shown. The steps and messages remain.',
    screeningSummary: 'Screening summary',
    noScreening: 'The center has not screened this household yet.',
    memberN: 'Member {n}',
    goalDone: 'done',
    arrearsAmount: 'Amount in arrears',
    arrearsMonths: 'Months in arrears',
    months: '{n} months',
    conditionNotes: 'Notes on the home',
    actions: 'Actions',
    progress: 'Progress',
    rejectReason: 'Reason for declining',
    holdReason: 'Reason for the hold',
    holdReasonHint: 'The center’s counselor sees it. E.g. waiting for documents, the client is in hospital',
    needHoldReason: 'Give a short reason for the hold.',
    heldBecause: 'On hold because',
    resume: 'Lift the hold and carry on',
    heldNow:
      'This referral is on hold. To carry on with it, press “Lift the hold and carry on”. If it cannot go on (the household withdrew, lost contact, not eligible …), choose the outcome and press “Record outcome and close”.',
    resumed: 'The hold is lifted. Now: {status}',
    acceptMeans:
      'Accepting is not a decision to grant support: it means your agency takes this referral on. Once accepted, the answer date no longer applies. While an application is under review, write where it stands (e.g. application received, under review) with “Start work”; when the result is known, report it with “Record outcome and close”.',
    askFirst:
      'Anything to ask the center before you accept? Ask it as a message under “Messages” below: the center’s counselor is notified.',
    askFirstButton: 'Ask the center first',
    messageBeforeAnswer: 'You may write before you accept or decline.',
    progressNote: 'Progress (optional)',
    progressNoteHint:
      'Kept with “Start work” on the center counselor’s case record. E.g. housing benefit application received, under review',
    outcomeNote: 'Note on the outcome (optional)',
    waitlistRank: 'Place on the waiting list (only if given)',
    waitlistRankHint: 'E.g. 12 for number 12 on the list',
    badWaitlistRank: 'Write the place on the waiting list as a number only (e.g. 12).',
    outcomeNoteFrom: 'The agency’s note on the outcome',
    outcomeReported: 'Outcome reported',
    back: 'Back to the inbox',
    notices: 'New referral news',
    newsLead:
      'Referrals an agency answered or moved. A number opens that referral on its case and marks its news read.',
    newsLeadPartner: 'Referrals the center sent or changed. Open a referral to mark its news read.',
    newsEmpty: 'No news.',
    newsReferral: 'Referral number',
    newsCount: 'News',
    newsItems: '{n}',
    fictional: 'Contacts are fictional demo data.',
    case: 'Case',
    needConsent: 'Referring needs the household’s consent to sharing. If they agreed, record it.',
    caseClosed: 'This case is closed, so it cannot be referred. To refer it, first change its status to open it again.',
    recordConsent: 'Consent to sharing given (record it)',
    goal: 'The goal of the service plan this referral is for',
    noGoal: 'None',
    goalHint: 'If it ends well, the case page asks whether to mark this goal achieved. The agency does not see it.',
    goalOf: 'Goal',
    goalMet:
      'The agency reported the result of referral {number}: {outcome}. If the goal it was sent for is reached, mark it in the plan.',
    markGoal: 'Mark achieved',
    withdrawConsent: 'Withdraw consent to sharing',
    withdrawTitle: 'Withdraw consent to sharing?',
    withdrawLead:
      'Every open referral is cancelled and the agencies can no longer see the shared details. They are notified.',
    withdrawOpen: 'Referrals to be cancelled',
    withdrawConfirm: 'Withdraw consent and cancel referrals',
  },
);

export type { ReferralStatus };
export { HOLD_REASON_MAX, REFERRAL_STATUS_LABEL };

/** Why an ended referral's thread has no message box, for `side`; undefined while it is open (the server's words). */
export function threadClosedNote(status: ReferralStatus, side: 'center' | 'partner', lang: 'ko' | 'en') {
  return status in THREAD_CLOSED ? THREAD_CLOSED[status as ClosedStatus][side][lang] : undefined;
}
/** Not yet closed: what withdrawing consent cancels (the server's own list). */
export const OPEN_STATUSES = OPEN;

/** A move that lifts a hold: from on-hold back to accepted or in-progress (the server's resume). */
export const isResume = (from: ReferralStatus | null | undefined, to: ReferralStatus) =>
  from === 'on-hold' && (to === 'accepted' || to === 'in-progress');

/**
 * A step as the steps list and the case timeline say it: its new status, and that a hold was lifted
 * when it was ('보류 풀고 다시 진행 (수락)'), so a resume does not read as a second acceptance.
 */
export function stepWords(from: ReferralStatus | null | undefined, to: ReferralStatus, lang: 'ko' | 'en'): string {
  const status = REFERRAL_STATUS_LABEL[to]?.[lang] ?? to;
  if (!isResume(from, to)) return status;
  return lang === 'ko' ? `보류 풀고 다시 진행 (${status})` : `Hold lifted, carrying on (${status})`;
}

/** What each move is called on its button. */
export const MOVE_LABEL = {
  ko: {
    received: '접수 확인',
    accepted: '수락하기',
    rejected: '거절하기',
    'in-progress': '진행 시작',
    'on-hold': '보류하기',
    completed: '결과 기록하고 마치기',
    cancelled: '연계 취소',
    requested: '',
  },
  en: {
    received: 'Acknowledge',
    accepted: 'Accept',
    rejected: 'Decline',
    'in-progress': 'Start work',
    'on-hold': 'Put on hold',
    completed: 'Record outcome and close',
    cancelled: 'Cancel referral',
    requested: '',
  },
} as const;

export const SHARE_LABEL = {
  ko: {
    name: '이름',
    contact: '연락처',
    members: '가구원',
    address: '주소',
    housing: '주거 상황',
    needs: '필요',
    household: '소득·재산',
    plan: '서비스 계획',
  },
  en: {
    name: 'Name',
    contact: 'Phone',
    members: 'Household members',
    address: 'Address',
    housing: 'Housing situation',
    needs: 'Needs',
    household: 'Income and assets',
    plan: 'Service plan',
  },
} as const;
export type ShareField = keyof (typeof SHARE_LABEL)['ko'];
export const SHARE_FIELDS = Object.keys(SHARE_LABEL.ko) as ShareField[];

/** The outcome values are the API's (Korean) codes; their words in both languages are the server's. */
export { OUTCOME_LABEL, OUTCOMES, outcomeWords, WAITLIST_RANK_MAX, WAITLISTED };

export interface ReferralStep {
  at: string;
  actorName: string | null;
  from: ReferralStatus | null;
  to: ReferralStatus;
  reason: string | null;
  outcome: string | null;
  note: string | null;
}
export interface ReferralMessage {
  id: string;
  side: 'center' | 'partner';
  authorName: string | null;
  body: string;
  createdAt: string;
}
export interface Referral {
  id: string;
  number: string;
  status: ReferralStatus;
  version: number;
  agency: { id: string; name: string };
  service: { id: string; name: string };
  message: string;
  sharedFields: ShareField[];
  dueOn: string;
  overdue: boolean;
  rejectReason: string | null;
  /** Why the agency holds it, while it does (null for holds made before reasons were asked). */
  holdReason: string | null;
  outcome: string | null;
  outcomeNote: string | null;
  /** The place on the waiting list the agency gave with '예비입주자 선정', if it gave one. */
  waitlistRank: number | null;
  previousReferralId: string | null;
  /** The plan goal it was sent for (center staff only; null when none was named). */
  goal?: string | null;
  createdAt: string;
  closedAt: string | null;
  moves: ReferralStatus[];
  /** The outcomes this referral may end with: its agency's kind's own and the common ones (the server's). */
  outcomes: Outcome[];
  unread: number;
  steps?: ReferralStep[];
  messages?: ReferralMessage[];
}
export interface PartnerReferral extends Referral {
  district: string;
  screeningSummary: { id: string; name: string; status: string }[];
  shared: Record<string, unknown>;
  consentWithdrawn: boolean;
  cancelled: boolean;
  /** Ended (cancelled, declined or finished): nothing of the household is shared any more. */
  closed: boolean;
  /** Whom at the center to ask once the thread has closed. */
  centerContact: CenterContact | null;
  steps: ReferralStep[];
  messages: ReferralMessage[];
}
export type { DirectoryService } from '../../shared/directory/service.ts';
