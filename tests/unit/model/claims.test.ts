import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strings } from '../../../src/i18n/index.ts';
import { checkEvidenceSources, claimStatements, findingLine, gradeClaims, researchLabel, restsOnText, statementLine, type FindingRecord, type SourceRecord, type StatementRecord } from '../../../src/lib/model/claims.ts';

const WORDS = strings().evidence;

const sources = new Map<string, SourceRecord>([
  ['cochrane-lbp', { id: 'cochrane-lbp', authors: 'Furlan AD, Giraldo M', year: 2015, publisher: 'Cochrane Database of Systematic Reviews', kind: 'systematic-review' }],
  ['cherkin', { id: 'cherkin', authors: 'Cherkin DC, Sherman KJ, et al.', year: 2011, publisher: 'Annals of Internal Medicine', kind: 'trial' }],
  ['neck-review', { id: 'neck-review', authors: 'Gross AR, Lee H', year: 2024, publisher: 'Cochrane Database of Systematic Reviews', kind: 'systematic-review' }],
  ['mayo', { id: 'mayo', authors: 'Mayo Clinic Staff', publisher: 'Mayo Clinic', kind: 'health-information' }],
]);

const finding = (over: Partial<FindingRecord>): FindingRecord => ({
  id: 'f',
  source: 'cochrane-lbp',
  condition: 'low-back-pain',
  studied: 'massage, style not stated',
  types: [],
  closestTypes: [],
  primary: true,
  comparedWith: 'no treatment',
  comparison: 'inactive',
  outcome: 'pain',
  result: 'benefit',
  certainty: 'low',
  found: 'short-term pain relief',
  ...over,
});
const statement = (over: Partial<StatementRecord>): StatementRecord => ({ id: 's', source: 'mayo', condition: 'stress', types: [], says: 'lists stress among the problems massage may help', ...over });

const findings = [
  finding({ id: 'lbp-general', studies: 25 }),
  finding({ id: 'lbp-swedish', source: 'cherkin', types: ['swedish'], comparedWith: 'usual care', comparison: 'usual-care', certainty: 'not-graded', found: 'better function at 10 weeks' }),
  finding({ id: 'neck-sham', source: 'neck-review', condition: 'neck-pain', comparison: 'sham', comparedWith: 'sham massage', result: 'no-difference', certainty: 'moderate', found: 'little or no difference in pain' }),
  finding({ id: 'neck-inactive', source: 'neck-review', condition: 'neck-pain', result: 'benefit', certainty: 'very-low', found: 'less pain' }),
];

test('a claim collects its own style first, then massage in general, and the grade follows from them', () => {
  const { claims, problems } = gradeClaims(
    [{ id: 'swedish', file: 'content/types/swedish.md', helps: [{ condition: 'low-back-pain' }, { condition: 'neck-pain' }] }],
    findings,
    [],
    sources,
  );
  assert.deepEqual(problems, []);
  const [lbp, neck] = claims.get('swedish')!;
  assert.deepEqual(lbp!.findings.map((f) => [f.record.id, f.general]), [['lbp-swedish', false], ['lbp-general', true]]);
  assert.equal(lbp!.grade, 'limited');
  assert.deepEqual(lbp!.sourceIds, ['cherkin', 'cochrane-lbp']);
  assert.equal(lbp!.direct, true);
  assert.deepEqual(lbp!.weighed.map((w) => [w.finding.id, w.used, w.downgraded]), [['lbp-swedish', 'low', undefined], ['lbp-general', 'very-low', 'indirect']]);
  assert.equal(neck!.grade, 'no-benefit-shown', 'the moderate null against sham outweighs the very low benefit');
  assert.equal(neck!.direct, false);
});

test('a protocol close to a style counts for that style only, as indirect evidence', () => {
  const structural = finding({ id: 'structural', source: 'cherkin', studied: 'structural massage', closestTypes: ['myofascial'], comparison: 'usual-care', certainty: 'not-graded' });
  const types = ['myofascial', 'swedish'].map((id) => ({ id, file: `content/types/${id}.md`, helps: [{ condition: 'low-back-pain' }] }));
  const { claims } = gradeClaims(types, [structural], [], sources);
  assert.deepEqual(claims.get('myofascial')![0]!.weighed.map((w) => [w.finding.id, w.used]), [['structural', 'very-low']]);
  assert.equal(claims.get('myofascial')![0]!.grade, 'insufficient');
  assert.deepEqual(claims.get('swedish')![0]!.findings, []);
});

