import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fleschKincaidGrade, median, proseText, wordCount, inflesz } from '../../../src/lib/checks/readability.ts';

test('prose text drops ids, link targets and markup but keeps words', () => {
  const text = proseText('## What is it? { #what-it-is }\n\nSee [deep tissue](/types/deep-tissue-massage/) **now**.');
  assert.equal(wordCount(text), 7);
  assert.doesNotMatch(text, /what-it-is|types/);
});

test('short plain sentences score a lower grade than long technical ones', () => {
  const plain = 'Massage can ease pain. It may help you sleep. Ask your doctor first.';
  const dense = 'Myofascial interventions demonstrate heterogeneous effectiveness regarding musculoskeletal symptomatology, necessitating individualized therapeutic considerations.';
  assert.ok(fleschKincaidGrade(plain) < 6, String(fleschKincaidGrade(plain)));
  assert.ok(fleschKincaidGrade(dense) > 16, String(fleschKincaidGrade(dense)));
});

test('median', () => {
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
});

test('Spanish reads on the INFLESZ scale: short plain sentences score higher than long technical ones', () => {
  const plain = inflesz('El masaje sueco es suave. Usted elige la presión. Puede pedir más o menos.');
  const hard = inflesz('La evidencia disponible procedente de revisiones sistemáticas con metaanálisis sugiere una reducción estadísticamente significativa de la intensidad del dolor musculoesquelético crónico en comparación con intervenciones inactivas.');
  assert.ok(plain > 80, `plain: ${plain}`);
  assert.ok(hard < 40, `hard: ${hard}`);
});
