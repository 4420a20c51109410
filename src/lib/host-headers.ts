/**
 * Response headers for static hosts that read a _headers file (Cloudflare
 * Pages syntax, which Netlify shares except for "! Name"); README.md shows the
 * same rules for nginx. The page's own <meta> carries the script and style
 * policy; framing rules only work as headers, so they live here: no page may
 * be framed except the embeddable cards under /embed/.
 */
export const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
} as const;

export const NO_FRAMING = {
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
} as const;

/** Embeds may be framed by any site; "! Name" removes a header an earlier rule set. */
export const EMBED_FRAMING = { 'Content-Security-Policy': 'frame-ancestors *' } as const;
export const EMBED_PATH = '/embed/*';

export function headersFile(): string {
  const lines = (headers: Record<string, string>) => Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    '/*',
    ...lines({ ...HEADERS, ...NO_FRAMING }),
    EMBED_PATH,
    ...Object.keys(NO_FRAMING).map((name) => `  ! ${name}`),
    ...lines(EMBED_FRAMING),
    '',
  ].join('\n');
}

export function redirectsFile(redirects: { from: string; to: string }[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + '\n';
}

/** One path rule of a _headers file, as a host applies it. */
export interface HeaderRule {
  pattern: RegExp;
  set: [string, string][];
  remove: string[];
}

/** Reads a _headers file (Cloudflare Pages syntax, including "! Name" to remove a header). */
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

/** The headers a host sends for a path: matching rules in order, later ones overriding or removing. */
export function headersFor(path: string, rules: HeaderRule[]): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const name of rule.remove) headers.delete(name);
    for (const [name, value] of rule.set) headers.set(name, value);
  }
  return headers;
}
