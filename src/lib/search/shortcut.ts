/**
 * The only script on article pages (about 200 bytes): "/" focuses the search
 * box (the first on the page: the header's, or the page's own), as on most search-led sites. It is inline, so astro.config.mjs adds its
 * hash to the Content-Security-Policy.
 */
export const SEARCH_SHORTCUT =
  "addEventListener('keydown',e=>{if(e.key=='/'&&!e.ctrlKey&&!e.metaKey&&!/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)){e.preventDefault();document.querySelector('input[type=search]').focus()}})";
