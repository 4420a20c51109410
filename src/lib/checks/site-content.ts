/**
 * The checks that span several entries, run once over the whole site as plain
 * entries (text, ids and parsed frontmatter, no Astro), so each is tested in
 * milliseconds: references, raw HTML, components in .md, relation lists,
 * required and reserved sections, body links, dates as written, image alt
 * text, comparison file names and glossary articles.
 */
import type { ContentProblem } from '../model/content-problems.ts';
import type { PageMap } from './link-check.ts';
import { bodyComponentTags, bodyHeadings, bodyImages } from './mdx-body.ts';
import { invisibleCharacter, invisibleCharacterMessage } from '../model/visible-text.ts';
import { COPY_STATUS_ID, SECTION_LINK_PREFIX_ID } from '../model/section-links.ts';
import { findUnknownReferences } from './references.ts';
import { CONTENT_COMPONENTS_DIR } from '../model/content-components.ts';
import { checkSections } from '../model/sections.ts';
import { articleUrl, compareSlug, type ArticleKind } from '../model/urls.ts';
import { bodyLinkProblems, glossaryArticleProblems, type LinkContext } from './body-links.ts';
import { frontmatterDateProblems } from './dates.ts';
import { pageMap, type PageArticle } from './pages.ts';
import { dangerousHtmlProblems } from './raw-html.ts';
import { relationListProblems } from './relation-lists.ts';
import { limbSignProblems, type LimbPage } from './limb-signs.ts';
import { anchoredArticle, anchoredPair, lostAnchorProblems } from './url-contract.ts';

/** A Markdown entry as the checks read it. */
export interface CheckedFile {
  id: string;
  /** Path from the project root, as every problem names it. */
  file: string;
  /** The parsed frontmatter, searched for references to missing entries. */
  data: unknown;
  body: string;
  /** The file as written: YAML rolls 2026-13-45 over to a real date, so dates are checked here. */
  source: string;
}

export interface CheckedArticle extends CheckedFile, PageArticle {
  kind: ArticleKind;
  related: string[];
  /** A type's `helps`, as the condition id of each claim. */
  helps: string[];
}

export interface SiteForChecks {
  articles: CheckedArticle[];
  comparisons: CheckedFile[];
  pairs: [string, string][];
  glossary: { file: string; terms: { id: string; article?: string | undefined }[] };
  /** Collection name → ids, for references. */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** Our own address, so an absolute link to it is checked like a site path. */
  ownOrigins: string[];
  /** Whether a site path is a file in public/. */
  inPublic: (path: string) => boolean;
  /** Pages built from data rather than from one file (code pages, the decision guide's pages), which a body may link to. */
  generatedPages: readonly string[];
  now: Date;
  /** Section anchors ever published (/types/x/#benefits), and the file that records them. */
  anchors: { file: string; published: string[] };
}

const SECTION_FIXES = {
  missing: (id: string) => `add a heading such as "## … { #${id} }" to the body (see the brief in README.md)`,
  reserved: (id: string) => `rename the heading: the page adds its own #${id} section from the frontmatter`,
  duplicate: () => `give one of the headings another wording or id`,
};

/** Problems of any Markdown entry: what its references, HTML, components and dates are. */
function fileProblems(entry: CheckedFile, site: SiteForChecks, links: LinkContext, path: string): ContentProblem[] {
  const tags = entry.file.endsWith('.md') ? bodyComponentTags(entry.body) : [];
  return [
    ...findUnknownReferences(entry.file, entry.data, (collection, id) => site.ids.get(collection)?.has(id) ?? false),
    ...dangerousHtmlProblems(entry.file, entry.body),
    ...tags.map((tag) => ({
      file: entry.file,
      field: `body line ${tag.line}`,
      message: `<${tag.name}> is a component, and components work only in .mdx files`,
      fix: `rename the file to .mdx and import ${tag.name} from ${CONTENT_COMPONENTS_DIR} (see content/guides/editorial-policy.mdx), or remove the tag`,
    })),
    ...bodyLinkProblems(entry.file, path, entry.body, links),
    ...frontmatterDateProblems(entry.file, entry.source, site.now),
  ];
}

/**
 * Ids the layout gives elements of its own: a heading with one would make two
 * elements answer to the same link. The data sections of the kind's registry
 * are refused by checkSections; these are the rest of the page.
 */
