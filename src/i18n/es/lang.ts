import { LOCALES } from '../../lib/model/locales.ts';

/** How the Spanish tables write numbers and pick plural forms (es-US). */
export const lang = LOCALES.es.numbers;

/** A number inside a sentence, as US Spanish writes it ("1,200"). */
export const number = /* @__PURE__ */ new Intl.NumberFormat(lang).format;

/** A sentence's first letter in capitals: a name the view gives lower-cased ("parte baja de la espalda") opening a heading. */
export const capital = (words: string) => `${words[0]!.toUpperCase()}${words.slice(1)}`;
