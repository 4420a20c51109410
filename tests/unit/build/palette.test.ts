import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cssProperty, PALETTE, paletteCss } from '../../../src/lib/build/palette.ts';

test('the palette becomes custom properties, light on :root and dark under prefers-color-scheme', () => {
  const css = paletteCss();
  assert.equal(cssProperty('warnBg'), '--warn-bg');
  assert.match(css, /^:root \{ color-scheme: light dark; --bg: #fbfcfc; --surface: #ffffff; .*--warn-bg: #fff6e5;/);
  assert.match(css, /@media \(prefers-color-scheme: dark\) \{ :root \{ --bg: #11191d; .*--focus: #9cc0ff; \} \}/);
  assert.deepEqual(Object.keys(PALETTE.dark), Object.keys(PALETTE.light));
});

test('no stylesheet, card or share image writes a colour of its own', () => {
  for (const file of ['src/styles/global.css', 'src/pages/embed/[kind]/[slug].astro', 'src/lib/clinics/og-image.ts']) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /#[0-9a-f]{6}\b|#[0-9a-f]{3}\b/i, file);
  }
});
