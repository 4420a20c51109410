/**
 * The layer rules of .dependency-cruiser.mjs (run over the real tree by
 * `npm test`'s "layers" step) fail a wrong import with the rule's name. Each
 * case plants one import in a small tree laid out like ours.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { cruise, type IConfiguration } from 'dependency-cruiser';
import config from '../../../.dependency-cruiser.mjs';

const rules = (config as IConfiguration).forbidden ?? [];
const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** The rules broken by a tree whose files each import the ones listed. */
async function broken(files: Record<string, string[]>): Promise<string[]> {
  const root = mkdtempSync(join(tmpdir(), 'layers-'));
  roots.push(root);
  for (const [file, imports] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    const lines = imports.map((to, i) => `import { x as x${i} } from '${relativeTo(file, to)}';`);
    writeFileSync(join(root, file), `${lines.join('\n')}\nexport const x = 1;\n`);
  }
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const { output } = await cruise(['src', 'scripts'].filter((dir) => Object.keys(files).some((f) => f.startsWith(dir))), { validate: true, ruleSet: { forbidden: rules }, tsPreCompilationDeps: true });
    const result = typeof output === 'string' ? JSON.parse(output) : output;
    return [...new Set<string>(result.summary.violations.map((v: { rule: { name: string } }) => v.rule.name))].sort();
  } finally {
    process.chdir(cwd);
  }
}

function relativeTo(from: string, to: string): string {
  const up = from.split('/').slice(0, -1).map(() => '..');
  return `${up.join('/')}/${to}`;
}

test('imports that point down pass', async () => {
  assert.deepEqual(
    await broken({
      'src/lib/model/a.ts': [],
      'src/lib/checks/b.ts': ['src/lib/model/a.ts'],
      'src/lib/views/c.ts': ['src/lib/checks/b.ts'],
      'src/lib/clinics/d.ts': ['src/lib/views/c.ts'],
      'src/pages/e.ts': ['src/lib/clinics/d.ts'],
      'src/schemas/f.ts': ['src/lib/model/a.ts'],
    }),
    [],
  );
});

test('each upward import fails with its rule', async () => {
  assert.deepEqual(await broken({ 'src/lib/model/a.ts': ['src/lib/checks/b.ts'], 'src/lib/checks/b.ts': [] }), ['model-is-the-bottom-layer']);
  assert.deepEqual(await broken({ 'src/lib/search/a.ts': ['src/lib/views/b.ts'], 'src/lib/views/b.ts': [] }), ['checks-search-build-stand-on-the-model']);
  assert.deepEqual(await broken({ 'src/lib/views/a.ts': ['src/lib/clinics/b.ts'], 'src/lib/clinics/b.ts': [] }), ['views-never-import-clinic-formats']);
  assert.deepEqual(await broken({ 'src/lib/clinics/a.ts': ['src/data/b.ts'], 'src/data/b.ts': [] }), ['lib-never-imports-routes-or-components']);
  assert.deepEqual(await broken({ 'src/schemas/a.ts': ['src/lib/views/b.ts'], 'src/lib/views/b.ts': [] }), ['schemas-stand-on-the-model']);
});

test('an import cycle fails, even between two modules of one layer', async () => {
  assert.deepEqual(await broken({ 'src/lib/search/a.ts': ['src/lib/search/b.ts'], 'src/lib/search/b.ts': ['src/lib/search/a.ts'] }), ['no-import-cycles']);
});
