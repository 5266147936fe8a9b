import { defineStrings } from '../../i18n/index.tsx';

/** Hard words of program texts and results in plain words: a program's page and the self-check's result. */
export const plainWordsStrings = defineStrings(
  {
    plainWords: '어려운 말 풀이',
    termIncome: '소득인정액',
    termIncomeText:
      '한 달 소득(일해서 번 돈, 연금 등에서 정해진 만큼을 뺀 금액)에, 집·땅·예금·자동차 같은 재산을 정해진 비율로 한 달 소득처럼 바꾼 금액을 더한 것입니다.',
    termMedian: '기준 중위소득',
    termMedianText:
      "정부가 해마다 정하는 '중간쯤 사는 가구의 한 달 소득'입니다. 가구원 수마다 다르고, 제도마다 이 금액의 몇 %로 기준을 정합니다.",
    termMedianFigure: '{year}년 1인 가구는 한 달 {amount}원입니다.',
    termUrban: '도시근로자 가구 월평균소득',
    termUrbanText:
      '도시에 사는 직장인 가구가 한 달에 버는 평균 소득입니다. 통계청 조사로 해마다 발표하며, 공공임대주택의 소득 기준에 씁니다.',
    plainWordsResultLead: '이 결과의 이유에 나온 말입니다.',
    termAssets: '총자산',
    termAssetsText: '집·땅·예금·자동차처럼 가진 재산을 모두 더하고, 갚아야 할 빚을 뺀 금액입니다.',
  },
  {
    plainWords: 'Words explained',
    termIncome: 'Recognised income',
    termIncomeText:
      'Your monthly income (earnings, pensions and so on, less set deductions) plus your property (home, land, savings, car) turned into a monthly amount at set rates.',
    termMedian: 'Standard median income',
    termMedianText:
      "The monthly income of a household in the middle, set by the government every year. It differs by household size; each program's line is a share of it.",
    termMedianFigure: 'In {year}, for one person: {amount} won a month.',
    termUrban: 'Average monthly income of urban worker households',
    termUrbanText:
      "What working households in cities earn in a month on average, published every year from Statistics Korea's survey; public rental housing uses it for its income limits.",
    plainWordsResultLead: 'Words used in the reasons above.',
    termAssets: 'Total assets',
    termAssetsText:
      'Everything you own (home, land, savings, car) added up, less the debts you still have to pay back.',
  },
);
