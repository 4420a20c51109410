import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleTree, MAX_NESTING, mdastNodes, nestingProblems } from '../../../src/lib/checks/nesting.ts';

const FILE = 'content/regions/jaw.md';
const article = (body: string) => `---\ntitle: Jaw\n---\n\n${body}`;
const problems = (text: string, mdx = false) => nestingProblems(FILE, articleTree(text, mdx)).map((p) => `${p.field}: ${p.message} | ${p.fix}`);

test('an article as the site writes them, quotes and lists a few levels deep, passes', () => {
  assert.deepEqual(problems(article('## What is it? { #what-it-is }\n\n- a **b [c](/x/)**\n  - d\n    > e\n')), []);
});

test('5,000 nested quotes are one problem on the line where they start, not a stack overflow', () => {
  const [problem, ...rest] = problems(article(`Text.\n\n${'>'.repeat(5000)} deep\n`));
  assert.deepEqual(rest, []);
  assert.match(problem!, /^line 7: quotes, lists or emphasis here are nested 5,00\d levels deep, more than the 16 an article may use/);
  assert.match(problem!, /\| flatten it/);
});

test('lists nested past the limit are refused, in .mdx too, and one level less passes', () => {
  const lists = (levels: number) => article(`${'- '.repeat(levels)}x\n`);
  // Each list level is a list and its item; the text sits in a paragraph.
  const fits = Math.floor((MAX_NESTING - 2) / 2);
  assert.deepEqual(problems(lists(fits)), []);
  assert.equal(problems(lists(fits + 1)).length, 1);
  assert.match(problems(lists(2000), true)[0]!, /^line 5: .* nested 4,00\d levels deep/);
});

test('the walk gives every node once with its depth, depth first in document order', () => {
  const tree = { type: 'root', children: [{ type: 'a', children: [{ type: 'b' }] }, { type: 'c' }] };
  assert.deepEqual([...mdastNodes(tree)].map(({ node, depth }) => `${node.type}${depth}`), ['root0', 'a1', 'b2', 'c1']);
});
