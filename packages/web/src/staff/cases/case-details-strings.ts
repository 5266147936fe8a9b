import { householdSchema } from '@jibsa/programs';
import { defineStrings } from '../../i18n/index.tsx';

/** Words of the case page's editor of housing, income, assets and needs. */
export const caseDetailsStrings = defineStrings(
  {
    title: '사례 정보 고치기 (주거·소득·재산·필요)',
    unfold: '펼쳐서 고치기',
    fold: '접기',
    lead: '모르는 칸은 비워 두세요. 0원이면 0을 적어야 선별에서 "알 수 없음"이 줄어듭니다.',
    incomesTitle: '가구원별 한 달 소득 (원)',
    assetsTitle: '가구의 재산과 빚 (원)',
    member: '가구원',
    save: '사례 정보 저장',
    saved: '사례 정보를 저장했습니다. "지금 선별하기"를 누르면 새 정보로 선별합니다.',
    revert: '적은 것을 버리고 저장된 내용으로 되돌리기',
    conflictTitle: '그사이 다른 사람이 이 사례를 고쳤습니다.',
    conflictLead:
      '최신 내용을 불러왔습니다. 적어 두신 값은 그대로 남아 있습니다. 바뀐 항목을 확인하고 다시 저장하거나, 저장된 내용으로 되돌리세요.',
    conflictFields: '바뀐 항목',
    storedNow: '지금 저장된 값',
    empty: '(비어 있음)',
    notNumber: '숫자로 적어 주세요 (예: 1,500,000).',
    ownsHome: '가구원 중 집을 가진 사람이 있나요?',
    unknown: '모름',
    yes: '예',
    no: '아니요',
  },
  {
    title: 'Edit case details (housing, income, assets, needs)',
    unfold: 'Open to edit',
    fold: 'Fold',
    lead: 'Leave a field empty if you do not know it. Write 0 for nothing, so screening has fewer unknowns.',
    incomesTitle: 'Monthly income per member (KRW)',
    assetsTitle: "Household's assets and debts (KRW)",
    member: 'Member',
    save: 'Save case details',
    saved: 'Case details saved. Press "Screen now" to screen with them.',
    revert: 'Drop what I typed and go back to the saved details',
    conflictTitle: 'Someone else changed this case meanwhile.',
    conflictLead:
      'The latest details have been loaded. What you typed is still here. Check what changed, then save again, or go back to the saved details.',
    conflictFields: 'Changed',
    storedNow: 'Saved now',
    empty: '(empty)',
    notNumber: 'Write a number (for example 1,500,000).',
    ownsHome: 'Does anyone in the household own a home?',
    unknown: 'Not known',
    yes: 'Yes',
    no: 'No',
  },
);

type Label = { ko: string; en: string };
const labelOf = (field: unknown): Label => (field as { label: Label }).label;

/** The engine's income kinds per member, in its own words (one list, not a copy). */
export const INCOME_KEYS = ['earnedIncome', 'businessIncome', 'pensionIncome', 'otherIncome'] as const;
export const INCOME_LABEL = Object.fromEntries(
  INCOME_KEYS.map((k) => [k, labelOf(householdSchema.member[k])]),
) as Record<(typeof INCOME_KEYS)[number], Label>;

/** The household's assets and debts the engine reads for 소득인정액. */
export const ASSET_KEYS = ['financialAssets', 'residentialProperty', 'otherProperty', 'carValue', 'debts'] as const;
export const ASSET_LABEL = Object.fromEntries(
  ASSET_KEYS.map((k) => [k, labelOf(householdSchema.household[k])]),
) as Record<(typeof ASSET_KEYS)[number], Label>;

/** What a 409 names (the server's field keys) in plain words. */
export const CHANGED_FIELD_LABEL: Record<string, Label> = {
  people: { ko: '가구원', en: 'People' },
  housing: { ko: '주거', en: 'Housing' },
  household: { ko: '소득·재산', en: 'Income and assets' },
  needs: { ko: '필요한 것', en: 'Needs' },
  consent: { ko: '동의', en: 'Consent' },
  plan: { ko: '서비스 계획', en: 'Service plan' },
  status: { ko: '상태', en: 'Status' },
  assigneeId: { ko: '담당자', en: 'Handler' },
};
