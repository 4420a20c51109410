/**
 * Draws a share card (1200×630 PNG) at build time: satori lays the text out
 * as SVG, resvg's WebAssembly build turns it into a PNG (no native binary to
 * install per platform). The font comes from an npm package, so nothing is
 * downloaded and readers never load it: it lives only inside the images.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import satori from 'satori';
import { OG_IMAGE, type ShareCard } from './share-preview.ts';

const require = createRequire(import.meta.url);
const COLOURS = { bg: '#fbfcfc', band: '#0b6660', text: '#1b2a30', muted: '#4a5a61' };

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Node | Node[] | undefined };
}
const box = (style: Node['props']['style'], children?: Node['props']['children']): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

/** Long summaries are cut at a word so the card never overflows. */
export function fitSummary(summary: string, max = 190): string {
  if (summary.length <= max) return summary;
  return `${summary.slice(0, summary.lastIndexOf(' ', max - 1))}…`;
}

/** The card's layout: kind label, title, summary, and the site's name on a band. */
export function cardTree(card: ShareCard): Node {
  const titleSize = card.title.length > 40 ? 60 : 76;
  return box({ width: OG_IMAGE.width, height: OG_IMAGE.height, flexDirection: 'column', background: COLOURS.bg, color: COLOURS.text, fontFamily: 'Noto Sans' }, [
    box({ flexDirection: 'column', flexGrow: 1, padding: '64px 72px 0', width: '100%' }, [
      box({ fontSize: 30, fontWeight: 700, color: COLOURS.band, textTransform: 'uppercase', letterSpacing: 2 }, card.label),
      box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginTop: 40 }, card.title),
      box({ fontSize: 34, lineHeight: 1.35, color: COLOURS.muted, marginTop: 28 }, fitSummary(card.summary)),
    ]),
    box({ background: COLOURS.band, color: '#ffffff', fontSize: 30, fontWeight: 700, padding: '24px 72px', width: '100%' }, 'Massage Therapy Guide'),
  ]);
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

export async function renderCardPng(card: ShareCard): Promise<Uint8Array> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], { ...OG_IMAGE, fonts: await loadOnce() });
  // Free the WebAssembly objects at once: each holds a 3 MB pixmap that the
  // garbage collector, seeing only small JS wrappers, releases late or never
  // (1,200 cards in a row reached 3.7 GB and crashed resvg).
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' } });
  const image = resvg.render();
  try {
    return image.asPng();
  } finally {
    image.free();
    resvg.free();
  }
}
