/**
 * After `npm run import` the real site still builds: the messy sheet of import.test.ts is
 * imported into a temporary copy of content/, then `astro build` runs against that copy
 * (CONTENT_DIR, as tests/unit/content-errors.test.ts does), and the new and updated businesses
 * have their pages. A full build: slow (about as long as one content-errors case).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const workdir = mkdtempSync(join(tmpdir(), 'hetero-import-build-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const SITE_NOW = '2026-03-15T09:00:00+07:00';
const BUILD_TIMEOUT = 300_000;

it(
  'builds the site from the imported content, with pages for the new and the updated businesses',
  { timeout: BUILD_TIMEOUT },
  () => {
    const contentDir = join(workdir, 'content');
    cpSync(join(root, 'content'), contentDir, { recursive: true });
    const input = join(workdir, 'usaha-jateng.csv');
    cpSync(join(root, 'tests/fixtures/import/usaha-jateng.csv'), input);
    const env = { ...process.env, CONTENT_DIR: contentDir, SITE_NOW, ASTRO_TELEMETRY_DISABLED: '1' };

    const imported = spawnSync(process.execPath, [join(root, 'scripts/import.mjs'), input], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    // 1: the sheet has refused rows on purpose; the valid ones are written.
    expect(imported.status, imported.stderr).toBe(1);
    expect(imported.stdout).toContain('14 baru, 1 diperbarui');

    const outDir = join(workdir, 'dist');
    const build = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...env, ASTRO_CACHE_DIR: join(workdir, 'cache') },
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT,
    });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);

    const page = (slug: string) => join(outDir, 'direktori', slug, 'index.html');
    for (const slug of ['keripik-singkong-mbok-darmi', 'sanggar-tari-kembang-sore', 'studio-animasi-tidar-magelang'])
      expect(existsSync(page(slug)), slug).toBe(true);
    expect(readFileSync(page('sanggar-tari-kembang-sore'), 'utf8')).toContain('Sanggar juga menerima pesanan pentas');
    expect(readFileSync(page('batik-sekar-arum-pekalongan'), 'utf8')).toContain('batiksekararum.official');
  },
);
