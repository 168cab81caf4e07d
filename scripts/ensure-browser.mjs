// @ts-check
// Makes sure Playwright has a Chromium to drive. Playwright cannot download its own browser on
// every machine, so use Debian's /usr/bin/chromium (installing it with apt-get when missing and
// running as root); elsewhere fall back to Playwright's own download.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const run = (/** @type {string} */ cmd) => execSync(cmd, { stdio: 'inherit' });

if (existsSync(SYSTEM_CHROMIUM)) {
  console.log(`Browser: ${SYSTEM_CHROMIUM}`);
} else if (existsSync(chromium.executablePath())) {
  console.log(`Browser: Playwright's Chromium at ${chromium.executablePath()}`);
} else if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Installing Debian chromium for the browser tests…');
  run('apt-get update -qq');
  run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
  console.log('Installing Playwright Chromium…');
  run('npx playwright install chromium');
}
