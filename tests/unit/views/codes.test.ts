import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeUrl } from '../../../src/lib/model/urls.ts';
import { codeIndex, parentCodes } from '../../../src/lib/views/codes.ts';

test('parent codes shorten to the three-character category', () => {
  assert.deepEqual(parentCodes('M54.50'), ['M54.5', 'M54']);
  assert.deepEqual(parentCodes('S13.4XXA'), ['S13.4XX', 'S13.4X', 'S13.4', 'S13']);
  assert.deepEqual(parentCodes('M54'), []);
});

test('exact codes lead to their condition; a shared parent lists every condition under it', () => {
  const index = codeIndex([
    { id: 'low-back-pain', codes: ['M54.50'] },
    { id: 'sciatica', codes: ['M54.30'] },
    { id: 'lymphedema', codes: ['I89.0', 'I97.2'] },
  ]);
  assert.deepEqual(index.get('M54.50'), ['low-back-pain']);
  assert.deepEqual(index.get('M54.5'), ['low-back-pain']);
  assert.deepEqual(index.get('M54'), ['low-back-pain', 'sciatica']);
  assert.deepEqual(index.get('I97.2'), ['lymphedema']);
  assert.equal(index.get('Z99'), undefined);
  assert.equal(codeUrl('M54.50'), '/codes/icd-10/M54.50/');
});
