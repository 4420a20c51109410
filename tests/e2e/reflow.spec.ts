/**
 * Reflow (WCAG 1.4.4 and 1.4.10): one page of every template, with text at
 * 200% on a 1,280 px screen, at 320 px wide, and both at once (a screen 10rem
 * wide), never scrolls sideways, and the contents list moves above the article
 * instead of floating off the page. A wide table may scroll inside its own
 * region; the page may not.
 */
import { expect, test } from '@playwright/test';

const TEMPLATES = [
  '/',
  '/types/',
  '/types/manual-lymphatic-drainage/',
  '/conditions/sciatica/',
  '/techniques/effleurage/',
  '/regions/neck/',
  '/guides/safety/',
  '/compare/deep-tissue-massage-vs-medical-massage/',
  '/compare/',
  '/decide/pregnant-no/diagnosis-no/goal-pain/pressure-medium/region-lower-back/started-weeks/',
  '/search/?q=pain',
  '/handouts/types/swedish-massage/',
  '/for-clinics/',
];

for (const [width, textSize] of [[1280, '200%'], [320, '100%'], [320, '200%']] as const) {
  test(`no template scrolls sideways at ${width} px with text at ${textSize}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const wide: string[] = [];
    for (const path of TEMPLATES) {
      await page.goto(path);
      // As a reader's larger default text size does: every rem grows, the window does not.
      await page.evaluate((size) => document.documentElement.style.setProperty('font-size', size, 'important'), textSize);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scroll > width) wide.push(`${path}: ${scroll} px`);
      const toc = page.locator('.toc');
      if (await toc.count()) {
        const box = (await toc.boundingBox())!;
        if (box.x < 0 || box.x + box.width > width) wide.push(`${path}: contents list at ${Math.round(box.x)}–${Math.round(box.x + box.width)} px`);
      }
    }
    expect(wide).toEqual([]);
  });
}
