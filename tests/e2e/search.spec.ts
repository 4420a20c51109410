/** The search page tells the truth: readable excerpts, one consistent status, and only the newest query shown. */
import { expect, test } from '@playwright/test';

const status = '#search-status';
const titles = '#search-results li h2 a';

test('excerpts keep the spaces between words and show no heading "#"', async ({ page }) => {
  for (const q of ['car accident', 'neck pain', 'pregnancy back pain']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    const first = page.locator('#search-results li').first();
    await expect(first.locator('mark').first()).toBeVisible();
    const text = (await first.locator('p').nth(1).textContent()) ?? '';
    expect(text, q).not.toMatch(/caraccident|neckpain|pregnancyback|#/i);
    // No highlighted word is glued to the letters before or after it.
    const glued = await first.locator('mark').evaluateAll((marks) =>
      marks.filter((m) => /\p{L}$/u.test(m.previousSibling?.textContent ?? '') || /^\p{L}/u.test(m.nextSibling?.textContent ?? '')).map((m) => m.textContent),
    );
    expect(glued, `${q}: ${text}`).toEqual([]);
  }
});

test('the "Section:" link names the section that holds the match', async ({ page }) => {
  await page.goto('/search/?q=sciatica%20self%20care');
  const section = page.locator('#search-results li').first().locator('.meta a');
  await expect(section).toHaveText(/^Section: /);
  const id = new URL((await section.getAttribute('href'))!, 'http://x').hash.slice(1);
  const excerpt = (await page.locator('#search-results li').first().locator('mark').allTextContents()).join(' ').toLowerCase();
  await page.goto((await section.getAttribute('href'))!);
  const heading = page.locator(`[id="${id}"]`);
  await expect(heading).toBeVisible();
  expect(excerpt.length).toBeGreaterThan(0);
});

test('whole questions and symptoms find their page first', async ({ page }) => {
  const cases: [string, string][] = [
    ['28 weeks pregnant lower back pain', '/conditions/pregnancy-back-and-pelvic-pain/'],
    ['lymphedema after mastectomy', '/conditions/lymphedema/'],
    ['is shiatsu good for anxiety', '/conditions/anxiety/'],
    ["what's the difference between Swedish and deep tissue massage", '/compare/deep-tissue-massage-vs-swedish-massage/'],
    ["can't lift my arm", '/conditions/frozen-shoulder/'],
  ];
  for (const [q, url] of cases) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator(status)).toHaveText(/results? for/);
    const urls = await page.locator(titles).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.slice(0, 3), q).toContain(url);
  }
});

test('more than ten results: "Show more" lists the rest, and the status never contradicts the list', async ({ page }) => {
  await page.goto('/search/?q=pain');
  await expect(page.locator(status)).toHaveText(/^\d+ results for “pain”\.$/);
  const total = Number((await page.locator(status).textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(10);
  await expect(page.locator(titles)).toHaveCount(10);
  await page.locator('#search-more').click();
  await expect(page.locator(titles)).toHaveCount(Math.min(20, total));
  await expect(page.locator(titles).nth(10)).toBeFocused();
});

test('real words near a name are not taken for typos: no "Did you mean fender knots"', async ({ page }) => {
  for (const query of ['tender knots in my neck', 'can i get a massage with high blood pressure']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    // The status names the query as typed, so its words were searched as they are.
    await expect(page.locator(status)).toHaveText(new RegExp(`^\\d+ results for “${query}”\\.$`));
    await expect(page.locator('#search-note')).toHaveText('');
  }
});

test('a query with no results says so, with no "Showing results for" beside it', async ({ page }) => {
  await page.goto('/search/?q=qqqqzzzz');
  await expect(page.locator(status)).toHaveText(/^No results for/);
  await expect(page.locator('#search-note')).toHaveText('');
  await expect(page.locator(titles)).toHaveCount(0);
});

test('an index that fails after the first query says so, never "No results"', async ({ page }) => {
  await page.goto('/search/?q=sciatica');
  await expect(page.locator(status)).toHaveText(/results for/);
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.locator('#search-input').fill('zebra crossing wobble');
  await expect(page.locator(status)).toHaveText(/not available/);
  await expect(page.locator(titles)).toHaveCount(0);
});

test('fast typing: only the newest query changes the page', async ({ page }) => {
  await page.goto('/search/');
  // The engine arrives after both keystrokes, as on a slow phone: the two
  // queries then wait for it together and must still keep their order.
  await page.route('**/_astro/search-engine*', async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  // The first query's index is slowed down so its answer arrives after the second one's.
  let slowed = false;
  await page.route('**/pagefind/index/**', async (route) => {
    if (!slowed) {
      slowed = true;
      await new Promise((r) => setTimeout(r, 1500));
    }
    await route.continue();
  });
  await page.evaluate(() => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    input.value = 'siatica';
    input.dispatchEvent(new Event('input'));
    setTimeout(() => {
      input.value = 'fibromyalgia';
      input.dispatchEvent(new Event('input'));
    }, 50);
  });
  await expect(page.locator(status)).toHaveText(/results for “fibromyalgia”/);
  await page.waitForTimeout(2000);
  await expect(page.locator(status)).toHaveText(/results for “fibromyalgia”/);
  await expect(page.locator('#search-note')).toHaveText('');
  await expect(page.locator(titles).first()).toHaveText('Fibromyalgia');
});

test('a query over 200 characters gets a message instead of hanging the page', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('back pain '.repeat(30))}`);
  await expect(page.locator(status)).toHaveText(/Please shorten it to 200 characters/);
  await expect(page.locator('#search-input')).toHaveAttribute('maxlength', '200');
  // Pasted or scripted text can exceed maxlength: 100,000 characters get the same message at once.
  await page.evaluate(() => {
    const input = document.getElementById('search-input') as HTMLInputElement;
    input.value = 'x'.repeat(100_000);
    input.dispatchEvent(new Event('input'));
  });
  await expect(page.locator(status)).toHaveText(/100000 characters long/, { timeout: 2000 });
});
