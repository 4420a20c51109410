import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { headersFile, HOSTS } from '../../../src/lib/build/host-headers.ts';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-host-'));
let host: Server;
let origin = '';
const hosts: Server[] = [];

before(async () => {
  for (const dir of ['types/swedish-massage', 'embed/types/swedish-massage', 'api/v1']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, '_headers'), headersFile());
  writeFileSync(join(root, 'index.html'), '<title>Home</title>');
  writeFileSync(join(root, '404.html'), '<title>Not found</title>');
  writeFileSync(join(root, 'types/swedish-massage/index.html'), '<title>Swedish massage</title>');
  writeFileSync(join(root, 'embed/types/swedish-massage/index.html'), '<title>Card</title>');
  writeFileSync(join(root, 'api/v1/types.json'), '[]');
  // The host reads _headers when it starts, as a deployment reads it when published.
  host = await startStaticServer({ root });
  origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

after(() => {
  host.close();
  for (const h of hosts) h.close();
  rmSync(root, { recursive: true, force: true });
});

test('a malformed percent-encoding answers 400, and the host keeps serving', async () => {
  const bad = await fetch(`${origin}/%E0%A4%A`);
  assert.equal(bad.status, 400);
  assert.equal((await fetch(`${origin}/`)).status, 200);
});

test('the host sends the headers the _headers rules give each path', async () => {
  const page = await fetch(`${origin}/types/swedish-massage/`);
  assert.equal(page.headers.get('x-frame-options'), 'DENY');
  assert.equal(page.headers.get('content-security-policy'), "frame-ancestors 'none'");
  assert.equal(page.headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains');
  const card = await fetch(`${origin}/embed/types/swedish-massage/`);
  assert.equal(card.headers.get('x-frame-options'), null);
  assert.equal(card.headers.get('content-security-policy'), 'frame-ancestors *');
  const api = await fetch(`${origin}/api/v1/types.json`);
  assert.equal(api.headers.get('access-control-allow-origin'), '*');
  assert.equal((await fetch(`${origin}/no-such-page/`)).status, 404);
  // The URL parser resolves encoded dots inside the site, so nothing outside the root is reachable.
  assert.equal((await fetch(`${origin}/%2e%2e/%2e%2e/etc/passwd`)).status, 404);
});

test('every documented host refuses framing for every HTML path, /index.html included; only the cards may be framed', async () => {
  const pages = ['/', '/index.html', '/404.html', '/no-such-page/', '/types/swedish-massage/', '/types/swedish-massage/index.html'];
  for (const name of HOSTS) {
    const server = await startStaticServer({ root, host: name });
    hosts.push(server);
    const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    for (const path of pages) {
      const page = await fetch(`${at}${path}`);
      // A host's not-found page answers at the missing path, which Cloudflare's and Netlify's rules cannot name (docs/deploying.md).
      if (name === 'pages' && path === '/no-such-page/') continue;
      assert.equal(page.headers.get('x-frame-options'), 'DENY', `${name} ${path}`);
      assert.equal(page.headers.get('content-security-policy'), "frame-ancestors 'none'", `${name} ${path}`);
    }
    for (const path of ['/embed/types/swedish-massage/', '/embed/types/swedish-massage/index.html']) {
      const card = await fetch(`${at}${path}`);
      assert.equal(card.headers.get('x-frame-options'), null, `${name} ${path}`);
      assert.equal(card.headers.get('content-security-policy'), 'frame-ancestors *', `${name} ${path}`);
    }
    assert.equal((await fetch(`${at}/api/v1/types.json`)).headers.get('access-control-allow-origin'), '*', name);
  }
});
