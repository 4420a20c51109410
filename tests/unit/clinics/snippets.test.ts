import assert from 'node:assert/strict';
import { test } from 'node:test';
import { attributionSnippet, searchFormSnippet } from '../../../src/lib/clinics/snippets.ts';

const SITE = 'https://example.org';

test('clinic snippets point at our absolute URLs and escape text', () => {
  assert.match(searchFormSnippet(SITE), /action="https:\/\/example\.org\/search\/" method="get"/);
  assert.match(searchFormSnippet(SITE), /name="q"/);
  assert.match(attributionSnippet(SITE, '/types/a/', 'A & B'), /<a href="https:\/\/example\.org\/types\/a\/">A &amp; B<\/a>/);
});
