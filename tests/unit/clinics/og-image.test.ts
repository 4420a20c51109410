import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { cardKey, cardTree, drawCard, fitSummary, joinWords, paint, rasterise, renderCardPng, textRuns, type TextRun } from '../../../src/lib/clinics/og-image.ts';
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

test('a card drawn word by word on the shared background matches the card rasterised whole', async () => {
  const hard: ShareCard = { ...card, title: 'Hot stone & "café" massage vs trigger-point therapy: which to book?', summary: 'Pressure, purpose, evidence and cost side by side (pregnancy, DVT, 2nd-trimester) and who should avoid each, with the safety points to check first.' };
  for (const c of [card, hard]) {
    const { data } = await sharp(Buffer.from(await drawCard(c))).raw().toBuffer({ resolveWithObject: true });
    const whole = await rasterise(cardTree(c), 1200, 630);
    let sum = 0;
    let max = 0;
    for (let p = 0; p < 1200 * 630; p++) {
      for (let ch = 0; ch < 3; ch++) {
        const d = Math.abs(data[p * 3 + ch]! - whole[p * 4 + ch]!);
        sum += d;
        max = Math.max(max, d);
      }
    }
    // Satori kerns a whole line where its layout places words apart, so edges move by under a pixel; nothing more.
    assert.ok(sum / (1200 * 630 * 3) < 1 && max < 160, `${c.title}: mean ${sum / (1200 * 630 * 3)}, max ${max}`);
  }
});

const run = (text: string, x: number, width: number, y = 100): TextRun => ({ x, y, fontSize: 30, fontWeight: 700, letterSpacing: 0, fill: '#000000', width, text });

test('satori\'s runs are read from its SVG, entities decoded, and joined into the words between spaces', () => {
  const svg = '<svg><text x="72" y="95" width="20" height="40" font-weight="normal" font-style="normal" font-size="34" font-family="noto sans" fill="#4a5a61">&quot;caf&#233;&amp;</text></svg>';
  assert.deepEqual(textRuns(svg), [{ x: 72, y: 95, fontSize: 34, fontWeight: 400, letterSpacing: 0, fill: '#4a5a61', width: 20, text: '"café&' }]);
  const words = joinWords([run('"', 10, 5), run('café', 15, 40), run('"', 55, 5), run(' ', 60, 8), run('vs', 68, 20), run('next', 10, 30, 140)]);
  assert.deepEqual(words.map((w) => [w.text, w.x, w.width]), [['"café"', 10, 50], ['vs', 68, 20], ['next', 10, 30]]);
});

test('a word is painted over what is already there in proportion to its coverage', () => {
  const rgb = new Uint8Array(1200 * 630 * 3).fill(255);
  paint(rgb, { alpha: Uint8Array.from([0, 255, 128, 0]), width: 2, height: 2, left: -1, top: -1 }, '#0000ff', 10.25, 20.5);
  const at = (x: number, y: number) => [...rgb.subarray((y * 1200 + x) * 3, (y * 1200 + x) * 3 + 3)];
  assert.deepEqual([at(9, 19), at(10, 19), at(9, 20), at(10, 20)], [[255, 255, 255], [0, 0, 255], [127, 127, 255], [255, 255, 255]]);
});
