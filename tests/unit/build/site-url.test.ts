import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deployAddresses, NO_CONTACT_WARNING, NO_SITE_WARNING, parseContactUrl, parseSiteUrl } from '../../../src/lib/build/site-url.ts';
import { absoluteUrl } from '../../../src/lib/model/urls.ts';

test('an https origin is the site address, ending in "/"', () => {
  assert.equal(parseSiteUrl('https://massage-guide.org').site?.href, 'https://massage-guide.org/');
  assert.equal(parseSiteUrl('  https://Massage-Guide.org:8443/ ').site?.href, 'https://massage-guide.org:8443/');
  assert.equal(parseSiteUrl('https://1.1.1.1/').error, undefined, 'a public address may be written as an IP address');
});

test('an address with a path keeps it, ending in "/"', () => {
  assert.equal(parseSiteUrl('https://example.org/guide').site?.href, 'https://example.org/guide/');
  assert.equal(parseSiteUrl('https://example.org/clinic/guide/').site?.href, 'https://example.org/clinic/guide/');
  assert.match(parseSiteUrl('https://example.org/guide/?x=1').error ?? '', /has a query/);
});

test('no SITE_URL is a local preview: one warning saying what is left out and how to deploy', () => {
  for (const value of [undefined, '', '  ']) {
    const addresses = deployAddresses({ SITE_URL: value, CONTACT_URL: 'mailto:editors@example.org' });
    assert.equal(addresses.site, undefined);
    assert.deepEqual(addresses.errors, []);
    assert.deepEqual(addresses.warnings, [NO_SITE_WARNING]);
  }
  assert.match(NO_SITE_WARNING, /^Warning: SITE_URL is not set, so this build has no canonical links, share-card addresses, sitemap or feed.*SITE_URL=https:\/\/your-domain npm run build/);
});

