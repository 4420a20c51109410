import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { glossaryLinks } from '../../../src/markdown/glossary-plugin.ts';

const TERMS = [
  { id: 'effleurage', forms: ['effleurage'] },
  { id: 'trigger-point', forms: ['trigger point', 'trigger points'] },
];

/** The Markdown as an article at `path` renders it, with the glossary plugin only. */
async function render(markdown: string, path = '/site/content/types/swedish-massage.md'): Promise<string> {
  // A plugin factory may be async, so Sätteri's result may be a promise.
  return (await markdownToHtml(markdown, { fileURL: new URL(`file://${path}`), mdastPlugins: [glossaryLinks(TERMS)] })).html;
}

test('the first use of a term in an article links to its definition, later uses stay text', async () => {
  assert.equal(
    await render('Effleurage warms the tissue. Then effleurage again.'),
    '<p><a href="/guides/glossary/#term-effleurage">Effleurage</a> warms the tissue. Then effleurage again.</p>\n',
  );
});

test('each term is linked once per article, across paragraphs, and the longest form wins', async () => {
  const html = await render('Press on trigger points.\n\nA trigger point and effleurage.\n\nEffleurage.');
  assert.equal((html.match(/#term-trigger-point/g) ?? []).length, 1);
  assert.match(html, /<a href="\/guides\/glossary\/#term-trigger-point">trigger points<\/a>/);
  assert.equal((html.match(/#term-effleurage/g) ?? []).length, 1);
  assert.match(html, /<p>A trigger point and <a href="\/guides\/glossary\/#term-effleurage">effleurage<\/a>\.<\/p>/);
});

test('headings, links and table cells are left alone, so the first use in prose is the one linked', async () => {
  const html = await render('## Effleurage\n\n[effleurage](/techniques/effleurage/)\n\n| Effleurage |\n| --- |\n| effleurage |\n\nEffleurage in prose.');
  assert.match(html, /<h2>Effleurage<\/h2>/);
  assert.match(html, /<a href="\/techniques\/effleurage\/">effleurage<\/a>/);
  assert.match(html, /<th>Effleurage<\/th>/);
  assert.match(html, /<td>effleurage<\/td>/);
  assert.match(html, /<p><a href="\/guides\/glossary\/#term-effleurage">Effleurage<\/a> in prose\.<\/p>/);
});

test('the glossary itself and files outside content/ get no links', async () => {
  for (const path of ['/site/content/guides/glossary.md', '/site/content/guides/glossary.mdx', '/site/src/pages/about.md']) {
    assert.equal(await render('Effleurage.', path), '<p>Effleurage.</p>\n', path);
  }
});
