import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inSentence, listInWords, properWords } from '../../../src/lib/views/list-words.ts';

test('lists read as people write them', () => {
  assert.equal(listInWords([60]), '60');
  assert.equal(listInWords([45, 60]), '45 or 60');
  assert.equal(listInWords([30, 60, 90]), '30, 60 or 90');
  assert.equal(listInWords(['neck', 'back', 'shoulders'], 'and'), 'neck, back and shoulders');
  assert.equal(listInWords([]), '');
});

test('a condition title inside a sentence is lower-cased, unless it opens with an abbreviation', () => {
  assert.equal(inSentence('Neck pain'), 'neck pain');
  assert.equal(inSentence('Delayed onset muscle soreness (DOMS)'), 'delayed onset muscle soreness (DOMS)');
  assert.equal(inSentence('TMJ disorder'), 'TMJ disorder');
});

test('proper words are those the prose capitalises mid-sentence and never writes lower case there', () => {
  const proper = properWords(['Try a Swedish massage or a Thai massage first.', 'Deep pressure suits some; read about Deep tissue work.', 'a deep breath']);
  assert.deepEqual([...proper].sort(), ['swedish', 'thai']);
  assert.equal(inSentence('Swedish massage', proper), 'Swedish massage');
  assert.equal(inSentence('Deep tissue massage', proper), 'deep tissue massage');
  assert.equal(inSentence('Repetitive strain injury (RSI)', proper), 'repetitive strain injury (RSI)');
});
