/**
 * Each case breaks one field of an entry of the small valid site
 * (tests/fixtures/content) and checks the one problem the schemas report:
 * the file, the field and the text, which says what to write. These are the
 * schemas and messages Astro parses with, so the same words appear in
 * `astro dev`, `astro check` and `npm run build`. A few cases also run the
 * real build (tests/build/bad-content.test.ts).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { articleTextProblems, contentSchemaProblems, yamlTextProblems } from '../../../scripts/lib/check-schemas.ts';
import { prices, replace, TYPE } from '../../fixtures/content-edits.ts';

const FIXTURE = 'tests/fixtures/content';
const fixture = (file: string) => readFileSync(join(FIXTURE, file), 'utf8');

/** The problems of one type file after an edit, as "field: message". */
function typeProblems(edit: (text: string) => string, file = TYPE): string[] {
  return articleTextProblems(file, 'types', edit(fixture(file))).map((p) => `${p.field}: ${p.message}`);
}

const withPrice = (rate: string) => replace('related: [deep-tissue-massage]', `related: [deep-tissue-massage]\n${prices('2025-04-21', rate)}`);

test('every fixture entry matches its schema', () => {
  assert.deepEqual(contentSchemaProblems(FIXTURE), []);
});

const TYPE_CASES: { name: string; edit: (text: string) => string; file?: string; expect: string }[] = [
  { name: 'misspelt key', edit: replace('lastReviewed:', 'lastReveiwed: 2026-01-01\nlastReviewed:'), expect: 'lastReveiwed: unknown key `lastReveiwed`: did you mean `lastReviewed`?' },
  {
    name: 'misspelt key standing in for a required one',
    edit: replace('lastReviewed:', 'lastReveiwed:'),
    expect: 'lastReveiwed: unknown key `lastReveiwed`: did you mean `lastReviewed`?',
  },
  { name: 'misspelt nested key', edit: replace('pressure: { min: light, max: medium }', 'pressure: { min: light, maks: medium }'), expect: 'pressure.maks: unknown key `maks`: did you mean `max`?' },
  { name: 'missing required field', edit: replace(/^summary: .*\n/m, ''), expect: 'summary: `summary` is missing: add `summary:` with one or two plain sentences, 40–220 characters' },
  { name: 'missing list of sources', edit: replace(/^sources: .*\n/m, ''), expect: 'sources: `sources` is missing: add `sources:` with a list of ids from content/sources.yaml, e.g. [nhs-sciatica]' },
  {
    name: 'missing field that has no description',
    edit: replace(/^purpose: .*\n/m, ''),
    expect: 'purpose: `purpose` is missing: add `purpose:` with a text (src/schemas/ says what it holds)',
  },
  {
    name: 'missing date',
    edit: replace(/^lastReviewed: .*\n/m, ''),
    expect: 'lastReviewed: `lastReviewed` is missing: add `lastReviewed:` with a date YYYY-MM-DD, e.g. 2026-11-23',
  },
  { name: 'wrong type', edit: replace('sessionMinutes: [60, 90]', 'sessionMinutes: [sixty]'), expect: 'sessionMinutes[0]: "sixty" is not a number: write a number' },
  { name: 'invalid enum value', edit: replace('prescription: not-needed', 'prescription: sometimes'), expect: 'prescription: "sometimes" is not allowed here: write one of `required`, `usual`, `not-needed`' },
  { name: 'invalid date', edit: replace('lastReviewed: 2026-11-23', 'lastReviewed: 2026-13-45'), expect: 'lastReviewed: "2026-13-45" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-23' },
  { name: 'summary too long', edit: replace(/^summary: .*$/m, `summary: ${'Very long. '.repeat(30)}`), expect: 'summary: write at most 220 characters (it has 329)' },
  { name: 'no sources', edit: replace(/^sources: .*$/m, 'sources: []'), expect: 'sources: list at least 1 item (it has 0)' },
  {
    name: 'typed evidence grade',
    edit: replace('  - condition: low-back-pain\n', '  - condition: low-back-pain\n    grade: moderate\n'),
    expect: 'helps[0].grade: grades are computed from content/findings.yaml, not typed: delete `grade` (to lower a computed grade, write `lower: { grade, reason }`)',
  },
  {
    name: 'pressure range upside down',
    edit: replace('pressure: { min: light, max: medium }', 'pressure: { min: deep, max: light }'),
    expect: 'pressure: pressure.min must not be firmer than pressure.max (scale: very-light, light, medium, firm, deep)',
  },
  { name: 'focus with no region', file: 'types/deep-tissue-massage.md', edit: replace('  regions: [lower-back, legs]', '  regions: []'), expect: 'focus.regions: focus needs fullBody: true or at least one region id' },
  { name: 'negative session length in a price', edit: withPrice('{ minutes: -60, amount: 50 }'), expect: 'prices.rates[0].minutes: a session is at least 5 minutes' },
  {
    name: 'absurd price',
    edit: withPrice('{ minutes: 60, amount: 1e9 }'),
    expect: 'prices.rates[0].amount: a price per session is under 10,000: write it in the currency units, not cents',
  },
  { name: 'session lengths out of order and repeated', edit: replace('sessionMinutes: [60, 90]', 'sessionMinutes: [90, 60, 60]'), expect: 'sessionMinutes: list each session length once, shortest first, e.g. [60, 90]' },
  { name: 'a title of spaces', edit: replace('title: Swedish massage', 'title: "     "'), expect: 'title: a title needs at least 3 characters of text, not only spaces: write the name readers know' },
  {
    name: 'an overlong title',
    edit: replace('title: Swedish massage', `title: ${'Swedish massage '.repeat(8)}`),
    expect: 'title: a title is at most 90 characters: keep the name short and put the detail in the summary',
  },
  {
    name: 'a summary of spaces',
    edit: replace(/^summary: .*$/m, `summary: "${' '.repeat(60)}"`),
    expect: 'summary: a summary needs at least 40 characters of text, not only spaces: write one or two plain sentences',
  },
];

