/**
 * A sentence of the word table with links and code in it, written so a
 * translator can move them: "Read [our methods](methods) on `ruleVersion`."
 * `[words](name)` is a link whose address the page supplies under that name,
 * and `` `words` `` is code. The page keeps the addresses; the table keeps
 * every word and their order.
 */
export type InlinePart = { kind: 'text'; text: string } | { kind: 'code'; text: string };
/** A link holds words and code, never another link. */
export type RichPart = InlinePart | { kind: 'link'; name: string; parts: InlinePart[] };

const LINK_OR_CODE = /\[([^\[\]]+)\]\(([\w-]+)\)|`([^`]+)`/g;
const CODE = /`([^`]+)`/g;

export function richText(text: string): RichPart[] {
  return split(text, LINK_OR_CODE, (m) => (m[3] !== undefined ? { kind: 'code', text: m[3] } : { kind: 'link', name: m[2]!, parts: inline(m[1]!) }));
}

function inline(text: string): InlinePart[] {
  return split(text, CODE, (m) => ({ kind: 'code', text: m[1]! }));
}

function split<T>(text: string, token: RegExp, part: (m: RegExpExecArray) => T): (T | InlinePart)[] {
  const parts: (T | InlinePart)[] = [];
  let at = 0;
  for (const m of text.matchAll(token)) {
    if (m.index > at) parts.push({ kind: 'text', text: text.slice(at, m.index) });
    parts.push(part(m));
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/**
 * Words as the text of an element: only `&`, `<` and `>` need escaping there.
 * Astro escapes quotes and apostrophes too ("provider&#39;s"), which reads the
 * same but made every page moved into the table differ from the page it was.
 */
export function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
