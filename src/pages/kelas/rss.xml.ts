import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { classFeedItems } from '../../lib/feed';
import { SITE } from '../../consts';
import { siteOrigin } from '../../lib/urls';

export const GET: APIRoute = async (context) => {
  const site = await loadSite();
  return rss({
    title: `Kelas baru di ${SITE.name}`,
    description: 'Kelas, seminar, workshop, dan seri kelas mingguan yang baru diumumkan di Hetero Space, Semarang.',
    site: siteOrigin(context.site),
    items: classFeedItems(site),
    customData: '<language>id-ID</language>',
  });
};
