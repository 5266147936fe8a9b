/**
 * Questions that cannot change any result while another answer is unknown: the car's use, kind,
 * engine and age only set how its value counts, and the parents' household size only picks the
 * line their income is held to. After "잘 모르겠어요" to the value (or the income), asking them
 * would only make the self-check longer: `screenHousehold` lists them among the next questions
 * because the value might still be learned. Checked against the engine on random households
 * (test/moot-questions.test.ts): with the value unknown, no answer to these moves any program's
 * status or amount.
 */
export const MOOT_WHILE_UNKNOWN: Readonly<Record<string, string>> = {
  carUse: 'carValue',
  carKind: 'carValue',
  carEngine: 'carValue',
  carOld: 'carValue',
  parentsHouseholdSize: 'parentsMonthlyIncome',
};