test('a finding whose source is missing, or whose source lists an unknown review, stops the build', () => {
  const missing = checkEvidenceSources([finding({ id: 'lost', source: 'cochrane-lbq' })], [], sources);
  assert.deepEqual(missing.map((p) => p.field), ['lost → source']);
  assert.match(missing[0]!.message, /^cochrane-lbq is not in content\/sources\.yaml/);
  assert.match(missing[0]!.fix, /case-sensitive/);
  const withBadLink = new Map(sources).set('update', { id: 'update', authors: 'A B', year: 2020, publisher: 'Cochrane', kind: 'systematic-review', supersedes: ['nowhere'] });
  assert.deepEqual(checkEvidenceSources([], [], withBadLink).map((p) => [p.file, p.field]), [['content/sources.yaml', 'update → supersedes']]);
});

test('an id that differs from a source only in case is named as such, never taken for it', () => {
  const [problem, ...rest] = checkEvidenceSources([finding({ id: 'lost', source: 'Cochrane-LBP' })], [], sources);
  assert.deepEqual(rest, []);
  assert.deepEqual(problem, {
    file: 'content/findings.yaml',
    field: 'lost → source',
    message: 'Cochrane-LBP differs only in case from the source cochrane-lbp, and ids are matched exactly',
    fix: 'write it exactly as cochrane-lbp',
  });
  const update = new Map(sources).set('update', { id: 'update', authors: 'A B', year: 2020, publisher: 'Cochrane', kind: 'systematic-review', summarises: ['Neck-Review'] });
  assert.deepEqual(checkEvidenceSources([], [], update).map((p) => [p.field, p.fix]), [['update → summarises', 'write it exactly as neck-review']]);
  assert.deepEqual(checkEvidenceSources([], [statement({ id: 'mayo-stress', source: 'Mayo' })], sources).map((p) => [p.file, p.field, p.message]), [
    ['content/statements.yaml', 'mayo-stress → source', 'Mayo differs only in case from the source mayo, and ids are matched exactly'],
  ]);
});

test('a statement whose source is missing stops the build with its entry, before any page would need the source', () => {
  const [problem, ...rest] = checkEvidenceSources([], [statement({ id: 'lost', source: 'nowhere' })], sources);
  assert.deepEqual(rest, []);
  assert.equal(problem!.field, 'lost → source');
  assert.match(problem!.message, /^nowhere is not in content\/sources\.yaml, so the page could not say who says this$/);
});

test('a claim\'s statements name the style it tested, or massage in general, in GRADE\'s words', () => {
  const { claims } = gradeClaims([{ id: 'swedish', file: 'content/types/swedish.md', helps: [{ condition: 'neck-pain' }] }], findings, [], sources);
  assert.deepEqual(
    claimStatements(claims.get('swedish')![0]!, 'Swedish massage', 'neck pain', sources, WORDS).map((s) => s.sentence),
    [
      'For neck pain, compared with sham massage, massage in general may make little or no difference to pain. Low certainty: moderate in the research, one level lower because this style was not tested by name. Source: Gross et al. 2024, Cochrane review.',
      'For neck pain, compared with no treatment, we are very uncertain whether massage in general helps with pain. Very low certainty. Source: Gross et al. 2024, Cochrane review.',
    ],
  );
});

test('the same findings give every type the same grade', () => {
  const types = ['a', 'b', 'c'].map((id) => ({ id, file: `content/types/${id}.md`, helps: [{ condition: 'neck-pain' }] }));
  const { claims } = gradeClaims(types, findings.filter((f) => f.id !== 'neck-inactive'), [], sources);
  assert.deepEqual([...claims.values()].map((c) => c[0]!.grade), ['no-benefit-shown', 'no-benefit-shown', 'no-benefit-shown']);
});

test('statements are shown but never raise a grade', () => {
  const { claims, problems } = gradeClaims([{ id: 'a', file: 'content/types/a.md', helps: [{ condition: 'stress' }] }], findings, [statement({})], sources);
  assert.deepEqual(problems, []);
  assert.equal(claims.get('a')![0]!.grade, 'insufficient');
  assert.equal(claims.get('a')![0]!.statements.length, 1);
});

