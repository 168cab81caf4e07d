/** The plain regency tile map, once per language, reused by every business page (src/lib/tile-map.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../../i18n';
import { tileMapSvg } from '../../../lib/tile-map';

export const getStaticPaths = (() =>
  Object.keys(LOCALES).map((locale) => ({ params: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(tileMapSvg(params['locale'] as Locale), { headers: { 'Content-Type': 'image/svg+xml' } });
