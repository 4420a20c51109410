import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentError } from '../../src/lib/model/content-problems.ts';
import { articleLoader, renderedAfresh, yamlListLoader } from '../../src/loaders.ts';

/** The parts of Astro's loader context the loaders use, over an in-memory store; `logged` collects what reaches Astro's logger. */
function fakeContext(root: string, options: { render?: () => never; stored?: Record<string, unknown>; meta?: Record<string, string> } = {}) {
  const watched = new Map<string, (path: string) => Promise<void>>();
  const entries = new Map(Object.entries(options.stored ?? {}));
  const meta = new Map(Object.entries(options.meta ?? {}));
  const logged: string[] = [];
  const markdown = {
    getEntryInfo: ({ contents }: { contents: string }) => ({ data: {}, body: contents }),
    getRenderFunction: async () => options.render ?? (async () => ({ html: '<p>x</p>' })),
  };
  const log = (message: string) => void logged.push(message);
  const context = {
    collection: 'regions',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { warn: log, error: log, info: () => {}, debug: () => {} },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string }) => void entries.set(entry.id, entry),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      clear: () => entries.clear(),
    },
    meta: { get: (key: string) => meta.get(key), set: (key: string, value: string) => void meta.set(key, value) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => String(text.length),
    entryTypes: new Map([['.md', markdown]]),
    watcher: { add: () => {}, on: (event: string, handler: (path: string) => Promise<void>) => void watched.set(event, handler) },
  } as unknown as LoaderContext;
  return { context, entries, meta, logged, watched };
}

const ARTICLE = '---\ntitle: Jaw\n---\n\nText.\n';

/** One site for every test: each loader also runs the cheap checks of every loader made before it, as in a build. */
const root = mkdtempSync(join(tmpdir(), 'loaders-'));
after(() => rmSync(root, { recursive: true, force: true }));
const FILES = {
  'astro.config.mjs': '',
  'content/regions/jaw.md': ARTICLE,
  'content/conditions/bruxism.md': ARTICLE,
  'content/conditions/tmd.mdx': ARTICLE,
  'content/glossary.yaml': '[]\n',
  'content/findings.yaml': '- id: a\n  outcome: !text pain\n',
  'content/sources.yaml': '- id: a\n',
};
for (const [path, text] of Object.entries(FILES)) {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

test('a body that cannot be rendered stops the load with the renderer\'s own problem, whichever copy of ContentError made it', async () => {
  const problem = { file: 'content/regions/jaw.md', field: 'body', message: 'the body nests too deeply to be rendered', fix: 'flatten it' };
  // The config's modules are another copy of the class: only the problems cross over.
  const render = () => {
    throw Object.assign(new Error('1 content problem'), { problems: [problem] });
  };
  const { context } = fakeContext(root, { render });
  const error = await articleLoader(join(root, 'content'), 'regions', [join(root, 'content/glossary.yaml')]).load(context).catch((e: unknown) => e);
  assert.ok(error instanceof ContentError, String(error));
  assert.deepEqual(error.problems, [problem]);
});

test('an article\'s data is the one reader\'s, not js-yaml\'s: a date is kept as written for the schema to judge', async () => {
  const { context, entries } = fakeContext(root);
  // Astro's own entry type, reading with js-yaml, would turn this date into 2 March.
  const jsYaml = { getEntryInfo: ({ contents }: { contents: string }) => ({ data: { lastReviewed: new Date('2026-03-02') }, body: contents.split('---\n')[2], rawData: '' }), getRenderFunction: async () => async () => ({ html: '' }) };
  (context as unknown as { entryTypes: Map<string, unknown> }).entryTypes = new Map([['.md', jsYaml]]);
  writeFileSync(join(root, 'content/regions/jaw.md'), '---\ntitle: Jaw\nlastReviewed: 2026-02-30\n---\n\nText.\n');
  await articleLoader(join(root, 'content'), 'regions', []).load(context);
  assert.deepEqual((entries.get('jaw') as { data: unknown }).data, { title: 'Jaw', lastReviewed: '2026-02-30' });
  assert.equal((entries.get('jaw') as { body: string }).body, '\nText.\n', 'the body is still Astro\'s');
});

test('what a loader only logs and goes on from (a file of no known type) stops the load, naming the folder', async () => {
  const { context, logged } = fakeContext(root);
  const error = await articleLoader(join(root, 'content'), 'conditions', []).load(context).catch((e: unknown) => e);
  assert.ok(error instanceof ContentError, String(error));
  assert.match(error.message, /content\/conditions → loading: Astro's loader could not load every entry: No entry type found for tmd\.mdx\n {2}Fix: correct what the message names/);
  assert.deepEqual(logged, [], 'nothing reaches Astro\'s log');
});

test('once loaded, what `astro dev` reloads after an edit is logged as Astro logs it, not kept from the author', async () => {
  const sources = join(root, 'content/sources.yaml');
  const { context, logged, watched } = fakeContext(root);
  await yamlListLoader(sources, 'source').load(context);
  writeFileSync(sources, '[]\n');
  await watched.get('change')!(sources);
  assert.deepEqual(logged, ['No items found in ' + sources]);
});

test('an empty YAML list stops the load before the file() loader only warns and the pages lose every entry', async () => {
  const error = await yamlListLoader(join(root, 'content/glossary.yaml'), 'glossary').load(fakeContext(root).context).catch((e: unknown) => e);
  assert.ok(error instanceof ContentError, String(error));
  assert.match(error.message, /glossary\.yaml → line 1: the file lists no glossary entries/);
});

test('a collection is rendered afresh when what its renders read has changed, and kept when it has not', async () => {
  const inner: Loader = { name: 'inner', load: async ({ store }) => void store.set({ id: 'new', data: {} }) };
  const run = async (digest: string, meta: Record<string, string>) => {
    const { context, entries, meta: after } = fakeContext('/site', { stored: { old: { id: 'old' } }, meta });
    await renderedAfresh(inner, () => digest).load(context);
    return { ids: [...entries.keys()], recorded: after.get('render-inputs') };
  };
  assert.deepEqual(await run('glossary 2', { 'render-inputs': 'glossary 1' }), { ids: ['new'], recorded: 'glossary 2' });
  assert.deepEqual(await run('glossary 1', { 'render-inputs': 'glossary 1' }), { ids: ['old', 'new'], recorded: 'glossary 1' });
  assert.deepEqual(await run('glossary 1', {}), { ids: ['new'], recorded: 'glossary 1' });
});

test('a YAML file the one reader refuses stops the load, though the store still holds the last good entries', async () => {
  const { context, entries } = fakeContext(root, { stored: { a: { id: 'a', data: { outcome: 'pain' } } } });
  const error = await yamlListLoader(join(root, 'content/findings.yaml'), 'finding').load(context).catch((e: unknown) => e);
  assert.ok(error instanceof ContentError, String(error));
  assert.match(error.message, /findings\.yaml → line 2: the tag: !text is not read the same way everywhere/);
  assert.deepEqual([...entries.keys()], ['a'], 'the build stops; nothing is published from the old entries');
});
