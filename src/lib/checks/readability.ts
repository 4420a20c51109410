/**
 * Plain-text measures for the content report: words and the Flesch–Kincaid
 * grade (the US school grade a reader needs). Syllables come from the
 * `syllable` package rather than a home-made rule.
 */
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

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
