/**
 * Performance and privacy budgets on one page of every template: bytes before
 * any interaction, HTML plus render-blocking CSS in one round trip, JavaScript
 * at load, no web fonts, no layout shift, and no request to another origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { TEMPLATES } from '../../scripts/lib/template-pages.ts';

const KIB = 1024;
const gz = (path: string) => {
  const file = path.endsWith('/') ? `dist${path}index.html` : `dist${path}`;
  // Level 9: static files are compressed once, at build or deploy time, so hosts serve the smallest.
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
};

/** Records every Content-Security-Policy violation: a hash the build trimmed away by mistake shows up here. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} line ${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

/** The page of a template with the most HTML, found in dist/ rather than named, so a longer article is caught as it lands. */
function longest(kind: string): string {
  const pages = builtPages().filter((p) => !p.isRedirect && new RegExp(`^/${kind}/[^/]+/$`).test(p.path));
  return pages.map((p) => ({ path: p.path, size: gzipSync(p.html, { level: 9 }).length })).sort((a, b) => b.size - a.size)[0]!.path;
}
const PAGES: Record<string, string> = { ...TEMPLATES, 'longest type': longest('types'), 'longest condition': longest('conditions') };

for (const [template, path] of Object.entries(PAGES)) {
  test(`budgets hold on the ${template} template (${path})`, async ({ page, baseURL }) => {
    const requests: { url: URL; type: string }[] = [];
    page.on('request', (r) => requests.push({ url: new URL(r.url()), type: r.resourceType() }));
    const cspViolations = await watchCsp(page);
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    const origin = new URL(baseURL!).origin;
    expect(requests.filter((r) => r.url.origin !== origin).map((r) => r.url.href), 'third-party requests').toEqual([]);
    expect(requests.filter((r) => r.type === 'font'), 'web fonts').toEqual([]);

    const bytes = (filter: (r: { url: URL; type: string }) => boolean) => requests.filter(filter).reduce((sum, r) => sum + gz(r.url.pathname), 0);
    const total = bytes(() => true);
    // Render-blocking CSS: stylesheets for the screen (a media="print" sheet loads without blocking).
    const blocking = new Set(await page.locator('link[rel="stylesheet"]:not([media="print"])').evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname)));
    const htmlAndCss = bytes((r) => r.type === 'document' || (r.type === 'stylesheet' && blocking.has(r.url.pathname)));
    const js = bytes((r) => r.type === 'script');
    console.log(`${template.padEnd(16)} total ${(total / KIB).toFixed(1)} KiB, HTML+CSS ${(htmlAndCss / KIB).toFixed(1)} KiB, JS ${(js / KIB).toFixed(1)} KiB`);
    expect(total, 'bytes before interaction').toBeLessThanOrEqual(30 * KIB);
    expect(htmlAndCss, 'HTML plus render-blocking CSS').toBeLessThanOrEqual(14 * KIB);
    expect(js, 'JavaScript at load').toBeLessThanOrEqual(2 * KIB);
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls), 'layout shift').toBe(0);
    expect(await cspViolations(), 'Content-Security-Policy violations').toEqual([]);
  });
}

test('a browsing session makes no request to any other origin and breaks no CSP rule', async ({ page, baseURL }) => {
  const others: string[] = [];
  const cspViolations = await watchCsp(page);
  page.on('request', (r) => {
    if (new URL(r.url()).origin !== new URL(baseURL!).origin) others.push(r.url());
  });
  await page.goto('/');
  await page.locator('#home-search').fill('sciatica');
  await page.locator('#home-search').press('Enter');
  await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
  expect(await cspViolations(), 'CSP violations while searching').toEqual([]);
  await page.locator('#search-results li h2 a').first().click();
  await expect(page).toHaveURL(/\/conditions\/sciatica\//);
  expect(await cspViolations(), 'CSP violations on the article').toEqual([]);
  await page.goto('/compare/deep-tissue-massage-vs-medical-massage/');
  await page.goto('/decide/pregnant-no/');
  expect(others).toEqual([]);
});

test('the headers file forbids framing and sniffing for static hosts', () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  for (const rule of ["frame-ancestors 'none'", 'X-Frame-Options: DENY', 'X-Content-Type-Options: nosniff', 'Referrer-Policy', 'Permissions-Policy']) {
    expect(headers).toContain(rule);
  }
  expect(readFileSync('dist/_redirects', 'utf8')).toContain('/types/mld/ /types/manual-lymphatic-drainage/ 301');
});
