import assert from 'node:assert/strict';
import { test } from 'node:test';
import { invisibleCharacter } from '../../../src/lib/model/visible-text.ts';
import { articleFields } from '../../../src/schemas/shared.ts';
import { idReference } from '../../../src/schemas/context.ts';
import { z } from 'astro/zod';

test('bidirectional controls and zero-width characters are named by code point; ordinary text and emoji pass', () => {
  assert.equal(invisibleCharacter('not \u202Eelbats'), 'U+202E (RIGHT-TO-LEFT OVERRIDE)');
  assert.equal(invisibleCharacter('deep\u200Btissue'), 'U+200B (ZERO WIDTH SPACE)');
  assert.equal(invisibleCharacter('\uFEFFSwedish massage'), 'U+FEFF (ZERO WIDTH NO-BREAK SPACE)');
  assert.equal(invisibleCharacter('Shiatsu — pressure, “gently”, 💆'), undefined);
});

test('a title or summary holding one is refused with the code point and the fix', () => {
  const fields = z.object({ title: articleFields({ reference: idReference }).title, summary: articleFields({ reference: idReference }).summary });
  const result = fields.safeParse({ title: 'Not \u202Eelbats', summary: 'A plain summary of the article, long enough to pass.\u200B' });
  assert.equal(result.success, false);
  assert.deepEqual(result.error!.issues.map((i) => [i.path.join('.'), i.message.split(', an invisible')[0]]), [
    ['title', 'the title holds U+202E (RIGHT-TO-LEFT OVERRIDE)'],
    ['summary', 'the summary holds U+200B (ZERO WIDTH SPACE)'],
  ]);
  assert.match(result.error!.issues[0]!.message, /: delete it/);
});
