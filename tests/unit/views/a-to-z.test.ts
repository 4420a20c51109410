import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupByLetter } from '../../../src/lib/views/a-to-z.ts';

test('entries are grouped by first letter, sorted by title', () => {
  const groups = groupByLetter([
    { id: 'swedish-massage', title: 'Swedish massage' },
    { id: 'shiatsu', title: 'Shiatsu' },
    { id: 'chair-massage', title: 'Chair massage' },
    { id: 'x', title: '3D thing' },
  ]);
  assert.deepEqual(
    groups.map((g) => [g.letter, g.items.map((i) => i.id)]),
    [
      ['#', ['x']],
      ['C', ['chair-massage']],
      ['S', ['shiatsu', 'swedish-massage']],
    ],
  );
});
