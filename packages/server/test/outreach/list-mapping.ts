/**
 * How the outreach tests' household lists map their Korean headers to household fields: one table for the
 * lists that share these columns (each test adds its own extra columns).
 */
export const LIST_MAPPING = {
  성명: 'reference',
  생년월일: 'head.birthDate',
  구: 'gwangjuDistrict',
  점유형태: 'tenure',
  주거유형: 'housingType',
  보증금: 'deposit',
  월세: 'monthlyRent',
  월소득: 'head.earnedIncome',
  사업소득: 'head.businessIncome',
  연금: 'head.pensionIncome',
  기타소득: 'head.otherIncome',
  금융재산: 'financialAssets',
  자동차: 'carValue',
  부채: 'debts',
  기타재산: 'otherProperty',
  주택소유: 'ownsHome',
  가구원수: 'householdSize',
} as const;

export type ListHeader = keyof typeof LIST_MAPPING;

/** Those columns' headers, in the lists' order. */
export const LIST_HEADERS = Object.keys(LIST_MAPPING) as ListHeader[];

/** The mapping for a list that has only some of these columns, in its own order: each read as above. */
export function mappingFor(headers: readonly ListHeader[]): Partial<Record<ListHeader, string>> {
  return Object.fromEntries(headers.map((h) => [h, LIST_MAPPING[h]]));
}
