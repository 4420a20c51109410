/**
 * Where the build reads content and keeps what it can reuse. The bad-content
 * tests and the scale benchmark point CONTENT_ROOT and ASTRO_CACHE_DIR at
 * folders of their own, so their builds never read or spoil the real ones.
 */
import { join } from 'node:path';

export const CACHE_DIR = process.env['ASTRO_CACHE_DIR'] ?? './node_modules/.astro';
/** Drawn share images, by content hash (src/lib/clinics/og-image.ts). */
export const SHARE_IMAGE_CACHE = join(CACHE_DIR, 'share-images');

/** The content folder; the bad-content tests and the benchmark point it at copies of their own. */
export const CONTENT_ROOT = process.env['CONTENT_ROOT'] ?? './content';

/**
 * The URL contract with clinics (published-urls.txt and what goes with it).
 * Outside content/, so a find-and-replace over the articles cannot rewrite
 * the record of what was published; the bad-content tests point it at a
 * folder of their own.
 */
export const CONTRACT_ROOT = process.env['CONTRACT_ROOT'] ?? './contract';
/** Every public URL the site has published (append only). */
export const URL_MANIFEST = join(CONTRACT_ROOT, 'published-urls.txt');
/** Every section anchor of an article or pair page ever published (append only). */
export const ANCHOR_MANIFEST = join(CONTRACT_ROOT, 'published-anchors.txt');
/** Published pages that are gone, and where each answers now (src/lib/checks/url-contract.ts: parseRedirects). */
export const REDIRECTS_FILE = join(CONTRACT_ROOT, 'redirects.txt');
