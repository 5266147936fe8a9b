import { defineStrings } from '../../i18n/index.tsx';

/** What the outreach screen says of households it could not decide, and of a list read with what it lacks as none. */
export const undecidedStrings = defineStrings(
  {
    jobLead:
      '받을 수 있을 것 같은 제도를 아직 판단하지 못한 가구가 {n}곳 있습니다. 명단에 없는 내용을 알면 받을 수도 있으니 더 알아봐야 할 가구입니다 (아래 “더 알아봐야 할 가구만 보기”).',
    previewLead: '미리 본 가구 중 {n}곳은 받을 수 있을 것 같은 제도를 아직 판단하지 못했습니다.',
    heldBack: '무엇이 모자라 판단하지 못했는지 (가구가 많은 것부터)',
    noColumn: '{field}: 목록에 이 항목의 열이 없어 {n}가구를 판단하지 못했습니다.',
    blankColumn: '{field}: “{column}” 열이 비어 있어 {n}가구를 판단하지 못했습니다.',
    members: '{field}: 명단에는 가구주만 있어 {n}가구를 판단하지 못했습니다.',
    noneButUndecided: '없음 (판단하지 못한 가구 {n}곳은 위 안내를 보세요)',
    undecidedRow: '아직 판단 못 함 (제도 {n}개)',
    assumeNone: '목록에 없는 항목(자동차·부채·금융재산·기타소득·근로소득 공제 대상 등)은 없는 것으로 보고 선별',
    assumeNoneHelp:
      '기본은 꺼져 있습니다: 목록에 없는 항목은 “모름”으로 두고, 그 때문에 판단하지 못한 가구는 “더 알아봐야 할 가구”가 됩니다. 켜면 목록에 열이 없는 항목을 0원·해당 없음으로 보고 선별하며, 결과·내려받기·정책 모의 계산에 그 가정이 적힙니다. 목록에 있는 열의 빈칸은 그대로 “모름”입니다.',
    assumedJob: '이 결과는 목록에 없는 항목을 없는 것으로 보고 선별했습니다: {fields}.',
    assumedPreview: '미리 보기도 목록에 없는 항목을 없는 것으로 보고 선별했습니다: {fields}.',
    assumedWhatIf:
      '이 명단을 선별할 때처럼 목록에 없는 항목을 없는 것으로 보고 세었습니다 (지원액 합계 포함): {fields}.',
    amountsUnknown:
      '금액을 모르는 가구는 합계에 들어가지 않습니다. 명단에 없는 항목(예: 근로소득 공제를 받는 대상) 때문이면, 명단을 “목록에 없는 항목은 없는 것으로 보고 선별”로 다시 선별해 모의 계산하면 더할 수 있습니다.',
  },
  {
    jobLead:
      '{n} households could not be decided yet for any program. They might qualify once what the list lacks is known: households to look into (“Only households to look into” below).',
    previewLead: '{n} of the households previewed could not be decided yet for any program.',
    heldBack: 'What held them back (most households first)',
    noColumn: '{field}: the list has no column for it, so {n} households could not be decided.',
    blankColumn: '{field}: the “{column}” column is blank, so {n} households could not be decided.',
    members: '{field}: the list names only the head, so {n} households could not be decided.',
    noneButUndecided: 'None (for the {n} households not decided, see above)',
    undecidedRow: 'Not decided yet ({n} programs)',
    assumeNone:
      'Screen what the list has no column for (car, debts, savings, other income, earnings-deduction group…) as none',
    assumeNoneHelp:
      'Off by default: what the list lacks stays unknown, and households it leaves undecided are households to look into. On: fields the list has no column for are taken as 0 won or none of these, and the results, downloads and policy what-if say so. Blank cells of columns the list has stay unknown.',
    assumedJob: 'These results took what the list has no column for as none: {fields}.',
    assumedPreview: 'The preview too took what the list has no column for as none: {fields}.',
    assumedWhatIf:
      'Counted as the list was screened, taking what it has no column for as none (amounts included): {fields}.',
    amountsUnknown:
      'Households whose amount is unknown are not in the sums. When it is for want of something the list lacks (such as the earnings-deduction group), screen the list again taking what it lacks as none and run the what-if on that screening.',
  },
);
