/**
 * Measures a linked search (`/search/?q=…`) as a reader on a phone meets it:
 * every file requested from opening the link until the first results are on
 * screen and the network is quiet, with the bytes a host sends for each. Used
 * by `npm run bench:search` and by tests/e2e/search-weight.spec.ts.
 */
import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { splitSearchWeight, type SearchWeight } from '../../src/lib/search/weight.ts';

export const PHONE = { width: 390, height: 844 };

/** Bytes sent for a built file: Pagefind's files are gzip already and sent as they are; text is gzipped (level 9) by the host. */
export function sentBytes(path: string, dist = 'dist'): number {
  const file = path.endsWith('/') ? `${dist}${path}index.html` : `${dist}${decodeURIComponent(path)}`;
  if (!existsSync(file)) return 0;
  const data = readFileSync(file);
  return data[0] === 0x1f && data[1] === 0x8b ? data.length : gzipSync(data, { level: 9 }).length;
}

export const RESULTS_SHOWN = /results? for|No results|not available/;

export async function measureLinkedSearch(page: Page, baseURL: string, query: string): Promise<{ weight: SearchWeight; ms: number; results: number }> {
  const paths: string[] = [];
  const record = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.origin === new URL(baseURL).origin) paths.push(url.pathname);
  };
  page.on('request', record);
  const start = Date.now();
  await page.goto(`${baseURL}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction((pattern) => new RegExp(pattern).test(document.getElementById('search-status')?.textContent ?? ''), RESULTS_SHOWN.source);
  const ms = Date.now() - start;
  await page.waitForLoadState('networkidle');
  page.off('request', record);
  const results = await page.locator('#search-results > li').count();
  return { weight: splitSearchWeight(paths, (p) => sentBytes(p)), ms, results };
}
