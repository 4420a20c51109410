/**
 * Response headers for static hosts that read a _headers file (Netlify,
 * Cloudflare Pages); README.md shows the same rules for nginx.
 * The page's own <meta> carries the script and style policy; framing rules
 * only work as headers, so they live here: no page may be framed.
 */
export const HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "frame-ancestors 'none'",
} as const;

export function headersFile(): string {
  return `/*\n${Object.entries(HEADERS).map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

export function redirectsFile(redirects: { from: string; to: string }[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301`).join('\n') + '\n';
}
