import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameWords } from '../../../src/lib/search/vocabulary.ts';
import { answeringPages, apiDocument, searchVocabulary, vocabularyTerms } from '../../../src/lib/views/api.ts';
import { compareIndexView, pairPaths, pairView } from '../../../src/lib/views/comparison.ts';
import { gradedReasons } from '../../../src/lib/views/comparisons.ts';
import { smallSite } from './small-site.ts';

const site = smallSite();
const url = (path: string) => `https://example.org${path}`;

test('each pair has its page and a redirect from the reverse order', () => {
  assert.deepEqual(
    pairPaths(site).map((p) => [p.params.pair, p.props.a.id, p.props.redirect]),
    [
      ['deep-tissue-vs-swedish', 'deep-tissue', false],
      ['swedish-vs-deep-tissue', 'deep-tissue', true],
    ],
  );
});

test('a generated pair page has a made-up title, both types\' reasons and their first sources', () => {
  const view = pairView(site, site.entry('types', 'deep-tissue'), site.entry('types', 'swedish'));
  assert.equal(view.title, 'Deep tissue massage vs Swedish massage');
  assert.equal(view.prose, undefined);
  assert.deepEqual(view.choose.map((c) => c.id), ['choose-deep-tissue', 'choose-swedish']);
  assert.deepEqual(view.names, ['Deep tissue massage', 'Swedish massage']);
  assert.deepEqual(view.evidence.map((r) => r.id), ['low-back-pain']);
  assert.deepEqual(view.sources.map((s) => s.id), ['review']);
});

test('the API lists an article kind with absolute URLs, and codes and evidence by name', () => {
  assert.deepEqual(apiDocument(site, 'techniques', url), {
    version: 1,
    techniques: ['effleurage', 'petrissage'].map((id) => ({
      id,
      title: id[0]?.toUpperCase() + id.slice(1),
      summary: `${id[0]?.toUpperCase() + id.slice(1)}: what it is, who it suits and what the research says.`,
      aliases: [],
      url: `https://example.org/techniques/${id}/`,
      lastReviewed: '2026-11-01',
    })),
  });
  assert.deepEqual(apiDocument(site, 'codes', url), { version: 1, codes: [] });
  const evidence = apiDocument(site, 'evidence', url) as {
    ruleVersion: number;
    evidenceAsOf: string;
    claims: { type: string; condition: string; grade: string; direct: boolean; comparisons: { comparison: string; statement: string }[]; findings: { id: string; testedByName: boolean; result: string; certaintyUsed: string }[] }[];
    sources: { id: string }[];
  };
  assert.equal(evidence.ruleVersion, 2);
  assert.equal(evidence.evidenceAsOf, '2026-12-01');
  // Each claim with the findings behind it, Swedish massage's own trial marked as testing it by name; the general
  // review counts one level less certain for a style it did not test, so deep tissue massage rests on very low certainty.
  assert.deepEqual(
    evidence.claims.map((c) => [c.type, c.condition, c.grade, c.direct, c.findings.map((f) => `${f.id}:${f.testedByName}:${f.result}:${f.certaintyUsed}`)]),
    [
      ['swedish', 'low-back-pain', 'limited', true, ['lbp-swedish:true:benefit:low', 'lbp:false:benefit:very-low']],
      ['deep-tissue', 'low-back-pain', 'insufficient', false, ['lbp:false:benefit:very-low']],
    ],
  );
  assert.deepEqual(evidence.claims[1]!.comparisons, [
    {
      comparison: 'control',
      result: 'benefit',
      certainty: 'very-low',
      findings: ['lbp'],
      statement:
        'For low back pain, compared with no treatment or usual care, we are very uncertain whether massage in general helps with pain. Very low certainty: low in the research, one level lower because this style was not tested by name. Source: Furlan et al., review.',
    },
  ]);
  // The general review, lowered for a style it did not test, says why in the table's words.
  assert.deepEqual(
    evidence.claims[1]!.findings.map((f) => (f as { downgradedBecause?: string }).downgradedBecause),
    ['indirect: not a study of this style by name'],
  );
  assert.deepEqual(evidence.sources.map((s) => s.id), ['review', 'trial']);
  assert.deepEqual(apiDocument(site, 'evidence-changes', url), { version: 1, ruleVersion: 2, changes: [] });
});

