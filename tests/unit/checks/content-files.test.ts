import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleFileProblems } from '../../../src/lib/checks/content-files.ts';

const files = (...names: string[]) => names.map((name) => ({ name, isDirectory: false }));
const check = (...names: string[]) => articleFileProblems('content/types', files(...names));

test('lowercase-hyphen .md and .mdx files are articles; hidden files are not content', () => {
  assert.deepEqual(check('swedish-massage.md', 'editorial-policy.mdx', 'a1.md', '.DS_Store', '.swedish-massage.md.swp'), []);
});

test('a file name that is not a slug is an error that names the slug to use', () => {
  assert.deepEqual(check('Foo.md'), [
    { file: 'content/types/Foo.md', field: 'file name', message: "Foo.md is not a lowercase-hyphen slug, and the file name is the page's URL", fix: 'rename it to content/types/foo.md' },
  ]);
  for (const [name, slug] of [['hot stone.md', 'hot-stone.md'], ['hot_stone.mdx', 'hot-stone.mdx'], ['-x.md', 'x.md'], ['x--y.md', 'x-y.md'], ['café.md', 'cafe.md']]) {
    const [problem] = check(name!);
    assert.equal(problem?.fix, `rename it to content/types/${slug}`, name);
  }
});

test('files the loader would silently ignore are errors naming the file', () => {
  for (const name of ['sciatica.markdown', 'notes.txt', 'draft.MD', 'README']) {
    const [problem] = check(name);
    assert.equal(problem?.file, `content/types/${name}`);
    assert.match(problem!.message, /is not read: articles are \.md files \(\.mdx when they use a component\)/);
    assert.match(problem!.fix, /^rename it to content\/types\/[a-z-]+\.mdx?, or move it out of content\/types\/$/);
  }
  assert.deepEqual(articleFileProblems('content/types', [{ name: 'old', isDirectory: true }]), [
    { file: 'content/types/old/', field: 'folder', message: 'articles in a subfolder are not read', fix: 'move its files up into content/types/' },
  ]);
});

test('two files for one URL are an error, whether they differ by case or by extension', () => {
  const [byExtension] = check('x.md', 'x.mdx');
  assert.deepEqual(byExtension, {
    file: 'content/types/x.md',
    field: 'file name',
    message: 'x.md and x.mdx would be the same page (x), and only one of them would be published',
    fix: 'merge them into content/types/x.md and delete content/types/x.mdx',
  });
  const problems = check('Swedish-Massage.md', 'swedish-massage.md');
  assert.equal(problems.length, 2);
  assert.match(problems[1]!.fix, /merge them into content\/types\/swedish-massage\.md and delete content\/types\/Swedish-Massage\.md/);
});

test('a missing folder, or one with no article, is an error instead of a section of the site gone without a word', () => {
  assert.deepEqual(articleFileProblems('content/regions', undefined), [
    { file: 'content/regions/', field: 'folder', message: 'the folder is missing, so its section of the site would be empty', fix: 'create content/regions/ with its articles (git restores it if it was moved by mistake)' },
  ]);
  assert.deepEqual(check('.DS_Store').map((p) => `${p.file}: ${p.message}`), ['content/types/: the folder holds no article (.md or .mdx), so its section of the site would be empty']);
  assert.deepEqual(check('notes.txt').map((p) => p.file), ['content/types/notes.txt'], 'a misnamed file is its own problem');
});
