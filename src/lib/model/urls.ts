/**
 * Public URLs. These are a contract with clinics that link to us: change a
 * pattern here only together with redirects for every old URL. Each builder
 * of a reader's page takes the page's language, whose pages live under its
 * prefix (locales.ts); English, the default, keeps the addresses it has always had.
 */
import { DEFAULT_LOCALE, localePath, type Locale } from './locales.ts';
import { API_KINDS, ARTICLE_KINDS, EMBED_KINDS, HANDOUT_KINDS, type ArticleKind, type EmbedKind, type HandoutKind } from './kinds.ts';

// The kinds are defined in kinds.ts; most code that builds an address needs them with it.
export { API_KINDS, ARTICLE_KINDS, EMBED_KINDS, HANDOUT_KINDS, isArticleKind, isEmbedKind, isHandoutKind, type ArticleKind, type EmbedKind, type HandoutKind } from './kinds.ts';

/** The QR code image of an article, shown only when it is printed. */
export function qrUrl(kind: HandoutKind, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/qr/${kind}/${slug}.svg`, locale);
}

export function handoutUrl(kind: HandoutKind, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/handouts/${kind}/${slug}/`, locale);
}

export function embedUrl(kind: EmbedKind, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/embed/${kind}/${slug}/`, locale);
}

export function oembedUrl(kind: EmbedKind, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/oembed/${kind}/${slug}.json`, locale);
}

/** A diagnosis code's page: the conditions it names, or a redirect to the one it names. */
export function codeUrl(code: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/codes/icd-10/${code}/`, locale);
}

/** A page of the decision guide, from its answers as they read in the address (views/decision.ts answersToSlug). */
export function decisionPath(answersSlug: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(answersSlug ? `/decide/${answersSlug}/` : '/decide/', locale);
}

export const FEED_PATH = '/feed.xml';
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';

/** The pages that stand alone, one each, besides the kinds' indexes and their entries' pages. */
export const SITE_PAGES = ['/', '/compare/', '/decide/', '/about/', '/search/', '/for-clinics/'] as const;

export function indexUrl(kind: ArticleKind, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/${kind}/`, locale);
}

export function articleUrl(kind: ArticleKind, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/${kind}/${slug}/`, locale);
}

/** The two type slugs of a comparison in canonical (alphabetical) order. */
export function canonicalPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function compareSlug(a: string, b: string): string {
  const [first, second] = canonicalPair(a, b);
  return `${first}-vs-${second}`;
}

export function compareUrl(a: string, b: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/compare/${compareSlug(a, b)}/`, locale);
}

/** Any two types side by side in the /compare/ picker, for pairs without a page of their own. */
export function comparePickerUrl(a: string, b: string, locale: Locale = DEFAULT_LOCALE): string {
  const [first, second] = canonicalPair(a, b);
  return localePath(`/compare/?t=${encodeURIComponent(first)}&t=${encodeURIComponent(second)}`, locale);
}

/** Where two types are compared: their pair page if they have one, else the picker. */
export function comparisonHref(a: string, b: string, hasPage: (slug: string) => boolean, locale: Locale = DEFAULT_LOCALE): string {
  return hasPage(compareSlug(a, b)) ? compareUrl(a, b, locale) : comparePickerUrl(a, b, locale);
}

/** The paths listed in contract/published-urls.txt (one per line; # starts a comment). */
/**
 * The machine-readable files under /api/v1/: types, techniques, conditions,
 * codes, the evidence map and its grade changes (src/lib/views/api.ts).
 */
export const API_FILES = [...API_KINDS, 'codes', 'evidence', 'evidence-changes'] as const;
export type ApiFile = (typeof API_FILES)[number];

export function apiUrl(file: ApiFile): string {
  return `/api/v1/${file}.json`;
}

export function parseUrlManifest(text: string): string[] {
  return text.split('\n').filter((line) => line.startsWith('/'));
}

export function searchUrl(query: string, locale: Locale = DEFAULT_LOCALE): string {
  return localePath(`/search/?q=${encodeURIComponent(query)}`, locale);
}

