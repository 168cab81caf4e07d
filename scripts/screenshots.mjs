// @ts-check
// Screenshots of key pages at phone and desktop widths, for docs/screenshots/.
// Usage: npm run build && npm run screenshots  (serves dist/ with `astro preview`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const PORT = 4330;
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
const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', 'localhost'], {
  stdio: 'ignore',
  detached: true,
});
try {
  for (let i = 0; i < 60; i++) {
    if (
      await fetch(`http://localhost:${PORT}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(500);
  }
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
      await page.goto(`http://localhost:${PORT}${path}`, { waitUntil: 'networkidle' });
      await page.screenshot({ path: `${OUT}/${name}-${width}.png`, fullPage: true });
      console.log(`${OUT}/${name}-${width}.png  ←  ${path}`);
    }
    await page.close();
  }
  await browser.close();
} finally {
  // The server's process group; a pid of NaN (the server never started) makes process.kill throw.
  process.kill(-Number(server.pid));
}
