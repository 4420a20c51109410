/**
 * The English words of the page for clinics (src/pages/for-clinics/): how to
 * link, embed, print and reuse. It is article-like prose written in code, kept
 * here so a second language has all of it to translate; `[words](name)` links
 * and `` `code` `` follow src/i18n/rich.ts.
 */
import { number } from './numbers.ts';

export const forClinics = {
  title: 'For clinics: linking, embedding and handouts',
  summary: (description: string) => `${description} Everything here is free to use and needs no account.`,
  urls: 'Links that do not break',
  urlsIntro:
    'Every page has a permanent address. If we rename a page, its old address and common short names (such as [/types/mld/](alias)) keep working and send readers to the right page.',
  patterns: 'Address patterns',
  linkTo: 'To link to',
  use: 'Use',
  sections: 'Linking to a section',
  /** Around the "#" sign the page shows as it appears beside a heading. */
  sectionsIntro: {
    before: 'Each heading has a ',
    after: ' link beside it: select it to copy the address of that section. These sections keep the same address even if we reword their headings:',
  },
  snippets: 'Copy-paste snippets',
  snippetLink: 'A plain link',
  snippetSection: 'A link to a section',
  snippetSearch: 'A search box that opens our results',
  embeds: 'Summary cards for your website',
  embedsIntro: (width: number, height: number) =>
    `Each massage type, technique and condition has a small card (title, one-line summary, a safety note and a link) that your site may show in a frame, ${number(width)} by ${number(height)} pixels. Only these cards may be framed; our other pages refuse it. Example, for [the medical massage card](card):`,
  oembed: (file: string) =>
    `Content systems that support oEmbed (such as WordPress) can make the card for you when you paste a page's address: each page lists its oEmbed file, for example [\`${file}\`](oembed).`,
  handouts: 'Printable patient handouts',
  handoutsIntro:
    'Every massage type and condition has a one-page handout at `/handouts/<kind>/<page>/`, for example [low back pain](handout). It prints on A4 or US Letter with the review date and a QR code that opens the full article. Full articles also print cleanly, with link addresses written out.',
  codes: 'Looking pages up by diagnosis code',
  codesIntro: (code: string) =>
    `Conditions list their ICD-10-CM codes where the mapping is well established. \`/codes/icd-10/<CODE>/\` leads to the matching condition, and a broader parent code leads to its closest condition: [\`${code}\`](code) opens low back pain. The full list of codes is at [\`/api/v1/codes.json\`](codes).`,
  data: 'Data and updates',
  dataLists:
    '[`/api/v1/types.json`](types), [`conditions.json`](conditions) and [`techniques.json`](techniques): titles, summaries, other names and page addresses. Version 1 only ever gains fields.',
  dataEvidence:
    '[`/api/v1/evidence.json`](evidence): the evidence map, with the `ruleVersion` that graded it, `evidenceAsOf` (when a grade last changed) and the `built` date. `claims` lists every graded claim as `{ type, condition, grade, computedGrade, direct, decidedBy, comparisons, gradeChanges, findings, statements }`: `comparisons` gives one plain-language `statement` per comparison with its `certainty`; each finding gives its `source`, `sourceKind`, what was `studied`, whether the style was `testedByName`, the `comparison`, whether the outcome was `primary`, the `result` (benefit, no-difference, harm or unclear), the `certainty` the source states and the `certaintyUsed` (with `downgradedBecause`), and whether it was `counted` (`notCountedBecause`, `supersededBy`). `conditions` gives what research on massage in general found for each condition. `sources` lists each cited source with its `id`, `title`, `kind`, `url`, `doi`, `pmid`, `supersedes` and `summarises` where it has them. [`/api/v1/evidence-changes.json`](changes) lists every change of a grade with its date and reason. Grades follow the rule on our [editorial policy](policy), and our [methods](methods). Version 1 only ever gains fields.',
  dataFeed: '[RSS feed](feed) of new and re-reviewed articles.',
  dataStructured: 'Each article page carries schema.org data (MedicalWebPage) for search engines.',
  licence: 'Licence and attribution',
  licenceIntro: (licence: string) =>
    `You may link to any page and embed any card without asking. You may copy our text word for word under the [${licence}](licence) licence: credit us and do not change it, because altered health advice under our name could mislead patients. Use this credit line:`,
  disclaimer: (site: string) => `${site} explains massage in general terms. It does not replace the advice of the clinician who knows the patient.`,
};
