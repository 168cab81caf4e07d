/**
 * `npm run import`: a messy office spreadsheet (tests/fixtures/import/usaha-jateng.csv, and the
 * same table as XLSX, made here with write-excel-file as Excel would store it: digit-only cells
 * as numbers) imported into a temporary copy of content/, never the real one.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { load } from 'js-yaml';
import writeXlsxFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/lib/import/cli';
import { columnsMarkdown } from '../../src/lib/import/columns';
import { FIELD_ORDER } from '../../src/lib/import/merge';
import { PLACE_ALIASES, SECTOR_ALIASES } from '../../src/lib/import/normalise';
import { businesses, contentCmsFields, contentSchema, plainContext } from '../../src/schema';

const root = new URL('../..', import.meta.url).pathname;
const fixtures = join(root, 'tests/fixtures/import');
const workdir = mkdtempSync(join(tmpdir(), 'hetero-import-'));
afterAll(() => rmSync(workdir, { recursive: true, force: true }));

// 2026-03-14 20:00 UTC is already 15 March in WIB: listedOn must follow WIB, not UTC.
const SITE_NOW = '2026-03-15T03:00:00+07:00';
const LISTED_ON = '2026-03-15';
const schema = contentSchema(businesses, { ...plainContext, now: new Date(SITE_NOW) });
const CMS_ORDER = contentCmsFields(businesses).map((field) => field.name);

/** A fresh copy of content/ under a name of its own. */
function contentCopy(name: string): string {
  const dir = join(workdir, name, 'content');
  cpSync(join(root, 'content'), dir, { recursive: true });
  return dir;
}

/**
 * The Indonesian business files below a content folder, by file name: they are filed by regency
 * (content/businesses/<regency>/id/<slug>.md), and a slug is unique across regencies.
 */
const businessFiles = (content: string) =>
  Object.fromEntries(
    readdirSync(join(content, 'businesses')).flatMap((regency) =>
      Object.entries(filesOf(join(content, 'businesses', regency, 'id'))),
    ),
  );

/** A business file by name, in whichever regency folder it sits (a path that does not exist if none). */
const businessPath = (content: string, name: string) => {
  const regency = readdirSync(join(content, 'businesses')).find((r) =>
    existsSync(join(content, 'businesses', r, 'id', name)),
  );
  return join(content, 'businesses', regency ?? 'tidak-ada', 'id', name);
};

/** Every file of a folder (its translations' subfolder too), by path below it. */
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path, 'utf8')];
      }),
  );

/** The importer in this process (the fast way). */
async function runImport(args: string[], contentDir: string) {
  let out = '';
  let err = '';
  const code = await main(
    args,
    { CONTENT_DIR: contentDir, SITE_NOW },
    { write: (text: string) => (out += text) },
    { write: (text: string) => (err += text) },
  );
  return { code, out, err };
}

/** `node scripts/import.mjs`, as `npm run import` runs it. */
function runScript(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/import.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_NOW },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** What Decap CMS writes when it saves `text` unchanged: its own formatter, fed what it reads. */
async function decapSave(text: string): Promise<string> {
  const formatter = 'decap-cms-core/src/formats/frontmatter';
  const { frontmatterYAML } = (await import(/* @vite-ignore */ formatter)) as {
    frontmatterYAML(this: void): {
      fromFile(this: void, text: string): Record<string, unknown>;
      toFile(this: void, data: object, order: string[]): string;
    };
  };
  const decap = frontmatterYAML();
  const saved = decap.toFile(decap.fromFile(text), CMS_ORDER);
  // backend.ts entryToRaw ends every file with a line break.
  return saved.endsWith('\n') ? saved : `${saved}\n`;
}

const frontmatter = (text: string) => load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;

/** The sheet as Excel keeps it: a cell of digits only is a number (so 0812… loses its 0). */
function asExcel(rows: string[][]) {
  return rows.map((row) => row.map((cell) => (cell === '' ? null : /^\d{1,15}$/.test(cell) ? Number(cell) : cell)));
}

const csvFile = join(workdir, 'input', 'usaha-jateng.csv');
const xlsxFile = join(workdir, 'input-xlsx', 'usaha-jateng.xlsx');
const secondSheetFile = join(workdir, 'input-xlsx', 'lembar-kedua.xlsx');

