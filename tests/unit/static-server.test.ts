import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { startStaticServer } from '../../scripts/lib/static-server.ts';

function site(): string {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  mkdirSync(join(root, 'types/a'), { recursive: true });
  mkdirSync(join(root, 'embed'));
  writeFileSync(join(root, 'types/a/index.html'), '<a href="SITE_ORIGIN/x/">x</a>');
  writeFileSync(join(root, 'embed/index.html'), 'card');
  writeFileSync(join(root, '404.html'), 'not here');
  writeFileSync(join(root, '_headers'), '/*\n  X-Frame-Options: DENY\n/embed/*\n  ! X-Frame-Options\n');
  return root;
}

test('the static server serves folders as a host does: index.html, a 301 to the slash, 404.html, gzip and _headers', async () => {
  const root = site();
  const server = await startStaticServer({ root, replace: { token: 'SITE_ORIGIN', value: 'http://h' } });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const page = await fetch(`${base}/types/a/`);
    assert.equal(page.status, 200);
    assert.equal(await page.text(), '<a href="http://h/x/">x</a>');
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');

    const noSlash = await fetch(`${base}/types/a`, { redirect: 'manual' });
    assert.deepEqual([noSlash.status, noSlash.headers.get('location')], [301, '/types/a/']);

    const missing = await fetch(`${base}/nothing/`);
    assert.deepEqual([missing.status, await missing.text()], [404, 'not here']);

    assert.equal((await fetch(`${base}/embed/`)).headers.get('x-frame-options'), null);
    assert.equal((await fetch(`${base}/..%2f..%2fetc/passwd`)).status, 404);

    // fetch() would decompress on its own; a plain request shows what the host sent.
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>((done) => {
      get(`${base}/embed/`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      });
    });
    assert.equal(raw.encoding, 'gzip');
    assert.equal(gunzipSync(raw.body).toString(), 'card');
  } finally {
    server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
