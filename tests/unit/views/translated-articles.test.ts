import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { diskSurroundings } from '../../../src/data/surroundings.ts';
import { assembleSite } from '../../../src/lib/views/assemble-site.ts';
import { localizedContent } from '../../../src/lib/views/translated-articles.ts';
import { readContent } from '../../../scripts/lib/read-content.ts';

const entries = readContent('content');
const { content, problems } = assembleSite(entries, diskSurroundings(join('content', 'glossary.yaml'), undefined, new Date('2026-12-08')));

test('every real translation matches its English entry and none is behind', () => {
  assert.deepEqual(problems, []);
  assert.ok(content.translations.length >= 100);
  assert.deepEqual(content.translations.filter((t) => t.behind).map((t) => t.file), []);
});

test('a Spanish page takes its words from the translation and every fact from the English entry', () => {
  const es = localizedContent(content, 'es');
  const english = content.types.find((t) => t.id === 'swedish-massage')!;
  const spanish = es.types.find((t) => t.id === 'swedish-massage')!;
  assert.equal(spanish.data.title, 'Masaje sueco');
  assert.notEqual(spanish.body, english.body);
  for (const fact of ['pressure', 'sessionMinutes', 'techniques', 'related', 'lastReviewed', 'sources', 'prescription'] as const) assert.deepEqual(spanish.data[fact], english.data[fact], fact);
  assert.equal(spanish.data.cautions.length, english.data.cautions.length);
  assert.equal(spanish.data.redFlags.length, english.data.redFlags.length);
  assert.deepEqual(spanish.claims.map((c) => [c.condition.id, c.grade]), english.claims.map((c) => [c.condition.id, c.grade]), 'the same grades');
  const note = spanish.claims.find((c) => c.condition.id === 'low-back-pain')!.note!;
  assert.match(note, /ensayo/);
  assert.deepEqual(
    [...es.claimsByType.get('swedish-massage')!].map((c) => c.grade),
    [...content.claimsByType.get('swedish-massage')!].map((c) => c.grade),
  );
  assert.equal(es.untranslated.size, 0);
});

test('an article with no translation keeps its English words and is listed as untranslated', () => {
  const es = localizedContent({ ...content, translations: content.translations.filter((t) => t.id !== 'sciatica') }, 'es');
  assert.equal(es.conditions.find((c) => c.id === 'sciatica')!.data.title, 'Sciatica');
  assert.deepEqual([...es.untranslated], ['conditions/sciatica']);
});
