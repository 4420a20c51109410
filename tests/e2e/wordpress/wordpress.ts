/**
 * WordPress's own oEmbed consumer (tests/e2e/wordpress/oembed.php), run with
 * Debian's `wordpress` and `php-cli` packages. `npm test` makes sure of them
 * before any test; run alone, this test does the same with the same function:
 * root on Debian gets them installed (about 30 seconds), anyone else is told
 * the command.
 */
import { execFileSync } from 'node:child_process';
import { ensureTools, WORDPRESS } from '../../../scripts/lib/system-tools.ts';

export function ensureWordPress(): void {
  const stop = ensureTools([WORDPRESS]);
  if (stop) throw new Error(stop);
}

export interface Embedded {
  /** The URL pasted into WordPress. */
  url: string;
  /** The oEmbed href WordPress discovered on the page, or false. */
  provider: string | false;
  /** Every URL WordPress requested, as it built them. */
  requested: string[];
  data: { type: string; url: string; html: string } | false;
  /** What WordPress puts into the post. */
  html: string | false;
}

/** Pastes each URL into WordPress; requests to `site` go to `host` (the build's address does not resolve here). */
export function embedInWordPress(site: string, host: string, urls: string[]): Embedded[] {
  const out = execFileSync('php', ['tests/e2e/wordpress/oembed.php', site, host, ...urls], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(out);
}
