/**
 * What a build does once Astro has written every page, run by Astro itself
 * (`astro:build:done`, as Starlight runs Pagefind), so `astro build`, which
 * hosts run by default, and `npm run build` publish the same site:
 *
 * - the URL contract: every URL ever published must still answer, and every
 *   redirect lead to a page (src/lib/checks/url-contract.ts); a broken one
 *   stops the build with the file, the URL and the fix;
 * - the search index (Pagefind), over the articles and pair pages only;
 * - the map search reads to name its results (src/lib/search/page-map.ts).
 */
import type { AstroIntegration } from 'astro';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REDIRECTS_FILE, URL_MANIFEST } from '../lib/build/build-dirs.ts';
import { deadRedirectProblems, expectedUrls, lostUrlProblems, lostUrls, parseRedirects, redirectSources } from '../lib/checks/url-contract.ts';
import { throwIfAny, type ContentProblem } from '../lib/model/content-problems.ts';
import { parseUrlManifest, searchedPagesGlob } from '../lib/model/urls.ts';
import { writePageMap } from '../lib/search/page-map.ts';
import { shortPagefindLog } from '../lib/build/pagefind-log.ts';

/** The contract's problems with the pages written to `out`. */
function contractProblems(out: string, deployed: boolean, base: string): ContentProblem[] {
  const built = (file: string) => existsSync(join(out, file));
  const redirects = built('_redirects') ? redirectSources(readFileSync(join(out, '_redirects'), 'utf8'), base) : new Set<string>();
  return [
    ...(existsSync(URL_MANIFEST) ? lostUrlProblems(URL_MANIFEST, lostUrls(expectedUrls(parseUrlManifest(readFileSync(URL_MANIFEST, 'utf8')), deployed), built, redirects), REDIRECTS_FILE) : []),
    ...(existsSync(REDIRECTS_FILE) ? deadRedirectProblems(REDIRECTS_FILE, parseRedirects(REDIRECTS_FILE, readFileSync(REDIRECTS_FILE, 'utf8')).redirects, built) : []),
  ];
}

/** Pagefind's own command (the package's runner, which starts its platform binary), over `out`. */
const PAGEFIND = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

function indexForSearch(out: string): string {
  const bin = PAGEFIND;
  const result = spawnSync(process.execPath, [bin, '--site', out, '--glob', searchedPagesGlob()], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      // Smaller index chunks (Pagefind's default is 20,000 word locations): a search loads the chunk of each of its
      // words, so a reader's five-word query costs five small chunks instead of five of about 29 KiB. At 3,000 the
      // heaviest linked search was 149 KiB of its 150 KiB budget; at 1,500 it is 136 (tests/e2e/search-weight.spec.ts).
      PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? '1500',
    },
  });
  if (result.status !== 0) throw new Error(`Pagefind could not index the site:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}

export function afterBuild(): AstroIntegration {
  let deployed = false;
  let base = '/';
  return {
    name: 'after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        deployed = config.site !== undefined;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        throwIfAny(contractProblems(out, deployed, base));
        for (const line of shortPagefindLog(indexForSearch(out)).split('\n').filter(Boolean)) logger.info(line);
        writePageMap(out);
      },
    },
  };
}
