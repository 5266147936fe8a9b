import { describe, expect, it } from 'vitest';
import { labelFor, optionsOf } from '../src/shared/ui/options.ts';

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

describe('labelFor', () => {
  const labels = { dong: { ko: '동구', en: 'Dong-gu' } };
  it('gives a key’s label in the language l picks, and an unknown key as itself', () => {
    expect(labelFor(labels, 'dong', (x) => x.en)).toBe('Dong-gu');
    expect(labelFor(labels, 'dong', (x) => x.ko)).toBe('동구');
    expect(labelFor(labels, 'unlisted', (x) => x.en)).toBe('unlisted');
    expect(labelFor(labels, 'constructor', (x) => x.en)).toBe('constructor');
  });
});
