import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citation } from '../../../src/lib/views/citations.ts';
import { pressureSteps } from '../../../src/lib/model/pressure.ts';
import { pressureInWords } from '../../../src/lib/views/comparisons.ts';

test('a citation links the DOI first, then PubMed, then the page', () => {
  const base = { title: 'Massage for low-back pain', authors: 'Furlan AD, et al', year: 2015, publisher: 'Cochrane' };
  assert.deepEqual(citation({ ...base, doi: '10.1/x', pmid: '123456', url: 'https://a.org/' }), {
    text: 'Furlan AD, et al. Massage for low-back pain. Cochrane (2015).',
    href: 'https://doi.org/10.1/x',
    linkText: 'doi:10.1/x',
  });
  assert.equal(citation({ ...base, pmid: '123456' }).href, 'https://pubmed.ncbi.nlm.nih.gov/123456/');
  assert.equal(citation({ ...base, url: 'https://www.nhs.uk/conditions/sciatica/' }).linkText, 'nhs.uk');
  assert.equal(citation({ ...base }).href, undefined);
});

test('pressure ranges are described and drawn on the five-step scale', () => {
  assert.equal(pressureInWords({ min: 'firm', max: 'deep' }), 'Firm to deep');
  assert.equal(pressureInWords({ min: 'light', max: 'light' }), 'Light');
  assert.deepEqual(pressureSteps({ min: 'light', max: 'firm' }), { from: 2, to: 4, of: 5 });
});
