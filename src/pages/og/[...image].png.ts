import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { keptFiles } from '../../lib/checks/url-contract.ts';
import { SHARE_IMAGE_CACHE } from '../../lib/build/build-dirs.ts';
import { renderCardPng } from '../../lib/clinics/og-image.ts';
import { shareCards, type ShareCard } from '../../lib/clinics/share-preview.ts';
import { PAGE_DESCRIPTIONS, SITE_DESCRIPTION } from '../../lib/build/site-config.ts';

/** One 1200×630 share image per card: /og/home.png, /og/types/medical-massage.png, ... */
export async function getStaticPaths() {
  const site = await loadSite();
  const cards = shareCards(site, { home: SITE_DESCRIPTION, ...PAGE_DESCRIPTIONS });
  // A renamed entry's published image is drawn again under its old name.
  const kept = keptFiles(site.kept, new Map(cards.map((card) => [card.image, card]))).map(({ from, now }) => ({ image: from, card: now }));
  return [...cards.map((card) => ({ image: card.image, card })), ...kept].map(({ image, card }) => ({ params: { image: image.slice('/og/'.length, -'.png'.length) }, props: { card } }));
}

// A build renders pages in worker threads, one per core (parallelPrerender in
// astro.config.mjs), so each card is drawn where its page renders: every core
// draws, and each worker keeps its own background and words (og-image.ts).
export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardPng((props as { card: ShareCard }).card, SHARE_IMAGE_CACHE);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
