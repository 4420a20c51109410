import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageScript } from '../../../src/lib/build/page-script.ts';
import { copySectionLink } from '../../../src/lib/model/section-links.ts';

/** What the copier says once it has copied, read back as the browser would parse the string. */
const said = (script: string) => {
  const literal = /setTimeout\(\(\)=>\{s\.textContent=('(?:[^'\\]|\\.)*')\}/.exec(script)?.[1];
  assert.ok(literal, 'the copier sets the status to a quoted string');
  return new Function(`return ${literal}`)() as string;
};

test('the section-link copier says the language table\'s words, on pages with section links only', () => {
  assert.equal(said(pageScript(true)), 'Link to this section copied');
  assert.ok(!pageScript(false).includes('section-link'));
});

test('words with quotes or backslashes cannot break out of the copier\'s string', () => {
  assert.equal(said(copySectionLink("Lien copié : l'adresse \\ ici")), "Lien copié : l'adresse \\ ici");
});
