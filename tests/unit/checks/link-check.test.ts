import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDeadLinks, type PageMap } from '../../../src/lib/checks/link-check.ts';

const pages: PageMap = new Map([
  ['/types/swedish-massage/', new Set(['what-it-is', 'safety'])],
  ['/types/', new Set<string>()],
]);

test('links to existing pages and sections pass', () => {
  const links = [
    { path: '/types/swedish-massage/', fragment: 'safety', line: 2 },
    { path: '/types/', fragment: undefined, line: 3 },
    { path: '', fragment: 'what-it-is', line: 4 },
  ];
  assert.deepEqual(findDeadLinks('content/types/swedish-massage.mdx', '/types/swedish-massage/', links, pages), []);
});

test('a dead page or fragment names the file, line and fix', () => {
  const problems = findDeadLinks(
    'content/guides/faq.mdx',
    '/guides/faq/',
    [
      { path: '/types/swedish/', fragment: undefined, line: 7 },
      { path: '/types/swedish-massage/', fragment: 'risks', line: 9 },
      { path: '/types/swedish-massage', fragment: undefined, line: 11 },
    ],
    pages,
  );
  assert.deepEqual(
    problems.map((p) => [p.field, p.message]),
    [
      ['body line 7', 'the link /types/swedish/ leads to no page'],
      ['body line 9', 'the link /types/swedish-massage/#risks names a section that /types/swedish-massage/ does not have'],
      ['body line 11', 'the link /types/swedish-massage leads to no page'],
    ],
  );
  assert.match(problems[1]?.fix ?? '', /#safety, #what-it-is/);
  assert.match(problems[2]?.fix ?? '', /end with "\/"/);
});

test('a link to a pair without a page says how to get one, or to use the picker', () => {
  const [problem] = findDeadLinks('content/types/a.md', '/types/a/', [{ path: '/compare/a-vs-b/', fragment: undefined, line: 3 }], pages);
  assert.match(problem?.fix ?? '', /related/);
  assert.match(problem?.fix ?? '', /\/compare\/\?t=<a>&t=<b>/);
});