let csvRun: { code: number | null; out: string; err: string };
let csvContent: string;
let xlsxRun: { code: number; out: string; err: string };
let xlsxContent: string;
const original = businessFiles(join(root, 'content'));

beforeAll(async () => {
  mkdirSync(join(workdir, 'input'), { recursive: true });
  mkdirSync(join(workdir, 'input-xlsx'), { recursive: true });
  cpSync(join(fixtures, 'usaha-jateng.csv'), csvFile);
  const rows = parse(readFileSync(csvFile, 'utf8'), {
    delimiter: ';',
    bom: true,
    relax_column_count: true,
  });
  const data = asExcel(rows);
  await writeXlsxFile([
    { sheet: 'Data UMKM', data },
    { sheet: 'Catatan', data: [['Diisi petugas lapangan']] },
  ]).toFile(xlsxFile);
  await writeXlsxFile([
    { sheet: 'Petunjuk', data: [['Isi data di lembar "Data UMKM".']] },
    { sheet: 'Data UMKM', data },
  ]).toFile(secondSheetFile);

  csvContent = contentCopy('csv');
  csvRun = runScript([csvFile], csvContent);
  xlsxContent = contentCopy('xlsx');
  xlsxRun = await runImport([xlsxFile], xlsxContent);
}, 60_000);

