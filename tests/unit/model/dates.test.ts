import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frontmatterDates, isRealCalendarDate } from '../../../src/lib/model/dates.ts';

test('only real calendar dates written YYYY-MM-DD pass', () => {
  assert.equal(isRealCalendarDate('2026-11-23'), true);
  assert.equal(isRealCalendarDate('2024-02-29'), true);
  assert.equal(isRealCalendarDate('2026-13-45'), false);
  assert.equal(isRealCalendarDate('2025-02-29'), false);
  assert.equal(isRealCalendarDate('23/11/2026'), false);
});

test('date fields are read from the raw frontmatter, including nested ones', () => {
  const source = '---\ntitle: X\nlastReviewed: 2026-13-45\nprices:\n  published: "2025-04-21"\n---\nBody';
  assert.deepEqual(frontmatterDates(source, ['lastReviewed', 'published']), [
    { field: 'lastReviewed', text: '2026-13-45' },
    { field: 'published', text: '2025-04-21' },
  ]);
});
