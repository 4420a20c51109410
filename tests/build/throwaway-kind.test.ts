/**
 * Adding a kind of article is the steps docs/architecture.md lists, and no
 * more: this test takes them in a copy of the project, adding a throwaway
 * kind ("systems", conditions by body system), builds the small fixture site
 * with it, and checks that everything derived from the kinds table and the
 * route table took the new kind in without being told: its pages and index,
 * the link check (a guide links to the new page), the sitemap, search, share
 * images, the host headers and the URL contract.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';

const PROJECT = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'throwaway-kind-'));
after(() => process.env['KEEP_WORK'] || rmSync(work, { recursive: true, force: true }));

/** Replaces `find` (which must be there, once) in a file of the copy. */
function edit(file: string, find: string, replace: string): void {
  const path = join(work, file);
  const text = readFileSync(path, 'utf8');
  assert.equal(text.split(find).length, 2, `${file} no longer holds exactly one ${JSON.stringify(find)}: update this test and docs/architecture.md together`);
  writeFileSync(path, text.replace(find, replace));
}

function write(file: string, text: string): void {
  mkdirSync(dirname(join(work, file)), { recursive: true });
  writeFileSync(join(work, file), text);
}

test('a throwaway kind is one entry in the kinds table plus its schema, sections, words, view and page, and the build derives the rest', { timeout: 600_000 }, () => {
  // The project as committed, with its installed packages.
  for (const file of execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean)) {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    cpSync(join(PROJECT, file), join(work, file));
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(work, 'node_modules'));

  // 1. The kinds table.
  edit('src/lib/model/kinds.ts', '  guides: {', "  systems: { handout: false, embed: false, api: false, about: null, authorsOrder: false, floor: { words: 10, sources: 1, count: 1 } },\n  guides: {");
  // 2. Its schema (a guide's shape will do for the test) in the table of collections.
  edit('src/schemas/collections.ts', '    guides: guideSchema(context),', '    guides: guideSchema(context),\n    systems: guideSchema(context),');
  // 3. Its sections: no required prose, the questions and sources every page has.
  edit('src/lib/model/sections.ts', '  guides: [],', '  guides: [],\n  systems: [],');
  edit('src/lib/model/sections.ts', '  guides: [faq, sources],', '  guides: [faq, sources],\n  systems: [faq, sources],');
  // 4. Its words in each language's table: its names, its index's introduction, its sections' lines.
  edit('src/i18n/en.ts', "    guides: { singular: 'Guide', plural: 'Guides' },", "    guides: { singular: 'Guide', plural: 'Guides' },\n    systems: { singular: 'Body system', plural: 'Body systems' },");
  edit('src/i18n/es.ts', "    guides: { singular: 'Guía', plural: 'Guías' },", "    guides: { singular: 'Guía', plural: 'Guías' },\n    systems: { singular: 'Sistema del cuerpo', plural: 'Sistemas del cuerpo' },");
  edit('src/i18n/en/listings.ts', "    guides: 'Practical guides", "    systems: 'Conditions grouped by the body system they affect.',\n    guides: 'Practical guides");
  edit('src/i18n/es/listings.ts', "    guides: 'Guías prácticas", "    systems: 'Afecciones agrupadas por el sistema del cuerpo que afectan.',\n    guides: 'Guías prácticas");
  edit('src/i18n/en/sections.ts', '  guides: { faq, sources },', '  guides: { faq, sources },\n  systems: { faq, sources },');
  edit('src/i18n/es/sections.ts', '  guides: { faq, sources },', '  guides: { faq, sources },\n  systems: { faq, sources },');
  // 5. Its view and page: a guide's view, rendered through the article layout.
  write('src/pages/systems/[slug].astro', readFileSync('src/pages/guides/[slug].astro', 'utf8').replaceAll("'guides'", "'systems'"));
  // 6. Content: one entry, and a guide that links to it (the link check must know the new page).
  const content = join(work, 'tests/fixtures/content');
  write(
    'tests/fixtures/content/systems/nervous-system.md',
    [
      '---',
      'title: Nervous system',
      'summary: Conditions of the nerves, from a trapped nerve in the back to nerve pain in the legs, and what massage can and cannot do for them.',
      'lastReviewed: 2026-11-23',
      'sources: [nhs-sciatica]',
      'order: 1',
      '---',
      '',
      '## What is in this group? { #what-is-in-it }',
      '',
      'Nerve problems such as [sciatica](/conditions/sciatica/) cause pain that travels along a nerve. Massage does not treat the nerve itself.',
      '',
    ].join('\n'),
  );
  edit('tests/fixtures/content/guides/safety.mdx', '\n## ', '\nSee also [nerve problems](/systems/nervous-system/).\n\n## ');

  const out = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--site', 'https://massage-guide.example'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH']}`, CONTENT_ROOT: content, CONTRACT_ROOT: join(work, 'tests/fixtures/contract'), BUILD_OUT: out, ASTRO_OUT_DIR: out, ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  const output = stripVTControlCharacters(`${result.stdout}\n${result.stderr}`);
  assert.equal(result.status, 0, output.slice(-3000));

  const page = readFileSync(join(out, 'systems/nervous-system/index.html'), 'utf8');
  assert.match(page, /<h1[^>]*>Nervous system<\/h1>/);
  assert.match(page, /data-pagefind-body/, 'search reads the new kind');
  assert.match(readFileSync(join(out, 'systems/index.html'), 'utf8'), /Body systems/, 'the kind has its index');
  assert.match(readFileSync(join(out, 'guides/safety/index.html'), 'utf8'), /href="\/systems\/nervous-system\/"/, 'an article may link to the new page');
  assert.ok(existsSync(join(out, 'og/systems/nervous-system.png')), 'the entry has its share image');
  assert.match(readFileSync(join(out, 'search-pages.json'), 'utf8'), /\/systems\/nervous-system\//, "search's page map has it");
  assert.match(readFileSync(join(out, 'sitemap-0.xml'), 'utf8'), /https:\/\/massage-guide\.example\/systems\/nervous-system\//, 'the sitemap lists it');
  assert.match(readFileSync(join(out, '_headers'), 'utf8'), /^\/systems\/\*$/m, 'the host rules cover its folder');
  assert.ok(!existsSync(join(out, 'handouts/systems')) && !existsSync(join(out, 'embed/systems')), 'no handout or card the table did not ask for');
});
