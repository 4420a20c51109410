import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { distribution, generate } from '../../../scripts/bench-build/generate.ts';
import { seededRandom } from '../../../scripts/bench-build/random.ts';
import { KINDS, readReal } from '../../../scripts/bench-build/real-content.ts';
import { splitFrontmatter } from '../../../scripts/lib/frontmatter.ts';
import { CONTENT_COMPONENTS } from '../../../src/lib/model/content-components.ts';

const PROJECT = resolve('.');

test('a set of n entries has n entries, in the shares the benchmark documents', () => {
  for (const total of [1_000, 10_000]) {
    const d = distribution(total);
    assert.equal(KINDS.reduce((n, k) => n + d[k], 0), total);
  }
  assert.deepEqual(distribution(10_000), { types: 200, techniques: 3_500, conditions: 6_110, regions: 40, guides: 100, comparisons: 50 });
});

test('the seeded generator draws the same numbers for the same seed, and keeps no state between generators', () => {
  const draws = (seed: number) => Array.from({ length: 5 }, seededRandom(seed).next);
  assert.deepEqual(draws(7), draws(7));
  assert.notDeepEqual(draws(7), draws(8));
});

/** Every file of a generated set, by path. */
function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f)).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const real = readReal(join(PROJECT, 'content'));
// generate() throws, naming file and field, when an entry it writes fails a schema of src/schemas/.
const make = (total: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  const generated = generate({ total, dir, real, project: PROJECT, random: seededRandom(total) });
  return { dir, generated, files: files(dir) };
};

test('a size generated twice gives the same files, with valid frontmatter and an .mdx only where a component is imported', () => {
  const a = make(300);
  const b = make(300);
  try {
    // A few more than asked where the real entries fill a kind: every kind has generated entries.
    assert.ok(a.generated.files >= 300 && a.generated.files < 320, String(a.generated.files));
    for (const kind of KINDS) assert.ok(a.generated.synthetic[kind] > 0, `no generated ${kind}`);
    assert.deepEqual(a.files, b.files);
    for (const [path, text] of a.files) {
      const { data, body } = splitFrontmatter(text, path);
      assert.ok(typeof data['title'] === 'string' && typeof data['summary'] === 'string', path);
      assert.equal(path.endsWith('.mdx'), /^import /m.test(body), path);
    }
  } finally {
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
  }
});

test('every component a generated article imports is a content component of the project, at a path that resolves', () => {
  const { dir, files: set } = make(1_000);
  try {
    const imported = new Set<string>();
    for (const [path, text] of set) {
      for (const [, name, from] of text.matchAll(/^import (\w+) from '([^']+)';$/gm)) {
        assert.ok(existsSync(resolve(dirname(join(dir, path)), from!)), `${path} imports ${from}, which does not exist`);
        imported.add(name!);
      }
    }
    assert.ok(imported.size > 1 && [...imported].every((name) => name in CONTENT_COMPONENTS), [...imported].join(', '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
