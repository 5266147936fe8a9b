/** A label in both languages, as the label tables (districts, relations, tenures ...) hold them. */
type Bilingual = { readonly ko: string; readonly en: string };

/**
 * A drop-down's choices from a label table: each key a value, its label in the reader's language
 * (`l` from useI18n), in the table's order.
 */
export const optionsOf = <K extends string>(
  labels: Readonly<Record<K, Bilingual>>,
  l: (label: Bilingual) => string,
): { value: K; label: string }[] =>
  (Object.entries(labels) as [K, Bilingual][]).map(([value, label]) => ({ value, label: l(label) }));

/**
 * A key's label from a label table in the reader's language, or the key itself when the table has
 * none. Own keys only: a stored code such as "constructor" is not the table's.
 */
export const labelFor = (
  labels: Readonly<Record<string, Bilingual>>,
  key: string,
  l: (label: Bilingual) => string,
): string => l((Object.hasOwn(labels, key) ? labels[key] : undefined) ?? { ko: key, en: key });
