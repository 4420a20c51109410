/**
 * The response headers of the site, described once and written for each host:
 * a `_headers` file that Cloudflare Pages and Netlify both read, and an nginx
 * configuration (README.md shows it; a test keeps the two equal). The page's
 * own <meta> carries the script and style policy; framing rules only work as
 * headers, so they live here: no page may be framed except the embeddable
 * cards under /embed/, and machines may read /api/ and /oembed/ from any origin.
 *
 * Both hosts combine the headers of every rule whose path matches, joining two
 * values of one header with ", " (two Content-Security-Policies, both enforced,
 * so "frame-ancestors 'none'" would win over the embeds' "*"). Cloudflare can
 * detach a header with "! Name", Netlify cannot; so each header is set by
 * rules whose paths never overlap, and the file needs neither.
 */
import { hostPathPatterns, underBase } from '../model/urls.ts';

/** Sent with every response. */
export const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  // A year of https only, for every subdomain too; the site has no http-only part.
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
} as const;

export const NO_FRAMING = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
} as const;

/** Embeds may be framed by any site. */
export const EMBED_FRAMING = { 'Content-Security-Policy': 'frame-ancestors *' } as const;
export const EMBED_PATHS = hostPathPatterns((route) => route.serves === 'card');

/** Clinics' own pages fetch the API and oEmbed files from their origin. */
export const CROSS_ORIGIN = { 'Access-Control-Allow-Origin': '*' } as const;
export const CROSS_ORIGIN_PATHS = hostPathPatterns((route) => route.crossOrigin === true);

/**
 * Every path with HTML pages, apart from the embeds: each gets the framing
 * headers by a rule of its own, from the route table (src/lib/model/urls.ts),
 * so a new page family refuses framing from the day it is added. A host's
 * not-found page answers at the missing path, which no rule names, so on these
 * two hosts it may be framed; it has nothing to click.
 */
export const PAGE_PATHS = hostPathPatterns((route) => route.serves === 'page' || route.serves === 'redirect');

/** One path pattern and the headers it adds ("*" matches any characters, "/" included). */
export interface PathHeaders {
  path: string;
  headers: Readonly<Record<string, string>>;
}

export function headerRules(): PathHeaders[] {
  return [
    { path: '/*', headers: HEADERS },
    ...PAGE_PATHS.map((path) => ({ path, headers: NO_FRAMING })),
    ...EMBED_PATHS.map((path) => ({ path, headers: EMBED_FRAMING })),
    ...CROSS_ORIGIN_PATHS.map((path) => ({ path, headers: CROSS_ORIGIN })),
  ];
}

/** The `_headers` file for Cloudflare Pages and Netlify (one syntax both read). */
export function headersFile(rules: PathHeaders[] = headerRules()): string {
  return rules.flatMap((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)]).join('\n') + '\n';
}

const nginxValue = (value: string) => (/[\s;"']/.test(value) ? `"${value.replace(/"/g, '\\"')}"` : value);

/**
 * The same rules for nginx, which drops a server's add_header lines in any
 * location that has its own: the headers for every response go in an include.
 * nginx picks the longest matching location, so `location /` is every path no
 * other rule names, the framing rule included.
 */
export function nginxConfig(rules: PathHeaders[] = headerRules()): string {
  const lines = (headers: Readonly<Record<string, string>>, indent: string) =>
    Object.entries(headers).map(([name, value]) => `${indent}add_header ${name} ${nginxValue(value)} always;`);
  const all = rules.find((r) => r.path === '/*')!;
  const own = rules.filter((r) => r.path !== '/*' && !PAGE_PATHS.includes(r.path));
  const location = (path: string, headers: Readonly<Record<string, string>>) => [`location ${path} {`, '  include kb-headers.conf;', ...lines(headers, '  '), '}'];
  return [
    '# kb-headers.conf',
    ...lines(all.headers, ''),
    '',
    '# server block',
    ...own.flatMap((r) => location(r.path.replace(/\*$/, ''), r.headers)),
    ...location('/', NO_FRAMING),
  ].join('\n');
}

export function redirectsFile(redirects: { from: string; to: string }[], base = '/'): string {
  return redirects.map((r) => `${underBase(r.from, base)} ${underBase(r.to, base)} 301`).join('\n') + '\n';
}

/** The two ways a host is told the headers: the _headers file (Cloudflare Pages, Netlify) and nginx's configuration. */
export const HOSTS = ['pages', 'nginx'] as const;
export type Host = (typeof HOSTS)[number];

/**
 * The headers nginx sends for a path under the configuration nginxConfig()
 * writes: the longest `location` prefix that matches, with what it includes.
 * The test host serves with it, so the nginx copy is checked path by path as
 * the _headers file is, not only compared as text.
 */
export function nginxHeadersFor(path: string, config: string): Map<string, string> {
  const [included = '', server = ''] = config.split('# server block');
  const addHeaders = (text: string) =>
    [...text.matchAll(/^\s*add_header (\S+) ("(?:[^"\\]|\\.)*"|\S+) always;$/gm)].map(([, name, value]) => [name!.toLowerCase(), value!.replace(/^"|"$/g, '').replace(/\\"/g, '"')] as const);
  const locations = [...server.matchAll(/^location (\S+) \{\n([\s\S]*?)^\}/gm)].map(([, prefix, body]) => ({
    prefix: prefix!,
    headers: [...(/^\s*include kb-headers\.conf;$/m.test(body!) ? addHeaders(included) : []), ...addHeaders(body!)],
  }));
  const match = locations.filter((l) => path.startsWith(l.prefix)).sort((a, b) => b.prefix.length - a.prefix.length)[0];
  return new Map(match?.headers ?? []);
}

/** One path rule of a _headers file, as a host applies it. */
export interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  remove: string[];
}

/** Reads a _headers file (including Cloudflare's "! Name", which removes a header an earlier rule set). */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
      rules.push({ pattern, set: [], remove: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    const entry = line.trim();
    if (entry.startsWith('!')) rule.remove.push(entry.slice(1).trim().toLowerCase());
    else {
      const at = entry.indexOf(':');
      rule.set.push([entry.slice(0, at).trim().toLowerCase(), entry.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a host sends for a path, as Cloudflare Pages and Netlify apply
 * the rules: every matching rule in order, a header set twice gets both values
 * joined with ", ", and "! Name" removes what earlier rules set.
 */
export function headersFor(path: string, rules: HeaderRule[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.remove) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
  }
  return headers;
}
