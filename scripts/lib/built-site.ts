/**
 * Reads the built site in dist/: every page, its links and its ids. Shared by
 * the site-wide checks, so each runs over every page the build produced, and
 * by `npm run urls:record`, which records the pages it finds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

export interface BuiltPage {
  /** URL path, e.g. /types/swedish-massage/ */
  path: string;
  file: string;
  html: string;
  isRedirect: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'pagefind' || d.name === '_astro' ? [] : walk(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

export function builtPages(): BuiltPage[] {
  return walk(DIST)
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const html = readFileSync(file, 'utf8');
      return { path, file, html, isRedirect: html.includes('http-equiv="refresh"') };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The ids of a page's h2 and h3 headings, in page order: the sections a link may point at. */
export function headingIds(html: string): string[] {
  return [...html.matchAll(/<h[23]\s[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!);
}

export function internalHrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]+)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((href) => href.startsWith('/') || href.startsWith('#'));
}

/**
 * Splits pages into n groups so slow checks run in parallel tests, dealt out
 * in turn: each group gets its share of every kind of page (pages of one
 * folder are alike in length), so the workers finish together.
 */
export function chunks<T>(items: T[], n: number): T[][] {
  return Array.from({ length: n }, (_, i) => items.filter((_, j) => j % n === i)).filter((c) => c.length > 0);
}
