import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dangerousHtmlProblems, findDangerousHtml, isSafeUrl, urlScheme } from '../../../src/lib/checks/raw-html.ts';

const lines = (body: string) => findDangerousHtml(body).map((d) => d.line);

test('each element that changes what a page does is reported with its line and what to write instead', () => {
  const cases: [string, RegExp][] = [
    ['<meta http-equiv="refresh" content="0;url=https://evil.example/">', /aliases/],
    ['<script>alert(1)</script>', /run no JavaScript/],
    ['<SCRIPT src="/x.js"></SCRIPT>', /run no JavaScript/],
    ['<iframe src="https://example.org/"></iframe>', /link to the page instead/],
    ['<form action="https://evil.example/"><input name="card"></form>', /link to the page that holds the form/],
    ['<style>body { display: none }</style>', /src\/styles\/global\.css/],
    ['<object data="x.swf"></object>', /link to the file/],
    ['<embed src="x.swf">', /link to the file/],
    ['<base href="https://evil.example/">', /site paths/],
  ];
  for (const [html, fix] of cases) {
    const found = findDangerousHtml(`Intro.\n\n${html}\n`);
    assert.equal(found.length >= 1, true, html);
    assert.equal(found[0]!.line, 3, html);
    assert.match(found[0]!.message, /is raw HTML that changes what the page does/, html);
    assert.match(found[0]!.fix, fix, html);
  }
});

test('event attributes are reported by name', () => {
  const [found] = findDangerousHtml('Some <b onclick="steal()">bold</b> text and <img src="/a.png" alt="A" onerror=x()>');
  assert.match(found!.message, /onclick attribute would run JavaScript/);
  assert.match(found!.fix, /remove onclick=/);
  assert.deepEqual(findDangerousHtml('<img src="/a.png" alt="A" onerror=x()>').map((d) => d.message), ["the onerror attribute would run JavaScript on readers' pages"]);
});

test('links with a scheme other than http(s), mailto or tel are reported, in every way Markdown and HTML write links', () => {
  assert.deepEqual(lines('[x](javascript:alert(1))'), [1]);
  assert.deepEqual(lines('[x]( JavaScript:alert(1))'), [1]);
  assert.deepEqual(lines('text\n\n[ref]: javascript:alert(1)'), [3]);
  assert.deepEqual(lines('<div>\n  <a\n    href="javascript:alert(1)">x</a>\n</div>'), [3]);
  assert.deepEqual(lines('<javascript:alert(1)>'), [1]);
  assert.deepEqual(lines('<a href="javascript:alert(1)">x</a>'), [1]);
  assert.deepEqual(lines("<a href='data:text/html,<script>'>x</a>").length > 0, true);
  assert.deepEqual(lines('![x](data:image/svg+xml;base64,AAAA)'), [1]);
  assert.match(findDangerousHtml('[x](vbscript:x)')[0]!.message, /is a vbscript: link as a browser reads it/);
  assert.match(findDangerousHtml('[x](javascript:x)')[0]!.fix, /https:\/\/ address, a mailto: or tel: address, or a site path/);
});

test('ordinary writing, safe links and code examples pass', () => {
  const body = [
    'A [site link](/types/swedish-massage/), a [section](#safety), [mail](mailto:a@b.org), [phone](tel:+441234), [web](https://nhs.uk/).',
    '<abbr title="Manual lymphatic drainage">MLD</abbr> and <b>bold</b> and <span class="x">span</span>.',
    'Inline code `<script>` is only an example, and so is a word like "metadata" or <formula>.',
    'A meeting at 10:30 is not a scheme: 10:30.',
    '````',
    '```',
    '<script>alert(1)</script>',
    '````',
    '',
    '    <script>alert(2)</script> in an indented code block',
  ].join('\n');
  assert.deepEqual(findDangerousHtml(body), []);
});

test('URLs: only http(s), mailto, tel, site paths and fragments are safe', () => {
  for (const url of ['https://x.org/', 'http://x.org', 'mailto:a@b', 'tel:+1', '/types/x/', '#a', '../x/', 'x/y']) assert.equal(isSafeUrl(url), true, url);
  for (const url of ['javascript:x', ' javascript:x', 'java\tscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd']) assert.equal(isSafeUrl(url), false, url);
});

test('URLs are read as a browser reads them: C0 controls stripped and character references decoded first', () => {
  for (const url of ['\x01javascript:alert(1)', '\x00 javascript:x', '&#106;avascript:x', 'javascript&colon;x', 'java&Tab;script:x', '&#x6A;avascript:x']) {
    assert.equal(urlScheme(url), 'javascript', JSON.stringify(url));
    assert.equal(isSafeUrl(url), false, JSON.stringify(url));
  }
});

test('a javascript: or data: link is reported as such, with its line and the fix', () => {
  const [js, data] = findDangerousHtml('[x](&#106;avascript:alert(1))\n<a href="data&colon;text/html,x">y</a>');
  assert.match(js!.message, /^the link "&#106;avascript:alert\(1" is a javascript: link as a browser reads it, which runs code/);
  assert.equal(js!.line, 1);
  assert.match(data!.message, /is a data: link as a browser reads it/);
  assert.equal(data!.line, 2);
  assert.match(data!.fix, /https:\/\/ address/);
});

test('SVG animation, which sets attributes after load, is reported', () => {
  const [found] = findDangerousHtml('<svg><a><animate attributeName="href" values="javascript:alert(1)" /></a></svg>');
  assert.match(found!.message, /<animate> is raw HTML that changes what the page does/);
  assert.match(found!.fix, /still images/);
});

test('problems name the file and body line', () => {
  assert.deepEqual(dangerousHtmlProblems('content/types/x.md', 'a\n<script>x</script>'), [
    {
      file: 'content/types/x.md',
      field: 'body line 2',
      message: '<script> is raw HTML that changes what the page does',
      fix: 'remove it: article pages run no JavaScript, and a widget belongs in a component in src/components',
    },
  ]);
});
