/**
 * A clinic's own website (tests/fixtures/clinic-site) on another origin links
 * to us, frames a summary card and sends a search. Every link must land on
 * the right content of the built site, served with its _headers rules.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CLINIC_URL, HOSTED_ORIGIN } from '../../playwright.config.ts';
import { DIST, builtPages } from '../../scripts/lib/built-site.ts';
import { headersFor, nginxConfig, nginxHeadersFor, parseHeadersFile } from '../../src/lib/build/host-headers.ts';

test.describe('a clinic website that links to the knowledge base', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(CLINIC_URL);
  });

  const links = [
    { id: 'deep-link', url: '/types/manual-lymphatic-drainage/', heading: 'Manual lymphatic drainage' },
    { id: 'alias-link', url: '/types/manual-lymphatic-drainage/', heading: 'Manual lymphatic drainage' },
    { id: 'code-link', url: '/conditions/low-back-pain/', heading: 'Low back pain' },
    { id: 'handout-link', url: '/handouts/conditions/low-back-pain/', heading: 'Low back pain' },
  ];
  for (const link of links) {
    test(`#${link.id} leads to ${link.url}`, async ({ page }) => {
      await page.locator(`#${link.id}`).click();
      await expect(page).toHaveURL(`${HOSTED_ORIGIN}${link.url}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(link.heading);
    });
  }

  test('a section link lands on that section', async ({ page }) => {
    await page.locator('#section-link').click();
    await expect(page).toHaveURL(`${HOSTED_ORIGIN}/conditions/sciatica/#safety`);
    await expect(page.locator('#safety')).toBeInViewport();
    await expect(page.locator('#safety')).toHaveText(/safe/i);
  });

  test('the summary card shows in its frame; a full article refuses to be framed', async ({ page }) => {
    const card = page.frameLocator('#embed-card');
    await expect(card.getByRole('heading', { level: 1 })).toHaveText('Manual lymphatic drainage');
    await expect(card.getByRole('link', { name: /doctor|safety|avoid/i })).toHaveAttribute('href', /\/types\/manual-lymphatic-drainage\/#safety$/);
    await expect(card.getByText(/Massage Therapy Guide/)).toBeVisible();
    // A page that forbids framing never renders in the frame: Chromium shows its own error page there instead.
    const framed = await (await page.locator('#framed-article').elementHandle())!.contentFrame();
    await expect.poll(() => framed!.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('#framed-article').getByRole('heading', { name: 'Manual lymphatic drainage' })).toHaveCount(0);
  });

  test('the search form opens our results', async ({ page }) => {
    await page.locator('#massage-search').fill('lymphoedema');
    await page.locator('#massage-search').press('Enter');
    await expect(page).toHaveURL(`${HOSTED_ORIGIN}/search/?q=lymphoedema`);
    await expect(page.locator('#search-results li h2 a').first()).toHaveText(/lymph/i);
  });
});

test('the static host sends the framing rules of _headers: cards may be framed, pages may not', async ({ request }) => {
  const article = await request.get(`${HOSTED_ORIGIN}/types/swedish-massage/`);
  expect(article.headers()['x-frame-options']).toBe('DENY');
  expect(article.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  const card = await request.get(`${HOSTED_ORIGIN}/embed/types/swedish-massage/`);
  expect(card.headers()['x-frame-options']).toBeUndefined();
  expect(card.headers()['content-security-policy']).toBe('frame-ancestors *');
});

test('every built page outside /embed/, at its folder and at its index.html, refuses framing on every documented host', () => {
  const rules = parseHeadersFile(readFileSync(`${DIST}/_headers`, 'utf8'));
  const nginx = nginxConfig();
  const framable: string[] = [];
  for (const { path, file } of builtPages()) {
    const fileUrl = `/${file.slice(DIST.length + 1)}`;
    for (const url of new Set([path, fileUrl])) {
      const hosts = [headersFor(url, rules), nginxHeadersFor(url, nginx)];
      const refused = hosts.every((h) => h.get('x-frame-options') === 'DENY' && h.get('content-security-policy') === "frame-ancestors 'none'");
      if (refused === url.startsWith('/embed/')) framable.push(url);
    }
  }
  expect(framable, 'pages that may be framed (or cards that may not)').toEqual([]);
});
