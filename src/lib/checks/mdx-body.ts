/**
 * Reads the raw Markdown or MDX body of an article for the checks Zod cannot make: which
 * section ids it defines and which internal links it contains. Line numbers
 * are 1-based within the body, so error messages can point at the line.
 */
import { normaliseLineEndings } from './text.ts';
import GithubSlugger from 'github-slugger';

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

const HEADING = /^(#{2,6})\s+(.+?)\s*$/;
const FIXED_ID = /\s*\{\s*#([a-z0-9-]+)\s*\}\s*$/;
// Markdown links whose target starts with "/" (internal) or "#" (same page).
const INTERNAL_LINK = /\]\(((?:\/|#)[^)\s]*)\)/g;

function outsideCodeFences(body: string): { text: string; line: number }[] {
  let inFence = false;
  const lines: { text: string; line: number }[] = [];
  // A Windows-saved file's lines end in CR LF; every check reads them as LF.
  normaliseLineEndings(body).split('\n').forEach((text, i) => {
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    else if (!inFence) lines.push({ text, line: i + 1 });
  });
  return lines;
}

/** The text a heading renders, which its id is made from: links, emphasis and code marks removed. */
function headingText(markdown: string): string {
  return markdown.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/<[^>]+>/g, '');
}

/**
 * The ids the page really gets: fixed ones as written, the others made by the
 * same slugger the Markdown renderer uses (github-slugger), so "Café & spa
 * options" is #café--spa-options and a second "Aftercare" is #aftercare-1.
 */
export function bodyHeadings(body: string): BodyHeading[] {
  const slugger = new GithubSlugger();
  const headings: BodyHeading[] = [];
  for (const { text, line } of outsideCodeFences(body)) {
    const match = HEADING.exec(text);
    if (!match) continue;
    const raw = match[2] ?? '';
    const fixed = FIXED_ID.exec(raw);
    const title = raw.replace(FIXED_ID, '').trim();
    headings.push({ id: fixed?.[1] ?? slugger.slug(headingText(title)), text: title, depth: match[1]?.length ?? 2, line, fixed: Boolean(fixed) });
  }
  return headings;
}

export function bodyLinks(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  for (const { text, line } of outsideCodeFences(body)) {
    for (const match of text.matchAll(INTERNAL_LINK)) {
      const target = match[1] ?? '';
      const hash = target.indexOf('#');
      // A query (/compare/?t=a&t=b) picks what the page shows; the page itself is the path before it.
      const path = (hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
      links.push({ path, fragment: hash === -1 ? undefined : target.slice(hash + 1), line });
    }
  }
  return links;
}

export interface BodyImage {
  alt: string;
  src: string;
  line: number;
}

/** Component tags such as <EvidenceBadge />, which render only in .mdx files (in .md they would be unknown HTML). */
export function bodyComponentTags(body: string): { name: string; line: number }[] {
  const tags: { name: string; line: number }[] = [];
  for (const { text, line } of outsideCodeFences(body)) {
    for (const match of text.replace(/`[^`]*`/g, '').matchAll(/<([A-Z][A-Za-z0-9]*)[\s/>]/g)) tags.push({ name: match[1]!, line });
  }
  return tags;
}

/** Markdown images, so an image without alt text can stop the build. */
export function bodyImages(body: string): BodyImage[] {
  const images: BodyImage[] = [];
  for (const { text, line } of outsideCodeFences(body)) {
    for (const match of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) images.push({ alt: match[1]!.trim(), src: match[2]!, line });
  }
  return images;
}
