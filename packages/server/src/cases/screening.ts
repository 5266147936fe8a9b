import { findProgram, markedReasons, type Screening, screenHousehold, WEAK_MARK } from '@jibsa/programs';
import { inputsRead } from '@jibsa/rules';
import { invalid } from '../http/error-codes.ts';
import { checkScreeningDate } from '../screening/date.ts';
import { answerChanges, changesReadBy, type FigureUse, figureCauses, type Why, wonKo } from './screening-reasons.ts';

export interface ProgramSnapshot {
  id: string;
  name: string;
  status: 'eligible' | 'ineligible' | 'unknown';
  amount: number | null;
  /** The engine's sentences, as they read on the day (a later engine must not reword history). */
  reasons: string[];
  nameEn?: string;
  /** The same sentences in English (absent in snapshots from before they were kept). */
  reasonsEn?: string[];
  /** What the amount is (a monthly benefit, a loan limit …), as the result named it (absent in older snapshots). */
  amountLabel?: { ko: string; en: string } | null;
  /**
   * What to ask next, most useful first (absent in snapshots from before they were kept); `path` is
   * the household answer it asks for ("monthlyRent", "members[0].earnedIncome"), kept since 2026-12.
   */
  missing?: { ko: string; en: string; path?: string }[];
  /** The figures this result read (absent in snapshots from before they were kept). */
  figures?: FigureUse[];
  /** Set when the date's own yearly figures (기준 중위소득, 기준임대료) were not in Jibsa: the year used instead. */
  figuresYear?: number;
  /**
   * Which weak figures the reasons ending " ※" rest on (since 2026-12; older snapshots have the
   * note after each such reason instead).
   */
  figuresNote?: { ko: string; en: string };
}

export interface Change {
  programId: string;
  name: string;
  before: ProgramSnapshot | null;
  after: ProgramSnapshot | null;
  why: { ko: string; en: string };
}

/** Runs the engine on a case's household; a household the engine refuses is a field error. */
export function screenCase(
  household: unknown,
  date: string | undefined,
  path = 'household',
  datePath = 'date',
): Screening {
  if (date !== undefined) checkScreeningDate(date, datePath);
  const outcome = screenHousehold(household ?? {}, date ? { date } : {});
  if (!outcome.ok) {
    throw invalid(outcome.errors.map((e) => ({ path: `${path}.${e.path}`, ko: e.message.ko, en: e.message.en })));
  }
  return outcome;
}

export function toSnapshot(s: Screening): ProgramSnapshot[] {
  return s.programs.map((p) => {
    const marked = markedReasons(p);
    return withOptional(p, {
      id: p.id,
      name: p.name.ko,
      status: p.status,
      amount: p.amount,
      reasons: marked.map((r) => r.ko),
      nameEn: p.name.en,
      reasonsEn: marked.map((r) => r.en),
      amountLabel: p.amountLabel === null ? null : { ko: p.amountLabel.ko, en: p.amountLabel.en },
      missing: [...p.missing]
        .sort((a, b) => a.rank - b.rank)
        .map((m) => ({ ko: m.label.ko, en: m.label.en, path: m.path })),
      figures: p.parameters.map((f) => ({
        id: f.id,
        label: { ko: f.label.ko, en: f.label.en },
        value: f.value,
        unit: String(f.unit),
        keys: [...f.keys],
        from: f.from,
      })),
    });
  });
}

/** Only when set, as older snapshots (and results on a year's own figures, or on no weak figure) have no such keys. */
function withOptional(from: Screening['programs'][number], p: ProgramSnapshot): ProgramSnapshot {
  if (from.figuresYear !== undefined) p.figuresYear = from.figuresYear;
  if (from.figuresNote !== undefined) p.figuresNote = { ko: from.figuresNote.ko, en: from.figuresNote.en };
  return p;
}

const STATUS_KO = { eligible: '대상', ineligible: '비대상', unknown: '판단 보류' } as const;
// Both forms end on a consonant, so the particle is always 으로 ("275,000원으로", "없음으로").
const won = (n: number | null) => (n === null ? '없음' : wonKo(n));

/** How many changed answers a program's line names; the rest are counted (16 names a line read as a wall). */
const ANSWERS_NAMED = 3;
const firstFew = (xs: readonly string[], more: (n: number) => string) =>
  xs.length > ANSWERS_NAMED
    ? `${xs.slice(0, ANSWERS_NAMED).join(', ')} ${more(xs.length - ANSWERS_NAMED)}`
    : xs.join(', ');

/**
 * What changed between two screenings of one case, program by program, and why, naming the cause:
 * a figure of the rules that changed ("2026년 기준 중위소득 인상(…)"), the household's own answers
 * ("가구 답 변화: 월세"), the rules themselves (a new rulesVersion with no figure to name), or the
 * date alone (ages, dated figures the program did not read before).
 */
