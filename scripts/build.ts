/**
 * `npm run build`: the Astro build (which checks the URL contract and indexes
 * the site for search itself, src/integrations/after-build.ts) into a staging
 * folder that replaces dist/ only when every step passed, so a content error
 * never leaves a half-written site behind. The deploy addresses and the
 * content's schemas are checked before Astro runs, so a schema error is one
 * line per problem rather than Astro's error block (scripts/lib/check-schemas.ts).
 * The log is short (no route list; BUILD_LOG=full shows all) and never
 * coloured: the output goes through a pipe, where colours only came on under CI.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { deployAddresses } from '../src/lib/build/site-url.ts';
import { CONTENT_ROOT } from '../src/lib/build/build-dirs.ts';
import { shortAstroLog } from './lib/build-log.ts';
import { schemaReport } from './lib/check-schemas.ts';
import { behindReport } from './lib/translation-status.ts';

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
// Not a failure: the pages of a translation behind its English say so and link the English.
const behind = behindReport(CONTENT_ROOT);
if (behind) console.warn(behind);
rmSync(STAGING, { recursive: true, force: true });
// A content loader's problem (an entry it would skip, drop or keep stale) stops Astro itself (src/loaders.ts), and
// Astro checks the URL contract and indexes the site for search once the pages are written (src/integrations/after-build.ts).
run('astro', ['build'], shortAstroLog, { ...process.env, ASTRO_OUT_DIR: STAGING });
rmSync(OUT, { recursive: true, force: true });
renameSync(STAGING, OUT);
if (!existsSync(`${OUT}/index.html`)) fail('The build produced no home page.');
