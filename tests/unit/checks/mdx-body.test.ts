import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bodyHeadings, bodyLinks } from '../../../src/lib/checks/mdx-body.ts';

const body = `Intro with a [link](/types/swedish-massage/) and [a section](/conditions/sciatica/#safety).

## What is it? { #what-it-is }

Text and a [same-page link](#safety) and an [outside link](https://example.org/).

### How it feels

\`\`\`
## not a heading [x](/nope/)
\`\`\`
`;

test('headings give fixed ids where written and slugs otherwise', () => {
  assert.deepEqual(bodyHeadings(body), [
    { id: 'what-it-is', text: 'What is it?', depth: 2, line: 3, fixed: true },
    { id: 'how-it-feels', text: 'How it feels', depth: 3, line: 7, fixed: false },
  ]);
});

test('internal links are found with their line, outside code only', () => {
  assert.deepEqual(bodyLinks(body), [
    { path: '/types/swedish-massage/', fragment: undefined, line: 1 },
    { path: '/conditions/sciatica/', fragment: 'safety', line: 1 },
    { path: '', fragment: 'safety', line: 5 },
  ]);
});

test('images are found with their alt text', async () => {
  const { bodyImages } = await import('../../../src/lib/checks/mdx-body.ts');
  assert.deepEqual(bodyImages('Text\n\n![](/a.png)\n![A hand on a back](/b.png "t")'), [
    { alt: '', src: '/a.png', line: 3 },
    { alt: 'A hand on a back', src: '/b.png', line: 4 },
  ]);
});

test('code is what the parser renders as code: a longer fence holding a shorter one, and an indented block', () => {
  const code = '````md\n```\n[a](/fenced/)\n````\n\n    [b](/indented/)\n\n- item\n\n  ```\n  [c](/in-a-list/)\n  ```\n\n[d](/prose/)';
  assert.deepEqual(bodyLinks(code), [{ path: '/prose/', fragment: undefined, line: 14 }]);
  assert.deepEqual(bodyHeadings('````\n```\n## Not a heading\n````\n\nSetext heading\n---'), [{ id: 'setext-heading', text: 'Setext heading', depth: 2, line: 6, fixed: false }]);
});

test('a link with a query is a link to the page before it', () => {
  assert.deepEqual(bodyLinks('See [both side by side](/compare/?t=a&t=b#all-attributes).'), [{ path: '/compare/', fragment: 'all-attributes', line: 1 }]);
});

test('component tags are found outside code; lowercase HTML is not a component', async () => {
  const { bodyComponentTags } = await import('../../../src/lib/checks/mdx-body.ts');
  assert.deepEqual(bodyComponentTags('Graded <EvidenceBadge grade="limited" /> here.\n\n<strong>bold</strong> and `<NotThis />`\n\n```\n<NorThis />\n```\n<EvidenceGradeTable/>'), [
    { name: 'EvidenceBadge', line: 1 },
    { name: 'EvidenceGradeTable', line: 8 },
  ]);
});
