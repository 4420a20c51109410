import type { APIRoute } from 'astro';
import css from '../styles/print.css?raw';

/** The print stylesheet, with the site's address filled in so printed links can be typed back in (a local build prints paths). */
export const GET: APIRoute = ({ site }) =>
  new Response(css.replaceAll('SITE_ORIGIN', site?.origin ?? ''), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
