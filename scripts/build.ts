/**
 * `npm run build`: the Astro build, then the Pagefind index, into a staging
 * folder that replaces dist/ only when every step passed, so a content error
 * never leaves a half-written site behind. A frontmatter error gets a "Fix:"
 * line per field on top of Astro's own message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { explainSchemaError } from '../src/lib/schema-error-fixes.ts';
import { writePageMap } from '../src/lib/search/page-map.ts';
import { ARTICLE_KINDS } from '../src/lib/urls.ts';

const OUT = process.env['BUILD_OUT'] ?? 'dist';
const STAGING = `${OUT}-staging`;

function fail(message: string, status = 1): never {
  rmSync(STAGING, { recursive: true, force: true });
  console.error(`\n${message}\nBuild failed. ${OUT}/ was left as it was.`);
  process.exit(status);
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(result.stdout ?? '');
  process.stderr.write(result.stderr ?? '');
  if (result.error) fail(`Could not run ${command}: ${result.error.message}`);
  if (result.status === 0) return;
  // Astro colours its messages when CI is set; the parser reads plain text.
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  if (output.includes('InvalidContentEntryDataError')) {
    const { file, fixes } = explainSchemaError(output);
    fail(`${file ?? 'A content file'} does not match its schema:\n${fixes.map((f) => `- ${f.field}\n  Fix: ${f.fix}`).join('\n')}`, result.status ?? 1);
  }
  fail(`Step failed: ${command} ${args.join(' ')}`, result.status ?? 1);
}

rmSync(STAGING, { recursive: true, force: true });
run('astro', ['build'], { ...process.env, ASTRO_OUT_DIR: STAGING });
// Only articles and pair comparisons carry data-pagefind-body; naming their
// folders spares Pagefind from reading every card, handout and redirect page
// (at 10,000 entries that was 80,000 files and 5 GB of memory).
// Smaller index chunks (Pagefind's default is 20,000 word locations): a search loads one chunk per word, so a
// reader's five-word query costs five small chunks instead of five of about 29 KiB (tests/e2e/search-weight.spec.ts).
run('pagefind', ['--site', STAGING, '--glob', `{${[...ARTICLE_KINDS, 'compare'].join(',')}}/*/index.html`], {
  ...process.env,
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ?? '3000',
});
writePageMap(STAGING);
rmSync(OUT, { recursive: true, force: true });
renameSync(STAGING, OUT);
if (!existsSync(`${OUT}/index.html`)) fail('The build produced no home page.');
