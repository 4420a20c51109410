/**
 * A count in words, as the language's plural rules pick the form: English has
 * "one" and "other", others have up to six (Intl.PluralRules knows which), so
 * a table gives each form it needs and never tests `n === 1` itself.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

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
