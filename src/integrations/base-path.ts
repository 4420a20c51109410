/**
 * Under a site path (SITE_URL with one, Astro's `base`), every built page's
 * links move under it once the build is done (src/lib/build/base-path.ts), so
 * `astro build` and `npm run build` give the same site.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlUnderBase } from '../lib/build/base-path.ts';

export function basePath(): AstroIntegration {
  let base = '/';
  return {
    name: 'base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        if (base === '/') return;
        const root = fileURLToPath(dir);
        for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
          if (!file.endsWith('.html')) continue;
          const html = readFileSync(join(root, file), 'utf8');
          const moved = htmlUnderBase(html, base);
          if (moved !== html) writeFileSync(join(root, file), moved);
        }
      },
    },
  };
}
