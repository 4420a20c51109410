/**
 * The languages the site is written in. English is the default and keeps
 * today's addresses; another language gets its table of words (src/i18n/<id>.ts)
 * and a path prefix of its own.
 */
export const LOCALES = {
  en: {
    /** <html lang>: what screen readers pronounce and Pagefind indexes by. */
    lang: 'en',
    /** How dates read: "23 November 2026" (day, month, year), as the site has always written them. */
    dates: 'en-GB',
    /** Numbers and lists, as US readers write them. */
    numbers: 'en-US',
  },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';
