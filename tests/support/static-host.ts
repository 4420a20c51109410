/**
 * A small static host for end-to-end tests that, unlike `astro preview`,
 * applies the built _headers file the way Cloudflare Pages does: rules whose
 * path pattern matches apply in order, and "! Name" removes a header set by an
 * earlier rule. So the tests see the framing rules a real deployment sends.
 *
 *   node tests/support/static-host.ts --root dist --port 4330
 *   node tests/support/static-host.ts --root tests/fixtures/clinic-site --port 4331 --replace SITE_ORIGIN=http://localhost:4330
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../../src/lib/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.wasm': 'application/wasm', '.txt': 'text/plain',
};

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string' }, replace: { type: 'string' } } });
  const root = values.root!;
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const [token, value] = values.replace?.split('=') ?? [];
  createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) [file, status] = [join(root, '404.html'), 404];
    if (!existsSync(file)) return void res.writeHead(404).end('Not found');
    let body: Buffer | string = readFileSync(file);
    if (token && extname(file) === '.html') body = body.toString('utf8').replaceAll(token, value!);
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...Object.fromEntries(headersFor(path, rules)) });
    res.end(body);
  }).listen(Number(values.port), '127.0.0.1');
}
