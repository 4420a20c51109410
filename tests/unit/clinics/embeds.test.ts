import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedSafetyNote, embedSnippet, oembedResponse } from '../../../src/lib/clinics/embeds.ts';

const SITE = 'https://example.org';

test('oEmbed: a rich response whose html frames the card', () => {
  const o = oembedResponse(SITE, { kind: 'types', slug: 'swedish-massage', title: 'Swedish "massage"', siteName: 'S' });
  assert.equal(o.type, 'rich');
  assert.equal(o.url, `${SITE}/types/swedish-massage/`);
  assert.match(o.html, /^<iframe src="https:\/\/example\.org\/embed\/types\/swedish-massage\/" title="Swedish &quot;massage&quot;: summary card"/);
  assert.equal(embedSnippet(SITE, 'types', 'a', 'A'), o.html.replace('swedish-massage', 'a').replace('Swedish &quot;massage&quot;', 'A'));
  assert.equal(embedSafetyNote('conditions').fragment, '#red-flags');
});
