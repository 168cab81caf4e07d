/** The index of areas and each regency's businesses for "Urutkan dari yang terdekat" (src/lib/nearby.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/content';
import { NEARBY_INDEX, nearbyEntries, nearbyIndex } from '../../../lib/nearby';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const index = nearbyIndex(site);
  return [
    { params: { area: NEARBY_INDEX }, props: { body: index } },
    ...index.areas.map((area) => ({
      params: { area: area.id },
      props: { body: nearbyEntries(site, area.id) },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['body']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
