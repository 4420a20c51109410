import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'astro/zod';
import { fieldName, nearestKey, strictFields, unknownKeyMessage, withMessages } from '../../../src/schemas/messages.ts';

test('the nearest allowed key is suggested only when it is close', () => {
  const allowed = ['title', 'summary', 'lastReviewed', 'sources'];
  assert.equal(nearestKey('lastReveiwed', allowed), 'lastReviewed');
  assert.equal(nearestKey('Title', allowed), 'title');
  assert.equal(nearestKey('source', allowed), 'sources');
  assert.equal(nearestKey('colour', allowed), undefined);
  // A swap of two neighbouring letters is one edit, as in search's typo correction.
  assert.equal(nearestKey('sumamry', allowed), 'summary');
  assert.equal(unknownKeyMessage('colour', allowed), 'unknown key `colour`: remove it, or use one of `title`, `summary`, `lastReviewed`, `sources`');
});

test('a field is named as an author finds it in the file', () => {
  assert.equal(fieldName(['helps', 0, 'condition']), 'helps[0].condition');
  assert.equal(fieldName(['sessionMinutes', 1]), 'sessionMinutes[1]');
  assert.equal(fieldName([]), '');
});

test('each unknown key is its own issue at its own path, and the other fields are still checked', () => {
  const schema = withMessages(strictFields({ name: z.string(), size: z.number() }));
  const result = schema.safeParse({ name: 1, siez: 2, colour: 'red' });
  assert.equal(result.success, false);
  assert.deepEqual(
    result.error?.issues.map((i) => [i.path.join('.'), i.message]),
    [
      ['siez', 'unknown key `siez`: did you mean `size`?'],
      ['colour', 'unknown key `colour`: remove it, or use one of `name`, `size`'],
      ['name', '1 is not a text: write a text'],
    ],
  );
});

test('a schema\'s own message outranks the parse-wide one', () => {
  const schema = withMessages(strictFields({ name: z.string().min(3, 'a name has at least 3 letters: write it in full') }));
  assert.deepEqual(schema.safeParse({ name: 'ab' }).error?.issues.map((i) => i.message), ['a name has at least 3 letters: write it in full']);
});

test('a value is described as the author wrote it, a YAML date included', () => {
  const schema = withMessages(strictFields({ title: z.string(), order: z.number() }));
  assert.deepEqual(
    schema.safeParse({ title: new Date('2026-01-01T00:00:00Z'), order: [1] }).error?.issues.map((i) => i.message),
    ['the date 2026-01-01 is not a text: write a text', 'a list is not a number: write a number'],
  );
});
