import { strictAmount } from '../../self-check/questionnaire/money.ts';

/** The notice form's own fields as typed (NoticeForm). */
export interface NoticeDraft {
  readonly title: string;
  readonly provider: string;
  /** Chosen, never defaulted: the type decides which cases a notice is matched to. */
  readonly housingType: string;
  readonly start: string;
  readonly end: string;
  readonly minAge: string;
  readonly maxAge: string;
  readonly assetCap: string;
  readonly url: string;
}

export interface NoticeCheckWords {
  readonly required: string;
  readonly mustChoose: string;
  readonly notNumber: string;
  readonly tooBig: string;
  readonly endBeforeStart: string;
  readonly maxBelowMin: string;
  readonly urlBad: string;
}

/** The API's bounds (notices/schemas.ts), so every mistake is told in one round, before sending. */
const MAX_AGE = 120;
const MAX_ASSET_CAP = 100_000_000_000;
const URL = /^https?:\/\/\S+$/;

const age = (x: string) => (/^\d+$/.test(x.trim()) ? Number(x.trim()) : null);

/**
 * 총자산 상한 in won from what was typed in 만원 ("34500", "3억 4,500만"), or null for nothing
 * typed; NaN when it is not an amount.
 */
export function assetCapWon(typed: string): number | null {
  if (!typed.trim()) return null;
  const won = strictAmount(typed, 'man');
  return won === null || !Number.isSafeInteger(won) ? Number.NaN : won;
}

/**
 * Every problem the form can see by itself, by field: what the server would refuse one kind at a
 * time (its schema first, then dates and ages), said together.
 */
export function checkNotice(v: NoticeDraft, s: NoticeCheckWords, tooBig: (max: number) => string) {
  const out: Partial<Record<keyof NoticeDraft, string>> = {};
  for (const f of ['title', 'provider', 'end'] as const) if (!v[f].trim()) out[f] = s.required;
  if (!v.housingType) out.housingType = s.mustChoose;
  for (const f of ['minAge', 'maxAge'] as const) {
    if (!v[f].trim()) continue;
    const n = age(v[f]);
    if (n === null) out[f] = s.notNumber;
    else if (n > MAX_AGE) out[f] = tooBig(MAX_AGE);
  }
  const min = age(v.minAge);
  const max = age(v.maxAge);
  if (!out.minAge && !out.maxAge && min !== null && max !== null && min > max) out.maxAge = s.maxBelowMin;
  const cap = assetCapWon(v.assetCap);
  if (cap !== null && Number.isNaN(cap)) out.assetCap = s.notNumber;
  else if (cap !== null && cap > MAX_ASSET_CAP) out.assetCap = tooBig(MAX_ASSET_CAP / 10_000);
  if (v.start && v.end && v.start > v.end) out.end = s.endBeforeStart;
  if (v.url.trim() && !URL.test(v.url.trim())) out.url = s.urlBad;
  return out;
}
