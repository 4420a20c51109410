import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFrontmatter } from '../../../scripts/lib/frontmatter.ts';
import { readFrontmatter } from '../../../src/lib/checks/yaml-read.ts';

test('frontmatter: the YAML becomes data, the rest is the body', () => {
  assert.deepEqual(splitFrontmatter('---\ntitle: A\nsources: [x, y]\n---\n\n## Body\n'), { data: { title: 'A', sources: ['x', 'y'] }, body: '\n## Body\n' });
  assert.deepEqual(splitFrontmatter('---\n\n---\nBody'), { data: {}, body: 'Body' });
});

test('a file without frontmatter is an error that names it', () => {
  assert.throws(() => splitFrontmatter('## Body', 'content/types/a.md'), /content\/types\/a\.md → line 1: the file has no frontmatter\n  Fix: start the file with a line "---"/);
  assert.deepEqual(readFrontmatter('', 'content/types/a.md').problems.map((p) => `${p.field}: ${p.message}`), ['line 1: the file is empty']);
});

test('frontmatter YAML is read by the one reader, each problem on the line of the file', () => {
  const { problems } = readFrontmatter('---\ntitle: A\nsummary: !text B\ntitle: C\n---\nBody', 'content/types/a.md');
  assert.deepEqual(problems.map((p) => p.field), ['line 3', 'line 4']);
});
