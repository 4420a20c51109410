/**
 * WordPress's own oEmbed consumer (tests/e2e/wordpress/oembed.php), run with
 * Debian's `wordpress` and `php-cli` packages. Like .ci/run does for Chromium,
 * a root user on Debian gets them installed when missing (about 30 seconds);
 * anyone else is told the command.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const WP_OEMBED = '/usr/share/wordpress/wp-includes/class-wp-oembed.php';
const PACKAGES = ['php-cli', 'wordpress'];

function installed(): boolean {
  return existsSync(WP_OEMBED) && !spawnSync('php', ['--version']).error;
}

export function ensureWordPress(): void {
  if (installed()) return;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`This test runs WordPress's oEmbed code from Debian's packages: sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { env, stdio: 'ignore' });
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
