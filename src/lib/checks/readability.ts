/**
 * Plain-text measures for the content report: words and the Flesch–Kincaid
 * grade (the US school grade a reader needs) for English, and the
 * Szigriszt-Pazos perspicuity that the INFLESZ scale reads for Spanish.
 * Syllables come from the `syllable` package (English) and from the Spanish
 * hyphenation patterns of the `hyphen` package, rather than home-made rules.
 */
import createHyphenator from 'hyphen';
import spanishPatterns from 'hyphen/patterns/es.js';
import { syllable } from 'syllable';

/** Strips frontmatter-free MDX down to prose: no headings' id syntax, link targets, code or markup. */
export function proseText(body: string): string {
  return body
    .replace(/^(```|~~~)[\s\S]*?^\1/gm, ' ')
    .replace(/^import .*$/gm, ' ')
    .replace(/\{\s*#[a-z0-9-]+\s*\}/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_>`[\]|]/g, ' ');
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
}

export function wordCount(text: string): number {
  return words(text).length;
}

/** Sentences end in . ? ! or at a line that ends a list item or heading. */
function sentenceCount(text: string): number {
  const parts = text
    .split(/[.?!]+\s|\n\s*\n|\n\s*-\s/)
    .map((s) => s.trim())
    .filter((s) => wordCount(s) > 0);
  return Math.max(1, parts.length);
}

export function fleschKincaidGrade(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const syllables = list.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  return 0.39 * (list.length / sentenceCount(text)) + 11.8 * (syllables / list.length) - 15.59;
}

const SPANISH_WORD = /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+/g;

/**
 * A Spanish word's syllables, where Spanish hyphenation may break it. The
 * patterns never break a hiatus (co-a-gu-lan-te counts as coa-gu-lan-te), so
 * a text counts a few syllables short and reads a little easier than it is.
 */
const hyphenateSpanish = createHyphenator(spanishPatterns, { hyphenChar: '|', minWordLength: 2 }) as (word: string) => string;

function spanishSyllables(word: string): number {
  return hyphenateSpanish(word.toLowerCase()).split('|').length;
}

/**
 * The Szigriszt-Pazos perspicuity of a Spanish text (206.835 − 62.3 ×
 * syllables per word − words per sentence), read on the INFLESZ scale: below
 * 40 very hard, 40–55 somewhat hard, 55–65 normal, 65–80 fairly easy, above 80
 * very easy. A health page for the public should read "normal" or easier.
 */
export function inflesz(text: string): number {
  const list = text.match(SPANISH_WORD) ?? [];
  if (list.length === 0) return 100;
  const syllables = list.reduce((sum, w) => sum + spanishSyllables(w), 0);
  // Sentences end as in English (sentenceCount); ¿ and ¡ only open them.
  const sentences = Math.max(1, text.split(/[.?!]+\s|\n\s*\n|\n\s*-\s/).filter((s) => /[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]/.test(s)).length);
  return 206.835 - 62.3 * (syllables / list.length) - list.length / sentences;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
