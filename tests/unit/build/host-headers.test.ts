import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { headersFile, headersFor, nginxConfig, nginxHeadersFor, PAGE_PATHS, parseHeadersFile } from '../../../src/lib/build/host-headers.ts';
import { ARTICLE_KINDS } from '../../../src/lib/model/urls.ts';

const hosted = parseHeadersFile(headersFile());
const sent = (path: string) => headersFor(path, hosted);

const PAGES = ['/', '/index.html', '/404.html', '/types/swedish-massage/index.html', '/about/index.html', '/types/swedish-massage/', '/types/', '/types/mld/', '/guides/glossary/', '/compare/a-vs-b/', '/compare/', '/decide/pregnant-no/', '/search/', '/for-clinics/', '/codes/icd-10/M54/', '/handouts/types/swedish-massage/'];

test('every page refuses to be framed; only the embed cards may be', () => {
  for (const path of PAGES) {
    assert.equal(sent(path).get('x-frame-options'), 'DENY', path);
    assert.equal(sent(path).get('content-security-policy'), "frame-ancestors 'none'", path);
  }
  const embed = sent('/embed/types/swedish-massage/');
  assert.equal(embed.get('x-frame-options'), undefined);
  assert.equal(embed.get('content-security-policy'), 'frame-ancestors *');
});

test('Cloudflare Pages and Netlify read the same file: no "! Name", and no header set twice on one path', () => {
  const file = headersFile();
  assert.doesNotMatch(file, /^\s+!/m, 'Netlify does not understand "! Name"');
  // Both hosts join a header set by two matching rules with ", ": for a CSP that means two policies.
  for (const path of [...PAGES, '/embed/types/x/', '/api/v1/types.json', '/oembed/types/x.json', '/og/types/x.png', '/qr/types/x.svg', '/favicon.svg']) {
    for (const [name, value] of sent(path)) if (name !== 'permissions-policy') assert.doesNotMatch(value, /, /, `${path}: ${name} is set by two rules: ${value}`);
  }
});

test('every response is https-only for a year (HSTS) and keeps the base headers', () => {
  for (const path of [...PAGES, '/embed/types/x/', '/api/v1/codes.json', '/og/types/x.png']) {
    assert.equal(sent(path).get('strict-transport-security'), 'max-age=31536000; includeSubDomains', path);
    assert.equal(sent(path).get('x-content-type-options'), 'nosniff', path);
  }
});

test('the API and oEmbed files may be read from any origin; pages may not', () => {
  assert.equal(sent('/api/v1/conditions.json').get('access-control-allow-origin'), '*');
  assert.equal(sent('/oembed/types/swedish-massage.json').get('access-control-allow-origin'), '*');
  assert.equal(sent('/types/swedish-massage/').get('access-control-allow-origin'), undefined);
});

test('no folder of pages in src/pages is left without the framing rule', () => {
  const covered = (prefix: string) => PAGE_PATHS.some((p) => p === `/${prefix}/*` || (prefix === '' && p === '/'));
  for (const entry of readdirSync('src/pages', { withFileTypes: true })) {
    if (entry.name === 'embed') continue;
    const pages = entry.isDirectory() ? readdirSync(`src/pages/${entry.name}`, { recursive: true }).some((f) => String(f).endsWith('.astro')) : entry.name.endsWith('.astro');
    if (!pages) continue;
    const name = entry.name.replace(/\.astro$/, '');
    // [kind] holds the kind index pages and the alias redirects, under each kind's folder.
    // [...kept] holds redirects of renamed entries' cards (framed on purpose), handouts and pair pages.
    const prefixes = name === '[kind]' ? [...ARTICLE_KINDS] : name === '[...kept]' ? ['handouts', 'compare'] : name === 'index' ? [''] : name === '404' ? [] : [name];
    for (const prefix of prefixes) assert.ok(covered(prefix), `src/pages/${entry.name} makes pages under /${prefix}/ that no framing rule names`);
  }
});

// Images and other files get nginx's `location /` framing headers too, which only a page needs: harmless on a PNG.
test('nginx sends every page, card and machine-readable file the same headers as Cloudflare Pages and Netlify', () => {
  for (const path of [...PAGES, '/embed/types/x/', '/embed/types/x/index.html', '/api/v1/types.json', '/oembed/types/x.json']) {
    assert.deepEqual(new Map([...nginxHeadersFor(path, nginxConfig())].sort()), new Map([...sent(path)].sort()), path);
  }
});

test('the nginx configuration in docs/deploying.md is the one generated from the same rules', () => {
  const readme = readFileSync('docs/deploying.md', 'utf8');
  const block = /```nginx\n([\s\S]*?)\n```/.exec(readme)?.[1];
  assert.equal(block, nginxConfig());
  assert.match(nginxConfig(), /location \/ \{\n  include kb-headers\.conf;\n  add_header X-Frame-Options DENY always;/);
});
