/**
 * The one static host of the project, for `npm run audit` (Lighthouse) and the
 * end-to-end tests: it serves a folder as Cloudflare Pages or Netlify would, so
 * pages are checked as readers receive them. Directory URLs get their
 * index.html (without the trailing slash, a 301 to it), a missing file gets
 * 404.html with status 404, text is gzipped when the client accepts it, and the
 * folder's _headers rules apply in order, "! Name" removing a header an earlier
 * rule set, so tests see the framing rules a deployment sends. With
 * `host: 'nginx'` it sends what the nginx configuration of docs/deploying.md
 * gives each path instead, so every documented host is tested the same way.
 *
 *   node scripts/lib/static-server.ts --root dist --port 4330
 *   node scripts/lib/static-server.ts --root tests/fixtures/clinic-site --port 4331 --replace SITE_ORIGIN=http://localhost:4330
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { headersFor, nginxConfig, nginxHeadersFor, parseHeadersFile, type Host } from '../../src/lib/build/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

export interface StaticServerOptions {
  root: string;
  /** 0 picks a free port; read it from the server's address(). */
  port?: number;
  /** In HTML files, every occurrence of `token` becomes `value` (a fixture's links to the site under test). */
  replace?: { token: string; value: string } | undefined;
  /** Whose header rules apply: the folder's _headers (Cloudflare Pages, Netlify; the default) or nginx's. */
  host?: Host | undefined;
}

export function startStaticServer({ root: folder, port = 0, replace, host = 'pages' }: StaticServerOptions): Promise<Server> {
  const root = resolve(folder);
  const headerRules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const nginx = nginxConfig();
  const headersOf = (path: string) => (host === 'nginx' ? nginxHeadersFor(path, nginx) : headersFor(path, headerRules));
  const gzipped = new Map<string, Buffer>();
  const read = (file: string): Buffer => {
    const body = readFileSync(file);
    return replace && extname(file) === '.html' ? Buffer.from(body.toString('utf8').replaceAll(replace.token, replace.value)) : body;
  };
  const server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request: the path is not valid percent-encoding');
      return;
    }
    let file = resolve(root, `.${pathname}`);
    let status = 200;
    if (file !== root && !file.startsWith(root + sep)) file = '';
    else if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { Location: `${new URL(req.url ?? '/', 'http://x').pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
      if (!existsSync(file)) return void res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
    for (const [name, value] of headersOf(pathname)) res.setHeader(name, value);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = read(file);
    res.setHeader('Content-Type', type);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      // Compressed once per file at level 9, as a static host or a deploy step would.
      body = gzipped.get(file) ?? gzipped.set(file, gzipSync(body, { level: 9 })).get(file)!;
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
    }
    res.writeHead(status, { 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string' }, replace: { type: 'string' }, host: { type: 'string' } } });
  if (!values.root || !values.port || (values.host && values.host !== 'pages' && values.host !== 'nginx')) {
    throw new Error('usage: node scripts/lib/static-server.ts --root <folder> --port <port> [--replace TOKEN=value] [--host pages|nginx]');
  }
  const at = values.replace?.indexOf('=') ?? -1;
  const replace = values.replace && at > 0 ? { token: values.replace.slice(0, at), value: values.replace.slice(at + 1) } : undefined;
  await startStaticServer({ root: values.root, port: Number(values.port), replace, host: values.host as Host | undefined });
}
