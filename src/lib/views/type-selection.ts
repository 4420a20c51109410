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
 * What the picker's script says, in the page's language, every sentence made
 * here for each count it can show: it travels as JSON in the page (the form's
 * data-words), so the script needs no words, plural rules or templates.
 */
export function pickerWords(locale: Locale = DEFAULT_LOCALE): { showing: Record<number, string>; tooFew: string; tooMany: string } {
  const say = strings(locale).compare.picker;
  const counts = Array.from({ length: PICKED.max - PICKED.min + 1 }, (_, i) => PICKED.min + i);
  return { showing: Object.fromEntries(counts.map((n) => [n, say.showing(n)])), tooFew: say.tooFew(PICKED.min), tooMany: say.tooMany(PICKED.max) };
}

export type PickerWords = ReturnType<typeof pickerWords>;
