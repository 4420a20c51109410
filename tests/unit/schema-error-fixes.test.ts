import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainSchemaError } from '../../src/lib/schema-error-fixes.ts';

const output = `[InvalidContentEntryDataError] types → swedish-massage data does not match collection schema.

  summary**: **summary: Required
  sessionMinutes.0**: **sessionMinutes.0: Expected type \`"number"\`, received \`"string"\`
  ****: Unrecognized key: "lastReveiwed"
  prescription: Invalid option: expected one of "required"|"usual"|"not-needed"

  Hint:
    See https://docs.astro.build/en/guides/content-collections/ for more information on content schemas.
  Location:
    /tmp/fx/types/swedish-massage.mdx:0:0
`;

test('each schema problem gets a fix naming the field', () => {
  const { file, fixes } = explainSchemaError(output);
  assert.equal(file, '/tmp/fx/types/swedish-massage.mdx');
  assert.deepEqual(fixes, [
    { field: 'summary', fix: 'add "summary" to the frontmatter; what it holds is documented in src/schemas/' },
    { field: 'sessionMinutes.0', fix: '"sessionMinutes.0" must be number, not "string"' },
    { field: 'frontmatter', fix: 'remove "lastReveiwed" or correct its spelling; the allowed fields are documented in src/schemas/' },
    { field: 'prescription', fix: '"prescription" must be one of "required"|"usual"|"not-needed"' },
  ]);
});

test('a message our schema writes is the fix itself, without the field repeated', () => {
  const output = `[InvalidContentEntryDataError] sources → nhs-sciatica data does not match collection schema.

  url: a source url is a web address starting with https:// (or http://)

  Location:
    content/sources.yaml:0:0
`;
  assert.deepEqual(explainSchemaError(output), { file: 'content/sources.yaml', fixes: [{ field: 'url', fix: 'a source url is a web address starting with https:// (or http://)' }] });
});
