/**
 * Astro's glob() and file() loaders, with the checks they do not make run
 * first, so a problem stops the build (and `astro dev`) with its file, line
 * and fix before the loader could silently skip, drop or replace an entry:
 * file names that are not slugs or not articles, two files for one URL, bytes
 * that are not UTF-8, a malformed YAML list, an id or glossary term used twice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { file, glob, type Loader } from 'astro/loaders';
import { articleFileProblems } from './lib/checks/content-files.ts';
import { firstInvalidUtf8, lineOfOffset } from './lib/checks/text.ts';
import { glossaryTermProblems, yamlListProblems } from './lib/checks/yaml-entries.ts';
import { throwIfAny, type ContentProblem } from './lib/content-problems.ts';

const shown = (path: string) => normalize(path).replace(/\\/g, '/');

export function encodingProblems(path: string, bytes: Uint8Array): ContentProblem[] {
  const offset = firstInvalidUtf8(bytes);
  if (offset === undefined) return [];
  const { line, column } = lineOfOffset(bytes, offset);
  return [
    {
      file: shown(path),
      field: `byte ${offset} (line ${line}, column ${column})`,
      message: `the file is not UTF-8: byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')} is not a character, so readers would see "�"`,
      fix: 're-save the file as UTF-8 (most editors: "Save with encoding" → UTF-8)',
    },
  ];
}

function withChecks(loader: Loader, check: () => ContentProblem[]): Loader {
  return {
    ...loader,
    load: async (context) => {
      throwIfAny(check());
      return loader.load(context);
    },
  };
}

/** content/<kind>/<slug>.md or .mdx: the file name is the slug. */
export function articleLoader(root: string, kind: string): Loader {
  const folder = join(root, kind);
  return withChecks(glob({ pattern: '*.{md,mdx}', base: folder }), () => {
    const items = readdirSync(folder, { withFileTypes: true }).map((d) => ({ name: d.name, isDirectory: d.isDirectory() }));
    const named = articleFileProblems(shown(folder), items);
    const bytes = items
      .filter((i) => !i.isDirectory && /\.mdx?$/.test(i.name))
      .flatMap((i) => encodingProblems(join(folder, i.name), readFileSync(join(folder, i.name))));
    return [...named, ...bytes];
  });
}

/** A YAML list of entries with an `id` each (content/sources.yaml, content/glossary.yaml). */
export function yamlListLoader(path: string, what: string, options: { termsUnique?: boolean } = {}): Loader {
  return withChecks(file(path), () => {
    const bytes = readFileSync(path);
    const encoding = encodingProblems(path, bytes);
    if (encoding.length > 0) return encoding;
    const text = bytes.toString('utf8');
    const problems = yamlListProblems(shown(path), text, what);
    return problems.length > 0 || !options.termsUnique ? problems : glossaryTermProblems(shown(path), text);
  });
}