describe('a messy sheet (CSV with semicolons and BOM)', () => {
  it('exits 1, as some rows were refused, and says what happened to each row by its spreadsheet number', () => {
    expect(csvRun.err).toBe('');
    expect(csvRun.code).toBe(1);
    const out = csvRun.out;
    expect(out).toContain('Ringkasan: 14 baru, 1 diperbarui, 0 tidak berubah, 3 ditolak, 1 duplikat.');
    // The multi-line cell of row 3 does not shift the numbers: they are the spreadsheet's rows.
    expect(out).toMatch(/^Baris 2: dibuat .*keripik-singkong-mbok-darmi\.md$/m);
    expect(out).toMatch(
      /^Baris 4: DITOLAK\n {2}- kolom E "Kab\/Kota": "Semarang" bisa berarti Kab\. Semarang atau Kota Semarang/m,
    );
    expect(out).toMatch(/^Baris 9: memperbarui .*batik-sekar-arum-pekalongan\.md \(Instagram\)$/m);
    expect(out).toMatch(/^Baris 10: DUPLIKAT baris 2 /m);
    expect(out).toMatch(/^Baris 11: DITOLAK\n {2}- kolom I "Email": Alamat e-mail tidak valid\.$/m);
    expect(out).toMatch(/^Baris 12: DITOLAK\n {2}- kolom L "Deskripsi Usaha": Minimal 20 karakter\.$/m);
    // The blank row 17 is no business; the rows after it keep their numbers.
    expect(out).not.toMatch(/^Baris 17/m);
    expect(out).toMatch(/^Baris 21: dibuat /m);
  });

  it('lists the columns it does not import, never dropping one silently', () => {
    expect(csvRun.out).toContain('Kolom tidak dikenal, TIDAK diimpor: kolom P "Catatan Petugas".');
    expect(csvRun.out).toContain('kolom A "No" (nomor urut baris)');
  });

  it('writes the refused and duplicate rows beside the input, as they were, with the reason', () => {
    const path = join(workdir, 'input', 'usaha-jateng.ditolak.csv');
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const [header, ...rows] = parse(text, { delimiter: ';', bom: true });
    expect(header!.at(-1)).toBe('Alasan ditolak');
    expect(header!.slice(0, -1)).toEqual(
      readFileSync(csvFile, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0]!
        .split(';'),
    );
    expect(rows.map((row) => row[1])).toEqual([
      'Jamu Gendong Sari Waras',
      'keripik  singkong mbok darmi.',
      'Rias Pengantin Ayu',
      'Wedang Uwuh Mbah Yem',
    ]);
    expect(rows.map((row) => row.at(-1))).toEqual([
      expect.stringMatching(/^Baris 4: kolom E "Kab\/Kota": "Semarang" bisa berarti/),
      expect.stringMatching(/^Baris 10: Duplikat baris 2/),
      'Baris 11: kolom I "Email": Alamat e-mail tidak valid.',
      'Baris 12: kolom L "Deskripsi Usaha": Minimal 20 karakter.',
    ]);
    expect(existsSync(join(csvContent, 'businesses', 'usaha-jateng.ditolak.csv'))).toBe(false);
  });

  it('writes every new entry so that the build accepts it, listed today in WIB', () => {
    const after = businessFiles(csvContent);
    const created = Object.keys(after).filter((name) => !(name in original));
    expect(created).toHaveLength(14);
    for (const name of created) {
      const parsed = schema.safeParse(frontmatter(after[name]!));
      expect(parsed.error?.issues ?? [], name).toEqual([]);
      expect(parsed.data?.listedOn, name).toBe(LISTED_ON);
      // Filed in its regency's folder, where the build and that regency's CMS collection read it.
      expect(businessPath(csvContent, name), name).toBe(
        join(csvContent, 'businesses', parsed.data!.regency, 'id', name),
      );
    }
  });

  it('normalises what the sheet wrote in many ways', () => {
    const entry = (name: string) => frontmatter(readFileSync(businessPath(csvContent, `${name}.md`), 'utf8'));
    expect(entry('keripik-singkong-mbok-darmi')).toMatchObject({
      regency: 'kab-klaten',
      sectors: ['kuliner'],
      scale: 'mikro',
      founded: 2015,
      kbli: '10794',
      contact: { whatsapp: '+6281226001111', email: 'mbokdarmi@gmail.com', instagram: 'keripikmbokdarmi' },
      products: [{ name: 'Keripik singkong 250 g', price: 25000 }],
    });
    expect(entry('lurik-tenun-sumber-rejeki')).toMatchObject({
      regency: 'kab-klaten',
      sectors: ['fesyen', 'kriya'],
      scale: 'kecil',
      address: 'Dusun Tegalan RT 02/RW 05, Desa Tlingsing, Kec. Cawas',
      contact: {
        whatsapp: '+6281325002222',
        instagram: 'luriksumberrejeki',
        website: 'https://luriksumberrejeki.example',
      },
      products: [
        { name: 'Kain lurik 2 m', price: 150000 },
        { name: 'Syal lurik', price: 65000 },
      ],
    });
    expect(entry('sablon-kaos-tugu-muda')).toMatchObject({
      regency: 'kota-semarang',
      sectors: ['desain-komunikasi-visual', 'fesyen'],
      contact: { whatsapp: '+6281225003333', instagram: 'sablontugumuda', website: 'https://www.tugumuda.example' },
      products: [{ price: 35000 }],
    });
    expect(entry('kopi-gunung-ungaran')).toMatchObject({
      regency: 'kab-semarang',
      contact: { whatsapp: '+6281225004444' },
    });
    expect(entry('gerabah-lempung-mayong')).toMatchObject({ regency: 'kab-jepara', products: [{ price: 25000 }] });
    expect(entry('ukir-kayu-jati-wisnu')).toMatchObject({
      founded: 2010,
      contact: { whatsapp: '+6287812346666', instagram: 'ukirwisnu' },
      products: [{ price: 1250000 }],
    });
    expect(entry('sanggar-tari-kembang-sore')).toMatchObject({ regency: 'kota-surakarta' });
    expect(entry('studio-animasi-lawu')).toMatchObject({
      sectors: ['film-animasi-video', 'fotografi'],
      contact: { instagram: 'animasilawu' },
      products: [{ price: 3500000 }],
    });
    expect(entry('radio-suara-slawi')).toMatchObject({
      sectors: ['televisi-radio'],
      contact: { whatsapp: '+62283491234' },
    });
    expect(entry('aplikasi-kasir-warung')).toMatchObject({
      sectors: ['aplikasi'],
      scale: 'kecil',
      regency: 'kota-magelang',
    });
    expect(entry('tahu-pong-gemah-ripah')).toMatchObject({
      sectors: ['kuliner'],
      contact: { whatsapp: '+62285412345' },
    });
    expect(entry('gamelan-sekar-laras')).toMatchObject({ scale: 'menengah', products: [{ price: 35000000 }] });
    expect(entry('beras-organik-mentik-wangi')).toMatchObject({ kbli: '01121', regency: 'kota-tegal' });
  });

  it('puts a long description in the body, with its leading sentences as the summary', () => {
    const text = readFileSync(businessPath(csvContent, 'sanggar-tari-kembang-sore.md'), 'utf8');
    const data = frontmatter(text);
    const summary = String(data['summary']);
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary).toMatch(/^Sanggar Tari Kembang Sore melatih .*akhir pekan\.$/);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).toMatch(
      /^\nSanggar Tari Kembang Sore melatih[^\n]+akhir pekan\.\n\nSanggar juga menerima [^\n]+penata rias\.\n$/,
    );
    expect(csvRun.out).toContain('Baris 13: catatan: deskripsi lengkap ditulis sebagai profil usaha');
  });

  it('gives a new business whose slug is taken its place in the slug, and leaves the other one alone', () => {
    const path = businessPath(csvContent, 'studio-animasi-tidar-magelang.md');
    expect(frontmatter(readFileSync(path, 'utf8'))).toMatchObject({
      name: 'Studio Animasi Tidar',
      regency: 'kab-magelang',
    });
    const existing = 'studio-animasi-tidar.md';
    expect(readFileSync(businessPath(csvContent, existing), 'utf8')).toBe(original[existing]);
  });

  it('updates only the field the row changes in an existing entry: every other byte stays', () => {
    const name = 'batik-sekar-arum-pekalongan.md';
    const before = original[name]!;
    const after = readFileSync(businessPath(csvContent, name), 'utf8');
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b).toHaveLength(a.length);
    const changed = a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]]]));
    expect(changed).toEqual([['  instagram: "batiksekararum"', '  instagram: "batiksekararum.official"']]);
    expect(schema.safeParse(frontmatter(after)).success).toBe(true);
  });

  it('changes no other existing entry and deletes none', () => {
    const after = businessFiles(csvContent);
    for (const [name, text] of Object.entries(original))
      if (name !== 'batik-sekar-arum-pekalongan.md') expect(after[name], name).toBe(text);
  });

  it('writes new entries as Decap CMS writes them, so a later save in the CMS changes nothing', async () => {
    const after = businessFiles(csvContent);
    const created = Object.keys(after).filter((name) => !(name in original));
    for (const name of created) {
      const text = after[name]!;
      expect(await decapSave(text), name).toBe(text);
      const keys = Object.keys(frontmatter(text));
      expect(keys, name).toEqual(FIELD_ORDER.filter((key) => keys.includes(key)));
    }
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = businessFiles(csvContent);
    const refused = readFileSync(join(workdir, 'input', 'usaha-jateng.ditolak.csv'));
    const again = await runImport([csvFile], csvContent);
    expect(again.code).toBe(1);
    expect(again.out).toContain('Ringkasan: 0 baru, 0 diperbarui, 15 tidak berubah, 3 ditolak, 1 duplikat.');
    expect(businessFiles(csvContent)).toEqual(before);
    expect(readFileSync(join(workdir, 'input', 'usaha-jateng.ditolak.csv')).equals(refused)).toBe(true);
  });
});

