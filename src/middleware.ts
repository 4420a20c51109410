/**
 * Runs on every page as it is prerendered: trims the page's Content-Security-
 * Policy to the hashes of its own inline code (src/lib/build/csp.ts), and under
 * a site path moves its links under it (src/lib/build/base-path.ts). Doing it
 * here, not over the written files afterwards, spares a second read and write
 * of every page.
 */
import { defineMiddleware } from 'astro:middleware';
import { htmlUnderBase } from './lib/build/base-path.ts';
import { pruneCspHashes } from './lib/build/csp.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(htmlUnderBase(pruneCspHashes(await response.text()), import.meta.env.BASE_URL), response);
});
