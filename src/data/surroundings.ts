/**
 * What the site's assembly reads from outside content/, read from disk: the
 * files as written, the URL contract (contract/), public/, the site's own
 * origin and today. The build's loader (site.ts) and the scripts' reader
 * (scripts/lib/read-content.ts) both take it from here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANCHOR_MANIFEST, REDIRECTS_FILE, URL_MANIFEST } from '../lib/build/build-dirs.ts';
import { parseUrlManifest } from '../lib/model/urls.ts';
import type { Surroundings } from '../lib/views/assemble-site.ts';

export function diskSurroundings(glossaryFile: string, site: string | undefined, now = new Date()): Surroundings {
  // A site that has never been published has no contract yet.
  const contract = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
  return {
    fileText: (path) => readFileSync(path, 'utf8'),
    glossaryFile,
    published: parseUrlManifest(contract(URL_MANIFEST)),
    anchors: { file: ANCHOR_MANIFEST, published: parseUrlManifest(contract(ANCHOR_MANIFEST)) },
    redirects: { file: REDIRECTS_FILE, text: contract(REDIRECTS_FILE) },
    inPublic: (path) => existsSync(join('public', path)),
    ownOrigins: site ? [new URL(site).origin] : [],
    now,
  };
}
