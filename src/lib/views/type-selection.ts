import { DEFAULT_LOCALE, strings, type Locale } from '../../i18n/index.ts';

/** How many types the compare page's picker shows side by side. */
export const PICKED = { min: 2, max: 4 } as const;

/**
 * Which types a reader chose to compare: 2 to 4 known ids, in the order given,
 * without repeats. A problem is an id; the picker says it in the page's words
 * (`compare.picker`).
 */
export function parseTypeSelection(requested: string[], known: string[]): { ids: string[]; problem?: 'too-few' | 'too-many' } {
  const ids = [...new Set(requested.filter((id) => known.includes(id)))];
  if (ids.length === 0) return { ids: [] };
  if (ids.length < PICKED.min) return { ids: [], problem: 'too-few' };
  if (ids.length > PICKED.max) return { ids: [], problem: 'too-many' };
  return { ids };
}

/**
 * What the picker's script says, in the page's language: it travels as JSON
 * in the page (the form's data-words), and the script fills the templates.
 * (Keeping the script apart from the page, which its shared plural and
 * template helpers do, is what keeps /compare/ within its HTML budget.)
 */
export function pickerWords(locale: Locale = DEFAULT_LOCALE) {
  return { locale, ...strings(locale).compare.picker };
}

export type PickerWords = ReturnType<typeof pickerWords>;
