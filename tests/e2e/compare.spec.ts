/** Comparison pages match the types' data; the decision guide reaches a recommendation on every path. */
import { expect, test, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PRESCRIPTION_LABELS, pressureInWords } from '../../src/lib/views/comparisons.ts';
import { splitFrontmatter } from '../../scripts/lib/frontmatter.ts';
import { builtPages } from '../../scripts/lib/built-site.ts';
import { PRESSURE_LEVELS } from '../../src/lib/model/pressure.ts';
import { localeOfPath } from '../../src/lib/model/locales.ts';

function typeData(id: string) {
  const text = readFileSync(`content/types/${id}.md`, 'utf8');
  return splitFrontmatter<Record<string, any>>(text).data;
}

test("every pressure scale says, in its page's language, the range it draws", () => {
  let checked = 0;
  for (const { path, html } of builtPages()) {
    for (const scale of html.matchAll(/<span class="pressure"><svg[^>]*>(.*?)<\/svg><span>(.*?)<\/span><\/span>/g)) {
      const on = [...scale[1]!.matchAll(/class="(on|off)"/g)].flatMap((m, i) => (m[1] === 'on' ? [PRESSURE_LEVELS[i]!] : []));
      expect(scale[2], path).toBe(pressureInWords({ min: on[0]!, max: on.at(-1)! }, localeOfPath(path)));
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(50);
});

test('the medical vs deep tissue table shows each seed row from the data', async ({ page }) => {
  await page.goto('/compare/deep-tissue-massage-vs-medical-massage/');
  const deep = typeData('deep-tissue-massage');
  const medical = typeData('medical-massage');
  const expected: Record<string, [string, string]> = {
    purpose: [deep.purpose, medical.purpose],
    pressure: [pressureInWords(deep.pressure), pressureInWords(medical.pressure)],
    focus: [deep.focus.description, medical.focus.description],
    supervision: [deep.supervision, medical.supervision],
    goal: [deep.goal, medical.goal],
    prescription: [PRESCRIPTION_LABELS[deep.prescription as 'not-needed'], PRESCRIPTION_LABELS[medical.prescription as 'usual']],
  };
  for (const [key, values] of Object.entries(expected)) {
    await expect(page.locator(`tr[data-attribute="${key}"] td`)).toHaveText(values);
  }
  await expect(page.locator('tr[data-attribute="techniques"] td').first()).toContainText('Stripping');
  // Every claim of both types rests on studies of massage in general, so neither 'may help' with anything.
  await expect(page.locator('tr[data-attribute="helps"] td')).toHaveText(['None shown with more than very low certainty', 'None shown with more than very low certainty']);
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

test('the decision guide reaches a recommendation on every path', async ({ request }) => {
  // Some 480 pages: read over HTTP rather than rendered, so the walk stays fast; the test below renders one path.
  test.setTimeout(180_000);
  const queue = ['/decide/'];
  const seen = new Set<string>();
  let results = 0;
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const list = /<ul class="choices"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1];
    const choices = list ? [...list.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!) : [];
    if (choices.length) queue.push(...choices);
    else {
      results++;
      const picks = /id="results"[\s\S]*?<ol[^>]*>([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
      expect(picks, path).toContain('<li');
      expect(picks, path).toContain('box--safety');
      // Each pick says how good the evidence is for the area's condition, however weak ("Traditional use only for TMJ disorder").
      if (path.includes('/region-')) expect(picks, path).toMatch(/(Strong evidence|Moderate evidence|Limited evidence|Not enough evidence|Traditional use only|No benefit shown) for /);
    }
  }
  // Pregnancy, 27 paths without pain, and pain's 9 paths × 12 body areas × 3 starts.
  expect(results).toBe(1 + 27 + 9 * 12 * 3);
});

test('pain in one area leads to its condition pages, then the best-evidenced types with their grades', async ({ page }) => {
  await page.goto('/decide/pregnant-no/diagnosis-no/goal-pain/pressure-medium/');
  await expect(page.getByRole('heading', { level: 2, name: 'Where does it hurt most?' })).toBeVisible();
  await page.getByRole('link', { name: 'Neck', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'When did it start?' })).toBeVisible();
  await page.getByRole('link', { name: /new injury/ }).click();
  await expect(page).toHaveURL(/\/region-neck\/started-new\/$/);
  await expect(page.locator('.box--urgent')).toContainText('see a doctor');
  await expect(page.getByRole('link', { name: 'Neck pain', exact: true })).toHaveAttribute('href', '/conditions/neck-pain/');
  // A new injury: its own page first, and the evidence on new injuries, not on pain that has lasted months.
  await expect(page.locator('.box--urgent')).toContainText('48 to 72 hours');
  const first = page.locator('section:has(#results) > ol > li').first();
  await expect(first).toContainText(/evidence for muscle strains/);
  await expect(first).not.toContainText(/chronic|long-lasting/i);
  await expect(page.locator('body')).not.toContainText('All safety points');
  await expect(page.locator('h1')).toHaveText('Massage types that may suit you');
  // Pain of a few weeks gets its own advice, not the new injury's.
  await page.goto('/decide/pregnant-no/diagnosis-no/goal-pain/pressure-medium/region-neck/started-weeks/');
  await expect(page.locator('p.box--note', { hasText: 'not easing after a few weeks' })).toBeVisible();
  await expect(page.locator('.box--urgent')).toHaveCount(0);
});

test('/compare/ and /decide/ are in the main navigation; the guide has its own title', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Compare' })).toHaveAttribute('href', '/compare/');
  await expect(nav.getByRole('link', { name: 'Massage chooser' })).toHaveAttribute('href', '/decide/');
  await page.goto('/decide/');
  await expect(page.locator('h1')).toHaveText('Find a massage that may suit you');
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
  const narrowed = async () => {
    await expect(page.locator('tr[data-type]:visible')).toHaveCount(3);
    // The matrices keep a column per chosen type, in the site's order, and every row keeps only those cells.
    for (const caption of ['Evidence grades by condition and massage type', 'Techniques by massage type']) {
      const table = page.getByRole('table', { name: caption });
      await expect(table.locator('thead th:visible')).toHaveText([/Condition|Technique/, 'Deep tissue massage', 'Sports massage', 'Swedish massage']);
      const cellsPerRow = await table.locator('tbody tr').evaluateAll((rows) => [...new Set(rows.map((r) => [...r.querySelectorAll('td')].filter((td) => !td.hidden).length))]);
      expect(cellsPerRow, caption).toEqual([3]);
    }
  };
  await narrowed();
  await page.reload();
  await narrowed();
  await expect(page.getByLabel('Sports massage')).toBeChecked();
});

/** Scrolls a table's region to its far right and some way down, and says where its names are before and after. */
async function swipe(region: Locator) {
  const boxes = () =>
    region.evaluate((el) => {
      const box = (selector: string) => el.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
      return { region: el.getBoundingClientRect().toJSON() as DOMRect, caption: box('caption'), corner: box('thead th'), lastColumn: box('thead th:last-child'), rowHeader: box('tbody th'), cell: box('tbody td') };
    });
  const before = await boxes();
  const moved = await region.evaluate((el) => {
    el.scrollTo(el.scrollWidth, 120);
    return { left: el.scrollLeft, top: el.scrollTop };
  });
  return { before, after: await boxes(), moved };
}

test('at 390 px a table swiped sideways and down keeps its caption, its header row and its first column in view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [path, caption] of [
    ['/compare/deep-tissue-massage-vs-medical-massage/', 'Deep tissue massage and medical massage compared'],
    ['/compare/', 'Evidence grades by condition and massage type'],
  ] as const) {
    await page.goto(path);
    const region = page.getByRole('region', { name: caption });
    await region.scrollIntoViewIfNeeded();
    const { before, after, moved } = await swipe(region);
    // The table really moved both ways: it is wider and taller than the phone.
    expect(moved.left, path).toBeGreaterThan(100);
    expect(moved.top, path).toBe(120);
    expect(after.cell.x, path).toBeLessThan(before.cell.x - 100);
    // The caption stays whole inside the region, at its left edge.
    expect(after.caption.x, path).toBeCloseTo(before.caption.x, 0);
    expect(after.caption.x + after.caption.width, path).toBeLessThanOrEqual(after.region.x + after.region.width);
    // The header row sticks to the region's top, the column names moving with their columns; the corner stays put.
    expect(after.corner.y, path).toBeCloseTo(after.region.y + 1, 0);
    expect(after.lastColumn.y, path).toBeCloseTo(after.region.y + 1, 0);
    expect(after.lastColumn.x + after.lastColumn.width, path).toBeLessThanOrEqual(after.region.x + after.region.width);
    expect(after.corner.x, path).toBeCloseTo(before.corner.x, 0);
    // The first column stays at the left edge.
    expect(after.rowHeader.x, path).toBeCloseTo(before.rowHeader.x, 0);
    expect(page.viewportSize()!.height).toBeGreaterThan(after.region.height);
  }
});
