/**
 * `npm run bench:build [-- 1000 5000 10000] [--keep] [--no-real | --real-only]`: does the build scale?
 *
 * The parts: generate.ts writes a synthetic content folder (names.ts,
 * bodies.ts, from the real content read by real-content.ts, with the seeded
 * generator of random.ts), measure.ts runs and measures one build, report.ts
 * prints the results and checks the targets.
 *
 * It copies the project (src, public, scripts, content, config; node_modules
 * linked) into a folder under the system temp folder, builds the real site
 * from that copy, then for each size generates a synthetic content folder
 * beside it and builds that with the same `scripts/build.ts` (Astro, then
 * Pagefind): CONTENT_ROOT points at the generated content, BUILD_OUT into the
 * temp folder, ASTRO_CACHE_DIR is fresh for every build (so each is cold), and
 * nothing is written to dist/, .astro/ or node_modules/.astro. It measures:
 *
 * - wall: the whole build.ts run (astro build + pagefind + the swap), in seconds;
 * - pages: what Astro reports as "N page(s) built" (every route file, redirect pages included);
 * - ms/page: wall / pages;
 * - peak MiB: the highest of (a) the summed VmRSS of the build's whole process
 *   tree, sampled every 100 ms through /proc/<pid>/task/<tid>/children, (b) the
 *   kernel's VmHWM of any one process in the tree, and (c) `/usr/bin/time -v`'s
 *   "Maximum resident set size" (the largest waited-for descendant) when that
 *   program exists. (b) and (c) catch the astro child's real peak between samples.
 *
 * The table also shows the CPU seconds (user + system, from /usr/bin/time) and,
 * per set, the render time of each route family, which shows where the time goes.
 * Each set is then built a second time ("re" in the table) after a one-line
 * edit to one article, with the first build's cache folder: share images and
 * rendered Markdown are reused, as on an author's machine or a CI with a cache.
 * --keep leaves the temp folder (content, logs, output) for a closer look.
 * Node's default heap limit (about 4.2 GB here) applies as in `npm run build`;
 * NODE_OPTIONS=--max-old-space-size=8192 is passed on to the builds if set.
 *
 * Targets (exit status 1 if one fails): 10,000 entries in ≤ 180 s cold, ≤ 120 s
 * after one edit, and ≤ 4 GiB peak; growth linear (ms/page of the largest set ≤ 1.5 × that of the smallest);
 * the real site (content/) in ≤ 30 s.
 *
 * Synthetic content. The real content/ (99 articles, with sources.yaml and
 * glossary.yaml, copied unchanged) is the core of every set; generated
 * entries top each kind up to this share of the total:
 *
 *   types        2 %   (at least the 20 real ones: massage types are few)
 *   regions      0.4 % (12 to 40: body areas are small and nearly fixed)
 *   guides       1 %   (at least 8)
 *   comparisons  0.5 % (hand-written pair prose, at least 4)
 *   techniques   35 %
 *   conditions   the rest (≈ 61 %)
 *
 * so 10,000 entries = 200 types, 40 regions, 100 guides, 50 comparisons,
 * 3,500 techniques and 6,110 conditions. Generated entries pass the real
 * schemas (checked as they are written) and cross-entry checks: types carry
 * 5 to 20 `helps` claims (skewed towards common conditions), each graded from
 * a generated finding in findings.yaml, 3 to 7 techniques, focus
 * regions and 1 to 4 related types; conditions 1 to 3 regions, related
 * conditions and for half of them ICD-10-CM codes; every entry has 0 to 4
 * aliases (each a redirect page), FAQs, cautions, red flags and 2 to 8 sources.
 * Bodies are about as long as the real ones of the same kind (600 to 1,100
 * words), built from the real articles' paragraphs, with the required
 * `## … { #id }` sections, extra h2/h3 sections, 4 to 10 internal links (with
 * #fragments) to other entries, and the content components articles use
 * (EvidenceGradeTable in guides and some types, GradeRule in some conditions,
 * imported from src/lib/model/content-components.ts's folder).
 * As in content/, an entry is .mdx only when it imports a component (about 7%
 * of generated entries, against 2 of the 99 real ones), and .md otherwise.
 * The generator is seeded, so a size always gives the same content.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { distribution, generate } from './generate.ts';
import { measureBuild, TIME } from './measure.ts';
import { seededRandom } from './random.ts';
import { KINDS, readReal } from './real-content.ts';
import { fmt, pad } from './numbers.ts';
import { checkTargets, describe, table, type Row } from './report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** What a build reads from the project root; copied into a private snapshot (node_modules is linked). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'content', 'contract'];

/**
 * A private copy of the project to build from. Astro writes its prerender
 * bundle to <cwd>/.astro/.prerender/ when the output folder is outside the
 * project, so two such builds from one checkout (this benchmark, the
 * bad-content tests) would delete each other's chunks mid-build. The copy
 * also keeps every set on the same snapshot of the code while others edit it.
 */
