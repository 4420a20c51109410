/**
 * The reader-facing words gate (`npm test`'s `words` step): English written for readers belongs in src/i18n/,
 * so a language can be added by adding a table. ESLint runs one rule only, eslint-plugin-i18next's
 * no-literal-string, over what readers see:
 *
 * - .astro markup (parsed by eslint-plugin-astro into JSX): its text, and the attributes and props that carry
 *   words (aria-label, title, alt, placeholder, a section's heading, …);
 * - string literals and templates in the views, the clinics' formats and the browser scripts, less what is
 *   code: class names, URLs, ids, keys, CSS, and the messages of errors (for developers, not readers).
 *
 * Files that still hold English while the words move into src/i18n/ are listed in tests/i18n-baseline.txt and
 * skipped; the list only shrinks, and a new word in any other file fails the step.
 */
import { readFileSync } from 'node:fs';
import astro from 'eslint-plugin-astro';
import i18next from 'eslint-plugin-i18next';
import tseslint from 'typescript-eslint';

/** The files still allowed to hold English: one path per line, `#` starts a comment. */
export const BASELINE = readFileSync(new URL('./tests/i18n-baseline.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean);

/** A path as a glob that matches only itself: routes are named like `[slug].astro`, which a glob reads as a character class. */
const literalGlob = (path) => path.replace(/[[\]{}()*?!+@]/g, '\\$&');

/** Text that is no word of a language: numbers and punctuation, symbols, a single code token, a list of class names, CSS, a path or URL. */
const NOT_WORDS = [
  '[0-9!-/:-@[-`{-~\\s]+',
  '[\\p{P}\\p{S}\\p{N}\\s]+',
  // One lowercase token or one with a digit, dash, dot, slash or colon: an id, key, event, tag, class or path.
  '[a-z][a-z0-9]*',
  '\\S*[^\\p{L}\\s]\\S*',
  // Class lists ("box box--note"), where a token is written with a double dash or underscore.
  '([a-z0-9-]+\\s+)*[a-z0-9]+(--|__)[a-z0-9-]+(\\s+[a-z0-9-]+)*',
  // CSS declarations and selectors.
  '[^\\n]*[a-z-]+\\s*:\\s*[^;]+;[^\\n]*',
  // A URL, path or fragment, with or without a query.
  '(https?:|mailto:|tel:|/|#|\\./|\\.\\./)\\S*',
  // CSS lengths and other lists of tokens that each hold a digit ("64px 72px 0").
  '(\\S*\\d\\S*\\s*)+',
  // Markup alone: tags and their attributes, no text between them.
  '\\s*(<[^>]*>\\s*)+',
];

/** Attributes and component props that carry words a reader sees or hears. */
const READER_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label', 'heading', 'caption', 'text', 'summary', 'description', 'legend', 'content'];

const rule = (options) => ['error', { message: 'reader-facing English outside src/i18n/ (move it into the word table, src/i18n/en.ts)', words: { exclude: NOT_WORDS }, ...options }];

export default [
  { ignores: BASELINE.map(literalGlob) },
  ...astro.configs['flat/base'],
  {
    name: 'words/markup',
    files: ['src/{pages,components,layouts,content-components}/**/*.astro'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': rule({ mode: 'jsx-only', 'jsx-attributes': { include: READER_ATTRIBUTES }, 'should-validate-template': true }),
    },
  },
  {
    name: 'words/code',
    files: ['src/{pages,components,layouts,content-components}/**/*.ts', 'src/lib/{views,clinics}/**/*.ts', 'src/scripts/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': rule({
        mode: 'all',
        'should-validate-template': true,
        // Developers' messages, DOM and string plumbing, and the word table's own lookups.
        callees: { exclude: ['Error', 'TypeError', 'RangeError', 'console\\.\\w+', 'require', 'import', 'querySelector(All)?', 'getElementById', 'closest', 'matches', '(add|remove)EventListener', '(get|set|has|remove|toggle)Attribute', 'classList\\.\\w+', 'dispatchEvent', 'CustomEvent', 'Event', 'URL', 'URLSearchParams', 'RegExp', 'Intl\\.\\w+', 'fetch', 'split', 'join', 'replace(All)?', 'includes', 'indexOf', 'startsWith', 'endsWith', 'match(All)?', 'test', 'localeCompare', 'padStart', 'padEnd', 'get', 'set', 'has', 'strings', 't', 'formatDate'] },
        'object-properties': { exclude: ['[A-Z_-]+', 'id', 'class', 'className', 'href', 'src', 'rel', 'type', 'kind', 'key', 'lang', 'hreflang', 'role', 'method', 'name', 'path', 'url', 'pattern', 'selector', 'format', 'locale', 'media', 'style', 'font\\w*', 'padding\\w*', 'margin\\w*', 'border\\w*', 'display', 'flex\\w*', 'align\\w*', 'justify\\w*'] },
      }),
    },
  },
];
