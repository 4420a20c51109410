import assert from 'node:assert/strict';
import { test } from 'node:test';
import { limbsNamed, limbSignProblems, type LimbPage } from '../../../src/lib/checks/limb-signs.ts';

const page = (over: Partial<LimbPage>): LimbPage => ({ file: 'content/x.md', id: 'x', title: 'X', aliases: [], regions: [], helps: [], redFlags: [], ...over });
const lymphedema = page({ file: 'content/conditions/lymphedema.md', id: 'lymphedema', title: 'Lymphedema', aliases: ['lymphatic swelling'], regions: ['arms', 'legs', 'chest'], redFlags: ['One swollen, warm calf or arm can be a blood clot.'] });

test('limbs are named by the words readers use for them', () => {
  assert.deepEqual(limbsNamed('one swollen calf'), ['leg']);
  assert.deepEqual(limbsNamed('an Arm or a thigh'), ['arm', 'leg']);
  assert.deepEqual(limbsNamed('sudden chest pain'), []);
  assert.deepEqual(limbsNamed('armpit or legging'), [], 'whole words only');
});

test('a sign that names one limb where the page covers swelling of both is a problem, naming the field and the fix', () => {
  const mld = page({ file: 'content/types/manual-lymphatic-drainage.md', id: 'mld', helps: ['lymphedema'], redFlags: ['Sudden chest pain is an emergency.', 'Sudden swelling of one leg can mean a blood clot.'] });
  assert.deepEqual(limbSignProblems([lymphedema, mld]), [
    {
      file: 'content/types/manual-lymphatic-drainage.md',
      field: 'redFlags[1]',
      message: 'names leg but not arm, where the swelling this page covers also happens',
      fix: 'name every limb the sign applies to, for example "one arm or leg"',
    },
  ]);
  assert.deepEqual(limbSignProblems([lymphedema, { ...mld, redFlags: ['Sudden swelling of one arm or leg can mean a blood clot.'] }]), []);
});

test('pages about other things keep the limb a sign is about', () => {
  const sports = page({ id: 'sports', helps: ['low-back-pain'], redFlags: ['Pain in one calf or thigh can mean a clot.'] });
  const strains = page({ id: 'strains', title: 'Muscle strains', regions: ['arms', 'legs'], redFlags: ['A swollen, warm calf can be a clot.'] });
  assert.deepEqual(limbSignProblems([lymphedema, sports, strains]), []);
});
