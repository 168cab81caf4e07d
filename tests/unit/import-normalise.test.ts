/** The spreadsheet import's normalisers and column table (src/lib/import), case by case. */
import { describe, expect, it } from 'vitest';
import { COLUMNS, columnFor, columnLetter, headerKey, headersOf } from '../../src/lib/import/columns';
import { freeSlug, slugOf } from '../../src/lib/import/importer';
import {
  cellText,
  isBlank,
  normaliseEmail,
  normaliseInstagram,
  normaliseKbli,
  normaliseLocation,
  coordinate,
  normalisePhone,
  normalisePrice,
  normaliseRegency,
  normaliseScale,
  normaliseSectors,
  normaliseWebsite,
  normaliseYear,
  parseMarketplaces,
  parseProducts,
  splitDescription,
  type Cell,
} from '../../src/lib/import/normalise';
import { detectDelimiter } from '../../src/lib/import/read';
import { businessKey } from '../../src/lib/site/indexes';
import { REGENCIES, SECTORS } from '../../src/taxonomy';

describe('regencies', () => {
  it.each([
    ['Kab. Klaten', 'kab-klaten'],
    ['KABUPATEN KLATEN', 'kab-klaten'],
    ['Kab Klaten', 'kab-klaten'],
    ['kab. klaten', 'kab-klaten'],
    ['Klaten', 'kab-klaten'],
    ['  klaten ', 'kab-klaten'],
    ['kab-klaten', 'kab-klaten'],
    ['Kota Semarang', 'kota-semarang'],
    ['KOTA SEMARANG', 'kota-semarang'],
    ['Kab. Semarang', 'kab-semarang'],
    ['Kabupaten Semarang', 'kab-semarang'],
    ['Semarang Regency', 'kab-semarang'],
    ['Semarang City', 'kota-semarang'],
    ['Kotamadya Magelang', 'kota-magelang'],
    ['Kota Surakarta', 'kota-surakarta'],
    ['Surakarta', 'kota-surakarta'],
    ['Solo', 'kota-surakarta'],
    ['Salatiga', 'kota-salatiga'],
    ['Kab. Klaten, Jawa Tengah', 'kab-klaten'],
  ])('%j is %s', (text, id) => {
    expect(normaliseRegency(text)).toEqual({ ok: true, value: id });
  });

  it.each(['Semarang', 'MAGELANG', 'pekalongan', 'Tegal', ' tegal '])(
    'refuses the ambiguous %j, never guessing',
    (text) => {
      const result = normaliseRegency(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.message).toMatch(/Kab\. \w+ atau Kota \w+/);
    },
  );

  it.each(['Kab. Surakarta', 'Kota Klaten', 'Yogyakarta', 'Klatenn'])(
    'leaves %j as written, for the schema to refuse',
    (text) => {
      expect(normaliseRegency(text)).toEqual({ ok: true, value: text });
    },
  );

  it('reads every regency by its label', () => {
    for (const regency of REGENCIES) {
      const label = `${regency.kind === 'kota' ? 'Kota' : 'Kab.'} ${regency.place}`;
      expect(normaliseRegency(label)).toEqual({ ok: true, value: regency.id });
    }
  });
});

describe('sectors', () => {
  it.each([
    ['Kuliner', ['kuliner']],
    ['KULINER', ['kuliner']],
    ['Fesyen/Kriya', ['fesyen', 'kriya']],
    ['Fesyen; Kriya', ['fesyen', 'kriya']],
    ['Kriya / Fesyen', ['kriya', 'fesyen']],
    ['kriya, fesyen', ['kriya', 'fesyen']],
    ['Film, Animasi, dan Video', ['film-animasi-video']],
    ['film animasi dan video', ['film-animasi-video']],
    ['Film, Animasi dan Video', ['film-animasi-video']],
    ['Film Animasi & Video', ['film-animasi-video']],
    ['Film/Animasi/Video', ['film-animasi-video']],
    ['Fesyen, Film, Animasi, dan Video', ['fesyen', 'film-animasi-video']],
    ['Film, Animasi, dan Video; Fotografi', ['film-animasi-video', 'fotografi']],
    ['Televisi dan Radio', ['televisi-radio']],
    ['Craft', ['kriya']],
    ['Culinary; Fashion', ['kuliner', 'fesyen']],
    ['Film, Animation and Video', ['film-animasi-video']],
    ['UMKM Non-Kreatif', ['umkm-umum']],
    ['Makanan dan Minuman', ['kuliner']],
    ['Kerajinan', ['kriya']],
    ['desain-komunikasi-visual', ['desain-komunikasi-visual']],
    ['["kriya","kuliner"]', ['kriya', 'kuliner']],
    ['Kuliner; kuliner', ['kuliner']],
    ['Batik', ['Batik']],
    ['Kuliner; Batik', ['kuliner', 'Batik']],
  ])('%j is %j', (text, ids) => {
    expect(normaliseSectors(text)).toEqual(ids);
  });

  it('reads every sector by its name, in any case, and its English name', () => {
    for (const sector of SECTORS) {
      expect(normaliseSectors(sector.name.toUpperCase())).toEqual([sector.id]);
      expect(normaliseSectors(sector.name.replace(/,/g, ''))).toEqual([sector.id]);
      expect(normaliseSectors(sector.en.name)).toEqual([sector.id]);
    }
  });
});

