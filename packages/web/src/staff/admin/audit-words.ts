import { AUDIT_ACTIONS, AUDIT_AREAS, type AuditAction, type AuditArea, areaOf } from '@jibsa/server/audit-vocabulary';

type Lang = 'ko' | 'en';
interface Choice {
  value: string;
  label: string;
}

/**
 * The action filter's choices, one group per area: the whole area first (the API's prefix filter),
 * then its actions by their words. A filter in the address that is none of these (an old code, or
 * a prefix typed by hand) is offered as itself, so the list shows what the table is filtered by.
 */
export function actionChoices(lang: Lang, wholeArea: (area: string) => string, current: string) {
  const actions = Object.keys(AUDIT_ACTIONS) as AuditAction[];
  const groups = (Object.keys(AUDIT_AREAS) as AuditArea[]).map((area) => ({
    label: AUDIT_AREAS[area][lang],
    options: [
      { value: area, label: wholeArea(AUDIT_AREAS[area][lang]) },
      ...actions.filter((a) => areaOf(a) === area).map((a) => ({ value: a, label: AUDIT_ACTIONS[a][lang] })),
    ],
  }));
  const known = current === '' || groups.some((g) => g.options.some((o) => o.value === current));
  const options: Choice[] = known ? [] : [{ value: current, label: current }];
  return { options, groups };
}
