import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { classFeedItems } from '../../lib/feed';
import { LOCALE_TAG, t } from '../../i18n';
import { siteOrigin } from '../../lib/urls';

export const GET: APIRoute = async (context) => {
  const site = await loadSite();
  return rss({
    title: t('layout.feedTitle'),
    description: t('feed.description'),
    site: siteOrigin(context.site),
    items: classFeedItems(site),
    customData: `<language>${LOCALE_TAG}</language>`,
  });
};
