/**
 * Raw HTML an author writes in a Markdown or MDX body reaches the page as it
 * is, so a `<meta http-equiv="refresh">` would send every reader elsewhere and
 * a `<script>` would run for them. An author who wrote one of these meant
 * something by it, so the build stops and says what to write instead; the
 * sanitiser (src/markdown/sanitize.ts) removes anything subtler as a second
 * line of defence.
 */
import type { ContentProblem } from './content-problems.ts';

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
};

/** Schemes a reader's link may use; anything else (javascript:, data:, vbscript:, file:) could run code or mislead. */
export const SAFE_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

const URL_FIX = 'link to an https:// address, a mailto: or tel: address, or a site path such as /types/swedish-massage/';

export interface DangerousHtml {
  line: number;
  message: string;
  fix: string;
}

/** The scheme of a URL as a browser reads it (it ignores tabs, newlines and leading spaces), or undefined for a path or #fragment. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/[\t\n\r]/g, '').trim();
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (SAFE_SCHEMES as readonly string[]).includes(scheme);
}

/** Lines outside fenced code, with inline `code` blanked, so examples in code are not reported. */
function proseLines(body: string): { text: string; line: number }[] {
  let fence: string | undefined;
  const lines: { text: string; line: number }[] = [];
  body.split(/\r?\n/).forEach((text, i) => {
    const marker = /^\s*(```|~~~)/.exec(text)?.[1];
    if (marker && (fence === undefined || fence === marker)) fence = fence ? undefined : marker;
    else if (fence === undefined) lines.push({ text: text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)), line: i + 1 });
  });
  return lines;
}

/** Every URL a line links to: Markdown links and images, reference definitions, autolinks and href/src attributes. */
function lineUrls(text: string): string[] {
  const urls: string[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)/g)) urls.push(m[1]!);
  const definition = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(text);
  if (definition) urls.push(definition[1]!);
  for (const m of text.matchAll(/<([a-z][a-z0-9+.-]{1,31}:[^\s<>]*)>/gi)) urls.push(m[1]!);
  for (const m of text.matchAll(/\s(?:href|src|action|formaction|srcset|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    urls.push(m[1] ?? m[2] ?? m[3] ?? '');
  }
  return urls;
}

export function findDangerousHtml(body: string): DangerousHtml[] {
  const found: DangerousHtml[] = [];
  for (const { text, line } of proseLines(body)) {
    for (const m of text.matchAll(/<\/?\s*([a-z][a-z0-9-]*)\b/gi)) {
      const tag = m[1]!.toLowerCase();
      const fix = DANGEROUS_TAGS[tag];
      if (fix && !m[0].startsWith('</')) found.push({ line, message: `<${tag}> is raw HTML that changes what the page does`, fix });
    }
    for (const m of text.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) {
      found.push({
        line,
        message: `the ${m[1]!.toLowerCase()} attribute would run JavaScript on readers' pages`,
        fix: `remove ${m[1]!.toLowerCase()}="…": article pages run no JavaScript`,
      });
    }
    for (const url of lineUrls(text)) {
      if (isSafeUrl(url)) continue;
      found.push({ line, message: `the link ${url.slice(0, 60)} uses the ${urlScheme(url)}: scheme, which readers' browsers would run or cannot open`, fix: URL_FIX });
    }
  }
  return found;
}

/** The same findings as ContentProblems of one file. */
export function dangerousHtmlProblems(file: string, body: string): ContentProblem[] {
  return findDangerousHtml(body).map((d) => ({ file, field: `body line ${d.line}`, message: d.message, fix: d.fix }));
}
