import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentLoaderWarnings, formatLoaderWarnings } from '../../../src/lib/checks/loader-warnings.ts';

const OUTPUT = `10:18:05 [content] Syncing content
10:18:05 [WARN] [glob-loader] Duplicate id "swedish-massage" found in content/types/Swedish-Massage.md. Later items with the same id will overwrite earlier ones.
10:18:05 [WARN] [file-loader] No items found in content/sources.yaml
10:18:05 [WARN] [content] Content config not loaded
10:18:06 [WARN] [vite] Some chunks are larger than 500 kB
10:18:06 [build] ✓ Completed in 2.68s.`;

test('warnings of content loaders and the content layer are found; others are not', () => {
  assert.deepEqual(contentLoaderWarnings(OUTPUT), [
    '[glob-loader] Duplicate id "swedish-massage" found in content/types/Swedish-Massage.md. Later items with the same id will overwrite earlier ones.',
    '[file-loader] No items found in content/sources.yaml',
    '[content] Content config not loaded',
  ]);
  assert.deepEqual(contentLoaderWarnings('10:18:05 [content] Synced content\n'), []);
});

test('the message lists each warning once, with the fix', () => {
  const message = formatLoaderWarnings(['[file-loader] No items found in content/sources.yaml']);
  assert.match(message, /^1 content loader warning stopped the build/);
  assert.match(message, /- \[file-loader\] No items found in content\/sources\.yaml\n  Fix: correct the file/);
});
