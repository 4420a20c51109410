import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { CONTENT_COMPONENTS, CONTENT_COMPONENTS_DIR, componentImport } from '../../../src/lib/model/content-components.ts';

const ROOT = resolve(import.meta.dirname, '../../..');

test('the list of content components is the folder of content components, file for file', () => {
  const files = readdirSync(join(ROOT, CONTENT_COMPONENTS_DIR)).filter((f) => f.endsWith('.astro')).sort();
  assert.deepEqual(Object.values(CONTENT_COMPONENTS).map((c) => c.file).sort(), files);
});

test('an import line names the component and its file under the folder the article reaches', () => {
  assert.equal(componentImport('GradeRule', '../../src/content-components'), "import GradeRule from '../../src/content-components/GradeRule.astro';");
});
