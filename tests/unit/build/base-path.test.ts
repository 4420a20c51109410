import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlUnderBase } from '../../../src/lib/build/base-path.ts';
import { redirectsFile } from '../../../src/lib/build/host-headers.ts';
import { redirectSources } from '../../../src/lib/checks/url-contract.ts';
import { sitePath, underBase } from '../../../src/lib/model/urls.ts';

test('every site path of a page moves under the base; fragments, full addresses and inline code stay', () => {
  const page = [
    '<a href="/types/swedish-massage/#safety">Safety</a>',
    '<a href="#main">Skip</a>',
    '<a href="https://www.nccih.nih.gov/">NCCIH</a>',
    '<a href="//cdn.example/x">protocol-relative</a>',
    '<img src="/qr/types/swedish-massage.svg" alt="">',
    '<form action="/search/" method="get"></form>',
    '<meta http-equiv="refresh" content="0; url=/types/manual-lymphatic-drainage/">',
    '<script type="module" src="/guide/_astro/search.abc123.js"></script>',
    '<script>const home = "/";</script>',
    '<p>Write href=&#34;/x&#34; in your page</p>',
  ].join('\n');
  assert.equal(
    htmlUnderBase(page, '/guide/'),
    [
      '<a href="/guide/types/swedish-massage/#safety">Safety</a>',
      '<a href="#main">Skip</a>',
      '<a href="https://www.nccih.nih.gov/">NCCIH</a>',
      '<a href="//cdn.example/x">protocol-relative</a>',
      '<img src="/guide/qr/types/swedish-massage.svg" alt="">',
      '<form action="/guide/search/" method="get"></form>',
      '<meta http-equiv="refresh" content="0; url=/guide/types/manual-lymphatic-drainage/">',
      // Astro wrote its assets under the base already.
      '<script type="module" src="/guide/_astro/search.abc123.js"></script>',
      '<script>const home = "/";</script>',
      // Text, where Astro escapes every quote: no attribute to move.
      '<p>Write href=&#34;/x&#34; in your page</p>',
    ].join('\n'),
  );
  assert.equal(htmlUnderBase(page, '/'), page, 'at the root nothing changes');
});

test('a site path and its address under the base turn into each other', () => {
  assert.equal(underBase('/types/x/', '/guide/'), '/guide/types/x/');
  assert.equal(underBase('/', '/guide/'), '/guide/');
  assert.equal(underBase('https://example.org/', '/guide/'), 'https://example.org/');
  assert.equal(sitePath('/guide/types/x/', '/guide/'), '/types/x/');
  assert.equal(sitePath('/guides/safety/', '/guide/'), '/guides/safety/', 'a folder that only starts like the base is no part of it');
  assert.equal(sitePath('/types/x/', '/'), '/types/x/');
});

test("the host's redirects are written under the base, and the URL contract reads them back as site paths", () => {
  const file = redirectsFile([{ from: '/types/mld/', to: '/types/manual-lymphatic-drainage/' }], '/guide/');
  assert.equal(file, '/guide/types/mld/ /guide/types/manual-lymphatic-drainage/ 301\n');
  assert.deepEqual([...redirectSources(file, '/guide/')], ['/types/mld/']);
});
