import { describe, expect, it } from 'vitest';
import { boardStrings } from '../src/board/strings.ts';
import { catalogStrings } from '../src/catalog/strings.ts';
import { consultStrings } from '../src/consult/strings.ts';
import { dictionaries, keyCollisions, namespaces } from '../src/i18n/index.tsx';

/** Tables of areas loaded on demand, read with useStrings (not merged into `t`). */
const areaTables = { board: boardStrings, catalogPages: catalogStrings, consult: consultStrings };

describe('string tables', () => {
  it('no key lives in two namespaces (the merged table would read the wrong one aloud)', () => {
    expect(keyCollisions(namespaces)).toEqual([]);
  });

  it('the collision check names the key and both tables when there is one', () => {
    const a = { ko: { phone: '연락처', name: '이름' }, en: { phone: 'Phone', name: 'Name' } };
    const b = { ko: { phone: '전화' }, en: { phone: 'Phone' } };
    expect(keyCollisions({ consult: a, catalog: b })).toEqual(['phone: consult, catalog']);
  });

  it('the merged table has every key of every namespace, each with its own wording', () => {
    for (const [ns, table] of Object.entries(namespaces)) {
      for (const lang of ['ko', 'en'] as const) {
        for (const [key, text] of Object.entries(table[lang])) {
          expect((dictionaries[lang] as Record<string, unknown>)[key], `${ns}.${key} (${lang})`).toEqual(text);
        }
      }
    }
  });

  it('Korean and English tables have the same keys and no empty text', () => {
    for (const [ns, table] of Object.entries({ ...namespaces, ...areaTables })) {
      expect(Object.keys(table.en).sort(), ns).toEqual(Object.keys(table.ko).sort());
      for (const lang of ['ko', 'en'] as const) {
        for (const [key, text] of Object.entries(table[lang])) expect(String(text).trim(), `${ns}.${key}`).not.toBe('');
      }
    }
  });
});
