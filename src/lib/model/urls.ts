/**
 * Public URLs. These are a contract with clinics that link to us: change a
 * pattern here only together with redirects for every old URL.
 */
export const ARTICLE_KINDS = ['types', 'techniques', 'conditions', 'regions', 'guides'] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

export const KIND_LABELS: Record<ArticleKind, { singular: string; plural: string }> = {
  types: { singular: 'Massage type', plural: 'Massage types' },
  techniques: { singular: 'Technique', plural: 'Techniques' },
  conditions: { singular: 'Condition', plural: 'Conditions' },
  regions: { singular: 'Body area', plural: 'Body areas' },
  guides: { singular: 'Guide', plural: 'Guides' },
};

export function isArticleKind(value: string): value is ArticleKind {
  return (ARTICLE_KINDS as readonly string[]).includes(value);
}

/** The pages that stand alone, one each, besides the kinds' indexes and their entries' pages. */
export const SITE_PAGES = ['/', '/compare/', '/decide/', '/about/', '/search/', '/for-clinics/'] as const;

export function indexUrl(kind: ArticleKind): string {
  return `/${kind}/`;
}

export function articleUrl(kind: ArticleKind, slug: string): string {
  return `/${kind}/${slug}/`;
}

/** The two type slugs of a comparison in canonical (alphabetical) order. */
export function canonicalPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function compareSlug(a: string, b: string): string {
  const [first, second] = canonicalPair(a, b);
  return `${first}-vs-${second}`;
}

export function compareUrl(a: string, b: string): string {
  return `/compare/${compareSlug(a, b)}/`;
}

/** Any two types side by side in the /compare/ picker, for pairs without a page of their own. */
export function comparePickerUrl(a: string, b: string): string {
  const [first, second] = canonicalPair(a, b);
  return `/compare/?t=${encodeURIComponent(first)}&t=${encodeURIComponent(second)}`;
}

/** Where two types are compared: their pair page if they have one, else the picker. */
export function comparisonHref(a: string, b: string, hasPage: (slug: string) => boolean): string {
  return hasPage(compareSlug(a, b)) ? compareUrl(a, b) : comparePickerUrl(a, b);
}

/** The paths listed in contract/published-urls.txt (one per line; # starts a comment). */
/**
 * The machine-readable files under /api/v1/: types, techniques, conditions,
 * codes, the evidence map and its grade changes (src/lib/views/api.ts).
 */
export const API_FILES = ['types', 'techniques', 'conditions', 'codes', 'evidence', 'evidence-changes'] as const;
export type ApiFile = (typeof API_FILES)[number];

export function apiUrl(file: ApiFile): string {
  return `/api/v1/${file}.json`;
}

export function parseUrlManifest(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('/'));
}

export function searchUrl(query: string): string {
  return `/search/?q=${encodeURIComponent(query)}`;
}

/**
 * A full address for links that leave the site (embeds, handouts, QR codes,
 * the API); without a site address (a local build, src/lib/build/site-url.ts) the
 * site-relative path, never a made-up host.
 */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return site === undefined ? path : new URL(path, site).href;
}
