import type { APIRoute } from 'astro';
import { loadSite } from '../../data/site.ts';
import { SHARE_IMAGE_CACHE } from '../../lib/build-dirs.ts';
import { renderCardPng } from '../../lib/og-image.ts';
import { shareCards, type ShareCard } from '../../lib/share-preview.ts';
import { PAGE_DESCRIPTIONS, SITE_DESCRIPTION } from '../../lib/site-config.ts';

/** One 1200×630 share image per card: /og/home.png, /og/types/medical-massage.png, ... */
export async function getStaticPaths() {
  const site = await loadSite();
  const cards = shareCards(site, { home: SITE_DESCRIPTION, ...PAGE_DESCRIPTIONS });
  return cards.map((card) => ({ params: { image: card.image.slice('/og/'.length, -'.png'.length) }, props: { card } }));
}

export const GET: APIRoute = async ({ props }) => {
  const png = await renderCardPng((props as { card: ShareCard }).card, SHARE_IMAGE_CACHE);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
