import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodeTestCounts, playwrightCounts, summaryLine } from '../../../scripts/lib/test-counts.ts';
import { installCommand, missingToolsMessage, type Tool } from '../../../scripts/lib/system-tools.ts';

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

const tool = (name: string, present: boolean): Tool => ({ name, purpose: `for ${name}`, packages: { apt: `${name}-apt`, brew: `${name}-brew` }, problem: () => (present ? undefined : `no ${name}`) });

test('a missing tool stops npm test with the command that installs it, and only it', () => {
  assert.equal(missingToolsMessage([tool('a', true)], 'linux', true), undefined);
  const message = missingToolsMessage([tool('a', true), tool('b', false), tool('c', false)], 'linux', false)!;
  assert.match(message, /- b: for b \(no b\)\n  - c: for c \(no c\)/);
  assert.match(message, /\n  sudo apt-get install -y b-apt c-apt\n/);
  assert.equal(installCommand([tool('b', false)], 'linux', true), 'apt-get install -y b-apt');
  assert.equal(installCommand([tool('b', false)], 'darwin', false), 'brew install b-brew');
});
