/**
 * The URL contract with clinics, kept by the build itself: every URL in
 * contract/published-urls.txt must still answer, as a page, a file or a
 * redirect. When an entry is renamed and keeps its old slug in `aliases`,
 * every published URL made from the old slug (its card, handout, oEmbed file,
 * share image, QR code and pair pages, not only the article) answers again:
 * pages redirect, files are built again under the old name.
 */
import type { ContentProblem } from './content-problems.ts';
import { compareUrl } from '../model/urls.ts';

/** A published URL, and the current URL that now answers for it. */
export interface KeptUrl {
  from: string;
  to: string;
}

/** URL families made from an article's slug: the part before it, the kinds, and the part after. */
const FAMILIES: { prefix: string; kinds: string; suffix: string }[] = [
  { prefix: '/', kinds: 'types|techniques|conditions|regions|guides', suffix: '/' },
  { prefix: '/embed/', kinds: 'types|techniques|conditions', suffix: '/' },
  { prefix: '/handouts/', kinds: 'types|conditions', suffix: '/' },
  { prefix: '/oembed/', kinds: 'types|techniques|conditions', suffix: '.json' },
  { prefix: '/og/', kinds: 'types|techniques|conditions|regions|guides', suffix: '.png' },
  { prefix: '/qr/', kinds: 'types|conditions', suffix: '.svg' },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const PATTERNS = FAMILIES.map((f) => ({ ...f, pattern: new RegExp(`^${escape(f.prefix)}(${f.kinds})/([a-z0-9-]+)${escape(f.suffix)}$`) }));

/**
 * The current URL for each published URL made from an old slug. `renamed(kind, slug)`
 * gives the entry id whose aliases hold `slug`, or undefined when `slug` is no alias.
 */
export function keptUrls(published: string[], renamed: (kind: string, slug: string) => string | undefined): KeptUrl[] {
  const kept: KeptUrl[] = [];
  for (const from of published) {
    const pair = /^\/compare\/([a-z0-9-]+)-vs-([a-z0-9-]+)\/$/.exec(from);
    if (pair) {
      const [a, b] = [pair[1]!, pair[2]!].map((slug) => renamed('types', slug) ?? slug) as [string, string];
      const to = compareUrl(a, b);
      if (to !== from && (a !== pair[1] || b !== pair[2])) kept.push({ from, to });
      continue;
    }
    for (const family of PATTERNS) {
      const match = family.pattern.exec(from);
      if (!match) continue;
      const id = renamed(match[1]!, match[2]!);
      // Article URLs already redirect through the alias pages ([kind]/[alias].astro).
      if (id && family.prefix !== '/') kept.push({ from, to: `${family.prefix}${match[1]}/${id}${family.suffix}` });
    }
  }
  return kept;
}

/**
 * The kept URLs among files built per entry (`current`: each file's URL and
 * what it serves): each with the old slug it answers under and what its new
 * URL serves now. Share images, oEmbed files and QR codes are built again
 * under the old name from this.
 */
export function keptFiles<T>(kept: readonly KeptUrl[], current: ReadonlyMap<string, T>): { from: string; oldSlug: string; now: T }[] {
  return kept.flatMap(({ from, to }) => {
    const now = current.get(to);
    const oldSlug = /([a-z0-9-]+)(?:\.[a-z]+|\/)$/.exec(from)?.[1];
    return now === undefined || oldSlug === undefined ? [] : [{ from, oldSlug, now }];
  });
}

/** The entry id for each old slug or alias, from the alias redirects (/types/mld/ → /types/manual-lymphatic-drainage/). */
export function renamedFrom(redirects: { from: string; to: string }[]): (kind: string, slug: string) => string | undefined {
  const ids = new Map(redirects.map((r) => [r.from, r.to.split('/')[2]!]));
  return (kind, slug) => ids.get(`/${kind}/${slug}/`);
}

/** The file a URL is served from: a folder's index.html, or the file itself. */
export function fileOfUrl(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/** Published URLs the build answers neither with a file nor with a _redirects rule. */
export function lostUrls(published: string[], hasFile: (file: string) => boolean, redirects: ReadonlySet<string>): string[] {
  return published.filter((path) => !hasFile(fileOfUrl(path)) && !redirects.has(path));
}

export function lostUrlProblems(manifest: string, lost: string[]): ContentProblem[] {
  return lost.map((path) => {
    const slug = /\/([a-z0-9-]+)(?:\/|\.[a-z]+)$/.exec(path)?.[1];
    const pair = path.startsWith('/compare/') && path !== '/compare/';
    return {
      file: manifest,
      field: path,
      message: 'was published, and clinics may link to it, but this build no longer answers it',
      fix: pair
        ? 'if a type was renamed, keep its old slug in its `aliases`; otherwise restore the pair (each type in the other\'s `related`, or content/comparisons/<a>-vs-<b>.md)'
        : `if the entry was renamed, keep its old slug${slug ? ` "${slug}"` : ''} in its \`aliases\`; if it was removed, add that slug to the aliases of the closest entry`,
    };
  });
}

/** The `from` paths of a _redirects file. */
export function redirectSources(text: string): Set<string> {
  return new Set(text.split('\n').map((line) => line.trim().split(/\s+/)[0] ?? '').filter((from) => from.startsWith('/')));
}