export function diffScreenings(
  before: { programs: ProgramSnapshot[]; rulesVersion: string; date: string; household: unknown } | undefined,
  after: { programs: ProgramSnapshot[]; rulesVersion: string; date: string; household: unknown },
): Change[] {
  if (!before) return [];
  const answers = answerChanges(before.household, after.household);
  // Each program is told only the answers it reads (and the household's size).
  const answersFor = (id: string): Why | null => {
    const program = findProgram(id)?.program;
    const read = changesReadBy(answers, program ? inputsRead(program) : null);
    // People's own answers (incomes, ages) first: of the few named, those most often move a result.
    const mine = [
      ...read.filter((a) => a.field?.scope === 'member'),
      ...read.filter((a) => a.field?.scope !== 'member'),
    ];
    return mine.length
      ? {
          ko: `가구 답 변화(${firstFew(
            mine.map((a) => a.ko),
            (n) => `외 ${n}개`,
          )})`,
          en: `changes in the household's answers (${firstFew(
            mine.map((a) => a.en),
            (n) => `and ${n} more`,
          )})`,
        }
      : null;
  };
  const context: Omit<Context, 'answers'> = {
    // The fingerprint is for the record, not for the counselor's sentence (it read as a code).
    rules:
      before.rulesVersion !== after.rulesVersion
        ? { ko: '제도 규칙이나 수치의 변경', en: 'a change in the program rules or figures' }
        : null,
    date:
      before.date !== after.date
        ? {
            ko: `기준일 변화(${before.date} → ${after.date}: 나이와 그날의 기준)`,
            en: `the screening date moving (${before.date} → ${after.date}: ages and that day's figures)`,
          }
        : null,
  };
  const old = new Map(before.programs.map((p) => [p.id, p]));
  const changes: Change[] = [];
  for (const now of after.programs) {
    const was = old.get(now.id) ?? null;
    old.delete(now.id);
    if (was && was.status === now.status && was.amount === now.amount) continue;
    const why = explain(was, now, { ...context, answers: answersFor(now.id) });
    changes.push({ programId: now.id, name: now.name, before: was, after: now, why });
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

interface Context {
  answers: Why | null;
  rules: Why | null;
  date: Why | null;
}

/**
 * A reason without its weak-figure mark or, in older snapshots, the note that followed it (both of
 * its wordings): the same finding is not a changed reason because the way it was marked changed.
 */
const reasonCore = (r: string) =>
  r.endsWith(WEAK_MARK) ? r.slice(0, -WEAK_MARK.length) : r.replace(/ \((참고|확인 필요): 이 판단에 쓴 .*\)$/, '');

const SUBJECT_PARTICLE = { eligible: '이', ineligible: '이', unknown: '가' } as const;
const STATUS_EN = { eligible: 'eligible', ineligible: 'not eligible', unknown: 'undecided' } as const;

function explain(was: ProgramSnapshot | null, now: ProgramSnapshot, context: Context): Why {
  const nameEn = now.nameEn ?? now.id;
  if (!was) {
    return { ko: `새로 선별한 제도: ${STATUS_KO[now.status]}`, en: `newly screened: ${STATUS_EN[now.status]}` };
  }
  const outcome =
    was.status !== now.status
      ? {
          ko: `${now.name} ${STATUS_KO[now.status]}${SUBJECT_PARTICLE[now.status]} 되었어요 (전에는 ${STATUS_KO[was.status]})`,
          en: `${nameEn} became ${STATUS_EN[now.status]} (was ${STATUS_EN[was.status]})`,
        }
      : {
          ko: `${now.name} 금액이 ${won(was.amount)}에서 ${won(now.amount)}으로 바뀌었어요`,
          en: `${nameEn}'s amount changed from ${was.amount ?? '-'} to ${now.amount ?? '-'} KRW`,
        };
  // Named figures first: they are the cause a counselor can tell the person about.
  const causes: (Why | null)[] = [...figureCauses(was.figures, now.figures), context.answers];
  if (!causes.some(Boolean)) causes.push(context.rules ?? context.date);
  const named = causes.filter((c): c is Why => c !== null);
  const before = new Set(was.reasons.map(reasonCore));
  // Said without its ※: the note naming the figure is not beside this sentence.
  const changed = now.reasons.find((r) => !before.has(reasonCore(r)));
  const decisive = changed === undefined ? undefined : reasonCore(changed);
  if (named.length === 0) return { ko: [outcome.ko, decisive].filter(Boolean).join(' · '), en: outcome.en };
  return {
    ko: [`${named.map((c) => c.ko).join(', ')} 때문에 ${outcome.ko}`, decisive].filter(Boolean).join(' · '),
    en: `Because of ${named.map((c) => c.en).join(', ')}, ${outcome.en}`,
  };
}
