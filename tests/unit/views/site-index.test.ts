import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sectionFacts } from '../../../src/lib/views/section-facts.ts';
import { smallSite } from './small-site.ts';

const site = smallSite();

test('sources come once each, in first-cited order, and an unknown id is left out', () => {
  assert.deepEqual(site.sourcesFor(['trial', 'review', 'trial', 'missing']).map((s) => s.id), ['trial', 'review']);
});

test('a claim is read from both sides: the type\'s conditions and the condition\'s types', () => {
  assert.deepEqual(site.evidence('types', 'swedish').map((r) => [r.id, r.title]), [['low-back-pain', 'Low back pain']]);
  assert.deepEqual(site.evidence('conditions', 'low-back-pain').map((r) => [r.id, r.grade]), [['swedish', 'limited'], ['deep-tissue', 'insufficient']]);
  assert.deepEqual(site.evidence('conditions', 'sciatica'), []);
});

test('lookups name what they cannot find', () => {
  assert.equal(site.title('types', 'swedish'), 'Swedish massage');
  assert.equal(site.title('types', 'gone'), 'gone');
  assert.throws(() => site.entry('types', 'gone'), /No types entry "gone"/);
  assert.equal(site.titleInSentence('conditions', 'low-back-pain'), 'low back pain');
});

test('the section facts count related entries both ways and a region\'s graded conditions', () => {
  assert.deepEqual(sectionFacts('types', site.entry('types', 'deep-tissue'), site.relations), { faq: 0, related: 1, evidence: 1, prices: true });
  assert.deepEqual(sectionFacts('conditions', site.entry('conditions', 'sciatica'), site.relations), { faq: 0, related: 1, evidence: 0, prices: false });
  assert.equal(sectionFacts('regions', site.entry('regions', 'lower-back'), site.relations).evidence, 1);
});
