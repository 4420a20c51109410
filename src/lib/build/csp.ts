/**
 * Astro writes the same Content-Security-Policy on every page, listing the
 * hash of every script and style it bundled anywhere in the site, even those
 * served as files (which 'self' already allows). Each hash is ~50 bytes that
 * gzip cannot shrink, so a page would carry a dozen it never uses. After the
 * build, each page keeps only the hashes of its own inline <script> and
 * <style> blocks: a smaller policy, and a stricter one.
 */
import { createHash } from 'node:crypto';

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style[^>]*>([\s\S]*?)<\/style>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function inlineHashes(html: string, pattern: RegExp): Set<string> {
  return new Set([...html.matchAll(pattern)].map((m) => sha256(m[1]!)));
}

/** The page with hash sources for code it does not contain removed from its CSP meta. */
export function pruneCspHashes(html: string): string {
  const meta = CSP_META.exec(html);
  if (!meta) return html;
  const used = { 'script-src': inlineHashes(html, INLINE_SCRIPT), 'style-src': inlineHashes(html, INLINE_STYLE) };
  const policy = meta[1]!
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive.trim();
      return [name, ...sources.filter((s) => !s.startsWith("'sha256-") || used[name].has(s))].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return html.replace(meta[0], `<meta http-equiv="content-security-policy" content="${policy}">`);
}
