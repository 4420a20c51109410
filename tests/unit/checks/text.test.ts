import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstInvalidUtf8, lineOfOffset, normaliseLineEndings } from '../../../src/lib/checks/text.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

test('UTF-8 passes, with or without a byte-order mark, in every plane', () => {
  assert.equal(firstInvalidUtf8(utf8('café, naïve, 指圧, 💆')), undefined);
  assert.equal(firstInvalidUtf8(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('title: Café')])), undefined);
  assert.equal(firstInvalidUtf8(bytes()), undefined);
});

test('the offset of the first byte that is not UTF-8 is found', () => {
  // "café" saved as Latin-1.
  assert.equal(firstInvalidUtf8(bytes(0x63, 0x61, 0x66, 0xe9, 0x0a)), 3);
  assert.equal(firstInvalidUtf8(bytes(0x61, 0xc3)), 1, 'a sequence cut short');
  assert.equal(firstInvalidUtf8(bytes(0xc0, 0xaf)), 0, 'an overlong "/"');
  assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0, 'a UTF-16 surrogate');
  assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0, 'past U+10FFFF');
  assert.equal(firstInvalidUtf8(bytes(0x80)), 0, 'a lone continuation byte');
  const text = utf8('one\ntwo é\n');
  assert.equal(firstInvalidUtf8(Uint8Array.from([...text, 0xff])), text.length);
});

test('a byte offset is shown as a line and column', () => {
  assert.deepEqual(lineOfOffset(utf8('ab\ncd\nef'), 7), { line: 3, column: 2 });
  assert.deepEqual(lineOfOffset(utf8('ab'), 0), { line: 1, column: 1 });
});

test('CRLF and lone CR line endings become LF', () => {
  assert.equal(normaliseLineEndings('---\r\ntitle: X\r\n---\rbody\n'), '---\ntitle: X\n---\nbody\n');
});
