import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildRelationIndex, relatedBothWays, type ConditionRelations, type TypeRelations } from '../../../src/lib/model/relations.ts';
import { checkSections } from '../../../src/lib/model/sections.ts';

const ref = (id: string) => ({ id });

const types: TypeRelations[] = [
  {
    id: 'medical-massage',
    data: {
      title: 'Medical massage',
      techniques: [ref('ischemic-compression'), ref('stripping')],
      helps: [
        { condition: ref('sciatica'), grade: 'insufficient', sources: [ref('nhs-sciatica')] },
        { condition: ref('low-back-pain'), grade: 'moderate', sources: [ref('cochrane-2015-low-back-pain')], note: 'Short term.' },
      ],
      focus: { fullBody: false, regions: [ref('lower-back')] },
      related: [ref('deep-tissue-massage')],
    },
  },
  {
    id: 'deep-tissue-massage',
    data: {
      title: 'Deep tissue massage',
      techniques: [ref('stripping')],
      helps: [{ condition: ref('low-back-pain'), grade: 'limited', sources: [ref('mayo-massage')] }],
      focus: { fullBody: true, regions: [ref('lower-back'), ref('shoulders')] },
      related: [],
    },
  },
];
const conditions: ConditionRelations[] = [
  { id: 'sciatica', data: { title: 'Sciatica', regions: [ref('lower-back'), ref('legs')], related: [ref('low-back-pain')] } },
  { id: 'low-back-pain', data: { title: 'Low back pain', regions: [ref('lower-back')], related: [] } },
];

test('a condition lists the types that claim to help it, strongest grade first', () => {
  const index = buildRelationIndex(types, conditions);
  assert.deepEqual(
    index.typesForCondition.get('low-back-pain')?.map((c) => [c.typeId, c.grade, c.sources]),
    [
      ['medical-massage', 'moderate', ['cochrane-2015-low-back-pain']],
      ['deep-tissue-massage', 'limited', ['mayo-massage']],
    ],
  );
  assert.equal(index.typesForCondition.get('low-back-pain')?.[0]?.note, 'Short term.');
  assert.deepEqual(index.typesForCondition.get('sciatica')?.map((c) => c.typeId), ['medical-massage']);
  assert.equal(index.typesForCondition.get('migraine'), undefined);
});

test('a technique lists the types that use it', () => {
  const index = buildRelationIndex(types, conditions);
  assert.deepEqual(index.typesForTechnique.get('stripping'), ['medical-massage', 'deep-tissue-massage']);
  assert.deepEqual(index.typesForTechnique.get('ischemic-compression'), ['medical-massage']);
});

test('a region lists its conditions and the types that focus on it', () => {
  const index = buildRelationIndex(types, conditions);
  assert.deepEqual(index.conditionsForRegion.get('lower-back'), ['sciatica', 'low-back-pain']);
  assert.deepEqual(index.conditionsForRegion.get('legs'), ['sciatica']);
  assert.deepEqual(index.typesForRegion.get('shoulders'), ['deep-tissue-massage']);
});

test('related links show on both pages though written once', () => {
  const index = buildRelationIndex(types, conditions);
  assert.deepEqual(relatedBothWays([], index.typesRelatedTo.get('deep-tissue-massage'), 'deep-tissue-massage'), ['medical-massage']);
  assert.deepEqual(relatedBothWays([ref('deep-tissue-massage')], index.typesRelatedTo.get('medical-massage'), 'medical-massage'), [
    'deep-tissue-massage',
  ]);
  assert.deepEqual(index.conditionsRelatedTo.get('low-back-pain'), ['sciatica']);
});

test('required prose sections are checked per kind', () => {
  assert.deepEqual(checkSections('techniques', ['what-it-is', 'how-it-is-done', 'benefits']), []);
  assert.deepEqual(checkSections('techniques', ['what-it-is', 'benefits', 'safety']), [
    { id: 'how-it-is-done', problem: 'missing' },
    { id: 'safety', problem: 'reserved' },
  ]);
  assert.deepEqual(checkSections('guides', ['a', 'a']), [{ id: 'a', problem: 'duplicate' }]);
});
