/**
 * Words with named places, for the browser's scripts: their words travel as
 * JSON in the page, where a function cannot, so a table writes
 * "{count} results for “{query}”" and the script fills it.
 */

/** The template with each {name} replaced by its value; a place without a value stays as written, so a test sees it. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (place, name: string) => (name in values ? String(values[name]) : place));
}

/**
 * The template cut at its places, each filled with its value, which may be an
 * element or a run of them: "Did you mean <a>…</a>?".
 */
export function fillParts<T>(template: string, values: Record<string, T | string | (T | string)[]>): (T | string)[] {
  return template
    .split(/(\{\w+\})/)
    .flatMap((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name !== undefined && name in values ? values[name]! : part;
    })
    .filter((part) => part !== '');
}
