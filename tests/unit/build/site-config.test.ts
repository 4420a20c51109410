import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contactUrl, previewAddressNote, reportUrl } from '../../../src/lib/build/site-config.ts';

const page = { title: 'Swedish massage', url: 'https://massage-guide.example/types/swedish-massage/' };

test('no CONTACT_URL means no contact address, never a guessed one', () => {
  assert.equal(contactUrl({}), undefined);
  assert.equal(contactUrl({ CONTACT_URL: '  ' }), undefined);
});

test('a CONTACT_URL that is not a mailto: or https: URL stops the build with the fix', () => {
  assert.throws(() => contactUrl({ CONTACT_URL: 'editors at example' }), /is not a URL\. Fix: set it to a mailto: address/);
  assert.throws(() => contactUrl({ CONTACT_URL: 'http://example.org/contact' }), /must start with mailto: or https:/);
});

test('a report by email carries the page title and address in its subject and body', () => {
  const href = reportUrl(contactUrl({ CONTACT_URL: 'mailto:editors@example.org' })!, page);
  assert.match(href, /^mailto:editors@example\.org\?subject=/);
  const params = new URLSearchParams(href.split('?')[1]!.replace(/\+/g, '%2B'));
  assert.equal(params.get('subject'), 'Problem with the page "Swedish massage"');
  assert.match(params.get('body')!, /^Page: https:\/\/massage-guide\.example\/types\/swedish-massage\/\n/);
});

test('a report to an issue tracker fills in its title and body parameters', () => {
  const href = new URL(reportUrl(contactUrl({ CONTACT_URL: 'https://github.com/example/guide/issues/new' })!, page));
  assert.equal(href.origin + href.pathname, 'https://github.com/example/guide/issues/new');
  assert.equal(href.searchParams.get('title'), 'Problem with the page "Swedish massage"');
  assert.match(href.searchParams.get('body')!, /Page: https:\/\/massage-guide\.example\/types\/swedish-massage\//);
});

test('a preview build says its addresses are not public; a deploy build says nothing', () => {
  assert.match(previewAddressNote(undefined) ?? '', /^Preview copy: .*SITE_URL set to the public address/);
  assert.equal(previewAddressNote(new URL('https://massage-guide.example')), undefined);
});
