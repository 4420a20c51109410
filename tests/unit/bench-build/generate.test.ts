import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { distribution, generate } from '../../../scripts/bench-build/generate.ts';
import { seededRandom } from '../../../scripts/bench-build/random.ts';
import { KINDS, readReal } from '../../../scripts/bench-build/real-content.ts';
import { splitFrontmatter } from '../../../scripts/lib/frontmatter.ts';

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

test('a size generated twice gives the same files, with valid frontmatter and an .mdx only where a component is imported', () => {
  const real = readReal(join(PROJECT, 'content'));
  const make = () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
    const generated = generate({ total: 300, dir, real, project: PROJECT, random: seededRandom(300) });
    return { dir, generated, files: files(dir) };
  };
  const a = make();
  const b = make();
  try {
    assert.equal(a.generated.files, 300);
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
