/** The directory as JSON open data; columns documented in docs/open-data.md. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { LICENCE, OPEN_DATA_COLUMNS, openDataRows } from '../../lib/open-data';
import { siteOrigin } from '../../lib/urls';
import { t } from '../../i18n';

export const GET: APIRoute = async ({ site }) => {
  const { businesses } = await loadSite();
  const body = {
    sumber: t('directory.openDataSource'),
    lisensi: LICENCE,
    kolom: Object.fromEntries(OPEN_DATA_COLUMNS),
    data: openDataRows(businesses, siteOrigin(site)),
  };
  return new Response(JSON.stringify(body, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
