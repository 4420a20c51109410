/**
 * Checks that hold on every built page: accessibility (axe, WCAG 2.2 AA),
 * no broken internal link or #fragment, and valid HTML (the W3C Nu checker).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtPages, chunks, DIST, idsOf, internalHrefs } from './built-site.ts';

const pages = builtPages();
const readable = pages.filter((p) => !p.isRedirect && p.path !== '/404.html');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the build produced every kind of page', () => {
  const paths = new Set(pages.map((p) => p.path));
  for (const path of ['/', '/types/', '/conditions/', '/techniques/', '/regions/', '/guides/', '/search/', '/404.html']) {
    expect(paths, `missing ${path}`).toContain(path);
  }
  expect(pages.length).toBeGreaterThan(100);
});

test('no internal link or #fragment is broken on any page', () => {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of internalHrefs(page.html)) {
      const [rawPath, fragment] = href.split('#');
      const path = rawPath === '' ? page.path : rawPath!.split('?')[0]!;
      if (/\.(xml|txt|svg|png|json|js|css|ico)$/.test(path) || path.startsWith('/pagefind/') || path.startsWith('/_astro/')) {
        if (!existsSync(`${DIST}${path}`)) broken.push(`${page.path} → ${href} (no file)`);
        continue;
      }
      const target = byPath.get(path);
      if (!target) broken.push(`${page.path} → ${href} (no page)`);
      else if (fragment && !idsOf(target.html).has(decodeURIComponent(fragment))) broken.push(`${page.path} → ${href} (no such id)`);
    }
  }
  expect(broken).toEqual([]);
});

test('every page is valid HTML (W3C Nu checker)', () => {
  test.setTimeout(180_000);
  const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
  let output = '';
  try {
    output = execFileSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'text', DIST], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  expect(output.trim()).toBe('');
});

// Light mode runs every WCAG 2.2 AA rule; dark mode changes only colours, so it reruns the contrast rule.
for (const [i, group] of chunks(readable, 6).entries()) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no WCAG 2.2 AA violation: pages group ${i + 1}, ${scheme}`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme: scheme });
      const failures: string[] = [];
      for (const { path } of group) {
        await page.goto(path);
        const axe = new AxeBuilder({ page });
        const { violations } = await (scheme === 'light' ? axe.withTags(WCAG) : axe.withRules(['color-contrast'])).analyze();
        for (const v of violations) failures.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      expect(failures).toEqual([]);
    });
  }
}
