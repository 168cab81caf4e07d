/** Shared by several unit test files. */

/** Decap CMS's built-in widgets: any other widget a field uses must be registered by admin/cms.ts. */
export const DECAP_WIDGETS = [
  'string',
  'text',
  'number',
  'boolean',
  'select',
  'relation',
  'image',
  'object',
  'list',
  'markdown',
  'datetime',
  'hidden',
] as const;
