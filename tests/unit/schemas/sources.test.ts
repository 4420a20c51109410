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

const REVIEW = { id: 'furlan-2015', title: 'Massage for low-back pain', authors: 'Furlan AD, et al.', year: 2015, publisher: 'Cochrane Database of Systematic Reviews', kind: 'systematic-review' };
const NO_ID = /^doi: a review or trial needs its doi or pmid, copied from its record \(PubMed, the publisher or Cochrane\).*write `noIdentifier:` saying where you looked\. Never invent one$/;

test('a review or trial is found by its DOI or PMID: a web address or journal citation alone is not enough', () => {
  assert.deepEqual(messages({ ...REVIEW, doi: '10.1002/14651858.CD001929.pub3' }), []);
  assert.deepEqual(messages({ ...REVIEW, kind: 'trial', pmid: '25329141' }), []);
  for (const without of [{}, { url: 'https://www.example.org/article' }, { publisher: 'Spine 2002;27(17):1896-1910' }]) {
    const problems = messages({ ...REVIEW, ...without });
    assert.equal(problems.length, 1, JSON.stringify(without));
    assert.match(problems[0]!, NO_ID);
  }
});

test("a guideline may give its publisher's page instead; other kinds need no identifier", () => {
  assert.deepEqual(messages({ ...REVIEW, kind: 'guideline', url: 'https://www.nice.org.uk/guidance/ng59' }), []);
  assert.match(messages({ ...REVIEW, kind: 'guideline' })[0]!, NO_ID);
  assert.deepEqual(messages(SOURCE), []);
});

test('a review whose record gives no identifier says where it was looked for, and only then', () => {
  const looked = "Searched PubMed and the publisher's site: no DOI or PMID; the first page confirms title, authors, year and journal.";
  const spine = { publisher: 'Spine 2002;27(17):1896-1910' };
  assert.deepEqual(messages({ ...REVIEW, ...spine, noIdentifier: looked }), []);
  assert.deepEqual(messages({ ...REVIEW, noIdentifier: looked }), ['url: a source needs a url, doi or pmid so readers can find it (or a journal citation with volume(issue):pages in publisher)'], 'readers still need a way to find it');
  assert.deepEqual(messages({ ...REVIEW, ...spine, noIdentifier: 'none' }), ['noIdentifier: say where the record was looked for (PubMed, the publisher, Cochrane) and what it confirmed, in a sentence']);
  assert.deepEqual(messages({ ...REVIEW, doi: '10.1002/14651858.CD001929.pub3', noIdentifier: looked }), ['noIdentifier: this source has a doi or pmid, so `noIdentifier` is not true of it: delete it']);
});