describe('scales', () => {
  it.each([
    ['Mikro', 'mikro'],
    ['mikro', 'mikro'],
    ['MIKRO', 'mikro'],
    ['Usaha Mikro', 'mikro'],
    ['usaha kecil', 'kecil'],
    ['UMKM Menengah', 'menengah'],
    ['Micro', 'mikro'],
    ['Small', 'kecil'],
    ['Besar', 'Besar'],
  ])('%j is %j', (text, id) => {
    expect(normaliseScale(text)).toBe(id);
  });
});

describe('phone numbers', () => {
  it.each<[Cell, string]>([
    ['081225001234', '+6281225001234'],
    ['0812-2500-1234', '+6281225001234'],
    ['0812 2500 1234', '+6281225001234'],
    ['0812.2500.1234', '+6281225001234'],
    ['6281225001234', '+6281225001234'],
    ['62 812-2500-1234', '+6281225001234'],
    ['+62 812 2500 1234', '+6281225001234'],
    ['+62-812-2500-1234', '+6281225001234'],
    ['+62 (812) 2500-1234', '+6281225001234'],
    ['+62 0812 2500 1234', '+6281225001234'],
    [81225001234, '+6281225001234'],
    [6281225001234, '+6281225001234'],
    ['81225001234', '+6281225001234'],
    ['(024) 760 1234', '+62247601234'],
    ['0283-491234', '+62283491234'],
    ["'+6281225001234", '+6281225001234'],
    // Left as written, for the schema to refuse with its message.
    ['0812 2500 1234 (WA)', '0812 2500 1234 (WA)'],
    ['+1 555 0100', '+1 555 0100'],
    ['12345', '12345'],
  ])('%j is %j', (cell, phone) => {
    expect(normalisePhone(cell)).toBe(phone);
  });
});

describe('Instagram, e-mail and websites', () => {
  it.each([
    ['@batiksekar', 'batiksekar'],
    ['batiksekar', 'batiksekar'],
    ['@Batik.Sekar', 'batik.sekar'],
    ['https://www.instagram.com/batiksekar/', 'batiksekar'],
    ['https://instagram.com/batiksekar?igsh=abc123', 'batiksekar'],
    ['instagram.com/batik_sekar', 'batik_sekar'],
    ['www.instagram.com/batiksekar/?hl=id', 'batiksekar'],
    ['https://www.instagram.com/p/C0abc/', 'https://www.instagram.com/p/C0abc/'],
    ['batik sekar', 'batik sekar'],
  ])('Instagram %j is %j', (text, handle) => {
    expect(normaliseInstagram(text)).toBe(handle);
  });

  it.each([
    ['Halo@Batik.Example', 'halo@batik.example'],
    ['mailto:halo@batik.example', 'halo@batik.example'],
    ['halo@', 'halo@'],
  ])('e-mail %j is %j', (text, email) => {
    expect(normaliseEmail(text)).toBe(email);
  });

  it.each([
    ['www.batik.example', 'https://www.batik.example'],
    ['batik.example/profil', 'https://batik.example/profil'],
    ['https://batik.example', 'https://batik.example'],
    ['http://batik.example', 'http://batik.example'],
    ['belum punya', 'belum punya'],
  ])('website %j is %j', (text, url) => {
    expect(normaliseWebsite(text)).toBe(url);
  });
});

describe('prices, years and KBLI codes', () => {
  it.each<[Cell, number | string | undefined]>([
    ['Rp 25.000', 25000],
    ['Rp25.000', 25000],
    ['Rp25.000,00', 25000],
    ['Rp. 25.000,-', 25000],
    ['25000', 25000],
    ['25.000', 25000],
    ['25,000', 25000],
    ['IDR 25,000.00', 25000],
    ['1.250.000', 1250000],
    ['25 rb', 25000],
    ['25rb', 25000],
    ['1,5 jt', 1500000],
    ['Rp 35 jt', 35000000],
    [25000, 25000],
    [12500.5, 12500.5],
    ['12,5', 12.5],
    ['', undefined],
    ['-', undefined],
    ['hubungi penjual', undefined],
    ['gratis ongkir', 'gratis ongkir'],
  ])('price %j is %j', (cell, price) => {
    expect(normalisePrice(cell)).toBe(price);
  });

  it.each<[Cell, number | string]>([
    [2015, 2015],
    ['2015', 2015],
    [' 2015 ', 2015],
    ['2 015', 2015],
    ['th. 2015', 'th.2015'],
  ])('year %j is %j', (cell, year) => {
    expect(normaliseYear(cell)).toBe(year);
  });

  it.each<[Cell, string]>([
    ['73100', '73100'],
    [73100, '73100'],
    [1121, '01121'],
    ['01121', '01121'],
    ['731 00', '73100'],
  ])('KBLI %j is %j', (cell, code) => {
    expect(normaliseKbli(cell)).toBe(code);
  });
});

