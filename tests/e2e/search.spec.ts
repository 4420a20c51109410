/** The search page tells the truth: readable excerpts, one consistent status, and only the newest query shown. */
import { expect, test, type Page } from '@playwright/test';

const status = '#search-status';
const titles = '#search-results li h2 a';

/** Each query, opened as a link, lists its page among the first three results. */
async function expectInFirstThree(page: Page, cases: [query: string, url: string][]) {
  for (const [q, url] of cases) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator(status)).toHaveText(/results? for/);
    const urls = await page.locator(titles).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.slice(0, 3), q).toContain(url);
  }
}

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
  await expectInFirstThree(page, cases);
});

test('more than ten results: "Show more" lists the rest, and the status never contradicts the list', async ({ page }) => {
  await page.goto('/search/?q=pain');
  await expect(page.locator(status)).toHaveText(/^\d+ results for “pain”\.$/);
  const total = Number((await page.locator(status).textContent())!.split(' ')[0]);
  expect(total).toBeGreaterThan(10);
  await expect(page.locator(titles)).toHaveCount(10);
  await expect(page.locator('#search-more')).toHaveText(`Show ${Math.min(10, total - 10)} more result${total - 10 === 1 ? '' : 's'}`);
  await page.locator('#search-more').click();
  await expect(page.locator(titles)).toHaveCount(Math.min(20, total));
  await expect(page.locator(titles).nth(10)).toBeFocused();
  // Page to the end: the button counts down what is left, never below one, then goes away.
  for (let shown = 20; shown < total; shown += 10) {
    await expect(page.locator('#search-more')).toHaveText(new RegExp(`^Show ${Math.min(10, total - shown)} more results?$`));
    await page.locator('#search-more').click();
    await expect(page.locator(titles).nth(shown)).toBeFocused();
  }
  await expect(page.locator(titles)).toHaveCount(total);
  await expect(page.locator('#search-more')).toBeHidden();
});

test('ten results or fewer: no "Show more" at all', async ({ page }) => {
  await page.goto('/search/?q=reflexology%20plantar%20fasciitis');
  await expect(page.locator(status)).toHaveText(/results? for/);
  expect(await page.locator(titles).count()).toBeLessThanOrEqual(10);
  await expect(page.locator('#search-more')).toBeHidden();
});

test('safety questions: the answer our pages give comes before anything else, quoted, with its section', async ({ page }) => {
  await page.goto('/search/?q=' + encodeURIComponent('swollen red hot calf'));
  const answer = page.locator('#search-safety section').first();
  await expect(answer).toHaveClass(/box--urgent/);
  await expect(answer).toContainText('A suspected blood clot: don\'t have massage; get medical help the same day.');
  await expect(answer.locator('a')).toHaveAttribute('href', '/guides/safety/#red-flags');
  await expect(page.locator(status)).toHaveText(/^Safety answer: A suspected blood clot/);
  // Above the status and every result, on the first phone screen.
  const top = (await answer.boundingBox())!.y;
  expect(top).toBeLessThan((await page.locator(status).boundingBox())!.y);
  expect(top).toBeLessThan(844);
  // A query about something else shows none.
  await page.locator('#search-input').fill('swedish massage');
  await expect(page.locator(status)).toHaveText(/^\d+ results for “swedish massage”/);
  await expect(page.locator('#search-safety section')).toHaveCount(0);
});

test('every safety answer links a section its page has, and quotes that page word for word', async ({ page, request }) => {
  const { safety } = (await (await request.get('/search-vocabulary.json')).json()) as { safety: { href: string; quote: string }[] };
  expect(safety.length).toBeGreaterThanOrEqual(20);
  const wrong: string[] = [];
  for (const { href, quote } of safety) {
    await page.goto(href);
    const [, id] = href.split('#');
    if ((await page.locator(`[id="${id}"]`).count()) !== 1) wrong.push(`${href}: no such section`);
    const text = ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
    if (!text.includes(quote)) wrong.push(`${href}: does not say "${quote}"`);
  }
  expect(wrong).toEqual([]);
});

test('brand and everyday names find our page: massage guns, foam rollers, "near me"', async ({ page }) => {
  const cases: [string, string][] = [
    ['theragun', '/techniques/vibration/'],
    ['is a massage gun good for sore muscles', '/techniques/vibration/'],
    ['foam roller', '/types/myofascial-release/'],
    ['massage near me', '/guides/finding-a-therapist/'],
    ['massage after c-section', '/conditions/post-surgical-recovery/'],
  ];
  await expectInFirstThree(page, cases);
});

test('real words near a name are not taken for typos: no "Did you mean fender knots"', async ({ page }) => {
  for (const query of ['tender knots in my neck', 'can i get a massage with high blood pressure']) {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    // The status names the query as typed, so its words were searched as they are.
    // The status may first say the safety answer ("high blood pressure" has one) for screen readers.
    await expect(page.locator(status)).toHaveText(new RegExp(`\\d+ results for “${query}”\\.$`));
    await expect(page.locator('#search-note')).toHaveText('');
  }
});

test('words no page of ours uses find nothing, said plainly, with the nearest topics and the guide to finding a therapist', async ({ page }) => {
  // Pagefind matched these by stem or beginning in another sense: kidneys, "near an old scar", a citation's "X."
  for (const q of ['massage for kids', 'xyzzy']) {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator(status)).toHaveText(`No results for “${q}”: we have no page about that.`);
    await expect(page.locator(titles)).toHaveCount(0);
    await expect(page.locator('#search-note')).toContainText('Nearest topics we cover:');
    await expect(page.locator('#search-note a').last()).toHaveAttribute('href', '/guides/finding-a-therapist/');
    await expect(page.locator('#search-note')).not.toContainText('Did you mean');
  }
});

test('a sure misspelling shows the corrected results, with the way back to the words as typed', async ({ page }) => {
  await expectInFirstThree(page, [
    ['sholder pain', '/regions/shoulders/'],
    ['pregnency massage', '/types/prenatal-massage/'],
  ]);
  await expect(page.locator('#search-note')).toContainText('Showing results for “pregnancy massage”');
  await expect(page.locator('#search-note a')).toHaveAttribute('href', '/search/?q=pregnency%20massage&exact=1');
});

test('a query with no results says so, with no "Showing results for" beside it', async ({ page }) => {
  await page.goto('/search/?q=qqqqzzzz');
  await expect(page.locator(status)).toHaveText(/^No results for/);
  await expect(page.locator('#search-note')).toHaveText(/^Nearest topics we cover: /);
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
