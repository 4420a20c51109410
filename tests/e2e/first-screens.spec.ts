/**
 * On a phone, what matters comes first: the contents list right after the
 * summary, and on every condition page a way to urgent help within the first
 * two screens (1,700 px at 390 px wide), and on every type page too: the
 * first result for "mld after mastectomy" is a type page.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { SECTION } from '../../src/lib/model/sections.ts';

const FIRST_SCREENS = 1700;
const articlePages = (kind: string) => builtPages().filter((p) => !p.isRedirect && new RegExp(`^/${kind}/[^/]+/$`).test(p.path)).map((p) => p.path);
const conditionPages = articlePages('conditions');
const typePages = articlePages('types');

test.use({ viewport: { width: 390, height: 844 } });

test('every condition and type page is built and checked', () => {
  expect(conditionPages.length).toBeGreaterThan(20);
  expect(typePages.length).toBeGreaterThan(15);
});

test('on every condition and type page the urgent-help link is within the first two screens at 390 px', async ({ page }) => {
  const late: string[] = [];
  for (const path of [...conditionPages, ...typePages]) {
    await page.goto(path);
    const link = page.locator(`main a[href="#${SECTION.redFlags}"]`).first();
    const box = await link.boundingBox();
    if (!box || box.y > FIRST_SCREENS) late.push(`${path} at ${box ? Math.round(box.y) : 'nowhere'} px`);
  }
  expect(late, 'urgent-help links below 1,700 px').toEqual([]);
});

test('the urgent-help link leads to the red flags', async ({ page }) => {
  await page.goto('/conditions/whiplash/');
  await page.locator(`main a[href="#${SECTION.redFlags}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`#${SECTION.redFlags}$`));
  await expect(page.locator(`#${SECTION.redFlags}`)).toBeInViewport();
});

for (const path of ['/types/medical-massage/', '/conditions/anxiety/', '/techniques/effleurage/']) {
  test(`the contents list follows the summary on ${path}, collapsed`, async ({ page }) => {
    await page.goto(path);
    const summary = await page.locator('article header').boundingBox();
    const toc = page.locator('.toc');
    const tocBox = await toc.boundingBox();
    expect(tocBox!.y - (summary!.y + summary!.height)).toBeLessThan(40);
    await expect(toc.locator('a[href="#sources"]')).toBeHidden();
    await toc.getByText('On this page').click();
    await expect(toc.locator('a[href="#sources"]')).toBeVisible();
  });
}

test('a type page answers "is it safe for me?" in At a glance', async ({ page }) => {
  await page.goto('/types/prenatal-massage/');
  const glance = page.locator('section', { has: page.locator('#at-a-glance') });
  await expect(glance.locator('dt', { hasText: 'Safety' })).toBeVisible();
  await expect(glance.locator('a[href="#safety"]')).toBeVisible();
  expect((await glance.locator('a[href="#safety"]').boundingBox())!.y).toBeLessThan(FIRST_SCREENS);
});
