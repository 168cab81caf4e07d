// @ts-check
// Screenshots of key pages at phone and desktop widths, for docs/screenshots/.
// Usage: npm run build && npm run screenshots  (serves dist/ with scripts/serve.mjs).
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const OUT = 'docs/screenshots';
const WIDTHS = [360, 1280];

/**
 * First entry page of a listing in dist/, skipping the listing's own route folders.
 * @param {string} dir
 * @param {string[]} skip
 */
function firstEntry(dir, skip) {
  const names = readdirSync(`dist/${dir}`, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !skip.includes(d.name))
    .map((d) => d.name)
    .sort();
  if (names.length === 0) throw new Error(`No entries under dist/${dir}; run npm run build first.`);
  return `/${dir}/${names[0]}/`;
}

const pages = {
  home: '/',
  kelas: process.argv[2] ?? firstEntry('kelas', ['arsip']),
  usaha: process.argv[3] ?? firstEntry('direktori', ['sektor', 'wilayah', 'halaman']),
};

mkdirSync(OUT, { recursive: true });
const server = await serve('dist');
try {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  for (const width of WIDTHS) {
    const page = await browser.newPage({
      viewport: { width, height: 800 },
      deviceScaleFactor: 1,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    // The pages were built at SITE_NOW: show them as a visitor saw them then, whatever today is.
    if (process.env.SITE_NOW) await page.clock.install({ time: new Date(process.env.SITE_NOW) });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
      console.log(`${OUT}/${name}-${width}.png  ←  ${path}`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  await server.close();
}
