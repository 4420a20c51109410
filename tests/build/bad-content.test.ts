/**
 * Bad content is the most common bad input: each case breaks one thing in a
 * copy of a small valid site (tests/fixtures/content), runs the real
 * `npm run build` steps, and checks that the build stops with a message
 * naming the file, the field or line, and the fix, and leaves no output.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';

const FIXTURE = resolve('tests/fixtures/content');
const BIN = resolve('node_modules/.bin');

interface Case {
  name: string;
  /** Path inside the content folder, and how to change it (return the new text). */
  file: string;
  edit: (text: string) => string;
  expect: RegExp[];
}

const replace = (from: string | RegExp, to: string) => (text: string) => {
  const out = text.replace(from, to);
  assert.notEqual(out, text, `the case's edit did not apply: ${from}`);
  return out;
};

const TYPE = 'types/swedish-massage.md';
const CASES: Case[] = [
  { name: 'missing required field', file: TYPE, edit: replace(/^summary: .*\n/m, ''), expect: [/swedish-massage\.md/, /- summary/, /Fix: add "summary"/] },
  { name: 'wrong type', file: TYPE, edit: replace('sessionMinutes: [60, 90]', 'sessionMinutes: [sixty]'), expect: [/swedish-massage\.md/, /sessionMinutes/, /must be number/] },
  { name: 'unknown frontmatter key', file: TYPE, edit: replace('lastReviewed:', 'lastReveiwed: 2026-01-01\nlastReviewed:'), expect: [/swedish-massage\.md/, /remove "lastReveiwed" or correct its spelling/] },
  { name: 'invalid enum value', file: TYPE, edit: replace('prescription: not-needed', 'prescription: sometimes'), expect: [/swedish-massage\.md/, /"prescription" must be one of/] },
  { name: 'invalid date', file: TYPE, edit: replace('lastReviewed: 2026-11-23', 'lastReviewed: 2026-13-45'), expect: [/swedish-massage\.md → lastReviewed: "2026-13-45" is not a real date/, /Fix: write the date as YYYY-MM-DD/] },
  { name: 'summary too long', file: TYPE, edit: replace(/^summary: .*$/m, `summary: ${'Very long. '.repeat(30)}`), expect: [/swedish-massage\.md/, /summary/, /Fix:/] },
  { name: 'unknown reference', file: TYPE, edit: replace('condition: low-back-pain', 'condition: lower-back-pain'), expect: [/content\/types\/swedish-massage\.md → helps\[0\]\.condition/, /"lower-back-pain" is not an entry of conditions/, /Fix: use an id that exists in content\/conditions\//] },
  { name: 'unknown source', file: TYPE, edit: replace('sources: [nccih-massage, cochrane', 'sources: [made-up-2020, cochrane'), expect: [/swedish-massage\.md → sources\[0\]/, /"made-up-2020" is not an entry of sources/, /content\/sources\.yaml/] },
  { name: 'evidence grade without a source', file: TYPE, edit: replace('    sources: [cochrane-2015-low-back-pain]\nrelated', '    sources: []\nrelated'), expect: [/swedish-massage\.md/, /an evidence grade needs at least one source/] },
  { name: 'invalid evidence grade', file: TYPE, edit: replace('grade: moderate', 'grade: excellent'), expect: [/swedish-massage\.md/, /grade/, /must be one of/] },
  { name: 'pressure range upside down', file: TYPE, edit: replace('pressure: { min: light, max: medium }', 'pressure: { min: deep, max: light }'), expect: [/swedish-massage\.md/, /pressure\.min must not be firmer than pressure\.max/] },
  { name: 'focus with no region', file: 'types/deep-tissue-massage.md', edit: replace('  regions: [lower-back, legs]', '  regions: []'), expect: [/deep-tissue-massage\.md/, /focus needs fullBody: true or at least one region id/] },
  { name: 'dead internal link', file: TYPE, edit: replace('(/techniques/effleurage/)', '(/techniques/efleurage/)'), expect: [/content\/types\/swedish-massage\.md → body line \d+: the link \/techniques\/efleurage\/ leads to no page/, /Fix: check the slug/] },
  { name: 'dead #fragment', file: 'conditions/sciatica.md', edit: replace('(/types/swedish-massage/#evidence)', '(/types/swedish-massage/#risks)'), expect: [/sciatica\.md → body line \d+/, /names a section that \/types\/swedish-massage\/ does not have/, /Fix: use one of: .*#safety/] },
  { name: 'duplicate alias', file: 'types/deep-tissue-massage.md', edit: replace('aliases: [deep tissue]', 'aliases: [deep tissue, classic massage]'), expect: [/(deep-tissue|swedish)-massage\.md → aliases: the alias "classic massage" .* is also an alias of "(swedish|deep-tissue)-massage"/, /Fix: remove "classic massage"/] },
  { name: 'alias equal to another slug', file: 'conditions/sciatica.md', edit: replace('aliases: []', 'aliases: [low back pain]'), expect: [/sciatica\.md → aliases: the alias "low back pain" .* is the slug of "low-back-pain"/] },
  { name: 'missing required section', file: TYPE, edit: replace('## What is it? { #what-it-is }', '## What is it?'), expect: [/swedish-massage\.md → section #what-it-is: section #what-it-is is missing/, /Fix: add a heading/] },
  { name: 'section id the layout reserves', file: TYPE, edit: replace('## How is it different? { #differences }', '## How is it different? { #differences }\n\n## Is it safe? { #safety }\n\nText.'), expect: [/section #safety is reserved/, /Fix: rename the heading/] },
  { name: 'image without alt text', file: TYPE, edit: replace('Relaxed, perhaps a little sore.', 'Relaxed.\n\n![](/favicon.svg)'), expect: [/swedish-massage\.md → body line \d+: the image \/favicon\.svg has no alt text/, /Fix: describe what the image shows/] },
  { name: 'source with neither URL nor identifier', file: 'sources.yaml', edit: replace('  url: https://www.nhs.uk/conditions/sciatica/\n', ''), expect: [/sources/, /nhs-sciatica|url/, /needs a url, doi or pmid/] },
  { name: 'malformed DOI', file: 'sources.yaml', edit: replace('doi: 10.1002/14651858.CD001929.pub3', 'doi: CD001929'), expect: [/sources/, /a DOI looks like 10\./] },
  { name: 'malformed YAML', file: TYPE, edit: replace('aliases: [classic massage, relaxation massage]', 'aliases: [classic massage, relaxation massage'), expect: [/swedish-massage\.md/] },
  { name: 'MDX syntax error', file: 'guides/safety.mdx', edit: replace('People with a fever.', 'People with <strong>a fever.'), expect: [/safety\.mdx/] },
  { name: 'misused content component', file: 'guides/safety.mdx', edit: replace('People with a fever.', 'People with a fever.\n\n<EvidenceTable rows="all" />'), expect: [/safety/, /EvidenceTable/] },
  { name: 'content component in a Markdown file', file: 'conditions/sciatica.md', edit: replace('(/types/swedish-massage/#evidence)', '(/types/swedish-massage/#evidence)\n\n<EvidenceBadge grade="limited" />'), expect: [/sciatica\.md → body line \d+: <EvidenceBadge> is a component, and components work only in \.mdx files/, /Fix: rename the file to \.mdx and import EvidenceBadge/] },
  { name: 'comparison that is not a pair of types', file: 'comparisons/deep-tissue-massage-vs-swedish-massage.md', edit: (t) => t, expect: [/swedish-massage-vs-deep-tissue-massage is not a pair of type slugs in alphabetical order/, /Fix: name the file/] },
  { name: 'synonym that leads to no page', file: 'search-synonyms.yaml', edit: replace('ours: low back pain', 'ours: lumbago'), expect: [/search-synonyms\.yaml:3: "ours: lumbago" uses "lumbago", which no title, alias or glossary term uses/, /Fix: use the words of the page readers should find/] },
  { name: 'synonym phrase listed twice', file: 'search-synonyms.yaml', edit: (t) => `${t}- readers: [bad back]\n  ours: sciatica\n`, expect: [/search-synonyms\.yaml:4: "bad back" is already listed on line 2/, /Fix: keep one entry per phrase/] },
  { name: 'glossary link that is not a site path', file: 'glossary.yaml', edit: replace('article: /techniques/effleurage/', 'article: techniques/effleurage'), expect: [/glossary/, /article is a site path/] },
];

function build(caseName: string, prepare: (root: string) => void): { status: number | null; output: string; leftovers: boolean } {
  const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
  const content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  prepare(content);
  const out = join(work, 'dist');
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${BIN}:${process.env['PATH']}`, CONTENT_ROOT: content, BUILD_OUT: out, ASTRO_CACHE_DIR: join(work, 'cache') },
  });
  const leftovers = existsSync(out) || existsSync(`${out}-staging`);
  rmSync(work, { recursive: true, force: true });
  assert.ok(caseName);
  // Colours (on when CI is set) would split the words the patterns look for.
  return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`), leftovers };
}

test('the fixture site itself builds', () => {
  const { status, output } = build('valid', () => {});
  assert.equal(status, 0, output.slice(-3000));
});

for (const c of CASES) {
  test(`bad content stops the build: ${c.name}`, () => {
    const { status, output, leftovers } = build(c.name, (root) => {
      const path = join(root, c.file);
      if (c.name.startsWith('comparison that is not')) {
        writeFileSync(join(root, 'comparisons/swedish-massage-vs-deep-tissue-massage.md'), readFileSync(path, 'utf8'));
        rmSync(path);
      } else writeFileSync(path, c.edit(readFileSync(path, 'utf8')));
    });
    assert.notEqual(status, 0, `the build passed:\n${output.slice(-2000)}`);
    for (const pattern of c.expect) assert.match(output, pattern, output.slice(-3000));
    assert.equal(leftovers, false, 'a failed build left output behind');
  });
}
