/**
 * content/ read from disk without Astro, into the entries Astro's loaders give
 * (the id from the file name or the entry's `id`, data parsed by the
 * collections' own schemas, relations as { collection, id }), and assembled
 * into the site by the build's own function (src/lib/views/assemble-site.ts).
 * Scripts and tests that need the real site without a build read it here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_COLLECTIONS, collectionSchemas, TRANSLATIONS, YAML_COLLECTION_NAMES, YAML_COLLECTIONS } from '../../src/schemas/collections.ts';
import { TRANSLATED_LOCALES } from '../../src/lib/model/locales.ts';
import { idReference } from '../../src/schemas/context.ts';
import { readYaml } from '../../src/lib/checks/yaml-read.ts';
import { throwIfAny, type ContentProblem } from '../../src/lib/model/content-problems.ts';
import { assembleSite, type SiteEntries } from '../../src/lib/views/assemble-site.ts';
import { siteIndex, type Site } from '../../src/lib/views/site-index.ts';
import { diskSurroundings } from '../../src/data/surroundings.ts';
import { splitFrontmatter } from './frontmatter.ts';

const SCHEMAS = collectionSchemas({ reference: idReference });

/** The articles of one folder, parsed by `collection`'s schema, each id `prefix` + its slug. */
function articles(folder: string, collection: (typeof ARTICLE_COLLECTIONS)[number] | typeof TRANSLATIONS, prefix = '') {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const filePath = join(folder, name);
      const { data, body } = splitFrontmatter(readFileSync(filePath, 'utf8'), filePath);
      return { id: `${prefix}${name.replace(/\.mdx?$/, '')}`, collection, data: SCHEMAS[collection].parse(data), body, filePath };
    });
}

function yamlList(root: string, name: keyof typeof YAML_COLLECTIONS) {
  const file = join(root, YAML_COLLECTIONS[name]);
  if (!existsSync(file)) return [];
  const { data, problems } = readYaml(readFileSync(file, 'utf8'), file);
  throwIfAny(problems);
  return (data as unknown[]).map((item) => {
    const parsed = SCHEMAS[name].parse(item) as { id: string };
    return { id: parsed.id, collection: name, data: parsed, filePath: file };
  });
}

/** Every collection's entries, as the build's loaders read them. */
export function readContent(root = 'content'): SiteEntries {
  const read = Object.fromEntries([
    ...ARTICLE_COLLECTIONS.map((kind) => [kind, articles(join(root, kind), kind)] as const),
    ...YAML_COLLECTION_NAMES.map((name) => [name, yamlList(root, name)] as const),
    [TRANSLATIONS, TRANSLATED_LOCALES.flatMap((locale) => ARTICLE_COLLECTIONS.flatMap((kind) => articles(join(root, locale, kind), TRANSLATIONS, `${locale}/${kind}/`)))],
  ]);
  // Each list holds what its collection's schema parsed, as Astro's own entries do.
  return read as unknown as SiteEntries;
}

/** The site the build would publish from `root`, and the content problems that would stop it. */
export function readSite(root = 'content', now = new Date()): { site: Site; problems: ContentProblem[] } {
  const { content, problems } = assembleSite(readContent(root), diskSurroundings(join(root, YAML_COLLECTIONS.glossary), undefined, now));
  return { site: siteIndex(content), problems };
}
