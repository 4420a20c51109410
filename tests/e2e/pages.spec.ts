/** Each kind of page renders, relations link both ways, and search works from a link and by keyboard. */
import { expect, test } from '@playwright/test';
import { EVIDENCE_GRADES } from '../../src/lib/model/evidence.ts';
import { LEVELS } from '../../src/lib/model/grade-rule.ts';
import { strings } from '../../src/i18n/index.ts';

test('a type page shows its data sections and links to a condition it helps', async ({ page }) => {
  await page.goto('/types/manual-lymphatic-drainage/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Manual lymphatic drainage');
  for (const id of ['at-a-glance', 'what-it-is', 'what-to-expect', 'evidence', 'techniques-used', 'safety', 'sources']) {
    await expect(page.locator(`#${id}`)).toBeVisible();
  }
  await page.locator('section', { has: page.locator('#evidence') }).getByRole('link', { name: 'Lymphedema', exact: true }).click();
  await expect(page).toHaveURL(/\/conditions\/lymphedema\/$/);
});

test('a condition page lists the types graded for it, derived from the types', async ({ page }) => {
  await page.goto('/conditions/lymphedema/');
  const evidence = page.locator('section', { has: page.locator('#evidence') });
  await expect(evidence.getByRole('link', { name: 'Manual lymphatic drainage' })).toBeVisible();
  await evidence.getByRole('link', { name: 'Manual lymphatic drainage' }).click();
  // The link leads to the claim itself, where its grade and the studies of the style by name are.
  await expect(page).toHaveURL(/\/types\/manual-lymphatic-drainage\/#claim-lymphedema$/);
  await expect(page.locator('#claim-lymphedema')).toContainText('Limited evidence');
});

test('a technique page lists the types that use it, and back', async ({ page }) => {
  await page.goto('/techniques/effleurage/');
  const usedIn = page.locator('section', { has: page.locator('#used-in') });
  await usedIn.getByRole('link', { name: /Swedish massage/ }).click();
  await expect(page).toHaveURL(/\/types\/swedish-massage\/$/);
  await page.locator('section', { has: page.locator('#techniques-used') }).getByRole('link', { name: /Effleurage/ }).click();
  await expect(page).toHaveURL(/\/techniques\/effleurage\/$/);
});

test('a region page lists its conditions and types', async ({ page }) => {
  await page.goto('/regions/lower-back/');
  await expect(page.locator('section', { has: page.locator('#conditions') }).getByRole('link', { name: /Sciatica/ })).toBeVisible();
  await expect(page.locator('section', { has: page.locator('#types') }).getByRole('link').first()).toBeVisible();
});

test('a region page opens with its common problems, most common first, each with its warning signs, on the first screens of a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/regions/neck/');
  const common = page.locator('section', { has: page.locator('#common-problems') });
  const box = await common.boundingBox();
  expect(box!.y).toBeLessThan(1700);
  // The article names neck pain first ("Most neck pain comes from…"); the full list below follows the same order.
  await expect(common.getByRole('listitem').first()).toContainText('Neck pain');
  await expect(common.getByRole('link', { name: 'when to get urgent help with neck pain' })).toHaveAttribute('href', '/conditions/neck-pain/#red-flags');
  await expect(page.locator('section', { has: page.locator('#conditions') }).locator('li a').first()).toContainText('Neck pain');
  // Types with research for the area's problems come first, and the list says it is not a recommendation.
  await expect(page.locator('section', { has: page.locator('#types') })).toContainText('not a recommendation');
});

test('the A to Z indexes and guides list their entries', async ({ page }) => {
  await page.goto('/types/');
  await expect(page.getByRole('link', { name: /Deep tissue massage/ })).toBeVisible();
  await page.goto('/guides/');
  await expect(page.getByRole('link', { name: /Which massage is right for me/ })).toBeVisible();
});

test('an alias URL redirects to the canonical page', async ({ page }) => {
  await page.goto('/types/mld/');
  await expect(page).toHaveURL(/\/types\/manual-lymphatic-drainage\/$/);
  await page.goto('/conditions/lymphoedema/');
  await expect(page).toHaveURL(/\/conditions\/lymphedema\/$/);
  // A search-only term keeps the address it had as an alias, and is not shown as another name.
  await page.goto('/types/massage-during-pregnancy/');
  await expect(page).toHaveURL(/\/types\/prenatal-massage\/$/);
  await page.goto('/regions/elbow/');
  await expect(page).toHaveURL(/\/regions\/arms\/$/);
  await expect(page.locator('body')).not.toContainText('Also called: arm');
});

test('an unknown URL gets the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/types/no-such-massage/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We cannot find that page');
  await expect(page.getByRole('link', { name: 'Conditions' }).last()).toBeVisible();
  // No canonical address (the page has none of its own), and one search landmark, not two with the same name.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  await expect(page.getByRole('search')).toHaveCount(1);
});

test('article pages load no JavaScript file, only a tiny inline script ("/" to search, copying section links)', async ({ page }) => {
  for (const path of ['/', '/types/deep-tissue-massage/', '/conditions/sciatica/', '/guides/faq/']) {
    await page.goto(path);
    expect(await page.locator('script[src], script[type="module"]').count(), path).toBe(0);
    // JSON-LD is data, not code.
    const inline = await page.locator('script:not([type="application/ld+json"])').allTextContents();
    expect(inline.join('').length, path).toBeLessThan(path === '/' ? 300 : 800);
  }
});

