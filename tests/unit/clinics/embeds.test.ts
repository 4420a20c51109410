import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CARD_SUMMARY_CHARS, embedCardView, embedSafetyNote, fittedText, embedSnippet, oembedFiles, oembedResponse } from '../../../src/lib/clinics/embeds.ts';
import { smallSite } from '../views/small-site.ts';

const SITE = 'https://example.org';

test('oEmbed: a rich response whose html frames the card', () => {
  const o = oembedResponse(SITE, { kind: 'types', slug: 'swedish-massage', title: 'Swedish "massage"', siteName: 'S' });
  assert.equal(o.type, 'rich');
  assert.equal(o.url, `${SITE}/types/swedish-massage/`);
  assert.match(o.html, /^<iframe src="https:\/\/example\.org\/embed\/types\/swedish-massage\/" title="Swedish &quot;massage&quot;: summary card"/);
  assert.equal(embedSnippet(SITE, 'types', 'a', 'A'), o.html.replace('swedish-massage', 'a').replace('Swedish &quot;massage&quot;', 'A'));
  assert.equal(embedSafetyNote('conditions').fragment, '#red-flags');
});

test('a card links only to absolute addresses, its safety line to the section it names', () => {
  const card = embedCardView(new URL(SITE), 'conditions', { id: 'sciatica', data: { title: 'Sciatica', summary: 'S.', lastReviewed: new Date('2026-11-01') } }, '2026-12-07');
  assert.equal(card.page, `${SITE}/conditions/sciatica/`);
  assert.equal(card.safety.href, `${SITE}/conditions/sciatica/#red-flags`);
  assert.equal(card.home, `${SITE}/`);
  assert.equal(card.kindLabel, 'Condition');
});

test("every embeddable article has an oEmbed file, and a renamed one's old file describes the card at its new address", () => {
  const site = smallSite({ kept: [{ from: '/oembed/types/classic-massage.json', to: '/oembed/types/swedish.json' }, { from: '/embed/types/classic-massage/', to: '/embed/types/swedish/' }] });
  const files = oembedFiles(site);
  assert.deepEqual(files.find((f) => f.slug === 'classic-massage'), { kind: 'types', slug: 'classic-massage', id: 'swedish', title: 'Swedish massage' });
  assert.equal(files.length, site.types.length + site.techniques.length + site.conditions.length + 1);
});

test('a card fits its summary to the frame: whole sentences while they fit, else the first cut at a word', () => {
  const summary = 'Gentle pressure on the feet. It may ease stress for a while, though the research is small and uncertain.';
  assert.equal(fittedText(summary, 200), summary);
  assert.equal(fittedText(summary, 40), 'Gentle pressure on the feet.');
  assert.equal(fittedText('A long first sentence that goes on, and on, past any frame.', 30), 'A long first sentence that…');
  const card = embedCardView(new URL(SITE), 'types', { id: 'reflexology', data: { title: 'Reflexology', summary, lastReviewed: new Date('2026-11-01') } }, '2026-12-07');
  assert.deepEqual(card.fitted, { wide: summary, narrow: 'Gentle pressure on the feet.' });
  assert.ok(CARD_SUMMARY_CHARS.narrow < CARD_SUMMARY_CHARS.wide);
});
