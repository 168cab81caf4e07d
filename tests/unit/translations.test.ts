/**
 * Translations: which fields a translation may hold (the schema's `translated()` fields), when
 * an entry is published in another language, and the errors for a translation that cannot apply.
 */
import { describe, expect, it } from 'vitest';
import { businesses, classes, mentors, partners, plainContext, programmes, timetables } from '../../src/schema';
import { translationSchema } from '../../src/schema/fields';
import { applyTranslations, entryDir, entryFile, partOfFile, partitionField } from '../../src/lib/translations';

const problems = (schema: ReturnType<typeof translationSchema>, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('translationSchema', () => {
  const schema = translationSchema(businesses.fields, plainContext);

  it('takes the translated fields, each optional, with the same rules as the Indonesian file', () => {
    expect(problems(schema, { summary: 'A pottery workshop in Klaten, making tableware by hand.' })).toEqual([]);
    expect(problems(schema, {})).toEqual([]);
    expect(problems(schema, { summary: 'Too short' })).toEqual(['summary: Minimal 20 karakter.']);
  });

  it('refuses, by name, a field that is the same in every language', () => {
    expect(problems(schema, { summary: 'A pottery workshop in Klaten, by hand.', regency: 'kab-klaten' })).toEqual([
      ': Kolom regency sama untuk semua bahasa dan tidak diterjemahkan: isi di berkas bahasa Indonesia.',
    ]);
    expect(problems(schema, { slogan: 'x' })).toEqual([': Kolom tidak dikenal: slogan.']);
  });

  it.each([
    ['programmes', programmes.fields, ['title', 'summary', 'coverAlt']],
    ['mentors', mentors.fields, ['headline', 'summary']],
    ['businesses', businesses.fields, ['hoursNote', 'summary']],
    ['classes', classes.fields, ['title', 'statusNote', 'summary']],
    ['timetables', timetables.fields, ['title', 'statusNote', 'summary']],
    ['partners', partners.fields, ['summary']],
  ] as const)('translates these fields of %s', (_, fields, names) => {
    expect(Object.keys(fields).filter((name) => fields[name as keyof typeof fields].i18n === 'translate')).toEqual(
      names,
    );
  });
});

describe('applyTranslations', () => {
  const entry = (id: string, body = 'Profil.') => ({
    id,
    filePath: entryFile('businesses', id, 'id', 'kab-klaten'),
    data: { name: 'Gerabah Melikan', summary: 'Perajin gerabah putaran miring dari Klaten.', regency: 'kab-klaten' },
    body,
    rendered: { html: `<p>${body}</p>` },
  });
  const translation = (id: string, data: Record<string, unknown>, body = 'Profile.') => ({
    id,
    filePath: entryFile('businesses', id, 'en', 'kab-klaten'),
    data,
    body,
    rendered: { html: `<p>${body}</p>` },
  });

  it('applies a complete translation: its fields over the entry, its body, the rest kept', () => {
    const result = applyTranslations(
      [entry('a'), entry('b')],
      [translation('a', { summary: 'Slanted-wheel potters from Klaten.' })],
      businesses.fields,
      'businesses',
    );
    expect(result.translated).toEqual(new Set(['a']));
    expect(result.entries[0]).toMatchObject({
      id: 'a',
      data: { name: 'Gerabah Melikan', summary: 'Slanted-wheel potters from Klaten.', regency: 'kab-klaten' },
      body: 'Profile.',
      rendered: { html: '<p>Profile.</p>' },
    });
    expect(result.entries[1]!.data.summary).toBe('Perajin gerabah putaran miring dari Klaten.');
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('keeps an incomplete translation unpublished and says what is missing, naming the file', () => {
    const result = applyTranslations(
      [entry('a'), entry('b')],
      [translation('a', { summary: '' }, 'Profile.'), translation('b', { summary: 'Potters.' }, '')],
      businesses.fields,
      'businesses',
    );
    expect(result.translated.size).toBe(0);
    expect(result.entries[0]!.data.summary).toBe('Perajin gerabah putaran miring dari Klaten.');
    expect(result.warnings).toEqual([
      'content/businesses/kab-klaten/en/a.md: not published in this language until these are translated: summary.',
      'content/businesses/kab-klaten/en/b.md: not published in this language until these are translated: body.',
    ]);
  });

  it('fails on a translation filed under another part than its entry, naming both files', () => {
    const elsewhere = {
      ...translation('a', { summary: 'x'.repeat(30) }),
      filePath: entryFile('businesses', 'a', 'en', 'kab-jepara'),
    };
    const result = applyTranslations([entry('a')], [elsewhere], businesses.fields, 'businesses');
    expect(result.errors).toEqual([
      'content/businesses/kab-jepara/en/a.md: translates "a", filed under "kab-klaten" (content/businesses/kab-klaten/id/a.md); move it there.',
    ]);
  });

  it('passes over the empty translation the CMS writes for a new entry, without a warning', () => {
    const result = applyTranslations(
      [entry('a')],
      [translation('a', { summary: '' }, '\n')],
      businesses.fields,
      'businesses',
    );
    expect(result.translated.size).toBe(0);
    expect(result.entries[0]).toEqual(entry('a'));
    expect(result.warnings).toEqual([]);
    expect(result.errors).toEqual([]);
  });

  it('leaves out an optional translated field the translation does not have, rather than show it in Indonesian', () => {
    const withNote = { ...entry('a'), data: { ...entry('a').data, hoursNote: 'Tutup pada hari libur nasional.' } };
    const result = applyTranslations(
      [withNote],
      [translation('a', { summary: 'Slanted-wheel potters from Klaten.' })],
      businesses.fields,
      'businesses',
    );
    expect(result.translated).toEqual(new Set(['a']));
    expect(result.entries[0]!.data).toEqual({
      name: 'Gerabah Melikan',
      summary: 'Slanted-wheel potters from Klaten.',
      regency: 'kab-klaten',
    });
  });

  it('does not ask for a body the entry does not have', () => {
    const result = applyTranslations(
      [entry('a', '')],
      [translation('a', { summary: 'Slanted-wheel potters from Klaten.' }, '')],
      businesses.fields,
      'businesses',
    );
    expect(result.translated).toEqual(new Set(['a']));
  });

  it('fails on a translation of a slug that has no entry, naming both files', () => {
    const result = applyTranslations(
      [entry('a')],
      [translation('typo', { summary: 'x'.repeat(30) })],
      businesses.fields,
      'businesses',
    );
    expect(result.errors).toEqual([
      'content/businesses/kab-klaten/en/typo.md: translates "typo", but content/businesses/kab-klaten/id/typo.md does not exist; rename it to the slug of the entry it translates.',
    ]);
  });
});

it('puts each language in its own folder, as Decap writes them', () => {
  expect(entryFile('businesses', 'kopi', 'id', 'kab-klaten')).toBe('content/businesses/kab-klaten/id/kopi.md');
  expect(entryFile('businesses', 'kopi')).toBe('content/businesses/*/id/kopi.md');
  expect(entryFile('classes', '2026/kelas-a', 'en')).toBe('content/classes/en/2026/kelas-a.md');
  expect(entryDir('bookings')).toBe('content/bookings/');
});

it('files businesses by regency, and reads the regency back from a path', () => {
  expect(partitionField('businesses')).toBe('regency');
  expect(partitionField('classes')).toBeUndefined();
  expect(entryDir('businesses', 'en', 'kota-semarang')).toBe('content/businesses/kota-semarang/en/');
  expect(partOfFile('businesses', 'content/businesses/kab-klaten/en/kopi.md')).toBe('kab-klaten');
  expect(partOfFile('businesses', '/tmp/x/content/businesses/kota-tegal/id/a.md')).toBe('kota-tegal');
  expect(partOfFile('classes', 'content/classes/en/kelas.md')).toBeUndefined();
});
