import assert from 'node:assert/strict';
import { test } from 'node:test';
import { planAliasRedirects } from '../../../src/lib/model/aliases.ts';

test('aliases become redirects to the canonical page', () => {
  const plan = planAliasRedirects([{ kind: 'types', id: 'manual-lymphatic-drainage', aliases: ['MLD', 'Lymphatic drainage'], file: 'content/types/manual-lymphatic-drainage.md' }]);
  assert.deepEqual(plan.problems, []);
  assert.deepEqual(plan.redirects, [
    { from: '/types/mld/', to: '/types/manual-lymphatic-drainage/' },
    { from: '/types/lymphatic-drainage/', to: '/types/manual-lymphatic-drainage/' },
  ]);
});

test('an alias equal to its own slug, or repeated, makes no redirect', () => {
  const plan = planAliasRedirects([{ kind: 'conditions', id: 'sciatica', aliases: ['Sciatica', 'sciatica pain', 'Sciatica Pain'], file: 'content/conditions/sciatica.md' }]);
  assert.deepEqual(plan.redirects, [{ from: '/conditions/sciatica-pain/', to: '/conditions/sciatica/' }]);
});

test('two entries claiming one alias stop the build, naming file, field and fix', () => {
  const plan = planAliasRedirects([
    { kind: 'types', id: 'trigger-point-therapy', aliases: ['Trigger point release'], file: 'content/types/trigger-point-therapy.md' },
    { kind: 'types', id: 'neuromuscular-therapy', aliases: ['trigger point release'], file: 'content/types/neuromuscular-therapy.md' },
  ]);
  assert.equal(plan.problems.length, 1);
  const [problem] = plan.problems;
  assert.equal(problem?.file, 'content/types/neuromuscular-therapy.md');
  assert.equal(problem?.field, 'aliases');
  assert.equal(problem?.message, 'the alias "trigger point release" (URL /types/trigger-point-release/) is also an alias of "trigger-point-therapy" (content/types/trigger-point-therapy.md)');
  assert.match(problem?.fix ?? '', /remove "trigger point release"/);
});

test('an alias equal to another entry slug is a problem', () => {
  const plan = planAliasRedirects([
    { kind: 'conditions', id: 'edema', aliases: [], file: 'content/conditions/edema.md' },
    { kind: 'conditions', id: 'lymphedema', aliases: ['edema'], file: 'content/conditions/lymphedema.md' },
  ]);
  assert.match(plan.problems[0]?.message ?? '', /is the slug of "edema" \(content\/conditions\/edema\.md\)/);
});

test('the same alias in two kinds is fine: URLs differ', () => {
  const plan = planAliasRedirects([
    { kind: 'types', id: 'trigger-point-therapy', aliases: ['knots'], file: 'content/types/trigger-point-therapy.md' },
    { kind: 'conditions', id: 'muscle-knots', aliases: ['knots'], file: 'content/conditions/muscle-knots.md' },
  ]);
  assert.deepEqual(plan.problems, []);
  assert.equal(plan.redirects.length, 2);
});