describe('coordinates', () => {
  it.each([
    ['-7.0512, 110.4381', '-7.05120, 110.43810'],
    ['https://www.google.com/maps/search/?api=1&query=-7.0512%2C110.4381', '-7.05120, 110.43810'],
    ['https://maps.app.goo.gl/AbCdEf123', 'https://maps.app.goo.gl/AbCdEf123'],
    ['dekat pasar', 'dekat pasar'],
  ])('stores %j as %j (what does not read is left for the schema to refuse)', (text, stored) => {
    expect(normaliseLocation(text)).toBe(stored);
  });
  it.each<[string | number, string]>([
    [-7.0512, '-7.0512'],
    ['-7,0512', '-7.0512'],
    [' 110.4381 ', '110.4381'],
  ])('reads the coordinate %j in a cell of its own', (cell, text) => {
    expect(coordinate(cell)).toBe(text);
  });
  it("maps Latitude and Longitude columns, and the form's location field", () => {
    expect(columnFor('Lintang')?.target).toBe('latitude');
    expect(columnFor('LONGITUDE')?.target).toBe('longitude');
    expect(columnFor('Titik koordinat')?.target).toBe('location');
    expect(columnFor('location')?.target).toBe('location');
  });
});

describe('cells', () => {
  it.each<[Cell, string]>([
    [null, ''],
    [undefined, ''],
    ['  teks\u00a0 ', 'teks'],
    ["'=1+1", '=1+1'],
    [81234567890, '81234567890'],
    [1.5, '1.5'],
    [new Date(Date.UTC(2025, 0, 31)), '2025-01-31'],
    [true, 'TRUE'],
  ])('%j reads as %j', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });

  it.each<[Cell, boolean]>([
    ['', true],
    ['-', true],
    ['—', true],
    [' ', true],
    ['0', false],
    [0, false],
  ])('%j is blank: %j', (cell, blank) => {
    expect(isBlank(cell)).toBe(blank);
  });
});

describe('products and shops', () => {
  it.each<[Cell, Cell, unknown]>([
    ['Keripik singkong 250 g', 'Rp 25.000', [{ name: 'Keripik singkong 250 g', price: 25000 }]],
    ['Keripik singkong 250 g', null, [{ name: 'Keripik singkong 250 g' }]],
    ['Keripik singkong 250 g', 25000, [{ name: 'Keripik singkong 250 g', price: 25000 }]],
    [
      'Kain batik tulis, Rp450.000\nKemeja batik - 225000',
      null,
      [
        { name: 'Kain batik tulis', price: 450000 },
        { name: 'Kemeja batik', price: 225000 },
      ],
    ],
    ['Kain batik tulis pesisiran 2,25 m', null, [{ name: 'Kain batik tulis pesisiran 2,25 m' }]],
    [
      'Kain\nSyal',
      '150000\n65000',
      [
        { name: 'Kain', price: 150000 },
        { name: 'Syal', price: 65000 },
      ],
    ],
    ['Meja', 'hubungi penjual', [{ name: 'Meja' }]],
    ['Meja', 'mahal', [{ name: 'Meja', price: 'mahal' }]],
  ])('%j with price %j', (products, prices, expected) => {
    expect(parseProducts(products, prices)).toEqual({ ok: true, value: expected });
  });

  it('refuses prices that do not pair with the products', () => {
    expect(parseProducts('Kain\nSyal\nSelendang', '150000\n65000').ok).toBe(false);
    expect(parseProducts(null, '150000').ok).toBe(false);
  });

  it('reads shop addresses with their platform', () => {
    expect(
      parseMarketplaces(
        'https://shopee.co.id/batik\ntokopedia.com/batik; https://www.lazada.co.id/shop/batik https://toko.example',
      ),
    ).toEqual([
      { platform: 'shopee', url: 'https://shopee.co.id/batik' },
      { platform: 'tokopedia', url: 'https://tokopedia.com/batik' },
      { platform: 'lazada', url: 'https://www.lazada.co.id/shop/batik' },
      { platform: 'lainnya', url: 'https://toko.example' },
    ]);
  });
});

