import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium where present (Playwright cannot download its own here), else Playwright's. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = existsSync(SYSTEM_CHROMIUM)
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
    }
  : {};

/** The schedule is relative to "now"; tests fix it so upcoming and past classes are stable. */
export const TEST_NOW = '2026-11-27T10:00:00+07:00';
const PORT = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
  },
  projects: [
    // Gates over dist/ and the full accessibility sweep run once, in the desktop project.
    { name: 'mobile', use: { ...devices['Pixel 7'], launchOptions }, testIgnore: /cms\.spec|dist\.spec|sweep\.spec/ },
    { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions }, testIgnore: /cms\.spec/ },
    {
      // The editor's browser is deliberately far from WIB: times typed must still mean WIB.
      name: 'cms',
      use: { ...devices['Desktop Chrome'], launchOptions, timezoneId: 'America/Los_Angeles', locale: 'en-US' },
      testMatch: /cms\.spec/,
    },
  ],
  webServer: [
    {
      // scripts/serve.mjs applies netlify.toml's headers and redirects: what is tested is what Netlify serves.
      command: `npm run build && npm run preview -- --port ${PORT} --host localhost`,
      env: { SITE_NOW: TEST_NOW },
      url: `http://localhost:${PORT}/`,
      timeout: 300_000,
      reuseExistingServer: !process.env['CI'],
    },
    {
      // decap-server on a copy of content/ (never reused: a running `npm start` would write into content/).
      command: 'node scripts/cms-test-backend.mjs',
      port: 8081,
      timeout: 60_000,
      reuseExistingServer: false,
    },
  ],
});