test('a claim with nothing behind it names the file, the claim and the fix', () => {
  const { problems } = gradeClaims([{ id: 'a', file: 'content/types/a.md', helps: [{ condition: 'gout' }] }], findings, [], sources);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/types/a.md');
  assert.equal(problems[0]!.field, 'helps[0] (gout)');
  assert.match(problems[0]!.fix, /content\/findings\.yaml/);
});

test('an author may lower a grade with a reason, never raise or restate it', () => {
  const lowered = gradeClaims(
    [{ id: 'a', file: 'content/types/a.md', helps: [{ condition: 'low-back-pain', lower: { grade: 'traditional', reason: 'No trial used this style.' } }] }],
    findings,
    [],
    sources,
  );
  assert.deepEqual(lowered.problems, []);
  assert.equal(lowered.claims.get('a')![0]!.grade, 'traditional');
  assert.equal(lowered.claims.get('a')![0]!.computed, 'insufficient');
  assert.equal(lowered.claims.get('a')![0]!.lowered, 'No trial used this style.');

  const raised = gradeClaims([{ id: 'a', file: 'content/types/a.md', helps: [{ condition: 'low-back-pain', lower: { grade: 'moderate', reason: 'I think it works well.' } }] }], findings, [], sources);
  assert.equal(raised.problems.length, 1);
  assert.equal(raised.problems[0]!.field, 'helps[0] (low-back-pain) → lower.grade');
  assert.equal(raised.claims.get('a')![0]!.grade, 'insufficient', 'a raise is refused, not applied');
});

test('a finding that tested a type by name needs that type to claim the condition, so a null result cannot be hidden', () => {
  const { problems } = gradeClaims([{ id: 'swedish', file: 'content/types/swedish.md', helps: [] }], findings, [], sources);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.field, 'lbp-swedish → types');
  assert.match(problems[0]!.fix, /condition: low-back-pain/);
});

test('only research carries findings; research is never a mere statement', () => {
  const problems = checkEvidenceSources([finding({ id: 'bad', source: 'mayo' })], [statement({ id: 'bad-statement', source: 'cochrane-lbp' })], sources);
  assert.deepEqual(problems.map((p) => [p.file, p.field]), [
    ['content/findings.yaml', 'bad → source'],
    ['content/statements.yaml', 'bad-statement → source'],
  ]);
});

test('one line per finding and statement, in plain words, without a doubled stop', () => {
  assert.equal(
    findingLine(finding({ studies: 25, participants: 3096 }), sources.get('cochrane-lbp')!, WORDS),
    'Cochrane review (Furlan et al.), 2015, 25 studies (3,096 people): short-term pain relief compared with no treatment; low-certainty evidence',
  );
  assert.equal(
    findingLine(findings[1]!, sources.get('cherkin')!, WORDS),
    'Trial (Cherkin et al.), 2011: better function at 10 weeks compared with usual care; certainty not stated',
  );
  assert.equal(statementLine(statement({}), sources.get('mayo')!, WORDS), 'Mayo Clinic lists stress among the problems massage may help');
});

test('what a claim rests on besides the style by name, in one sentence', () => {
  const row = (findings: [boolean, string][], statements = 0) =>
    restsOnText(
      {
        findings: findings.map(([general, result]) => ({ text: 't', sourceId: 's', general, result: result as 'benefit' })),
        statements: Array.from({ length: statements }, () => ({ text: 's', sourceId: 'm', general: true })),
      },
      WORDS,
    );
  assert.equal(row([[true, 'benefit'], [true, 'no-difference']], 2), '2 findings on massage in general (1 found no difference); 2 statements by websites or providers (not counted).');
  assert.equal(row([[false, 'benefit'], [true, 'benefit']]), 'Also one finding on massage in general.');
  assert.equal(row([], 1), 'No research found; one statement by websites or providers (not counted).');
  assert.equal(row([[false, 'benefit']]), '', 'a claim resting only on studies of the style by name needs no second line (it once printed a lone full stop)');
});

test('a count of studies takes its plural from the table: "1 study", "2 studies"', () => {
  assert.equal(researchLabel(sources.get('neck-review')!, WORDS, 1), 'Cochrane review (Gross et al.), 2024, 1 study');
  assert.equal(researchLabel(sources.get('cherkin')!, WORDS, 2), 'Trial (Cherkin et al.), 2011, 2 studies');
});
