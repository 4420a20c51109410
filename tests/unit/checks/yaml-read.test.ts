import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_ALIASES, parseYamlOrThrow, readYaml } from '../../../src/lib/checks/yaml-read.ts';

const FILE = 'content/findings.yaml';
const problems = (text: string) => readYaml(text, FILE).problems.map((p) => `${p.field}: ${p.message} | ${p.fix}`);

test('plain YAML reads as data', () => {
  assert.deepEqual(readYaml('- id: a\n  aliases: [b, c]\n', FILE), { data: [{ id: 'a', aliases: ['b', 'c'] }], problems: [] });
});

test('a tag, custom or of another language, is refused on its line', () => {
  const [custom] = problems('- id: a\n  outcome: !text harm\n');
  assert.match(custom!, /^line 2: the tag: !text is not read the same way everywhere, so it is not allowed \| remove the tag/);
  assert.match(problems('- id: a\n  f: !!js/function "x"\n')[0]!, /^line 2: the tag: tag:yaml\.org,2002:js\/function/);
});

test('a duplicate key is named on the line of the second, without a stack trace', () => {
  assert.deepEqual(problems('- id: a\n  result: benefit\n  result: harm\n'), ['line 3: a key is written twice in one entry, and only one of the values would be read | keep one of the two lines']);
});

test('a merge key is refused, instead of an unknown key `<<` and false missing fields', () => {
  assert.deepEqual(problems('- id: a\n  base: &b { x: 1 }\n- id: c\n  <<: *b\n'), ['line 4: a merge key (<<) copies fields from elsewhere, which is read differently by different tools | write the fields out in full in this entry']);
});

test('aliases are bounded: an alias bomb is one problem with its line', () => {
  const bomb = `- id: a\n  x: &a lol\n  y: [${Array.from({ length: MAX_ALIASES + 1 }, () => '*a').join(', ')}]\n`;
  assert.deepEqual(problems(bomb), [`line 3: more than ${MAX_ALIASES} aliases (*name) in one file | write the values out in full`]);
});

test('lines count from where the YAML starts in the file (frontmatter starts on line 2)', () => {
  assert.equal(readYaml('title: a\ntitle: b\n', 'content/types/x.md', 2).problems[0]!.field, 'line 3');
});

test('parseYamlOrThrow throws the problems as one message with no stack', () => {
  assert.throws(() => parseYamlOrThrow('- id: a\n  x: !text y\n', FILE), (error: Error) => /content\/findings\.yaml → line 2: the tag/.test(error.message) && error.stack === '');
});
