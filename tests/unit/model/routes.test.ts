import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { hostPathPatterns, ROUTES, slugFamilies, type Route } from '../../../src/lib/model/urls.ts';

const routes: [string, Route][] = Object.entries(ROUTES);

test('every route file under src/pages is named by exactly one route, and every route names files that exist', () => {
  const files = readdirSync('src/pages', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.replace(/^src\/pages\//, ''));
  for (const file of files) {
    const owners = routes.filter(([, route]) => route.files.includes(file)).map(([name]) => name);
    assert.equal(owners.length, 1, `src/pages/${file} is named by ${owners.length ? owners.join(' and ') : 'no route'}: add it to ROUTES in src/lib/model/urls.ts`);
  }
  for (const [name, route] of routes) for (const file of route.files) assert.ok(files.includes(file), `ROUTES.${name} names src/pages/${file}, which does not exist`);
});

test('a route that writes HTML is a page, a redirect or a card; a file route writes no HTML', () => {
  for (const [name, route] of routes) {
    const html = route.files.some((file) => file.endsWith('.astro'));
    assert.equal(html, route.serves !== 'file', `ROUTES.${name}`);
  }
});

test('host path patterns: a route by its first folder, one per kind where the kind comes first, single files as they are', () => {
  const table: Route[] = [
    { pattern: '/', files: [], serves: 'page' },
    { pattern: '/[kind]/[slug]/', files: [], serves: 'page', kinds: ['types', 'guides'] },
    { pattern: '/codes/icd-10/[code]/', files: [], serves: 'page' },
    { pattern: '/codes/', files: [], serves: 'page' },
    { pattern: '/404.html', files: [], serves: 'page' },
    { pattern: '/[...kept]/', files: [], serves: 'redirect' },
    { pattern: '/feed.xml', files: [], serves: 'file' },
  ];
  assert.deepEqual(
    hostPathPatterns((route) => route.serves !== 'file', table),
    ['/', '/index.html', '/types/*', '/guides/*', '/codes/*', '/404.html'],
  );
});

test("the families made from an entry's slug come from the route table: pages, cards, handouts and every per-entry file", () => {
  assert.deepEqual(
    slugFamilies().map((f) => `${f.prefix}<${f.kinds.join('|')}>/<slug>${f.suffix}`),
    [
      '/<types|techniques|conditions|regions|guides>/<slug>/',
      '/handouts/<types|conditions>/<slug>/',
      '/embed/<types|techniques|conditions>/<slug>/',
      '/oembed/<types|techniques|conditions>/<slug>.json',
      '/og/<types|techniques|conditions|regions|guides>/<slug>.png',
      '/qr/<types|conditions>/<slug>.svg',
    ],
  );
});
