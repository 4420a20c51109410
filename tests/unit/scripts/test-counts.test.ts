import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodeTestCounts, playwrightCounts, summaryLine } from '../../../scripts/lib/test-counts.ts';

test("node:test counts come from its TAP summary; cancelled tests count as failed", () => {
  assert.deepEqual(nodeTestCounts('ok 1 - a\n# tests 3\n# suites 0\n# pass 2\n# fail 0\n# cancelled 1\n'), { passed: 2, failed: 1 });
  assert.equal(nodeTestCounts('not a report'), undefined);
});

test('Playwright counts come from its JSON stats; a flaky test passed on retry', () => {
  assert.deepEqual(playwrightCounts(JSON.stringify({ stats: { expected: 40, unexpected: 2, flaky: 1, skipped: 3 } })), { passed: 41, failed: 2 });
  assert.equal(playwrightCounts('{'), undefined);
});

test('the summary line', () => {
  assert.equal(summaryLine({ passed: 130, failed: 0 }), '130 passed, 0 failed');
});
