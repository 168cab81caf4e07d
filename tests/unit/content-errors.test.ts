/**
 * A broken content file must stop the real build with a message naming the file and the field
 * (or line), and nothing may be skipped silently. Each case copies content/ to a temporary
 * folder, breaks it, and runs `astro build` against the copy (CONTENT_DIR), so the working tree
 * is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const workdir = mkdtempSync(join(tmpdir(), 'hetero-content-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

const programme = readdirSync(join(root, 'content/programmes/id'))
  .filter((file) => file.endsWith('.md'))[0]!
  .replace(/\.md$/, '');

const BUILD_TIMEOUT = 120_000;

function buildWith(name: string, files: Record<string, string>) {
  const contentDir = join(workdir, name, 'content');
  cpSync(join(root, 'content'), contentDir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(contentDir, file)), { recursive: true });
    writeFileSync(join(contentDir, file), text);
  }
  const result = spawnSync('npx', ['astro', 'build', '--outDir', join(workdir, name, 'dist')], {
    cwd: root,
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      ASTRO_CACHE_DIR: join(workdir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const frontmatter = (lines: string, body = 'Isi.') => `---\n${lines.trim()}\n---\n${body}\n`;

const business = (change: (lines: string) => string = (l) => l) =>
  frontmatter(
    change(`
name: Usaha Uji
sectors: [kriya]
scale: mikro
regency: kab-jepara
address: Jl. Uji No. 1, Jepara
founded: 2019
listedOn: 2026-01-15
summary: Usaha uji untuk memastikan kesalahan isi terlihat jelas.
contact:
  whatsapp: "+6281225009999"
`),
  );

const session = (change: (lines: string) => string = (l) => l) =>
  frontmatter(
    change(`
title: Kelas Uji
programme: ${programme}
start: "2026-12-05T09:00:00+07:00"
end: "2026-12-05T12:00:00+07:00"
room: meja-kerja-bersama
announced: "2026-11-20"
`),
  );

/** A weekly series in a room of its own, so only the change under test can break it. */
const series = (change: (lines: string) => string = (l) => l) =>
  frontmatter(
    change(`
title: Seri Uji
programme: ${programme}
weekdays: [jumat]
startTime: "08:00"
endTime: "09:00"
firstDate: "2026-11-06"
lastDate: "2026-12-18"
room: pojok-etalase
announced: "2026-10-01"
`),
  );