/** Each refused SITE_URL, what the message must say, and the fix it must give. */
const REFUSED_SITES: [value: string, why: RegExp, fix: RegExp][] = [
  ['massage-guide.org', /is not an address/, /Fix: set it to the site's public https:\/\/ address/],
  ['ftp://massage-guide.org', /is not a web address/, /Fix: set it to the site's public https:\/\/ address/],
  ['http://massage-guide.org', /is not https, so canonical links, share cards and QR codes would send readers to an unencrypted address/, /Fix: SITE_URL=https:\/\/massage-guide\.org\/$/],
  ['https://editor:s3cret@massage-guide.org/', /holds a user name or password/, /Fix: SITE_URL=https:\/\/massage-guide\.org\/$/],
  ['https://massage-guide.org/?utm_source=x', /has a query/, /Fix: SITE_URL=https:\/\/massage-guide\.org\/$/],
  ['https://massage-guide.org/?', /has a query/, /Fix: SITE_URL=https:\/\/massage-guide\.org\/$/],
  ['https://massage-guide.org/#top', /has a fragment/, /Fix: SITE_URL=https:\/\/massage-guide\.org\/$/],
  ['https://localhost:4321', /is a local name/, /for a local preview, leave SITE_URL unset/],
  ['https://preview.localhost/', /is a local name/, /leave SITE_URL unset/],
  ['https://studio.local/', /is a local name/, /leave SITE_URL unset/],
  ['https://intranet/', /is a name without a domain/, /leave SITE_URL unset/],
  ['https://127.0.0.1/', /is a loopback address \(this machine only\), which readers cannot reach/, /leave SITE_URL unset/],
  ['https://0x7f.1/', /is a loopback address \(this machine only\), which readers cannot reach/, /leave SITE_URL unset/],
  ['https://10.1.2.3/', /is a private network address/, /leave SITE_URL unset/],
  ['https://192.168.0.10/', /is a private network address/, /leave SITE_URL unset/],
  ['https://172.16.5.4/', /is a private network address/, /leave SITE_URL unset/],
  ['https://169.254.169.254/', /is a link-local address/, /leave SITE_URL unset/],
  ['https://100.64.0.1/', /is a carrier-grade NAT address/, /leave SITE_URL unset/],
  ['https://203.0.113.7/', /is a reserved address/, /leave SITE_URL unset/],
  ['https://0.0.0.0/', /is an unspecified address/, /leave SITE_URL unset/],
  ['https://[::1]/', /is a loopback address \(this machine only\), which readers cannot reach/, /leave SITE_URL unset/],
  ['https://[fd12:3456::1]/', /is a private network address/, /leave SITE_URL unset/],
  ['https://[::ffff:192.168.0.1]/', /is a private network address/, /leave SITE_URL unset/],
];

test('a SITE_URL readers could not use, or that would publish what it should not, is refused with the fix', () => {
  for (const [value, why, fix] of REFUSED_SITES) {
    const { site, errors, warnings } = deployAddresses({ SITE_URL: value, CONTACT_URL: 'mailto:editors@example.org' });
    assert.equal(site, undefined, value);
    assert.equal(errors.length, 1, value);
    assert.match(errors[0]!, /^SITE_URL "/, value);
    assert.match(errors[0]!, why, value);
    assert.match(errors[0]!, fix, value);
    assert.deepEqual(warnings, [], `${value}: a refused address is an error, not also a warning`);
  }
});

test('a password in SITE_URL or CONTACT_URL never reaches the build log', () => {
  for (const error of [parseSiteUrl('https://editor:s3cret@massage-guide.org/').error!, parseContactUrl('https://editor:s3cret@example.org/issues').error!]) {
    assert.doesNotMatch(error, /s3cret|editor:/);
    assert.match(error, /"https:\/\/…@/);
  }
});

test('a mailto: address or an https page (with its query) is the contact address; none is a warning', () => {
  assert.equal(parseContactUrl('mailto:editors@example.org').contact?.href, 'mailto:editors@example.org');
  assert.equal(parseContactUrl('https://github.com/example/guide/issues/new?template=report.md').contact?.search, '?template=report.md');
  assert.deepEqual(deployAddresses({ SITE_URL: 'https://massage-guide.org' }).warnings, [NO_CONTACT_WARNING]);
});

test('a CONTACT_URL readers could not use is refused with the fix', () => {
  const refused: [string, RegExp][] = [
    ['editors at example', /is not a URL/],
    ['http://example.org/contact', /must start with mailto: or https:/],
    ['javascript:alert(1)', /must start with mailto: or https:/],
    ['mailto:', /names no email address/],
    ['mailto:editors', /names no email address/],
    ['https://example.org/contact#form', /has a fragment/],
    ['https://localhost/issues', /is a local name/],
    ['https://10.0.0.8/issues', /is a private network address/],
  ];
  for (const [value, why] of refused) {
    const { errors } = deployAddresses({ SITE_URL: 'https://massage-guide.org', CONTACT_URL: value });
    assert.equal(errors.length, 1, value);
    assert.match(errors[0]!, /^CONTACT_URL "/, value);
    assert.match(errors[0]!, why, value);
    assert.match(errors[0]!, /Fix: set it to a mailto: address or an https:\/\/ URL/, value);
  }
});

test('both addresses wrong: both errors at once, so one build run shows every fix', () => {
  const { errors } = deployAddresses({ SITE_URL: 'http://localhost:4321', CONTACT_URL: 'ftp://example.org' });
  assert.deepEqual(errors.map((e) => e.split(' ')[0]), ['SITE_URL', 'CONTACT_URL']);
});

test('without a site, addresses stay site-relative', () => {
  assert.equal(absoluteUrl(undefined, '/types/swedish-massage/'), '/types/swedish-massage/');
  assert.equal(absoluteUrl('https://massage-guide.org', '/types/swedish-massage/'), 'https://massage-guide.org/types/swedish-massage/');
});

test("a site with a path keeps it in every full address", () => {
  assert.equal(absoluteUrl('https://example.org/guide/', '/types/swedish-massage/'), 'https://example.org/guide/types/swedish-massage/');
  assert.equal(absoluteUrl(new URL('https://example.org/guide/'), '/'), 'https://example.org/guide/');
  assert.equal(absoluteUrl('https://example.org/guide/', '/search/?q=neck%20pain'), 'https://example.org/guide/search/?q=neck%20pain');
});
