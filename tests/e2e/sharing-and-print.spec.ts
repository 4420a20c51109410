/**
 * What clinics and sharers see: section links, structured data, share
 * previews, the feed, and what prints (handouts on one page, QR codes
 * that decode to the page they came from).
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { builtPages, DIST } from '../../scripts/lib/built-site.ts';

const pages = builtPages().filter((p) => !p.isRedirect);
const articles = pages.filter((p) => /^\/(types|techniques|conditions|regions|guides)\/[^/]+\/$/.test(p.path));
const fileFor = (url: string) => {
  const path = new URL(url, 'http://x').pathname;
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
};
const canonicalOf = (url: string) => /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(fileFor(url), 'utf8'))![1];

test('every heading of an article has a link to its own section, named after it', async ({ page }) => {
  await page.goto('/types/swedish-massage/');
  const headings = page.locator('article :is(h2, h3)[id]');
  const count = await headings.count();
  expect(count).toBeGreaterThan(10);
  for (let i = 0; i < count; i++) {
    const heading = headings.nth(i);
    const id = await heading.getAttribute('id');
    const link = page.locator(`a.section-link[href="#${id}"]`);
    await expect(link).toBeVisible();
    await expect(link).toHaveAccessibleName(`Link to section: ${(await heading.innerText()).trim()}`);
  }
});

test('a section link copies the section URL and says so', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto('/conditions/sciatica/');
  await page.locator('a.section-link[href="#safety"]').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/conditions\/sciatica\/#safety$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/conditions/sciatica/#safety`);
  await expect(page.getByRole('status')).toHaveText('Link to this section copied');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a section link is a plain link to the section', async ({ page }) => {
    await page.goto('/types/swedish-massage/');
    await page.locator('a.section-link[href="#safety"]').click();
    await expect(page).toHaveURL(/#safety$/);
    await expect(page.locator('#safety')).toBeInViewport();
  });
});

test('every article has valid JSON-LD: a MedicalWebPage of its URL with its review date and breadcrumbs', () => {
  expect(articles.length).toBeGreaterThan(90);
  for (const { path, html } of articles) {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks, path).toHaveLength(1);
    const graph = JSON.parse(blocks[0]![1]!)['@graph'] as Record<string, unknown>[];
    const webPage = graph.find((n) => n['@type'] === 'MedicalWebPage')!;
    expect(new URL(webPage['url'] as string).pathname, path).toBe(path);
    expect(webPage['lastReviewed'], path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(html, path).toContain(`datetime="${webPage['lastReviewed']}"`);
    expect(graph.some((n) => n['@type'] === 'BreadcrumbList'), path).toBe(true);
    const faqInPage = html.includes('id="faq"');
    expect(graph.some((n) => n['@type'] === 'FAQPage'), path).toBe(faqInPage);
    if (path.startsWith('/conditions/')) expect((webPage['about'] as { '@type': string })['@type'], path).toBe('MedicalCondition');
    if (path.startsWith('/types/')) expect((webPage['about'] as { '@type': string })['@type'], path).toBe('MedicalTherapy');
  }
});

test('every page has share tags whose image is a built 1200x630 PNG', () => {
  const checked = new Set<string>();
  for (const { path, html } of pages.filter((p) => !p.path.startsWith('/embed/') && p.path !== '/404.html')) {
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image, path).toBeDefined();
    expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    expect(html, path).toContain('<meta name="twitter:card" content="summary_large_image"');
    if (checked.has(image!)) continue;
    checked.add(image!);
    const png = readFileSync(fileFor(image!));
    expect(png.subarray(1, 4).toString(), image).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
  expect(checked.size).toBeGreaterThan(100);
});

test('the RSS feed, as a feed reader parses it, lists articles, newest review first, at their canonical URLs', () => {
  const feed = parseFeed(readFileSync(join(DIST, 'feed.xml'), 'utf8'));
  expect(feed.items.length).toBeGreaterThan(20);
  for (const item of feed.items) {
    expect(item.url && existsSync(fileFor(item.url)), item.url ?? item.title ?? '').toBe(true);
    expect(item.url).toBe(canonicalOf(item.url!));
  }
  const dates = feed.items.map((item) => new Date(item.published!).getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  // Pages name the feed by its full address: a reader takes the href as written.
  const address = new URL('/feed.xml', feed.url!).href;
  for (const { path, html } of pages.slice(0, 5)) expect(html, path).toContain(`type="application/rss+xml" title="New and updated articles" href="${address}"`);
});

/**
 * Draws each page of a PDF at 150 dpi with PDF.js, as a phone's camera would see the paper, and returns the text
 * of every QR code found. PDF.js and the canvas it draws on in Node (@napi-rs/canvas) both come from npm with
 * prebuilt binaries, so reading a print back needs no system program.
 */