test('the search vocabulary knows every name, pair and FAQ question', () => {
  const terms = vocabularyTerms(site);
  assert.ok(terms.some((t) => t.term === 'deep tissue massage' && t.url === '/types/deep-tissue/'));
  assert.ok(nameWords(terms).has('sciatica'));
  const vocabulary = searchVocabulary(site, terms, [], []);
  assert.deepEqual(vocabulary.pairs, ['deep-tissue-vs-swedish']);
  assert.ok(vocabulary.questions.some((q) => q.url === '/types/swedish/' && q.words.includes('hurt')));
});

test('a safety answer may quote what a page says, in its body or its safety lists, and link its sections', () => {
  const pages = answeringPages(site);
  const swedish = pages.get('/types/swedish/')!;
  assert.equal(swedish.title, 'Swedish massage');
  assert.ok(swedish.text.includes('Sudden weakness in a leg.') && swedish.text.includes('It should not hurt; say so if it does.'));
  assert.ok(swedish.sections.has('red-flags') && swedish.sections.has('what-it-is') && swedish.sections.has('faq'));
  assert.ok(!pages.get('/types/deep-tissue/')!.sections.has('faq'), 'a page without questions has no #faq to link');
  assert.ok(pages.get('/guides/safety/')!.text.includes('It should not hurt; say so if it does.'));
});

test('the compare index grades only the conditions some type claims, each grade linking to its claim, and marks each type\'s techniques', () => {
  const view = compareIndexView(site);
  assert.deepEqual(view.columns.map((c) => c.href), ['/types/deep-tissue/', '/types/swedish/']);
  assert.deepEqual(view.evidenceRows, [
    {
      title: 'Low back pain',
      href: '/conditions/low-back-pain/#evidence',
      cells: [
        { grade: 'insufficient', href: '/types/deep-tissue/#claim-low-back-pain', byName: false },
        { grade: 'limited', href: '/types/swedish/#claim-low-back-pain', byName: true },
      ],
    },
  ]);
  assert.deepEqual(view.techniqueRows.map((r) => [r.title, r.cells]), [['Effleurage', [true, true]], ['Petrissage', [false, false]]]);
  const swedish = view.attributeRows[0]!;
  assert.deepEqual(swedish.cells[1], { pressure: { min: 'light', max: 'medium' } });
  assert.ok(swedish.cells.some((c) => 'text' in c && c.text === 'Effleurage'));
});

test("a provider's reason that names a graded condition carries the grade beside it; other reasons stand as the provider's", () => {
  const conditions = [
    { id: 'sciatica', inSentence: 'sciatica', names: ['Sciatica', 'sciatic pain'] },
    { id: 'chronic-pain', inSentence: 'chronic pain', names: ['Chronic pain', 'long-term pain'] },
  ];
  const reasons = gradedReasons(
    ['You have long-term pain or a pinched nerve, such as sciatica.', 'Your doctor has written massage into your plan.', 'You have sciatic painful... no'],
    [{ id: 'sciatica', grade: 'insufficient' }],
    conditions,
  );
  assert.deepEqual(reasons[0], { text: 'You have long-term pain or a pinched nerve, such as sciatica.', research: ['not enough evidence for sciatica'] });
  assert.deepEqual(reasons[1]!.research, []);
  assert.deepEqual(reasons[2]!.research, [], 'whole words only: "sciatic painful" is not "sciatic pain"');
  const view = pairView(site, site.entry('types', 'swedish'), site.entry('types', 'deep-tissue'));
  assert.ok(view.choose.every((c) => c.reasons.every((r) => typeof r.text === 'string' && Array.isArray(r.research))));
});
