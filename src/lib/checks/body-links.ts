/**
 * Every link and image an article body writes, found in each way Markdown and
 * HTML write one (inline, reference definitions, autolinks, <a href>, <img
 * src>) and resolved against the page as a browser would: `../x/` and
 * `conditions/sciatica` are relative to the page's own URL, and an absolute
 * link to our own address is a link to our own page. Internal targets are then
 * checked against the pages the build makes (src/lib/checks/link-check.ts), images
 * against the files in public/, and `/compare/?t=` against the type ids.
 */
import type { ContentProblem } from '../model/content-problems.ts';
import { urlScheme } from './raw-html.ts';
import { findDeadLinks, type PageMap } from './link-check.ts';
import { bodyTargets } from './mdx-body.ts';

export type ResolvedTarget =
  | { internal: true; path: string; query: URLSearchParams; fragment: string | undefined }
  | { internal: false };

const BASE = 'https://this-site.invalid';

/** Where a browser on `selfPath` goes for `target`. `ownOrigins` are our public addresses (from SITE_URL). */
export function resolveTarget(target: string, selfPath: string, ownOrigins: string[]): ResolvedTarget {
  // `&#106;avascript:` is a javascript: link to a browser, not a relative path: src/lib/checks/raw-html.ts reports it.
  const scheme = urlScheme(target);
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return { internal: false };
  let url: URL;
  try {
    url = new URL(target, `${BASE}${selfPath}`);
  } catch {
    return { internal: false };
  }
  if (url.origin !== BASE && !ownOrigins.includes(url.origin)) return { internal: false };
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape stays as written, and is reported as a dead link.
  }
  const fragment = url.hash ? decodeURIComponent(url.hash.slice(1)) : target.endsWith('#') ? '' : undefined;
  return { internal: true, path, query: url.searchParams, fragment };
}

export interface LinkContext {
  pages: PageMap;
  ownOrigins: string[];
  /** Whether a site path is a file in public/ (images and downloads). */
  publicFile: (path: string) => boolean;
  typeIds: ReadonlySet<string>;
}

const looksLikeFile = (path: string) => /\.[a-z0-9]+$/i.test(path);

export function bodyLinkProblems(file: string, selfPath: string, body: string, context: LinkContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pageLinks: { path: string; fragment: string | undefined; line: number }[] = [];
  for (const { target, line, image } of bodyTargets(body)) {
    const resolved = resolveTarget(target, selfPath, context.ownOrigins);
    if (!resolved.internal) continue;
    const { path, query, fragment } = resolved;
    const relative = !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(target);
    if (image || looksLikeFile(path)) {
      if (!context.publicFile(path)) {
        problems.push({ file, field: `body line ${line}`, message: `${target} is not a file in public/`, fix: `add the file as public${path}, or correct the path` });
      }
      continue;
    }
    if (relative && !context.pages.has(path)) {
      problems.push({
        file,
        field: `body line ${line}`,
        message: `the relative link ${target} leads from ${selfPath} to ${path}, which is no page`,
        fix: 'write the link as a site path starting with "/", e.g. /conditions/sciatica/',
      });
      continue;
    }
    if (path === '/compare/') {
      for (const id of query.getAll('t')) {
        if (context.typeIds.has(id)) continue;
        problems.push({ file, field: `body line ${line}`, message: `the link ${target} compares "${id}", which is not a type`, fix: 'use type slugs from content/types/, e.g. /compare/?t=swedish-massage&t=deep-tissue-massage' });
      }
    }
    pageLinks.push({ path: path === selfPath && target.startsWith('#') ? '' : path, fragment, line });
  }
  return [...problems, ...findDeadLinks(file, selfPath, pageLinks, context.pages)];
}

/** A glossary term's `article` must be a page the build makes. */
export function glossaryArticleProblems(file: string, terms: { id: string; article?: string | undefined }[], pages: PageMap): ContentProblem[] {
  return terms.flatMap((t) =>
    t.article === undefined || pages.has(t.article)
      ? []
      : [{ file, field: `${t.id}.article`, message: `${t.article} is no page`, fix: 'use the path of an article that exists, e.g. /techniques/effleurage/, or remove `article`' }],
  );
}
