import assert from 'node:assert/strict';
import { test } from 'node:test';
import { frontmatterDateProblems, latestAllowedDate } from '../../../src/lib/checks/dates.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
const file = 'content/types/x.md';

test('real dates up to today pass', () => {
  assert.deepEqual(frontmatterDateProblems(file, '---\nlastReviewed: 2026-11-23\nprices:\n  published: 2025-04-21\n---\n', NOW), []);
});

test('an unreal date is an error in a Windows-saved (CRLF) file too', () => {
  for (const source of ['---\nlastReviewed: 2026-13-45\n---\nBody', '---\r\ntitle: X\r\nlastReviewed: 2026-13-45\r\n---\r\nBody']) {
    assert.deepEqual(frontmatterDateProblems(file, source, NOW), [
      { file, field: 'lastReviewed', message: '"2026-13-45" is not a real date', fix: 'write the date as YYYY-MM-DD, e.g. 2026-11-23' },
    ]);
  }
});

test('a date after the build date is an error', () => {
  assert.deepEqual(frontmatterDateProblems(file, '---\nlastReviewed: 2099-01-01\nprices:\n  published: "2027-01-01"\n---\n', NOW), [
    { file, field: 'lastReviewed', message: '2099-01-01 is after the build date (2026-12-01)', fix: 'write the date the review was done, which cannot be in the future' },
    { file, field: 'published', message: '2027-01-01 is after the build date (2026-12-01)', fix: 'write the date the prices were published, which cannot be in the future' },
  ]);
});

test("tomorrow is allowed only where it is already tomorrow somewhere (UTC+14)", () => {
  assert.equal(latestAllowedDate(new Date('2026-12-01T09:59:00Z')), '2026-12-01');
  assert.equal(latestAllowedDate(new Date('2026-12-01T10:00:00Z')), '2026-12-02');
  assert.equal(frontmatterDateProblems(file, '---\nlastReviewed: 2026-12-03\n---\n', NOW).length, 1);
});
