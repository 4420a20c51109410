/**
 * Pagefind describes each of its steps; a reader needs none of them to see
 * that the site was indexed, and a real warning drowns in them.
 */

/** Pagefind's report reduced to one line; anything it warns about is kept. */
export function shortPagefindLog(text: string): string {
  const pages = /Indexed (\d+) pages/.exec(text)?.[1];
  const seconds = /Finished in ([\d.]+) seconds/.exec(text)?.[1];
  const warnings = text.split('\n').filter((line) => /warn|error/i.test(line));
  const summary = pages && seconds ? [`[pagefind] indexed ${pages} pages in ${seconds} s`] : [];
  return [...warnings, ...summary].map((line) => `${line}\n`).join('');
}
