import { householdSchema } from '@jibsa/programs';
import { defineStrings } from '../../i18n/index.tsx';

/** The 주거상향 panel's words. */
export const pathwayStrings = defineStrings(
  {
    title: '주거상향 (비주택에서 집으로)',
    lead: '쪽방·고시원·비닐하우스 같은 곳에서 공공임대 등 집으로 옮기도록 돕는 과정입니다. 단계마다 날짜를 적습니다.',
    notStarted: '아직 시작하지 않았습니다.',
    from: '지금 사는 곳',
    fromPick: '고르세요',
    fromMissing: '지금 사는 곳을 골라 주세요.',
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
    navStats: '주거상향 통계',
    statsTitle: '주거상향 통계',
    statsLead:
      '한 해 동안 쪽방·고시원·비닐하우스 같은 곳에서 집으로 이사한 가구 수입니다. 사례마다 기록한 이사 단계로 셉니다. 개인 정보는 없습니다.',
    statsYear: '해',
    statsMoved: '이사한 가구',
    statsSettled: '그중 6개월 정착 방문까지 마친 가구',
    statsStarted: '그해 주거상향을 시작한 가구',
    statsByDistrict: '구별 이사한 가구',
    statsByFrom: '살던 곳별 이사한 가구',
    // The stats table's column: where the household lived before it moved (the form's "from" is where it lives now).
    statsFrom: '살던 곳',
    statsDistrict: '구',
    statsNone: '기록이 없습니다.',
  },
  {
    title: 'Moving up (from non-housing into a home)',
    lead: 'Helping someone move from a jjokbang (tiny room), gosiwon (tiny rented room), vinyl greenhouse or the like into public rental or another home. Each step is recorded with its date.',
    notStarted: 'Not started yet.',
    from: 'Where they live now',
    fromPick: 'Choose',
    fromMissing: 'Choose where they live now.',
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
    navStats: 'Moving-up figures',
    statsTitle: 'Moving-up figures',
    statsLead:
      'Households that moved from a jjokbang (tiny room), gosiwon (tiny rented room), vinyl greenhouse or the like into a home in a year, counted from the move recorded on each case. No personal details.',
    statsYear: 'Year',
    statsMoved: 'Households moved',
    statsSettled: 'Of those, with the 6-month settling-in visit done',
    statsStarted: 'Households that started moving up that year',
    statsByDistrict: 'Households moved, by district',
    statsByFrom: 'Households moved, by where they lived',
    statsFrom: 'Where they lived',
    statsDistrict: 'District',
    statsNone: 'Nothing recorded.',
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
