/**
 * A small static host for end-to-end tests that, unlike `astro preview`,
 * applies the built _headers file the way Cloudflare Pages and Netlify do
 * (src/lib/host-headers.ts: headersFor), so the tests see the framing, CORS
 * and HSTS headers a real deployment sends. A path that is not valid
 * percent-encoding (/%E0%A4%A) answers 400, as hosts do, instead of crashing.
 *
 *   node tests/support/static-host.ts --root dist --port 4330
 *   node tests/support/static-host.ts --root tests/fixtures/clinic-site --port 4331 --replace SITE_ORIGIN=http://localhost:4330
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile } from '../../src/lib/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.xml': 'application/xml', '.wasm': 'application/wasm', '.txt': 'text/plain',
};

/** The decoded path of a request, or undefined when its percent-encoding is malformed. */
function requestPath(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://x').pathname);
  } catch {
    return undefined;
  }
}

/** A server for the files under `root`; `replace` swaps a token in HTML for a value (the clinic page's link to the site). */
export function createStaticHost(root: string, replace?: { token: string; value: string }): Server {
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  return createServer((req, res) => {
    const path = requestPath(req.url);
    if (path === undefined) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: the path is not valid percent-encoding');
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!existsSync(file)) [file, status] = [join(root, '404.html'), 404];
    if (!existsSync(file)) return void res.writeHead(404).end('Not found');
    let body: Buffer | string = readFileSync(file);
    if (replace && extname(file) === '.html') body = body.toString('utf8').replaceAll(replace.token, replace.value);
    res.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...Object.fromEntries(headersFor(path, rules)) });
    res.end(body);
  });
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string' }, replace: { type: 'string' } } });
  const [token, value] = values.replace?.split('=') ?? [];
  createStaticHost(values.root!, token && value !== undefined ? { token, value } : undefined).listen(Number(values.port), '127.0.0.1');
}
