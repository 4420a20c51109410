import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conditionsByCommonness, conditionsInTextOrder, typesByEvidence } from '../../../src/lib/views/region-order.ts';

test('the conditions a region article links to, in the order it first links to them, members only', () => {
  const text = 'Most [neck pain](/conditions/neck-pain/) is muscular; [knots](/conditions/muscle-knots/) come with [headaches](/conditions/tension-headache). See [neck pain](/conditions/neck-pain/) again, and [posture](/conditions/posture-problems/).';
  assert.deepEqual(conditionsInTextOrder(text, ['tension-headache', 'neck-pain', 'muscle-knots', 'whiplash']), ['neck-pain', 'muscle-knots', 'tension-headache']);
  assert.deepEqual(conditionsInTextOrder('No links here.', ['neck-pain']), []);
});

test('named conditions first in the text order, then those whose main area this is, then the rest, A to Z', () => {
  const c = (id: string, mainArea: boolean) => ({ id, title: id, mainArea });
  const ordered = conditionsByCommonness([c('anxiety', false), c('whiplash', true), c('neck-pain', true), c('fibromyalgia', true), c('tension-headache', false)], ['tension-headache', 'neck-pain']);
  assert.deepEqual(ordered.map((x) => x.id), ['tension-headache', 'neck-pain', 'fibromyalgia', 'whiplash', 'anxiety']);
});

test("types by their best grade for the area's conditions; types without a graded claim here last", () => {
  const t = (id: string) => ({ id, title: id });
  const claims = [
    { typeId: 'swedish', condition: 'neck-pain', grade: 'insufficient' as const },
    { typeId: 'shiatsu', condition: 'neck-pain', grade: 'limited' as const },
    { typeId: 'reflexology', condition: 'stress', grade: 'limited' as const },
  ];
  const ordered = typesByEvidence([t('reflexology'), t('swedish'), t('chair'), t('shiatsu')], ['neck-pain'], claims);
  // Shiatsu's limited evidence outranks Swedish's insufficient; reflexology's claim is for another area's condition.
  assert.deepEqual(ordered.map((x) => x.id), ['shiatsu', 'swedish', 'chair', 'reflexology']);
});
