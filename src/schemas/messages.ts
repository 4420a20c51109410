/**
 * What a content author reads when an entry does not match its schema. The
 * texts live in Zod's issues themselves, so `astro dev`, `astro check`,
 * `npm run build` and the unit tests all show the same words: each says what
 * is wrong and what to write instead. Messages written into a schema
 * ("a title is at most 90 characters: …") outrank these, as Zod gives a
 * schema's own message precedence over a parse-wide one.
 */
import { z } from 'astro/zod';
// The one edit distance of the project: search corrects readers' typos with it too.
import { editDistance } from '../lib/model/edit-distance.ts';

/** The allowed key a typo most likely meant: within a third of its length (at least 2 edits, so `lastReveiwed` finds `lastReviewed`). */
export function nearestKey(key: string, allowed: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(key.length / 3));
  const ranked = allowed.map((name) => ({ name, distance: editDistance(key.toLowerCase(), name.toLowerCase()) })).sort((a, b) => a.distance - b.distance);
  return ranked[0] && ranked[0].distance <= limit ? ranked[0].name : undefined;
}

const quoted = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');

export function unknownKeyMessage(key: string, allowed: readonly string[]): string {
  const near = nearestKey(key, allowed);
  return near ? `unknown key \`${key}\`: did you mean \`${near}\`?` : `unknown key \`${key}\`: remove it, or use one of ${quoted(allowed)}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An object whose keys are all declared, like z.strictObject, except that an
 * unknown key is reported at its own path with a did-you-mean: strictObject
 * reports every unknown key in one issue on the object, which Astro prints as
 * "****: Unrecognized key". The issue keeps the code unrecognized_keys so
 * Zod still checks the other fields and an author sees every problem at once.
 * The inner object is strict too, and never sees the reported keys: that
 * keeps `additionalProperties: false` in the JSON schemas Astro writes for
 * editors. A misspelt key's value is checked under the key it was meant to
 * be, so `maks: deep` is one problem, not also "`max` is missing"; the parse
 * fails either way, so that value is never used.
 */
export function strictFields<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape);
  return z.preprocess((input, ctx) => {
    // Anything but a plain object is the inner z.object's to report ("expected a group of fields").
    if (!isRecord(input)) return input;
    const checked = { ...input };
    for (const key of Object.keys(input).filter((k) => !allowed.includes(k))) {
      ctx.addIssue({ code: 'unrecognized_keys', keys: [key], path: [key], message: unknownKeyMessage(key, allowed), input, continue: true });
      const meant = nearestKey(key, allowed);
      if (meant !== undefined && !(meant in input)) checked[meant] = input[key];
      delete checked[key];
    }
    return checked;
  }, z.strictObject(shape));
}

/** What a YAML value of Zod's expected type looks like, for "write …". */
const WHAT: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list such as [a, b]',
  object: 'a group of fields',
  date: 'a date YYYY-MM-DD',
};

/** The value as the author wrote it; Astro's YAML reader has already turned 2026-01-01 into a Date. */
function described(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'nothing';
  return typeof value === 'object' ? 'a group of fields' : String(value);
}

/** The field as an author finds it in the file: `helps[0].condition`. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, part) => (typeof part === 'number' ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), '');
}

/**
 * What to write for the value that raised `issue`: its schema's description
 * (`.describe()`, which also reaches the JSON schemas editors read), else a
 * phrase for Zod's expected type.
 */
const descriptionOf = (issue: z.core.$ZodRawIssue) => (issue.inst instanceof z.ZodType ? issue.inst.description : undefined);

function whatToWrite(issue: z.core.$ZodRawIssue): string | undefined {
  const description = descriptionOf(issue);
  if (description) return description;
  if (issue.code === 'invalid_type') return WHAT[issue.expected] ?? issue.expected;
  if (issue.code === 'invalid_value') return `one of ${quoted(issue.values.map(String))}`;
  return undefined;
}

const lengthOf = (value: unknown) => (typeof value === 'string' || Array.isArray(value) ? ` (it has ${value.length})` : '');

/**
 * The parse-wide message for each kind of issue the schemas leave to Zod.
 * Undefined leaves Zod's own text (an issue no schema here can raise).
 */
function explainIssue(issue: z.core.$ZodRawIssue): string | undefined {
  const path = issue.path ?? [];
  const what = whatToWrite(issue);
  const write = what ? `write ${what}` : 'see src/schemas/ for what it holds';
  if (issue.input === undefined && ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code ?? '')) {
    const key = String(path.at(-1) ?? 'it');
    // Only a type ("a text") needs the pointer to the field's documentation; a description says it already.
    const more = descriptionOf(issue) ? '' : ' (src/schemas/ says what it holds)';
    return `\`${fieldName(path)}\` is missing: add \`${key}:\`${what ? ` with ${what}` : ''}${more}`;
  }
  switch (issue.code) {
    case 'invalid_type':
      return `${described(issue.input)} is not ${WHAT[issue.expected] ?? issue.expected}: ${write}`;
    case 'invalid_union':
      return `${described(issue.input)} is not a valid value here: ${write}`;
    case 'invalid_value':
      return `${described(issue.input)} is not allowed here: ${write}`;
    case 'too_small':
      if (issue.origin === 'array') return `list at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}${lengthOf(issue.input)}`;
      if (issue.origin === 'string') return `write at least ${issue.minimum} characters${lengthOf(issue.input)}`;
      return `use a number of at least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `list at most ${issue.maximum} items${lengthOf(issue.input)}`;
      if (issue.origin === 'string') return `write at most ${issue.maximum} characters${lengthOf(issue.input)}`;
      return `use a number of at most ${issue.maximum}`;
    default:
      return undefined;
  }
}

/**
 * A collection's schema with our messages: it parses with explainIssue and
 * hands Astro finished issues, which Astro prints as they are, in place of
 * its own error map ("Did not match union", "Required"). An entry that passes
 * is parsed once more by the schema itself, as a preprocess step's output is:
 * that keeps the schema the pipe's input, so the JSON schemas Astro writes
 * for editors (.astro/collections/) still list every field.
 */
export function withMessages<T extends z.ZodType>(schema: T) {
  return z.preprocess((input, ctx) => {
    const result = schema.safeParse(input, { error: explainIssue });
    for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input });
    return input;
  }, schema);
}
