/**
 * Raw HTML an author writes in a Markdown or MDX body reaches the page as it
 * is, so a `<meta http-equiv="refresh">` would send every reader elsewhere and
 * a `<script>` would run for them. An author who wrote one of these meant
 * something by it, so the build stops and says what to write instead; the
 * sanitiser (src/markdown/sanitize.ts) removes anything subtler as a second
 * line of defence.
 */
import { decodeHTML } from 'entities';
import type { ContentProblem } from '../model/content-problems.ts';
import { bodyHtml, bodyUrls, lineWithin } from './mdx-body.ts';

/** Elements that change what the page does, not what it says, each with what to write instead. */
const DANGEROUS_TAGS: Record<string, string> = {
  script: 'remove it: article pages run no JavaScript, and a widget belongs in a component in src/components',
  meta: 'remove it: the layout writes every <meta> tag, and a moved page keeps its old slug in `aliases`',
  base: 'remove it: links are written as site paths such as /types/swedish-massage/',
  link: 'remove it: the layout links the stylesheet, and a reader link is written [text](https://…)',
  style: 'remove it: styles belong in src/styles/global.css',
  iframe: 'remove it and link to the page instead: [what it shows](https://…)',
  frame: 'remove it and link to the page instead: [what it shows](https://…)',
  object: 'remove it and link to the file instead: [what it shows](https://…)',
  embed: 'remove it and link to the file instead: [what it shows](https://…)',
  form: 'remove it and link to the page that holds the form: [book a session](https://…)',
  // SVG animation sets an attribute after the page loads (attributeName="href" values="javascript:…"), past any allowlist of written attributes.
  animate: 'remove it: an article shows still images, written as ![what it shows](/images/….svg)',
  set: 'remove it: an article shows still images, written as ![what it shows](/images/….svg)',
  animatemotion: 'remove it: an article shows still images, written as ![what it shows](/images/….svg)',
  animatetransform: 'remove it: an article shows still images, written as ![what it shows](/images/….svg)',
};

/** Schemes a reader's link may use; anything else (javascript:, data:, vbscript:, file:) could run code or mislead. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

export const SAFE_URL_FIX = 'link to an https:// address, a mailto: or tel: address, or a site path such as /types/swedish-massage/';

export interface DangerousHtml {
  line: number;
  message: string;
  fix: string;
}

/**
 * A URL as a browser reads it: character references decoded (both Markdown and
 * HTML decode `&#106;` and `&colon;` in a link), leading and trailing C0 controls
 * and spaces stripped, and tabs and newlines anywhere removed (WHATWG URL
 * parsing). So "\x01javascript:" and "java&Tab;script:" are javascript: links.
 */
export function browserUrl(url: string): string {
  return decodeHTML(url).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The scheme of a URL as a browser reads it, or undefined for a path or #fragment. */
export function urlScheme(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(browserUrl(url))?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

/** Why a link with an unsafe scheme is reported, naming the scheme a browser would see. */
export function unsafeUrlMessage(url: string): string {
  const scheme = urlScheme(url);
  const shown = JSON.stringify(url.length > 60 ? `${url.slice(0, 60)}…` : url);
  const why = scheme === 'javascript' ? 'which runs code in readers\' browsers' : scheme === 'data' ? 'which makes the link its own page, beyond the site\'s security policy' : 'which readers\' browsers would run or cannot open';
  return `the link ${shown} is a ${scheme}: link as a browser reads it, ${why}`;
}

/** Raw HTML and links as the parser reads the body (src/lib/checks/mdx-body.ts), so examples in code are not reported. */
export function findDangerousHtml(body: string): DangerousHtml[] {
  const found: DangerousHtml[] = [];
  for (const html of bodyHtml(body)) {
    for (const m of html.value.matchAll(/<\/?\s*([a-z][a-z0-9-]*)\b/gi)) {
      const tag = m[1]!.toLowerCase();
      const fix = DANGEROUS_TAGS[tag];
      if (fix && !m[0].startsWith('</')) found.push({ line: lineWithin(html, m.index), message: `<${tag}> is raw HTML that changes what the page does`, fix });
    }
    for (const m of html.value.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) {
      const attribute = m[1]!.toLowerCase();
      found.push({ line: lineWithin(html, m.index), message: `the ${attribute} attribute would run JavaScript on readers' pages`, fix: `remove ${attribute}="…": article pages run no JavaScript` });
    }
  }
  for (const { target, line } of bodyUrls(body)) {
    if (!isSafeUrl(target)) found.push({ line, message: unsafeUrlMessage(target), fix: SAFE_URL_FIX });
  }
  // In the order written, as an author reads them.
  return found.sort((a, b) => a.line - b.line);
}

/** The same findings as ContentProblems of one file. */
export function dangerousHtmlProblems(file: string, body: string): ContentProblem[] {
  return findDangerousHtml(body).map((d) => ({ file, field: `body line ${d.line}`, message: d.message, fix: d.fix }));
}
