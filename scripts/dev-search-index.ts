/**
 * Runs before `npm run dev`: search needs a Pagefind index, which only a build
 * makes (Pagefind reads built HTML). When dist/ has none yet, the site is
 * built once; the dev server then serves dist/pagefind/ at /pagefind/
 * (src/integrations/dev-search.ts). Search shows the articles of the last
 * build; `npm run build` refreshes it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEV_SEARCH_INDEX } from '../src/integrations/dev-search.ts';

if (!existsSync(`${DEV_SEARCH_INDEX}/pagefind.js`)) {
  console.log('No search index yet: building the site once (about 15 s) so search works in the dev server …');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
  // Without an index only search is missing, so the dev server starts anyway.
  if (result.status !== 0) console.warn('The build failed (see above): the dev server starts, but search will find nothing until a build passes.');
}
