import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const checkContent = (root: string, stopped: string) =>
  spawnSync(process.execPath, ['scripts/check-content.ts', '--for', stopped], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });

test('before the dev server or the type check starts, a misspelt key stops it with one line naming the file, the key and the fix', () => {
  const root = mkdtempSync(join(tmpdir(), 'check-content-'));
  try {
    cpSync('tests/fixtures/content', root, { recursive: true });
    assert.equal(checkContent(root, 'the dev server').status, 0);
    const file = join(root, 'types/swedish-massage.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^lastReviewed:/m, 'lastReveiwed:'));
    const result = checkContent(root, 'the dev server');
    assert.equal(result.status, 1);
    assert.equal(result.stderr.trim(), `1 content problem stopped the dev server:\n- ${join(root, 'types/swedish-massage.md')} → lastReveiwed: unknown key \`lastReveiwed\`: did you mean \`lastReviewed\`?`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('npm run dev and npm run check run the content check before Astro', () => {
  const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
  assert.match(scripts['predev']!, /node scripts\/check-content\.ts --for "the dev server"/);
  assert.match(scripts['precheck']!, /node scripts\/check-content\.ts --for "the type check"/);
});
