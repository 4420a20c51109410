import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { GRADE_SYMBOLS } from '../../src/lib/evidence.ts';

test('each grade symbol in the stylesheet matches GRADE_SYMBOLS', () => {
  const css = readFileSync('src/styles/global.css', 'utf8');
  for (const [grade, symbol] of Object.entries(GRADE_SYMBOLS)) assert.ok(css.includes(`.g-${grade}::before { content: '${symbol}'; }`), grade);
});
