/**
 * The one reader of an article's Markdown or MDX body for the checks Zod cannot make: its headings and the
 * ids they get, its images, its component tags, the raw HTML it writes and every URL it links to. Every
 * other check (links, raw HTML, sections, components in .md, the wording of claims) takes what it needs from here.
 *
 * The body is walked as the syntax tree of the parser Astro renders it with (Sätteri, as the MDX policy and
 * the nesting check read it), not line by line: what is code, a heading, a link or raw HTML is then what the
 * page really shows, so an indented code block, a fence of four backticks or a fence inside a list is code
 * here too, and a link in a heading or a table is a link. An .mdx body is read as Markdown, as the checks
 * always read it: its JSX tags are then raw HTML to these checks (a second look behind the MDX policy).
 *
 * URLs are reported as written (`&#106;avascript:`), which the tree has already decoded, so each is read
 * from the text at the place the tree gives. Line numbers are 1-based within the body.
 */
import GithubSlugger from 'github-slugger';
import { markdownToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from '../model/markdown-features.ts';
import { mdastNodes, type MdastNode } from './nesting.ts';
import { normaliseLineEndings } from './text.ts';

export interface BodyHeading {
  id: string;
  text: string;
  depth: number;
  line: number;
  /** True when the id was written as `{ #id }` rather than derived from the text. */
  fixed: boolean;
}

export interface BodyLink {
  path: string;
  fragment: string | undefined;
  line: number;
}

export interface BodyImage {
  alt: string;
  src: string;
  line: number;
}

/** A link a reader can follow or an image the page loads, as written. */
export interface BodyTarget {
  target: string;
  line: number;
  image: boolean;
}

/** Every URL the body writes: a Markdown link, image, reference definition or autolink, or an attribute of raw HTML. */
export interface BodyUrl extends BodyTarget {
  /** For a URL in raw HTML, the element and attribute that hold it (`a`, `href`). */
  html?: { element: string; attribute: string };
}

/** A paragraph, list item, table or block of raw HTML as written, its lines joined, with its first line. */
export interface TextBlock {
  line: number;
  text: string;
}

/** A piece of raw HTML (or, in an .mdx body, JSX) as written, with the line it starts on. */
export interface BodyHtml {
  value: string;
  line: number;
}

interface ParsedBody {
  source: string;
  nodes: MdastNode[];
  /** The line of an offset into `source`. */
  lineAt: (offset: number) => number;
}

/** A Windows-saved file's lines end in CR LF; every check reads them as LF. */
function parseBody(body: string): ParsedBody {
  const source = normaliseLineEndings(body);
  const tree = markdownToMdast(source, { features: { ...MARKDOWN_FEATURES, frontmatter: false } }) as MdastNode;
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number) => {
    let [low, high] = [0, lineStarts.length - 1];
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  return { source, nodes: [...mdastNodes(tree)].map(({ node }) => node), lineAt };
}

const start = (node: MdastNode) => node.position?.start.offset ?? 0;
const end = (node: MdastNode) => node.position?.end?.offset ?? start(node);

/** The text a node renders: what its id is made from, with link, emphasis and code marks gone and raw HTML left out. */
function renderedText(node: MdastNode): string {
  if (node.type === 'html') return '';
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(renderedText).join('');
}

/** Headings h2 to h6 with the ids the page gives them (see bodyHeadings). */
function headingsOf({ source, nodes }: ParsedBody): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  for (const node of nodes) {
    const depth = Number((node as { depth?: number }).depth);
    if (node.type !== 'heading' || depth < 2) continue;
    const children = node.children ?? [];
    // The heading as written, without its `{ #id }`, which the parser has taken off the last child.
    const text = children.length ? source.slice(start(children[0]!), end(children.at(-1)!)).trim() : '';
    const fixed = (node as { data?: { hProperties?: { id?: unknown } } }).data?.hProperties?.id;
    headings.push({ id: typeof fixed === 'string' ? fixed : slugger.slug(renderedText(node)), text, depth, line: node.position?.start.line ?? 1, fixed: typeof fixed === 'string' });
  }
  return headings;
}

function htmlOf({ nodes }: ParsedBody): BodyHtml[] {
  return nodes.filter((n) => n.type === 'html').map((n) => ({ value: String(n.value), line: n.position?.start.line ?? 1 }));
}

/** The line, within the body, of a match at `index` in a piece of HTML that starts on `line`. */
export const lineWithin = (html: BodyHtml, index: number) => html.line + (html.value.slice(0, index).match(/\n/g)?.length ?? 0);

/** Attributes of raw HTML that hold a URL a browser follows or loads. */
const URL_ATTRIBUTES = /\s(href|src|action|formaction|srcset|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** A Markdown destination as written: `](<dest> "title")` or `]: dest`, up to the first space or `)`. */
const DESTINATION = /\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;

function urlsOf({ source, nodes, lineAt }: ParsedBody): BodyUrl[] {
  const urls: BodyUrl[] = [];
  for (const node of nodes) {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      // Read the destination after the link's text, which may itself hold an image's `](`.
      const children = node.children ?? [];
      const from = children.length ? end(children.at(-1)!) : start(node);
      const written = source.slice(from, end(node));
      const match = DESTINATION.exec(written);
      // An autolink (<https://…>) or a bare www. address has no destination of its own: its text is the URL.
      const target = match ? (match[1] ?? match[2]!) : String((node as { url?: unknown }).url ?? '');
      urls.push({ target, line: lineAt(from + (match?.index ?? 0)), image: node.type === 'image' });
    } else if (node.type === 'html') {
      const html = { value: String(node.value), line: node.position?.start.line ?? 1 };
      for (const tag of html.value.matchAll(/<([a-z][a-z0-9-]*)\b[^>]*/gi)) {
        const element = tag[1]!.toLowerCase();
        for (const m of tag[0].matchAll(URL_ATTRIBUTES)) {
          const attribute = m[1]!.toLowerCase();
          urls.push({ target: m[2] ?? m[3] ?? m[4] ?? '', line: lineWithin(html, tag.index + m.index), image: element === 'img', html: { element, attribute } });
        }
      }
    }
  }
  return urls;
}

