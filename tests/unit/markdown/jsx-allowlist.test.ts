import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mdxToJs } from 'satteri';
import { jsxAllowlist } from '../../../src/markdown/sanitize.ts';

const compile = async (mdx: string) =>
  (await mdxToJs(mdx, { hastPlugins: [jsxAllowlist()], fileURL: new URL('file:///site/content/guides/x.mdx'), jsxImportSource: 'astro' })).code;

test('dangerous HTML elements written in an MDX body are dropped; components and safe HTML stay', async () => {
  const code = await compile('Intro.\n\n<script>alert(1)</script>\n\n<iframe src="https://evil.example/"></iframe>\n\n<form action="https://evil.example/"><input name="card" /></form>\n\n<EvidenceBadge grade="limited" />\n\n<abbr title="Manual lymphatic drainage">MLD</abbr>\n');
  for (const gone of ['alert(1)', 'iframe', 'evil.example', '"form"', 'card']) assert.ok(!code.includes(gone), `${gone} is gone`);
  for (const kept of ['EvidenceBadge', 'abbr', 'Manual lymphatic drainage']) assert.ok(code.includes(kept), `${kept} is kept`);
});

test('event handlers, inline styles and unsafe URLs are removed from the elements that stay', async () => {
  const code = await compile('A <span onmouseover="steal()" style={{position: "fixed"}}>word</span>, <a href="javascript:alert(1)">a link</a>, [another](javascript:alert(2)) and <a href="/types/swedish-massage/">a good one</a>.\n');
  for (const gone of ['onmouseover', 'steal', 'position', 'javascript']) assert.ok(!code.includes(gone), `${gone} is gone: ${code}`);
  for (const kept of ['word', 'a link', 'another', '/types/swedish-massage/']) assert.ok(code.includes(kept), `${kept} is kept`);
});

test('SVG and its animation never reach a page from an MDX body', async () => {
  const code = await compile('<svg><a><animate attributeName="href" values="javascript:alert(1)" /></a></svg>\n\n<set attributeName="href" to="javascript:x" />\n');
  for (const gone of ['svg', 'animate', 'javascript', '"set"']) assert.ok(!code.includes(gone), `${gone} is gone: ${code}`);
});

test('a C0 control before javascript: does not hide the scheme', async () => {
  const code = await compile('<a href="\x01javascript:alert(1)">x</a>\n');
  assert.ok(!code.includes('javascript'), code);
});
