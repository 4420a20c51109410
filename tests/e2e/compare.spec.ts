/** Comparison pages match the types' data; the decision guide reaches a recommendation on every path. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PRESCRIPTION_LABELS } from '../../src/lib/comparisons.ts';
import { describePressure } from '../../src/lib/pressure.ts';
import { splitFrontmatter } from '../../scripts/lib/frontmatter.ts';

function typeData(id: string) {
  const text = readFileSync(`content/types/${id}.md`, 'utf8');
  return splitFrontmatter<Record<string, any>>(text).data;
}

test('the medical vs deep tissue table shows each seed row from the data', async ({ page }) => {
  await page.goto('/compare/deep-tissue-massage-vs-medical-massage/');
  const deep = typeData('deep-tissue-massage');
  const medical = typeData('medical-massage');
  const expected: Record<string, [string, string]> = {
    purpose: [deep.purpose, medical.purpose],
    pressure: [describePressure(deep.pressure), describePressure(medical.pressure)],
    focus: [deep.focus.description, medical.focus.description],
    supervision: [deep.supervision, medical.supervision],
    goal: [deep.goal, medical.goal],
    prescription: [PRESCRIPTION_LABELS[deep.prescription as 'not-needed'], PRESCRIPTION_LABELS[medical.prescription as 'usual']],
  };
  for (const [key, values] of Object.entries(expected)) {
    await expect(page.locator(`tr[data-attribute="${key}"] td`)).toHaveText(values);
  }
  await expect(page.locator('tr[data-attribute="techniques"] td').first()).toContainText('Stripping');
  await expect(page.locator('tr[data-attribute="helps"] td').last()).toContainText('Low back pain');
  await expect(page.getByRole('heading', { name: /case one provider describes/i }).first()).toBeVisible();
});

test('the reverse order of a pair redirects to the alphabetical URL', async ({ page }) => {
  await page.goto('/compare/medical-massage-vs-deep-tissue-massage/');
  await expect(page).toHaveURL(/\/compare\/deep-tissue-massage-vs-medical-massage\/$/);
});

test('at 360 px the comparison page never scrolls sideways; the table scrolls in its own region', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  for (const path of ['/compare/deep-tissue-massage-vs-medical-massage/', '/compare/', '/types/medical-massage/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await expect(page.locator('.table-scroll[role="region"][tabindex="0"]').first()).toBeVisible();
});

test('the decision guide reaches a recommendation on every path', async ({ page }) => {
  test.setTimeout(180_000);
  const queue = ['/decide/'];
  const seen = new Set<string>();
  let results = 0;
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await page.goto(path);
    const choices = await page.locator('.choices a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    if (choices.length) queue.push(...choices);
    else {
      results++;
      const picks = page.locator('section:has(#results) > ol > li');
      expect(await picks.count(), path).toBeGreaterThan(0);
      await expect(picks.first().locator('.box--safety'), path).toBeVisible();
    }
  }
  expect(results).toBe(37);
});

test('each type page links into the decision guide', async ({ page }) => {
  await page.goto('/types/swedish-massage/');
  await page.getByRole('link', { name: 'our massage chooser' }).click();
  await expect(page).toHaveURL(/\/decide\/$/);
  await page.getByRole('link', { name: 'No' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /injury or a diagnosed condition/ })).toBeVisible();
});

test('on /compare/, choosing 2 to 4 types narrows the table and keeps the choice in the URL', async ({ page }) => {
  await page.goto('/compare/');
  await page.getByLabel('Swedish massage').check();
  await page.getByLabel('Deep tissue massage').check();
  await page.getByLabel('Sports massage').check();
  await page.getByRole('button', { name: 'Show side by side' }).click();
  await expect(page).toHaveURL(/\?t=deep-tissue-massage&t=sports-massage&t=swedish-massage$/);
  await expect(page.locator('tr[data-type]:visible')).toHaveCount(3);
  await page.reload();
  await expect(page.locator('tr[data-type]:visible')).toHaveCount(3);
  await expect(page.getByLabel('Sports massage')).toBeChecked();
});
