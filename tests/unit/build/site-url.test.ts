import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteUrlNotice } from '../../../src/lib/build/site-url.ts';
import { absoluteUrl } from '../../../src/lib/model/urls.ts';

test('an https SITE_URL needs no notice', () => {
  assert.equal(siteUrlNotice('https://massage-guide.org'), undefined);
});

test('no SITE_URL is a local preview: one warning saying what is left out and how to deploy', () => {
  for (const value of [undefined, '', '  ']) {
    const notice = siteUrlNotice(value);
    assert.equal(notice?.level, 'warning');
    assert.match(notice!.message, /^Warning: SITE_URL is not set, so this build has no canonical links, share-card addresses, sitemap or feed/);
    assert.match(notice!.message, /SITE_URL=https:\/\/your-domain npm run build/);
  }
});

test('a SITE_URL that is not https warns; one that is no web address is an error', () => {
  assert.deepEqual(siteUrlNotice('http://massage-guide.org')?.level, 'warning');
  assert.match(siteUrlNotice('http://massage-guide.org')!.message, /is not https/);
  assert.deepEqual(siteUrlNotice('massage-guide.org')?.level, 'error');
  assert.deepEqual(siteUrlNotice('ftp://massage-guide.org')?.level, 'error');
});

test('without a site, addresses stay site-relative', () => {
  assert.equal(absoluteUrl(undefined, '/types/swedish-massage/'), '/types/swedish-massage/');
  assert.equal(absoluteUrl('https://massage-guide.org', '/types/swedish-massage/'), 'https://massage-guide.org/types/swedish-massage/');
});
