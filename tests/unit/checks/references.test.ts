import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findUnknownReferences } from '../../../src/lib/checks/references.ts';

const known = new Set(['conditions/sciatica', 'sources/nhs-sciatica', 'regions/legs']);
const exists = (collection: string, id: string) => known.has(`${collection}/${id}`);

test('unknown references are reported with their field path', () => {
  const data = {
    title: 'Medical massage',
    lastReviewed: new Date('2026-11-23'),
    sources: [{ collection: 'sources', id: 'nhs-sciatica' }],
    helps: [
      { condition: { collection: 'conditions', id: 'sciatica' }, sources: [{ collection: 'sources', id: 'nhs-sciatica' }] },
      { condition: { collection: 'conditions', id: 'siatica' }, sources: [{ collection: 'sources', id: 'made-up-2020' }] },
    ],
    focus: { fullBody: false, regions: [{ collection: 'regions', id: 'legs' }] },
  };
  const problems = findUnknownReferences('content/types/medical-massage.mdx', data, exists);
  assert.deepEqual(
    problems.map((p) => [p.field, p.message]),
    [
      ['helps[1].condition', '"siatica" is not an entry of conditions'],
      ['helps[1].sources[0]', '"made-up-2020" is not an entry of sources'],
    ],
  );
  assert.match(problems[1]?.fix ?? '', /content\/sources\.yaml/);
});

test('entries whose references all exist have no problems', () => {
  assert.deepEqual(findUnknownReferences('x', { regions: [{ collection: 'regions', id: 'legs' }] }, exists), []);
});
