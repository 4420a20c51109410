/**
 * "Link to this section": every h2 and h3 of an article sits beside a small
 * link to its own #id. Without JavaScript it is a plain link (the address bar
 * then holds the section's URL); with it, a click also copies that URL and
 * says so in a status message. The script is inline, so astro.config.mjs adds
 * its hash to the Content-Security-Policy.
 */
export const SECTION_LINK_CLASS = 'section-link';
export const COPY_STATUS_ID = 'copy-status';
/** One hidden "Link to section:" per page (BaseLayout); each link is named by it plus its heading. */
export const SECTION_LINK_PREFIX_ID = 'sl';

/** aria-labelledby for a section's link: read as "Link to section: <heading>". */
export function sectionLinkLabelledBy(headingId: string): string {
  return `${SECTION_LINK_PREFIX_ID} ${headingId}`;
}

/** The copier, saying `copied` (the page's language's "Link to this section copied") once the link is copied. */
export function copySectionLink(copied: string): string {
  const said = `'${copied.replace(/[\\']/g, '\\$&')}'`;
  return `addEventListener('click',e=>{const a=e.target.closest&&e.target.closest('a.section-link');if(!a||!navigator.clipboard)return;navigator.clipboard.writeText(location.origin+location.pathname+a.hash).then(()=>{const s=document.getElementById('copy-status');s.textContent='';setTimeout(()=>{s.textContent=${said}},50);a.dataset.copied='';setTimeout(()=>delete a.dataset.copied,2e3)},()=>{})})`;
}
