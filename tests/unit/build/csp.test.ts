import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { pruneCspHashes } from '../../../src/lib/build/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

test('keeps the hashes of the inline code on the page and drops the rest', () => {
  const script = 'console.log(1)';
  const style = 'p{color:red}';
  const policy = `default-src 'self'; script-src 'self' ${hash(script)} ${hash('other()')}; style-src 'self' ${hash(style)} ${hash('a{}')}`;
  const out = pruneCspHashes(page(policy, `<script>${script}</script><style>${style}</style><script src="/x.js"></script>`));
  assert.match(out, new RegExp(`script-src 'self' ${hash(script).replace(/[+/]/g, '\\$&')};`));
  assert.ok(!out.includes(hash('other()')));
  assert.ok(!out.includes(hash('a{}')));
  assert.ok(out.includes(hash(style)));
  assert.ok(out.includes("default-src 'self'"));
});

test('JSON-LD data blocks and external scripts need no hash', () => {
  const out = pruneCspHashes(page(`script-src 'self' ${hash('{"a":1}')}`, '<script type="application/ld+json">{"a":1}</script>'));
  assert.ok(out.includes("script-src 'self'"));
  assert.ok(!out.includes('sha256'));
});

test('a page without a policy is left alone', () => {
  assert.equal(pruneCspHashes('<p>hi</p>'), '<p>hi</p>');
});
