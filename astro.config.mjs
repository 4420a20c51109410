// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseYamlOrThrow } from './src/lib/checks/yaml-read.ts';
import { availableParallelism } from 'node:os';
import { glossaryLinks } from './src/markdown/glossary-plugin.ts';
import { MARKDOWN_FEATURES } from './src/lib/model/markdown-features.ts';
import { sectionLinks } from './src/markdown/section-links-plugin.ts';
import { jsxAllowlist, sanitised } from './src/markdown/sanitize.ts';
import { pageScript } from './src/lib/build/page-script.ts';
import { parseSiteUrl } from './src/lib/build/site-url.ts';
import { CACHE_DIR, CONTENT_ROOT } from './src/lib/build/build-dirs.ts';
import { afterBuild } from './src/integrations/after-build.ts';
import { devSearch } from './src/integrations/dev-search.ts';
import { paletteStylesheet } from './src/integrations/palette-css.ts';

/**
 * The glossary terms the Markdown plugin links, read by the one YAML reader.
 * A file it cannot read has already stopped `npm run build` and `npm run dev`
 * in the pre-check with its line; should it fail here, the build fails too:
 * an empty list would publish every page without its glossary links.
 * @type {{ id: string; term: string; aliases?: string[] }[]}
 */
const glossary = /** @type {any[]} */ (parseYamlOrThrow(readFileSync(`${CONTENT_ROOT}/glossary.yaml`, 'utf8'), `${CONTENT_ROOT}/glossary.yaml`));

/**
 * Every MDX module that imports a component starts with Astro's own
 * "use astro:head-inject" directive, and the bundler warns once per file that
 * it may drop it. Astro handles that directive itself, so the warning is noise
 * that would hide real ones: drop exactly that warning and keep all others.
 * @param {{ code?: string; message?: string }} warning
 */
const isHeadInjectNoise = (warning) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject');

/** `npm run build` has already stopped on a refused SITE_URL with the fix; this stops `astro dev` and `astro check`. */
const { site, error: siteError } = parseSiteUrl(process.env.SITE_URL);
if (siteError) throw new Error(siteError);

export default defineConfig({
  // One place for the public address: SITE_URL in deployments, as parseSiteUrl() accepts it. Without it the
  // build is a local preview with site-relative links only, never a localhost address (src/lib/build/site-url.ts).
  ...(site ? { site: site.href } : {}),
  // A site served under a path (https://example.org/guide/): Astro's assets, and every page's links (src/middleware.ts).
  ...(site && site.pathname !== '/' ? { base: site.pathname } : {}),
  // The build script writes to a staging folder and swaps it in only when everything passed.
  outDir: process.env.ASTRO_OUT_DIR ?? 'dist',
  // Tests and benchmarks build with caches of their own (src/lib/build/build-dirs.ts).
  cacheDir: CACHE_DIR,
  trailingSlash: 'always',
  // Several pages in flight let one page's file writes overlap the next one's rendering.
  build: { inlineStylesheets: 'always', concurrency: 4 },
  // Pages render on a worker per core. Astro's default leaves one core idle, which on a 2-core machine is
  // no parallelism at all; share cards draw in threads of their own and Pagefind runs after, so all cores it is.
  experimental: { parallelPrerender: { workers: availableParallelism() } },
  security: {
    // A strict policy as a <meta> on every page: Astro hashes our own inline styles and scripts.
    // 'self' lets the search page load its bundle and Pagefind; Pagefind's WebAssembly needs 'wasm-unsafe-eval'.
    csp: {
      directives: [
        "default-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // Astro does not hash is:inline scripts; ours are hashed here.
        hashes: [pageScript(false), pageScript(true)].map(
          (script) => /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(script).digest('base64')}`),
        ),
      },
    },
  },
  markdown: {
    // No code blocks in articles; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    // `## Heading { #id }` gives key sections ids that stay fixed when their wording changes.
    // Raw HTML an author wrote passes an allowlist (src/markdown/sanitize.ts) on its way to the page.
    processor: sanitised(
      satteri({
        features: MARKDOWN_FEATURES,
        mdastPlugins: [glossaryLinks(glossary.map((g) => ({ id: g.id, forms: [g.term, ...(g.aliases ?? [])] })))],
        // .mdx bodies are code, not HTML: their lowercase JSX elements pass jsxAllowlist() instead.
        hastPlugins: [sectionLinks(), jsxAllowlist()],
      }),
    ),
  },
  integrations: [mdx(), devSearch(), afterBuild()],
  vite: {
    plugins: [paletteStylesheet()],
    // The build writes dist-staging/ and dist/ while a dev server may be running; neither is a source to reload.
    server: { watch: { ignored: ['**/dist/**', '**/dist-staging/**'] } },
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          if (!isHeadInjectNoise(warning)) warn(warning);
        },
      },
    },
  },
});
