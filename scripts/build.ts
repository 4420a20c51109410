/**
 * `npm run build`: the Astro build, then the Pagefind index, into a staging
 * folder that replaces dist/ only when every step passed, so a content error
 * never leaves a half-written site behind. Content is checked against
 * its schemas before Astro runs, so a schema error is one line per problem
 * rather than Astro's error block (scripts/lib/check-schemas.ts). The log is short (no
 * route list, Pagefind in one line; BUILD_LOG=full shows all) and never
 * coloured: the output goes through a pipe, where colours only came on under CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deployAddresses } from '../src/lib/build/site-url.ts';
import { CONTENT_ROOT, REDIRECTS_FILE, URL_MANIFEST } from '../src/lib/build/build-dirs.ts';
import { formatProblems } from '../src/lib/model/content-problems.ts';
import { deadRedirectProblems, expectedUrls, lostUrlProblems, lostUrls, parseRedirects, redirectSources } from '../src/lib/checks/url-contract.ts';
import { writePageMap } from '../src/lib/search/page-map.ts';
import { ARTICLE_KINDS, parseUrlManifest } from '../src/lib/model/urls.ts';
import { shortAstroLog, shortPagefindLog } from './lib/build-log.ts';
import { schemaReport } from './lib/check-schemas.ts';

const OUT = process.env['BUILD_OUT'] ?? 'dist';
const STAGING = `${OUT}-staging`;
const FULL_LOG = process.env['BUILD_LOG'] === 'full';

function fail(message: string, status = 1): never {
  rmSync(STAGING, { recursive: true, force: true });
  console.error(`\n${message}\nBuild failed. ${OUT}/ was left as it was.`);
  process.exit(status);
}

/** Runs a step and shows its (shortened) output. */
function run(command: string, args: string[], shorten: (log: string) => string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const keep = FULL_LOG ? (log: string) => log : shorten;
  process.stdout.write(keep(result.stdout ?? ''));
  process.stderr.write(result.stderr ?? '');
  if (result.error) fail(`Could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`Step failed: ${command} ${args.join(' ')}`, result.status ?? 1);
}

// `--site <url>` is SITE_URL for shells that cannot set a variable inline (npm test uses it).
const { values: args } = parseArgs({ options: { site: { type: 'string' } } });
if (args.site !== undefined) process.env['SITE_URL'] = args.site;
// Both addresses are checked before anything runs; Astro's config reads the same function (astro.config.mjs).
const addresses = deployAddresses(process.env);
if (addresses.errors.length > 0) fail(addresses.errors.join('\n'));
for (const warning of addresses.warnings) console.warn(warning);
const schemaProblems = schemaReport(CONTENT_ROOT, 'the build');
if (schemaProblems) fail(schemaProblems);
rmSync(STAGING, { recursive: true, force: true });
// A content loader's problem (an entry it would skip, drop or keep stale) stops Astro itself (src/loaders.ts).
run('astro', ['build'], shortAstroLog, { ...process.env, ASTRO_OUT_DIR: STAGING });
// The URL contract: every URL ever published must still answer, and every redirect lead to a page (src/lib/checks/url-contract.ts).
const built = (file: string) => existsSync(join(STAGING, file));
const contractProblems = [
  ...(existsSync(URL_MANIFEST)
    ? lostUrlProblems(
        URL_MANIFEST,
        lostUrls(expectedUrls(parseUrlManifest(readFileSync(URL_MANIFEST, 'utf8')), Boolean(process.env['SITE_URL'])), built, built('_redirects') ? redirectSources(readFileSync(join(STAGING, '_redirects'), 'utf8'), addresses.site?.pathname) : new Set()),
        REDIRECTS_FILE,
      )
    : []),
  ...(existsSync(REDIRECTS_FILE) ? deadRedirectProblems(REDIRECTS_FILE, parseRedirects(REDIRECTS_FILE, readFileSync(REDIRECTS_FILE, 'utf8')).redirects, built) : []),
];
if (contractProblems.length > 0) fail(formatProblems(contractProblems));
// Only articles and pair comparisons carry data-pagefind-body; naming their
// folders spares Pagefind from reading every card, handout and redirect page
// (at 10,000 entries that was 80,000 files and 5 GB of memory).
// Smaller index chunks (Pagefind's default is 20,000 word locations): a search loads the chunk of each of its
// words, so a reader's five-word query costs five small chunks instead of five of about 29 KiB. At 3,000 the
// heaviest linked search was 149 KiB of its 150 KiB budget; at 1,500 it is 136 (tests/e2e/search-weight.spec.ts).
run('pagefind', ['--site', STAGING, '--glob', `{${[...ARTICLE_KINDS, 'compare'].join(',')}}/*/index.html`], shortPagefindLog, {
  ...process.env,
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? '1500',
});
writePageMap(STAGING);
rmSync(OUT, { recursive: true, force: true });
renameSync(STAGING, OUT);
if (!existsSync(`${OUT}/index.html`)) fail('The build produced no home page.');
