import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyLinkProblems, glossaryArticleProblems, resolveTarget, type LinkContext } from '../../../src/lib/checks/body-links.ts';
import { bodyHeadings, bodyTargets } from '../../../src/lib/checks/mdx-body.ts';

const file = 'content/types/swedish-massage.md';
const SELF = '/types/swedish-massage/';
const context: LinkContext = {
  pages: new Map([
    ['/types/swedish-massage/', new Set(['what-it-is', 'café--spa-options'])],
    ['/conditions/sciatica/', new Set(['safety'])],
    ['/compare/', new Set()],
  ]),
  ownOrigins: ['https://massage-guide.org'],
  publicFile: (path) => path === '/images/calf.png',
  typeIds: new Set(['swedish-massage', 'deep-tissue-massage']),
};
const problems = (body: string) => bodyLinkProblems(file, SELF, body, context).map((p) => `${p.field}: ${p.message} | ${p.fix}`);

test('links are found however they are written, with their lines', () => {
  // A reference definition cannot interrupt a paragraph, so the blank line before it makes it one.
  const body = ['[a](/a/) and ![b](/b.png "B")', '', '[ref]: /c/ "C"', '<https://massage-guide.org/d/>', '<a href="/e/">e</a> <img src=\'/f.png\' alt="F">', '`[not](/code/)`', '', '    [indented code](/code/)'].join('\n');
  assert.deepEqual(bodyTargets(body), [
    { target: '/a/', line: 1, image: false },
    { target: '/b.png', line: 1, image: true },
    { target: '/c/', line: 3, image: false },
    { target: 'https://massage-guide.org/d/', line: 4, image: false },
    { target: '/e/', line: 5, image: false },
    { target: '/f.png', line: 5, image: true },
  ]);
});

test('targets resolve as a browser resolves them on the page', () => {
  const at = (target: string) => {
    const r = resolveTarget(target, SELF, ['https://massage-guide.org']);
    return r.internal ? `${r.path}${r.fragment === undefined ? '' : `#${r.fragment}`}` : 'external';
  };
  assert.equal(at('../deep-tissue-massage/'), '/types/deep-tissue-massage/');
  assert.equal(at('conditions/sciatica'), '/types/swedish-massage/conditions/sciatica');
  assert.equal(at('https://massage-guide.org/conditions/sciatica/#safety'), '/conditions/sciatica/#safety');
  assert.equal(at('#caf%C3%A9--spa-options'), '/types/swedish-massage/#café--spa-options');
  assert.equal(at('https://www.nhs.uk/'), 'external');
  assert.equal(at('mailto:a@b.org'), 'external');
});

test('good links pass: site paths, sections, our own absolute address, a same-page fragment, an existing image', () => {
  assert.deepEqual(
    problems(['[a](/conditions/sciatica/#safety) [b](#what-it-is) [c](https://massage-guide.org/conditions/sciatica/)', '![A calf](/images/calf.png) [d](/compare/?t=swedish-massage&t=deep-tissue-massage) [e](https://www.nhs.uk/x)'].join('\n')),
    [],
  );
});

test('each kind of dead link is an error naming its line and the fix', () => {
  assert.deepEqual(problems('[x][ref]\n\n[ref]: /conditions/siatica/'), ['body line 3: the link /conditions/siatica/ leads to no page | check the slug against the file names in content/']);
  assert.deepEqual(problems('<a href="/conditions/sciatica/#risks">x</a>'), ['body line 1: the link /conditions/sciatica/#risks names a section that /conditions/sciatica/ does not have | use one of: #safety']);
  assert.deepEqual(problems('[x](conditions/sciatica)'), [
    'body line 1: the relative link conditions/sciatica leads from /types/swedish-massage/ to /types/swedish-massage/conditions/sciatica, which is no page | write the link as a site path starting with "/", e.g. /conditions/sciatica/',
  ]);
  assert.deepEqual(problems('[x](https://massage-guide.org/conditions/siatica/)'), ['body line 1: the link /conditions/siatica/ leads to no page | check the slug against the file names in content/']);
  assert.deepEqual(problems('[x](/compare/?t=swedish-massage&t=hot-stone)'), ['body line 1: the link /compare/?t=swedish-massage&t=hot-stone compares "hot-stone", which is not a type | use type slugs from content/types/, e.g. /compare/?t=swedish-massage&t=deep-tissue-massage']);
  assert.deepEqual(problems('![A calf](/images/knee.png)'), ['body line 1: /images/knee.png is not a file in public/ | add the file as public/images/knee.png, or correct the path']);
  assert.deepEqual(problems('[x](#cafe-and-spa-options)'), ['body line 1: the link #cafe-and-spa-options names a section that /types/swedish-massage/ does not have | use one of: #café--spa-options, #what-it-is']);
});

test('heading ids are the ones the page renders, non-ASCII letters and repeats included', () => {
  const ids = bodyHeadings('## Café & spa options\n\n## What is it? { #what-it-is }\n\n## Aftercare\n\n## Aftercare\n\n## The **best** [tips](/x/)').map((h) => h.id);
  assert.deepEqual(ids, ['café--spa-options', 'what-it-is', 'aftercare', 'aftercare-1', 'the-best-tips']);
});

test("a glossary term's article must be a page", () => {
  assert.deepEqual(glossaryArticleProblems('content/glossary.yaml', [{ id: 'a', article: '/conditions/sciatica/' }, { id: 'b', article: '/techniques/efleurage/' }, { id: 'c' }], context.pages), [
    { file: 'content/glossary.yaml', field: 'b.article', message: '/techniques/efleurage/ is no page', fix: 'use the path of an article that exists, e.g. /techniques/effleurage/, or remove `article`' },
  ]);
});