const LAYOUT_IDS = new Set(['main', 'site-search', 'toc-heading', SECTION_LINK_PREFIX_ID, COPY_STATUS_ID]);
/** Anchors the layout makes per item: each source in the list (SourceList) and each graded claim (EvidenceClaims). */
const LAYOUT_ID_PREFIXES = ['source-', 'claim-'];
const layoutId = (id: string) => LAYOUT_IDS.has(id) || LAYOUT_ID_PREFIXES.some((prefix) => id.startsWith(prefix));

/** A heading must read as written, give an id a link can use, and leave the layout's ids alone. */
function headingProblems(file: string, heading: { id: string; text: string; line: number }): ContentProblem[] {
  const field = `body line ${heading.line}`;
  const char = invisibleCharacter(heading.text);
  if (char) return [{ file, field, message: invisibleCharacterMessage(`the heading "${heading.text}"`, char), fix: 'delete the character from the heading' }];
  if (heading.id === '') return [{ file, field, message: `the heading "${heading.text}" gives no id, so no link can reach its section`, fix: 'use words in the heading, or give it one: "## … { #an-id }"' }];
  if (layoutId(heading.id)) return [{ file, field, message: `the heading "${heading.text}" takes the id #${heading.id}, which the layout uses`, fix: 'give the heading another wording or id' }];
  return [];
}

function articleProblems(article: CheckedArticle): ContentProblem[] {
  const { file } = article;
  return [
    ...relationListProblems({ file, id: article.id, related: article.related, helps: article.helps }),
    ...checkSections(article.kind, bodyHeadings(article.body).map((h) => h.id)).map(({ id, problem }) => ({
      file,
      field: `section #${id}`,
      message: `section #${id} is ${problem}`,
      fix: SECTION_FIXES[problem](id),
    })),
    ...bodyHeadings(article.body).flatMap((heading) => headingProblems(file, heading)),
    ...bodyImages(article.body)
      .filter((i) => !i.alt)
      .map((image) => ({
        file,
        field: `body line ${image.line}`,
        message: `the image ${image.src} has no alt text`,
        fix: 'describe what the image shows inside the brackets: ![A therapist kneading the calf](…)',
      })),
  ];
}

/** The frontmatter the limb check reads; kinds without warning signs have none to check. */
function limbPage(article: CheckedArticle): LimbPage {
  const data = article.data as { title: string; aliases?: string[]; regions?: unknown[]; redFlags?: string[] };
  const regions = (data.regions ?? []).map((r) => (typeof r === 'string' ? r : (r as { id: string }).id));
  return { file: article.file, id: article.id, title: data.title, aliases: data.aliases ?? [], regions: article.kind === 'conditions' ? regions : [], helps: article.helps, redFlags: data.redFlags ?? [] };
}

export function siteContentProblems(site: SiteForChecks): ContentProblem[] {
  const comparisons = new Map(site.comparisons.map((c) => [c.id, c]));
  const pages: PageMap = pageMap(site.articles, site.pairs, site.comparisons.map((c) => ({ id: c.id, body: c.body, faq: ((c.data as { faq?: unknown[] }).faq ?? []).length })), site.generatedPages);
  const links: LinkContext = {
    pages,
    ownOrigins: site.ownOrigins,
    // Files the build itself writes (the evidence map) are in the page map; the rest come from public/.
    publicFile: (path) => pages.has(path) || site.inPublic(path),
    typeIds: site.ids.get('types') ?? new Set(),
  };
  return [
    ...site.articles.flatMap((a) => [...fileProblems(a, site, links, articleUrl(a.kind, a.id)), ...articleProblems(a)]),
    ...site.comparisons.flatMap((c) => {
      const path = `/compare/${c.id}/`;
      const misnamed = pages.has(path)
        ? []
        : [{ file: c.file, field: 'file name', message: `${c.id} is not a pair of type slugs in alphabetical order`, fix: 'name the file <type-a>-vs-<type-b>.md with the two slugs in alphabetical order' }];
      return [...misnamed, ...fileProblems(c, site, links, path)];
    }),
    ...glossaryArticleProblems(site.glossary.file, site.glossary.terms, pages),
    ...lostAnchorProblems(site.anchors.file, site.anchors.published, pages, [
      ...site.articles.map((a) => anchoredArticle(a.kind, a.id, a.file, a.body)),
      ...site.pairs.map(([a, b]) => anchoredPair(a, b, comparisons.get(compareSlug(a, b)))),
    ]),
    ...limbSignProblems(site.articles.filter((a) => a.kind === 'types' || a.kind === 'conditions').map(limbPage)),
  ];
}
