/**
 * The Decap CMS configuration, derived from the content definitions in src/schema: every
 * collection, field, widget, option, pattern and limit comes from there, so the CMS cannot
 * drift from what the build validates.
 */
import type { CmsConfig, CmsI18nConfig } from 'decap-cms-core';
import { CONTENT_TYPES, contentCmsFields } from '../src/schema';
import type { ContentType } from '../src/schema/define';
import { cmsFields, type CmsField } from '../src/schema/fields';
import { settings } from '../src/schema/settings';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../src/i18n';

/** Uploaded images live in the repository next to the content; entries point at them relatively. */
export const MEDIA_FOLDER = 'content/_media';
/** How an entry in content/<collection>/<locale>/ refers to an upload, so Astro's image() resolves it. */
export const MEDIA_PUBLIC_FOLDER = '../../_media';

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
    name: type.name,
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
    fields: [...contentCmsFields(type), ENTRY_CHECK_FIELD],
  };
}

export interface CmsOptions {
  /** Editing on this machine through decap-server (no login, no editorial workflow). */
  local: boolean;
  siteUrl: string;
}

export function cmsConfig({ local, siteUrl }: CmsOptions): CmsConfig {
  const collections = [
    ...CONTENT_TYPES.map((type) => collection(type)),
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