test('"/" focuses the search box from any page', async ({ page }) => {
  await page.goto('/conditions/sciatica/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.goto('/404.html');
  await page.keyboard.press('/');
  await expect(page.locator('#notfound-search')).toBeFocused();
});

test('a misspelt query is corrected and can be run as typed', async ({ page }) => {
  await page.goto('/search/?q=siatica');
  await expect(page.locator('#search-note')).toContainText('Showing results for “sciatica”');
  await expect(page.locator('#search-results li h2 a').first()).toHaveText('Sciatica');
  await page.getByRole('link', { name: 'Search only for “siatica”' }).click();
  await expect(page).toHaveURL(/exact=1/);
});

test('results can be filtered by kind and body area', async ({ page }) => {
  await page.goto('/search/?q=pain');
  await expect(page.locator('#search-status')).toContainText('results for');
  await page.locator('#filter-kind').selectOption('Technique');
  await expect(page.locator('#search-results .kind').first()).toHaveText('Technique');
  for (const kind of await page.locator('#search-results .kind').allTextContents()) expect(kind).toBe('Technique');
  await page.locator('#filter-kind').selectOption('');
  await page.locator('#filter-region').selectOption('Feet');
  await expect(page.locator('#search-results li h2 a').first()).toBeVisible();
});

test('when the index cannot load, search says so and points to the A to Z lists', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto('/search/?q=sciatica');
  await expect(page.locator('#search-status')).toHaveText(/not available.*A to Z/);
  await expect(page.getByRole('link', { name: 'Conditions A to Z' })).toBeVisible();
});

test('search from the header leads to a result', async ({ page }) => {
  await page.goto('/types/swedish-massage/');
  await page.getByRole('searchbox', { name: 'Search the site' }).fill('sciatica');
  await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=sciatica/);
  const first = page.locator('#search-results li a').first();
  await expect(first).toHaveText('Sciatica');
  await first.click();
  await expect(page).toHaveURL(/\/conditions\/sciatica\//);
});

test('a linked search (?q=) runs on arrival, and a crafted query stays text', async ({ page }) => {
  await page.goto('/search/?q=manual%20lymphatic%20drainage');
  await expect(page.locator('#search-results li a').first()).toHaveText('Manual lymphatic drainage');
  let dialog = false;
  page.on('dialog', () => (dialog = true));
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('#search-status')).toContainText('<img src=x onerror=alert(1)>');
  expect(dialog).toBe(false);
  expect(await page.locator('#search-results img').count()).toBe(0);
});

test('search works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  const isFocused = (selector: string) => page.locator(selector).evaluate((el) => el === document.activeElement);
  // The home page has one search box, its own: the header leaves its one out.
  await expect(page.locator('#site-search')).toHaveCount(0);
  for (let i = 0; i < 15 && !(await isFocused('#home-search')); i++) await page.keyboard.press('Tab');
  await expect(page.locator('#home-search')).toBeFocused();
  await page.keyboard.type('fibromyalgia');
  await page.keyboard.press('Enter');
  const first = page.locator('#search-results li a').first();
  await expect(first).toHaveText('Fibromyalgia');
  for (let i = 0; i < 30 && !(await isFocused('#search-results li a >> nth=0')); i++) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/conditions\/fibromyalgia\/$/);
});

test("the editorial policy shows every grade and the rule's every step in the table's words", async ({ page }) => {
  const { grades, ruleSteps } = strings().evidence;
  await page.goto('/guides/editorial-policy/#evidence-grades');
  const table = page.getByRole('table', { name: /evidence grades/i });
  await expect(table.locator('tbody tr')).toHaveText(EVIDENCE_GRADES.map((g) => `${grades[g].label}${grades[g].meaning}${grades[g].wording}`));
  // The rule that computes grades, step by step.
  await expect(page.locator('ol.grade-rule li')).toHaveText(ruleSteps);
  await expect(page.locator('table', { hasText: 'Certainty of the deciding evidence' }).locator('tbody tr')).toHaveCount(LEVELS.length);
});

test('readers reach a safe, sourced answer in two clicks or one search', async ({ page }) => {
  // A reader with sciatica searches for it.
  await page.goto('/');
  await page.locator('#home-search').fill('sciatica');
  await page.locator('#home-search').press('Enter');
  await page.locator('#search-results li h2 a').first().click();
  await expect(page).toHaveURL(/\/conditions\/sciatica\/$/);
  await expect(page.locator('#safety')).toBeVisible();
  await expect(page.locator('#sources')).toBeVisible();
  // A pregnant reader: the chooser, then "Yes" (two clicks).
  await page.goto('/');
  await page.getByRole('link', { name: 'our massage chooser' }).click();
  await page.getByRole('link', { name: 'Yes' }).click();
  await page.locator('#results').locator('..').getByRole('link', { name: 'Prenatal massage' }).first().click();
  await expect(page.locator('section:has(#safety)')).toContainText(/pregnancy care provider/i);
  // A reader after a car accident searches in their own words.
  await page.goto('/search/?q=car%20accident');
  await page.locator('#search-results li h2 a').first().click();
  await expect(page).toHaveURL(/\/conditions\/whiplash\/$/);
  await expect(page.locator('#red-flags')).toBeVisible();
});

test('a keyboard-only journey: home, search, article, a section link, a comparison', async ({ page }) => {
  const tabTo = async (selector: string, limit = 80) => {
    const target = page.locator(selector).first();
    for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
  };
  await page.goto('/');
  await tabTo('#home-search');
  await page.keyboard.type('deep tissue massage');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-results li h2 a').first()).toHaveText('Deep tissue massage');
  await tabTo('#search-results li h2 a');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/types\/deep-tissue-massage\/$/);
  await tabTo('.toc a[href="#safety"]', 150);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#safety$/);
  await tabTo('#related ~ ul a[href^="/compare/"], section:has(#related) a[href^="/compare/"]', 200);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/compare\/.+-vs-.+\/$/);
  // Focus stays visible: the focused element draws an outline.
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
