import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cssProperty, gradeSymbolsCss, PALETTE, paletteCss } from '../../../src/lib/build/palette.ts';
import { EVIDENCE_GRADES, GRADE_SYMBOLS } from '../../../src/lib/model/evidence.ts';

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

test('every grade gets its symbol before its label, and the stylesheet writes none of its own', () => {
  const css = gradeSymbolsCss();
  assert.equal(css.split('\n').length, EVIDENCE_GRADES.length);
  assert.match(css, /^\.g-strong::before \{ content: '●●●● '; \}$/m);
  for (const grade of EVIDENCE_GRADES) assert.ok(css.includes(`.g-${grade}::before { content: '${GRADE_SYMBOLS[grade]} '; }`), grade);
  const stylesheet = readFileSync('src/styles/global.css', 'utf8');
  // The build writes the rules at this mark (src/integrations/palette-css.ts); a symbol typed into the stylesheet would be a second copy.
  assert.equal(stylesheet.split('/* @grade-symbols */').length, 2);
  for (const symbol of Object.values(GRADE_SYMBOLS)) assert.ok(!stylesheet.includes(symbol), symbol);
});
