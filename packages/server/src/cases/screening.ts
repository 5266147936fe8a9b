import { type Screening, screenHousehold } from '@jibsa/programs';
import { invalid } from '../http/error-codes.ts';
import { checkScreeningDate } from '../screening/date.ts';

export interface ProgramSnapshot {
  id: string;
  name: string;
  status: 'eligible' | 'ineligible' | 'unknown';
  amount: number | null;
  /** The engine's sentences, as they read on the day (a later engine must not reword history). */
  reasons: string[];
}

export interface Change {
  programId: string;
  name: string;
  before: ProgramSnapshot | null;
  after: ProgramSnapshot | null;
  why: { ko: string; en: string };
}

/** Runs the engine on a case's household; a household the engine refuses is a field error. */
export function screenCase(household: unknown, date: string | undefined, path = 'household'): Screening {
  if (date !== undefined) checkScreeningDate(date, 'date');
  const outcome = screenHousehold(household ?? {}, date ? { date } : {});
  if (!outcome.ok) {
    throw invalid(outcome.errors.map((e) => ({ path: `${path}.${e.path}`, ko: e.message.ko, en: e.message.en })));
  }
  return outcome;
}

export function toSnapshot(s: Screening): ProgramSnapshot[] {
  return s.programs.map((p) => ({
    id: p.id,
    name: p.name.ko,
    status: p.status,
    amount: p.amount,
    reasons: p.reasons.map((r) => r.text.ko),
  }));
}

const STATUS_KO = { eligible: '대상', ineligible: '비대상', unknown: '판단 보류' } as const;
const won = (n: number | null) => (n === null ? '-' : `${n.toLocaleString('ko-KR')}원`);

/**
 * What changed between two screenings of one case, program by program, and why: the household
 * changed, the rules or figures changed (a new rulesVersion), or the date moved (ages, dated figures).
 */
export function diffScreenings(
  before: { programs: ProgramSnapshot[]; rulesVersion: string; date: string; household: unknown } | undefined,
  after: { programs: ProgramSnapshot[]; rulesVersion: string; date: string; household: unknown },
): Change[] {
  if (!before) return [];
  const causes: { ko: string[]; en: string[] } = { ko: [], en: [] };
  if (JSON.stringify(before.household) !== JSON.stringify(after.household)) {
    causes.ko.push('가구 정보가 바뀌었어요');
    causes.en.push('the household changed');
  }
  if (before.rulesVersion !== after.rulesVersion) {
    causes.ko.push(`제도 기준·금액이 바뀌었어요 (규칙판 ${before.rulesVersion} → ${after.rulesVersion})`);
    causes.en.push(`program rules or figures changed (rules ${before.rulesVersion} → ${after.rulesVersion})`);
  }
  if (before.date !== after.date) {
    causes.ko.push(`기준일이 ${before.date}에서 ${after.date}로 바뀌었어요`);
    causes.en.push(`the screening date moved from ${before.date} to ${after.date}`);
  }
  const old = new Map(before.programs.map((p) => [p.id, p]));
  const changes: Change[] = [];
  for (const now of after.programs) {
    const was = old.get(now.id) ?? null;
    old.delete(now.id);
    if (was && was.status === now.status && was.amount === now.amount) continue;
    changes.push({ programId: now.id, name: now.name, before: was, after: now, why: explain(was, now, causes) });
  }
  for (const was of old.values()) {
    changes.push({
      programId: was.id,
      name: was.name,
      before: was,
      after: null,
      why: { ko: '이 제도는 더 이상 선별하지 않아요', en: 'this program is no longer screened' },
    });
  }
  return changes;
}

function explain(was: ProgramSnapshot | null, now: ProgramSnapshot, causes: { ko: string[]; en: string[] }) {
  const what = !was
    ? { ko: `새로 선별한 제도: ${STATUS_KO[now.status]}`, en: `newly screened: ${now.status}` }
    : was.status !== now.status
      ? {
          ko: `${STATUS_KO[was.status]} → ${STATUS_KO[now.status]}`,
          en: `${was.status} → ${now.status}`,
        }
      : {
          ko: `금액 ${won(was.amount)} → ${won(now.amount)}`,
          en: `amount ${was.amount ?? '-'} → ${now.amount ?? '-'}`,
        };
  // The criterion that now decides the result, in the engine's words.
  const decisive = now.reasons.find((r) => !was?.reasons.includes(r));
  const ko = [what.ko, causes.ko.join(', '), decisive].filter(Boolean).join(' · ');
  const en = [what.en, causes.en.join(', ')].filter(Boolean).join(' · ');
  return { ko, en };
}
