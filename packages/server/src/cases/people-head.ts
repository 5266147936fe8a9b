import { invalid } from '../http/error-codes.ts';

type FieldError = { path: string; ko: string; en: string };
type WithRelation = { relation: string };

const heads = (people: readonly WithRelation[]) => people.filter((p) => p.relation === 'head').length;

/**
 * The engine reads every relation against one 본인 (head), so a case's people keep exactly one.
 * A change may not leave none or two. An old case that already had none (or two) is not
 * blocked on an unrelated edit (a phone number) as long as the change does not make it worse:
 * the count must then stay as it was or become one.
 */
export function headProblem(
  before: readonly WithRelation[],
  after: readonly WithRelation[],
  paths: { none: string; two: string },
) {
  if (after.length === 0) return null;
  const now = heads(after);
  if (now === 1) return null;
  const was = heads(before);
  if (was !== 1 && now === was) return null;
  if (now === 0 && after.length === 1 && before.length === 1) {
    // Nobody else could become 본인: the one person is 본인.
    return {
      path: 'relation',
      ko: '가구원이 한 명이면 그 사람이 본인(가구주)입니다.',
      en: 'a household of one: that person is the head (본인).',
    };
  }
  return now === 0
    ? {
        path: paths.none,
        ko: '가구원 중 한 명은 본인(가구주)이어야 합니다. 누가 본인이 될지 골라 주세요.',
        en: 'one person must be the head (본인); choose who becomes the head.',
      }
    : {
        path: paths.two,
        ko: '본인(가구주)은 한 명뿐입니다. 지금의 본인은 어떤 관계가 되는지 골라 주세요.',
        en: 'there is only one head (본인); choose what the present head becomes.',
      };
}

/** Throws the field error of {@link headProblem}, if any. */
export function requireOneHead(
  before: readonly WithRelation[],
  after: readonly WithRelation[],
  paths: { none: string; two: string },
) {
  const problem = headProblem(before, after, paths);
  if (problem) throw invalid([problem]);
}

/** A whole list (intake, or people replaced at once) names exactly one 본인. */
export function oneHeadInList(people: readonly WithRelation[], errors: FieldError[]) {
  if (people.length > 0 && heads(people) !== 1) {
    errors.push({
      path: 'people',
      ko:
        heads(people) === 0 ? '가구원 중 한 명을 본인(가구주)으로 적어 주세요.' : '본인(가구주)은 한 명만 적어 주세요.',
      en: heads(people) === 0 ? 'mark one person as the head (본인).' : 'mark only one person as the head (본인).',
    });
  }
}
