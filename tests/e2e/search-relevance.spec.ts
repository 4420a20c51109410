/**
 * The relevance benchmarks run through the real index on the real search page
 * in Chromium: the tuned set (tests/search-queries.yaml, fails below hit@3 of
 * 95%) and the held-out set (tests/search-queries-heldout.yaml, fails below
 * 90%). The held-out set prints its totals only: its misses are never shown,
 * so nobody tunes the synonyms or the ranking to them. The safety set
 * (tests/search-queries-safety.yaml) counts the safety answers shown above the
 * results first, and fails below hit@3 of 100%: a reader asking whether a
 * swollen calf is safe to massage must never scroll for the answer.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { firstRank, score, type JudgedQuery } from '../../src/lib/search/relevance.ts';

interface BenchmarkQuery {
  q: string;
  expect: string[];
  shape: string;
}

const load = (file: string) => parse(readFileSync(file, 'utf8')) as BenchmarkQuery[];

/**
 * The benchmark types each query into one open search page, as a reader
 * refining a search does, so the index loads once (a page load per query made
 * 370 queries cost four minutes of the test run). The status is cleared first:
 * the next one written is this query's, since only the newest search may
 * change the page.
 */
async function typedResultsFor(page: Page, q: string, withAnswers = false): Promise<string[]> {
  const status = page.locator('#search-status');
  await status.evaluate((el) => (el.textContent = ''));
  await page.locator('#search-input').fill(q);
  await expect(status).toHaveText(/results? for|No results|not available/);
  const shown = withAnswers ? '#search-safety a, #search-results li h2 a' : '#search-results li h2 a';
  return page.locator(shown).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

async function runBenchmark(page: Page, name: string, queries: BenchmarkQuery[], showMisses: boolean) {
  const judged: (JudgedQuery & { shape: string })[] = [];
  await page.goto('/search/');
  for (const { q, expect: expected, shape } of queries) judged.push({ q, expect: expected, shape, results: await typedResultsFor(page, q) });
  const overall = score(judged);
  console.log(`\n${name}: ${judged.length} queries, hit@1 ${pct(overall.hitAt1)}, hit@3 ${pct(overall.hitAt3)}, MRR ${overall.mrr.toFixed(3)}`);
  for (const shape of [...new Set(judged.map((j) => j.shape))]) {
    const part = judged.filter((j) => j.shape === shape);
    const s = score(part);
    console.log(`  ${shape.padEnd(12)} ${String(part.length).padStart(3)}  hit@1 ${pct(s.hitAt1).padStart(6)}  hit@3 ${pct(s.hitAt3).padStart(6)}  MRR ${s.mrr.toFixed(3)}`);
  }
  const misses = judged.filter((j) => (firstRank(j) ?? 99) > 3);
  const missList = misses.map((j) => `${j.q} → ${j.results.slice(0, 3).join(', ') || '(nothing)'}`);
  if (showMisses && misses.length) console.log(`Misses:\n  ${missList.join('\n  ')}`);
  else if (misses.length) console.log(`  ${misses.length} misses (not listed: this set is never tuned on)`);
  return { overall, misses: showMisses ? missList : [`${misses.length} held-out misses`] };
}

test('tuned search benchmark: at least 200 reader queries, hit@3 of at least 95%', async ({ page }) => {
  test.setTimeout(600_000);
  const queries = load('tests/search-queries.yaml');
  const { overall, misses } = await runBenchmark(page, 'Search relevance, tuned set', queries, true);
  expect(overall.hitAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
});

test('held-out search benchmark: hit@3 of at least 90%', async ({ page }) => {
  test.setTimeout(600_000);
  const queries = load('tests/search-queries-heldout.yaml');
  expect(queries.length).toBeGreaterThanOrEqual(60);
  const { overall, misses } = await runBenchmark(page, 'Search relevance, held-out set', queries, false);
  expect(overall.hitAt3, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
});

interface SafetyQuery {
  q: string;
  expect: string[];
  urgent?: boolean;
}

test('safety benchmark: every safety question finds its answer in the first three, warning signs the urgent answer first', async ({ page }) => {
  test.setTimeout(300_000);
  const queries = parse(readFileSync('tests/search-queries-safety.yaml', 'utf8')) as SafetyQuery[];
  expect(queries.length).toBeGreaterThanOrEqual(30);
  await page.goto('/search/');
  const judged: JudgedQuery[] = [];
  const notUrgent: string[] = [];
  for (const { q, expect: expected, urgent } of queries) {
    judged.push({ q, expect: expected, results: await typedResultsFor(page, q, true) });
    const first = page.locator('#search-safety section').first();
    if (urgent && !(await first.count() && /box--urgent/.test((await first.getAttribute('class')) ?? ''))) notUrgent.push(q);
  }
  const overall = score(judged);
  console.log(`\nSearch relevance, safety set: ${judged.length} queries, hit@1 ${pct(overall.hitAt1)}, hit@3 ${pct(overall.hitAt3)}, MRR ${overall.mrr.toFixed(3)}`);
  const misses = judged.filter((j) => (firstRank(j) ?? 99) > 3).map((j) => `${j.q} → ${j.results.slice(0, 3).join(', ') || '(nothing)'}`);
  expect(misses, 'safety questions without their answer in the first three').toEqual([]);
  expect(notUrgent, 'warning signs whose first answer is not the urgent one').toEqual([]);
});
