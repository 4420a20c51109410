import assert from 'node:assert/strict';
import { test } from 'node:test';
import { glossaryTermProblems, yamlListProblems } from '../../../src/lib/checks/yaml-entries.ts';

const SOURCES = `- id: nhs-sciatica
  title: Sciatica
  url: https://www.nhs.uk/conditions/sciatica/
- id: cochrane-2015
  title: Massage for low-back pain
- id: nhs-sciatica
  title: Another page
`;

test('an id used twice is an error at the later line, naming the earlier one', () => {
  assert.deepEqual(yamlListProblems('content/sources.yaml', SOURCES, 'source'), [
    {
      file: 'content/sources.yaml',
      field: 'id (line 6)',
      message: 'the source id "nhs-sciatica" is also used at line 1, and the later entry would silently replace the earlier one',
      fix: 'give one of them another id, or merge the two entries',
    },
  ]);
  assert.deepEqual(yamlListProblems('content/sources.yaml', SOURCES.split('- id: nhs-sciatica\n  title: Another')[0]!, 'source'), []);
});

test('malformed YAML is an error with its line and how to write an entry', () => {
  const [problem] = yamlListProblems('content/glossary.yaml', '- id: a\n  term: A\n  definition: [unclosed\n- id: b\n', 'glossary');
  assert.equal(problem?.file, 'content/glossary.yaml');
  assert.match(problem!.field, /^line \d+$/);
  assert.match(problem!.message, /^the YAML cannot be read: /);
  assert.match(problem!.fix, /each entry starts with "- id: …"/);
  const [twice] = yamlListProblems('content/sources.yaml', '- id: a\n  url: https://a.org/\n  url: https://b.org/\n', 'source');
  assert.match(twice!.message, /the YAML cannot be read: .*unique/i, 'a key written twice in one entry');
  assert.deepEqual(yamlListProblems('content/sources.yaml', 'id: a\n', 'source').map((p) => p.message), ['the file is not a list of entries']);
});

test('the same term under two glossary ids is an error, in any case and through aliases', () => {
  const glossary = `- id: effleurage
  term: Effleurage
  aliases: [stroking]
- id: gliding
  term: Gliding strokes
  aliases: [EFFLEURAGE]
- id: stroke
  term: Stroking
`;
  const problems = glossaryTermProblems('content/glossary.yaml', glossary);
  assert.deepEqual(
    problems.map((p) => [p.field, p.message]),
    [
      ['gliding (line 4)', '"effleurage" is also a term or alias of "effleurage" (line 1), so readers would get two definitions'],
      ['stroke (line 7)', '"stroking" is also a term or alias of "effleurage" (line 1), so readers would get two definitions'],
    ],
  );
  assert.match(problems[0]!.fix, /keep "effleurage" under one id/);
  assert.deepEqual(glossaryTermProblems('content/glossary.yaml', '- id: a\n  term: Knot\n  aliases: [knot, knots]\n'), [], 'an alias repeating its own term is harmless');
});

test('a list with no entries is an error on line 1, so the pages never lose every source or term at once', () => {
  assert.deepEqual(yamlListProblems('content/glossary.yaml', '[]\n', 'glossary'), [
    { file: 'content/glossary.yaml', field: 'line 1', message: 'the file lists no glossary entries, and pages read them from here', fix: 'add the entries ("- id: …"); git restores the file if it was emptied by mistake' },
  ]);
  assert.match(yamlListProblems('content/glossary.yaml', '', 'glossary')[0]!.message, /the file is not a list of entries/);
});
