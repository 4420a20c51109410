/** How a bibliography entry is shown to readers. */
export interface SourceData {
  title: string;
  authors: string;
  year?: number | undefined;
  publisher: string;
  url?: string | undefined;
  doi?: string | undefined;
  pmid?: string | undefined;
}

export interface Citation {
  text: string;
  href: string | undefined;
  linkText: string;
}

/** "Furlan AD, et al. Massage for low-back pain. Cochrane … (2015)." with the best link: DOI, then PubMed, then URL. */
export function citation(source: SourceData): Citation {
  // Journals give the year inside the publisher line ("… 2019;25(5):475-502"); say it once.
  const year = source.year && !source.publisher.includes(String(source.year)) ? ` (${source.year})` : '';
  const title = source.title.replace(/[.?]$/, '');
  const authors = source.authors.replace(/\.$/, '');
  const text = `${authors}. ${title}. ${source.publisher}${year}.`;
  if (source.doi) return { text, href: `https://doi.org/${source.doi}`, linkText: `doi:${source.doi}` };
  if (source.pmid) return { text, href: `https://pubmed.ncbi.nlm.nih.gov/${source.pmid}/`, linkText: `PMID ${source.pmid}` };
  if (source.url) return { text, href: source.url, linkText: new URL(source.url).hostname.replace(/^www\./, '') };
  return { text, href: undefined, linkText: '' };
}
