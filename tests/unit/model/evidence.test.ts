import assert from 'node:assert/strict';
import { test } from 'node:test';
import { overstates, strongestWording } from '../../../src/lib/model/evidence.ts';

test('wording: the strongest claim a sentence makes, ignoring negations', () => {
  assert.deepEqual(strongestWording('Massage probably helps, at least in the short term.'), { grade: 'moderate', phrase: 'probably helps' });
  assert.deepEqual(strongestWording('It may help you relax.'), { grade: 'limited', phrase: 'may help' });
  assert.equal(strongestWording('It has not been shown to help, and it is not proven.'), undefined);
  assert.equal(strongestWording('Massage may not help everyone.'), undefined);
  assert.equal(strongestWording('We do not know whether it helps.'), undefined);
  assert.equal(strongestWording('There is no cure.'), undefined);
  assert.equal(strongestWording('It is shown to help')?.grade, 'strong');
});

test('wording: a negation earlier in the clause, or quotation marks, take a phrase back', () => {
  assert.equal(strongestWording('Why do you never say that massage cures anything?'), undefined);
  assert.equal(strongestWording('Lasting effects are not well proven.'), undefined);
  assert.equal(strongestWording('We know of no good evidence that it cures a disease.'), undefined);
  assert.equal(strongestWording('A claim graded moderate says massage "probably helps".'), undefined);
  // A negation in an earlier clause does not reach past "but".
  assert.deepEqual(strongestWording('There is no cure, but massage may help.'), { grade: 'limited', phrase: 'may help' });
  assert.deepEqual(strongestWording('Probably, at least in the short term.'), { grade: 'moderate', phrase: 'Probably' });
  assert.deepEqual(strongestWording('It is an effective treatment for pain.')?.grade, 'strong');
  assert.deepEqual(strongestWording('Massage gives short-term relief.'), { grade: 'insufficient', phrase: 'short-term relief' });
});

test('wording above a grade overstates it; its own and weaker wording do not', () => {
  assert.equal(overstates('moderate', 'limited'), true);
  assert.equal(overstates('limited', 'insufficient'), true);
  assert.equal(overstates('limited', 'no-benefit-shown'), true);
  assert.equal(overstates('limited', 'limited'), false);
  assert.equal(overstates('limited', 'moderate'), false);
});

