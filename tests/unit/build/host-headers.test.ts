import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { headersFile, headersFor, nginxConfig, nginxHeadersFor, parseHeadersFile } from '../../../src/lib/build/host-headers.ts';
import { ROUTES, type Route } from '../../../src/lib/model/urls.ts';
import { examplePaths } from '../model/route-examples.ts';

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

test('every route that serves a page or a redirect refuses framing, whatever its folder (the route table in src/lib/model/urls.ts)', () => {
  for (const [name, route] of Object.entries(ROUTES) as [string, Route][]) {
    if (route.serves !== 'page' && route.serves !== 'redirect') continue;
    // Kept old addresses (/[...kept]/) answer only under other routes' folders (checks/url-contract.ts), each with its own rule.
    if (route.pattern.startsWith('/[...')) continue;
    for (const path of examplePaths(route)) assert.equal(sent(path).get('x-frame-options'), 'DENY', `${name}: ${path}`);
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
