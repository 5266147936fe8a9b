/**
 * The 주거상향 pathway's steps, in order. Settling-in visits fall due 1, 3 and 6 months after the
 * move; everything else is recorded when it happens. Pure: the routes and the tests share it.
 */
export const MILESTONES = [
  'counseling',
  'rental_applied',
  'move_in_decided',
  'moved',
  'settled_1m',
  'settled_3m',
  'settled_6m',
] as const;
export type Milestone = (typeof MILESTONES)[number];

export const MILESTONE_LABELS: Record<Milestone, { ko: string; en: string }> = {
  counseling: { ko: '상담', en: 'Counseling' },
  rental_applied: { ko: '공공임대 신청', en: 'Applied for public rental' },
  move_in_decided: { ko: '입주 결정', en: 'Move-in decided' },
  moved: { ko: '이사', en: 'Moved' },
  settled_1m: { ko: '정착 지원 방문 (1개월)', en: 'Settling-in visit (1 month)' },
  settled_3m: { ko: '정착 지원 방문 (3개월)', en: 'Settling-in visit (3 months)' },
  settled_6m: { ko: '정착 지원 방문 (6개월)', en: 'Settling-in visit (6 months)' },
};

/** Where people move up from: the housing types the pathway is for (cases/schemas.ts codes). */
export const NON_HOUSING_TYPES = [
  'jjokbang',
  'goshiwon',
  'vinyl_house',
  'inn',
  'other_non_housing',
  'shelter',
] as const;

/** Programs whose services pay the move's costs or deposit: their referrals belong to the pathway. */
export const MOVING_SUPPORT_PROGRAMS: readonly string[] = ['vulnerable-housing', 'emergency-housing'];

const VISIT_MONTHS: Partial<Record<Milestone, number>> = { settled_1m: 1, settled_3m: 3, settled_6m: 6 };

/** `date` plus whole months, clamped to the month's last day (1-31 + 1 month = 2-28/29). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export interface Reached {
  readonly milestone: Milestone;
  readonly reachedOn: string;
}

export interface StepView {
  readonly milestone: Milestone;
  readonly label: { ko: string; en: string };
  readonly reachedOn: string | null;
  /** Settling-in visits only, once the move is recorded. */
  readonly dueOn: string | null;
  readonly overdue: boolean;
}

/** Every step with its date or due date; `next` is the first step not yet reached. */
export function pathwayView(reached: readonly Reached[], today: string): { steps: StepView[]; next: Milestone | null } {
  const on = new Map(reached.map((r) => [r.milestone, r.reachedOn]));
  const moved = on.get('moved') ?? null;
  const steps = MILESTONES.map((milestone) => {
    const months = VISIT_MONTHS[milestone];
    const dueOn = moved && months ? addMonths(moved, months) : null;
    const reachedOn = on.get(milestone) ?? null;
    return {
      milestone,
      label: MILESTONE_LABELS[milestone],
      reachedOn,
      dueOn,
      overdue: reachedOn === null && dueOn !== null && dueOn < today,
    };
  });
  return { steps, next: steps.find((s) => s.reachedOn === null)?.milestone ?? null };
}

/**
 * Why a milestone cannot be recorded now, or null: steps go in order, each once, never dated before
 * the step before it nor in the future. Settling-in visits each need only the move (a missed visit
 * stays overdue without blocking the next).
 */
export function refusal(
  reached: readonly Reached[],
  milestone: Milestone,
  reachedOn: string,
  today: string,
): { path: 'milestone' | 'reachedOn'; ko: string; en: string } | null {
  if (reached.some((r) => r.milestone === milestone)) {
    return { path: 'milestone', ko: '이미 기록한 단계입니다.', en: 'this step is already recorded.' };
  }
  if (reachedOn > today) {
    return { path: 'reachedOn', ko: '앞으로의 날짜는 적을 수 없습니다.', en: 'the date cannot be in the future.' };
  }
  // A settling-in visit follows the move, whether or not an earlier visit happened.
  const before: Milestone | undefined = VISIT_MONTHS[milestone]
    ? 'moved'
    : MILESTONES[MILESTONES.indexOf(milestone) - 1];
  if (before === undefined) return null;
  const prev = reached.find((r) => r.milestone === before);
  if (!prev) {
    const l = MILESTONE_LABELS[before];
    return { path: 'milestone', ko: `먼저 '${l.ko}' 단계를 기록해 주세요.`, en: `record "${l.en}" first.` };
  }
  if (reachedOn < prev.reachedOn) {
    return {
      path: 'reachedOn',
      ko: `앞 단계(${MILESTONE_LABELS[before].ko}, ${prev.reachedOn})보다 이른 날짜입니다.`,
      en: `earlier than the step before (${MILESTONE_LABELS[before].en}, ${prev.reachedOn}).`,
    };
  }
  return null;
}
