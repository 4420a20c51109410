/**
 * Words that change with a count, as the language's plural rules pick the
 * form: English has "one" and "other", others have up to six
 * (Intl.PluralRules knows which), so a table gives each form it needs and
 * never tests `n === 1` itself. `plural` picks a word (browser scripts use it
 * with templates); `countWords` makes a table entry from a count to its words.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/model/locales.ts';

/** The forms of one word; `other` is the form every language has. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// One rules object per language for the whole build, as with the dates.
const RULES = new Map<Locale, Intl.PluralRules>();

/** The form of `forms` for `n`: plural(2, { one: 'study', other: 'studies' }) is "studies". */
export function plural(n: number, forms: PluralForms, locale: Locale = DEFAULT_LOCALE): string {
  let rules = RULES.get(locale);
  if (!rules) RULES.set(locale, (rules = new Intl.PluralRules(LOCALES[locale].numbers)));
  return forms[rules.select(n)] ?? forms.other;
}

/** The sentences of a count, one per plural form, each given the count as the language writes numbers. */
export type CountedForms = Partial<Record<Intl.LDMLPluralRule, (count: string) => string>> & {
  /** Every language has this form; it is used for any category the table leaves out. */
  other: (count: string) => string;
};

/** A function from a count to its words: the form the language's rules pick, given the count as the language writes numbers. */
export function countWords(lang: string, forms: CountedForms): (n: number) => string {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (n) => (forms[rules.select(n)] ?? forms.other)(numbers.format(n));
}
