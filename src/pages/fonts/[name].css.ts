import type { APIRoute, GetStaticPaths } from 'astro';
import { fontStylesheet, fontStylesheetName } from '../../lib/fonts';

/** The @font-face rules every page links (src/lib/fonts.ts), under their content hash. */
export const getStaticPaths = (() => [{ params: { name: fontStylesheetName } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(fontStylesheet, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
