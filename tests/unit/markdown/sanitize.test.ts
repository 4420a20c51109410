import assert from 'node:assert/strict';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from '../../../src/markdown/glossary-plugin.ts';
import { sectionLinks } from '../../../src/markdown/section-links-plugin.ts';
import { sanitised } from '../../../src/markdown/sanitize.ts';
import { ContentError, formatProblems } from '../../../src/lib/model/content-problems.ts';

const pipeline = () =>
  satteri({
    features: { headingAttributes: true },
    mdastPlugins: [glossaryLinks([{ id: 'effleurage', forms: ['effleurage'] }])],
    hastPlugins: [sectionLinks()],
  });

const render = async (processor: ReturnType<typeof satteri>, markdown: string) => {
  const renderer = await processor.createRenderer({});
  return (await renderer.render(markdown, { fileURL: new URL('file:///site/content/types/x.md') })).code;
};

const OUR_MARKUP = `## What is it? { #what-it-is }

Long strokes called effleurage, see [sciatica](/conditions/sciatica/#safety), [mail](mailto:a@b.org),
[call](tel:+441234567890) and [the NHS](https://www.nhs.uk/).

### Café & spa options

| Pressure | Minutes |
| :-- | --: |
| light | 60 |

![A therapist kneading the calf](/images/calf.png "Calf")

<abbr title="Manual lymphatic drainage">MLD</abbr> <span class="visually-hidden">hidden</span> <b>bold</b> <em>em</em>

<details><summary>More</summary>Text</details>
`;

test('everything our own pipeline writes passes the allowlist unchanged', async () => {
  const plain = await render(pipeline(), OUR_MARKUP);
  const clean = await render(sanitised(pipeline()), OUR_MARKUP);
  // The sample exercises what the schema must keep.
  for (const piece of ['id="what-it-is"', 'class="section-link"', 'aria-labelledby="sl what-it-is"', 'href="/guides/glossary/#term-effleurage"', '<table>', 'alt="A therapist', '<abbr title=', 'class="visually-hidden"']) {
    assert.ok(plain.includes(piece), `the sample renders ${piece}`);
  }
  assert.equal(clean, plain);
});

test('elements that change what a page does are removed, with the text of scripts and styles', async () => {
  const html = await render(
    sanitised(pipeline()),
    [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '',
      'Text <script>alert(1)</script> <style>body{display:none}</style> and more.',
      '',
      '<iframe src="https://evil.example/"></iframe><object data="x"></object><embed src="x"><base href="https://evil.example/">',
      '',
      '<form action="https://evil.example/"><input name="card"><button>Pay</button></form>',
    ].join('\n'),
  );
  for (const gone of ['<meta', 'refresh', '<script', 'alert(1)', '<style', 'display:none', '<iframe', '<object', '<embed', '<base', '<form', 'evil.example', 'name="card"']) {
    assert.ok(!html.includes(gone), `${gone} was removed: ${html}`);
  }
  assert.match(html, /Text\s+and more\./);
});

test('event attributes and links with unsafe schemes are removed, however they are written', async () => {
  const html = await render(
    sanitised(pipeline()),
    [
      '<b onclick="steal()">bold</b> <img src="/a.png" alt="A" onerror="steal()">',
      '[a](javascript:alert(1)) <a href="jav&#x61;script:alert(1)">b</a> <a href="data:text/html,x">c</a> <a href=" javascript:x">d</a>',
      '![e](data:image/svg+xml,x)',
      '<p style="position:fixed;inset:0">cover the page</p>',
    ].join('\n\n'),
  );
  for (const gone of ['onclick', 'onerror', 'steal', 'javascript', 'jav&#x61;', 'data:', 'style=', 'position:fixed']) assert.ok(!html.includes(gone), `${gone} was removed: ${html}`);
  assert.match(html, /<b>bold<\/b>/);
  assert.match(html, /<img src="\/a.png" alt="A">/);
});

const failure = async (processor: ReturnType<typeof satteri>, markdown: string, file = 'content/regions/jaw.md') => {
  const renderer = await processor.createRenderer({});
  const error = await renderer.render(markdown, { fileURL: pathToFileURL(file) }).then(
    () => assert.fail('the body rendered'),
    (e: unknown) => e,
  );
  assert.ok(error instanceof ContentError, String(error));
  return formatProblems(error.problems);
};

test('HTML nested thousands deep stops the build naming the file and the fix, not a stack overflow and a page without its body', async () => {
  const report = await failure(sanitised(pipeline()), `Text.\n\n${'<span>'.repeat(20_000)}x\n`);
  assert.match(report, /^1 content problem stopped the build:\n- content\/regions\/jaw\.md → body: the body nests too deeply to be rendered/);
  assert.match(report, /Fix: flatten it/);
});

test('any other error of a Markdown plugin stops the build with its message and the file', async () => {
  const broken = satteri({ mdastPlugins: [() => ({ name: 'broken', text: () => { throw new TypeError('cannot read "x"'); } })] });
  const outside = join(tmpdir(), 'content/regions/jaw.md');
  const report = await failure(sanitised(broken), 'Text.\n', outside);
  assert.match(report, new RegExp(`- ${outside.replace(/[/.]/g, '\\$&')} → body: the body could not be rendered: cannot read "x"\n  Fix: correct the text`));
});
