/**
 * Words that change with a count, chosen by the language's own plural rules
 * (Intl.PluralRules): English has "one" and "other", other languages have up
 * to six forms, so a table says which forms it has instead of every caller
 * testing `n === 1`.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, (count: string) => string>> & {
  /** Every language has this form; it is used for any category the table leaves out. */
  other: (count: string) => string;
};

/** A function from a count to its words: the form the language's rules pick, given the count as the language writes numbers. */
export function plural(lang: string, forms: PluralForms): (n: number) => string {
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return (n) => (forms[rules.select(n)] ?? forms.other)(numbers.format(n));
}
