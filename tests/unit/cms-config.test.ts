/**
 * The Decap config is derived from src/schema: every content type appears with exactly its
 * schema's fields, the settings file with its fields, and the options editors need.
 */
import { readFileSync } from 'node:fs';
import { dirname, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_CHECK_FIELD, MEDIA_FOLDER, MEDIA_PUBLIC_FOLDER, cmsConfig } from '../../admin/config';
import { CONTENT_TYPES, businesses, contentCmsFields, partCollectionName } from '../../src/schema';
import type { ContentType } from '../../src/schema/define';
import { REGENCIES } from '../../src/taxonomy';
import { cmsFields, type CmsField } from '../../src/schema/fields';
import { settings } from '../../src/schema/settings';
import { entryFile } from '../../src/lib/translations';
import { DECAP_WIDGETS } from './helpers';

const local = cmsConfig({ local: true, siteUrl: 'http://localhost:4321' });
const production = cmsConfig({ local: false, siteUrl: 'https://heterospace.netlify.app' });
type Collection = Record<string, unknown> & {
  name: string;
  fields?: CmsField[];
  files?: { file: string; fields: CmsField[] }[];
};
const collections = production.collections as unknown as Collection[];
const byName = new Map(collections.map((c) => [c.name, c]));

describe('backend', () => {
  it('edits through decap-server on this machine, with no editorial workflow', () => {
    expect(local.local_backend).toBe(true);
    expect(local.publish_mode).toBeUndefined();
  });
  it('uses git-gateway with drafts and reviews in production', () => {
    expect(production.backend.name).toBe('git-gateway');
    expect(production.backend.branch).toBe('main');
    expect(production.publish_mode).toBe('editorial_workflow');
    expect(production.local_backend).toBe(false);
  });
  it('is configured by code only and stores uploads in the repository', () => {
    expect(production.load_config_file).toBe(false);
    expect(production.media_folder).toBe(MEDIA_FOLDER);
    // An entry in content/<collection>/<locale>/ reaches content/_media through ../../_media.
    expect(posix.join(dirname(entryFile('classes', 'x')), MEDIA_PUBLIC_FOLDER)).toBe(MEDIA_FOLDER);
    // One in content/businesses/<regency>/<locale>/ through its collection's own public folder.
    for (const part of businesses.partition!.values) {
      const collection = byName.get(partCollectionName(businesses, part.id))!;
      expect(
        posix.join(dirname(entryFile('businesses', 'x', 'id', part.id)), String(collection['public_folder'])),
      ).toBe(MEDIA_FOLDER);
      expect(collection['media_folder']).toBe(`/${MEDIA_FOLDER}`);
    }
  });
  it('edits every language, each in its own folder as the build reads them', () => {
    expect(production.i18n).toEqual({ structure: 'multiple_folders', locales: ['id', 'en'], default_locale: 'id' });
    expect(entryFile('classes', 'x', 'en')).toBe('content/classes/en/x.md');
    expect(entryFile('businesses', 'x', 'en', 'kab-klaten')).toBe('content/businesses/kab-klaten/en/x.md');
  });
});

/** Every collection a content type is edited in: its own, or one per part of a partitioned type. */
type Edited = [name: string, type: ContentType, part: string | undefined];
const EDITED = CONTENT_TYPES.flatMap((type): Edited[] =>
  type.partition
    ? type.partition.values.map((part): Edited => [partCollectionName(type, part.id), type, part.id])
    : [[type.name, type, undefined]],
);