for (const c of TYPE_CASES) {
  test(`a type entry that does not match its schema: ${c.name}`, () => {
    assert.deepEqual(typeProblems(c.edit, c.file), [c.expect]);
  });
}

test('an unknown key that is near no allowed key lists the allowed ones', () => {
  const [problem] = typeProblems(replace('lastReviewed:', 'colour: blue\nlastReviewed:'));
  assert.match(problem!, /^colour: unknown key `colour`: remove it, or use one of `title`, `summary`, .*`lastReviewed`, .*`prices`$/);
});

/** The problems of one YAML list after an edit, as "field: message". */
function listProblems(name: 'sources' | 'glossary' | 'findings', edit: (text: string) => string): string[] {
  return yamlTextProblems(`${name}.yaml`, name, edit(fixture(`${name}.yaml`))).map((p) => `${p.field}: ${p.message}`);
}

const LIST_CASES: { name: string; list: 'sources' | 'glossary' | 'findings'; edit: (text: string) => string; expect: string }[] = [
  {
    name: 'source with neither URL nor identifier',
    list: 'sources',
    edit: replace('  url: https://www.nhs.uk/conditions/sciatica/\n', ''),
    expect: 'nhs-sciatica.url (line 15): a source needs a url, doi or pmid so readers can find it (or a journal citation with volume(issue):pages in publisher)',
  },
  { name: 'malformed DOI', list: 'sources', edit: replace('doi: 10.1002/14651858.CD001929.pub3', 'doi: CD001929'), expect: 'cochrane-2015-low-back-pain.doi (line 8): a DOI looks like 10.1002/14651858.CD001929.pub3' },
  {
    name: 'javascript: source url',
    list: 'sources',
    edit: replace('url: https://www.nhs.uk/conditions/sciatica/', 'url: "javascript:alert(1)"'),
    expect: 'nhs-sciatica.url (line 15): a source url is a web address starting with https:// (or http://)',
  },
  { name: 'misspelt source key', list: 'sources', edit: replace('  url: https://www.nhs.uk/conditions/sciatica/', '  ulr: https://www.nhs.uk/conditions/sciatica/'), expect: 'nhs-sciatica.ulr (line 15): unknown key `ulr`: did you mean `url`?' },
  {
    name: 'finding that ends with a full stop',
    list: 'findings',
    edit: replace('found: short-term pain relief', 'found: short-term pain relief.'),
    expect: 'cochrane-2015-low-back-pain-vs-inactive.found (line 2): end `found` without a full stop: the page adds the rest of the sentence',
  },
  { name: 'source id with a doubled hyphen', list: 'sources', edit: replace('id: nhs-sciatica', 'id: nhs--sciatica'), expect: 'nhs--sciatica.id (line 15): a source id is lowercase words joined by hyphens' },
  {
    name: 'glossary link that is not a site path',
    list: 'glossary',
    edit: replace('article: /techniques/effleurage/', 'article: techniques/effleurage'),
    expect: 'effleurage.article (line 1): article is a site path such as /techniques/effleurage/',
  },
];

for (const c of LIST_CASES) {
  test(`a YAML entry that does not match its schema: ${c.name}`, () => {
    assert.deepEqual(listProblems(c.list, c.edit), [c.expect]);
  });
}

test('the content folder is read as Astro reads it: a Windows-saved (CRLF) file is checked, and each problem names its file', () => {
  const root = join(mkdtempSync(join(tmpdir(), 'schemas-')), 'content');
  try {
    cpSync(FIXTURE, root, { recursive: true });
    const file = join(root, TYPE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('lastReviewed: 2026-11-23', 'lastReviewed: 2026-13-45').replace(/\n/g, '\r\n'));
    assert.deepEqual(contentSchemaProblems(root), [{ file, field: 'lastReviewed', message: '"2026-13-45" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-23' }]);
  } finally {
    rmSync(join(root, '..'), { recursive: true, force: true });
  }
});
