/**
 * A list written as people write it: "45 or 60", "30, 60 or 90". No serial
 * comma, matching the rest of the site's prose.
 */
export function listInWords(items: readonly (string | number)[], conjunction: 'or' | 'and' = 'or'): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/**
 * A condition's title inside a sentence: "Limited evidence for neck pain", not
 * "for Neck pain". A title that opens with an abbreviation ("TMJ disorder")
 * keeps its capitals.
 */
export function inSentence(title: string): string {
  return /^[A-Z][a-z]/.test(title) ? title[0]!.toLowerCase() + title.slice(1) : title;
}
