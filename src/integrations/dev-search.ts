/**
 * Search in `astro dev`: the search page loads /pagefind/pagefind.js, and a
 * Pagefind index exists only after a build. This serves the last build's
 * index (dist/pagefind/, made before the dev server starts by
 * scripts/dev-search-index.ts), so search works in dev without copying
 * anything into public/.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

export const DEV_SEARCH_INDEX = 'dist/pagefind';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // Pagefind loads its WebAssembly with instantiateStreaming, which needs this type.
  '.wasm': 'application/wasm',
};

export function devSearch(): AstroIntegration {
  return {
    name: 'dev-search',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const root = resolve(DEV_SEARCH_INDEX);
        if (!existsSync(resolve(root, 'pagefind.js'))) logger.warn(`no search index in ${DEV_SEARCH_INDEX}/: run npm run build once for search to work`);
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = resolve(root, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
          if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          res.end(readFileSync(file));
        });
      },
    },
  };
}