/** The links a reader can follow and the images the page shows: Markdown's, and <a href> and <img src>. */
export function bodyTargets(body: string): BodyTarget[] {
  return bodyUrls(body)
    .filter(({ html }) => !html || ((html.element === 'a' || html.element === 'img') && (html.attribute === 'href' || html.attribute === 'src')))
    .map(({ target, line, image }) => ({ target, line, image }));
}

/** Links to a site path or a section of the same page, split into path and fragment. */
export function bodyLinks(body: string): BodyLink[] {
  return bodyTargets(body)
    .filter(({ target, image }) => !image && /^[/#]/.test(target))
    .map(({ target, line }) => {
      const hash = target.indexOf('#');
      // A query (/compare/?t=a&t=b) picks what the page shows; the page itself is the path before it.
      const path = (hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
      return { path, fragment: hash === -1 ? undefined : target.slice(hash + 1), line };
    });
}

/** Component tags such as <EvidenceBadge />, which render only in .mdx files (in .md they would be unknown HTML). */
export function bodyComponentTags(body: string): { name: string; line: number }[] {
  return bodyHtml(body).flatMap((html) => [...html.value.matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)].map((m) => ({ name: m[1]!, line: lineWithin(html, m.index) })));
}

function imagesOf({ nodes }: ParsedBody): BodyImage[] {
  return nodes
    .filter((n) => n.type === 'image')
    .map((n) => ({ alt: String((n as { alt?: unknown }).alt ?? '').trim(), src: String((n as { url?: unknown }).url ?? ''), line: n.position?.start.line ?? 1 }));
}

/** Nodes whose children are inline: raw HTML among them is part of their text, not a block of its own. */
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

function blocksOf({ source, nodes, lineAt }: ParsedBody): TextBlock[] {
  const itemStart = new Map<MdastNode, number>();
  const inline = new Set<MdastNode>();
  for (const node of nodes) {
    if (node.type === 'listItem' && node.children?.[0]?.type === 'paragraph') itemStart.set(node.children[0], start(node));
    if (INLINE_PARENTS.has(node.type)) for (const { node: child } of mdastNodes(node)) if (child !== node) inline.add(child);
  }
  return nodes
    .filter((n) => n.type === 'paragraph' || n.type === 'table' || (n.type === 'html' && !inline.has(n)))
    .map((n) => {
      const from = itemStart.get(n) ?? start(n);
      return { line: lineAt(from), text: source.slice(from, end(n)).split('\n').map((l) => l.trim()).join(' ') };
    })
    .filter((b) => !/^(import|export)\s/.test(b.text));
}

interface ReadBody {
  headings: BodyHeading[];
  html: BodyHtml[];
  urls: BodyUrl[];
  images: BodyImage[];
  blocks: TextBlock[];
}

/** Bodies already read; a dev server that runs for days reads each edit anew, so the store is emptied when it fills. */
const read = new Map<string, ReadBody>();
const READ_LIMIT = 20_000;

/**
 * Each body parsed once for every check: the link map, the site checks, the wording check and the API each ask
 * for its headings, links or blocks, at different times, and parsing is most of what reading costs. Only what
 * the checks use is kept, not the tree.
 */
function readBody(body: string): ReadBody {
  let found = read.get(body);
  if (!found) {
    const parsed = parseBody(body);
    found = { headings: headingsOf(parsed), html: htmlOf(parsed), urls: urlsOf(parsed), images: imagesOf(parsed), blocks: blocksOf(parsed) };
    if (read.size >= READ_LIMIT) read.clear();
    read.set(body, found);
  }
  return found;
}

/**
 * The ids the page really gets: fixed ones as written, the others made by the
 * same slugger the Markdown renderer uses (github-slugger), so "Café & spa
 * options" is #café--spa-options and a second "Aftercare" is #aftercare-1.
 */
export const bodyHeadings = (body: string): BodyHeading[] => readBody(body).headings.slice();

/** Raw HTML in the body (in .mdx, its JSX tags), outside code. */
export const bodyHtml = (body: string): BodyHtml[] => readBody(body).html.slice();

/** Every URL the body writes, in the order written, with its line. */
export const bodyUrls = (body: string): BodyUrl[] => readBody(body).urls.slice();

/** Markdown images, so an image without alt text can stop the build. */
export const bodyImages = (body: string): BodyImage[] => readBody(body).images.slice();

/**
 * The blocks of prose a reader reads: paragraphs (a list item's first one with its marker), tables and blocks of
 * raw HTML, in page order; headings, code and an .mdx file's import and export lines left out.
 */
export const bodyBlocks = (body: string): TextBlock[] => readBody(body).blocks.slice();
