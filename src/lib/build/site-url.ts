/**
 * The two addresses a deployment is built with, read in one place: SITE_URL,
 * the public address every canonical link, share card, sitemap entry, feed
 * item, embed, QR code, oEmbed and API file carries, and CONTACT_URL, where
 * readers report a problem. Each is parsed once with the WHATWG URL parser
 * (what browsers use, so `https://0x7f.1/` is read as 127.0.0.1 here too) and
 * refused, with the fix, when a reader could not use it or it would publish
 * something it should not: a password, a query, a local or private address.
 *
 * A build without SITE_URL is a local preview: every link is site-relative,
 * and what needs a full address (canonical links, share tags, the sitemap, the
 * feed) is left out rather than written with a made-up host, so no localhost
 * address can reach a deployment. The build script prints what this returns.
 */
import ipaddr from 'ipaddr.js';

export interface DeployAddresses {
  /** The public address, ending in "/"; undefined for a local preview. */
  site: URL | undefined;
  /** A mailto: address or an https:// page; undefined when none is set. */
  contact: URL | undefined;
  /** What stops the build, each naming the variable, its value and the fix. */
  errors: string[];
  /** What the build log says once and carries on. */
  warnings: string[];
}

const SITE_EXAMPLE = 'SITE_URL=https://massage-guide.org';

export const NO_SITE_WARNING =
  'Warning: SITE_URL is not set, so this build has no canonical links, share-card addresses, sitemap or feed, and its links are site-relative. That is right for a local preview; to deploy, build with SITE_URL=https://your-domain npm run build.';

export const NO_CONTACT_WARNING =
  'CONTACT_URL is not set: the about page and every "Report a problem with this page" say that this copy has no contact address. Set CONTACT_URL to a mailto: address or an issue tracker\'s new-issue URL before deploying (docs/deploying.md).';

/**
 * Host names no reader can reach: localhost (RFC 6761), mDNS names (.local,
 * RFC 6762), a home network (.home.arpa, RFC 8375) and ICANN's private .internal.
 */
const LOCAL_NAMES = /(^|\.)(localhost|local|internal|home\.arpa)\.?$/i;

/** ipaddr.js's names of the ranges readers cannot reach, in words; any other range but public unicast reads "a <range> address". */
const RANGE_WORDS: Record<string, string> = {
  loopback: 'a loopback address (this machine only)',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address',
  carrierGradeNat: "a carrier-grade NAT address (inside a provider's network)",
  unspecified: 'an unspecified address',
  reserved: 'a reserved address',
};

/** Why readers could not reach `hostname`, or undefined for a public name or address. */
function unreachableHost(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(bare)) {
    let address = ipaddr.parse(bare);
    // ::ffff:10.0.0.1 is the IPv4 address 10.0.0.1.
    if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) address = (address as ipaddr.IPv6).toIPv4Address();
    const range = address.range();
    return range === 'unicast' ? undefined : `${RANGE_WORDS[range] ?? `a ${range} address`}, which readers cannot reach`;
  }
  if (LOCAL_NAMES.test(bare)) return 'a local name, which only this machine or network can reach';
  if (!bare.includes('.')) return 'a name without a domain, which only a local network can resolve';
  return undefined;
}

/** The value as a message may quote it: a password never reaches the build log. */
function shown(value: string, url?: URL): string {
  if (url && (url.username || url.password)) return value.replace(/\/\/[^@/]*@/, '//…@');
  return value;
}

/**
 * SITE_URL as a URL ending in "/", or why it is refused. It may have a path
 * (https://example.org/guide/): the site is then built to be served there.
 */
export function parseSiteUrl(raw: string | undefined): { site?: URL; error?: string } {
  const value = raw?.trim() ?? '';
  if (value === '') return {};
  const refuse = (why: string, fix = SITE_EXAMPLE) => ({ error: `SITE_URL "${shown(value, url)}" ${why}. Fix: ${fix}` });
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    return refuse('is not an address', `set it to the site's public https:// address, e.g. ${SITE_EXAMPLE}`);
  }
  const origin = `${url.protocol}//${url.host}`;
  if (url.protocol !== 'https:') {
    return refuse(
      url.protocol === 'http:' ? 'is not https, so canonical links, share cards and QR codes would send readers to an unencrypted address' : 'is not a web address',
      url.protocol === 'http:' ? `SITE_URL=https://${url.host}${url.pathname}` : `set it to the site's public https:// address, e.g. ${SITE_EXAMPLE}`,
    );
  }
  if (url.username || url.password) return refuse('holds a user name or password, which every page would publish', `SITE_URL=${origin}${url.pathname}`);
  if (value.includes('?')) return refuse('has a query (?…), which no page address can carry', `SITE_URL=${origin}${url.pathname}`);
  if (value.includes('#')) return refuse('has a fragment (#…), which no page address can carry', `SITE_URL=${origin}${url.pathname}`);
  const unreachable = unreachableHost(url.hostname);
  if (unreachable) return refuse(`is ${unreachable}`, `set the public address readers will use, e.g. ${SITE_EXAMPLE}; for a local preview, leave SITE_URL unset`);
  // A site served under a path keeps it in every address: pages, files and host rules (src/lib/build/base-path.ts).
  return { site: new URL(`${origin}${url.pathname.replace(/\/*$/, '/')}`) };
}

/** CONTACT_URL as a URL, or why it is refused. A query is kept: an issue tracker's new-issue URL may carry a template. */
export function parseContactUrl(raw: string | undefined): { contact?: URL; error?: string } {
  const value = raw?.trim() ?? '';
  if (value === '') return {};
  const fix = 'set it to a mailto: address or an https:// URL, such as CONTACT_URL=mailto:editors@example.org or https://github.com/<owner>/<repo>/issues/new';
  let url: URL | undefined;
  const refuse = (why: string) => ({ error: `CONTACT_URL "${shown(value, url)}" ${why}. Fix: ${fix}` });
  try {
    url = new URL(value);
  } catch {
    return refuse('is not a URL');
  }
  if (url.protocol === 'mailto:') {
    return /^[^@\s?]+@[^@\s?]+\.[^@\s?]+$/.test(decodeURIComponent(url.pathname)) ? { contact: url } : refuse('names no email address');
  }
  if (url.protocol !== 'https:') return refuse('must start with mailto: or https:');
  if (url.username || url.password) return refuse('holds a user name or password, which every page would publish');
  if (url.hash) return refuse('has a fragment (#…), which a report link cannot keep');
  const unreachable = unreachableHost(url.hostname);
  if (unreachable) return refuse(`is ${unreachable}`);
  return { contact: url };
}

/** Both addresses from the environment, with everything the build must stop on or say. */
export function deployAddresses(env: Record<string, string | undefined>): DeployAddresses {
  const { site, error: siteError } = parseSiteUrl(env['SITE_URL']);
  const { contact, error: contactError } = parseContactUrl(env['CONTACT_URL']);
  const errors = [siteError, contactError].filter((e): e is string => e !== undefined);
  const warnings = [
    ...(!siteError && !site ? [NO_SITE_WARNING] : []),
    ...(!contactError && !contact ? [NO_CONTACT_WARNING] : []),
  ];
  return { site, contact, errors, warnings };
}
