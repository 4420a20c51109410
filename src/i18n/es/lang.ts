import type { LOCALES } from '../../lib/model/locales.ts';

// The compare page's browser script imports the tables for other words, and whatever these modules run on loading is
// bundled into it (reading LOCALES would be): so the tags are written here, held equal to LOCALES by their types, and
// the formatter is made on first use.

/** How the Spanish tables write numbers and pick plural forms (es-US). */
export const lang: typeof LOCALES.es.numbers = 'es-US';
/** How they join lists in prose. */
export const lists: typeof LOCALES.es.lists = 'es-US';

let numbers: Intl.NumberFormat | undefined;

/** A number inside a sentence, as US Spanish writes it ("1,200"). */
export const number = (n: number) => (numbers ??= new Intl.NumberFormat(lang)).format(n);

/** A sentence's first letter in capitals: a name the view gives lower-cased ("parte baja de la espalda") opening a heading. */
export const capital = (words: string) => `${words[0]!.toUpperCase()}${words.slice(1)}`;
