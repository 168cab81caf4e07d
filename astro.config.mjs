// @ts-check
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind';

/** Public origin of the site; Netlify sets URL on deploys, so previews get their own. */
const site = process.env.URL ?? 'https://heterospace.netlify.app';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The CMS at /admin/ is for editors, not for search engines.
  integrations: [react(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') }), pagefindIndex()],
  prefetch: false,
});
