import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clinicGuideView } from '../../../src/lib/clinics/clinic-guide.ts';

test("the clinic guide's examples are the site's own addresses, written out in full", () => {
  const view = clinicGuideView(new URL('https://example.org'));
  for (const p of view.patterns) assert.equal(p.absolute, `https://example.org${p.path}`);
  assert.ok(view.patterns.some((p) => p.path === '/conditions/sciatica/#safety'));
  assert.match(view.snippets.embed, /^<iframe src="https:\/\/example\.org\/embed\/types\/medical-massage\/"/);
  assert.deepEqual(view.sections.find((s) => s.kind === 'Conditions')?.ids, ['what-it-is', 'symptoms', 'benefits', 'self-care', 'evidence', 'safety', 'red-flags', 'faq', 'sources']);
  assert.equal(view.code, '/codes/icd-10/M54.50/');
});