describe('descriptions', () => {
  const sentence = (n: number) => `Kalimat nomor ${n} menjelaskan usaha ini dengan cukup panjang agar terasa nyata.`;

  it('keeps a description within the limit as the summary, on one line', () => {
    expect(splitDescription('Tenun lurik\n  dengan pewarna alam.', 280)).toEqual({
      ok: true,
      value: { summary: 'Tenun lurik dengan pewarna alam.' },
    });
  });

  it('makes the leading sentences that fit the summary of a longer one, and keeps the whole text', () => {
    const text = `${sentence(1)} ${sentence(2)} ${sentence(3)}\n\n${sentence(4)}`;
    const result = splitDescription(text, 200);
    expect(result).toEqual({ ok: true, value: { summary: `${sentence(1)} ${sentence(2)}`, body: text } });
  });

  it('refuses a description whose first sentence is longer than the limit', () => {
    const result = splitDescription(`${'kata '.repeat(70)}akhir.`, 280);
    expect(result.ok).toBe(false);
  });
});

describe('the column table', () => {
  it('maps no header to two columns', () => {
    const seen = new Map<string, string>();
    for (const column of COLUMNS)
      for (const header of headersOf(column)) {
        const key = headerKey(header);
        expect(seen.get(key) ?? column.target, `${header}`).toBe(column.target);
        seen.set(key, column.target);
      }
  });

  it.each([
    ['Nama Usaha', 'name'],
    ['NAMA UMKM', 'name'],
    ['nama_usaha', 'name'],
    ['Kabupaten / Kota', 'regency'],
    ['Kab/Kota', 'regency'],
    ['kab. kota', 'regency'],
    ['No. HP/WA', 'whatsapp'],
    ['No HP WA', 'whatsapp'],
    ['E-mail', 'email'],
    ['Harga (Rp)', 'price'],
    ['Produk Unggulan', 'products'],
    ['Deskripsi Usaha', 'description'],
    ['summary', 'description'],
    ['form-name', 'ignore'],
  ])('reads %j as %s', (header, target) => {
    expect(columnFor(header)?.target).toBe(target);
  });

  it('accepts every field name of the registration form', () => {
    // The `name` attributes of src/pages/direktori/daftar/index.astro (SchemaField and inputs).
    const page = ['name', 'sectors', 'scale', 'regency', 'address', 'founded', 'summary', 'kbli'];
    const form = [...page, 'whatsapp', 'phone', 'email', 'instagram', 'website', 'products', 'marketplaces'];
    for (const name of [...form, 'applicant', 'consent', 'form-name', 'alamat-web'])
      expect(columnFor(name), name).toBeDefined();
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });

  it.each([
    ['a;b;c', ';'],
    ['a,b,c', ','],
    ['"x;y",b,c', ','],
    ['a\tb', '\t'],
    ['\uFEFFNama Usaha;Alamat', ';'],
    ['Nama Usaha', ';'],
  ])('the delimiter of %j is %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});

describe('identity and slugs', () => {
  it('takes two names that differ in case, spacing or punctuation for one business of a regency', () => {
    const key = (name: string, regency = 'kab-klaten') => businessKey({ name, regency });
    expect(key('keripik  singkong mbok darmi.')).toBe(key('Keripik Singkong Mbok Darmi'));
    expect(key('CV. Batik-Sekar')).toBe(key('CV Batik Sekar'));
    expect(key("Jum'at Berkah")).toBe(key('Jumat Berkah'));
    expect(key('Batik Sekar', 'kota-semarang')).not.toBe(key('Batik Sekar', 'kab-semarang'));
    expect(key('Batik Sekar')).not.toBe(key('Batik Sekar Arum'));
  });

  it.each([
    ['Kopi "Mbah Sri" & Roti Bakar ☕', 'kopi-mbah-sri-dan-roti-bakar'],
    ['Kafé Lumpia', 'kafe-lumpia'],
    ["Jum'at Berkah", 'jumat-berkah'],
    ['ꦏꦺꦴꦥꦶ', 'usaha'],
  ])('the slug of %j is %j', (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });

  it('adds the place, then a number, when a slug is taken or is a route', () => {
    const taken = new Set(['batik-sekar', 'batik-sekar-klaten', 'peta']);
    expect(freeSlug('Batik Sekar', 'klaten', (s) => taken.has(s))).toBe('batik-sekar-klaten-2');
    expect(freeSlug('Batik Sekar', 'jepara', (s) => taken.has(s))).toBe('batik-sekar-jepara');
    expect(freeSlug('Peta', 'jepara', (s) => taken.has(s))).toBe('peta-jepara');
    expect(freeSlug('Batik Sekar Klaten', 'klaten', () => false)).toBe('batik-sekar-klaten');
  });
});
