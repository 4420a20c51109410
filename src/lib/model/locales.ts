/**
 * The languages the site is written in. English is the default and keeps
 * today's addresses; another language gets its table of words
 * (src/i18n/<id>.ts) and its pages under a path prefix of its own. The
 * addresses (urls.ts) and the word tables (src/i18n/) both read this list.
 */
export const LOCALES = {
  en: {
    /** <html lang>: what screen readers pronounce and Pagefind indexes by. */
    lang: 'en',
    /** Before every site path of the language: the default language has none, so English addresses never change. */
    prefix: '',
    /** How dates read: "23 November 2026" (day, month, year), as the site has always written them. */
    dates: 'en-GB',
    /** Numbers, as US readers write them ("3,096"); the GRADE statements' lists too ("pain, function, and sleep"). */
    numbers: 'en-US',
    /** Lists in prose, without the serial comma, as the articles write them: "30, 60 or 90". */
    lists: 'en-GB',
  },
  es: {
    lang: 'es',
    prefix: '/es',
    /** "23 de noviembre de 2026", as US Spanish-language health sites (MedlinePlus en español) write dates. */
    dates: 'es-US',
    numbers: 'es-US',
    lists: 'es-US',
  },
} as const;

export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** The languages other than the default: their articles are translations, in content/<locale>/<kind>/. */
export const TRANSLATED_LOCALES = (Object.keys(LOCALES) as Locale[]).filter((locale) => locale !== DEFAULT_LOCALE);

/** A site path ("/types/x/") in a language: under its prefix ("/es/types/x/"); other addresses as they are. */
export function localePath(path: string, locale: Locale): string {
  const { prefix } = LOCALES[locale] as { prefix: string };
  return prefix && path.startsWith('/') && !path.startsWith('//') ? `${prefix}${path}` : path;
}

/** The language of a site path, by its prefix; a path with none is the default language's. */
export function localeOfPath(path: string): Locale {
  return TRANSLATED_LOCALES.find((locale) => path === LOCALES[locale].prefix || path.startsWith(`${LOCALES[locale].prefix}/`)) ?? DEFAULT_LOCALE;
}
