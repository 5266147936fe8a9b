import { describe, expect, it } from 'vitest';
import { optionsOf } from '../src/shared/ui/options.ts';

describe('optionsOf', () => {
  const labels = { owner: { ko: '자가', en: 'Owner' }, jeonse: { ko: '전세', en: 'Jeonse' } };
  it('gives each key as a value, labelled in the language l picks, in the table’s order', () => {
    expect(optionsOf(labels, (x) => x.en)).toEqual([
      { value: 'owner', label: 'Owner' },
      { value: 'jeonse', label: 'Jeonse' },
    ]);
    expect(optionsOf(labels, (x) => x.ko).map((o) => o.label)).toEqual(['자가', '전세']);
  });
});
