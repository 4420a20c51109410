import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitFrontmatter } from '../../../scripts/lib/frontmatter.ts';

test('frontmatter: the YAML becomes data, the rest is the body', () => {
  assert.deepEqual(splitFrontmatter('---\ntitle: A\nsources: [x, y]\n---\n\n## Body\n'), { data: { title: 'A', sources: ['x', 'y'] }, body: '\n## Body\n' });
  assert.deepEqual(splitFrontmatter('---\n\n---\nBody'), { data: {}, body: 'Body' });
});

test('a file without frontmatter is an error that names it', () => {
  assert.throws(() => splitFrontmatter('## Body', 'content/types/a.md'), /content\/types\/a\.md has no frontmatter/);
});
