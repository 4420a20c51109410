/**
 * A text as search compares it: lower case, no accents, apostrophes gone,
 * every other mark a space. The query, our names, synonyms and safety phrases
 * all pass through it, so they meet on the same letters.
 */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    // "can't" and "cant" are one word to a reader; Pagefind drops the apostrophe too.
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