async function qrCodesIn(pdf: Buffer): Promise<string[]> {
  const loading = getDocument({ data: new Uint8Array(pdf) });
  try {
    const pdfDocument = await loading.promise;
    const codes: string[] = [];
    for (let number = 1; number <= pdfDocument.numPages; number++) {
      const page = await pdfDocument.getPage(number);
      const viewport = page.getViewport({ scale: 150 / 72 });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      // PDF.js types its canvas as the DOM's; @napi-rs/canvas is the one it draws on in Node.
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
      const { data, width, height } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(data, width, height);
      if (code) codes.push(code.data);
    }
    return codes;
  } finally {
    await loading.destroy();
  }
}
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('no handout drops a caution or an urgent sign of its article', () => {
  const items = (html: string) => [...html.matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((m) => m[1]!);
  // The article's safety section (the red box at the top of a page repeats some of its signs).
  const safety = (html: string) => html.split('<section aria-labelledby="safety">')[1]?.split('</section>')[0] ?? '';
  const boxItems = (html: string, box: string) => items(safety(html).split(`class="box box--${box}"`)[1]?.split('</ul>')[0] ?? '');
  const handouts = pages.filter((p) => p.path.startsWith('/handouts/'));
  expect(handouts.length).toBeGreaterThan(45);
  for (const handout of handouts) {
    const article = pages.find((p) => p.path === handout.path.replace('/handouts', ''))!;
    const warnings = [...boxItems(article.html, 'safety'), ...boxItems(article.html, 'urgent')];
    expect(warnings.length, article.path).toBeGreaterThan(3);
    const printed = new Set(items(handout.html));
    for (const warning of warnings) expect(printed.has(warning), `${handout.path} lacks: ${warning}`).toBe(true);
  }
});

test('every embed card fits its 480 by 260 frame and a 320 px phone, its safety line and attribution whole', async ({ page }) => {
  test.setTimeout(300_000);
  const cards = pages.filter((p) => p.path.startsWith('/embed/')).map((p) => p.path);
  expect(cards.length).toBeGreaterThan(70);
  const overflowing: string[] = [];
  for (const width of [480, 320]) {
    await page.setViewportSize({ width, height: 260 });
    for (const path of cards) {
      await page.goto(path);
      const fit = await page.evaluate(() => {
        const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
        const root = document.documentElement;
        return { height: root.scrollHeight, width: root.scrollWidth, safety: bottom('.safety'), attribution: bottom('.meta'), safetyText: document.querySelector('.safety')!.textContent!.trim() };
      });
      const problems = [fit.height > 260 && `${fit.height} px tall`, fit.width > width && `${fit.width} px wide`, fit.safety > 260 && 'safety line cut', fit.attribution > 260 && 'attribution cut', fit.safetyText.length < 20 && 'no safety line'].filter(Boolean);
      if (problems.length) overflowing.push(`${path} at ${width} px: ${problems.join(', ')}`);
    }
  }
  expect(overflowing).toEqual([]);
});

test('a deploy build prints and offers full addresses, with no preview note', () => {
  const withNote = pages.filter((p) => p.html.includes('preview-note')).map((p) => p.path);
  expect(withNote).toEqual([]);
  const handout = pages.find((p) => p.path === '/handouts/types/swedish-massage/')!;
  expect(handout.html).toContain('>https://massage-guide.example/types/swedish-massage/<');
});

test('every handout prints on one page on A4 and US Letter', async ({ page }) => {
  test.setTimeout(300_000);
  const handouts = pages.filter((p) => p.path.startsWith('/handouts/'));
  expect(handouts.length).toBeGreaterThan(45);
  for (const { path } of handouts) {
    await page.goto(path);
    for (const format of ['A4', 'Letter']) expect(pageCount(await page.pdf({ format })), `${path} on ${format}`).toBe(1);
  }
});

test('a printed handout and a printed article carry a QR code that opens the article', async ({ page }) => {
  await page.goto('/handouts/types/medical-massage/');
  expect(await qrCodesIn(await page.pdf({ format: 'A4' }))).toEqual([canonicalOf('/types/medical-massage/')]);
  await page.goto('/conditions/sciatica/');
  expect(await qrCodesIn(await page.pdf({ format: 'Letter' }))).toEqual([canonicalOf('/conditions/sciatica/')]);
});

for (const path of ['/types/swedish-massage/', '/conditions/low-back-pain/']) {
  test(`${path} prints its whole text, with the review date and its address; no navigation`, async ({ page }) => {
    await page.goto(path);
    const sections = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(sections).toEqual(expect.arrayContaining(['what-it-is', 'benefits', 'safety', 'sources']));
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header', '.breadcrumbs', '.toc', '.skip-link']) await expect(page.locator(hidden)).toBeHidden();
    await expect(page.locator('.section-link').first()).toBeHidden();
    for (const id of [...sections, 'red-flags']) await expect(page.locator(`#${id}`), `#${id} in print`).toBeVisible();
    await expect(page.locator('article p:visible').last()).toBeVisible();
    await expect(page.getByText('Page last reviewed')).toBeVisible();
    await expect(page.getByText(/This article online: http/)).toBeVisible();
  });
}

test('a guide prints in full with every link written out as a full address', async ({ page }) => {
  await page.goto('/guides/choosing-a-massage/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#choosing-by-goal, article h2').first()).toBeVisible();
  const link = page.locator('article a[href^="/types/"]').first();
  const href = await link.getAttribute('href');
  const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(after).toBe(`" (${new URL(canonical!).origin}${href})"`);
});