const CASES: { name: string; files: Record<string, string>; expected: string[] }[] = [
  {
    name: 'missing required field',
    files: { 'classes/id/kelas-rusak.md': session((l) => l.replace('title: Kelas Uji\n', '')) },
    expected: ['kelas-rusak', 'title', 'Wajib diisi'],
  },
  {
    name: 'wrong type',
    files: {
      'businesses/kab-jepara/id/usaha-rusak.md': business((l) => l.replace('founded: 2019', 'founded: dua ribu')),
    },
    expected: ['usaha-rusak', 'founded', 'Harus berupa angka'],
  },
  {
    name: 'unknown sector',
    files: { 'businesses/kab-jepara/id/usaha-rusak.md': business((l) => l.replace('[kriya]', '[batik]')) },
    expected: ['usaha-rusak', 'sectors', 'batik'],
  },
  {
    name: 'unknown regency',
    files: { 'businesses/kab-jepara/id/usaha-rusak.md': business((l) => l.replace('kab-jepara', 'kab-atlantis')) },
    expected: ['usaha-rusak', 'regency', 'kab-atlantis'],
  },
  {
    name: 'misspelt field name',
    files: { 'businesses/kab-jepara/id/usaha-rusak.md': business((l) => l.replace('address:', 'alamat:')) },
    expected: ['usaha-rusak', 'Kolom tidak dikenal: alamat'],
  },
  {
    name: 'impossible date',
    files: { 'classes/id/kelas-rusak.md': session((l) => l.replace('2026-12-05T09:00', '2026-02-30T09:00')) },
    expected: ['kelas-rusak', 'start', 'zona waktu'],
  },
  {
    name: 'time without a time zone',
    files: {
      'classes/id/kelas-rusak.md': session((l) =>
        l.replace('"2026-12-05T09:00:00+07:00"', '2026-12-05T09:00:00').replace('12:00:00+07:00', '23:00:00+07:00'),
      ),
    },
    expected: ['kelas-rusak.md', 'field "start"', '+07:00'],
  },
  {
    name: 'end before start',
    files: { 'classes/id/kelas-rusak.md': session((l) => l.replace('12:00:00+07:00', '08:00:00+07:00')) },
    expected: ['kelas-rusak', 'end', 'Waktu selesai harus setelah waktu mulai'],
  },
  {
    name: 'missing programme reference',
    files: {
      'classes/id/kelas-rusak.md': session((l) => l.replace(`programme: ${programme}`, 'programme: program-hilang')),
    },
    expected: ['kelas-rusak.md', 'programme', 'program-hilang'],
  },
  {
    name: 'missing mentor reference',
    files: { 'classes/id/kelas-rusak.md': session((l) => `${l}\nmentors: [mentor-tidak-ada]`) },
    expected: ['kelas-rusak.md', 'mentors[0]', 'mentor-tidak-ada'],
  },
  {
    name: 'bad URL',
    files: {
      'classes/id/kelas-rusak.md': session((l) => `${l}\nattendance: daring\nonlineUrl: "javascript:alert(1)"`),
    },
    expected: ['kelas-rusak', 'onlineUrl', 'https://'],
  },
  {
    name: 'bad WhatsApp number',
    files: { 'businesses/kab-jepara/id/usaha-rusak.md': business((l) => l.replace('+6281225009999', '081225009999')) },
    expected: ['usaha-rusak', 'contact.whatsapp', '+62'],
  },
  {
    name: 'no contact at all',
    files: {
      'businesses/kab-jepara/id/usaha-rusak.md': business((l) =>
        l.replace(/contact:\n.*$/m, 'contact: {}').replace(/^ {2}whatsapp.*$/m, ''),
      ),
    },
    expected: ['usaha-rusak', 'contact', 'Isi minimal satu kontak'],
  },
  {
    name: 'price as text',
    files: {
      'businesses/kab-jepara/id/usaha-rusak.md': business((l) => `${l}\nproducts:\n  - name: Meja\n    price: hubungi`),
    },
    expected: ['usaha-rusak', 'products.0.price', 'Harus berupa angka'],
  },
  {
    name: 'image that does not exist',
    files: { 'businesses/kab-jepara/id/usaha-rusak.md': business((l) => `${l}\nlogo: ../../_media/tidak-ada.png`) },
    expected: ['usaha-rusak.md', 'field "logo"', '../../_media/tidak-ada.png', 'does not exist'],
  },
  {
    name: 'duplicate slug',
    files: {
      'businesses/kab-jepara/id/Usaha Rusak.md': business(),
      'businesses/kab-jepara/id/usaha-rusak.md': business(),
    },
    expected: ['usaha-rusak.md', 'Usaha Rusak.md', 'both get the slug "usaha-rusak"'],
  },
  {
    name: 'YAML syntax error',
    files: { 'mentors/id/mentor-rusak.md': frontmatter('name: "Mentor tanpa tanda kutip penutup\nheadline: x') },
    expected: ['mentor-rusak'],
  },
  {
    name: 'empty file',
    files: { 'partners/id/mitra-kosong.md': '' },
    expected: ['mitra-kosong', 'name', 'Wajib diisi'],
  },
  {
    name: 'timetable with an impossible unquoted date',
    files: {
      'timetables/id/jadwal-rusak.md': series((l) => l.replace('firstDate: "2026-11-06"', 'firstDate: 2026-02-30')),
    },
    expected: ['jadwal-rusak.md', 'field "firstDate"', '2026-02-30', 'not a day of the calendar'],
  },
  {
    name: 'timetable with an unknown weekday',
    files: {
      'timetables/id/jadwal-rusak.md': series((l) => l.replace('weekdays: [jumat]', 'weekdays: [jumat, senen]')),
    },
    expected: ['jadwal-rusak', 'weekdays', 'Nilai "senen" tidak dikenal'],
  },
  {
    name: 'timetable exception on no session',
    files: {
      'timetables/id/jadwal-rusak.md': series(
        (l) => `${l}\nexceptions:\n  - date: "2026-12-25"\n  - date: "2026-12-24"`,
      ),
    },
    expected: ['jadwal-rusak', 'exceptions', 'Kamis, 24 Desember 2026 bukan hari sesi'],
  },
  {
    name: 'timetable sessions overlapping in one room',
    files: {
      'timetables/id/jadwal-rusak.md': series(),
      'timetables/id/jadwal-bentrok.md': series((l) =>
        l.replace('startTime: "08:00"', 'startTime: "08:30"').replace('endTime: "09:00"', 'endTime: "10:00"'),
      ),
    },
    expected: [
      'timetables/id/jadwal-bentrok.md: field "startTime": the session of 2026-11-06 overlaps',
      'timetables/id/jadwal-rusak.md (session of 2026-11-06)',
      'pojok-etalase',
    ],
  },
  {
    name: 'booking overlapping a session in its room',
    files: {
      'bookings/bentrok.md': frontmatter(`
title: Foto katalog
room: studio-foto
start: "2026-12-05T10:00:00+07:00"
end: "2026-12-05T11:00:00+07:00"
`),
    },
    expected: [
      'bookings/bentrok.md: field "start": this booking overlaps',
      'classes/id/2026-12-05-workshop-foto-katalog-marketplace.md',
      'studio-foto',
    ],
  },
  {
    name: 'booking of a room that does not exist',
    files: {
      'bookings/tanpa-ruang.md': frontmatter(`
title: Rapat
room: aula-besar
start: "2026-12-05T10:00:00+07:00"
end: "2026-12-05T11:00:00+07:00"
`),
    },
    expected: ['bookings/tanpa-ruang.md', 'field "room"', 'aula-besar'],
  },
  {
    name: 'timetable with a missing mentor',
    files: { 'timetables/id/jadwal-rusak.md': series((l) => `${l}\nmentors: [mentor-tidak-ada]`) },
    expected: ['jadwal-rusak.md', 'mentors[0]', 'mentor-tidak-ada'],
  },
  {
    name: 'translation with a field that is the same in every language',
    files: {
      'businesses/kab-klaten/en/gerabah-melikan-putaran-miring.md': frontmatter(
        'summary: Slanted-wheel potters of Melikan, Klaten.\nregency: kab-klaten',
        'Profile.',
      ),
    },
    expected: ['en/gerabah-melikan-putaran-miring.md', 'regency', 'sama untuk semua bahasa'],
  },
  {
    name: 'translation of a slug that has no entry',
    files: {
      'businesses/kab-jepara/en/usaha-tidak-ada.md': frontmatter('summary: A business that was renamed in the CMS.'),
    },
    expected: ['en/usaha-tidak-ada.md', 'content/businesses/kab-jepara/id/usaha-tidak-ada.md does not exist'],
  },
  {
    name: 'business filed under another regency than its field',
    files: { 'businesses/kab-klaten/id/usaha-rusak.md': business() },
    expected: ['businesses/kab-klaten/id/usaha-rusak.md', 'regency', 'kab-jepara', 'move it to'],
  },
  {
    name: 'business left outside a regency folder',
    files: { 'businesses/id/usaha-rusak.md': business() },
    expected: ['businesses/id/usaha-rusak.md', 'files go in', '<regency>/id/'],
  },
  {
    name: 'translation filed under another regency than its entry',
    files: {
      'businesses/kab-jepara/en/laundry-bersih-wangi-tembalang.md': frontmatter(
        'summary: A laundry in Tembalang that collects and delivers.',
        'Profile.',
      ),
    },
    expected: ['kab-jepara/en/laundry-bersih-wangi-tembalang.md', 'filed under "kota-semarang"', 'move it there'],
  },
  {
    name: 'slug taken by a route',
    files: { 'businesses/kab-jepara/id/sektor.md': business() },
    expected: ['businesses/kab-jepara/id/sektor.md', 'route of the site'],
  },
];

describe.each(CASES)('a broken content file ($name)', ({ name, files, expected }) => {
  // A real build, so the spawn's own timeout applies (20 s is too short beside other work on two cores).
  it('fails the build and names the file and the field', { timeout: BUILD_TIMEOUT }, () => {
    const { status, output } = buildWith(name.replace(/\W+/g, '-'), files);
    expect(status).not.toBe(0);
    for (const part of expected) expect(output).toContain(part);
  });
});

it('tries at least 15 kinds of broken file', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(15);
});

it('the unbroken content passes validation (astro sync)', { timeout: BUILD_TIMEOUT }, () => {
  const result = spawnSync('npx', ['astro', 'sync'], {
    cwd: root,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(result.status, result.stderr).toBe(0);
});
