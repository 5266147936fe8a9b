import { householdSchema } from '@jibsa/programs';
import { defineStrings } from '../i18n/index.tsx';

/** The 주거상향 panel's words. */
export const pathwayStrings = defineStrings(
  {
    title: '주거상향 (비주택에서 집으로)',
    lead: '쪽방·고시원·비닐하우스 같은 곳에서 공공임대 등 집으로 옮기도록 돕는 과정입니다. 단계마다 날짜를 적습니다.',
    notStarted: '아직 시작하지 않았습니다.',
    from: '지금 사는 곳',
    startedOn: '시작한 날',
    start: '주거상향 시작하기',
    steps: '단계',
    reachedOn: '{date}에 마침',
    dueOn: '{date}까지 방문',
    overdue: '방문 기한이 지났습니다',
    waiting: '아직',
    record: '단계 기록하기',
    step: '기록할 단계',
    date: '날짜',
    note: '메모 (개인정보는 적지 마세요)',
    save: '기록하기',
    done: '모든 단계를 마쳤습니다.',
    support: '이사비·보증금 지원 연계',
    supportNone: '이 사례에는 아직 이사비·보증금 지원 연계가 없습니다. 연계는 아래 연계 칸에서 보냅니다.',
  },
  {
    title: 'Moving up (from non-housing into a home)',
    lead: 'Helping someone move from a 쪽방, 고시원, vinyl house or the like into public rental or another home. Each step is recorded with its date.',
    notStarted: 'Not started yet.',
    from: 'Where they live now',
    startedOn: 'Started on',
    start: 'Start moving up',
    steps: 'Steps',
    reachedOn: 'done on {date}',
    dueOn: 'visit by {date}',
    overdue: 'The visit is overdue',
    waiting: 'not yet',
    record: 'Record a step',
    step: 'Step',
    date: 'Date',
    note: 'Note (no personal details)',
    save: 'Record',
    done: 'Every step is done.',
    support: 'Moving costs and deposit support',
    supportNone: 'No moving-cost or deposit referral on this case yet. Referrals are sent below.',
  },
);

/** Where the pathway starts from: the engine's own dwelling types and their words (one list, not a copy). */
const DWELLING_LABELS =
  (householdSchema.household.housingType as { valueLabels?: Record<string, { ko: string; en: string }> }).valueLabels ??
  {};
const FROM_TYPES = ['jjokbang', 'goshiwon', 'vinyl_house', 'inn', 'other_non_housing', 'shelter'];
export const FROM_LABEL: Record<string, { ko: string; en: string }> = Object.fromEntries(
  FROM_TYPES.flatMap((t) => (DWELLING_LABELS[t] ? [[t, DWELLING_LABELS[t]]] : [])),
);
