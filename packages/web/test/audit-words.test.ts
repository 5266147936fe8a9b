import { AUDIT_ACTIONS, AUDIT_AREAS } from '@jibsa/server/audit-vocabulary';
import { describe, expect, it } from 'vitest';
import { actionChoices } from '../src/staff/admin/audit-words.ts';

describe('the audit log screen in words', () => {
  const whole = (area: string) => `${area} 전체`;

  it('the action filter offers every area as a whole and every action once, by its words', () => {
    const { options, groups } = actionChoices('ko', whole, '');
    expect(options).toEqual([]);
    const values = groups.flatMap((g) => g.options.map((o) => o.value));
    expect(values.sort()).toEqual([...Object.keys(AUDIT_AREAS), ...Object.keys(AUDIT_ACTIONS)].sort());
    const cases = groups.find((g) => g.label === '사례');
    expect(cases?.options.slice(0, 1)).toEqual([{ value: 'case.', label: '사례 전체' }]);
    expect(cases?.options).toContainEqual({ value: 'case.read', label: '사례 열람' });
    const english = actionChoices('en', (area) => `${area}: all`, 'outreach.upload').groups.flatMap((g) => g.options);
    expect(english).toContainEqual({ value: 'outreach.upload', label: 'Uploaded an outreach list' });
  });

  it('a filter that is none of the choices (an old code) is offered as itself', () => {
    expect(actionChoices('ko', whole, 'case.legacy_read').options).toEqual([
      { value: 'case.legacy_read', label: 'case.legacy_read' },
    ]);
    expect(actionChoices('ko', whole, 'case.').options).toEqual([]);
  });
});
