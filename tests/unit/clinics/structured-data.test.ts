import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleStructuredData, jsonLdText } from '../../../src/lib/clinics/structured-data.ts';
import type { Graph } from 'schema-dts';

const nodes = (graph: Graph) => graph['@graph'] as unknown as Record<string, unknown>[];

const SITE = 'https://example.org';
const base = { aliases: [], lastReviewed: new Date('2026-11-01'), faq: [], breadcrumbs: [{ name: 'Home', url: `${SITE}/` }] };

test('JSON-LD: a condition is a MedicalCondition with its ICD-10-CM codes, an FAQ becomes an FAQPage', () => {
  const graph = articleStructuredData({ ...base, kind: 'conditions', url: `${SITE}/conditions/sciatica/`, title: 'Sciatica', summary: 's', icd10cm: ['M54.30'], faq: [{ question: 'Q?', answer: 'A.' }] });
  const [page, crumbs, faq] = nodes(graph);
  assert.equal(page!['@type'], 'MedicalWebPage');
  assert.equal(page!['lastReviewed'], '2026-11-01');
  assert.deepEqual(page!['about'], { '@type': 'MedicalCondition', name: 'Sciatica', code: [{ '@type': 'MedicalCode', codeValue: 'M54.30', codingSystem: 'ICD-10-CM' }] });
  assert.equal(crumbs!['@type'], 'BreadcrumbList');
  assert.equal(faq!['@type'], 'FAQPage');
});

test('JSON-LD: a type is a MedicalTherapy, a guide has no subject, and no FAQPage without questions', () => {
  const type = articleStructuredData({ ...base, kind: 'types', url: `${SITE}/types/x/`, title: 'X', summary: 's', aliases: ['Y'] });
  assert.deepEqual(nodes(type)[0]!['about'], { '@type': 'MedicalTherapy', name: 'X', alternateName: ['Y'] });
  assert.equal(nodes(type).length, 2);
  const guide = articleStructuredData({ ...base, kind: 'guides', url: `${SITE}/guides/x/`, title: 'X', summary: 's' });
  assert.equal(nodes(guide)[0]!['about'], undefined);
});

test('JSON-LD text cannot close its script element', () => {
  const graph = articleStructuredData({ ...base, kind: 'guides', url: `${SITE}/`, title: '</script><script>alert(1)</script>', summary: 's' });
  assert.ok(!jsonLdText(graph).includes('</script>'));
  assert.equal(JSON.parse(jsonLdText(graph))['@graph'][0].name, '</script><script>alert(1)</script>');
});
