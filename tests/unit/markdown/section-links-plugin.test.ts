import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownToHtml } from 'satteri';
import { sectionLinks } from '../../../src/markdown/section-links-plugin.ts';

/** The Markdown as an article at `path` renders it (with `{ #id }` heading ids, as astro.config.mjs enables). */
async function render(markdown: string, path = '/site/content/types/swedish-massage.md'): Promise<string> {
  // A plugin factory may be async, so Sätteri's result may be a promise.
  return (await markdownToHtml(markdown, { fileURL: new URL(`file://${path}`), features: { headingAttributes: true }, hastPlugins: [sectionLinks()] })).html;
}

test('an h2 and an h3 with ids each get a link to their own section, named by the page prefix and the heading', async () => {
  assert.equal(
    await render('## What is it? { #what-it-is }\n\nText.\n\n### Before { #before }'),
    '<div class="section-head"><h2 id="what-it-is">What is it?</h2><a class="section-link" href="#what-it-is" aria-labelledby="sl what-it-is" data-pagefind-ignore="" tabindex="-1">#</a></div>\n' +
      '<p>Text.</p>\n' +
      '<div class="section-head"><h3 id="before">Before</h3><a class="section-link" href="#before" aria-labelledby="sl before" data-pagefind-ignore="" tabindex="-1">#</a></div>\n',
  );
});

test('headings without an id, other levels and files outside content/ are left as they are', async () => {
  assert.equal(await render('## No id'), '<h2>No id</h2>\n');
  assert.equal(await render('#### Deep { #deep }'), '<h4 id="deep">Deep</h4>\n');
  assert.equal(await render('## Page { #page }', '/site/src/pages/about.md'), '<h2 id="page">Page</h2>\n');
});
