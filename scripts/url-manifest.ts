/**
 * The URL contract with clinics: contract/published-urls.txt lists every public
 * URL the site has ever published: pages (redirects too: aliases and code
 * lookups are addresses clinics hold), and the files clinics and machines
 * fetch (oEmbed, share images, QR codes, the API, the feed and sitemap).
 * contract/published-anchors.txt lists every section anchor of an article
 * or pair page (/types/oncology-massage/#can-massage-spread-cancer). `npm run
 * urls:record` (after a build) adds new lines; nothing ever removes one
 * (tests/unit/scripts/url-history.test.ts). `npm run build` fails when it no
 * longer answers a recorded URL or anchor (src/lib/checks/url-contract.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHOR_MANIFEST, URL_MANIFEST } from '../src/lib/build/build-dirs.ts';
import { hasSections, parseUrlManifest } from '../src/lib/model/urls.ts';
import { builtPages, DIST, headingIds } from './lib/built-site.ts';

export const MANIFEST = URL_MANIFEST;

export function readManifest(file = MANIFEST): string[] {
  return existsSync(file) ? parseUrlManifest(readFileSync(file, 'utf8')) : [];
}

/** Folders of published files besides pages, each with the file type it holds. */
const PUBLISHED_FILES: [folder: string, extension: string][] = [['oembed', '.json'], ['og', '.png'], ['qr', '.svg'], ['api', '.json']];
/** Single files that readers and machines subscribe to; a local build (no SITE_URL) has none. */
const PUBLISHED_SINGLE_FILES = ['/feed.xml', '/sitemap-index.xml'];

function publishedFiles(): string[] {
  return [
    ...PUBLISHED_FILES.flatMap(([folder, extension]) =>
      readdirSync(join(DIST, folder), { recursive: true })
        .map(String)
        .filter((file) => file.endsWith(extension))
        .map((file) => `/${folder}/${file.split('\\').join('/')}`),
    ),
    ...PUBLISHED_SINGLE_FILES.filter((file) => existsSync(join(DIST, file))),
  ];
}

/** Pages and files of the current build, redirects included (the 404 page is no URL of its own). */
export function canonicalPaths(): string[] {
  const pages = builtPages()
    .filter((p) => p.path !== '/404.html')
    .map((p) => p.path);
  return [...pages, ...publishedFiles()].sort();
}

/** Section anchors of the built article and pair pages: each h2 and h3 id, prose or data section alike. */
export function builtAnchors(): string[] {
  return builtPages()
    .filter((p) => !p.isRedirect && hasSections(p.path))
    .flatMap((p) => headingIds(p.html).map((id) => `${p.path}#${id}`))
    .sort();
}

/** Adds what `current` holds and `file` does not yet list; never removes a line. */
function record(file: string, header: string, current: string[]): void {
  const known = readManifest(file);
  const seen = new Set(known);
  const added = current.filter((p) => !seen.has(p));
  const all = [...new Set([...known, ...added])].sort();
  writeFileSync(file, `${header}\n${all.join('\n')}\n`);
  console.log(`${added.length} new line(s) recorded; ${all.length} in ${file}.`);
}

if (process.argv.includes('--record')) {
  record(URL_MANIFEST, '# Every public URL this site has published. Append only: a removed page needs an alias or a line in contract/redirects.txt.', canonicalPaths());
  record(ANCHOR_MANIFEST, '# Every section anchor of an article or pair page this site has published. Append only: a reworded heading keeps its old id as a fixed id.', builtAnchors());
}
