import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { headersFile } from '../../../src/lib/build/host-headers.ts';
import { startStaticServer } from '../../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'static-host-'));
let host: Server;
let origin = '';

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