describe('the same sheet as XLSX', () => {
  it('gives the same result as the CSV: report, exit code and files', () => {
    expect(xlsxRun.err).toBe('');
    expect(xlsxRun.code).toBe(csvRun.code);
    const lines = (out: string) =>
      out
        .split('\n')
        .slice(1)
        .map((line) => line.replace(/\S*\/(content\/businesses\/)/, '$1').replace(/\S*usaha-jateng\.\w+/g, 'FILE'));
    expect(lines(xlsxRun.out)).toEqual(lines(csvRun.out));
    expect(businessFiles(xlsxContent)).toEqual(
      // The CSV copy was imported twice by now; the second import changed nothing.
      businessFiles(csvContent),
    );
  });

  it('names the sheet it read, and reads another one with --sheet', async () => {
    expect(xlsxRun.out.split('\n')[0]).toContain('lembar "Data UMKM"');
    const first = await runImport([secondSheetFile, '--dry-run'], contentCopy('first-sheet'));
    expect(first.code).toBe(2);
    expect(first.err).toContain('Tidak ada kolom yang dikenali');
    const named = await runImport([secondSheetFile, '--sheet', 'Data UMKM', '--dry-run'], contentCopy('named-sheet'));
    expect(named.code).toBe(1);
    expect(named.out).toContain('Ringkasan: 14 baru, 1 diperbarui, 0 tidak berubah, 3 ditolak, 1 duplikat.');
    const missing = await runImport([secondSheetFile, '--sheet', 'Data 2025'], contentCopy('missing-sheet'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Lembar "Data 2025" tidak ada. Lembar yang ada: "Petunjuk", "Data UMKM".');
  });
});

describe('a dry run', () => {
  it('reports what it would do and writes nothing, not even the refused rows', async () => {
    const dir = join(workdir, 'dry-input');
    mkdirSync(dir, { recursive: true });
    const input = join(dir, 'usaha.csv');
    cpSync(csvFile, input);
    const content = contentCopy('dry');
    const result = await runImport([input, '--dry-run'], content);
    expect(result.code).toBe(1);
    expect(result.out).toContain('UJI COBA (--dry-run): tidak ada berkas yang ditulis.');
    expect(result.out).toMatch(/^Baris 2: akan dibuat /m);
    expect(result.out).toMatch(/^Baris 9: akan memperbarui .*\(Instagram\)$/m);
    expect(result.out).toContain('Uji coba: berkas baris ditolak tidak ditulis');
    expect(businessFiles(content)).toEqual(original);
    expect(readdirSync(dir)).toEqual(['usaha.csv']);
  });
});

describe('the registration form, exported from Netlify as CSV', () => {
  it('imports as it is (comma-separated, the form field names as headers) and exits 0', async () => {
    const content = contentCopy('netlify');
    const input = join(workdir, 'input', 'netlify-daftar-usaha.csv');
    cpSync(join(fixtures, 'netlify-daftar-usaha.csv'), input);
    const result = await runImport([input], content);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Ringkasan: 2 baru, 0 diperbarui, 0 tidak berubah, 0 ditolak, 0 duplikat.');
    expect(result.out).toContain('nama pengaju tidak ditampilkan di direktori');
    expect(result.out).not.toContain('Kolom tidak dikenal');
    expect(existsSync(join(workdir, 'input', 'netlify-daftar-usaha.ditolak.csv'))).toBe(false);
    const bakpia = frontmatter(readFileSync(businessPath(content, 'bakpia-kukus-tugu-salatiga.md'), 'utf8'));
    expect(schema.safeParse(bakpia).error?.issues ?? []).toEqual([]);
    expect(bakpia).toMatchObject({
      regency: 'kota-salatiga',
      contact: { whatsapp: '+6281390001234', instagram: 'bakpiatugu' },
      products: [
        { name: 'Bakpia kukus isi 10', price: 30000 },
        { name: 'Bakpia keju isi 10', price: 35000 },
      ],
      marketplaces: [
        { platform: 'shopee', url: 'https://shopee.co.id/bakpiatugu' },
        { platform: 'tokopedia', url: 'https://tokopedia.com/bakpiatugu' },
      ],
    });
    expect(bakpia).not.toHaveProperty('applicant');
    const eceng = frontmatter(readFileSync(businessPath(content, 'kerajinan-eceng-gondok-rawa-pening.md'), 'utf8'));
    expect(eceng).toMatchObject({ sectors: ['kriya', 'desain-produk'], contact: { phone: '+62298591234' } });
  });
});

describe('updating a hand-written entry', () => {
  it('touches only the lines of what changed: a price, and a product added in the file’s quoting', async () => {
    const content = contentCopy('hand-written');
    const name = 'kopi-mbah-sri-temanggung.md';
    const input = join(workdir, 'input', 'hand-written.csv');
    writeFileSync(
      input,
      '\uFEFFNama Usaha;Kabupaten/Kota;Instagram;Produk Unggulan\r\n' +
        'Kopi Mbah Sri & Roti Bakar;Temanggung;@KopiMbahSri;"Roti bakar srikaya pandan, Rp20.000\nWedang jahe, Rp8.000"\r\n',
    );
    const result = await runImport([input], content);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Baris 2: memperbarui .*kopi-mbah-sri-temanggung\.md \(Produk\)$/m);
    const before = original[name]!;
    const after = readFileSync(businessPath(content, name), 'utf8');
    const at = before.indexOf('    price: 18000\n');
    expect(after).toBe(
      `${before.slice(0, at)}    price: 20000\n  - name: "Wedang jahe"\n    price: 8000\n${before.slice(at + '    price: 18000\n'.length)}`,
    );
    expect(schema.safeParse(frontmatter(after)).error?.issues ?? []).toEqual([]);
  });
});

describe('updating an entry that the CMS wrote', () => {
  it('writes it again as the CMS would, with a product price changed and a product and a shop added', async () => {
    const content = contentCopy('cms-update');
    const input = join(workdir, 'input', 'cms-update.csv');
    // First a new entry (written the CMS's way), then a second sheet changing it.
    writeFileSync(
      input,
      'Nama Usaha;Sektor;Skala;Wilayah;Alamat;Tahun Berdiri;WhatsApp;Deskripsi;Produk;Harga\r\n' +
        'Kopi Gunung Ungaran;Kuliner;Mikro;Kab. Semarang;Desa Kenteng, Kec. Bandungan;2017;081225004444;Kopi robusta dan arabika dari lereng Ungaran, disangrai sendiri dalam jumlah kecil.;Kopi bubuk robusta 200 g;45000\r\n',
    );
    expect((await runImport([input], content)).code).toBe(0);
    const path = businessPath(content, 'kopi-gunung-ungaran.md');
    const before = readFileSync(path, 'utf8');
    writeFileSync(
      input,
      'Nama Usaha;Kab/Kota;Produk Unggulan;Lapak Daring\r\n' +
        '"KOPI GUNUNG UNGARAN";Kabupaten Semarang;"Kopi bubuk robusta 200 g, Rp50.000\nKopi arabika sangrai 250 g, Rp85.000";shopee.co.id/kopiungaran\r\n',
    );
    const update = await runImport([input], content);
    expect(update.code).toBe(0);
    expect(update.out).toMatch(/^Baris 2: memperbarui .*kopi-gunung-ungaran\.md \(Lapak daring, Produk\)$/m);
    const after = readFileSync(path, 'utf8');
    expect(frontmatter(after)).toEqual({
      ...frontmatter(before),
      marketplaces: [{ platform: 'shopee', url: 'https://shopee.co.id/kopiungaran' }],
      products: [
        { name: 'Kopi bubuk robusta 200 g', price: 50000 },
        { name: 'Kopi arabika sangrai 250 g', price: 85000 },
      ],
    });
    expect(await decapSave(after)).toBe(after);
  });
});

describe('the refused rows, fixed in Excel and imported again', () => {
  it('import cleanly', async () => {
    const content = contentCopy('fixed');
    expect((await runImport([csvFile, '--refused', join(workdir, 'fixed.csv')], content)).code).toBe(1);
    const [header, ...rows] = parse(readFileSync(join(workdir, 'fixed.csv'), 'utf8'), {
      delimiter: ';',
      bom: true,
    });
    const fixed = rows
      .filter((row) => !row.at(-1)!.includes('Duplikat'))
      .map((row) =>
        row.map((cell) =>
          cell
            .replace(/^Semarang$/, 'Kota Semarang')
            .replace('ayu.rias@', 'ayu.rias@example.com')
            .replace(/^Enak\.$/, 'Wedang uwuh hangat dengan rempah dari lereng Lawu.'),
        ),
      );
    const input = join(workdir, 'fixed-again.csv');
    writeFileSync(
      input,
      [header!, ...fixed].map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\r\n'),
    );
    const again = await runImport([input], content);
    expect(again.err).toBe('');
    expect(again.out).toContain('Ringkasan: 3 baru, 0 diperbarui, 0 tidak berubah, 0 ditolak, 0 duplikat.');
    expect(again.out).toContain('kolom Q "Alasan ditolak" (ditambahkan impor pada berkas baris ditolak)');
    expect(again.code).toBe(0);
  });
});

describe('a CSV that Excel saved as plain "CSV" (Windows-1252, not UTF-8)', () => {
  it('is read right, and the report says how it was read', async () => {
    const content = contentCopy('cp1252');
    const input = join(workdir, 'input', 'ansi.csv');
    const text =
      'Nama Usaha;Sektor;Skala;Kab/Kota;Alamat;Tahun Berdiri;No. HP/WA;Deskripsi\r\n' +
      'Kafé Lumpia Gang Lombok;Kuliner;Mikro;Kota Semarang;Gang Lombok No. 11;1990;0812 2900 1111;Lumpia rebung dan udang, digoreng atau basah, resep keluarga sejak 1990.\r\n';
    writeFileSync(input, Buffer.from(text, 'latin1'));
    const result = await runImport([input], content);
    expect(result.code).toBe(0);
    expect(result.out).toContain('bukan UTF-8; dibaca sebagai Windows-1252');
    const entry = frontmatter(readFileSync(businessPath(content, 'kafe-lumpia-gang-lombok.md'), 'utf8'));
    expect(entry['name']).toBe('Kafé Lumpia Gang Lombok');
  });
});

describe('coordinates in Latitude and Longitude columns', () => {
  it('stores a row with both, and refuses a row with one, naming its row and column', async () => {
    const content = contentCopy('coordinates');
    const input = join(workdir, 'input', 'koordinat.csv');
    const head = 'Nama Usaha;Sektor;Skala;Kab/Kota;Alamat;Tahun Berdiri;No. HP/WA;Deskripsi;Latitude;Longitude\r\n';
    const row = (name: string, lat: string, lng: string) =>
      `${name};Kuliner;Mikro;Kota Semarang;Jl. Pandanaran No. 5;2001;0812 2900 2222;Bandeng presto dan wingko, dibuat sendiri setiap hari di dapur keluarga.;${lat};${lng}\r\n`;
    writeFileSync(
      input,
      head + row('Bandeng Pandanaran Dua', '-6,98812', '110,41234') + row('Wingko Setengah Titik', '-6,98812', ''),
    );
    const result = await runImport([input], content);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^Baris 2: dibuat .*bandeng-pandanaran-dua\.md$/m);
    expect(result.out).toMatch(/^Baris 3: DITOLAK\n {2}- kolom I "Latitude": Isi Latitude dan Longitude keduanya/m);
    const entry = frontmatter(readFileSync(businessPath(content, 'bandeng-pandanaran-dua.md'), 'utf8'));
    expect(entry['location']).toBe('-6.98812, 110.41234');
    expect(existsSync(businessPath(content, 'wingko-setengah-titik.md'))).toBe(false);
  });
});

