import type { ReceiptKey } from '@jibsa/lists';

/**
 * Which programs each "already receives" answer of a list covers. Three are household fields the
 * engine reads too (수급 여부 for 주거·생계·의료급여); the rest are the list's own (`@jibsa/lists`
 * RECEIPT_KEYS, with their labels and column names), read only to tell "eligible but not
 * receiving" (사각지대) from "eligible and served". The first answer that covers a program wins.
 */
const prefix =
  (...ids: string[]) =>
  (id: string) =>
    ids.some((p) => id === p || id.startsWith(`${p}.`));

type HouseholdReceipt = 'receivesHousingBenefit' | 'receivesLivelihoodBenefit' | 'receivesMedicalBenefit';

const COVERS: Record<HouseholdReceipt | ReceiptKey, (programId: string) => boolean> = {
  receivesHousingBenefit: prefix('housing-benefit'),
  receivesLivelihoodBenefit: prefix('basic-livelihood.livelihood'),
  receivesMedicalBenefit: prefix('basic-livelihood.medical'),
  'receives.educationBenefit': prefix('basic-livelihood.education'),
  'receives.publicRental': prefix(
    'public-rental',
    'vulnerable-housing',
    'senior-welfare-housing',
    'gwangju-local.gmcc-rental',
  ),
  'receives.emergencyHousing': prefix('emergency-housing'),
  'receives.youthRent': prefix('youth-rent', 'gwangju-local.city-housing-programs'),
  'receives.jeonseLoan': prefix('jeonse-loan'),
  'receives.homeRepair': prefix('home-repair'),
};

/** Every mapping key that says what a household receives. */
export const RECEIPT_KEYS: ReadonlySet<string> = new Set(Object.keys(COVERS));

/**
 * Whether the list says the household receives a program: from the household's own 수급 fields
 * and the list-only answers (`MappedRow.receives`). Undefined when no mapped column speaks of it.
 */
export function receiptOf(
  household: Record<string, unknown>,
  listOnly: Readonly<Record<string, boolean>> = {},
): (programId: string) => boolean | undefined {
  const known: [(id: string) => boolean, boolean][] = [];
  for (const [key, covers] of Object.entries(COVERS)) {
    const v = key.startsWith('receives.') ? listOnly[key] : household[key];
    if (typeof v === 'boolean') known.push([covers, v]);
  }
  return (id) => known.find(([covers]) => covers(id))?.[1];
}

/**
 * Whether a list mapped with `mapping` can say if a household receives program `programId`: some
 * mapped column covers it. A program none covers has no 사각지대 count (unknown), not 0.
 */
export function receiptCovers(mapping: Readonly<Record<string, string>>): (programId: string) => boolean {
  const mapped = Object.values(mapping);
  const covers = Object.entries(COVERS)
    .filter(([key]) => mapped.includes(key))
    .map(([, c]) => c);
  return (id) => covers.some((c) => c(id));
}
