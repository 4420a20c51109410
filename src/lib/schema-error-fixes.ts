/**
 * Astro reports a frontmatter that fails its schema with the file and the
 * field, but not what to do. The build script adds one "Fix:" line per field
 * problem, read from Astro's message.
 */

export interface SchemaFix {
  field: string;
  fix: string;
}

/** The file named in an InvalidContentEntryDataError, and a fix for each field line. */
export function explainSchemaError(output: string): { file: string | undefined; fixes: SchemaFix[] } {
  const block = output.slice(output.indexOf('InvalidContentEntryDataError'));
  const file = /Location:\s*\n\s*(\S+?):\d+:\d+/.exec(block)?.[1];
  const detail = block.split(/\n\s*\n/)[1] ?? '';
  const fixes: SchemaFix[] = [];
  for (const line of detail.split('\n').filter((l) => l.trim())) {
    // Astro writes "field**: **field: message", "****: message" (no field) or "field: message".
    const field = /^\s*([^*\s]+)\*\*:/.exec(line)?.[1] ?? /^\s*([\w.[\]]+): /.exec(line)?.[1] ?? 'frontmatter';
    const message = line
      .replace(/^\s*\S*?\*\*: \*\*\S*?: /, '')
      .replace(/^\s*\*\*\*\*: /, '')
      .replace(/^\s*[\w.[\]]+: (?=Invalid|Expected|Required|Too|String|Number|Array)/, '')
      .trim();
    fixes.push({ field, fix: fixFor(field, message) });
  }
  return { file, fixes };
}

function fixFor(field: string, message: string): string {
  const unknown = /Unrecognized keys?: (.+)/.exec(message);
  if (unknown) return `remove ${unknown[1]} or correct its spelling; the allowed fields are documented in src/schemas/`;
  if (message === 'Required') return `add "${field}" to the frontmatter; what it holds is documented in src/schemas/`;
  const type = /Expected type `(.+?)`, received `(.+?)`/.exec(message);
  if (type) return `"${field}" must be ${type[1]!.replace(/"/g, '')}, not ${type[2]}`;
  const option = /expected one of (.+)/.exec(message);
  if (option) return `"${field}" must be one of ${option[1]}`;
  // Our own schema messages say what to write ("a title is at most 90 characters: keep the name short …"); Astro prefixes the field.
  if (message.startsWith(`${field}: `)) return message.slice(field.length + 2);
  return `${message} (field "${field}")`;
}
