/**
 * The Decap CMS configuration, derived from the content definitions in src/schema: every
 * collection, field, widget, option, pattern and limit comes from there, so the CMS cannot
 * drift from what the build validates.
 */
import type { CmsConfig, CmsI18nConfig } from 'decap-cms-core';
import { CONTENT_TYPES, contentCmsFields, contentType, partCollectionName } from '../src/schema';
import type { ContentType } from '../src/schema/define';
import { entryDir } from '../src/lib/translations';
import { cmsFields, type CmsField } from '../src/schema/fields';
import { settings } from '../src/schema/settings';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n';

/** Uploaded images live in the repository next to the content; entries point at them relatively. */
export const MEDIA_FOLDER = 'content/_media';
/** How an entry in content/<collection>/<locale>/ refers to an upload, so Astro's image() resolves it. */
export const MEDIA_PUBLIC_FOLDER = mediaPublicFolder('content/<collection>/<locale>/');

/**
 * How an entry in `dir` (relative to the repository, as entryDir gives it) refers to an upload:
 * `../../_media` from content/classes/id/, `../../../_media` from content/businesses/kab-klaten/id/.
 */
export function mediaPublicFolder(dir: string): string {
  const up = dir.split('/').filter(Boolean).length - MEDIA_FOLDER.split('/').length + 1;
  return `${'../'.repeat(up)}${MEDIA_FOLDER.split('/').at(-1)}`;
}

/**
 * Entries are edited in every language of the site, each language in its own folder
 * (content/<collection>/id/, content/<collection>/en/: localeDir in src/lib/translations.ts).
 * Each field's `i18n` comes from its definition (`translated()` in src/schema).
 */
export const CMS_I18N: CmsI18nConfig = {
  structure: 'multiple_folders',
  locales: [...LOCALE_CODES],
  default_locale: DEFAULT_LOCALE,
};

/** Checks the whole entry against the build's schema (admin/widgets/EntryCheck.tsx); never saved. */
export const ENTRY_CHECK_FIELD: CmsField = {
  name: 'pemeriksaan',
  label: 'Pemeriksaan isian',
  widget: 'entry_check',
  required: false,
  hint: 'Daftar isian yang belum sesuai aturan situs. Entri bisa disimpan setelah daftar ini kosong.',
  // It checks the Indonesian entry, which holds every field; a translation holds few.
  i18n: false,
};

function collection(type: ContentType) {
  return {
    name: type.name as string,
    label: type.label,
    label_singular: type.labelSingular,
    description: type.cms.description,
    folder: `content/${type.folder}`,
    i18n: type.translatable !== false,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    delete: true,
    slug: type.cms.slug,
    identifier_field: type.titleField,
    summary: type.cms.summary,
    sortable_fields: type.cms.sortableFields,
    ...(type.cms.viewFilters ? { view_filters: type.cms.viewFilters } : {}),
    ...(type.cms.viewGroups ? { view_groups: type.cms.viewGroups } : {}),
    fields: [...contentCmsFields(type), ENTRY_CHECK_FIELD].map(partRelations),
  };
}

/**
 * A partitioned type (`partition` in src/schema) as one collection per part, in its own folder:
 * Decap lists and searches a collection by reading all of it, so each reads one regency's
 * businesses, never all of them. The part's field is fixed by the collection it is created in.
 */
function partCollections(type: ContentType) {
  const base = collection(type);
  const partition = type.partition;
  if (!partition) return [base];
  return partition.values.map((part) => ({
    ...base,
    name: partCollectionName(type, part.id),
    label: `${type.labelSingular} · ${part.label}`,
    description: `${part.label}. ${type.cms.description}`,
    folder: `content/${type.folder}/${part.id}`,
    slug: `${type.cms.slug}-${part.slugSuffix}`,
    // Uploads still go to the one media folder, a level further up from these entries.
    media_folder: `/${MEDIA_FOLDER}`,
    public_folder: mediaPublicFolder(entryDir(type.folder, DEFAULT_LOCALE, part.id)),
    fields: base.fields.map((field) =>
      field.name === partition.field
        ? { name: field.name, label: field.label, widget: 'hidden', default: part.id, i18n: field['i18n'] }
        : field,
    ),
  }));
}

/**
 * A relation to a partitioned type names no single collection Decap could read, so it becomes
 * `part_relation` (admin/widgets/PartRelation.tsx): choose the part, then an entry of that
 * part's collection. It starts at the part of the entry's own field of the same name (a
 * mentor's regency) and stores the slug, as the relation widget does.
 */
function partRelations(field: CmsField): CmsField {
  const target = field['widget'] === 'relation' ? contentType(String(field['collection'])) : undefined;
  const partition = target?.partition;
  if (!target || !partition) return field;
  const { collection: _collection, value_field: _value, ...rest } = field;
  return {
    ...rest,
    widget: 'part_relation',
    part_field: partition.field,
    parts: partition.values.map((part) => ({
      value: part.id,
      label: part.label,
      collection: partCollectionName(target, part.id),
    })),
  };
}

export interface CmsOptions {
  /** Editing on this machine through decap-server (no login, no editorial workflow). */
  local: boolean;
  siteUrl: string;
}

export function cmsConfig({ local, siteUrl }: CmsOptions): CmsConfig {
  const collections = [
    ...CONTENT_TYPES.filter((type) => !type.partition).map((type) => collection(type)),
    {
      name: settings.name,
      label: settings.label,
      description: 'Alamat, jam buka, kontak, dan angka yang tampil di seluruh situs.',
      editor: { preview: false },
      files: [
        {
          name: 'situs',
          label: settings.label,
          file: `content/${settings.folder}/${settings.file}`,
          fields: [...cmsFields(settings.fields), ENTRY_CHECK_FIELD],
        },
      ],
    },
    // Last, so the short list of the other collections stays at the top of the sidebar.
    ...CONTENT_TYPES.filter((type) => type.partition).flatMap((type) => partCollections(type)),
  ];
  return {
    load_config_file: false,
    locale: 'id',
    i18n: CMS_I18N,
    site_url: siteUrl,
    display_url: siteUrl,
    logo_url: '/favicon.svg',
    backend: {
      name: 'git-gateway' as const,
      branch: 'main',
      commit_messages: {
        create: 'Add {{collection}} "{{slug}}"',
        update: 'Update {{collection}} "{{slug}}"',
        delete: 'Delete {{collection}} "{{slug}}"',
        uploadMedia: 'Upload "{{path}}"',
        deleteMedia: 'Delete "{{path}}"',
      },
    },
    // decap-server writes straight into content/; it does not support drafts and reviews.
    local_backend: local,
    ...(local ? {} : { publish_mode: 'editorial_workflow' as const }),
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_PUBLIC_FOLDER,
    // Decap types each widget's options separately; fields derived at run time cannot be typed
    // that way. Decap validates the whole config against its own JSON schema when it loads.
    collections: collections as unknown as CmsConfig['collections'],
  };
}
