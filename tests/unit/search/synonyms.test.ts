import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSynonymProblem, parseSynonyms } from '../../../src/lib/search/synonyms.ts';

const known = new Set(['frozen', 'shoulder', 'lymphedema', 'pregnancy']);

test('a good table parses to normalised phrases', () => {
  const { synonyms, problems } = parseSynonyms(`- readers: ["Can't lift my arm", Frozen arm]\n  ours: Frozen shoulder\n`, known);
  assert.deepEqual(problems, []);
  assert.deepEqual(synonyms, [{ readers: ['cant lift my arm', 'frozen arm'], ours: 'frozen shoulder' }]);
});

test('each bad entry names its line and the fix', () => {
  const text = [
    '- readers: [mastectomy]', //       1
    '  ours: lymphoedema', //           2: not our word
    '- readers: mastectomy', //         3: not a list
    '  ours: lymphedema', //            4
    '- readers: [pregnant]', //         5
    '  means: pregnancy', //            6: unknown field, no ours
    '- readers: [mastectomy]', //       7: listed twice
    '  ours: lymphedema', //            8
  ].join('\n');
  const { problems } = parseSynonyms(text, known);
  const lines = problems.map((p) => `${p.line} ${p.message}`);
  assert.deepEqual(lines, [
    '2 "ours: lymphoedema" uses "lymphoedema", which no title, alias or glossary term uses',
    '3 "readers" must be a list of at least one phrase',
    '5 "means" is not a field of a synonym',
    '5 "ours" must be our words for what readers mean',
    '7 "mastectomy" is already listed on line 1',
  ]);
  assert.match(formatSynonymProblem(problems[0]!), /^content\/search-synonyms\.yaml:2: .*\n {2}Fix: use the words of the page/);
});

test('broken YAML is reported with its line, not thrown', () => {
  const { problems } = parseSynonyms('- readers: [a, b\n  ours: c\n', known);
  assert.equal(problems.length > 0, true);
  assert.match(problems[0]!.message, /not valid YAML/);
});
