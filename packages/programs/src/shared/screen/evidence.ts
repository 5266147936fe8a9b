import { type Evidence, figuresUnder, isWeakEvidence, type Label, type ParameterUse, type Program } from '@jibsa/rules';

/**
 * Which figures a criterion rests on, so its reason can say when one of them is below `secondary`
 * (issue 16, graded evidence): those under its rule, following variables (the rules' figuresUnder,
 * which also gives a reason the figures of the parts it words).
 */
const paramsByCriterion = new WeakMap<Program, ReadonlyMap<string, readonly string[]>>();

function criterionParams(program: Program): ReadonlyMap<string, readonly string[]> {
  let map = paramsByCriterion.get(program);
  if (!map) {
    map = new Map(program.criteria.map((c) => [c.id, figuresUnder(program, c.expr)]));
    paramsByCriterion.set(program, map);
  }
  return map;
}

export type Reason = {
  readonly id: string;
  readonly outcome: boolean | null;
  readonly text: Label;
  /** The reason rests on a figure below `secondary`: the result's `figuresNote` names them (shown once, not per reason). */
  readonly weak?: true;
};

/**
 * Reasons whose decided criterion used a figure below `secondary` are marked `weak`, and one note
 * for the result names every such figure those reasons rest on; with the weakest grade among all
 * figures the screening read (`official` when it read none). The note was appended to each reason,
 * and a citizen's card read the same two sentences up to four times (found in a walkthrough). A
 * reason's figures are those of the parts of its rule it words (`worded[i]`, the rules'
 * DecisionWithReasons criteria `figures`): a rule met by an age exemption is not marked for the
 * income figures of its other branch. `reasons` is the caller's to give: returned as it is when no
 * reason is marked.
 */
export function gradeReasons(
  program: Program,
  reasons: Reason[],
  used: readonly ParameterUse[],
  worded: readonly (readonly string[])[],
): { reasons: Reason[]; evidence: Evidence; figuresNote?: Label } {
  // Plain loops: screening runs this for every program of every household. Grades compare as
  // strings (weakestEvidence's answer, without an array of grades and an indexOf per figure).
  let evidence: Evidence = 'official';
  let weak: ParameterUse[] | null = null;
  for (let i = 0; i < used.length; i++) {
    const u = used[i] as ParameterUse;
    const g = u.evidence;
    if (g === 'official') continue;
    if (g === 'secondary') {
      if (evidence === 'official') evidence = g;
      continue;
    }
    if (g === 'recall' || (g === 'single' && evidence !== 'recall')) evidence = g;
    if (!isWeakEvidence(g)) continue;
    if (weak === null) weak = [];
    weak.push(u);
  }
  if (weak === null) return { reasons, evidence };
  const notes = notesFor(program, weak);
  let out: Reason[] | null = null;
  let noted: ParameterUse[] | null = null;
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i] as Reason;
    const found = r.outcome === null ? undefined : notes.get(r.id);
    const figures = found ? figuresOfWorded(found, worded[i] ?? []) : null;
    if (figures === null) continue;
    if (out === null) out = reasons.slice();
    out[i] = { id: r.id, outcome: r.outcome, text: r.text, weak: true };
    // In reading order, each figure once (reasons share figures: 소득인정액's deductions).
    if (noted === null) noted = [];
    for (const u of figures) if (!noted.some((n) => n.id === u.id)) noted.push(u);
  }
  if (out === null || noted === null) return { reasons, evidence };
  return { evidence, reasons: out, figuresNote: noteFor(noted) };
}

/**
 * A criterion's weak figures (in its rule's order); with the last list of worded figures asked
 * about and the weak figures among them (a reason wording one part of its rule gets that part's
 * list, the same array for every household: explain/worded.ts).
 */
interface CriterionNote {
  readonly figures: readonly ParameterUse[];
  lastWorded: readonly string[] | null;
  lastFigures: readonly ParameterUse[] | null;
}

/** The figures among `all` that the reason worded (`all`'s own when it worded every one); null for none. */
function figuresOfWorded(all: CriterionNote, worded: readonly string[]): readonly ParameterUse[] | null {
  if (all.lastWorded === worded) return all.lastFigures;
  const figures = newFiguresOfWorded(all, worded);
  all.lastWorded = worded;
  all.lastFigures = figures;
  return figures;
}

function newFiguresOfWorded(all: CriterionNote, worded: readonly string[]): readonly ParameterUse[] | null {
  let figures: ParameterUse[] | null = null;
  for (let i = 0; i < all.figures.length; i++) {
    const u = all.figures[i] as ParameterUse;
    if (worded.includes(u.id)) {
      if (figures !== null) figures.push(u);
      continue;
    }
    if (figures === null) figures = all.figures.slice(0, i) as ParameterUse[];
  }
  if (figures === null) return all.figures;
  return figures.length === 0 ? null : figures;
}

/**
 * Each criterion's weak figures and their note (or none) for the weak figures a result read, in
 * reading order. Households read the same few sets (records are shared per cell), so they are kept
 * per program for the sets seen last, found again by the identity of the records.
 */
