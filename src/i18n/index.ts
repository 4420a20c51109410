/**
 * The words and formats of one language: `strings(locale)` for the table,
 * `formatDate(date, locale)` for a date, `formatNumber(n, locale)` for a
 * number or an amount of money and `formatList(items, type, locale)` for a
 * list as that language writes them, `plural` for a counted word.
 */
import { en, type Strings } from './en.ts';
import { es } from './es.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/model/locales.ts';

export { DEFAULT_LOCALE, LOCALES, type Locale, type Strings };
export { plural, type PluralForms } from './plural.ts';

const TABLES: Record<Locale, Strings> = { en, es };

export function strings(locale: Locale = DEFAULT_LOCALE): Strings {
  return TABLES[locale];
}

// One formatter per language for the whole build: toLocaleDateString made a new one per call, 3 s of a 2,000-entry build.
const DATES = new Map<Locale, Intl.DateTimeFormat>();

/** A date as the language writes it ("23 November 2026"), fixed to UTC so the build machine's zone never shifts it. */
export function formatDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  let format = DATES.get(locale);
  if (!format) DATES.set(locale, (format = new Intl.DateTimeFormat(LOCALES[locale].dates, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return format.format(date);
}

const NUMBERS = new Map<string, Intl.NumberFormat>();

/** A number as the language writes it ("1,200"), or an amount of money with `{ style: 'currency', currency }` ("$139"). */
export function formatNumber(n: number, locale: Locale = DEFAULT_LOCALE, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = NUMBERS.get(key);
  if (!format) NUMBERS.set(key, (format = new Intl.NumberFormat(LOCALES[locale].numbers, options)));
  return format.format(n);
}

const LISTS = new Map<string, Intl.ListFormat>();

/** A list as the language's prose writes it: "30, 60 or 90" (disjunction), "neck, back and shoulders" (conjunction). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction', locale: Locale = DEFAULT_LOCALE): string {
  const key = `${locale} ${type}`;
  let format = LISTS.get(key);
  if (!format) LISTS.set(key, (format = new Intl.ListFormat(LOCALES[locale].lists, { type })));
  return format.format(items);
}
