/**
 * The URL contract with clinics: contract/published-urls.txt lists every public
 * URL the site has ever published: pages, and the files clinics and machines
 * fetch (oEmbed, share images, QR codes, the API). `npm run urls:record`
 * (after a build) adds new ones; nothing ever removes a line. `npm run build`
 * fails when it no longer answers a recorded URL (src/lib/checks/url-contract.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { URL_MANIFEST } from '../src/lib/build/build-dirs.ts';
import { parseUrlManifest } from '../src/lib/model/urls.ts';
import { builtPages, DIST } from './lib/built-site.ts';

export const MANIFEST = URL_MANIFEST;

export function readManifest(): string[] {
  return parseUrlManifest(readFileSync(MANIFEST, 'utf8'));
}

/** Folders of published files besides pages, each with the file type it holds. */
const PUBLISHED_FILES: [folder: string, extension: string][] = [['oembed', '.json'], ['og', '.png'], ['qr', '.svg'], ['api', '.json']];

function publishedFiles(): string[] {
  return PUBLISHED_FILES.flatMap(([folder, extension]) =>
    readdirSync(join(DIST, folder), { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(extension))
      .map((file) => `/${folder}/${file.split('\\').join('/')}`),
  );
}

/** Canonical pages and files of the current build (redirect pages and the 404 are not published URLs of their own). */
export function canonicalPaths(): string[] {
  const pages = builtPages()
    .filter((p) => !p.isRedirect && p.path !== '/404.html')
    .map((p) => p.path);
  return [...pages, ...publishedFiles()].sort();
}

if (process.argv.includes('--record')) {
  const known = new Set(readManifest());
  const added = canonicalPaths().filter((p) => !known.has(p));
  const all = [...known, ...added].sort();
  writeFileSync(MANIFEST, `# Every public URL this site has published. Append only: a removed page needs an alias or redirect.\n${all.join('\n')}\n`);
  console.log(`${added.length} new URL(s) recorded; ${all.length} in ${MANIFEST}.`);
}
