import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cardKey, fitSummary, renderCardPng } from '../../../src/lib/clinics/og-image.ts';
import type { ShareCard } from '../../../src/lib/clinics/share-preview.ts';

const card: ShareCard = { page: '/types/a/', image: '/og/types/a.png', label: 'Massage type', title: 'Swedish massage', summary: 'Long, gliding strokes with light to moderate pressure.' };

test('a share card is a 1200x630 PNG, drawn once and then read from the cache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  try {
    const png = Buffer.from(await renderCardPng(card, dir));
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
    assert.deepEqual(readdirSync(dir), [`${cardKey(card)}.png`]);
    // A planted file under the card's key is what comes back: the second call draws nothing.
    writeFileSync(join(dir, `${cardKey(card)}.png`), 'cached');
    assert.equal(Buffer.from(await renderCardPng(card, dir)).toString(), 'cached');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cache key follows what the card shows, not where it is used', () => {
  assert.equal(cardKey(card), cardKey({ ...card }));
  assert.notEqual(cardKey(card), cardKey({ ...card, title: 'Swedish massage (classic)' }));
  assert.notEqual(cardKey(card), cardKey({ ...card, summary: `${card.summary} More.` }));
  assert.equal(cardKey(card), cardKey({ ...card, page: '/types/b/' }), 'the page a card belongs to does not change its pixels');
});

test('long summaries are cut at a word for the share card', () => {
  const cut = fitSummary('word '.repeat(60), 40);
  assert.ok(cut.length <= 41 && cut.endsWith('…') && !cut.includes('wor…'));
  assert.equal(fitSummary('short'), 'short');
  assert.equal(fitSummary('It helps. Not always so.', 12), 'It helps…');
});
