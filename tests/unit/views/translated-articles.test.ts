import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { diskSurroundings } from '../../../src/data/surroundings.ts';
import { assembleSite } from '../../../src/lib/views/assemble-site.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';

const entries = readContent('content');
const { content, problems } = assembleSite(entries, diskSurroundings(join('content', 'glossary.yaml'), undefined, new Date('2026-12-08')));

test('every real translation matches its English entry and none is behind', () => {
  assert.deepEqual(problems, []);
  assert.ok(content.translations.length >= 100);
  assert.deepEqual(content.translations.filter((t) => t.behind).map((t) => t.file), []);
});
