import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceSchema } from '../../../src/schemas/sources.ts';

const SOURCE = { id: 'nhs-sciatica', title: 'Sciatica', authors: 'NHS', publisher: 'NHS', kind: 'health-information', url: 'https://www.nhs.uk/conditions/sciatica/' };
const messages = (data: object) => {
  const result = sourceSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

test('a source with an https address passes', () => {
  assert.deepEqual(messages(SOURCE), []);
  assert.deepEqual(messages({ ...SOURCE, url: 'http://example.org/old-page' }), []);
});

test('a source url must be http(s): it is rendered as a link on every page that cites it', () => {
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.org/x', 'file:///etc/passwd', 'mailto:a@b.org']) {
    assert.deepEqual(messages({ ...SOURCE, url }), ['url: a source url is a web address starting with https:// (or http://)'], url);
  }
});

test('a year of publication cannot be in the future', () => {
  const next = new Date().getUTCFullYear() + 1;
  assert.deepEqual(messages({ ...SOURCE, year: next }), ['year: a year of publication cannot be after this year']);
  assert.deepEqual(messages({ ...SOURCE, year: new Date().getUTCFullYear() }), []);
  assert.equal(messages({ ...SOURCE, year: 1850 }).length, 1);
});
