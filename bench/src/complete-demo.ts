/**
 * The demo data leaves a car's age and use and each earner's deduction group unasked (a citizen is asked them
 * only when they could decide). The engine benches answer them so that their households are complete: the
 * hand-loop peer, which knows no exemptions, can then be checked on every one, and the figures measure the
 * rule rather than the bounds an unknown input opens. The car's age has its own seeded draw, so the demo
 * draws stay as they are.
 */
export function completeDemo(demo: Record<string, unknown>, carAge: { chance(p: number): boolean }) {
  if (Number(demo.carValue) > 0) Object.assign(demo, { carOld: carAge.chance(0.4), carUse: 'none' });
  const members = Array.isArray(demo.members) ? (demo.members as Record<string, unknown>[]) : [];
  for (const m of members) {
    if (Number(m.earnedIncome ?? 0) > 0 || Number(m.businessIncome ?? 0) > 0) m.earnerGroup = 'none';
  }
  return demo;
}
