/**
 * What a cached Markdown render depends on besides its own file. Astro's
 * glob() loader renders an entry again only when the entry's text changes,
 * and clears its store only when the config's JSON does: the glossary that
 * astro.config.mjs reads and the code of every plugin are not in that JSON
 * (Astro issues 12761, 13028). So a removed glossary term stayed linked on
 * 22 cached pages. The article loaders (src/loaders.ts) render a collection
 * afresh whenever this digest differs from the one its renders were made with.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

export type ReadText = (path: string) => string | undefined;

const readText: ReadText = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/**
 * `entry` and every module of this project it imports, directly or through
 * others (relative imports; packages are covered by the lock file). Read with
 * TypeScript's own import scanner, which reads .ts and .mjs alike.
 */
export function localModules(entry: string, read: ReadText = readText): string[] {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const text = read(path);
    if (text === undefined) throw new Error(`${path} is imported by the Markdown configuration but cannot be read`);
    for (const { fileName } of ts.preProcessFile(text, true, true).importedFiles) {
      if (fileName.startsWith('.')) queue.push(resolve(dirname(path), fileName.replace(/\?.*$/, '')));
    }
  }
  return [...seen].sort();
}

/**
 * One digest of the config with every module it loads (the Markdown plugins,
 * the sanitiser's allowlist, the section registry, the glossary reader) and
 * the data files the plugins are given (the glossary, the lock file). A data
 * file that is missing is part of the state too.
 */
export function renderInputsDigest(config: string, data: string[], read: ReadText = readText): string {
  const hash = createHash('sha256');
  for (const path of [...localModules(config, read), ...data.map((file) => resolve(file))]) hash.update(`${path}\0${read(path) ?? '(missing)'}\0`);
  return hash.digest('hex');
}
