/**
 * Many names and texts that name them in awkward ways, seeded: overlapping names (one
 * inside another, one a plural of another), punctuation at either end, non-ASCII
 * letters (a final sigma matches σ, ſ does not match s), an empty name, links.
 */
let seed = 24;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;

const words = ['back', 'pain', 'low', 'neck', 'stress', 'sleep', 'swelling', 'knee', 'ache', 'tension', 'head', 'Ödem', 'straße', 'ﬁbre'];
const tricky = ['low back pain', 'back pain', 'back pains', 'C++', '(acute) pain', 'pain.', 'ſtress', 'STRASSE', 'Ödem', 'ödeme', 'πόνοσ', ''];

/** `count` lists of one to three names, the tricky ones first. */
export const manyNames = (count: number): string[][] =>
  Array.from({ length: count }, (_, i) => (i < tricky.length ? [tricky[i]!] : [`${pick(words)} ${pick(words)}`, ...(i % 3 ? [] : [pick(words)])]));

const pieces = [...words, ...tricky, 's', 'S', '.', ',', '—', ' ', '_', '1', '](/conditions/c3/', '](/conditions/c42/#x', '](/conditions/c7', 'Ǆ', 'ß', 'ẞ', 'πόνος', 'k', '😀'];

/** `count` texts of up to 30 pieces, some upper-cased, joined with or without spaces. */
export const randomTexts = (count: number): string[] =>
  Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 30) }, () => {
      const piece = pick(pieces);
      return random() < 0.3 ? piece.toUpperCase() : piece;
    }).join(random() < 0.5 ? ' ' : ''),
  );

export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