/** A site path ("/types/x/") as it is served under the site's base ("/guide/types/x/"); other addresses as they are. */
export function underBase(path: string, base: string): string {
  return base !== '/' && path.startsWith('/') && !path.startsWith('//') ? `${base}${path.slice(1)}` : path;
}

/** A page's site path ("/types/x/") from its address when the site is served under a base ("/guide/types/x/"). */
export function sitePath(pathname: string, base: string): string {
  return base !== '/' && pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * A full address for links that leave the site (embeds, handouts, QR codes,
 * the API), under the site's path when it has one; without a site address (a local build, src/lib/build/site-url.ts) the
 * site-relative path, never a made-up host.
 */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  if (site === undefined) return path;
  // Under the site's own path (https://example.org/guide/ + /types/x/ is …/guide/types/x/), never above it.
  const base = String(site).replace(/\/?$/, '/');
  return new URL(path.replace(/^\//, ''), base).href;
}

/**
 * Every family of addresses the site publishes, once, with the route file that
 * renders it. What each family is decides what the build does with it: which
 * pages an article may link to, which pages refuse framing, which files other
 * origins may fetch. A route file under src/pages that no row names fails a
 * unit test, so a new kind or page starts here.
 */
export interface Route {
  /** The address, with [name] for a part that varies and [...name] for several parts. */
  pattern: string;
  /** The route file(s) under src/pages/. */
  files: readonly string[];
  /** A page a reader reads and an article may link to; a redirect; a card other sites frame; or a file. */
  serves: 'page' | 'redirect' | 'card' | 'file';
  /** The kinds [kind] stands for. */
  kinds?: readonly ArticleKind[];
  /** One entry's address, where the route's own pattern also holds other files (a share image per entry, and one per landing page). */
  entry?: string;
  /** Fetched by clinics' own pages from their origin: sent with Access-Control-Allow-Origin. */
  crossOrigin?: true;
  /**
   * Pages of sections: clinics link to their anchors (kept in the URL contract), and they are what search
   * finds (they carry data-pagefind-body), so Pagefind reads no other page.
   */
  sections?: true;
}

export const ROUTES = {
  home: { pattern: '/', files: ['index.astro'], serves: 'page' },
  notFound: { pattern: '/404.html', files: ['404.astro'], serves: 'page' },
  kindIndex: { pattern: '/[kind]/', files: ['[kind]/index.astro'], serves: 'page', kinds: ARTICLE_KINDS },
  article: { pattern: '/[kind]/[slug]/', files: /* @__PURE__ */ ARTICLE_KINDS.map((kind) => `${kind}/[slug].astro`), serves: 'page', kinds: ARTICLE_KINDS, sections: true },
  alias: { pattern: '/[kind]/[alias]/', files: ['[kind]/[alias].astro'], serves: 'redirect', kinds: ARTICLE_KINDS },
  kept: { pattern: '/[...kept]/', files: ['[...kept].astro'], serves: 'redirect' },
  compare: { pattern: '/compare/', files: ['compare/index.astro'], serves: 'page' },
  pair: { pattern: '/compare/[pair]/', files: ['compare/[pair].astro'], serves: 'page', sections: true },
  decide: { pattern: '/decide/[...answers]/', files: ['decide/[...path].astro'], serves: 'page' },
  about: { pattern: '/about/', files: ['about.astro'], serves: 'page' },
  search: { pattern: '/search/', files: ['search.astro'], serves: 'page' },
  forClinics: { pattern: '/for-clinics/', files: ['for-clinics/index.astro'], serves: 'page' },
  code: { pattern: '/codes/icd-10/[code]/', files: ['codes/icd-10/[code].astro'], serves: 'page' },
  handout: { pattern: '/handouts/[kind]/[slug]/', files: ['handouts/[kind]/[slug].astro'], serves: 'page', kinds: HANDOUT_KINDS },
  api: { pattern: '/api/v1/[file].json', files: ['api/v1/[file].json.ts'], serves: 'file', crossOrigin: true },
  embed: { pattern: '/embed/[kind]/[slug]/', files: ['embed/[kind]/[slug].astro'], serves: 'card', kinds: EMBED_KINDS },
  oembed: { pattern: '/oembed/[kind]/[slug].json', files: ['oembed/[kind]/[slug].json.ts'], serves: 'file', kinds: EMBED_KINDS, crossOrigin: true },
  shareImage: { pattern: '/og/[...image].png', files: ['og/[...image].png.ts'], serves: 'file', kinds: ARTICLE_KINDS, entry: '/og/[kind]/[slug].png' },
  qr: { pattern: '/qr/[kind]/[slug].svg', files: ['qr/[kind]/[slug].svg.ts'], serves: 'file', kinds: HANDOUT_KINDS },
  feed: { pattern: FEED_PATH, files: ['[feed].xml.ts'], serves: 'file' },
  sitemap: { pattern: '/[sitemap].xml', files: ['[sitemap].xml.ts'], serves: 'file' },
  robots: { pattern: '/robots.txt', files: ['robots.txt.ts'], serves: 'file' },
  hostFiles: { pattern: '/[hostfile]', files: ['[hostfile].ts'], serves: 'file' },
  printStyles: { pattern: '/print.css', files: ['print.css.ts'], serves: 'file' },
  searchVocabulary: { pattern: '/search-vocabulary.json', files: ['search-vocabulary.json.ts'], serves: 'file' },
} as const satisfies Record<string, Route>;

/**
 * The path patterns host rules match ("*": any characters, "/" included) for
 * the routes `which` picks: a single file or the home page as it
 * is, any other route by its first folder, one for each of its kinds where
 * the kind is its first folder.
 */
export function hostPathPatterns(which: (route: Route) => boolean, routes: readonly Route[] = Object.values(ROUTES)): string[] {
  const patterns = routes
    .filter(which)
    .flatMap((route) => {
      const first = route.pattern.split('/')[1]!;
      // The home page answers at /index.html too, and "/" names only the bare path on these hosts.
      if (first === '') return ['/', '/index.html'];
      if (first === '[kind]') return (route.kinds ?? []).map((kind) => `/${kind}/*`);
      if (first.startsWith('[')) return [];
      return [route.pattern.split('/').length === 2 ? route.pattern : `/${first}/*`];
    });
  return [...new Set(patterns)];
}

/**
 * The families of addresses made from an entry's slug, each as the part before
 * `<kind>/<slug>`, its kinds and the part after: what the URL contract keeps
 * answering under an old slug when an entry is renamed.
 */
export function slugFamilies(routes: readonly Route[] = Object.values(ROUTES)): { prefix: string; kinds: readonly ArticleKind[]; suffix: string }[] {
  return routes.flatMap((route) => {
    const [prefix, suffix, ...more] = (route.entry ?? route.pattern).split('[kind]/[slug]');
    return route.kinds && suffix !== undefined && more.length === 0 ? [{ prefix: prefix!, kinds: route.kinds, suffix }] : [];
  });
}

/**
 * The files Pagefind indexes, as its --glob: the pages of the routes with
 * sections, by their first folder (one per kind where the kind comes first).
 * Naming them spares Pagefind every card, handout and redirect page (at
 * 10,000 entries that was 80,000 files and 5 GB of memory).
 */
export function searchedPagesGlob(routes: readonly Route[] = Object.values(ROUTES)): string {
  const folders = routes
    .filter((route) => route.sections)
    .flatMap((route): readonly string[] => {
      const first = route.pattern.split('/')[1]!;
      return first === '[kind]' ? (route.kinds ?? []) : [first];
    });
  return `{${[...new Set(folders)].join(',')}}/*/index.html`;
}

/** Whether a site path is a page of sections (an article or a pair page), by the route table's patterns. */
export function hasSections(path: string, routes: readonly Route[] = Object.values(ROUTES)): boolean {
  return routes.some((route) => route.sections && patternRegExp(route).test(path));
}

/** A route's pattern as a regular expression: [kind] stands for its kinds, any other [name] for one path part. */
function patternRegExp(route: Route): RegExp {
  const parts = route.pattern.split(/(\[[^\]]+\])/).map((part, i) =>
    i % 2 === 0 ? part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : part === '[kind]' ? `(?:${(route.kinds ?? []).join('|')})` : '[^/]+',
  );
  return new RegExp(`^${parts.join('')}$`);
}
