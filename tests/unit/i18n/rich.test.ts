import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeText, richText } from '../../../src/i18n/rich.ts';

test('a sentence splits into words, named links and code, in the order the table wrote them', () => {
  assert.deepEqual(richText('Read [our `methods` page](methods) on `ruleVersion`.'), [
    { kind: 'text', text: 'Read ' },
    { kind: 'link', name: 'methods', parts: [{ kind: 'text', text: 'our ' }, { kind: 'code', text: 'methods' }, { kind: 'text', text: ' page' }] },
    { kind: 'text', text: ' on ' },
    { kind: 'code', text: 'ruleVersion' },
    { kind: 'text', text: '.' },
  ]);
  assert.deepEqual(richText('No links here.'), [{ kind: 'text', text: 'No links here.' }]);
  assert.deepEqual(richText('See [a](one) and [b](two-b).').flatMap((p) => (p.kind === 'link' ? [p.name] : [])), ['one', 'two-b']);
});

test('text keeps its quotes and apostrophes but never makes markup', () => {
  assert.equal(escapeText(`one provider's "prices" <b> & more`), `one provider's "prices" &lt;b&gt; &amp; more`);
});
