import { describe, expect, it } from 'vitest';
import { readAs } from '../src/assume-none.ts';
import { mapRow } from '../src/mapping.ts';

describe('readAs: what a list has no column for, taken as none', () => {
  const headers = ['성명', '생년월일', '월소득', '자동차'];
  const mapping = { 성명: 'reference', 생년월일: 'head.birthDate', 월소득: 'head.earnedIncome', 자동차: 'carValue' };

  it('reads the list as it is when not asked to', () => {
    const view = readAs(headers, mapping, false);
    expect(view.assumed).toEqual([]);
    expect(view.cells(['김가상', '1948.5.1', '0', '0'])).toEqual(['김가상', '1948.5.1', '0', '0']);
  });

  it('fills the fields the list lacks, never one it has, and leaves a blank cell unknown', () => {
    const view = readAs(headers, mapping, true);
    const keys = view.assumed.map((f) => f.key);
    expect(keys).toContain('debts');
    expect(keys).toContain('head.earnerGroup');
    expect(keys).not.toContain('carValue');
    expect(keys).not.toContain('head.earnedIncome');
    const row = mapRow(view.headers, view.cells(['김가상', '1948.5.1', '30만', '']), view.mapping);
    expect(row.errors).toEqual([]);
    expect(row.household).toMatchObject({ debts: 0, financialAssets: 0, otherProperty: 0 });
    // The list's own column left blank stays unknown.
    expect(row.household).not.toHaveProperty('carValue');
    expect(row.household.members).toEqual([
      expect.objectContaining({ earnedIncome: 300_000, otherIncome: 0, earnerGroup: 'none', disabled: false }),
    ]);
  });

  it('makes no head out of a row that names nobody, and pads a short row before its added cells', () => {
    const view = readAs(headers, mapping, true);
    const short = mapRow(view.headers, view.cells(['김가상']), view.mapping);
    expect(short.household).not.toHaveProperty('members');
    expect(short.household).toMatchObject({ debts: 0 });
    // Without any column about the head, nothing of the head is assumed.
    expect(readAs(['자동차'], { 자동차: 'carValue' }, true).assumed.map((f) => f.key)).not.toContain(
      'head.otherIncome',
    );
  });
});
