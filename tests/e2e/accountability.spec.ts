/** Who publishes the site and how to report a problem: the about page, and a report line on every article. */
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { contactUrl, PUBLISHER } from '../../src/lib/build/site-config.ts';

const articles = builtPages().filter((p) => !p.isRedirect && /^\/(types|conditions|techniques|regions|guides)\/[^/]+\/$/.test(p.path));

test('every article has "Report a problem with this page", to the configured address or saying there is none', () => {
  expect(articles.length).toBeGreaterThan(50);
  const contact = contactUrl();
  const missing = articles.filter((p) => !p.html.includes('Report a problem with this page')).map((p) => p.path);
  expect(missing).toEqual([]);
  for (const p of articles) {
    if (contact) expect(p.html, p.path).toContain(encodeURIComponent(`https://massage-guide.example${p.path}`));
    else expect(p.html, p.path).toContain('<a href="/about/">Report a problem with this page</a>');
  }
});

test('the about page says who publishes the site, how it is reviewed and funded, and how to get in touch', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('h1')).toHaveText('About this site');
  await expect(page.locator('main')).toContainText(`published by ${PUBLISHER}`);
  if (!contactUrl()) await expect(page.locator('#contact + p')).toContainText('no contact address set up yet');
  for (const heading of ['Who publishes it?', 'How are articles reviewed?', 'How is it funded?', 'How do I contact you?']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await page.goto('/guides/editorial-policy/');
  await expect(page.getByRole('link', { name: 'about page' })).toHaveAttribute('href', '/about/');
  await expect(page.getByRole('navigation', { name: 'Footer' }).getByRole('link', { name: 'About' })).toHaveAttribute('href', '/about/');
});
