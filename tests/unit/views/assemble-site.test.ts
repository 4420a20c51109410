import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entryLine, fileLine } from '../../../src/lib/views/assemble-site.ts';

const problem = (file: string, field: string) => ({ file, field, message: 'm', fix: 'f' });

test("a body's line becomes the file's: the checks count from the body, an author reads the file", () => {
  assert.equal(fileLine(problem('content/types/a.md', 'body line 3'), 20).field, 'line 23');
  assert.equal(fileLine(problem('content/types/a.md', 'summary'), 20).field, 'summary');
  assert.equal(fileLine(problem('content/findings.yaml', 'body line 3'), undefined).field, 'body line 3');
});

test('a problem with one entry of a YAML list names the line the entry starts on', () => {
  const lines = new Map([['lbp-review', 12]]);
  assert.equal(entryLine(problem('content/findings.yaml', 'lbp-review → source'), lines).field, 'lbp-review → source (line 12)');
  assert.equal(entryLine(problem('content/findings.yaml', 'lbp-review.doi (line 14)'), lines).field, 'lbp-review.doi (line 14)', 'a line it names already stays');
  assert.equal(entryLine(problem('content/findings.yaml', 'grades'), lines).field, 'grades');
});
