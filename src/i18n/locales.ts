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
    /** Numbers, as US readers write them ("3,096"); the GRADE statements' lists too ("pain, function, and sleep"). */
    numbers: 'en-US',
    /** Lists in prose, without the serial comma, as the articles write them: "30, 60 or 90". */
    lists: 'en-GB',
  },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';
