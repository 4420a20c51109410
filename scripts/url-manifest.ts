/**
 * The URL contract with clinics: content/published-urls.txt lists every public
 * URL the site has ever published. `npm run urls:record` (after a build) adds
 * new ones; nothing ever removes a line. The e2e tests fail when a build no
 * longer answers a recorded URL (neither a page nor a redirect).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseUrlManifest } from '../src/lib/urls.ts';
import { builtPages } from './lib/built-site.ts';

export const MANIFEST = 'content/published-urls.txt';

export function readManifest(): string[] {
  return parseUrlManifest(readFileSync(MANIFEST, 'utf8'));
}

/** Canonical pages of the current build (redirect pages and the 404 are not published URLs of their own). */
export function canonicalPaths(): string[] {
  return builtPages()
    .filter((p) => !p.isRedirect && p.path !== '/404.html')
    .map((p) => p.path);
}

if (process.argv.includes('--record')) {
  const known = new Set(readManifest());
  const added = canonicalPaths().filter((p) => !known.has(p));
  const all = [...known, ...added].sort();
  writeFileSync(MANIFEST, `# Every public URL this site has published. Append only: a removed page needs an alias or redirect.\n${all.join('\n')}\n`);
  console.log(`${added.length} new URL(s) recorded; ${all.length} in ${MANIFEST}.`);
}
