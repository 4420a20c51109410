import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localModules, renderInputsDigest } from '../../../src/lib/build/render-inputs.ts';

/** A project in memory: the config imports a plugin, which imports the section registry by a type-only and a value import. */
const PROJECT: Record<string, string> = {
  '/site/astro.config.mjs': "import { glossaryLinks } from './src/markdown/glossary-plugin.ts';\nimport mdx from '@astrojs/mdx';\n",
  '/site/src/markdown/glossary-plugin.ts': "import type { X } from '../lib/model/glossary-links.ts';\nexport { sections } from '../lib/model/sections.ts';\n",
  '/site/src/lib/model/glossary-links.ts': 'export type X = 1;\n',
  '/site/src/lib/model/sections.ts': "export const sections = ['what-it-is'];\n",
  '/site/src/lib/search/unused.ts': 'export const notImported = 1;\n',
  '/site/content/glossary.yaml': '- id: effleurage\n',
};
const reader = (files: Record<string, string>) => (path: string) => files[path];
const digest = (changes: Record<string, string | undefined> = {}) =>
  renderInputsDigest('/site/astro.config.mjs', ['/site/content/glossary.yaml', '/site/package-lock.json'], reader({ ...PROJECT, ...changes } as Record<string, string>));

test('the modules are the config and every local module it reaches, not packages or modules it never imports', () => {
  assert.deepEqual(localModules('/site/astro.config.mjs', reader(PROJECT)), [
    '/site/astro.config.mjs',
    '/site/src/lib/model/glossary-links.ts',
    '/site/src/lib/model/sections.ts',
    '/site/src/markdown/glossary-plugin.ts',
  ]);
});

test('the digest changes with the glossary, any module the config reaches, or the lock file, and with nothing else', () => {
  const before = digest();
  assert.equal(digest(), before);
  assert.notEqual(digest({ '/site/content/glossary.yaml': '- id: kneading\n' }), before, 'a changed glossary');
  assert.notEqual(digest({ '/site/src/lib/model/sections.ts': "export const sections = ['what-is-it'];\n" }), before, 'a module two imports away');
  assert.notEqual(digest({ '/site/package-lock.json': '{}' }), before, 'an installed package');
  assert.equal(digest({ '/site/src/lib/search/unused.ts': 'export const notImported = 2;\n' }), before, 'a module the config never loads');
});

test('a module the config imports but that cannot be read is an error, not a digest without it', () => {
  assert.throws(() => digest({ '/site/src/lib/model/sections.ts': undefined }), /sections\.ts is imported by the Markdown configuration but cannot be read/);
});
