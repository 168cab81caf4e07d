// @ts-check
// Renders public/og-default.png (1200×630), the link-preview image for pages without their own.
// Usage: node scripts/og-image.mjs
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const html = `<!doctype html><html lang="id"><meta charset="utf-8"><style>
  body{margin:0;width:1200px;height:630px;display:flex;flex-direction:column;justify-content:center;
    padding:0 90px;box-sizing:border-box;font-family:Georgia,serif;color:#231a14;
    background:radial-gradient(circle at 92% 12%,#fbefcf 0 170px,transparent 171px),
      radial-gradient(circle at 4% 100%,rgba(180,71,43,.16) 0 220px,transparent 221px),#f3ece0}
  h1{font-size:96px;margin:0 0 20px}
  p{font:600 38px/1.35 system-ui,sans-serif;margin:0;max-width:900px;color:#5c4c40}
  .bar{display:flex;gap:18px;margin-top:48px}.bar span{height:18px;width:140px;border-radius:9px}
</style><h1>Hetero Space</h1><p>Ruang kerja bersama industri kreatif dan UMKM Jawa Tengah</p>
<div class="bar"><span style="background:#b4472b"></span><span style="background:#243b6b"></span><span style="background:#2f6b3a"></span></div>`;

const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium' } : {});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: 'public/og-default.png' });
await browser.close();
console.log('public/og-default.png');
