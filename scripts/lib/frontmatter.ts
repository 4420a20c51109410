/**
 * The one reader of an article file's YAML frontmatter outside the build
 * (which Astro's loader does): for scripts and tests that read content/
 * straight from disk.
 */
import { parse } from 'yaml';

/** The frontmatter's data and the body after it; `file` only names the file in the error. */
export function splitFrontmatter<T = Record<string, unknown>>(text: string, file = 'a content file'): { data: T; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter: it must start with a line "---", the YAML, and another "---"`);
  return { data: (parse(match[1]!) ?? {}) as T, body: match[2]! };
}
