import { z } from 'astro/zod';
import { isResearch, RESEARCH_KINDS, SOURCE_KINDS } from '../lib/model/evidence.ts';
import { strictFields, withMessages } from './messages.ts';
import { entryId } from './shared.ts';

/**
 * One entry of the bibliography, content/sources.yaml. Only sources checked
 * against the original: never invent an author, DOI or PMID.
 */
/** "Spine 2002;27(17):1896-1910": enough to find a print article without a DOI. */
const JOURNAL_CITATION = /\d+\(\d+\):\d+/;

export const sourceSchema = withMessages(
  strictFields({
    id: entryId('source'),
    /** Title exactly as published. */
    title: z.string().min(5),
    /** Authors as published ("Furlan AD, Giraldo M, et al.") or the organisation. */
    authors: z.string().min(2),
    /** Year of publication; required for journal articles and guidelines, left out for web pages that give none. */
    year: z.number().int().min(1900).max(new Date().getUTCFullYear(), 'a year of publication cannot be after this year').optional(),
    /** Journal (with volume and pages where known) or publishing organisation. */
    publisher: z.string().min(2),
    /** Research (systematic-review, guideline, trial) carries findings; the rest carry statements, never grades. */
    kind: z.enum(SOURCE_KINDS),
    /** Where readers find it: an http(s) address, since it is rendered as a link on every page that cites it. */
    url: z.url({ protocol: /^https?$/, error: 'a source url is a web address starting with https:// (or http://)' }).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1002/14651858.CD001929.pub3').optional(),
    pmid: z.string().regex(/^\d{5,9}$/).optional(),
    /**
     * For a review or trial whose record gives neither a DOI nor a PMID: where
     * its record was looked for and what it confirmed. It stands in for the
     * identifier, so the gap is written down rather than filled in.
     */
    noIdentifier: z.string().min(40, 'say where the record was looked for (PubMed, the publisher, Cochrane) and what it confirmed, in a sentence').optional(),
    /** Ids of earlier reviews this one updates (a Cochrane update of its own earlier version): their findings are shown as replaced and stop counting. */
    supersedes: z.array(z.string()).optional(),
    /** Ids of the reviews this overview or evidence map summarises: beside them its findings do not count again. */
    summarises: z.array(z.string()).optional(),
    /** A short note on what it supports or its limits. */
    note: z.string().optional(),
  })
    // Research without an identifier hears the rule below instead, which asks for one.
    .refine((s) => Boolean(s.url || s.doi || s.pmid) || s.kind === 'seed-article' || JOURNAL_CITATION.test(s.publisher) || (isResearch(s.kind) && !s.noIdentifier), {
      message:
        'a source needs a url, doi or pmid so readers can find it (or a journal citation with volume(issue):pages in publisher)',
      path: ['url'],
    })
    .refine((s) => !isResearch(s.kind) || Boolean(s.doi || s.pmid || s.noIdentifier) || (s.kind === 'guideline' && s.url), {
      message:
        'a review or trial needs its doi or pmid, copied from its record (PubMed, the publisher or Cochrane), and a guideline its doi, pmid or publisher page as url; if the record gives none, write `noIdentifier:` saying where you looked. Never invent one',
      path: ['doi'],
    })
    .refine((s) => !s.noIdentifier || !(s.doi || s.pmid), {
      message: 'this source has a doi or pmid, so `noIdentifier` is not true of it: delete it',
      path: ['noIdentifier'],
    })
    .refine((s) => s.year !== undefined || !(RESEARCH_KINDS as readonly string[]).includes(s.kind), {
      message: 'a journal article or guideline needs its year of publication',
      path: ['year'],
    }),
);