export function snapshotProject(base: string): string {
  const project = join(base, 'project');
  mkdirSync(project);
  for (const name of PROJECT_FILES) {
    cpSync(join(ROOT, name), join(project, name), { recursive: true, filter: (src) => !src.includes('/public/pagefind') });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

export interface Options {
  sizes: number[];
  keep: boolean;
  skipReal: boolean;
}

function parseOptions(args: string[]): Options {
  const sizes = args.filter((a) => /^\d[\d_,]*$/.test(a)).map((a) => Number(a.replace(/[_,]/g, '')));
  if (sizes.length === 0 && !args.includes('--real-only')) sizes.push(1_000, 5_000, 10_000);
  return { sizes: sizes.sort((a, b) => a - b), keep: args.includes('--keep'), skipReal: args.includes('--no-real') };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function printDistribution(sizes: number[]): void {
  console.log('Distribution of entries per set (the real content/ included):');
  console.log(`  ${['entries', ...KINDS].map((k) => pad(k, 13)).join('')}`);
  for (const size of sizes) {
    const d = distribution(size);
    console.log(`  ${[fmt(size), ...KINDS.map((k) => `${fmt(d[k])} ${((d[k] / size) * 100).toFixed(1)}%`)].map((s) => pad(s, 13)).join('')}`);
  }
}

/** Builds the real site, then each synthetic set cold and again after one edit; returns a row per build. */
export async function run({ sizes, keep, skipReal }: Options, base: string, project: string): Promise<Row[]> {
  const rows: Row[] = [];
  const report = (row: Row) => {
    rows.push(row);
    if (!row.m.ok) console.error(row.m.log.slice(-4000));
    console.log(describe(row));
  };
  if (!skipReal) {
    const work = join(base, 'real');
    mkdirSync(work);
    console.log(`\nBuilding the real site (content/) … load ${load()}`);
    report({ label: 'real site', entries: undefined, types: undefined, m: await measureBuild(project, work, undefined) });
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
  const real = readReal(join(project, 'content'));
  for (const size of sizes) {
    const work = join(base, `n${size}`);
    const content = join(work, 'content');
    mkdirSync(content, { recursive: true });
    const t0 = performance.now();
    // Seeded by the size, so a size always gives the same content.
    const g = generate({ total: size, dir: content, real, project, random: seededRandom(size) });
    console.log(`\n${fmt(size)} entries: generated ${fmt(g.files)} files (${fmt(g.mdx)} of them MDX; ${KINDS.map((k) => `${k} ${g.counts[k]}`).join(', ')}) in ${((performance.now() - t0) / 1000).toFixed(1)} s; building … load ${load()}`);
    const m = await measureBuild(project, work, content);
    report({ label: `${fmt(size)} entries`, entries: size, types: g.counts.types, m });
    if (m.ok) {
      // The everyday case: an author changes one article and the site is built
      // again with the cache of the last build (share images, rendered Markdown).
      const edited = join(content, 'conditions', readdirSync(join(content, 'conditions')).find((f) => f.endsWith('.md'))!);
      writeFileSync(edited, `${readFileSync(edited, 'utf8')}\nOne more sentence, as an author's edit would add.\n`);
      console.log(`\n${fmt(size)} entries: rebuilding after an edit to ${relative(content, edited)}, with the cache of the first build … load ${load()}`);
      const again = await measureBuild(project, `${work}-rebuild`, content, join(work, 'cache'));
      report({ label: `${fmt(size)} entries, rebuilt`, entries: size, types: g.counts.types, rebuild: true, m: again });
      if (!keep) rmSync(`${work}-rebuild`, { recursive: true, force: true });
    }
    if (!keep) rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const base = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const project = snapshotProject(base);
  console.log(`bench:build in ${base} (${existsSync(TIME) ? `peak memory from /proc sampling and ${TIME} -v` : 'peak memory from /proc sampling'})`);
  if (options.sizes.length) printDistribution(options.sizes);
  const rows = await run(options, base, project);
  if (!options.keep) rmSync(base, { recursive: true, force: true });
  console.log(`\n${table(rows)}\n`);
  const failures = checkTargets(rows);
  console.log(`load average at the end: ${load()} (2 cores: a load well above 2 means another build shared the machine)`);
  return failures.length ? 1 : 0;
}

if (import.meta.main) process.exit(await main());
