/**
 * The one reader of an article file's YAML frontmatter outside Astro: for the
 * pre-check, scripts and tests that read content/ straight from disk. The YAML
 * is read by the same reader and rules as every content YAML
 * (src/lib/checks/yaml-read.ts), with the lines of the file.
 */
import { throwIfAny } from '../../src/lib/model/content-problems.ts';
import { readFrontmatter } from '../../src/lib/checks/yaml-read.ts';

export { readFrontmatter };

/** The frontmatter's data and the body after it; a file that cannot be read throws its problems. */
export function splitFrontmatter<T = Record<string, unknown>>(text: string, file = 'a content file'): { data: T; body: string } {
  const { data, body, problems } = readFrontmatter<T>(text, file);
  throwIfAny(problems);
  return { data, body };
}
