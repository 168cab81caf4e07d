// Measures what a first filtered search and a follow-up query cost a visitor, in Chromium:
// bytes on the wire and requests, from the browser's own network events.
// Usage: npm run build && node scripts/measure-search.mjs [baseURL]   (serves dist/ itself when no URL is given)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';

const PORT = 4331;
const base = process.argv[2] ?? `http://localhost:${PORT}`;
const server = process.argv[2] ? undefined : spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', 'localhost'], { stdio: 'ignore', detached: true });

async function measure() {
  for (let i = 0; i < 60 && !(await fetch(base).then((r) => r.ok, () => false)); i++) await sleep(500);
  const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined });
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0 }));
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  const snapshot = () => [...requests.values()];
  const sum = (list) => ({ requests: list.length, bytes: list.reduce((n, r) => n + r.bytes, 0) });
  const isSearch = (r) => r.url.includes('/pagefind/') || r.url.includes('/_astro/');

  await page.goto(`${base}/cari/?sektor=Kriya`);
  await page.getByRole('status').filter({ hasText: 'hasil' }).waitFor();
  await page.waitForLoadState('networkidle');
  const first = snapshot();
  await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('batik');
  await page.getByRole('status').filter({ hasText: 'batik' }).waitFor();
  await page.waitForLoadState('networkidle');
  const followUp = snapshot().slice(first.length);
  await browser.close();
  return {
    firstFilteredSearch: { all: sum(first), searchOnly: sum(first.filter(isSearch)) },
    followUpQuery: sum(followUp),
  };
}

try {
  const result = await measure();
  console.log(JSON.stringify(result, null, 2));
} finally {
  if (server) process.kill(-server.pid);
}
