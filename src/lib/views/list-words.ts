import { DEFAULT_LOCALE, formatList, type Locale } from '../../i18n/index.ts';

/**
 * A list written as people write it: "45 or 60", "30, 60 or 90". Intl's list
 * format for the page's language: in English no serial comma, matching the
 * rest of the site's prose.
 */
export function listInWords(items: readonly (string | number)[], conjunction: 'or' | 'and' = 'or', locale: Locale = DEFAULT_LOCALE): string {
  return formatList(items.map(String), conjunction === 'or' ? 'disjunction' : 'conjunction', locale);
}

/**
 * Words our prose writes with a capital in mid-sentence and never without:
 * proper names ("Swedish", "Thai", "Indian"), as against "deep" or "medical".
 * Read from the articles, so a new name needs no list.
 */
export function properWords(prose: readonly string[]): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const text of prose) {
    // A word after a lowercase letter, digit, comma or bracket and one space is mid-sentence.
    for (const [, word] of text.matchAll(/[a-z0-9,;)] ([A-Za-z][a-z]+)\b/g)) (word![0] === word![0]!.toUpperCase() ? capital : lower).add(word!.toLowerCase());
  }
  return new Set([...capital].filter((w) => !lower.has(w)));
}

/**
 * An article's title inside a sentence: "Limited evidence for neck pain", not
 * "for Neck pain"; "Is Swedish massage right for me?", not "swedish". A title
 * that opens with an abbreviation ("TMJ disorder") or a proper word keeps its
 * capitals.
 */
export function inSentence(title: string, proper: ReadonlySet<string> = new Set()): string {
  const first = /^[A-Za-z]+/.exec(title)?.[0].toLowerCase() ?? '';
  return /^[A-Z][a-z]/.test(title) && !proper.has(first) ? title[0]!.toLowerCase() + title.slice(1) : title;
}
