import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ANCHOR_MANIFEST, URL_MANIFEST } from '../../../src/lib/build/build-dirs.ts';
import { parseUrlManifest } from '../../../src/lib/model/urls.ts';
import { droppedLines, firstAdded, manifestHistory } from '../../../scripts/lib/url-history.ts';

const PATCH = `commit aaa
diff --git a/content/published-urls.txt b/content/published-urls.txt
+++ b/content/published-urls.txt
+# Every public URL
+/types/vodder-method/
+/techniques/effleurage/
commit bbb
--- a/content/published-urls.txt
+++ b/content/published-urls.txt
-/techniques/effleurage/
+/techniques/effleurage-strokes/
+/types/vodder-method/
`;

test('each line a commit ever added is kept with the first commit that added it; headers are not lines', () => {
  const added = firstAdded(PATCH);
  assert.deepEqual([...added], [
    ['/types/vodder-method/', 'aaa'],
    ['/techniques/effleurage/', 'aaa'],
    ['/techniques/effleurage-strokes/', 'bbb'],
  ]);
  assert.deepEqual(droppedLines(added, new Set(['/types/vodder-method/', '/techniques/effleurage-strokes/'])), [{ line: '/techniques/effleurage/', commit: 'aaa' }]);
});

test('the URL manifests are append-only: every line ever committed is still in the working copy', (t) => {
  const history = manifestHistory();
  if (history === undefined) return t.skip('not a git checkout');
  const current = new Set([URL_MANIFEST, ANCHOR_MANIFEST].flatMap((file) => (existsSync(file) ? parseUrlManifest(readFileSync(file, 'utf8')) : [])));
  const dropped = droppedLines(firstAdded(history), current).map(({ line, commit }) => `${line} (added in ${commit.slice(0, 10)})`);
  assert.deepEqual(dropped, [], `lines removed from ${URL_MANIFEST} or ${ANCHOR_MANIFEST}: put them back (a removed page keeps its URL through an alias or contract/redirects.txt; a reworded heading keeps its old id as "{ #id }")`);
});
