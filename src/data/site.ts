/**
 * The one place that reads the content collections: it reads each once and
 * hands them, with what lies outside the content (the URL contract, public/,
 * the site's address, today), to assembleSite (src/lib/views/assemble-site.ts),
 * which grades and checks them, then indexes them for the views. Pages never
 * call getCollection.
 */
import { getCollection } from 'astro:content';
import { CONTENT_ROOT } from '../lib/build/build-dirs.ts';
import { throwIfAny } from '../lib/model/content-problems.ts';
import type { ArticleKind } from '../lib/model/urls.ts';
import { COLLECTION_NAMES } from '../schemas/collections.ts';
import { assembleSite, type SiteEntries } from '../lib/views/assemble-site.ts';
import { siteIndex, type EntryOf, type Site } from '../lib/views/site-index.ts';
import { diskSurroundings } from './surroundings.ts';

export type * from '../lib/views/site-index.ts';

/** Every collection, from the one table of them (src/schemas/collections.ts). */
const COLLECTIONS = COLLECTION_NAMES;

async function load(): Promise<Site> {
  const entries = Object.fromEntries(await Promise.all(COLLECTIONS.map(async (name) => [name, await getCollection(name)] as const))) as unknown as SiteEntries;
  const { content, problems } = assembleSite(entries, diskSurroundings(`${CONTENT_ROOT}/glossary.yaml`.replace(/^\.\//, ''), import.meta.env.SITE));
  throwIfAny(problems);
  return siteIndex(content);
}

let cached: Promise<Site> | undefined;

/** Loaded once per build; every page shares the same checked model. */
export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

/** getStaticPaths for an article route: one page per entry of the kind, slug = file name. */
export async function articlePaths<K extends ArticleKind>(kind: K): Promise<{ params: { slug: string }; props: { entry: EntryOf<K> } }[]> {
  const site = await loadSite();
  return site.articles(kind).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
