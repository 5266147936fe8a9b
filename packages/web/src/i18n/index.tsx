import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { catalog } from './catalog.ts';
import { check } from './check.ts';
import type { Shape } from './define.ts';
import { markKorean } from './mark-korean.tsx';
import { result } from './result.ts';
import { shell } from './shell.ts';
import { ui } from './ui.ts';

export type Lang = 'ko' | 'en';

/**
 * One string table per feature. The app merges them into one `t` for convenience, so a key may
 * live in one namespace only: a key in two would let the later table silently replace the earlier
 * one's wording (this is how 마이홈's phone number came to be read as "연락처 (휴대전화)").
 * `NoSharedKeys` refuses that at compile time and test/i18n.test.ts at run time.
 * Areas loaded on demand (staff, board, the consultation form, the catalog's pages) keep their own table and read it with `useStrings`.
 */
export const namespaces = { ui, shell, check, result, catalog } as const;

type Namespaces = typeof namespaces;
type KeysOf<N extends keyof Namespaces> = keyof Namespaces[N]['ko'];
type SharedKeys = {
  [A in keyof Namespaces]: { [B in Exclude<keyof Namespaces, A>]: KeysOf<A> & KeysOf<B> }[Exclude<keyof Namespaces, A>];
}[keyof Namespaces];
const noSharedKeys: [SharedKeys] extends [never] ? true : { collision: SharedKeys } = true;
void noSharedKeys;

/** "phone: catalog, consult" for every key found in more than one table. */
export function keyCollisions(
  tables: Readonly<Record<string, { readonly ko: object; readonly en: object }>>,
): string[] {
  const owners = new Map<string, string[]>();
  for (const [ns, table] of Object.entries(tables)) {
    for (const key of new Set([...Object.keys(table.ko), ...Object.keys(table.en)])) {
      owners.set(key, [...(owners.get(key) ?? []), ns]);
    }
  }
  return [...owners].filter(([, ns]) => ns.length > 1).map(([key, ns]) => `${key}: ${ns.join(', ')}`);
}

function build(lang: Lang) {
  return {
    ...namespaces.ui[lang],
    ...namespaces.shell[lang],
    ...namespaces.check[lang],
    ...namespaces.result[lang],
    ...namespaces.catalog[lang],
  };
}

export type T = ReturnType<typeof build>;

const dictionaries: Record<Lang, T> = { ko: build('ko'), en: build('en') };

interface I18n {
  readonly lang: Lang;
  readonly t: T;
  /** Picks the reader's language from a catalog {ko, en} label. */
  readonly l: (label: { readonly ko: string; readonly en: string }) => string;
  /** `l` for page text: on the English page, the Korean in it is marked lang="ko" (WCAG 3.1.2). */
  readonly k: (label: { readonly ko: string; readonly en: string } | string) => ReactNode;
  readonly setLang: (lang: Lang) => void;
}

const Ctx = createContext<I18n>({
  lang: 'ko',
  t: dictionaries.ko,
  l: (x) => x.ko,
  k: (x) => (typeof x === 'string' ? x : x.ko),
  setLang: () => {},
});

export function I18nProvider(props: { lang: Lang; setLang: (l: Lang) => void; children: ReactNode }) {
  const { lang, setLang } = props;
  const value = useMemo<I18n>(
    () => ({
      lang,
      t: dictionaries[lang],
      l: (x) => x[lang],
      k: (x) => markKorean(typeof x === 'string' ? x : x[lang], lang),
      setLang,
    }),
    [lang, setLang],
  );
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  return useContext(Ctx);
}

/** A lazily loaded area's own table (made with defineStrings) in the reader's language. */
export function useStrings<S>(table: { readonly ko: Shape<S>; readonly en: Shape<S> }): Shape<S> {
  return table[useContext(Ctx).lang];
}

export { defineStrings, fill } from './define.ts';
export { dictionaries };
