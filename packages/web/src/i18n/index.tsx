import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { catalogStrings } from './catalog.ts';
import { check } from './check.ts';
import { consult } from './consult.ts';
import { result } from './result.ts';
import { shell } from './shell.ts';

export type Lang = 'ko' | 'en';

const tables = { shell, check, result, catalog: catalogStrings, consult };

function build(lang: Lang) {
  return {
    ...tables.shell[lang],
    ...tables.check[lang],
    ...tables.result[lang],
    ...tables.catalog[lang],
    ...tables.consult[lang],
  };
}

export type T = ReturnType<typeof build>;

const dictionaries: Record<Lang, T> = { ko: build('ko'), en: build('en') };

interface I18n {
  readonly lang: Lang;
  readonly t: T;
  /** Picks the reader's language from a catalog {ko, en} label. */
  readonly l: (label: { readonly ko: string; readonly en: string }) => string;
  readonly setLang: (lang: Lang) => void;
}

const Ctx = createContext<I18n>({ lang: 'ko', t: dictionaries.ko, l: (x) => x.ko, setLang: () => {} });

export function I18nProvider(props: { lang: Lang; setLang: (l: Lang) => void; children: ReactNode }) {
  const { lang, setLang } = props;
  const value = useMemo<I18n>(() => ({ lang, t: dictionaries[lang], l: (x) => x[lang], setLang }), [lang, setLang]);
  return <Ctx.Provider value={value}>{props.children}</Ctx.Provider>;
}

export function useI18n(): I18n {
  return useContext(Ctx);
}

export { fill } from './define.ts';
export { dictionaries };
