import { describe, expect, it } from 'vitest';
import { validateEntry } from '../../admin/validate';
import { joinWib, splitWib } from '../../src/time/wib';

const validClass = {
  title: 'Kelas Uji',
  programme: 'kelas-foto-produk',
  start: '2026-12-05T09:00:00+07:00',
  end: '2026-12-05T12:00:00+07:00',
  room: 'studio-foto',
  announced: '2026-11-20',
  body: 'Materi.',
};

describe('validateEntry: the editor refuses what the build would refuse', () => {
  it('accepts a valid class, ignoring the body and the check field', () => {
    expect(validateEntry('classes', { ...validClass, pemeriksaan: undefined })).toEqual([]);
  });

  it.each([
    [
      'end before start',
      { end: '2026-12-05T08:00:00+07:00' },
      'end',
      'Selesai (WIB)',
      'Waktu selesai harus setelah waktu mulai.',
    ],
    [
      'a daring class without its link',
      { attendance: 'daring' },
      'onlineUrl',
      'Tautan daring',
      'Kelas daring atau hibrida memerlukan tautan daring.',
    ],
    ['an unknown sector', { sectors: ['batik'] }, 'sectors.0', 'Sektor › 1', 'Nilai "batik" tidak dikenal'],
    ['a missing title', { title: '' }, 'title', 'Judul kelas', 'Wajib diisi.'],
    [
      'a bad registration',
      { registration: '0812345' },
      'registration',
      'Pendaftaran',
      'Isi alamat web (https://…) atau nomor WhatsApp +62….',
    ],
  ])('reports %s with the field label and the build message', (_, change, path, label, message) => {
    const issues = validateEntry('classes', { ...validClass, ...change });
    expect(issues).toContainEqual(expect.objectContaining({ path, label }));
    expect(issues.find((i) => i.path === path)?.message).toContain(message);
  });

  it('labels nested business fields and rules', () => {
    const business = {
      name: 'Usaha Uji',
      sectors: ['kriya'],
      scale: 'mikro',
      regency: 'kab-jepara',
      address: 'Jl. Uji 1',
      founded: 2019,
      listedOn: '2026-01-15',
      summary: 'Ringkasan usaha uji yang cukup panjang.',
      contact: { whatsapp: '0812345678' },
      products: [{ name: 'Meja', price: -5 }],
    };
    const issues = validateEntry('businesses-kab-klaten', business);
    expect(issues).toContainEqual({
      path: 'contact.whatsapp',
      label: 'Kontak › WhatsApp',
      message: 'Nomor harus dalam format internasional, mis. +6281234567890.',
    });
    expect(issues).toContainEqual({
      path: 'products.0.price',
      label: 'Produk › 1 › Harga (Rp)',
      message: 'Minimal 0.',
    });
    expect(validateEntry('businesses-kab-klaten', { ...business, contact: {}, products: [] })).toContainEqual(
      expect.objectContaining({
        path: 'contact',
        message: 'Isi minimal satu kontak: WhatsApp, telepon, e-mail, Instagram, atau situs web.',
      }),
    );
  });

  it('validates the settings file too', () => {
    expect(validateEntry('settings', { contact: { whatsapp: 'x' } }).map((i) => i.path)).toEqual(
      expect.arrayContaining(['address', 'openingHours', 'contact.whatsapp', 'contact.email', 'programmesPerYear']),
    );
  });

  it('fails loudly for a collection it does not know', () => {
    expect(() => validateEntry('blog', {})).toThrow('No content type for CMS collection "blog"');
  });
});

describe('WIB date and time widget values', () => {
  it.each([
    [{ date: '2026-12-05', time: '09:00' }, '2026-12-05T09:00:00+07:00'],
    [{ date: '2026-12-31', time: '23:30' }, '2026-12-31T23:30:00+07:00'],
    [{ date: '2026-12-05', time: '' }, ''],
    [{ date: '', time: '09:00' }, ''],
    [{ date: '05/12/2026', time: '09:00' }, ''],
  ])('joins %o into %s', (parts, stored) => {
    expect(joinWib(parts)).toBe(stored);
  });

  it.each([
    ['2026-12-05T09:00:00+07:00', { date: '2026-12-05', time: '09:00' }],
    // Stored in another offset, shown in WIB.
    ['2026-12-05T02:00:00Z', { date: '2026-12-05', time: '09:00' }],
    ['2026-12-05T20:30:00-05:00', { date: '2026-12-06', time: '08:30' }],
    [new Date('2026-12-05T17:30:00Z'), { date: '2026-12-06', time: '00:30' }],
    ['2026-12-05T09:00:00', { date: '', time: '' }],
    [undefined, { date: '', time: '' }],
  ])('splits %s into WIB %o', (value, parts) => {
    expect(splitWib(value)).toEqual(parts);
  });

  it('round-trips whatever the process time zone', () => {
    const original = process.env['TZ'];
    try {
      for (const zone of ['America/Los_Angeles', 'Asia/Jakarta', 'Pacific/Kiritimati', 'UTC']) {
        process.env['TZ'] = zone;
        expect(joinWib(splitWib('2026-03-29T02:30:00+07:00'))).toBe('2026-03-29T02:30:00+07:00');
      }
    } finally {
      if (original === undefined) delete process.env['TZ'];
      else process.env['TZ'] = original;
    }
  });
});
