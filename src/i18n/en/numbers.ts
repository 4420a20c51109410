import { LOCALES } from '../../lib/model/locales.ts';

/** How the English tables write numbers and pick plural forms. */
export const lang = LOCALES.en.numbers;

/** A number inside a sentence, as English writes it ("1,200"). */
export const number = new Intl.NumberFormat(lang).format;
