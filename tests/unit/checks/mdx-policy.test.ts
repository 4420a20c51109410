import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { mdxPolicyProblems } from '../../../src/lib/checks/mdx-policy.ts';

const FRONTMATTER = '---\ntitle: X\n---\n';
/** The problems of an .mdx file whose body starts on line 4. */
const problems = (body: string) => mdxPolicyProblems('content/guides/x.mdx', `${FRONTMATTER}${body}`);
const one = (body: string) => {
  const found = problems(body);
  assert.equal(found.length, 1, JSON.stringify(found, null, 1));
  return found[0]!;
};

test('the articles as written keep to the policy', () => {
  for (const file of ['content/guides/editorial-policy.mdx', 'content/guides/glossary.mdx']) assert.deepEqual(mdxPolicyProblems(file, readFileSync(file, 'utf8')), [], file);
});

test('an import of anything but a content component by its documented path is reported with the line to write', () => {
  const raw = one("import h from '../../../../../etc/hostname?raw'\n\n{h}\n".replace('\n\n{h}\n', '\n'));
  assert.equal(raw.field, 'line 4');
  assert.match(raw.message, /imports "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname\?raw", which is not a content component/);
  assert.match(raw.fix, /import GradeRule from '\.\.\/\.\.\/src\/content-components\/GradeRule\.astro'/);
  assert.match(one("import { jsx } from 'astro/jsx-runtime'\n").message, /"astro\/jsx-runtime", which is not a content component/);
  const named = one("import { default as GradeRule } from '../../src/content-components/GradeRule.astro'\n");
  assert.match(named.fix, /^write import GradeRule from/);
});

test('export is refused', () => {
  const found = one("export const components = { img: 'iframe', em: 'script' }\n");
  assert.equal(found.field, 'line 4');
  assert.match(found.message, /`export` changes what the article renders/);
});

test('expressions are refused, naming what they do: the build machine, the JSX runtime', () => {
  const env = one('Home: {process.env.HOME}\n');
  assert.match(env.message, /^\{process\.env\.HOME\} reads the build machine/);
  const jsx = one("Text.\n\n{jsx('me'+'ta', {'http-equiv': 'refresh', content: '3;url=https://evil.example/'})}\n");
  assert.equal(jsx.field, 'line 6');
  assert.match(jsx.message, /calls jsx\(\) to make elements the allowlist never sees/);
  assert.match(one('{React.createElement("script")}\n').message, /calls createElement\(\)/);
  assert.match(one('{1 + 1}\n').message, /is a JavaScript expression, which runs on the build machine/);
  assert.deepEqual(problems('{/* an editor\'s note */}\n'), []);
});

test('attribute values are literals, or a prop the route passes to a component', () => {
  const gradeRule = "import GradeRule from '../../src/content-components/GradeRule.astro'\nimport GlossaryList from '../../src/content-components/GlossaryList.astro'\n\n";
  assert.deepEqual(problems(`${gradeRule}<GlossaryList terms={props.glossary} />\n\n<abbr title={"Manual lymphatic drainage"}>MLD</abbr>\n`), []);
  assert.match(one(`${gradeRule}<GlossaryList terms={globalThis.x} />\n`).message, /<GlossaryList terms=\{…\}> computes its value/);
  assert.match(one('<abbr title={props.glossary}>x</abbr>\n').message, /computes its value/);
  assert.match(one(`${gradeRule}<GradeRule {...props} />\n`).message, /<GradeRule> spreads/);
  assert.equal(one(`${gradeRule}<GradeRule size="2" />\n`).fix, 'GradeRule takes no attributes');
});

test('elements outside the allowlist, components not imported and SVG animation are refused', () => {
  assert.match(one('<Foo />\n').message, /<Foo> is not an imported content component/);
  assert.match(one('<GradeRule />\n').fix, /^add import GradeRule from/);
  const svg = problems('<svg><a><animate attributeName="href" values="javascript:alert(1)" /></a></svg>\n');
  assert.deepEqual(svg.map((p) => p.message), ['<svg> is not an element an article may contain', '<animate> is not an element an article may contain']);
  assert.match(one('<meta httpEquiv="refresh" content="0" />\n').fix, /write it in Markdown/);
  assert.match(one('<span onClick="x()">a</span>\n').message, /<span> has the attribute onClick, which an article may not set/);
  assert.match(one('<span style="position: fixed">a</span>\n').message, /attribute style/);
});

test('URLs in attributes are read as a browser reads them', () => {
  assert.match(one('<a href="\x01javascript:alert(1)">x</a>\n').message, /is a javascript: link as a browser reads it/);
  assert.match(one('<a href="&#106;avascript:alert(1)">x</a>\n').message, /javascript: link/);
  assert.match(one('<img src="data:text/html,x" alt="x" />\n').message, /is a data: link/);
  assert.deepEqual(problems('<a href="https://example.org/">x</a> and <a href="/types/swedish-massage/">y</a>\n'), []);
});

test('an .mdx file that does not parse is one problem with its line, never a stack trace', () => {
  const found = one('# Hi\n\n<div>\n\n{a\n');
  assert.equal(found.field, 'line 6');
  assert.match(found.message, /^the MDX cannot be read: /);
});
