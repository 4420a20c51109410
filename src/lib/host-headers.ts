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
