import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { BODY_SHAPES, highlighted } from '../../../src/lib/views/body-map.ts';

test('every region in content has a shape on the body map, and no shape is orphaned', () => {
  const regions = readdirSync('content/regions').map((f) => f.replace(/\.mdx?$/, '')).sort();
  assert.deepEqual(BODY_SHAPES.map((s) => s.region).sort(), regions);
});

test('a whole-body focus highlights every region', () => {
  assert.equal(highlighted([], true).size, BODY_SHAPES.length);
  assert.deepEqual([...highlighted(['neck'])], ['neck']);
});
