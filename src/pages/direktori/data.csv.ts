/** The directory as CSV open data (UTF-8 with BOM, RFC 4180 quoting, CRLF). */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { openDataRows, openDataCsv } from '../../lib/open-data';
import { siteOrigin } from '../../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { businesses } = await loadSite();
  return new Response(openDataCsv(openDataRows(businesses, siteOrigin(site))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
