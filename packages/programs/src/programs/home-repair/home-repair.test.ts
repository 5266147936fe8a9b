import { describe, it } from 'vitest';
import { type Case, check, gwangjuRenter, person, without } from '../../../test/helpers.ts';
import { homeRepair } from './program.ts';

/**
 * 저소득층 집수리 (home-repair/program.ts): 고칠 곳 + 자가 또는 세입 + 저소득 (수급·차상위, or 소득인정액 ≤
 * 중위 50 %, 시행령 제3조). 50 % lines, 1인: 2019 853,504 · 2020 878,597 · 2021 913,915.5 → 913,916 ·
 * 2022 972,406 · 2023 1,038,946 · 2024 1,114,222.5 → 1,114,223 · 2025 1,196,006.5 → 1,196,007 · 2026 1,282,119.
 */
describe('저소득층 집수리', () => {
  const tenant = (pension: number, fields: Record<string, unknown> = {}) =>
    gwangjuRenter([person('head', 68, { pension })], { homeNeedsRepair: true, ...fields });
  // 집값 5,000만원 is under every year's 기본재산액 (대도시 5,400만원 in 2019), so no 재산 환산.
  const owner = tenant(600_000, { tenure: 'owner', residentialProperty: 50_000_000, deposit: 0, monthlyRent: 0 });
  const lines = [853_504, 878_597, 913_916, 972_406, 1_038_946, 1_114_223, 1_196_007, 1_282_119];
  lines.forEach((line, i) => {
    const date = `${2019 + i}-06-01`;
    const cases: Case[] = [
      {
        name: `${2019 + i}: 자가 노인, 연금 60만원, 보일러 고장`,
        date,
        household: owner,
        expect: { status: 'eligible', amount: null },
      },
      {
        name: `${2019 + i}: 세입자 소득인정액 딱 ${line}`,
        date,
        household: tenant(line),
        expect: { status: 'eligible' },
      },
      {
        name: `${2019 + i}: 세입자 ${line + 1} (1원 초과, 수급·차상위 아님)`,
        date,
        household: tenant(line + 1),
        expect: { status: 'ineligible' },
      },
      {
        name: `${2019 + i}: 고칠 곳이 있는지 모름`,
        date,
        household: without(tenant(line), 'homeNeedsRepair'),
        expect: { status: 'unknown', missing: ['homeNeedsRepair'] },
      },
    ];
    for (const c of cases) it(c.name, () => check(homeRepair, c));
  });
  it('차상위 확인을 받은 가구는 소득과 상관없이 저소득으로 봄', () =>
    check(homeRepair, {
      name: 'nearPoor',
      date: '2026-06-01',
      household: tenant(2_000_000, { nearPoor: true }),
      expect: { status: 'eligible' },
    }));
});
