import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headersFile, headersFor, parseHeadersFile } from '../../src/lib/host-headers.ts';

test('_headers forbids framing everywhere except the embeddable cards', () => {
  const file = headersFile();
  assert.match(file, /^\/\*\n(?:.*\n)*  X-Frame-Options: DENY\n/);
  assert.match(file, /\/embed\/\*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors \*\n/);
});

test('a host applying _headers frames only the embed cards', () => {
  const rules = parseHeadersFile(headersFile());
  assert.equal(headersFor('/types/a/', rules).get('x-frame-options'), 'DENY');
  assert.equal(headersFor('/embed/types/a/', rules).get('x-frame-options'), undefined);
  assert.equal(headersFor('/embed/types/a/', rules).get('content-security-policy'), 'frame-ancestors *');
  assert.equal(headersFor('/embed/types/a/', rules).get('x-content-type-options'), 'nosniff');
});
