/**
 * The URL contract with clinics, kept by the build itself: every URL in
 * contract/published-urls.txt must still answer, as a page, a file or a
 * redirect. When an entry is renamed and keeps its old slug in `aliases`,
 * every published URL made from the old slug (its card, handout, oEmbed file,
 * share image, QR code and pair pages, not only the article) answers again:
 * pages redirect, files are built again under the old name.
 */
import type { ContentProblem } from '../model/content-problems.ts';
import type { PageMap } from './link-check.ts';
import { bodyHeadings } from './mdx-body.ts';
import { DATA_SECTIONS, pairSections, SECTION } from '../model/sections.ts';
import type { Redirect } from '../model/aliases.ts';
import { articleUrl, canonicalPair, compareSlug, compareUrl, sitePath, slugFamilies, type ArticleKind } from '../model/urls.ts';

/** A published URL, and the current URL that now answers for it. */
export interface KeptUrl {
  from: string;
  to: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** The addresses made from an entry's slug (the route table's), each as a pattern that captures the kind and the slug. */
const PATTERNS = slugFamilies().map((f) => ({ ...f, pattern: new RegExp(`^${escape(f.prefix)}(${f.kinds.join('|')})/([a-z0-9-]+)${escape(f.suffix)}$`) }));

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

const ENTRY_PAGE = /^\/([a-z]+)\/([a-z0-9-]+)\/(?:#[a-z0-9-]+)?$/;

/**
 * The entry id for each old slug or alias, from the alias redirects
 * (/types/mld/ → /types/manual-lymphatic-drainage/) and the contract's
 * redirects of a removed entry's page to an entry of its kind: either keeps
 * every URL made from the old slug, files too, which no redirect can keep.
 */
export function renamedFrom(redirects: { from: string; to: string }[]): (kind: string, slug: string) => string | undefined {
  const ids = new Map(
    redirects.flatMap(({ from, to }) => {
      const [, kind, id] = ENTRY_PAGE.exec(to) ?? [];
      // Only an entry of the same kind has the files of the old one (a type's share image, QR code and oEmbed file).
      return from.startsWith(`/${kind}/`) && id ? [[from, id] as const] : [];
    }),
  );
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

/** The line to add to the redirects file so a removed page's URL leads to the closest one. */
const redirectFix = (redirectsFile: string, path: string, to: string) => `add the line "${path} ${to}" to ${redirectsFile}, with the closest page as the target`;

/** The kind and slug of a URL made from an entry's slug (its card, handout, oEmbed file, share image or QR code). */
function entryOf(path: string): { kind: string; slug: string } | undefined {
  for (const family of PATTERNS) {
    const match = family.pattern.exec(path);
    if (match) return { kind: match[1]!, slug: match[2]! };
  }
  return undefined;
}

/** What to do about one lost URL: its family says whether an alias, a code or a pair made it. */
function lostUrlFix(path: string, redirectsFile: string): string {
  const code = /^\/codes\/icd-10\/([^/]+)\/$/.exec(path)?.[1];
  // A parent code's page (M54.5) answers while any code under it (M54.50) is listed.
  if (code) return `restore ${code} (or the code under it that made this page) in the \`codes\` of its condition; if the code was wrong, ${redirectFix(redirectsFile, path, '/conditions/<closest>/')}`;
  if (path.startsWith('/compare/') && path !== '/compare/') {
    return 'if a type was renamed, keep its old slug in its `aliases`; otherwise restore the pair (each type in the other\'s `related`, or content/comparisons/<a>-vs-<b>.md)';
  }
  const entry = entryOf(path);
  // The index pages' share images (/og/types.png) come from the route table, not from an entry.
  if (!entry) return 'restore the route or page that made it (src/lib/model/urls.ts)';
  const redirect = redirectFix(redirectsFile, articleUrl(entry.kind as ArticleKind, entry.slug), `/${entry.kind}/<closest>/`);
  // A line for the entry's page keeps its card, handout and files too (renamedFrom): a file itself cannot be redirected.
  return `if the entry was renamed, keep its old slug "${entry.slug}" in its \`aliases\`; if an alias was removed, restore it; if the entry was removed, ${redirect}: an entry of ${entry.kind}, so that its card, handout and files answer under the old name too`;
}

export function lostUrlProblems(manifest: string, lost: string[], redirectsFile: string): ContentProblem[] {
  return lost.map((path) => ({
    file: manifest,
    field: path,
    message: 'was published, and clinics may link to it, but this build no longer answers it',
    fix: lostUrlFix(path, redirectsFile),
  }));
}

/** Published URLs a local build (no SITE_URL) does not make: feeds and sitemaps need full addresses. */
const DEPLOY_ONLY = new Set(['/feed.xml', '/sitemap-index.xml']);

/** The published URLs a build must answer: all of them for a deployment, all but the deploy-only files for a local preview. */
export function expectedUrls(published: string[], deployed: boolean): string[] {
  return deployed ? published : published.filter((path) => !DEPLOY_ONLY.has(path));
}

/** A redirect written in the contract's redirects file, for a published URL whose page is gone. */
export interface ExplicitRedirect extends KeptUrl {
  line: number;
}

const PAGE_PATH = /^\/(?:[a-z0-9._-]+\/)+$/i;
const TARGET = /^\/(?:[a-z0-9._-]+\/)*(?:#[a-z0-9-]+)?$/i;

/**
 * The redirects file: one "<published page> <where it answers now>" per line
 * (a line starting with # is a comment). The one way to keep a removed alias's, code's or
 * entry's URL answering when nothing on the site has that name any more.
 */
export function parseRedirects(file: string, text: string): { redirects: ExplicitRedirect[]; problems: ContentProblem[] } {
  const redirects: ExplicitRedirect[] = [];
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    // Only whole lines are comments: a target may hold a #section.
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const [from = '', to = '', ...rest] = line.split(/\s+/);
    if (PAGE_PATH.test(from) && TARGET.test(to) && rest.length === 0) redirects.push({ from, to, line: i + 1 });
    else problems.push({ file, field: `line ${i + 1}`, message: `"${raw.trim()}" is not a redirect`, fix: 'write the published page and the page it now answers at, both as site paths: "/types/old-name/ /types/new-name/#section"' });
  });
  return { redirects, problems };
}

/** One URL that something on the site makes: what makes it, and where that is written. */
export interface UrlClaim {
  url: string;
  /** What would answer there, e.g. "the pair page of a and b"; claims with the same `what` are one page. */
  what: string;
  file: string;
  field: string;
}

/** URLs that two different things would make: the later one would silently replace the earlier. */
export function sharedUrlProblems(claims: UrlClaim[]): ContentProblem[] {
  const first = new Map<string, UrlClaim>();
  const problems: ContentProblem[] = [];
  for (const claim of claims) {
    const owner = first.get(claim.url);
    if (!owner) first.set(claim.url, claim);
    else if (owner.what !== claim.what) {
      problems.push({
        file: claim.file,
        field: claim.field,
        message: `${claim.what} would be at ${claim.url}, which is already ${owner.what} (${owner.file} → ${owner.field}), so one of the two pages would silently disappear`,
        fix: 'rename one of the two (keeping its old slug as an alias if it was published), so that each has a URL of its own',
      });
    }
  }
  return problems;
}

/** The `from` paths of a _redirects file. */
export function redirectSources(text: string, base = '/'): Set<string> {
  return new Set(text.split('\n').map((line) => sitePath(line.trim().split(/\s+/)[0] ?? '', base)).filter((from) => from.startsWith('/')));
}

/** Redirect targets that the build does not answer: a redirect must lead to a page. */
export function deadRedirectProblems(file: string, redirects: ExplicitRedirect[], hasFile: (file: string) => boolean): ContentProblem[] {
  return redirects
    .filter(({ to }) => !hasFile(fileOfUrl(to.split('#')[0]!)))
    .map(({ from, to, line }) => ({ file, field: `line ${line}`, message: `${from} redirects to ${to}, which this build does not make`, fix: 'point it at a page the site has (its URL as the address bar shows it)' }));
}

/** An entry as the shared-URL check reads it. */
export interface ClaimingEntry {
  kind: ArticleKind;
  id: string;
  file: string;
  /** A type's related types: each pair gets a page (/compare/<a>-vs-<b>/). */
  related: string[];
}

/**
 * Every URL the content makes, with what makes it: articles, pair pages (a
 * type slug holding "-vs-" can give two pairs one URL), code pages, alias
 * redirects and the contract's own redirects, in that order, so the later,
 * easier one to change is named first.
 */
export function siteUrlClaims(
  entries: ClaimingEntry[],
  codePages: { code: string; url: string; file: string }[],
  aliases: Redirect[],
  explicit: { file: string; redirects: ExplicitRedirect[] },
): UrlClaim[] {
  const fileOf = new Map(entries.map((e) => [articleUrl(e.kind, e.id), e.file]));
  const types = new Set(entries.filter((e) => e.kind === 'types').map((e) => e.id));
  return [
    ...entries.map((e) => ({ url: articleUrl(e.kind, e.id), what: `the page of ${e.kind}/${e.id}`, file: e.file, field: 'file name' })),
    ...entries.flatMap((e) =>
      e.kind !== 'types'
        ? []
        : e.related
            .filter((other) => other !== e.id && types.has(other))
            .map((other) => {
              const [a, b] = canonicalPair(e.id, other);
              return { url: compareUrl(a, b), what: `the pair page of ${a} and ${b}`, file: e.file, field: 'related' };
            }),
    ),
    ...codePages.map((c) => ({ url: c.url, what: `the code page of ${c.code}`, file: c.file, field: 'codes' })),
    ...aliases.map((r) => ({ url: r.from, what: `the alias redirect to ${r.to}`, file: fileOf.get(r.to) ?? r.to, field: 'aliases' })),
    ...explicit.redirects.map((r) => ({ url: r.from, what: `a redirect to ${r.to}`, file: explicit.file, field: `line ${r.line}` })),
  ];
}

/**
 * A page with published section anchors, as the anchor check reads it: an
 * article, or a pair page with the prose of its hand-written comparison.
 */
export interface AnchoredPage {
  url: string;
  /** The file its headings are written in (a pair page without prose: the comparison file it would have). */
  file: string;
  /** Undefined when that file does not exist. */
  body: string | undefined;
  /** Where an id the page makes from data or its layout (no heading of the body) comes back from; undefined for any other id. */
  fixedSection(id: string): { file: string; fix: string } | undefined;
}

/** An article's anchors: its body's headings, and the data sections its layout shows from the frontmatter. */
export function anchoredArticle(kind: ArticleKind, id: string, file: string, body: string): AnchoredPage {
  return {
    url: articleUrl(kind, id),
    file,
    body,
    // A heading may not take a data section's id (checkSections), so only the data brings it back.
    fixedSection: (section) =>
      DATA_SECTIONS[kind].some((s) => s.id === section)
        ? { file, fix: `the layout shows #${section} only while the frontmatter holds what it lists (src/lib/model/sections.ts): restore that` }
        : undefined,
  };
}

/**
 * A pair page's anchors: the sections every pair page renders, each type's
 * reasons to choose it, the FAQ and the prose headings of its comparison file.
 */
export function anchoredPair(a: string, b: string, comparison: { file: string; body: string } | undefined): AnchoredPage {
  const file = comparison?.file ?? `content/comparisons/${compareSlug(a, b)}.md`;
  const layout = new Set(pairSections(a, b, 0));
  return {
    url: compareUrl(a, b),
    file,
    body: comparison?.body,
    fixedSection: (section) => {
      if (section === SECTION.faq) return { file, fix: `a pair page shows #${SECTION.faq} only while its comparison file has \`faq\` questions: restore them${comparison ? '' : ' (and the file, which no longer exists)'}` };
      // Every pair page renders these from the registry, so only a change to it loses one (on every pair page at once).
      if (layout.has(section)) return { file: 'src/lib/model/sections.ts', fix: `every pair page renders the ids of PAIR_SECTIONS and chooseSection(<type>): restore #${section} there, keeping it on the section that holds it now` };
      return undefined;
    },
  };
}

const words = (id: string) => new Set(id.split('-').filter((w) => w.length > 2));

/** How to bring back a prose heading's id: at the heading most like it (the most words in common), if there is one. */
function headingFix(page: AnchoredPage, id: string): { field: string; fix: string } {
  if (page.body === undefined) {
    return { field: 'file name', fix: `the hand-written comparison is gone: restore ${page.file} (git log -- ${page.file}), or write one with a heading "## … { #${id} }"` };
  }
  const wanted = words(id);
  const closest = bodyHeadings(page.body)
    .filter((h) => !h.fixed)
    .map((h) => ({ h, shared: [...words(h.id)].filter((w) => wanted.has(w)).length }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared)[0]?.h;
  return closest
    ? { field: `body line ${closest.line}`, fix: `if this heading is that section reworded, give it its old id: "${'#'.repeat(closest.depth)} ${closest.text} { #${id} }"; if the section was removed, give that id to the closest heading` }
    : { field: 'body', fix: `give the heading of the closest section the fixed id: "## … { #${id} }"` };
}

/**
 * Published section anchors (/types/oncology-massage/#can-massage-spread-cancer,
 * /compare/deep-tissue-massage-vs-swedish-massage/#who-is-each-one-for) that
 * their page no longer has: rewording a heading changes its id unless the id
 * is fixed. An anchor on a page the build no longer makes is left to the
 * page's own check. A section the registry gives every pair page is one
 * problem, however many pages lost it.
 */
export function lostAnchorProblems(anchorsFile: string, anchors: string[], pages: PageMap, anchored: AnchoredPage[]): ContentProblem[] {
  const byUrl = new Map(anchored.map((a) => [a.url, a]));
  const problems = new Map<string, { problem: ContentProblem; pages: number }>();
  for (const anchor of anchors) {
    const [path = '', id = ''] = anchor.split('#');
    const ids = pages.get(path);
    const page = byUrl.get(path);
    if (!ids || ids.has(id) || !page) continue;
    const message = `the section #${id} was published (${anchorsFile}), and clinics link to ${anchor}, but the page no longer has that section`;
    const fixed = page.fixedSection(id);
    const problem = fixed ? { file: fixed.file, field: `section #${id}`, message, fix: fixed.fix } : { file: page.file, ...headingFix(page, id), message };
    const key = `${problem.file}\n${problem.field}`;
    const seen = problems.get(key);
    if (seen) seen.pages += 1;
    else problems.set(key, { problem, pages: 1 });
  }
  return [...problems.values()].map(({ problem, pages: n }) => (n === 1 ? problem : { ...problem, message: `${problem.message}, nor do ${n - 1} more pages` }));
}