describe.each(EDITED)('collection %s', (name, type, part) => {
  const collection = byName.get(name)!;
  /** The schema's CMS fields as this collection has them: a part's field fixed to the part. */
  const expectedFields = () =>
    [...contentCmsFields(type), ENTRY_CHECK_FIELD].map((field) =>
      part && field.name === type.partition?.field
        ? { name: field.name, label: field.label, widget: 'hidden', default: part, i18n: field['i18n'] }
        : field,
    );

  it('exists, in content/<folder> (content/<folder>/<part> for a part), as Markdown with frontmatter', () => {
    expect(collection).toBeDefined();
    expect(collection['folder']).toBe(part ? `content/${type.folder}/${part}` : `content/${type.folder}`);
    expect(collection['extension']).toBe('md');
    expect(collection['format']).toBe('frontmatter');
    expect(collection['create']).toBe(true);
  });

  it('is edited in every language, translating exactly the fields the schema marks translated', () => {
    // Bookings are records for editors, never shown in another language.
    if (type.translatable === false) {
      expect(collection['i18n']).toBe(false);
      expect(collection.fields!.filter((f) => f['i18n'] === true)).toEqual([]);
      return;
    }
    expect(collection['i18n']).toBe(true);
    const translatedFields = Object.entries(type.fields)
      .filter(([, field]) => field.i18n === 'translate')
      .map(([name]) => name);
    // Decap's true is `translate`, false `none` (its list and object widgets take only booleans).
    expect(collection.fields!.filter((f) => f['i18n'] === true).map((f) => f.name)).toEqual([
      ...translatedFields,
      'body',
    ]);
    expect(collection.fields!.every((f) => typeof f['i18n'] === 'boolean')).toBe(true);
  });

  it('has exactly the schema fields (and body), plus the entry check', () => {
    const relations = (field: CmsField) => field.widget === 'relation' || field.widget === 'part_relation';
    expect(collection.fields!.filter((f) => !relations(f))).toEqual(expectedFields().filter((f) => !relations(f)));
    expect(collection.fields!.map((f) => f.name)).toEqual([
      ...Object.keys(type.fields),
      'body',
      ENTRY_CHECK_FIELD.name,
    ]);
  });

  it('names its title field and sortable fields among its fields', () => {
    expect(Object.keys(type.fields)).toContain(collection['identifier_field']);
    for (const field of collection['sortable_fields'] as string[]) expect(Object.keys(type.fields)).toContain(field);
  });

  it('filters and groups only by its own fields, with summary placeholders that exist', () => {
    const known = Object.keys(type.fields);
    for (const view of [
      ...((collection['view_filters'] as { field: string }[]) ?? []),
      ...((collection['view_groups'] as { field: string }[]) ?? []),
    ]) {
      expect(known).toContain(view.field);
    }
    const placeholders = [...String(collection['summary']).matchAll(/{{\s*([\w.]+)/g)].map((m) => m[1]!);
    expect(placeholders.length).toBeGreaterThan(0);
    for (const placeholder of placeholders) expect(known).toContain(placeholder);
  });

  it('points every relation at a collection of the config', () => {
    const relations = collection.fields!.filter((f) => f.widget === 'relation');
    for (const relation of relations) expect(byName.has(String(relation['collection']))).toBe(true);
    const partRelations = collection.fields!.filter((f) => f.widget === 'part_relation');
    for (const relation of partRelations)
      for (const target of relation['parts'] as { collection: string }[])
        expect(byName.has(target.collection)).toBe(true);
  });

  it.runIf(part)('names new entries with the place, as Decap keeps slugs unique within one folder only', () => {
    expect(collection['slug']).toMatch(/^\{\{slug\}\}-[a-z-]+$/);
    expect(collection['label']).toMatch(/^Usaha · (Kab\.|Kota) /);
  });
});

describe('Pengaturan situs', () => {
  const collection = byName.get('settings')!;
  it('is a single file the site reads, with the settings schema fields', () => {
    expect(collection.files).toHaveLength(1);
    const [file] = collection.files!;
    expect(file!.file).toBe('content/settings/situs.yml');
    // One file for the whole site, in Indonesian (Decap allows files collections one file per language only).
    expect(collection['i18n']).toBeUndefined();
    expect(file!.fields).toEqual([...cmsFields(settings.fields), ENTRY_CHECK_FIELD]);
    expect(readFileSync(file!.file, 'utf8')).toContain('openingHours');
  });
});

it('lists relations for class → programme and mentors, mentor → business, programme → partners', () => {
  const relation = (collection: string, field: string) => byName.get(collection)!.fields!.find((f) => f.name === field);
  expect(relation('classes', 'programme')).toMatchObject({ widget: 'relation', collection: 'programmes' });
  expect(relation('classes', 'mentors')).toMatchObject({ widget: 'relation', collection: 'mentors', multiple: true });
  // Businesses are a collection per regency: the mentor's business is chosen by regency first.
  const business = relation('mentors', 'business')!;
  expect(business).toMatchObject({ widget: 'part_relation', part_field: 'regency', search_fields: ['name'] });
  expect(business['parts']).toHaveLength(REGENCIES.length);
  expect((business['parts'] as { collection: string }[]).every((p) => byName.has(p.collection))).toBe(true);
  expect(relation('programmes', 'partners')).toMatchObject({
    widget: 'relation',
    collection: 'partners',
    multiple: true,
  });
});

it('registers a widget for every custom widget the config uses', () => {
  const standard = new Set<string>(DECAP_WIDGETS);
  const walk = (fields: CmsField[]): string[] =>
    fields.flatMap((f) => [f.widget, ...walk((f['fields'] as CmsField[]) ?? [])]);
  const used = new Set(collections.flatMap((c) => walk(c.fields ?? c.files!.flatMap((f) => f.fields))));
  const custom = [...used].filter((w) => !standard.has(w)).sort();
  expect(custom).toEqual(['entry_check', 'geo_point', 'part_relation', 'wib_datetime']);
  const entry = readFileSync('admin/cms.ts', 'utf8');
  for (const widget of custom) expect(entry).toContain(`registerWidget('${widget}'`);
});
