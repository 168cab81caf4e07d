import { chromium } from '@playwright/test';
import { serve } from './scripts/serve.mjs';
const s = await serve(process.argv[2]);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const block of [true, false]) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  if (block) await page.route('**/*.woff2', (r) => r.abort());
  await page.goto(s.url + process.argv[3], { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const rects = await page.evaluate(() => ['.crumbs', '.page-header .eyebrow', '.page-header h1', '.page-header .lead', '.site-header'].map((sel) => { const e = document.querySelector(sel); const r = e?.getBoundingClientRect(); return `${sel}: y=${r?.y.toFixed(1)} h=${r?.height.toFixed(1)} font=${e ? getComputedStyle(e).fontFamily.slice(0,60) : ''}`; }));
  console.log(block ? 'FALLBACK' : 'WEBFONT', '\n ' + rects.join('\n '));
  await ctx.close();
}
await browser.close(); process.exit(0);
