/**
 * The build benchmark on a small set (about 60 generated entries beside the
 * real content), cold and again after one edit, as `npm run bench:build`
 * runs its sets: a change to the schemas, the checks or the components that
 * the generator no longer matches fails here, not in a 25-minute benchmark.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { run, snapshotProject } from '../../scripts/bench-build/main.ts';

test('the build benchmark builds a small generated set, then rebuilds it after an edit', async () => {
  const base = mkdtempSync(join(tmpdir(), 'bench-build-test-'));
  try {
    const rows = await run({ sizes: [150], keep: false, skipReal: true }, base, snapshotProject(base));
    assert.deepEqual(rows.map((r) => [r.label, r.m.ok]), [['150 entries', true], ['150 entries, rebuilt', true]], rows.map((r) => r.m.log.slice(-3000)).join('\n'));
    // Every generated article is a page: the real site's 1,695 pages and more.
    assert.ok(rows[0]!.m.pages > 1_800, `${rows[0]!.m.pages} pages`);
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
});
