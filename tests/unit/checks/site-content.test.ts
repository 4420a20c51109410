import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteContentProblems, type CheckedArticle, type SiteForChecks } from '../../../src/lib/checks/site-content.ts';
import type { SectionFacts } from '../../../src/lib/model/sections.ts';

const none: SectionFacts = { faq: 0, related: 0, evidence: 0, prices: false };
const TYPE_BODY = ['what-it-is', 'what-to-expect', 'benefits', 'aftercare', 'differences'].map((id) => `## ${id} { #${id} }\n\nText.`).join('\n\n');

const type = (id: string, over: Partial<CheckedArticle> = {}): CheckedArticle => ({
  kind: 'types',
  id,
  file: `content/types/${id}.md`,
  data: {},
  body: TYPE_BODY,
  source: '---\nlastReviewed: 2026-11-01\n---\n',
  facts: none,
  related: [],
  helps: [],
  ...over,
});

const site = (over: Partial<SiteForChecks> = {}): SiteForChecks => ({
  articles: [type('swedish'), type('deep-tissue', { facts: { ...none, prices: true } })],
  comparisons: [],
  pairs: [],
  glossary: { file: 'content/glossary.yaml', terms: [] },
  ids: new Map([['types', new Set(['swedish', 'deep-tissue'])], ['sources', new Set(['review'])]]),
  ownOrigins: ['https://massage-guide.example'],
  inPublic: () => false,
  generatedPages: [],
  now: new Date('2026-12-01T12:00:00Z'),
  anchors: { file: 'contract/published-anchors.txt', published: [] },
  ...over,
});

const messages = (s: SiteForChecks) => siteContentProblems(s).map((p) => `${p.file} → ${p.field}: ${p.message}`);

test('a well-formed site has no problems', () => {
  assert.deepEqual(messages(site()), []);
});

test('a link to #cost on a type without prices is a problem; on one with prices it is not', () => {
  const linking = (target: string) => type('swedish', { body: `${TYPE_BODY}\n\nSee [prices](${target}).` });
  assert.deepEqual(messages(site({ articles: [linking('/types/deep-tissue/#cost'), type('deep-tissue', { facts: { ...none, prices: true } })] })), []);
  assert.deepEqual(messages(site({ articles: [linking('/types/deep-tissue/#cost'), type('deep-tissue')] })), [
    'content/types/swedish.md → body line 21: the link /types/deep-tissue/#cost names a section that /types/deep-tissue/ does not have',
  ]);
});

test('a missing section, a reserved id and an image without alt text name the file and the line', () => {
  const body = `${TYPE_BODY.replace('## aftercare { #aftercare }', '## Looking after yourself')}\n\n## Cost { #cost }\n\n![](/img/x.jpg)`;
  const problems = siteContentProblems(site({ articles: [type('swedish', { body }), type('deep-tissue')], inPublic: () => true }));
  assert.deepEqual(
    problems.map((p) => [p.field, p.message]),
    [
      ['section #aftercare', 'section #aftercare is missing'],
      ['section #cost', 'section #cost is reserved'],
      ['body line 23', 'the image /img/x.jpg has no alt text'],
    ],
  );
  assert.match(problems[1]?.fix ?? '', /the page adds its own #cost section/);
});

test('references to missing entries, components in .md and dates as written are checked', () => {
  const broken = type('swedish', {
    data: { related: [{ collection: 'types', id: 'shiatsu' }] },
    body: `${TYPE_BODY}\n\n<Callout>Hi</Callout>`,
    source: '---\nlastReviewed: 2026-13-45\n---\n',
  });
  const fields = siteContentProblems(site({ articles: [broken, type('deep-tissue')] })).map((p) => p.field);
  assert.deepEqual(fields.sort(), ['body line 21', 'lastReviewed', 'related[0]']);
});

test('a comparison must be named after a pair with a page, and its links are checked too', () => {
  const comparison = { id: 'swedish-vs-deep-tissue', file: 'content/comparisons/swedish-vs-deep-tissue.md', data: {}, body: 'See [x](/types/nope/).', source: '' };
  assert.deepEqual(messages(site({ comparisons: [comparison] })), [
    'content/comparisons/swedish-vs-deep-tissue.md → file name: swedish-vs-deep-tissue is not a pair of type slugs in alphabetical order',
    'content/comparisons/swedish-vs-deep-tissue.md → body line 1: the link /types/nope/ leads to no page',
  ]);
});

test('a glossary term must point at a page the build makes', () => {
  assert.deepEqual(messages(site({ glossary: { file: 'content/glossary.yaml', terms: [{ id: 'knot', article: '/types/nope/' }, { id: 'fascia', article: '/types/swedish/' }] } })), [
    'content/glossary.yaml → knot.article: /types/nope/ is no page',
  ]);
});

test('a heading must read as written, give a usable id, and leave the layout its own ids', () => {
  const body = `${TYPE_BODY}\n\n## Not \u202Eelbats\n\nText.\n\n## 💆\n\nText.\n\n## Main points { #main }\n\nText.`;
  assert.deepEqual(messages(site({ articles: [type('swedish', { body }), type('deep-tissue', { facts: { ...none, prices: true } })] })), [
    'content/types/swedish.md → body line 21: the heading "Not \u202Eelbats" holds U+202E (RIGHT-TO-LEFT OVERRIDE), an invisible character that makes the page read differently from its source: delete it (retype the text around it if you cannot see it)',
    'content/types/swedish.md → body line 25: the heading "💆" gives no id, so no link can reach its section',
    'content/types/swedish.md → body line 29: the heading "Main points" takes the id #main, which the layout uses',
  ]);
});

test("a heading may not take a citation's, a claim's or the section links' id, nor a section of the kind's registry", () => {
  const body = `${TYPE_BODY}\n\n## Review { #source-review }\n\n## Claim { #claim-low-back-pain }\n\n## SL { #sl }\n\n## Warning signs { #red-flags }\n\n## Sources of oil\n`;
  assert.deepEqual(messages(site({ articles: [type('swedish', { body }), type('deep-tissue', { facts: { ...none, prices: true } })] })), [
    'content/types/swedish.md → section #red-flags: section #red-flags is reserved',
    'content/types/swedish.md → body line 21: the heading "Review" takes the id #source-review, which the layout uses',
    'content/types/swedish.md → body line 23: the heading "Claim" takes the id #claim-low-back-pain, which the layout uses',
    'content/types/swedish.md → body line 25: the heading "SL" takes the id #sl, which the layout uses',
  ]);
});

test('a published anchor its page lost stops the build at the article', () => {
  const anchors = { file: 'contract/published-anchors.txt', published: ['/types/swedish/#benefits', '/types/swedish/#pressure'] };
  assert.deepEqual(messages(site({ anchors })), [
    'content/types/swedish.md → body: the section #pressure was published (contract/published-anchors.txt), and clinics link to /types/swedish/#pressure, but the page no longer has that section',
  ]);
});
