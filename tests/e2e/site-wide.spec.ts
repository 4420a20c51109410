/**
 * Checks that hold on every built page: accessibility (axe, WCAG 2.2 AA),
 * no broken internal link or #fragment, and valid HTML (the W3C Nu checker).
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { builtAnchors, canonicalPaths, readManifest } from '../../scripts/url-manifest.ts';
import { ANCHOR_MANIFEST } from '../../src/lib/build/build-dirs.ts';
import { fileOfUrl } from '../../src/lib/checks/url-contract.ts';
import { builtPages, chunks, DIST, idsOf, internalHrefs, type BuiltPage } from '../../scripts/lib/built-site.ts';

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
  // The checker's CSS grammar predates container queries (CSS Containment 3, in every current browser), which the
  // contents list and the wide tables need at 200% text: their property and at-rule are left out by message, and
  // the CSS their units (cqi) appear in by the checker's extract of the source.
  const olderCss = '.*(Property “container-type” doesn.t exist|Unrecognized at-rule “@container”).*';
  const inContainerUnits = (m: { message: string; extract?: string }) => m.message.startsWith('CSS:') && /\dcqi\b/.test(m.extract ?? '');
  let output = '';
  try {
    output = execFileSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--filterpattern', olderCss, '--format', 'json', '--stdout', DIST], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    // The checker exits with 1 when it finds an error; its report is still on stdout.
    const e = error as { stdout?: string; stderr?: string };
    output = e.stdout || `${e.stderr}`;
  }
  const { messages } = JSON.parse(output) as { messages: { url?: string; lastLine?: number; message: string; extract?: string }[] };
  expect(messages.filter((m) => !inContainerUnits(m)).map((m) => `${m.url}:${m.lastLine} ${m.message}`)).toEqual([]);
});

/**
 * Axe runs in the page itself, injected once per page load from axe-core's own
 * source (far faster than re-sending it for every check). At 1280 px in light
 * mode every WCAG 2.2 AA rule runs. Dark mode changes only colours, so it
 * reruns the contrast rule; 390 px changes only layout (no element is shown
 * or hidden by width), so it reruns the rules whose outcome depends on layout.
 */
const LAYOUT_RULES = ['color-contrast', 'target-size', 'scrollable-region-focusable', 'meta-viewport'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  nodes: { target: string[] }[];
}
declare const axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> };

/**
 * The decision guide's 487 pages are one template filled with titles and
 * cautions that axe already checks on their own pages; axe checks every
 * question and every result without a body area, and each area's results on
 * one path (with every answer to when it started), 103 pages. Every other
 * page is checked.
 */
const DECISION_SAMPLE = /\/pregnant-no\/diagnosis-no\/goal-pain\/pressure-medium\/region-[^/]+\/(started-[^/]+\/)?$/;
const inDecisionSample = (p: BuiltPage) => !p.path.startsWith('/decide/') || !p.path.includes('/region-') || DECISION_SAMPLE.test(p.path);

/**
 * Embed cards and handouts are one template each, filled with an article's
 * title, summary and lists, which axe checks on the article's own page. Their
 * pages differ in kind and in which sections they have: axe checks the first
 * page of each such shape.
 */
const TEMPLATE_SHAPE: [RegExp, (p: BuiltPage) => string][] = [
  [/^\/embed\/([a-z]+)\//, (p) => p.path.split('/')[2]!],
  [/^\/handouts\/([a-z]+)\//, (p) => `${p.path.split('/')[2]} ${[...new Set(p.html.match(/handout-section--[a-z-]+/g))].sort().join(' ')}`],
];
const shapeOf = (p: BuiltPage): string | undefined => {
  const template = TEMPLATE_SHAPE.find(([family]) => family.test(p.path));
  return template && `${template[0].source} ${template[1](p)}`;
};
const shapesSeen = new Set<string>();
const firstOfItsShape = (p: BuiltPage) => {
  const shape = shapeOf(p);
  if (shape === undefined) return true;
  if (shapesSeen.has(shape)) return false;
  shapesSeen.add(shape);
  return true;
};
const axePages = readable.filter((p) => inDecisionSample(p) && firstOfItsShape(p));

test('axe checks every page but the sampled templates, one page of each template shape, and every body area in the guide', () => {
  const checked = new Set(axePages.map((p) => p.path));
  const shapes = (list: BuiltPage[]) => list.flatMap((p) => shapeOf(p) ?? []).sort();
  expect(shapes(axePages)).toEqual([...new Set(shapes(readable))]);
  expect(shapes(axePages).filter((s) => s.includes('handouts')).length).toBeGreaterThanOrEqual(2);
  const areas = (list: BuiltPage[]) => [...new Set(list.flatMap((p) => /\/region-([a-z-]+)\//.exec(p.path)?.[1] ?? []))].sort();
  expect(areas(axePages)).toEqual(areas(readable));
  expect(readable.filter((p) => !checked.has(p.path) && !(/^\/(embed|handouts)\//.test(p.path) || (p.path.startsWith('/decide/') && p.path.includes('/region-'))))).toEqual([]);
  console.log(`axe checks ${axePages.length} of ${readable.length} pages`);
});

for (const [i, group] of chunks(axePages, 6).entries()) {
  test(`axe finds no WCAG 2.2 AA violation at 1280 and 390 px, light and dark: pages group ${i + 1}`, async ({ page }) => {
    test.setTimeout(600_000);
    await page.addInitScript(axeSource);
    const failures: string[] = [];
    const check = async (path: string, width: number, scheme: 'light' | 'dark', options: object) => {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = await page.evaluate((opts) => axe.run(document, opts).then((r) => r.violations), options);
      for (const v of violations) failures.push(`${path} (${width} px, ${scheme}): ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    };
    for (const { path } of group) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await check(path, width, 'light', width === 1280 ? { runOnly: { type: 'tag', values: WCAG } } : { runOnly: { type: 'rule', values: LAYOUT_RULES } });
        await check(path, width, 'dark', { runOnly: { type: 'rule', values: ['color-contrast'] } });
      }
    }
    expect(failures).toEqual([]);
  });
}

test('every URL ever published still answers, as a page or a redirect (contract/published-urls.txt)', () => {
  const built = new Set(pages.map((p) => p.path));
  const lost = readManifest().filter((path) => !built.has(path) && !existsSync(`${DIST}${fileOfUrl(path)}`));
  expect(lost, 'URLs that clinics may link to are gone: keep the old slug as an alias of the renamed entry').toEqual([]);
});

test('every page of this build is recorded in the URL manifest', () => {
  const recorded = new Set(readManifest());
  const unrecorded = canonicalPaths().filter((path) => !recorded.has(path));
  expect(unrecorded, 'new pages: run `npm run urls:record` after `npm run build` and commit contract/published-urls.txt').toEqual([]);
});

test('every section anchor of an article or pair page of this build is recorded (contract/published-anchors.txt)', () => {
  const recorded = new Set(readManifest(ANCHOR_MANIFEST));
  const unrecorded = builtAnchors().filter((anchor) => !recorded.has(anchor));
  expect(unrecorded, 'new sections: run `npm run urls:record` after `npm run build` and commit contract/published-anchors.txt').toEqual([]);
});