const notesBySet = new WeakMap<Program, { readonly weak: readonly ParameterUse[]; readonly notes: Notes }[]>();
type Notes = ReadonlyMap<string, CriterionNote | null>;

function notesFor(program: Program, weak: readonly ParameterUse[]): Notes {
  let seen = notesBySet.get(program);
  if (seen === undefined) {
    seen = [];
    notesBySet.set(program, seen);
  }
  for (const s of seen) if (sameFigures(s.weak, weak)) return s.notes;
  // By id, the last record read of each figure (a table's cells share an id), as the note names it.
  const byId = new Map<string, ParameterUse>();
  for (const u of weak) byId.set(u.id, u);
  const notes = new Map<string, CriterionNote | null>();
  for (const [id, ids] of criterionParams(program)) notes.set(id, noteOf(ids, byId));
  // Bounded: a program's sets of weak figures are few, but cells keyed by household values vary.
  if (seen.length >= 32) seen.length = 0;
  seen.push({ weak, notes });
  return notes;
}

function noteOf(ids: readonly string[], weak: ReadonlyMap<string, ParameterUse>): CriterionNote | null {
  const figures: ParameterUse[] = [];
  for (const id of ids) {
    const u = weak.get(id);
    if (u !== undefined) figures.push(u);
  }
  return figures.length === 0 ? null : { figures, lastWorded: null, lastFigures: null };
}

/**
 * The note for a set of weak figures. The same few sets recur for every household:
 * a figure's record is shared by every household that reads that cell (explain/result.ts
 * parameterUse), so a set is found again by the identity of its records, with no key to build.
 */
const notesByFirst = new WeakMap<ParameterUse, { readonly figures: readonly ParameterUse[]; readonly note: Label }[]>();

function noteFor(figures: readonly ParameterUse[]): Label {
  const first = figures[0] as ParameterUse;
  let seen = notesByFirst.get(first);
  if (seen === undefined) {
    seen = [];
    notesByFirst.set(first, seen);
  }
  for (const s of seen) if (sameFigures(s.figures, figures)) return s.note;
  const note = wordedNote(figures);
  // Bounded: the sets starting with one figure are few (a criterion's figures, some of them read).
  if (seen.length >= 64) seen.length = 0;
  seen.push({ figures, note });
  return note;
}

function sameFigures(a: readonly ParameterUse[], b: readonly ParameterUse[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The note under a result's reasons when some rest on figures below `secondary`, in words a citizen
 * reading their own result can act on (it was "확인 필요: … 수치는 출처가 하나뿐입니다", the research
 * team's words), and a counselor too (not "센터에 물어봐 주세요", which read oddly to the center's own
 * staff). The reasons it speaks of are marked ※ where they are shown. Figures found in one source
 * only and figures not found in any are named apart: one sentence for both used to say the weaker
 * of the two of every figure it named.
 */
export function weakFiguresNote(oneSource: readonly Label[], notFound: readonly Label[]): Label {
  const ko = (ls: readonly Label[]) => ls.map((l) => `'${l.ko}'`).join(', ');
  const en = (ls: readonly Label[]) => ls.map((l) => `"${l.en}"`).join(', ');
  const koParts = [
    notFound.length ? `${ko(notFound)} 기준은 아직 공식 자료에서 찾지 못했${oneSource.length ? '고' : '습니다'}` : '',
    oneSource.length ? `${ko(oneSource)} 기준은 ${notFound.length ? '' : '아직 '}한 곳의 자료로만 확인했습니다` : '',
  ].filter(Boolean);
  const enParts = [
    notFound.length
      ? `${en(notFound)} used here ${notFound.length > 1 ? 'have' : 'has'} not been found in an official source yet`
      : '',
    oneSource.length
      ? `${en(oneSource)}${notFound.length ? '' : ' used here'} ${oneSource.length > 1 ? 'are' : 'is'} checked against one source only so far`
      : '',
  ].filter(Boolean);
  return {
    ko: `※ 표시한 판단에 쓴 ${koParts.join(', ')}. 신청 전에 담당 기관에 확인해 주세요.`,
    en: `※ Reasons marked so: ${enParts.join(', and ')}. Check with the office in charge before applying.`,
  };
}

/** Worded once per set of ids, grades and labels (labels are the definitions' own). */
const notes = new Map<string, Label>();

function wordedNote(figures: readonly ParameterUse[]): Label {
  let key = '';
  for (const u of figures) key += `${u.id}:${u.evidence}:${u.label.ko}|${u.label.en};`;
  let note = notes.get(key);
  if (note === undefined) {
    note = weakFiguresNote(
      figures.filter((u) => u.evidence === 'single').map((u) => u.label),
      figures.filter((u) => u.evidence !== 'single').map((u) => u.label),
    );
    // Bounded: ids come from the catalog and a center's local programs, never from households.
    if (notes.size >= 1000) notes.clear();
    notes.set(key, note);
  }
  return note;
}
