/**
 * Draws a share card (1200×630 PNG) at build time: satori lays the text out
 * as SVG, resvg's WebAssembly build rasterises it (as fast here as its native
 * build, and nothing per platform), and sharp, already installed for Astro's
 * images, encodes the PNG natively (three times faster than resvg's encoder,
 * and smaller). The font comes from an npm package, so nothing is downloaded
 * and readers never load it: it lives only inside the images.
 *
 * Drawing one card costs about 40 ms, the largest cost of a big build, so
 * cards are kept in a cache folder under a hash of everything that shapes the
 * pixels: a rebuild draws only the cards whose text or design changed.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire, findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { PALETTE } from '../build/palette.ts';
import { OG_IMAGE, type ShareCard } from './share-preview.ts';
import { SITE_NAME } from '../build/site-config.ts';

const require = createRequire(import.meta.url);
// Share images are drawn in the light scheme; the band's text is the surface colour on the accent.
const COLOURS = { bg: PALETTE.light.bg, band: PALETTE.light.accent, onBand: PALETTE.light.surface, text: PALETTE.light.text, muted: PALETTE.light.muted };
/** Raise when the drawing or encoding changes in a way the card tree does not show. */
const CARD_FORMAT = 2;

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Node | Node[] | undefined };
}
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** Long summaries are cut at a word so the card never overflows. */
export function fitSummary(summary: string, max = 190): string {
  if (summary.length <= max) return summary;
  // Drop the punctuation the cut lands on, so a sentence never ends ".…".
  return `${summary.slice(0, summary.lastIndexOf(' ', max - 1)).replace(/[.,;:]+$/, '')}…`;
}

/** The card's layout: kind label, title, summary, and the site's name on a band. */
export function cardTree(card: ShareCard): Node {
  const titleSize = card.title.length > 40 ? 60 : 76;
  return box({ width: OG_IMAGE.width, height: OG_IMAGE.height, flexDirection: 'column', background: COLOURS.bg, color: COLOURS.text, fontFamily: 'Noto Sans' }, [
    // No width on the padded boxes: the column stretches them, and width 100% plus padding pushed the text off the card.
    box({ flexDirection: 'column', flexGrow: 1, padding: '64px 72px 0' }, [
      box({ fontSize: 30, fontWeight: 700, color: COLOURS.band, textTransform: 'uppercase', letterSpacing: 2 }, card.label),
      box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginTop: 40 }, card.title),
      box({ fontSize: 34, lineHeight: 1.35, color: COLOURS.muted, marginTop: 28 }, fitSummary(card.summary)),
    ]),
    box({ background: COLOURS.band, color: COLOURS.onBand, fontSize: 30, fontWeight: 700, padding: '24px 72px' }, SITE_NAME),
  ]);
}

const version = (pkg: string): string => (JSON.parse(readFileSync(findPackageJSON(pkg, import.meta.url)!, 'utf8')) as { version: string }).version;

/** The versions of everything that draws a card, so an upgrade redraws them all. */
const RENDERERS = ['satori', '@resvg/resvg-wasm', 'sharp', '@fontsource/noto-sans'].map((pkg) => `${pkg}@${version(pkg)}`).join(' ');

/** The cache key of a card: its layout tree, the renderers and the format. */
export function cardKey(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify([CARD_FORMAT, RENDERERS, cardTree(card)])).digest('hex');
}

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;
function loadOnce() {
  fonts ??= (async () => {
    await initWasm(readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
    // The package's exports map only its CSS; the font files sit beside it.
    const root = dirname(require.resolve('@fontsource/noto-sans'));
    const file = (weight: number) => readFile(join(root, 'files', `noto-sans-latin-${weight}-normal.woff`));
    return [
      { name: 'Noto Sans', data: await file(400), weight: 400 as const, style: 'normal' as const },
      { name: 'Noto Sans', data: await file(700), weight: 700 as const, style: 'normal' as const },
    ];
  })();
  return fonts;
}

/** Draws one card; the build runs this in worker threads (src/lib/clinics/og-worker.ts). */
export async function drawCard(card: ShareCard): Promise<Uint8Array> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { ...OG_IMAGE, fonts: await loadOnce() });
  // Free the WebAssembly objects at once: each holds a 3 MB pixmap that the
  // garbage collector, seeing only small JS wrappers, releases late or never
  // (1,200 cards in a row reached 3.7 GB and crashed resvg).
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
  const image = resvg.render();
  try {
    // The card is opaque: RGB without alpha, no adaptive filtering (flat colours gain nothing from it).
    return await sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
      .removeAlpha()
      .png({ compressionLevel: 6, adaptiveFiltering: false })
      .toBuffer();
  } finally {
    image.free();
    resvg.free();
  }
}

/** The card's PNG, from the cache folder when an identical card was drawn before, else drawn by `draw`. */
export async function renderCardPng(card: ShareCard, cacheDir: string, draw = drawCard): Promise<Uint8Array> {
  const file = join(cacheDir, `${cardKey(card)}.png`);
  try {
    return readFileSync(file);
  } catch {
    const png = await draw(card);
    mkdirSync(cacheDir, { recursive: true });
    // Written aside and renamed, so a build stopped halfway never leaves a torn image to be reused.
    writeFileSync(`${file}.${process.pid}.tmp`, png);
    renameSync(`${file}.${process.pid}.tmp`, file);
    return png;
  }
}