describe('exit code 2: nothing can be imported', () => {
  const content = () => contentCopy(`unusable-${Math.random().toString(36).slice(2)}`);
  const write = (name: string, text: string) => {
    const path = join(workdir, 'input', name);
    writeFileSync(path, text);
    return path;
  };

  it('for a file that is not there (run as npm runs it)', () => {
    const result = runScript([join(workdir, 'tidak-ada.csv')], content());
    expect(result.code).toBe(2);
    expect(result.err).toContain('berkas tidak ditemukan');
  });

  it.each([
    ['catatan.txt', 'Nama Usaha;Kab/Kota\nA;Kab. Klaten\n', 'bukan .csv atau .xlsx'],
    ['lama.xls', 'x', 'Excel lama (.xls)'],
    ['rusak.xlsx', 'bukan zip', 'tidak bisa dibaca'],
    ['asing.csv', 'Kolom 1;Kolom 2\n1;2\n', 'Tidak ada kolom yang dikenali (judul kolom: Kolom 1, Kolom 2)'],
    ['tanpa-wilayah.csv', 'Nama Usaha;Alamat\nA;Jl. B\n', 'Kolom wajib tidak ada: Kabupaten/Kota'],
    ['kutip.csv', 'Nama Usaha;Kab/Kota\n"A;Kab. Klaten\n', 'tidak bisa dibaca'],
    ['kosong.csv', '', 'Tidak ada kolom yang dikenali.'],
  ])('for %s', async (name, text, message) => {
    const dir = content();
    const result = await runImport([write(name, text)], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(businessFiles(dir)).toEqual(original);
  });

  it('for a refused-rows file inside the content folder, before anything is written', async () => {
    const dir = content();
    const result = await runImport([csvFile, '--refused', join(dir, 'ditolak.csv')], dir);
    expect(result.code).toBe(2);
    expect(result.err).toContain('tidak boleh berada di folder isi situs');
    expect(businessFiles(dir)).toEqual(original);
  });

  it('for no file named', async () => {
    const result = await runImport([], content());
    expect(result.code).toBe(2);
    expect(result.err).toContain('Pemakaian: npm run import');
  });
});

describe('docs/import.md', () => {
  it('lists exactly the columns of the table in src/lib/import/columns.ts', () => {
    const docs = readFileSync(join(root, 'docs/import.md'), 'utf8');
    const block = /<!-- columns:start -->\n([\s\S]*?)\n<!-- columns:end -->/.exec(docs)?.[1];
    expect(block, 'run `node scripts/import-docs.mjs` to regenerate the table').toBe(columnsMarkdown());
  });

  it('names every everyday name of a sector or place that the import accepts', () => {
    const docs = readFileSync(join(root, 'docs/import.md'), 'utf8').replace(/\s+/g, ' ');
    for (const alias of [...Object.keys(SECTOR_ALIASES), ...Object.keys(PLACE_ALIASES)])
      expect(docs.toLowerCase()).toContain(`\`${alias}\``);
  });
});
